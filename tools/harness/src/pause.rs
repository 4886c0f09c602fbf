//! Watching a transaction from outside, one statement at a time: [`Paused`].
//!
//! The atomicity pitfalls (a forgotten commit "fixed" by autocommitting each statement, a
//! statement escaping its transaction to another connection, an audit row written after the
//! commit, a compensating DELETE instead of a rollback) all pass a check that only looks at the
//! database after the function returned: the end state is the same. What differs is what
//! everybody else could see WHILE the function ran. So the checks stop the code under check at
//! every write it makes, and at its commit, and look from their own connection: nothing of the
//! unfinished work may be visible yet.
//!
//! How it stops: a trigger on every write (BEFORE ... FOR EACH ROW) and a deferred constraint
//! trigger (which fires at COMMIT, or at the end of an autocommitted statement) take the next
//! number of a sequence, k, and wait for the advisory lock (`PAUSE_CLASS`, k), which the test
//! holds.
//! The test sees the waiting session in pg_locks, looks, and unlocks exactly k: the code runs on
//! to its next pause. Sequences are not transactional, so pauses are numbered in the order they
//! happen on any connection, and no pause can slip by unobserved. No timing is involved.

use std::future::Future;
use std::time::Duration;

use sqlx::PgPool;

use crate::TestDb;

/// The first half of the advisory-lock keys the pause triggers wait on.
const PAUSE_CLASS: i32 = 4242;
/// How many pauses the test holds: the code under check is stopped at its first this many
/// writes and commits, and runs freely after that.
const PAUSES_HELD: i32 = 64;

/// Install the pause triggers on every write to `users`, `orders` and `audit_log`, and on the
/// commit of each. Seed the rows the check needs first: the test's own writes would pause too.
pub async fn install_pauses(pool: &PgPool) {
    sqlx::raw_sql(
        "CREATE SEQUENCE workbook_pause_no;
         CREATE FUNCTION workbook_pause() RETURNS trigger LANGUAGE plpgsql AS $$
         DECLARE
             k integer := nextval('workbook_pause_no');
         BEGIN
             PERFORM pg_advisory_lock_shared(4242, k);
             PERFORM pg_advisory_unlock_shared(4242, k);
             RETURN NEW;
         END $$;
         CREATE TRIGGER workbook_pause_write BEFORE INSERT OR UPDATE ON users
             FOR EACH ROW EXECUTE FUNCTION workbook_pause();
         CREATE TRIGGER workbook_pause_write BEFORE INSERT ON orders
             FOR EACH ROW EXECUTE FUNCTION workbook_pause();
         CREATE TRIGGER workbook_pause_write BEFORE INSERT ON audit_log
             FOR EACH ROW EXECUTE FUNCTION workbook_pause();
         CREATE CONSTRAINT TRIGGER workbook_pause_commit AFTER INSERT OR UPDATE ON users
             DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION workbook_pause();
         CREATE CONSTRAINT TRIGGER workbook_pause_commit AFTER INSERT ON orders
             DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION workbook_pause();
         CREATE CONSTRAINT TRIGGER workbook_pause_commit AFTER INSERT ON audit_log
             DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION workbook_pause();",
    )
    .execute(pool)
    .await
    .expect("test setup: installing the pause triggers");
}

/// Where the code under check is stopped: the pause's number and the statement it is in, as
/// the server shows it (`INSERT INTO orders ...`, `COMMIT`).
#[derive(Debug, Clone)]
pub struct Pause {
    key: i32,
    pub statement: String,
}

impl Pause {
    /// The statement, on one line and short enough to quote in a message.
    pub fn quoted(&self) -> String {
        let line = self
            .statement
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let mut short: String = line.chars().take(70).collect();
        if short.len() < line.len() {
            short.push_str(" ...");
        }
        format!("`{short}`")
    }
}

/// Some work (the learner's function) running under the test's pauses. See the comment above.
pub struct Paused<T> {
    holder: sqlx::PgConnection,
    observer: PgPool,
    task: tokio::task::JoinHandle<T>,
}

impl<T: Send + 'static> Paused<T> {
    /// Hold the pauses, then start `work` on a task of its own. `observer` is the test's pool,
    /// used to see the pauses (and by the caller to look at the data).
    pub async fn start(
        db: &TestDb,
        observer: &PgPool,
        work: impl Future<Output = T> + Send + 'static,
    ) -> Paused<T> {
        let mut holder = db.connect().await;
        sqlx::query("SELECT count(pg_advisory_lock($1, k)) FROM generate_series(1, $2) AS k")
            .bind(PAUSE_CLASS)
            .bind(PAUSES_HELD)
            .execute(&mut holder)
            .await
            .expect("test setup: holding the pauses");
        Paused {
            holder,
            observer: observer.clone(),
            task: tokio::spawn(work),
        }
    }

    /// Wait until the work stops at its next pause (`Some`), or ends (`None`).
    pub async fn next(&mut self) -> Option<Pause> {
        loop {
            if self.task.is_finished() {
                return None;
            }
            let waiting: Option<(i64, String)> = sqlx::query_as(
                "SELECT l.objid::bigint, coalesce(a.query, '') \
                 FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid \
                 WHERE l.locktype = 'advisory' AND NOT l.granted \
                   AND l.classid::bigint = $1 AND l.objsubid = 2 \
                   AND l.database = (SELECT oid FROM pg_database \
                                     WHERE datname = current_database()) \
                 ORDER BY l.objid::bigint LIMIT 1",
            )
            .bind(i64::from(PAUSE_CLASS))
            .fetch_optional(&self.observer)
            .await
            .expect("test: looking for a paused session");
            if let Some((key, statement)) = waiting {
                let key = i32::try_from(key).expect("a pause number fits an i32");
                return Some(Pause { key, statement });
            }
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
    }

    /// Let the work run on from `pause` to its next one.
    pub async fn resume(&mut self, pause: &Pause) {
        sqlx::query("SELECT pg_advisory_unlock($1, $2)")
            .bind(PAUSE_CLASS)
            .bind(pause.key)
            .execute(&mut self.holder)
            .await
            .expect("test: resuming the paused work");
    }

    /// Wait for the work to end; `Err` holds its panic's message. The pauses it has not reached
    /// stay held until `self` is dropped, so work it left running in the background (a spawned
    /// write) cannot finish behind the check's back while the check looks at the result.
    pub async fn finish(&mut self) -> Result<T, String> {
        match (&mut self.task).await {
            Ok(output) => Ok(output),
            Err(e) if e.is_panic() => Err(crate::panics::message(e.into_panic().as_ref())),
            Err(e) => Err(e.to_string()),
        }
    }
}
