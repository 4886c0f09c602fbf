//! Checks for the pitfall `forgotten_commit_sqlx`.

use_answer!(level3::forgotten_commit_sqlx);
use answer::open_account;

use crate::support::{LEVEL, check, orders_of, sqlx_pool};

#[test]
fn the_account_exists_after_it_is_opened() {
    check(&LEVEL, |db| async move {
        let pool = sqlx_pool(&db, 2).await;
        let id = open_account(&pool, "Alice", "alice@example.com")
            .await
            .unwrap_or_else(|e| panic!("[forgotten_commit_sqlx] open_account failed: {e}"));
        let check = db.pool().await;
        let found: Option<String> = sqlx::query_scalar("SELECT email FROM users WHERE id = $1")
            .bind(id)
            .fetch_optional(&check)
            .await
            .expect("test: reading the user");
        assert_eq!(
            found.as_deref(),
            Some("alice@example.com"),
            "[forgotten_commit_sqlx] open_account returned id {id}, and there is no such user: \
             its transaction was dropped without commit, and a sqlx Transaction dropped \
             without commit rolls back, silently."
        );
        assert_eq!(
            orders_of(&check, id).await,
            1,
            "[forgotten_commit_sqlx] no welcome order"
        );
    });
}
