//! The row types of level 2: users with a balance.
//!
//! Money is `rust_decimal::Decimal` in Rust and `NUMERIC(12,2)` in PostgreSQL: both exact in
//! base ten, so 0.10 is 0.10 and ten of them make 1.00. A float cannot hold 0.10 exactly, and
//! sums of floats drift by fractions of a cent (see the book's transfer chapter).

use diesel::prelude::*;
use rust_decimal::Decimal;

// ANCHOR: user
/// A user with a balance in dollars and cents.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Queryable, Selectable)]
#[diesel(table_name = crate::schema::users, check_for_backend(diesel::pg::Pg))]
pub struct User {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub balance: Decimal,
}
// ANCHOR_END: user
