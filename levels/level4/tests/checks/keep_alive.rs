//! Not an exercise: the load generator's HTTP client keeps one connection for request after
//! request, and opens a new one when the server closes it.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::Router;
use axum::routing::{get, post};
use axum::serve::ListenerExt;
use level4::client::KeepAlive;

/// A server that counts the connections it accepts; `/close` answers and closes its connection.
async fn counting_server() -> (std::net::SocketAddr, Arc<AtomicUsize>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let accepted = Arc::new(AtomicUsize::new(0));
    let router = Router::new()
        .route("/echo", post(|body: String| async move { body }))
        .route(
            "/nothing",
            axum::routing::delete(|| async { axum::http::StatusCode::NO_CONTENT }),
        )
        .route(
            "/close",
            get(|| async { ([(axum::http::header::CONNECTION, "close")], "bye") }),
        );
    let counter = accepted.clone();
    let listener = listener.tap_io(move |_| {
        counter.fetch_add(1, Ordering::SeqCst);
    });
    tokio::spawn(async move { axum::serve(listener, router).await });
    (addr, accepted)
}

#[tokio::test]
async fn requests_share_one_connection_until_the_server_closes_it() {
    // A client that waits for a body that never comes would hang: bound it.
    tokio::time::timeout(std::time::Duration::from_secs(10), async {
        let (addr, accepted) = counting_server().await;
        let mut client = KeepAlive::new(addr);
        for n in 0..3 {
            let body = format!("{{\"n\":{n}}}");
            let response = client.request("POST", "/echo", Some(&body)).await.unwrap();
            harness::expect_eq!(
                (response.status, response.body.as_str()),
                (200, body.as_str())
            );
        }
        let response = client.request("DELETE", "/nothing", None).await.unwrap();
        harness::expect_eq!(response.status, 204, "a 204 has no body and no length");
        harness::expect_eq!(
            accepted.load(Ordering::SeqCst),
            1,
            "four requests, one connection"
        );

        let response = client.request("GET", "/close", None).await.unwrap();
        harness::expect_eq!(response.body, "bye");
        let response = client
            .request("POST", "/echo", Some("again"))
            .await
            .unwrap();
        harness::expect_eq!(response.body, "again");
        harness::expect_eq!(
            accepted.load(Ordering::SeqCst),
            2,
            "after the server closed the connection, the next request opened a new one"
        );
    })
    .await
    .expect("a request got no complete response within 10 s: is the body's length read right?");
}
