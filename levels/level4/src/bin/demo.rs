//! `cargo run -p level4 --bin demo`: the Python tutorial's users script, told by the service.
//!
//! Starts the service in this process on a free port, over a fresh database and the reference
//! sqlx store, and plays the tutorial over HTTP: create Alice and Bob, list them, give Alice a
//! balance of 100, delete Bob, list again. It prints each request, its answer, and the story.

use std::time::Duration;

use anyhow::Context;
use level4::client;
use tokio::net::TcpListener;

// The reference store says `crate::store` and friends; in this binary those are the library's.
use level4::store;

#[path = "../../../../solutions/level4/store_sqlx.rs"]
mod store_sqlx;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let server = harness::find_or_start_server()?;
    let db = harness::fresh_database(&server, Some(&level4::LEVEL), "demo_level4").await?;
    let outcome = tell_the_story(&db.url).await;
    harness::drop_database(&db).await?;
    outcome
}

async fn tell_the_story(url: &str) -> anyhow::Result<()> {
    let pool = level4::app::sqlx_pool(url, 5, Duration::from_secs(2)).await?;
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let service = tokio::spawn(level4::app::serve(
        listener,
        store_sqlx::SqlxStore::new(pool.clone()),
        async {
            let _ = stopped.await;
        },
    ));
    println!("users service on http://{addr}\n");

    let call = async |method: &str, path: &str, body: Option<&str>| {
        let response = client::request(addr, method, path, body).await?;
        println!(
            "{method} {path} {}\n  -> {} {}",
            body.unwrap_or(""),
            response.status,
            response.body
        );
        anyhow::Ok(response)
    };
    let alice = call(
        "POST",
        "/users",
        Some(r#"{"name":"Alice","email":"alice@example.com"}"#),
    )
    .await?;
    let bob = call(
        "POST",
        "/users",
        Some(r#"{"name":"Bob","email":"bob@example.com"}"#),
    )
    .await?;
    let (alice_id, bob_id) = (alice.json()["id"].clone(), bob.json()["id"].clone());
    let all = call("GET", "/users", None).await?;
    let alice_now = call(
        "PATCH",
        &format!("/users/{alice_id}"),
        Some(r#"{"balance":"100"}"#),
    )
    .await?;
    call("DELETE", &format!("/users/{bob_id}"), None).await?;
    let remaining = call("GET", "/users", None).await?;

    let names = |page: &client::Response| -> Vec<String> {
        page.json()["users"]
            .as_array()
            .map(|users| {
                users
                    .iter()
                    .filter_map(|u| u["name"].as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    };
    println!();
    println!("all users: [{}]", names(&all).join(", "));
    println!(
        "Alice's balance: {}",
        alice_now.json()["balance"]
            .as_str()
            .context("no balance in the answer")?
    );
    println!("remaining users: [{}]", names(&remaining).join(", "));

    let _ = stop.send(());
    service.await??;
    pool.close().await;
    Ok(())
}
