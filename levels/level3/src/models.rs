//! The row types of level 3: users with a balance, and their orders.

use diesel::prelude::*;
use rust_decimal::Decimal;

/// A user with a balance.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Queryable, Selectable, Identifiable)]
#[diesel(table_name = crate::schema::users, check_for_backend(diesel::pg::Pg))]
pub struct User {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub balance: Decimal,
}

/// An order a user placed.
#[derive(
    Debug, Clone, PartialEq, Eq, sqlx::FromRow, Queryable, Selectable, Identifiable, Associations,
)]
#[diesel(table_name = crate::schema::orders, belongs_to(User), check_for_backend(diesel::pg::Pg))]
pub struct Order {
    pub id: i64,
    pub user_id: i64,
    pub item: String,
    pub amount: Decimal,
}

/// A user with all their orders: what an admin page lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserWithOrders {
    pub user: User,
    pub orders: Vec<Order>,
}
