//! Checks for the exercise `transfer_handler`: `POST /transfers` over HTTP.
//!
//! The service runs the handler under check (`answer::transfer`) on the crate's own sqlx store,
//! so the handler is judged by what a client sees: the status and code of every answer, and the
//! balances afterwards. The store is not what is checked here (its own checks do that), but
//! the handler must leave the work to it: the last check runs 200 transfers at once with every
//! UPDATE slowed down, so a handler that moves the money in steps of its own (read, then set
//! each balance) loses updates every time.

use std::sync::Arc;
use std::time::Duration;

use level4::store_sqlx::SqlxStore;
use rust_decimal::Decimal;

use crate::support::{Check, LEVEL, Service, check, sqlx_pool_at, sqlx_store};

use_answer!(level4::transfer_handler);

const EXERCISE: &str = "transfer_handler";

/// The service runs the handler on the learner's own sqlx store: what a message adds when the
/// fault may be the store's.
const OR_THE_STORE: &str = "(If your handler already leaves this to the store, the store is at \
                            fault: cargo workbook check store_sqlx.)";

/// The service, with the handler under check answering `POST /transfers`.
async fn start(store: SqlxStore) -> Service {
    Service::serve(level4::http::router_with(
        store,
        answer::transfer::<SqlxStore>,
    ))
    .await
}

async fn user(service: &Service, name: &str, balance: &str) -> i64 {
    let id = service.create_user(EXERCISE, name).await;
    let set = service
        .call(
            "PATCH",
            &format!("/users/{id}"),
            Some(&format!(r#"{{"balance":"{balance}"}}"#)),
        )
        .await;
    harness::expect_eq!(
        set.status,
        200,
        "test setup: {name}'s balance: {}",
        set.body
    );
    id
}

async fn balance(service: &Service, id: i64) -> String {
    service
        .call("GET", &format!("/users/{id}"), None)
        .await
        .json()["balance"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

fn body(from: i64, to: i64, amount: &str) -> String {
    format!(r#"{{"from":{from},"to":{to},"amount":"{amount}"}}"#)
}

#[test]
fn a_transfer_moves_the_money() {
    check(&LEVEL, |db| async move {
        let service = start(sqlx_store(&db).await).await;
        let (alice, bob) = (
            user(&service, "Alice", "100.00").await,
            user(&service, "Bob", "0").await,
        );
        let response = service
            .call("POST", "/transfers", Some(&body(alice, bob, "30.25")))
            .await;
        harness::expect_eq!(
            response.status,
            200,
            "[{EXERCISE}] a valid transfer should answer 200, got {} {}",
            response.status,
            response.body
        );
        let done = response.json();
        assert!(
            done["from"] == alice && done["to"] == bob && done["amount"] == "30.25",
            "[{EXERCISE}] the answer to a transfer of 30.25 from {alice} to {bob} should name \
             them: {{\"from\":{alice},\"to\":{bob},\"amount\":\"30.25\"}}, got {}",
            response.body
        );
        let (a, b) = (balance(&service, alice).await, balance(&service, bob).await);
        assert!(
            (a.as_str(), b.as_str()) == ("69.75", "30.25"),
            "[{EXERCISE}] after Alice (100.00) sent Bob 30.25, Alice should hold 69.75 and Bob \
             30.25; they hold {a} and {b}"
        );
    });
}

#[test]
fn each_refusal_gets_its_answer() {
    check(&LEVEL, |db| async move {
        let service = start(sqlx_store(&db).await).await;
        let (alice, bob) = (
            user(&service, "Alice", "10.00").await,
            user(&service, "Bob", "0").await,
        );
        #[rustfmt::skip]
        let cases: Vec<(&str, String, u16, &str)> = vec![
            ("more than Alice has", body(alice, bob, "10.01"), 422, "insufficient_funds"),
            ("to a user that does not exist", body(alice, 424242, "1.00"), 404, "not_found"),
            ("from a user that does not exist", body(424242, alice, "1.00"), 404, "not_found"),
            ("from Alice to Alice", body(alice, alice, "1.00"), 422, "invalid_input"),
            ("of zero", body(alice, bob, "0"), 422, "invalid_input"),
            ("of a negative amount", body(alice, bob, "-5"), 422, "invalid_input"),
            ("of a tenth of a cent", body(alice, bob, "0.001"), 422, "invalid_input"),
            ("that is not JSON", "{from: 1".into(), 400, "malformed_json"),
            ("with text for an id", r#"{"from":"alice","to":2,"amount":"1"}"#.into(), 400, "malformed_json"),
        ];
        for (what, request, status, code) in cases {
            let response = service.call("POST", "/transfers", Some(&request)).await;
            let got = response.json()["code"].as_str().unwrap_or("").to_string();
            // Who refuses: the store (its error, passed on), the handler's own check of the
            // request, or the JSON extractor (its rejection, passed on).
            let who = match code {
                "insufficient_funds" | "not_found" => {
                    format!("the `?` on the store's error gives it. {OR_THE_STORE}")
                }
                "invalid_input" => "the handler refuses a request it can tell is invalid before \
                                    it calls the store: an amount that is not positive or has \
                                    more than two decimals, or a transfer to the same user."
                    .to_string(),
                _ => "the `?` on the JSON extractor's rejection gives it.".to_string(),
            };
            assert!(
                (response.status, got.as_str()) == (status, code),
                "[{EXERCISE}] a transfer {what} should answer {status} {code}, got {} {}: each \
                 refusal has its own answer ({who})",
                response.status,
                response.body
            );
        }
        let (a, b) = (balance(&service, alice).await, balance(&service, bob).await);
        assert!(
            (a.as_str(), b.as_str()) == ("10.00", "0.00"),
            "[{EXERCISE}] every transfer was refused, yet the balances changed: Alice should \
             still hold 10.00 and Bob 0.00; they hold {a} and {b}"
        );
    });
}

/// The database cannot be reached (here: the store's pool is closed, so every call fails at
/// once with the store's `Unavailable`): the client is told to come back, 503, not a 500 or an
/// answer that blames the request.
#[test]
fn an_unavailable_database_is_503() {
    check(&LEVEL, |db| async move {
        let pool = sqlx_pool_at(&db.url, crate::support::SERVICE_WAIT).await;
        let service = start(SqlxStore::new(pool.clone())).await;
        let (alice, bob) = (
            user(&service, "Alice", "10.00").await,
            user(&service, "Bob", "0").await,
        );
        pool.close().await;
        let response = service
            .call("POST", "/transfers", Some(&body(alice, bob, "1.00")))
            .await;
        let code = response.json()["code"].as_str().unwrap_or("").to_string();
        assert!(
            response.status == 503 && code == "unavailable",
            "[{EXERCISE}] with the database unavailable (the store's pool is closed, and a \
             store answers Unavailable), a transfer should answer 503 unavailable, got {} {}: \
             pass every store error on \
             with `?`, not only the ones you expect. {OR_THE_STORE}",
            response.status,
            response.body
        );
    });
}

/// 200 transfers at once over a pool of 10, with every UPDATE of a row held 3 ms: no money
/// made or lost, no negative balance, and no answer but 200 or 422 (insufficient funds).
///
/// The pool waits up to 20 s for a connection (the service's waits 2 s), and the check is
/// allowed 60 s: on a loaded machine the requests queue for the pool longer than 2 s, which
/// would be a fair 503 but is not what this check is about.
#[test]
fn two_hundred_transfers_at_once_conserve_money() {
    Check::new(&LEVEL)
        .timeout(Duration::from_secs(60))
        .run(|db| async move {
            let pool = level4::app::sqlx_pool(&db.url, 10, Duration::from_secs(20))
                .await
                .expect("test setup: a sqlx pool");
            let service = Arc::new(start(SqlxStore::new(pool)).await);
            let mut ids = Vec::new();
            for n in 0..10 {
                ids.push(user(&service, &format!("User{n}"), "100.00").await);
            }
            harness::inject::slow_down_updates_of_users(&db.pool().await)
                .await
                .expect("test setup: installing the slow trigger");
            let start = Arc::new(tokio::sync::Barrier::new(200));
            let mut tasks = tokio::task::JoinSet::new();
            for i in 0..200usize {
                let (from, to) = (ids[i % 10], ids[(i * 7 + 3) % 10]);
                let to = if from == to { ids[(i + 1) % 10] } else { to };
                let amount = format!("{}.{:02}", 1 + (i * 13) % 40, i % 100);
                let (service, start) = (service.clone(), start.clone());
                tasks.spawn(async move {
                    start.wait().await;
                    service
                        .call("POST", "/transfers", Some(&body(from, to, &amount)))
                        .await
                });
            }
            while let Some(done) = tasks.join_next().await {
                let response = match done {
                    Ok(response) => response,
                    Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
                    Err(e) => panic!("[{EXERCISE}] a transfer request did not finish: {e}"),
                };
                let code = response.json()["code"].as_str().unwrap_or("").to_string();
                assert!(
                    response.status == 200
                        || (response.status == 422 && code == "insufficient_funds"),
                    "[{EXERCISE}] under load, every transfer should answer 200 or 422 \
                 insufficient_funds, got {} {}",
                    response.status,
                    response.body
                );
            }
            let mut total = Decimal::ZERO;
            let mut negative = Vec::new();
            for id in &ids {
                let b: Decimal = balance(&service, *id).await.parse().unwrap_or_default();
                if b < Decimal::ZERO {
                    negative.push(format!("user {id} holds {b}"));
                }
                total += b;
            }
            assert!(
                total == Decimal::new(100_000, 2) && negative.is_empty(),
                "[{EXERCISE}] ten users held 1000.00 together; after 200 transfers at once they \
             hold {total}{}. Money was made or lost: does the handler read and set balances \
             itself instead of calling store.transfer? Leave the transfer to `store.transfer`, \
             which moves it in one transaction with the rows locked. {OR_THE_STORE}",
                if negative.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", negative.join(", "))
                }
            );
        });
}
