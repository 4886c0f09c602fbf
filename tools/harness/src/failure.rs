//! Making a statement fail on purpose, so a check can show that a transaction is atomic: each
//! of its statements, and its commit, can fail and take the rest back with it. Only the path
//! where everything succeeds is walked otherwise, and an answer that commits half way, or
//! "undoes" with a compensating DELETE, passes it.
//!
//! Two tools: a counted failure on `users` (the UPDATE number n fails, or every COMMIT after an
//! UPDATE does; the count says how many were tried), and [`refuse`], which makes one kind of
//! write fail every time. The messages say the test did it.

use sqlx::PgPool;

/// Install the failure injection on `users`, off until [`fail_update_number`] or
/// [`fail_commits`] turns it on. Row UPDATEs are counted in a sequence (a rollback does not
/// undo it, so the test can tell afterwards how many were tried); the UPDATE whose number is
/// `injection.fail_at` raises an error, and while `injection.fail_commit` is set, a deferred
/// constraint trigger makes the COMMIT of any transaction that updated `users` fail.
pub async fn install_failure_injection(pool: &PgPool) {
    sqlx::raw_sql(
        "CREATE TABLE injection (fail_at integer NOT NULL, fail_commit boolean NOT NULL);
         INSERT INTO injection VALUES (0, false);
         CREATE SEQUENCE injected_update_count;
         CREATE FUNCTION injected_failure() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
             IF nextval('injected_update_count') = (SELECT fail_at FROM injection) THEN
                 RAISE EXCEPTION 'injected failure: this UPDATE of users fails on purpose';
             END IF;
             RETURN NEW;
         END $$;
         CREATE TRIGGER injected_failure BEFORE UPDATE ON users
             FOR EACH ROW EXECUTE FUNCTION injected_failure();
         CREATE FUNCTION injected_commit_failure() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
             IF (SELECT fail_commit FROM injection) THEN
                 RAISE EXCEPTION 'injected failure: this COMMIT fails on purpose';
             END IF;
             RETURN NULL;
         END $$;
         CREATE CONSTRAINT TRIGGER injected_commit_failure AFTER UPDATE ON users
             DEFERRABLE INITIALLY DEFERRED
             FOR EACH ROW EXECUTE FUNCTION injected_commit_failure();",
    )
    .execute(pool)
    .await
    .expect("test setup: installing the failure injection");
}

/// From now on, row UPDATE number `n` of `users` fails (counting from 1; 0: none fails), and
/// commits succeed.
pub async fn fail_update_number(pool: &PgPool, n: i32) {
    sqlx::raw_sql("ALTER SEQUENCE injected_update_count RESTART")
        .execute(pool)
        .await
        .expect("test setup: resetting the update count");
    sqlx::query("UPDATE injection SET fail_at = $1, fail_commit = false")
        .bind(n)
        .execute(pool)
        .await
        .expect("test setup: choosing the UPDATE that fails");
}

/// From now on, no UPDATE fails but every COMMIT of a transaction that updated `users` does
/// (an UPDATE run outside a transaction commits by itself, and so fails too).
pub async fn fail_commits(pool: &PgPool) {
    sqlx::raw_sql(
        "ALTER SEQUENCE injected_update_count RESTART;
         UPDATE injection SET fail_at = 0, fail_commit = true;",
    )
    .execute(pool)
    .await
    .expect("test setup: making commits fail");
}

/// How many row updates of `users` were tried since the last [`fail_update_number`] or
/// [`fail_commits`].
pub async fn updates_tried(pool: &PgPool) -> i64 {
    sqlx::query_scalar(
        "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM injected_update_count",
    )
    .fetch_one(pool)
    .await
    .expect("test: reading the update count")
}

/// The write a check makes fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refuse {
    /// An `UPDATE users`, when it runs.
    UpdateOfUsers,
    /// An `INSERT INTO orders`, when it runs.
    InsertIntoOrders,
    /// An `INSERT INTO audit_log`, when it runs.
    InsertIntoAuditLog,
    /// The COMMIT of a transaction that inserted into `orders` (a deferred constraint trigger:
    /// the commit fails, as it does when a deferred constraint or a serialization check fails).
    CommitAfterInsertIntoOrders,
}

impl Refuse {
    /// In words, for messages: "the INSERT INTO orders".
    pub fn what(self) -> &'static str {
        match self {
            Refuse::UpdateOfUsers => "the UPDATE of users",
            Refuse::InsertIntoOrders => "the INSERT INTO orders",
            Refuse::InsertIntoAuditLog => "the INSERT INTO audit_log",
            Refuse::CommitAfterInsertIntoOrders => "the COMMIT",
        }
    }
}

/// Make `what` fail from now on in this database.
pub async fn refuse(pool: &PgPool, what: Refuse) {
    let trigger = match what {
        Refuse::UpdateOfUsers => {
            "CREATE TRIGGER workbook_refuse BEFORE UPDATE ON users \
             FOR EACH ROW EXECUTE FUNCTION workbook_refuse()"
        }
        Refuse::InsertIntoOrders => {
            "CREATE TRIGGER workbook_refuse BEFORE INSERT ON orders \
             FOR EACH ROW EXECUTE FUNCTION workbook_refuse()"
        }
        Refuse::InsertIntoAuditLog => {
            "CREATE TRIGGER workbook_refuse BEFORE INSERT ON audit_log \
             FOR EACH ROW EXECUTE FUNCTION workbook_refuse()"
        }
        Refuse::CommitAfterInsertIntoOrders => {
            "CREATE CONSTRAINT TRIGGER workbook_refuse AFTER INSERT ON orders \
             DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION workbook_refuse()"
        }
    };
    sqlx::raw_sql(
        "CREATE OR REPLACE FUNCTION workbook_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
             RAISE EXCEPTION 'the test made this % of % fail on purpose', TG_OP, TG_TABLE_NAME;
         END $$",
    )
    .execute(pool)
    .await
    .expect("test setup: the refusing function");
    sqlx::raw_sql(trigger)
        .execute(pool)
        .await
        .expect("test setup: the refusing trigger");
}
