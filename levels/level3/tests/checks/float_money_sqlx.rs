//! Checks for the pitfall `float_money_sqlx`.
//!
//! A thousand dimes catch a plain f64 sum (99.99999999999859), but rounding that to cents
//! gives 100.00 by luck. So a second check uses totals too large for f64 to hold a cent:
//! between 2^47 and 2^48 (about 1.4e14 to 2.8e14) an f64 is always a multiple of 1/32, and a
//! multiple of 1/32 rounded to cents never ends in .01. A total that ends in .01 can only come
//! back right if no step on its way was floating point, whatever the rounding afterwards.

use rust_decimal::Decimal;
use_answer!(level3::float_money_sqlx);
use answer::total_deposits;

use crate::support::{LEVEL, check, dec};

async fn total(pool: &sqlx::PgPool, what: &str) -> Decimal {
    match harness::catch_panic(total_deposits(pool)).await {
        Ok(Ok(total)) => total,
        Ok(Err(e)) => panic!("[float_money_sqlx] with {what}, total_deposits failed: {e}"),
        Err(panic) => panic!("[float_money_sqlx] with {what}, total_deposits panicked: {panic}"),
    }
}

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
        let total = total(&pool, "a thousand balances of 0.10").await;
        if total == dec("100.00") {
            return;
        }
        // Floating point drifts by a tiny fraction of a cent; a total further off is wrong in
        // another way.
        if (total - dec("100.00")).abs() < dec("0.01") {
            panic!(
                "[float_money_sqlx] a thousand balances of 0.10 add up to 100.00, and the total \
                 came back as {total}: the balances were converted to floating point, which \
                 cannot hold 0.10 exactly, and every addition drifted. Keep money in NUMERIC and \
                 Decimal from end to end."
            );
        }
        panic!(
            "[float_money_sqlx] a thousand balances of 0.10 add up to 100.00, and the total came \
             back as {total}, expected 100.00."
        );
    });
}

#[test]
fn large_balances_add_up_to_the_cent() {
    check(&LEVEL, |db| async move {
        let pool = db.pool().await;
        sqlx::query(
            "INSERT INTO users (name, email, balance) \
             SELECT 'User ' || n, 'user' || n || '@example.com', \
                    CASE WHEN n = 1 THEN 0.01 ELSE 9999999999.99 END \
             FROM generate_series(1, 15001) AS n",
        )
        .execute(&pool)
        .await
        .expect("test setup: fifteen thousand large balances");
        let expected = dec("149999999999850.01");
        let total = total(&pool, "15,000 balances of 9,999,999,999.99 and one of 0.01").await;
        assert!(
            total == expected,
            "[float_money_sqlx] 15,000 balances of 9,999,999,999.99 and one of 0.01 add up to \
             exactly {expected}, and the total came back as {total}: somewhere on the way the \
             money went through floating point (or lost its cents another way: a cast to an \
             integer?). An f64 holds about 16 digits; at this size the \
             nearest f64 is 1/32 apart, it cannot hold the cent, and rounding to cents afterwards \
             cannot bring it back. Keep money in NUMERIC and Decimal from end to end (sum() of a \
             NUMERIC column is a NUMERIC)."
        );
    });
}

#[test]
fn no_balances_make_zero() {
    check(&LEVEL, |db| async move {
        let pool = db.pool().await;
        let total = match harness::catch_panic(total_deposits(&pool)).await {
            Ok(Ok(total)) => total,
            Ok(Err(e)) if e.to_string().to_lowercase().contains("null") => panic!(
                "[float_money_sqlx] with no users at all, total_deposits failed: {e}. The sum of \
                 no rows is NULL in SQL, not 0: the total of no balances is 0 \
                 (coalesce(sum(balance), 0), or decode an Option)."
            ),
            Ok(Err(e)) => panic!(
                "[float_money_sqlx] with no users at all, total_deposits failed: {e}; the total \
                 of no balances is 0."
            ),
            Err(panic) => panic!(
                "[float_money_sqlx] with no users at all, total_deposits panicked: {panic}. The \
                 sum of no rows is NULL in SQL, not 0: the total of no balances is 0."
            ),
        };
        assert!(
            total == Decimal::ZERO,
            "[float_money_sqlx] with no users the total is 0, and it came back as {total}"
        );
    });
}
