//! Not an exercise: checks that the level's given parts agree with each other.

use std::path::Path;

use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use level1::models::User;
use level1::schema::users;

use crate::support::{LEVEL, check, columns_of, diesel_connection, expected_user_columns};

/// The diesel `table!` in `src/schema.rs` can read the table the migrations made.
#[test]
fn diesel_schema_matches_the_migrated_table() {
    check(&LEVEL, |db| async move {
        let pool = db.pool().await;
        harness::expect_eq!(
            columns_of(&pool, "users").await,
            expected_user_columns(),
            "the migrated users table does not have the columns the level's models expect"
        );
        let mut conn = diesel_connection(&db).await;
        let all: Vec<User> = users::table
            .select(User::as_select())
            .load(&mut conn)
            .await
            .expect("src/schema.rs does not match the migrated users table");
        assert!(
            all.is_empty(),
            "a fresh database has no users, yet {} were read",
            all.len()
        );
    });
}

/// diesel's `<version>/up.sql` and sqlx's `<version>.up.sql` hold the same SQL (the former are
/// links to the latter), so both tracks build the same schema.
#[test]
fn both_tracks_read_the_same_migrations() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    let mut checked = 0;
    for migration in level1::MIGRATOR.iter() {
        if migration.migration_type.is_down_migration() {
            continue;
        }
        let stem = format!(
            "{}_{}",
            migration.version,
            migration.description.replace(' ', "_")
        );
        for (sqlx_file, diesel_file) in [("up.sql", "up.sql"), ("down.sql", "down.sql")] {
            let sqlx_path = dir.join(format!("{stem}.{sqlx_file}"));
            let diesel_path = dir.join(&stem).join(diesel_file);
            let read = |p: &Path| {
                std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
            };
            harness::expect_eq!(
                read(&sqlx_path),
                read(&diesel_path),
                "{} and {} differ: the diesel file should be a link to the sqlx one",
                diesel_path.display(),
                sqlx_path.display()
            );
        }
        checked += 1;
    }
    assert!(checked > 0, "no migrations found in {}", dir.display());
}
