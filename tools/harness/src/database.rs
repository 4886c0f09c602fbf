//! Creating and dropping databases by name.
//!
//! PostgreSQL cannot take a database name as a bound parameter (`CREATE DATABASE $1` is a syntax
//! error), so these statements are the one place the harness puts a name into SQL text. That is
//! safe only because a [`DbName`] can hold nothing but `[a-z0-9_]`, checked when it is made, and
//! is quoted as an identifier on top. Everything else binds its values.

use std::sync::atomic::{AtomicU32, Ordering};

use sqlx::postgres::PgConnection;
use sqlx::{AssertSqlSafe, Executor};

/// Prefix of every per-test database, so leftovers are easy to find (and to check for).
pub const TEST_PREFIX: &str = "wbt_";

/// Prefix of the per-level template databases.
pub const TEMPLATE_PREFIX: &str = "wbtpl_";

/// A database name made only of lowercase ASCII letters, digits and `_`, starting with a letter,
/// at most 63 bytes (PostgreSQL's limit).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DbName(String);

impl DbName {
    pub fn new(name: &str) -> Option<DbName> {
        let valid = !name.is_empty()
            && name.len() <= 63
            && name.starts_with(|c: char| c.is_ascii_lowercase())
            && name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        valid.then(|| DbName(name.to_string()))
    }

    /// A unique name for a test's database that still says whose it is and which test it
    /// belongs to: `wbt_3f2a_insert_sqlx_returns_the_id_5d41c2_1a2b3`, `3f2a` being the
    /// learner's tag (see [`crate::learner`]). The readable part is cut to fit PostgreSQL's 63
    /// bytes, so a hash of the whole test name follows it: two tests whose names only differ past
    /// the cut still get different families (see [`DbName::family`]; a failing test drops the
    /// earlier databases of its own family, never another test's, never another learner's).
    pub fn for_test(learner_tag: &str, test_name: &str) -> DbName {
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let unique = format!(
            "{:x}{:x}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        );
        let test = format!("{:06x}", fnv1a(test_name.as_bytes()) & 0xff_ffff);
        let mut readable = String::new();
        for c in test_name.chars() {
            let c = c.to_ascii_lowercase();
            if c.is_ascii_lowercase() || c.is_ascii_digit() {
                readable.push(c);
            } else if !readable.ends_with('_') && !readable.is_empty() {
                readable.push('_');
            }
        }
        let prefix = format!("{TEST_PREFIX}{learner_tag}_");
        let room = 63 - prefix.len() - test.len() - unique.len() - 2;
        readable.truncate(room);
        let readable = readable.trim_end_matches('_');
        DbName::new(&format!("{prefix}{readable}_{test}_{unique}"))
            .expect("built from the allowed alphabet only")
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The name without its unique suffix: the same for every run of one test.
    pub fn family(&self) -> &str {
        self.0
            .rsplit_once('_')
            .map_or(&self.0, |(family, _)| family)
    }

    /// The name as a quoted SQL identifier (also used for role names, which follow the same
    /// rule: see the runner's `class` module).
    pub fn ident(&self) -> String {
        format!("\"{}\"", self.0)
    }
}

impl std::fmt::Display for DbName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// `CREATE DATABASE name TEMPLATE template`.
pub async fn create(
    admin: &mut PgConnection,
    name: &DbName,
    template: &DbName,
) -> Result<(), sqlx::Error> {
    let sql = format!(
        "CREATE DATABASE {} TEMPLATE {}",
        name.ident(),
        template.ident()
    );
    admin.execute(AssertSqlSafe(sql)).await.map(|_| ())
}

/// Drop a database even if sessions are still connected to it (they are ended).
pub async fn drop(admin: &mut PgConnection, name: &DbName) -> Result<(), sqlx::Error> {
    let sql = format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", name.ident());
    admin.execute(AssertSqlSafe(sql)).await.map(|_| ())
}

/// `ALTER DATABASE from RENAME TO to`.
pub async fn rename(
    admin: &mut PgConnection,
    from: &DbName,
    to: &DbName,
) -> Result<(), sqlx::Error> {
    let sql = format!("ALTER DATABASE {} RENAME TO {}", from.ident(), to.ident());
    admin.execute(AssertSqlSafe(sql)).await.map(|_| ())
}

/// Forbid new connections to a database (templates: nobody should work in them by accident).
pub async fn close_to_connections(
    admin: &mut PgConnection,
    name: &DbName,
) -> Result<(), sqlx::Error> {
    let sql = format!(
        "ALTER DATABASE {} WITH ALLOW_CONNECTIONS false",
        name.ident()
    );
    admin.execute(AssertSqlSafe(sql)).await.map(|_| ())
}

/// Names of the databases whose name starts with `prefix` and that belong to the role `admin`
/// is connected as. On a server shared by a classroom (a role per learner), another learner's
/// databases are never listed, so never reused or dropped (see [`crate::learner`]).
pub async fn named_like(
    admin: &mut PgConnection,
    prefix: &str,
) -> Result<Vec<String>, sqlx::Error> {
    let pattern = format!("{}%", prefix.replace('_', "\\_"));
    sqlx::query_scalar(
        "SELECT datname::text FROM pg_database \
         WHERE datname LIKE $1 AND datdba = (SELECT oid FROM pg_roles WHERE rolname = current_user) \
         ORDER BY 1",
    )
    .bind(pattern)
    .fetch_all(admin)
    .await
}

/// Drop every database whose name starts with `prefix`; returns their names.
pub async fn drop_named_like(
    admin: &mut PgConnection,
    prefix: &str,
) -> Result<Vec<String>, sqlx::Error> {
    let names = named_like(admin, prefix).await?;
    for name in names.iter().filter_map(|n| DbName::new(n)) {
        drop(admin, &name).await?;
    }
    Ok(names)
}

/// FNV-1a, 32 bits: a stable hash (the same in every process and release, unlike std's).
pub(crate) fn fnv1a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |hash, byte| {
        (hash ^ u32::from(*byte)).wrapping_mul(0x0100_0193)
    })
}

#[cfg(test)]
mod tests {
    use super::DbName;

    #[test]
    fn only_plain_names_are_accepted() {
        assert!(DbName::new("wbt_ok_1").is_some());
        for bad in ["", "1abc", "Upper", "a\"b", "a;b", "a b", &"a".repeat(64)] {
            assert!(DbName::new(bad).is_none(), "{bad:?} was accepted");
        }
    }

    #[test]
    fn test_names_become_readable_unique_names() {
        let a = DbName::for_test("3f2a", "insert_sqlx::Returns-the id");
        let b = DbName::for_test("3f2a", "insert_sqlx::Returns-the id");
        assert!(
            a.as_str()
                .starts_with("wbt_3f2a_insert_sqlx_returns_the_id_"),
            "{a}"
        );
        assert_ne!(a, b);
        assert_eq!(a.family(), b.family());
        assert!(
            a.family()
                .starts_with("wbt_3f2a_insert_sqlx_returns_the_id_")
        );
        let long = DbName::for_test("3f2a", &"x".repeat(200));
        assert!(long.as_str().len() <= 63);
        let other = DbName::for_test("9c01", "insert_sqlx::Returns-the id");
        assert_ne!(a.family(), other.family(), "another learner's family");
    }

    #[test]
    fn tests_that_differ_past_the_cut_are_different_families() {
        let stem = "store_sqlx::wrong_transfer_without_row_locks::checks::";
        let a = DbName::for_test(
            "3f2a",
            &format!("{stem}transfer_moves_money_or_says_why_not"),
        );
        let b = DbName::for_test("3f2a", &format!("{stem}transfer_moves_money_under_load"));
        assert_ne!(a.family(), b.family(), "{a} and {b}");
    }
}
