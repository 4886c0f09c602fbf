//! Two learners on one server, each with a role of their own (the classroom setup): each builds
//! and uses a template of their own, and neither lists nor drops the other's databases.

mod fixture;

use fixture::FIXTURE;
use harness::{block_on, database};

/// Create role `name` with `attributes`, as the server's own user; `false` (and a note) where that
/// user may not create roles, which these tests then skip. A role name cannot be bound as a
/// parameter: the names here are made from letters, digits and `_` only, so they are the one
/// text pasted into SQL in these tests.
async fn create_role(admin: &mut sqlx::PgConnection, name: &str, attributes: &str) -> bool {
    let made = sqlx::query(sqlx::AssertSqlSafe(format!(
        "CREATE ROLE {name} {attributes}"
    )))
    .execute(admin)
    .await;
    if let Err(e) = &made {
        eprintln!("skipped: this server's user may not create roles ({e})");
    }
    made.is_ok()
}

async fn drop_role(admin: &mut sqlx::PgConnection, name: &str) {
    sqlx::query(sqlx::AssertSqlSafe(format!("DROP ROLE {name}")))
        .execute(admin)
        .await
        .expect("dropping the role");
}

async fn exists(admin: &mut sqlx::PgConnection, name: &str) -> bool {
    sqlx::query_scalar("SELECT count(*) = 1 FROM pg_database WHERE datname = $1")
        .bind(name)
        .fetch_one(admin)
        .await
        .expect("reading pg_database")
}

#[test]
fn learners_with_roles_of_their_own_never_touch_each_others_databases() {
    let server = harness::find_or_start_server().expect("a server");
    block_on(async {
        let mut admin = server.connect().await.expect("connecting");
        let other = format!("wb_learner_{}", std::process::id());
        if !create_role(&mut admin, &other, "LOGIN CREATEDB").await {
            return;
        }
        let theirs = server.as_role(&other);

        // They copy the level's template as their own role: it is theirs, made for them.
        let their_db = harness::fresh_database(&theirs, Some(&FIXTURE), "learners::theirs")
            .await
            .expect("the other learner gets a fresh database");
        let my_db = harness::fresh_database(&server, Some(&FIXTURE), "learners::mine")
            .await
            .expect("I get a fresh database");

        // Neither sees the other's.
        let mine_listed = database::named_like(&mut admin, database::TEST_PREFIX)
            .await
            .unwrap();
        assert!(
            !mine_listed.iter().any(|n| n == their_db.name.as_str()),
            "my listing shows the other learner's {}",
            their_db.name
        );
        // Their clean-up drops theirs only.
        let mut their_admin = theirs
            .connect()
            .await
            .expect("connecting as the other learner");
        let dropped = database::drop_named_like(&mut their_admin, database::TEST_PREFIX)
            .await
            .expect("the other learner's clean-up");
        assert!(
            dropped == vec![their_db.name.to_string()],
            "the other learner's clean-up dropped {dropped:?}"
        );
        assert!(
            exists(&mut admin, my_db.name.as_str()).await,
            "my database {} was dropped by another learner's clean-up",
            my_db.name
        );

        // Tidy up: mine, their template, their role.
        harness::drop_database(&my_db).await.unwrap();
        for template in database::named_like(&mut their_admin, database::TEMPLATE_PREFIX)
            .await
            .unwrap()
        {
            let name = harness::DbName::new(&template).unwrap();
            database::drop(&mut their_admin, &name).await.unwrap();
        }
        drop(their_admin);
        drop_role(&mut admin, &other).await;
    });
}

/// A server with no connection left for the learner (a classroom's budget reached) is told as
/// that, not as a server that cannot be reached.
#[test]
fn a_full_server_is_told_as_full() {
    let server = harness::find_or_start_server().expect("a server");
    block_on(async {
        let mut admin = server.connect().await.expect("connecting");
        // A role whose budget is spent before it starts.
        let role = format!("wb_full_{}", std::process::id());
        if !create_role(&mut admin, &role, "LOGIN CONNECTION LIMIT 0").await {
            return;
        }
        let error = server
            .as_role(&role)
            .connect()
            .await
            .expect_err("a role with no connection left cannot connect");
        let text = error.to_string();
        drop_role(&mut admin, &role).await;
        assert!(
            matches!(error, harness::HarnessError::ServerFull { .. })
                && text.contains("no connection left")
                && !text.contains("Is the server running"),
            "a full server should be told as full: {text}"
        );
    });
}
