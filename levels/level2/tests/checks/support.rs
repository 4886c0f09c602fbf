//! What the checks of level 2 share. Most of it comes from the harness, shared with the other
//! levels: the pools the code under check gets, the accounts seeded and read in plain SQL, and
//! the failures and gates the server is asked to inject.

pub use harness::accounts::{balances, dec, seed_user};
pub use harness::failure::{
    fail_commits, fail_update_number, install_failure_injection, updates_tried,
};
pub use harness::gate::gate_update_number;
pub use harness::pools::{diesel_pool, sqlx_pool};
pub use level2::LEVEL;
use sqlx::PgPool;

/// Make every row UPDATE of `users` hold its row lock a few milliseconds, so transfers that
/// run at once really overlap, and have deadlocks detected quickly.
pub async fn slow_down_updates(pool: &PgPool) {
    harness::inject::slow_down_updates_of_users(pool)
        .await
        .expect("test setup: installing the slow trigger");
    harness::inject::quick_deadlock_detection(pool).await;
}

/// What a spawned task of the check answered. A panic inside it (the learner's, already told in
/// the check's words by `harness::unless_it_panics`) is raised again as it is, so those words
/// are not buried inside a `JoinError`'s debug print; a task cancelled (never by the checks) is
/// said so, naming `what` ran in it.
pub fn joined<T>(what: &str, joined: Result<T, tokio::task::JoinError>) -> T {
    match joined {
        Ok(value) => value,
        Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
        Err(e) => panic!("{what} did not finish: its task was cancelled ({e})"),
    }
}

/// The server's sessions in words, for a message: how many, what they are doing, and the
/// first statement that waits for a lock.
pub fn sessions_in_words(sessions: &[harness::observe::Session]) -> String {
    let in_state = |state: &str| {
        sessions
            .iter()
            .filter(|s| s.state.as_deref() == Some(state))
            .count()
    };
    let waiting: Vec<&harness::observe::Session> = sessions
        .iter()
        .filter(|s| s.wait_event_type.as_deref() == Some("Lock"))
        .collect();
    let mut words = format!(
        "{} session(s): {} running a statement ({} of them waiting for a lock), {} idle in a \
         transaction, {} idle",
        sessions.len(),
        in_state("active"),
        waiting.len(),
        in_state("idle in transaction"),
        in_state("idle"),
    );
    if let Some(first) = waiting.first() {
        let query: String = first.query.split_whitespace().collect::<Vec<_>>().join(" ");
        words.push_str(&format!("; the first waiting statement: {query}"));
    }
    words
}

/// A call of the learner's code, spawned as `task`, did not finish in `waited`. Say what the
/// server shows, looked at while it still runs (once it is dropped, its transaction rolls back
/// and the locks it held are gone): when a session waits for a lock while another sits idle in
/// a transaction, the code ran a statement on another connection (the pool) while its own
/// transaction held the lock.
pub async fn hung<T>(
    exercise: &str,
    what: &str,
    waited: std::time::Duration,
    pool: &PgPool,
    task: tokio::task::JoinHandle<T>,
) -> ! {
    let name: String = sqlx::query_scalar("SELECT current_database()")
        .fetch_one(pool)
        .await
        .expect("test: naming the database");
    let sessions = harness::observe::sessions(pool, &name)
        .await
        .expect("test: reading pg_stat_activity");
    task.abort();
    let waiting = sessions
        .iter()
        .any(|s| s.wait_event_type.as_deref() == Some("Lock"));
    let idle_in_transaction = sessions
        .iter()
        .any(|s| s.state.as_deref() == Some("idle in transaction"));
    let secs = waited.as_secs_f64();
    if waiting && idle_in_transaction {
        panic!(
            "[{exercise}] {what} did not finish in {secs} s: one of its connections waits for a \
             lock its own transaction holds (the server shows one session waiting for a row \
             lock and another idle in a transaction). A statement run on the pool instead of on \
             the transaction's own connection (`&mut *tx` in sqlx, the closure's connection in \
             diesel) is another connection, and waits for the transaction's locks forever."
        )
    }
    panic!(
        "[{exercise}] {what} did not finish in {secs} s, for work that takes milliseconds; the \
         server shows {}",
        sessions_in_words(&sessions)
    )
}
