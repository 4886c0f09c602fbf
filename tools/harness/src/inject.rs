//! Help from the server to make concurrency bugs show every time, for checks that look for
//! them: without it, two transactions that could interleave badly usually do not.

use sqlx::PgPool;

/// Make every row UPDATE of the `users` table take 3 ms while it holds its row lock (a BEFORE
/// UPDATE trigger that sleeps), so statements running at once really overlap: a lost update or
/// a lock-order deadlock then happens nearly every time instead of now and then.
pub async fn slow_down_updates_of_users(pool: &PgPool) -> Result<(), sqlx::Error> {
    sqlx::raw_sql(
        "CREATE FUNCTION workbook_slow_update() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN PERFORM pg_sleep(0.003); RETURN NEW; END $$;
         CREATE TRIGGER workbook_slow_update BEFORE UPDATE ON users
             FOR EACH ROW EXECUTE FUNCTION workbook_slow_update();",
    )
    .execute(pool)
    .await
    .map(|_| ())
}

/// Have PostgreSQL look for deadlocks after 100 ms instead of 1 s, in sessions of this
/// database opened from now on, so a check that provokes one fails fast. Only a superuser may;
/// for other users this does nothing (the default only makes such a check slower). The
/// database's name is quoted by the server (`%I`), not pasted by us.
pub async fn quick_deadlock_detection(pool: &PgPool) {
    let _ = sqlx::raw_sql(
        "DO $$ BEGIN
             EXECUTE format('ALTER DATABASE %I SET deadlock_timeout = %L',
                            current_database(), '100ms');
         END $$",
    )
    .execute(pool)
    .await;
}
