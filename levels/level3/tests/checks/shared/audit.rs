//! Renames with an audit row: `self_deadlock_*`.

use level3::error::PitfallError;
use sqlx::PgPool;

/// The rename succeeded, and both the new name and its audit row are stored.
pub async fn renamed_and_audited(
    exercise: &str,
    pool: &PgPool,
    user_id: i64,
    result: Result<(), PitfallError>,
) {
    if let Err(e) = result {
        panic!(
            "[{exercise}] with a pool of one connection, rename_user failed: {e}. Its \
             transaction holds the pool's only connection, and the audit helper asks the pool \
             for another one: the task waits for itself, until the pool gives up. Pass the \
             helper the connection you already hold."
        );
    }
    let name: String = sqlx::query_scalar("SELECT name FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_one(pool)
        .await
        .unwrap();
    assert_eq!(name, "Alicia", "[{exercise}] the user was not renamed");
    let audited: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM audit_log WHERE user_id = $1 AND event = 'renamed'",
    )
    .bind(user_id)
    .fetch_one(pool)
    .await
    .unwrap();
    assert_eq!(audited, 1, "[{exercise}] the rename has no audit row");
}
