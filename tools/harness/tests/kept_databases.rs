//! Which failures keep their database for the learner to look at: a real failure does (with
//! the psql line to open it), a `todo!()` still in place does not (there is nothing to see,
//! only code to write).

mod fixture;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Arc, Mutex};

use fixture::FIXTURE;
use harness::block_on;

/// Run a check whose body fails with `failure`; returns the name of its database.
fn failing_check(failure: fn()) -> String {
    let name = Arc::new(Mutex::new(String::new()));
    let seen = name.clone();
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        harness::check(&FIXTURE, move |db| async move {
            *seen.lock().unwrap() = db.name.to_string();
            failure();
        })
    }));
    assert!(outcome.is_err(), "the check was meant to fail");
    name.lock().unwrap().clone()
}

fn exists(name: &str) -> bool {
    let server = harness::find_or_start_server().unwrap();
    block_on(harness::fresh::test_databases(&server))
        .unwrap()
        .iter()
        .any(|n| n == name)
}

#[test]
fn a_todo_keeps_no_database_and_a_real_failure_does() {
    let unwritten = failing_check(|| todo!());
    assert!(
        !exists(&unwritten),
        "{unwritten} was kept, for a check that failed on a todo!()"
    );

    let real = failing_check(|| panic!("[x] the row is missing"));
    if std::env::var("WORKBOOK_KEEP_FAILED").is_ok_and(|v| v == "0") {
        assert!(!exists(&real), "{real} kept despite WORKBOOK_KEEP_FAILED=0");
        return;
    }
    assert!(exists(&real), "{real} was not kept, for a real failure");
    let server = harness::find_or_start_server().unwrap();
    let name = harness::DbName::new(&real).expect("a test database's name");
    block_on(async {
        let mut admin = server.connect().await.unwrap();
        harness::database::drop(&mut admin, &name).await.unwrap();
    });
}
