//! The HTTP contract, checked against the real service on each store.

use level4::store::UserStore;

use crate::support::{Service, redact_ids};

/// The Python tutorial's script, over HTTP: create Alice and Bob, list them, give Alice 100,
/// delete Bob, list again. Every answer is kept as one snapshot, shared by both stores: the
/// two tracks must answer byte for byte the same (ids aside).
pub async fn the_tutorial_scenario_over_http(exercise: &str, store: impl UserStore) {
    let service = Service::start(store).await;
    let mut transcript = Vec::new();
    // `shown` is the path as the transcript writes it, ids named rather than numbered.
    let mut step = async |method: &str, path: &str, shown_path: &str, body: Option<&str>| {
        let response = service.call(method, path, body).await;
        assert!(
            response.status < 500,
            "[{exercise}] {method} {path} answered {}, and should not answer a 5xx: {}",
            response.status,
            response.body
        );
        let shown = serde_json::to_string_pretty(&redact_ids(&response.json())).unwrap();
        transcript.push(format!(
            "{method} {shown_path}\n=> {}\n{shown}",
            response.status
        ));
        response
    };
    let alice_body = r#"{"name":"Alice","email":"alice@example.com"}"#;
    let alice = step("POST", "/users", "/users", Some(alice_body)).await;
    let bob_body = r#"{"name":"Bob","email":"bob@example.com"}"#;
    let bob = step("POST", "/users", "/users", Some(bob_body)).await;
    harness::expect_eq!(
        (alice.status, bob.status),
        (201, 201),
        "[{exercise}] creating Alice and Bob: {} / {}",
        alice.body,
        bob.body
    );
    let alice_path = format!("/users/{}", alice.json()["id"]);
    let bob_path = format!("/users/{}", bob.json()["id"]);
    step("GET", "/users", "/users", None).await;
    let hundred = r#"{"balance":"100"}"#;
    step("PATCH", &alice_path, "/users/{alice}", Some(hundred)).await;
    step("DELETE", &bob_path, "/users/{bob}", None).await;
    step("GET", "/users", "/users", None).await;
    step("GET", &bob_path, "/users/{bob}", None).await;
    let transcript = transcript.join("\n\n");
    // The check's own comparison comes first, so that an answer that differs fails with words
    // for the learner, and insta never writes a `.snap.new` file next to the snapshot. To
    // accept a new transcript on purpose (after changing what the service answers), run with
    // INSTA_UPDATE=always: insta then rewrites the snapshot.
    let updating = matches!(
        std::env::var("INSTA_UPDATE").as_deref(),
        Ok("always" | "force")
    );
    if !updating {
        same_as_the_reference(exercise, &transcript);
    }
    // One snapshot for every binary that runs this check: the checks binary, and the
    // wrong-answer set's, where the module path differs. So its name does not carry the module.
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| insta::assert_snapshot!("tutorial_scenario", transcript));
}

/// The reference transcript: the snapshot's text after insta's header.
const REFERENCE: &str = include_str!("snapshots/tutorial_scenario.snap");

/// Panics, naming the first step that answered differently, unless `transcript` is the
/// reference transcript.
fn same_as_the_reference(exercise: &str, transcript: &str) {
    let expected = REFERENCE
        .splitn(3, "---\n")
        .nth(2)
        .expect("the snapshot has insta's header")
        .trim_end();
    if transcript.trim_end() == expected {
        return;
    }
    // Steps are separated by a blank line (pretty JSON has none inside).
    let (mut want, mut got) = (expected.split("\n\n"), transcript.trim_end().split("\n\n"));
    loop {
        match (want.next(), got.next()) {
            (Some(w), Some(g)) if w == g => continue,
            (w, g) => panic!(
                "[{exercise}] the tutorial's requests over HTTP should get the same answers \
                 from both stores, byte for byte (ids aside). The first step that differs:\n\
                 expected:\n{}\n\nfound:\n{}",
                w.unwrap_or("(no more steps)"),
                g.unwrap_or("(no more steps)")
            ),
        }
    }
}

/// One bad request: what it is, method, path, body, and the status and code it must get.
type Case = (
    &'static str,
    &'static str,
    String,
    Option<String>,
    u16,
    &'static str,
);

/// What a client can get wrong, and the answer it must get: never a 500.
pub async fn bad_requests_get_the_documented_answers(exercise: &str, store: impl UserStore) {
    let service = Service::start(store).await;
    let id = service.create_user(exercise, "Alice").await;
    let big = format!(
        r#"{{"name":"{}","email":"big@example.com"}}"#,
        "x".repeat(20_000)
    );

    #[rustfmt::skip]
    let cases: Vec<Case> = vec![
        ("not JSON at all", "POST", "/users".into(), Some("{not json".into()), 400, "malformed_json"),
        ("a number for a name", "POST", "/users".into(), Some(r#"{"name":5,"email":"a@b.co"}"#.into()), 400, "malformed_json"),
        ("a missing field", "POST", "/users".into(), Some(r#"{"name":"Bob"}"#.into()), 400, "malformed_json"),
        ("an unknown field", "POST", "/users".into(), Some(r#"{"name":"Bob","email":"b@b.co","admin":true}"#.into()), 400, "malformed_json"),
        ("an empty name", "POST", "/users".into(), Some(r#"{"name":"  ","email":"b@b.co"}"#.into()), 422, "invalid_input"),
        ("a 51-character name", "POST", "/users".into(), Some(format!(r#"{{"name":"{}","email":"b@b.co"}}"#, "x".repeat(51))), 422, "invalid_input"),
        ("an email that is not one", "POST", "/users".into(), Some(r#"{"name":"Bob","email":"bob"}"#.into()), 422, "invalid_input"),
        ("a NUL in a name", "POST", "/users".into(), Some(r#"{"name":"Bob\u0000","email":"b@b.co"}"#.into()), 422, "invalid_input"),
        ("a NUL in an email", "POST", "/users".into(), Some(r#"{"name":"Bob","email":"b@b.co\u0000"}"#.into()), 422, "invalid_input"),
        ("a line break in a name", "POST", "/users".into(), Some(r#"{"name":"Bob\r\nINFO forged","email":"b@b.co"}"#.into()), 422, "invalid_input"),
        ("a name of invisible characters", "POST", "/users".into(), Some(r#"{"name":"\u200b\u200b","email":"b@b.co"}"#.into()), 422, "invalid_input"),
        ("a zero-width space in an email", "POST", "/users".into(), Some(r#"{"name":"Al","email":"ali\u200bce@example.com"}"#.into()), 422, "invalid_input"),
        ("a doubled dot in a domain", "POST", "/users".into(), Some(r#"{"name":"Bob","email":"a@b..c"}"#.into()), 422, "invalid_input"),
        ("a taken email in capitals", "POST", "/users".into(), Some(r#"{"name":"Al","email":"ALICE@Example.com"}"#.into()), 409, "duplicate_email"),
        ("a JSON array for a user", "POST", "/users".into(), Some(r#"["Bob","bob@example.com"]"#.into()), 400, "malformed_json"),
        ("a JSON array for a balance", "PATCH", format!("/users/{id}"), Some(r#"["1.00"]"#.into()), 400, "malformed_json"),
        ("a taken email", "POST", "/users".into(), Some(r#"{"name":"Al","email":"alice@example.com"}"#.into()), 409, "duplicate_email"),
        ("a body over 16 KiB", "POST", "/users".into(), Some(big), 413, "payload_too_large"),
        ("a negative balance", "PATCH", format!("/users/{id}"), Some(r#"{"balance":"-1.00"}"#.into()), 422, "invalid_input"),
        ("a balance with three decimals", "PATCH", format!("/users/{id}"), Some(r#"{"balance":"1.005"}"#.into()), 422, "invalid_input"),
        ("a balance that is text", "PATCH", format!("/users/{id}"), Some(r#"{"balance":"lots"}"#.into()), 400, "malformed_json"),
        ("a balance as a JSON number", "PATCH", format!("/users/{id}"), Some(r#"{"balance":100.1}"#.into()), 400, "malformed_json"),
        ("a user that does not exist", "GET", "/users/424242".into(), None, 404, "not_found"),
        ("an id that is not a number", "GET", "/users/alice".into(), None, 400, "bad_path"),
        ("an id too large for i64", "GET", "/users/99999999999999999999".into(), None, 400, "bad_path"),
        ("deleting a missing user", "DELETE", "/users/424242".into(), None, 404, "not_found"),
        ("a page of zero", "GET", "/users?limit=0".into(), None, 422, "invalid_input"),
        ("a page too large", "GET", "/users?limit=100000".into(), None, 422, "invalid_input"),
        ("a limit that is not a page size", "GET", "/users?limit=99999999999".into(), None, 400, "bad_query"),
        ("a cursor that is not a number", "GET", "/users?cursor=abc".into(), None, 400, "bad_query"),
        ("an unknown route", "GET", "/admin".into(), None, 404, "no_such_route"),
        ("a method the route lacks", "PUT", "/users".into(), None, 405, "method_not_allowed"),
    ];
    for (what, method, path, body, status, code) in cases {
        let response = service.call(method, &path, body.as_deref()).await;
        harness::expect_eq!(
            (
                response.status,
                response.json()["code"].as_str().unwrap_or("")
            ),
            (status, code),
            "[{exercise}] {what} ({method} {path}) should answer {status} {code}, got {} {}",
            response.status,
            response.body
        );
    }
    // A rule broken names its field.
    for (field, body) in [
        ("name", r#"{"name":"Bob\u0000","email":"b@b.co"}"#),
        ("email", r#"{"name":"Bob","email":"b@b.co\u0000"}"#),
    ] {
        let response = service.call("POST", "/users", Some(body)).await;
        let message = response.json()["message"]
            .as_str()
            .unwrap_or("")
            .to_string();
        assert!(
            message.contains(field),
            "[{exercise}] a NUL in the {field}: the 422's message should name the {field}, got              {message:?}"
        );
    }
    // What is checked is what is stored: a 50-character name with a space after it is 50
    // characters, and an email is kept in lower case.
    let fifty = "n".repeat(50);
    let body = format!(r#"{{"name":"{fifty} ","email":"Fifty@Example.COM"}}"#);
    let created = service.call("POST", "/users", Some(&body)).await;
    let user = created.json();
    harness::expect_eq!(
        (
            created.status,
            user["name"].as_str(),
            user["email"].as_str()
        ),
        (201, Some(fifty.as_str()), Some("fifty@example.com")),
        "[{exercise}] a 50-character name with a trailing space and an email in capitals should          be created (201) as the trimmed name and the email in lower case, got {} {}",
        created.status,
        created.body
    );
    for (what, content_type) in [
        ("no Content-Type", None),
        ("JSON in UTF-16", Some("application/json; charset=utf-16")),
        ("a vendor JSON type", Some("application/vnd.x+json")),
        ("text", Some("text/plain")),
    ] {
        let header = content_type.map_or(String::new(), |t| format!("Content-Type: {t}\r\n"));
        let request = format!(
            "POST /users HTTP/1.1\r\nHost: x\r\nConnection: close\r\n{header}\
             Content-Length: 2\r\n\r\n{{}}"
        );
        let response = service.raw(request.as_bytes()).await;
        harness::expect_eq!(
            response.status,
            415,
            "[{exercise}] a body with {what} should answer 415 (the service takes \
             application/json, in UTF-8), got {} {}",
            response.status,
            response.body
        );
    }
    let charset = "POST /users HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\
        Content-Type: application/json; charset=UTF-8\r\nContent-Length: 38\r\n\r\n\
        {\"name\":\"Cy\",\"email\":\"cy@example.com\"}";
    let response = service.raw(charset.as_bytes()).await;
    harness::expect_eq!(
        response.status,
        201,
        "[{exercise}] application/json; charset=UTF-8 is JSON: should answer 201, got {} {}",
        response.status,
        response.body
    );
    let garbage = service.raw(b"NOT HTTP AT ALL\r\n\r\n").await;
    harness::expect_eq!(
        garbage.status,
        400,
        "[{exercise}] a request that is not HTTP: {}",
        garbage.status
    );
    let still = service.call("GET", &format!("/users/{id}"), None).await;
    harness::expect_eq!(
        still.status,
        200,
        "[{exercise}] after the bad requests, GET /users/{id} should still find Alice (200); got \
         {} {}",
        still.status,
        still.body
    );
}
