//! Not an exercise: `KeepPrepared` keeps an UPDATE prepared on its connection, where diesel
//! alone prepares it again on every call (and closes it after).

use diesel::prelude::*;
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use level4::prepared::KeepPrepared;
use level4::schema::users;
use rust_decimal::Decimal;

use crate::support::{LEVEL, check};

/// How many statements kept prepared on this connection set a balance.
async fn kept_updates(conn: &mut AsyncPgConnection) -> i64 {
    diesel::sql_query(
        "SELECT count(*) AS n FROM pg_prepared_statements WHERE statement LIKE 'UPDATE %balance%'",
    )
    .get_result::<Kept>(conn)
    .await
    .unwrap()
    .n
}

#[derive(QueryableByName)]
struct Kept {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    n: i64,
}

#[test]
fn an_update_in_keep_prepared_is_prepared_once_and_kept() {
    check(&LEVEL, |db| async move {
        let mut conn = AsyncPgConnection::establish(&db.url).await.unwrap();
        let id: i64 = diesel::insert_into(users::table)
            .values((
                users::name.eq("Alice"),
                users::email.eq("alice@example.com"),
            ))
            .returning(users::id)
            .get_result(&mut conn)
            .await
            .unwrap();

        for balance in [1, 2] {
            diesel::update(users::table.find(id))
                .set(users::balance.eq(Decimal::from(balance)))
                .execute(&mut conn)
                .await
                .unwrap();
        }
        harness::expect_eq!(
            kept_updates(&mut conn).await,
            0,
            "diesel on its own closes an UPDATE after running it (if this changes, a newer diesel \
             keeps UPDATEs prepared and KeepPrepared is no longer needed)"
        );

        for balance in [3, 4, 5] {
            let updated = KeepPrepared(
                diesel::update(users::table.find(id))
                    .set(users::balance.eq(Decimal::from(balance)))
                    .returning(users::balance),
            )
            .get_result::<Decimal>(&mut conn)
            .await
            .unwrap();
            harness::expect_eq!(updated, Decimal::from(balance), "the UPDATE ran as written");
        }
        harness::expect_eq!(
            kept_updates(&mut conn).await,
            1,
            "three runs of the same UPDATE in KeepPrepared: prepared once, kept on the connection"
        );
    });
}
