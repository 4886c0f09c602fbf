//! Verdicts: what a run of a level's checks means for one exercise, in words.

use crate::libtest::{self, TestRun};
use crate::manifest::Exercise;

/// The verdict on one exercise after a level's checks ran.
pub enum State {
    /// Every check passed.
    Done,
    /// A check failed: the first failure.
    Todo(Failing),
    /// It did not compile (or its level did not), so it could not be checked.
    NotBuilt,
}

/// The first failing check of an exercise, and what it said.
#[derive(Debug, Clone)]
pub struct Failing {
    /// The check's (test's) name; empty when no check could say (none ran).
    pub check: String,
    pub message: String,
}

impl Failing {
    /// A failure no single check stands for.
    pub fn without_check(message: String) -> Failing {
        Failing {
            check: String::new(),
            message,
        }
    }
}

impl std::fmt::Display for Failing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.check.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.check, self.message)
        }
    }
}

impl State {
    pub fn is_done(&self) -> bool {
        matches!(self, State::Done)
    }
}

/// The verdict on `exercise` in `run`.
pub fn state_of(run: &TestRun, exercise: &Exercise) -> State {
    if run.build_errors.is_some() {
        return State::NotBuilt;
    }
    let prefix = exercise.test_prefix();
    let results: Vec<_> = run.with_prefix(&prefix).collect();
    if results.is_empty() {
        return State::Todo(Failing::without_check(format!(
            "no tests named {prefix}* ran: is `mod {};` in levels/level{}/tests/checks/main.rs?",
            exercise.id, exercise.level
        )));
    }
    match results.iter().find(|r| !r.passed) {
        None => State::Done,
        Some(failed) => State::Todo(Failing {
            check: failed.name.clone(),
            message: failure_of(run, &failed.name),
        }),
    }
}

/// What the failed test `name` said, in the learner's words (its panic message).
pub fn failure_of(run: &TestRun, name: &str) -> String {
    libtest::panic_message(run.failures.get(name).map_or("", String::as_str))
}
