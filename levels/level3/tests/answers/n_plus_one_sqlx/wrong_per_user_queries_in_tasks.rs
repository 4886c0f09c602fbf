//! Wrong answer to `n_plus_one_sqlx`: still one query per user, only sent from spawned tasks at
//! once: faster on a quiet day, the same N+1 statements for the database.
//!
//! Rejected with: "N+1"

use sqlx::PgPool;

use crate::error::PitfallError;
use crate::models::{Order, User, UserWithOrders};

/// Every user, in id order, with their orders in id order.
pub async fn users_with_orders(pool: &PgPool) -> Result<Vec<UserWithOrders>, PitfallError> {
    let users: Vec<User> = sqlx::query_as("SELECT id, name, email, balance FROM users ORDER BY id")
        .fetch_all(pool)
        .await?;
    let mut tasks = Vec::new();
    for user in &users {
        let (pool, id) = (pool.clone(), user.id);
        tasks.push(tokio::spawn(async move {
            sqlx::query_as::<_, Order>(
                "SELECT id, user_id, item, amount FROM orders WHERE user_id = $1 ORDER BY id",
            )
            .bind(id)
            .fetch_all(&pool)
            .await
        }));
    }
    let mut listed = Vec::new();
    for (user, task) in users.into_iter().zip(tasks) {
        let orders = task.await.expect("a query task panicked")?;
        listed.push(UserWithOrders { user, orders });
    }
    Ok(listed)
}
