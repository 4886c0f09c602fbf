//! The learner's commands: status, list, check, hint, db.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, bail};
use harness::embedded::{Embedded, Started};
use harness::locate::{self, block_on};

use crate::libtest::{self, TestRun};
use crate::manifest::{Exercise, Manifest};
use crate::progress;

/// The workbook's root: this checkout, or `WORKBOOK_ROOT` (the runner's own tests point it at
/// a small fixture workbook).
pub fn root() -> PathBuf {
    std::env::var_os("WORKBOOK_ROOT")
        .map(PathBuf::from)
        .unwrap_or_else(harness::workspace::root)
}

/// Find (or start) PostgreSQL and say which one, or explain in one paragraph why there is none.
pub fn ensure_database() -> anyhow::Result<harness::Server> {
    let configured = locate::configured();
    let started = if configured.is_none() {
        Some(Embedded::locate()?.ensure_running()?)
    } else {
        None
    };
    let server = harness::locate()?;
    block_on(server.connect())?;
    let how = match started {
        Some(Started::Now { initialized, took }) => format!(
            ", {} in {:.1} s",
            if initialized {
                "created and started"
            } else {
                "started"
            },
            took.as_secs_f32()
        ),
        Some(Started::AlreadyRunning) => ", already running".into(),
        None => String::new(),
    };
    println!(
        "PostgreSQL: {} ({}){how}",
        server.redacted_url(),
        server.origin
    );
    Ok(server)
}

/// The verdict on one exercise after a level's tests ran.
pub enum State {
    Done,
    Todo(String),
    NotBuilt,
}

pub fn state_of(run: &TestRun, exercise: &Exercise) -> State {
    if run.build_errors.is_some() {
        return State::NotBuilt;
    }
    let prefix = exercise.test_prefix();
    let results: Vec<_> = run.with_prefix(&prefix).collect();
    if results.is_empty() {
        return State::Todo(format!(
            "no tests named {prefix}* ran: is `mod {};` in levels/level{}/tests/checks/main.rs?",
            exercise.id, exercise.level
        ));
    }
    match results.iter().find(|r| !r.passed) {
        None => State::Done,
        Some(failed) => State::Todo(format!(
            "{}: {}",
            failed.name,
            libtest::panic_message(run.failures.get(&failed.name).map_or("", String::as_str))
        )),
    }
}

/// The level's checks whose names start with any of `filters` (all of them when empty).
fn run_level(level: u32, filters: &[&str]) -> anyhow::Result<TestRun> {
    let package = format!("level{level}");
    let mut args = vec!["-p", package.as_str(), "--no-fail-fast", "--"];
    args.extend_from_slice(filters);
    libtest::cargo_test(&root(), &args, &[])
}

fn print_build_errors(level: u32, run: &TestRun) {
    if let Some(errors) = &run.build_errors {
        println!(
            "\nLevel {level} does not compile, so none of its checks could run. rustc says:\n\n{errors}\n"
        );
    }
}

/// A level's exercises with their states, and the test run that produced the fresh ones.
pub type LevelStates = (Vec<(Exercise, State)>, Option<TestRun>);

/// Each exercise's state: the saved verdict when its file has not changed since, else a fresh
/// one from running its checks (only the changed exercises' checks run).
pub fn current_states(manifest: &Manifest, level: u32) -> anyhow::Result<LevelStates> {
    let exercises: Vec<&Exercise> = manifest.in_level(level).collect();
    let stale: Vec<&Exercise> = exercises
        .iter()
        .copied()
        .filter(|e| {
            progress::record(&e.id).map(|r| r.hash)
                != Some(progress::file_hash(&root().join(e.file())))
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
        run = Some(run_level(level, &filters)?);
    }
    let mut states = Vec::new();
    for exercise in exercises {
        let state = match &run {
            Some(run) if stale.iter().any(|s| s.id == exercise.id) => {
                let state = state_of(run, exercise);
                if !matches!(state, State::NotBuilt) {
                    progress::save(
                        &exercise.id,
                        matches!(state, State::Done),
                        &progress::file_hash(&root().join(exercise.file())),
                    );
                }
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

pub fn status() -> anyhow::Result<ExitCode> {
    let manifest = Manifest::load(&root())?;
    ensure_database()?;
    let style = Style::detect();
    let mut next: Option<(Exercise, String)> = None;
    let (mut done_total, total) = (0, manifest.exercises.len());
    for level in &manifest.levels {
        let (states, run) = current_states(&manifest, level.number)?;
        let done = states
            .iter()
            .filter(|(_, s)| matches!(s, State::Done))
            .count();
        done_total += done;
        println!(
            "\nLevel {}: {}  [{}/{} done]  ({})",
            level.number,
            level.title,
            done,
            states.len(),
            level.book
        );
        for (exercise, state) in &states {
            let mark = match state {
                State::Done => style.green("done"),
                State::Todo(_) => style.yellow("todo"),
                State::NotBuilt => style.red(" ?? "),
            };
            println!(
                "  {mark}  {:<28} {} ({})",
                exercise.id, exercise.title, exercise.track
            );
            if next.is_none() {
                match state {
                    State::Done => {}
                    State::Todo(why) => next = Some((exercise.clone(), why.clone())),
                    State::NotBuilt => {
                        next = Some((
                            exercise.clone(),
                            "the level does not compile (see above)".into(),
                        ))
                    }
                }
            }
        }
        if let Some(run) = &run {
            print_build_errors(level.number, run);
        }
    }
    println!("\n{}", bar(done_total, total, &style));
    match next {
        Some((exercise, why)) => {
            let why = why.lines().next().unwrap_or_default();
            println!(
                "\nNext: {} ({} track): {}\n  edit   {}\n  read   {}\n  check  cargo workbook check {}\n  hint   cargo workbook hint {}\n  now    {why}",
                exercise.id,
                exercise.track,
                exercise.title,
                exercise.file().display(),
                exercise.book,
                exercise.id,
                exercise.id
            );
        }
        None => println!("\nEvery exercise is done. Well worked!"),
    }
    Ok(ExitCode::SUCCESS)
}

fn bar(done: usize, total: usize, style: &Style) -> String {
    if !style.color {
        return format!("Progress: {done}/{total} done");
    }
    let width = 30;
    let filled = (done * width).checked_div(total).unwrap_or(0);
    format!(
        "Progress: [{}{}] {done}/{total}",
        style.green(&"#".repeat(filled)),
        ".".repeat(width - filled)
    )
}

/// Colour on a terminal (unless NO_COLOR is set), plain text otherwise.
pub struct Style {
    pub color: bool,
}

impl Style {
    pub fn detect() -> Style {
        use std::io::IsTerminal;
        Style {
            color: std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
        }
    }

    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    pub fn green(&self, text: &str) -> String {
        self.paint("32", text)
    }

    pub fn yellow(&self, text: &str) -> String {
        self.paint("33", text)
    }

    pub fn red(&self, text: &str) -> String {
        self.paint("31", text)
    }
}

pub fn list() -> anyhow::Result<ExitCode> {
    let manifest = Manifest::load(&root())?;
    for level in &manifest.levels {
        println!("Level {}: {}", level.number, level.title);
        for exercise in manifest.in_level(level.number) {
            let mark = if progress::was_done(&exercise.id) {
                "done"
            } else {
                "    "
            };
            println!(
                "  {mark}  {:<26} {}",
                exercise.id,
                exercise.file().display()
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn check(target: &str) -> anyhow::Result<ExitCode> {
    let manifest = Manifest::load(&root())?;
    let (level, exercises): (u32, Vec<&Exercise>) = if let Some(n) = target
        .strip_prefix("level")
        .and_then(|n| n.parse::<u32>().ok())
    {
        (n, manifest.in_level(n).collect())
    } else {
        let exercise = manifest.find(target).with_context(|| {
            format!("there is no exercise `{target}` (see `cargo workbook list`)")
        })?;
        (exercise.level, vec![exercise])
    };
    if exercises.is_empty() {
        bail!("level {level} has no exercises (see `cargo workbook list`)");
    }
    ensure_database()?;
    let filter = (exercises.len() == 1).then(|| exercises[0].test_prefix());
    let run = run_level(level, filter.as_deref().as_slice())?;
    if run.build_errors.is_some() {
        print_build_errors(level, &run);
        return Ok(ExitCode::FAILURE);
    }
    let mut all_done = true;
    for exercise in &exercises {
        let state = state_of(&run, exercise);
        progress::save(
            &exercise.id,
            matches!(state, State::Done),
            &progress::file_hash(&root().join(exercise.file())),
        );
        match state {
            State::Done => println!("done  {}: every check passes.", exercise.id),
            State::Todo(_) | State::NotBuilt => {
                all_done = false;
                println!("todo  {} ({})", exercise.id, exercise.file().display());
                for result in run.with_prefix(&exercise.test_prefix()) {
                    if result.passed {
                        println!("        passed  {}", result.name);
                    } else {
                        let message = libtest::panic_message(
                            run.failures.get(&result.name).map_or("", String::as_str),
                        );
                        println!(
                            "        FAILED  {}\n{}",
                            result.name,
                            indent(&message, "                ")
                        );
                    }
                }
                println!("      Stuck? cargo workbook hint {}", exercise.id);
            }
        }
    }
    Ok(if all_done {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn indent(text: &str, prefix: &str) -> String {
    text.lines()
        .map(|l| format!("{prefix}{l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn hint(id: Option<&str>) -> anyhow::Result<ExitCode> {
    let manifest = Manifest::load(&root())?;
    let exercise = match id {
        Some(id) => manifest
            .find(id)
            .with_context(|| format!("there is no exercise `{id}` (see `cargo workbook list`)"))?,
        None => manifest
            .exercises
            .iter()
            .find(|e| !progress::was_done(&e.id))
            .context("every exercise is done; name one to see its hints: cargo workbook hint ID")?,
    };
    let shown = (progress::hints_shown(&exercise.id) + 1).min(exercise.hints.len());
    progress::set_hints_shown(&exercise.id, shown);
    println!("Hints for {} ({}):", exercise.id, exercise.file().display());
    for (n, hint) in exercise.hints.iter().take(shown).enumerate() {
        println!("\n{}. {hint}", n + 1);
    }
    if shown < exercise.hints.len() {
        println!(
            "\n({} of {} shown; ask again for the next.)",
            shown,
            exercise.hints.len()
        );
    } else {
        println!(
            "\n(That was the last hint. The book page: {})",
            exercise.book
        );
    }
    Ok(ExitCode::SUCCESS)
}

const DB_HELP: &str = "\
cargo workbook db COMMAND

The workbook's embedded PostgreSQL: a private server started from your local PostgreSQL
binaries, under the target directory, reachable through a unix socket only. When DATABASE_URL
is set (environment or .env), the workbook uses that server instead and these commands say so.

COMMANDS:
    start        Start it (tests and the runner also start it when needed)
    stop         Stop it
    status       Where it is and whether it runs
    url          The URL tests use (starts the server if needed)
    psql [DB]    Open psql on it, on the database DB if given
    clean        Drop the databases kept by failed tests

EXAMPLE:
    cargo workbook db psql wbt_insert_sqlx_alice_is_stored_and_her_id_comes_back_2a1f0
";

pub fn db(args: &[&str]) -> anyhow::Result<ExitCode> {
    match args {
        ["start"] => {
            ensure_database()?;
        }
        ["stop"] => {
            let embedded = Embedded::locate()?;
            if embedded.stop()? {
                println!(
                    "Stopped the embedded PostgreSQL ({}).",
                    embedded.dir.display()
                );
            } else {
                println!("The embedded PostgreSQL was not running.");
            }
        }
        ["status"] => {
            if let Some(server) = locate::configured() {
                println!(
                    "DATABASE_URL is set ({}): {}\nThe workbook uses that server; the embedded one is not used.",
                    server.origin,
                    server.redacted_url()
                );
            }
            match Embedded::locate() {
                Ok(embedded) => println!(
                    "Embedded PostgreSQL: {}\n  data    {}\n  socket  {}\n  log     {}\n  url     {}",
                    if embedded.is_running() {
                        "running"
                    } else {
                        "stopped"
                    },
                    embedded.data.display(),
                    embedded.socket_dir.display(),
                    embedded.log.display(),
                    embedded.url()
                ),
                Err(e) => println!("Embedded PostgreSQL: not available. {e}"),
            }
        }
        ["url"] => {
            println!("{}", harness::locate()?.url);
        }
        ["psql", rest @ ..] if rest.len() <= 1 => {
            let server = harness::locate()?;
            let url = match rest.first() {
                Some(db) => server.url_for(db),
                None => server.url.clone(),
            };
            return psql(&url);
        }
        ["clean"] => {
            let server = ensure_database()?;
            let dropped = crate::verify::drop_test_databases(&server)?;
            println!("Dropped {dropped} kept test database(s).");
        }
        _ => {
            print!("{DB_HELP}");
            return Ok(if matches!(args, ["--help" | "-h"] | []) {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(2)
            });
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn psql(url: &str) -> anyhow::Result<ExitCode> {
    use std::os::unix::process::CommandExt;
    let program = harness::binaries::psql();
    let error = std::process::Command::new(&program).arg(url).exec();
    bail!(
        "could not run {}: {error}. psql comes with PostgreSQL's client package \
         (Debian/Ubuntu: postgresql-client).",
        program.display()
    )
}

/// `cargo workbook solution ID [--force]`: the reference answer, once the exercise passes.
pub fn solution(id: &str, force: bool) -> anyhow::Result<ExitCode> {
    let manifest = Manifest::load(&root())?;
    let exercise = manifest
        .find(id)
        .with_context(|| format!("there is no exercise `{id}` (see `cargo workbook list`)"))?;
    if !progress::was_done(id) {
        if !force {
            println!(
                "{id} does not pass yet (as of its last check), so its answer stays closed: \
                 `cargo workbook check {id}` to check it, `cargo workbook hint {id}` for a hint. \
                 `cargo workbook solution {id} --force` shows it anyway."
            );
            return Ok(ExitCode::FAILURE);
        }
        eprintln!("warning: {id} does not pass yet; reading the answer first teaches less.");
    }
    let path = root().join(exercise.solution());
    let text =
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    println!("{} (the reference answer)\n", exercise.solution().display());
    for line in text.lines().filter(|l| !l.contains("ANCHOR")) {
        println!("{line}");
    }
    Ok(ExitCode::SUCCESS)
}

/// `cargo workbook book`: build the book and open it in a browser.
pub fn book() -> anyhow::Result<ExitCode> {
    let status = std::process::Command::new("mdbook")
        .current_dir(root())
        .args(["build", "book", "--open"])
        .status();
    match status {
        Err(_) => {
            eprintln!(
                "mdbook is not installed. Install it with `cargo install mdbook --version 0.5.4 \
                 --locked`, or read the chapters as they are in book/src/."
            );
            Ok(ExitCode::from(2))
        }
        Ok(status) if status.success() => {
            println!(
                "The book is in {}",
                root().join("book/book/index.html").display()
            );
            Ok(ExitCode::SUCCESS)
        }
        Ok(_) => Ok(ExitCode::FAILURE),
    }
}
