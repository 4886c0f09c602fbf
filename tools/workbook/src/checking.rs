//! Running a level's checks for some of its exercises, and keeping each verdict with the hash
//! of the file it was given for (so `status` only checks again what changed).

use crate::libtest::{self, TestRun};
use crate::manifest::Exercise;
use crate::progress;
use crate::verdict::{State, state_of};
use crate::workbook::Workbook;

/// The level's checks whose names start with any of `filters` (all of them when empty).
pub fn run_level(workbook: &Workbook, level: u32, filters: &[&str]) -> anyhow::Result<TestRun> {
    let package = format!("level{level}");
    let mut args = vec!["-p", package.as_str(), "--no-fail-fast", "--"];
    args.extend_from_slice(filters);
    libtest::cargo_test(&workbook.root, &args, &[])
}

/// Say that a level does not compile, with rustc's errors.
pub fn print_build_errors(level: u32, run: &TestRun) {
    if let Some(errors) = &run.build_errors {
        println!(
            "\nLevel {level} does not compile, so none of its checks could run. rustc says:\n\n{errors}\n"
        );
    }
}

/// Keep `state` as the verdict on `exercise`'s file as it is now (not when it did not build:
/// that says nothing about the exercise).
pub fn save(workbook: &Workbook, exercise: &Exercise, state: &State) {
    if !matches!(state, State::NotBuilt) {
        let hash = progress::file_hash(&workbook.path(exercise.file()));
        progress::save(&exercise.id, state.is_done(), &hash);
    }
}

/// A level's exercises with their states, and the test run that produced the fresh ones.
pub type LevelStates = (Vec<(Exercise, State)>, Option<TestRun>);

/// Each exercise's state: the saved verdict when its file has not changed since, else a fresh
/// one from running its checks (only the changed exercises' checks run).
pub fn current_states(workbook: &Workbook, level: u32) -> anyhow::Result<LevelStates> {
    let exercises: Vec<&Exercise> = workbook.manifest.in_level(level).collect();
    let stale: Vec<&Exercise> = exercises
        .iter()
        .copied()
        .filter(|e| {
            progress::record(&e.id).map(|r| r.hash)
                != Some(progress::file_hash(&workbook.path(e.file())))
        })
        .collect();
    let mut run = None;
    if !stale.is_empty() {
        println!(
            "Checking {} exercise(s) of level {level} (the first build takes a few minutes)...",
            stale.len()
        );
        let prefixes: Vec<String> = stale.iter().map(|e| e.test_prefix()).collect();
        let filters: Vec<&str> = prefixes.iter().map(String::as_str).collect();
        run = Some(run_level(workbook, level, &filters)?);
    }
    let mut states = Vec::new();
    for exercise in exercises {
        let state = match &run {
            Some(run) if stale.iter().any(|s| s.id == exercise.id) => {
                let state = state_of(run, exercise);
                save(workbook, exercise, &state);
                state
            }
            _ => match progress::record(&exercise.id) {
                Some(record) if record.done => State::Done,
                _ => State::Todo(format!(
                    "not passing at its last check: `cargo workbook check {}` shows why",
                    exercise.id
                )),
            },
        };
        states.push((exercise.clone(), state));
    }
    Ok((states, run))
}
