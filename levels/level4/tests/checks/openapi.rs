//! Not an exercise: `GET /openapi.json` is the service's contract, and the service keeps its
//! word. The routes documented are the router's; every answer the requests below provoke (each
//! status each route can give, 503 aside: the outage check meets that one) is documented for
//! its route, its error code is one the document lists, and money is a decimal string.

use std::collections::BTreeSet;

use crate::support::{LEVEL, SERVICE_WAIT, check, sqlx_pool_at};

/// The router's routes, as (method, path).
const ROUTES: [(&str, &str); 8] = [
    ("delete", "/users/{id}"),
    ("get", "/health"),
    ("get", "/openapi.json"),
    ("get", "/users"),
    ("get", "/users/{id}"),
    ("patch", "/users/{id}"),
    ("post", "/transfers"),
    ("post", "/users"),
];

#[test]
fn the_openapi_document_is_what_the_service_does() {
    check(&LEVEL, |db| async move {
        // The reference store and handler: this check is about the document, not an exercise.
        let service = crate::reference::service(sqlx_pool_at(&db.url, SERVICE_WAIT).await).await;
        let served = service.call("GET", "/openapi.json", None).await;
        assert_eq!(served.status, 200, "GET /openapi.json: {}", served.body);
        let doc = served.json();
        assert!(
            doc["openapi"]
                .as_str()
                .is_some_and(|v| v.starts_with("3.1")),
            "not OpenAPI 3.1: {}",
            doc["openapi"]
        );

        let documented: BTreeSet<(String, String)> = doc["paths"]
            .as_object()
            .expect("paths")
            .iter()
            .flat_map(|(path, item)| {
                item.as_object()
                    .into_iter()
                    .flat_map(|ops| ops.keys())
                    .map(move |method| (method.clone(), path.clone()))
            })
            .collect();
        let routes: BTreeSet<(String, String)> = ROUTES
            .iter()
            .map(|(m, p)| (m.to_string(), p.to_string()))
            .collect();
        assert_eq!(
            documented, routes,
            "the documented routes are not the router's"
        );
        for (method, path) in ROUTES {
            let concrete = path.replace("{id}", "424242");
            let response = service.call(&method.to_uppercase(), &concrete, None).await;
            let code = response.json()["code"].as_str().unwrap_or("").to_string();
            assert!(
                code != "no_such_route" && code != "method_not_allowed",
                "{method} {path} is documented, and the service answers {} {code}",
                response.status
            );
        }

        let codes: BTreeSet<String> = doc["components"]["schemas"]["ErrorCode"]["enum"]
            .as_array()
            .expect("the error codes")
            .iter()
            .filter_map(|c| c.as_str().map(String::from))
            .collect();
        let money = doc["components"]["schemas"]["User"]["properties"]["balance"].clone();
        assert_eq!(
            money["type"], "string",
            "a balance is a decimal string: {money}"
        );

        let alice = service.create_user("openapi", "Alice").await;
        let bob = service.create_user("openapi", "Bob").await;
        let carol = service.create_user("openapi", "Carol").await;
        let big = format!(
            r#"{{"name":"{}","email":"x@example.com"}}"#,
            "x".repeat(20_000)
        );
        let a = format!("/users/{alice}");
        #[rustfmt::skip]
        let requests: Vec<(&str, &str, String, Option<String>)> = vec![
            ("POST", "/users", "/users".into(), Some(r#"{"name":"Dan","email":"dan@example.com"}"#.into())),
            ("POST", "/users", "/users".into(), Some(r#"["Dan","dan@example.com"]"#.into())),
            ("POST", "/users", "/users".into(), Some(r#"{"name":"Al","email":"alice@example.com"}"#.into())),
            ("POST", "/users", "/users".into(), Some(big.clone())),
            ("POST", "/users", "/users".into(), Some(r#"{"name":"","email":"e@example.com"}"#.into())),
            ("GET", "/users", "/users?limit=2".into(), None),
            ("GET", "/users", "/users?limit=abc".into(), None),
            ("GET", "/users", "/users?limit=0".into(), None),
            ("GET", "/users/{id}", a.clone(), None),
            ("GET", "/users/{id}", "/users/abc".into(), None),
            ("GET", "/users/{id}", "/users/424242".into(), None),
            ("PATCH", "/users/{id}", a.clone(), Some(r#"{"balance":"100.00"}"#.into())),
            ("PATCH", "/users/{id}", a.clone(), Some(r#"{"balance":"-1"}"#.into())),
            ("PATCH", "/users/{id}", a.clone(), Some(r#"{"balance":"x"}"#.into())),
            ("PATCH", "/users/{id}", "/users/424242".into(), Some(r#"{"balance":"1.00"}"#.into())),
            ("PATCH", "/users/{id}", a.clone(), Some(big.clone())),
            ("POST", "/transfers", "/transfers".into(), Some(format!(r#"{{"from":{alice},"to":{bob},"amount":"30.00"}}"#))),
            ("POST", "/transfers", "/transfers".into(), Some(format!(r#"{{"from":{alice},"to":{bob},"amount":"5000.00"}}"#))),
            ("POST", "/transfers", "/transfers".into(), Some(format!(r#"{{"from":{alice},"to":424242,"amount":"1.00"}}"#))),
            ("POST", "/transfers", "/transfers".into(), Some(format!(r#"{{"from":{alice},"to":{alice},"amount":"1.00"}}"#))),
            ("POST", "/transfers", "/transfers".into(), Some("{".into())),
            ("POST", "/transfers", "/transfers".into(), Some(big)),
            ("DELETE", "/users/{id}", format!("/users/{carol}"), None),
            ("DELETE", "/users/{id}", "/users/424242".into(), None),
            ("DELETE", "/users/{id}", "/users/abc".into(), None),
            ("GET", "/health", "/health".into(), None),
        ];
        let mut seen = BTreeSet::new();
        for (method, template, path, body) in requests {
            let response = service.call(method, &path, body.as_deref()).await;
            check_documented(&doc, &codes, method, template, &response);
            seen.insert((method, template, response.status));
        }
        // A body that is not JSON, on each route that takes one.
        for (method, template, path) in [
            ("POST", "/users", "/users".to_string()),
            ("PATCH", "/users/{id}", a.clone()),
            ("POST", "/transfers", "/transfers".to_string()),
        ] {
            let raw = format!(
                "{method} {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\
                 Content-Type: text/plain\r\nContent-Length: 2\r\n\r\n{{}}"
            );
            let response = service.raw(raw.as_bytes()).await;
            check_documented(&doc, &codes, method, template, &response);
            seen.insert((method, template, response.status));
        }

        // The requests above reach every status the document lists, but 408 and 503 (the
        // shutdown and outage checks meet those): a documented answer the service never gives
        // would be a promise nobody checks.
        for (method, path) in ROUTES {
            let responses = doc["paths"][path][method]["responses"]
                .as_object()
                .expect("responses");
            for status in responses.keys() {
                let status: u16 = status.parse().expect("a numeric status");
                let provoked = seen.contains(&(method.to_uppercase().as_str(), path, status))
                    || matches!(status, 408 | 503)
                    || (path == "/openapi.json" && status == 200);
                assert!(
                    provoked,
                    "{method} {path} documents {status}, and no request here provoked it: \
                     provoke it, or remove it from the document"
                );
            }
        }
    });
}

/// `response`'s status is documented for `method template`: an error's code is one of
/// `codes`, and any balance or amount in the body is a decimal string with two decimals.
fn check_documented(
    doc: &serde_json::Value,
    codes: &BTreeSet<String>,
    method: &str,
    template: &str,
    response: &level4::client::Response,
) {
    let (status, body) = (response.status, response.body.as_str());
    let operation = &doc["paths"][template][method.to_lowercase()];
    assert!(
        operation["responses"][status.to_string()].is_object(),
        "{method} {template} answered {status} ({body}), which its document does not list"
    );
    let json: serde_json::Value = serde_json::from_str(body).unwrap_or_default();
    if status >= 400 {
        let code = json["code"].as_str().unwrap_or("");
        assert!(
            codes.contains(code) && json["message"].is_string(),
            "{method} {template} answered {status} with {body}: not the documented error body \
             (a code among {codes:?} and a message)"
        );
    }
    for field in ["balance", "amount"] {
        if let Some(value) = json.get(field) {
            let text = value.as_str().unwrap_or("");
            let two_decimals = text.split_once('.').is_some_and(|(units, cents)| {
                !units.is_empty()
                    && units.bytes().all(|b| b.is_ascii_digit())
                    && cents.len() == 2
                    && cents.bytes().all(|b| b.is_ascii_digit())
            });
            assert!(
                two_decimals,
                "{method} {template}: {field} should be a decimal string with two decimals, \
                 got {value}"
            );
        }
    }
}
