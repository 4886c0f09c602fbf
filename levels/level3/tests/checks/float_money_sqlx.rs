//! Checks for the pitfall `float_money_sqlx`.

use_answer!(level3::float_money_sqlx);
use answer::total_deposits;

use crate::support::{LEVEL, check, dec};

#[test]
fn a_thousand_dimes_make_exactly_one_hundred() {
    check(&LEVEL, |db| async move {
        let pool = db.pool().await;
        sqlx::query(
            "INSERT INTO users (name, email, balance) \
             SELECT 'User ' || n, 'user' || n || '@example.com', 0.10 \
             FROM generate_series(1, 1000) AS n",
        )
        .execute(&pool)
        .await
        .expect("test setup: a thousand users");
        let total = total_deposits(&pool)
            .await
            .unwrap_or_else(|e| panic!("[float_money_sqlx] total_deposits failed: {e}"));
        assert_eq!(
            total,
            dec("100.00"),
            "[float_money_sqlx] a thousand balances of 0.10 add up to 100.00, and the total \
             came back as {total}: the balances were converted to floating point, which cannot \
             hold 0.10 exactly, and every addition drifted. Keep money in NUMERIC and Decimal \
             from end to end."
        );
    });
}
