//! Right answer to `unbounded_concurrency_sqlx`: no semaphore: a JoinSet that never holds more
//! tasks than the pool has connections, topped up as each charge finishes.

use sqlx::PgPool;

use crate::error::PitfallError;

/// Take the 0.01 monthly fee from every user in `user_ids`.
pub async fn charge_monthly_fee(pool: &PgPool, user_ids: &[i64]) -> Result<(), PitfallError> {
    let at_once = pool.options().get_max_connections() as usize;
    let mut charges = tokio::task::JoinSet::new();
    for &id in user_ids {
        if charges.len() >= at_once
            && let Some(charge) = charges.join_next().await
        {
            charge.expect("a charge task panicked")?;
        }
        let pool = pool.clone();
        charges.spawn(async move {
            sqlx::query("UPDATE users SET balance = balance - 0.01 WHERE id = $1")
                .bind(id)
                .execute(&pool)
                .await
        });
    }
    while let Some(charge) = charges.join_next().await {
        charge.expect("a charge task panicked")?;
    }
    Ok(())
}
