//! A classroom: one PostgreSQL server for the room, a role per learner, and a progress database
//! the instructor reads.
//!
//! `cargo workbook class init` (see [`roles`]) makes the roles and the progress database, whose
//! name is in every learner's `DATABASE_URL`. That is how the runner knows it is in a class: the
//! database its URL names holds the table [`VERDICTS`]. It then records every verdict there
//! ([`record`]), and the instructor's board ([`board`], [`web`]) reads them. What is recorded is
//! a [`Record`]: the learner, the exercise, the status, the failing check's name and the first
//! line of its message, the time. No code leaves the learner's machine.

pub mod board;
pub mod budget;
pub mod measure;
pub mod record;
pub mod rehearsal;
pub mod roles;
pub mod secret;
pub mod web;

use serde::{Deserialize, Serialize};

/// The progress database `class init` makes, unless told another name.
pub const PROGRESS_DATABASE: &str = "workbook_class";

/// The table of verdicts; its presence in the database a URL names marks a class.
pub const VERDICTS: &str = "workbook_verdicts";

/// The setting that turns recording off for one learner (environment or `.env`).
pub const OPT_OUT: &str = "WORKBOOK_CLASS_RECORD";

/// The progress database's tables. Learners may add verdicts and claim a seat, as themselves
/// only (row security: `role = current_user`); they read nobody's verdicts. The instructor's
/// role owns the tables and reads everything.
const SCHEMA: &[&str] = &[
    // A role per learner, or (shared) one role for the room whose learners give their names.
    "CREATE TABLE IF NOT EXISTS workbook_learners (
        role name PRIMARY KEY,
        shared boolean NOT NULL DEFAULT false,
        added timestamptz NOT NULL DEFAULT now())",
    "CREATE TABLE IF NOT EXISTS workbook_seats (
        role name NOT NULL DEFAULT current_user,
        learner text NOT NULL,
        machine text NOT NULL,
        first_seen timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (role, learner))",
    "CREATE TABLE IF NOT EXISTS workbook_verdicts (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        role name NOT NULL DEFAULT current_user,
        learner text NOT NULL,
        exercise text NOT NULL,
        status text NOT NULL CHECK (status IN ('done', 'todo', 'does_not_compile')),
        failing_check text,
        message text,
        at timestamptz NOT NULL DEFAULT now())",
    "CREATE INDEX IF NOT EXISTS workbook_verdicts_by_learner
        ON workbook_verdicts (learner, exercise, at)",
    "ALTER TABLE workbook_verdicts ENABLE ROW LEVEL SECURITY",
    "ALTER TABLE workbook_seats ENABLE ROW LEVEL SECURITY",
    "DROP POLICY IF EXISTS as_themselves ON workbook_verdicts",
    "CREATE POLICY as_themselves ON workbook_verdicts FOR INSERT WITH CHECK (role = current_user)",
    "DROP POLICY IF EXISTS their_seats ON workbook_seats",
    "CREATE POLICY their_seats ON workbook_seats USING (role = current_user)
        WITH CHECK (role = current_user)",
    "REVOKE ALL ON workbook_learners, workbook_seats, workbook_verdicts FROM PUBLIC",
    "GRANT SELECT ON workbook_learners TO PUBLIC",
    "GRANT SELECT, INSERT ON workbook_seats TO PUBLIC",
    "GRANT INSERT ON workbook_verdicts TO PUBLIC",
];

/// One verdict on one exercise, as the class's progress database keeps it and as
/// `cargo workbook report` prints it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    pub learner: String,
    pub exercise: String,
    /// `done`, `todo` or `does_not_compile`.
    pub status: String,
    /// The first failing check's name, when a check failed.
    pub failing_check: Option<String>,
    /// The first line of what it said (or of rustc's first error).
    pub message: Option<String>,
    /// When, as RFC 3339 UTC.
    pub at: String,
}

/// The first line of `text`, at most 200 characters: what a board has room for.
pub fn first_line(text: &str) -> String {
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    // PostgreSQL's text cannot hold NUL.
    let line = line.replace('\0', "");
    let line = line.as_str();
    match line.char_indices().nth(200) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None => line.to_string(),
    }
}
