//! Checks for the exercise `list_users_diesel`.

use_answer!(level1::list_users_diesel);
use answer::list_users;

use crate::shared::lookup;
use crate::support::{LEVEL, check, diesel_connection};

const EXERCISE: &str = "list_users_diesel";

#[test]
fn lists_everyone_in_id_order() {
    check(&LEVEL, |db| async move {
        let (pool, mut conn) = (db.pool().await, diesel_connection(&db).await);
        let call = async || list_users(&mut conn).await;
        lookup::lists_everyone_in_id_order(EXERCISE, &pool, call).await;
    });
}

#[test]
fn lists_every_one_of_many() {
    check(&LEVEL, |db| async move {
        let (pool, mut conn) = (db.pool().await, diesel_connection(&db).await);
        let call = async || list_users(&mut conn).await;
        lookup::lists_every_one_of_many(EXERCISE, &pool, call).await;
    });
}

#[test]
fn an_empty_table_lists_nobody() {
    check(&LEVEL, |db| async move {
        let mut conn = diesel_connection(&db).await;
        let call = async || list_users(&mut conn).await;
        lookup::an_empty_table_lists_nobody(EXERCISE, call).await;
    });
}
