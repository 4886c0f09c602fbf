//! Holding a transaction half way, on purpose: a trigger makes one chosen UPDATE wait for an
//! advisory lock that the check holds, so the check can look at the database from outside
//! while the code under check is stopped in the middle of its work.

use sqlx::PgPool;

/// Make row UPDATE number `n` of `users` (counting from 1, whatever session runs it) wait for
/// advisory lock `key` first, so the test can hold a transaction there, half done, and look
/// at the database from outside.
pub async fn gate_update_number(pool: &PgPool, n: i64, key: i64) {
    sqlx::raw_sql(
        "CREATE SEQUENCE gate_count;
         CREATE TABLE gate_at (n bigint NOT NULL, key bigint NOT NULL);
         CREATE FUNCTION gate() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
             IF nextval('gate_count') = (SELECT n FROM gate_at) THEN
                 PERFORM pg_advisory_xact_lock((SELECT key FROM gate_at));
             END IF;
             RETURN NEW;
         END $$;
         CREATE TRIGGER gate BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION gate();",
    )
    .execute(pool)
    .await
    .expect("test setup: the gate trigger");
    sqlx::query("INSERT INTO gate_at VALUES ($1, $2)")
        .bind(n)
        .bind(key)
        .execute(pool)
        .await
        .expect("test setup: choosing the gated UPDATE");
}
