//! The users-with-orders listing: `n_plus_one_*`.

use level3::models::UserWithOrders;
use sqlx::PgPool;

/// 20 users, each with `id % 4` orders; returns (user id, order items) in the expected order.
pub async fn seed_users_and_orders(pool: &PgPool) -> Vec<(i64, Vec<String>)> {
    let mut expected = Vec::new();
    for n in 0..20 {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO users (name, email, balance) VALUES ($1, $2, 100) RETURNING id",
        )
        .bind(format!("User {n}"))
        .bind(format!("user{n}@example.com"))
        .fetch_one(pool)
        .await
        .unwrap();
        let mut items = Vec::new();
        for k in 0..(n % 4) {
            let item = format!("item {n}.{k}");
            sqlx::query("INSERT INTO orders (user_id, item, amount) VALUES ($1, $2, 1.50)")
                .bind(id)
                .bind(&item)
                .execute(pool)
                .await
                .unwrap();
            items.push(item);
        }
        expected.push((id, items));
    }
    expected
}

/// The listing is right, and took a number of statements that does not grow with the users.
pub fn check_listing(
    exercise: &str,
    expected: &[(i64, Vec<String>)],
    listed: &[UserWithOrders],
    statements: &[String],
) {
    let got: Vec<(i64, Vec<String>)> = listed
        .iter()
        .map(|u| (u.user.id, u.orders.iter().map(|o| o.item.clone()).collect()))
        .collect();
    assert_eq!(
        got, expected,
        "[{exercise}] the listing should have every user in id order, each with their orders \
         in id order"
    );
    assert!(
        statements.len() <= 3,
        "[{exercise}] listing {} users sent {} statements: one for the users and one more per \
         user, the N+1 pattern. Its cost grows with every customer. Fetch all the orders in \
         one query (WHERE user_id = ANY($1), or a JOIN) and group them in Rust. The statements:\n{}",
        expected.len(),
        statements.len(),
        statements.join("\n")
    );
}
