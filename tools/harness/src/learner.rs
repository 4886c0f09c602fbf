//! Whose databases these are, on a server shared by a classroom.
//!
//! Two setups keep learners apart on one server. With a role per learner (the recommended one),
//! every database belongs to the role that made it, and the harness only ever lists, reuses or
//! drops databases the connected role owns ([`crate::database::named_like`]): another learner's
//! are never seen, let alone dropped. With one role shared by the room, ownership cannot tell
//! learners apart, so every test database's name carries the learner's [`tag`]: a short hash of
//! the role and the learner's name, which a learner's `db clean` and a failing check's cleanup
//! match on, and nothing else.
//!
//! The learner's name is `WORKBOOK_LEARNER`, else the operating system's user name (`USER`,
//! `USERNAME`): on lab machines each seat has its own account, so it differs from seat to seat.

use crate::database::fnv1a;
use crate::server::Server;

/// The learner's name, as the tag and reports use it.
pub fn name() -> String {
    ["WORKBOOK_LEARNER", "USER", "USERNAME"]
        .iter()
        .find_map(|var| std::env::var(var).ok().filter(|v| !v.trim().is_empty()))
        .unwrap_or_else(|| "learner".to_string())
}

/// The role `server`'s URL connects as.
pub fn role(server: &Server) -> String {
    server
        .options()
        .map(|o| o.get_username().to_string())
        .unwrap_or_default()
}

/// Four hex digits that set this learner's test databases apart from another's: a hash of the
/// role and the learner's name.
pub fn tag(server: &Server) -> String {
    format!(
        "{:04x}",
        fnv1a(format!("{}/{}", role(server), name()).as_bytes()) & 0xffff
    )
}

/// Four hex digits for the role alone, for what learners sharing a role may share (a level's
/// template database).
pub fn role_tag(server: &Server) -> String {
    format!("{:04x}", fnv1a(role(server).as_bytes()) & 0xffff)
}
