//! Running a level's checks for some of its exercises, and keeping each verdict with the hash
//! of the file it was given for (so `status` only checks again what changed).

use std::sync::atomic::{AtomicU32, Ordering};

use anyhow::Context;

use crate::class;
use crate::libtest::{self, TestRun};
use crate::manifest::Exercise;
use crate::progress;
use crate::verdict::{Failing, State, state_of};
use crate::wiring;
use crate::workbook::Workbook;

/// What `cargo test` builds and runs to check exercises: the level's check binary, and nothing
/// else (not the doc tests, not the unit tests of the library and the demos, each a build and
/// a link of its own: seconds of the learner's wait after every save).
pub const CHECK_TARGETS: &[&str] = &["--test", "checks"];

/// How many of one exercise's checks run at once.
const ONE_EXERCISE_CHECKS: u32 = 4;

/// The most checks to run at once, when the server has little room (see
/// [`crate::workbook::join_class`]); 0 when there is no such limit.
static CHECKS_AT_ONCE: AtomicU32 = AtomicU32::new(0);

/// Run at most `checks` checks at once from now on (unless RUST_TEST_THREADS says otherwise).
pub fn limit_checks_at_once(checks: u32) {
    CHECKS_AT_ONCE.store(checks, Ordering::Relaxed);
}

/// The slow checks of an exercise are the tests of a `slow` module in its checks (see the
/// manifest's `slow_checks`): libtest's `--skip` leaves out every test whose name holds this.
pub const SLOW_CHECKS: &str = "::slow::";

/// Whether a run includes the exercises' slow checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slow {
    Skip,
    Run,
}

/// One run of a level's checks, and the exercises set aside for it.
pub struct LevelRun {
    pub run: TestRun,
    /// Exercises that did not compile, compiled as shipped instead so that the others could be
    /// checked: each with rustc's errors about it.
    pub set_aside: Vec<SetAside>,
}

/// An exercise set aside: it did not compile, so it was compiled as shipped.
pub struct SetAside {
    pub exercise: Exercise,
    pub errors: String,
}

impl LevelRun {
    /// How `exercise` was set aside (its checks ran on the shipped file, not the learner's), if
    /// it was.
    pub fn set_aside_of(&self, exercise: &Exercise) -> Option<&SetAside> {
        self.set_aside.iter().find(|a| a.exercise.id == exercise.id)
    }
}

/// The level's checks whose names start with any of `filters` (all of them when empty).
///
/// When the level does not compile because of an exercise (its file, or its checks, which no
/// longer fit its file), that exercise is set aside, compiled from a copy of its file as shipped
/// (the learner's file is never moved or changed), and the checks run again, until the level
/// compiles. Exercises in `keep` are never set aside: a learner checking exercise X wants X's
/// own errors, and gets them.
pub fn run_level(
    workbook: &Workbook,
    level: u32,
    filters: &[&str],
    keep: &[&Exercise],
    slow: Slow,
) -> anyhow::Result<LevelRun> {
    let package = format!("level{level}");
    let mut set_aside: Vec<SetAside> = Vec::new();
    loop {
        let mut features: Vec<String> = set_aside
            .iter()
            .map(|a| wiring::set_aside_feature(&a.exercise))
            .collect();
        // For the project's own measurements (`bench --class`): check the reference answers.
        features.extend(std::env::var("WORKBOOK_CHECK_FEATURES").ok());
        let features = features.join(",");
        let mut args = vec!["-p", package.as_str(), "--no-fail-fast"];
        args.extend_from_slice(CHECK_TARGETS);
        if !features.is_empty() {
            args.extend(["--features", features.as_str()]);
        }
        args.push("--");
        args.extend_from_slice(filters);
        if slow == Slow::Skip {
            args.extend(["--skip", SLOW_CHECKS]);
        }
        // One exercise's checks mostly wait (on the database, on deliberate pauses): run them
        // four at a time rather than two on a 2-core machine, unless told otherwise. A level's
        // run at the machine's parallelism, as cargo test does.
        // A server with little room (see `limit_checks_at_once`) lowers either.
        let usual = if filters.len() == 1 {
            ONE_EXERCISE_CHECKS
        } else {
            std::thread::available_parallelism().map_or(1, |n| n.get() as u32)
        };
        let threads = match CHECKS_AT_ONCE.load(Ordering::Relaxed) {
            0 => usual,
            limit => limit.min(usual),
        };
        let threads = (filters.len() == 1 || threads < usual)
            .then(|| threads.to_string())
            .filter(|_| std::env::var_os("RUST_TEST_THREADS").is_none());
        let threads: Vec<(&str, &str)> = threads
            .as_deref()
            .map(|t| ("RUST_TEST_THREADS", t))
            .into_iter()
            .collect();
        let env = threads.as_slice();
        let run = libtest::cargo_test(&workbook.root, &args, env)?;
        let Some(errors) = &run.build_errors else {
            return Ok(LevelRun { run, set_aside });
        };
        let blocks = libtest::error_blocks(errors);
        let broken: Vec<SetAside> = workbook
            .manifest
            .in_level(level)
            .filter(|e| !keep.iter().any(|k| k.id == e.id))
            .filter(|e| !set_aside.iter().any(|a| a.exercise.id == e.id))
            .filter_map(|e| {
                let about: Vec<&str> = blocks
                    .iter()
                    .filter(|b| mentions(b, e))
                    .map(String::as_str)
                    .collect();
                (!about.is_empty()).then(|| SetAside {
                    exercise: e.clone(),
                    errors: about.concat(),
                })
            })
            .collect();
        if broken.is_empty() {
            return Ok(LevelRun { run, set_aside });
        }
        for aside in &broken {
            if let Err(why) = copy_as_shipped(workbook, &aside.exercise) {
                println!(
                    "(Could not set aside {}, which does not compile: {why:#})",
                    aside.exercise.file().display()
                );
                return Ok(LevelRun { run, set_aside });
            }
        }
        set_aside.extend(broken);
    }
}

/// Whether an error block is about `exercise`: in its file, or in its checks' file.
fn mentions(block: &str, exercise: &Exercise) -> bool {
    let file = format!("{}:", exercise.file().display());
    let checks = format!("{}:", exercise.checks().display());
    block.contains(&file) || block.contains(&checks)
}

/// Copy `exercise`'s file as shipped (from git) to the level's set-aside folder.
fn copy_as_shipped(workbook: &Workbook, exercise: &Exercise) -> anyhow::Result<()> {
    let shipped = workbook.shipped(exercise)?;
    let dir = workbook.path(wiring::set_aside_dir(exercise.level));
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    let to = dir.join(format!("{}.rs", exercise.id));
    std::fs::write(&to, shipped).with_context(|| format!("writing {}", to.display()))
}

/// Say that a level does not compile, with rustc's errors: those about `first` first.
pub fn print_build_errors(level: u32, run: &TestRun, first: Option<&Exercise>) {
    let Some(errors) = &run.build_errors else {
        return;
    };
    let mut blocks = libtest::error_blocks(errors);
    let what = match first {
        Some(first) if blocks.iter().any(|b| mentions(b, first)) => {
            blocks.sort_by_key(|b| !mentions(b, first));
            format!("{} does not compile", first.file().display())
        }
        _ => format!("Level {level} does not compile"),
    };
    println!(
        "\n{what}, so its checks could not run. rustc says:\n\n{}\n",
        blocks.concat().trim_end()
    );
}

/// Say which exercises were set aside, and why.
pub fn print_set_aside(level_run: &LevelRun) {
    for aside in &level_run.set_aside {
        let first = libtest::error_blocks(&aside.errors)
            .into_iter()
            .next()
            .unwrap_or_default();
        println!(
            "Set aside {} as shipped: it does not compile, so the other checks run without it \
             (your file is untouched). rustc's first error about it:\n{}",
            aside.exercise.file().display(),
            crate::style::indent(first.trim_end(), "    ")
        );
    }
}

/// Keep `state` as the verdict on `exercise`'s file as it is now, and record it (for `report`,
/// and for the class if there is one). A level that did not build says nothing about the
/// exercise: that is only recorded, as "does not compile", when its own file is to blame (see
/// [`record_not_compiling`]).
pub fn save(workbook: &Workbook, exercise: &Exercise, state: &State) {
    match state {
        State::NotBuilt => {}
        State::Done => class::record::note(&exercise.id, "done", None),
        State::Todo(failing) => class::record::note(
            &exercise.id,
            "todo",
            Some((&failing.check, &failing.message)),
        ),
    }
    if !matches!(state, State::NotBuilt) {
        let hash = progress::file_hash(&workbook.path(exercise.file()));
        progress::save(&exercise.id, state.is_done(), &hash);
    }
}

/// Record that `exercise`'s own file does not compile, with rustc's first error in `errors`.
pub fn record_not_compiling(exercise: &Exercise, errors: &str) {
    let first = libtest::error_blocks(errors)
        .into_iter()
        .next()
        .unwrap_or_default();
    class::record::note(&exercise.id, "does_not_compile", Some(("", &first)));
}

/// A level's exercises with their states, and the test run that produced the fresh ones.
pub type LevelStates = (Vec<(Exercise, State)>, Option<LevelRun>);

/// Each exercise's state: the saved verdict when its file has not changed since, else a fresh
/// one from running its checks (only the changed exercises' checks run).
pub fn current_states(workbook: &Workbook, level: u32) -> anyhow::Result<LevelStates> {
    let exercises: Vec<&Exercise> = workbook.in_level(level).collect();
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
            "{}",
            crate::lang::trf(
                "Checking {n} exercise(s) of level {level} (the first build takes a few \
                 minutes)...",
                &[("n", &stale.len()), ("level", &level)]
            )
        );
        let prefixes: Vec<String> = stale.iter().map(|e| e.test_prefix()).collect();
        let filters: Vec<&str> = prefixes.iter().map(String::as_str).collect();
        run = Some(run_level(workbook, level, &filters, &[], Slow::Skip)?);
    }
    let mut states = Vec::new();
    for exercise in exercises {
        let state = match &run {
            Some(level_run) if stale.iter().any(|s| s.id == exercise.id) => {
                let state = if let Some(aside) = level_run.set_aside_of(exercise) {
                    record_not_compiling(exercise, &aside.errors);
                    State::NotBuilt
                } else {
                    state_of(&level_run.run, exercise)
                };
                save(workbook, exercise, &state);
                state
            }
            _ => match progress::record(&exercise.id) {
                Some(record) if record.done => State::Done,
                _ => State::Todo(Failing::without_check(crate::lang::trf(
                    "not passing at its last check: `cargo workbook check {id}` shows why",
                    &[("id", &exercise.id)],
                ))),
            },
        };
        states.push((exercise.clone(), state));
    }
    class::record::flush();
    Ok((states, run))
}
