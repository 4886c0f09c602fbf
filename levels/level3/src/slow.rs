//! Slow work the pitfalls need, given as it would be in a real program: a report renderer that
//! takes its time (async), and a deliberately slow password hash (blocking, like bcrypt).

use std::time::Duration;

use crate::models::User;

/// Render a report of `users`. Takes 200 ms, the way a template engine or a PDF writer would.
pub async fn render_slowly(users: &[User]) -> String {
    tokio::time::sleep(Duration::from_millis(200)).await;
    users
        .iter()
        .map(|u| format!("{:>6}  {:<30}  {:>12}\n", u.id, u.name, u.balance))
        .collect()
}

/// Hash a password, slowly on purpose (300 ms, like bcrypt with a high cost): slowness is what
/// makes stolen hashes expensive to crack. A plain, blocking function: it holds its thread.
pub fn slow_hash(password: &str) -> String {
    std::thread::sleep(Duration::from_millis(300));
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in password.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("fnv1a:{hash:016x}")
}

/// The monthly statement's query: slow (5 s) on purpose, like a report over years of history.
pub const STATEMENT_QUERY: &str = "SELECT 'statement for user ' || $1::bigint || pg_sleep(5)::text";
