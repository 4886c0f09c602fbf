//! Checks for the exercise `transfer_handler`: `POST /transfers` over HTTP, on the sqlx store.

use std::sync::Arc;

use crate::support::{LEVEL, Service, check, sqlx_store};

async fn user(service: &Service, name: &str, balance: &str) -> i64 {
    let id = service.create_user("transfer_handler", name).await;
    let set = service
        .call(
            "PATCH",
            &format!("/users/{id}"),
            Some(&format!(r#"{{"balance":"{balance}"}}"#)),
        )
        .await;
    assert_eq!(
        set.status, 200,
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
        let service = Service::start(sqlx_store(&db).await).await;
        let (alice, bob) = (
            user(&service, "Alice", "100.00").await,
            user(&service, "Bob", "0").await,
        );
        let response = service
            .call("POST", "/transfers", Some(&body(alice, bob, "30.25")))
            .await;
        assert_eq!(
            response.status, 200,
            "[transfer_handler] a valid transfer should answer 200, got {} {}",
            response.status, response.body
        );
        assert_eq!(
            response.json()["amount"],
            "30.25",
            "[transfer_handler] the answer names the amount"
        );
        assert_eq!(
            (balance(&service, alice).await, balance(&service, bob).await),
            ("69.75".into(), "30.25".into())
        );
    });
}

#[test]
fn each_refusal_gets_its_answer() {
    check(&LEVEL, |db| async move {
        let service = Service::start(sqlx_store(&db).await).await;
        let (alice, bob) = (
            user(&service, "Alice", "10.00").await,
            user(&service, "Bob", "0").await,
        );
        #[rustfmt::skip]
        let cases: Vec<(&str, String, u16, &str)> = vec![
            ("more than Alice has", body(alice, bob, "10.01"), 422, "insufficient_funds"),
            ("to a user that does not exist", body(alice, 424242, "1.00"), 404, "not_found"),
            ("from Alice to Alice", body(alice, alice, "1.00"), 422, "invalid_input"),
            ("of zero", body(alice, bob, "0"), 422, "invalid_input"),
            ("of a negative amount", body(alice, bob, "-5"), 422, "invalid_input"),
            ("of a tenth of a cent", body(alice, bob, "0.001"), 422, "invalid_input"),
            ("that is not JSON", "{from: 1".into(), 400, "malformed_json"),
            ("with text for an id", r#"{"from":"alice","to":2,"amount":"1"}"#.into(), 400, "malformed_json"),
        ];
        for (what, request, status, code) in cases {
            let response = service.call("POST", "/transfers", Some(&request)).await;
            assert_eq!(
                (
                    response.status,
                    response.json()["code"].as_str().unwrap_or("")
                ),
                (status, code),
                "[transfer_handler] a transfer {what} should answer {status} {code}, got {} {}",
                response.status,
                response.body
            );
        }
        assert_eq!(
            balance(&service, alice).await,
            "10.00",
            "[transfer_handler] a refused transfer changed a balance"
        );
    });
}

#[test]
fn two_hundred_transfers_at_once_conserve_money() {
    check(&LEVEL, |db| async move {
        let service = Arc::new(Service::start(sqlx_store(&db).await).await);
        let mut ids = Vec::new();
        for n in 0..10 {
            ids.push(user(&service, &format!("User{n}"), "100.00").await);
        }
        let mut tasks = tokio::task::JoinSet::new();
        for i in 0..200usize {
            let (from, to) = (ids[i % 10], ids[(i * 7 + 3) % 10]);
            let to = if from == to { ids[(i + 1) % 10] } else { to };
            let amount = format!("{}.{:02}", 1 + (i * 13) % 40, i % 100);
            let service = service.clone();
            tasks.spawn(async move {
                service
                    .call("POST", "/transfers", Some(&body(from, to, &amount)))
                    .await
            });
        }
        while let Some(done) = tasks.join_next().await {
            let response = done.expect("a transfer task panicked");
            assert!(
                response.status == 200 || response.status == 422,
                "[transfer_handler] under load, every transfer should answer 200 or 422 \
                 (insufficient funds), got {} {}",
                response.status,
                response.body
            );
        }
        let mut total = rust_decimal::Decimal::ZERO;
        for id in &ids {
            let b: rust_decimal::Decimal = balance(&service, *id).await.parse().unwrap();
            assert!(
                b >= rust_decimal::Decimal::ZERO,
                "[transfer_handler] a negative balance"
            );
            total += b;
        }
        assert_eq!(
            total.to_string(),
            "1000.00",
            "[transfer_handler] 1000.00 in, {total} out"
        );
    });
}
