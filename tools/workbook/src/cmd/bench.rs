//! `cargo workbook bench [levelN]`: where a learner's wait goes. For one exercise of each level,
//! it marks the exercise file as just saved (its modification time only: the content is never
//! touched), then measures what `cargo workbook check` does after a save: the build (compile
//! and link), then the checks themselves (the test binary, databases included); and the whole
//! of `check` once more, as a learner meets it. It reports numbers; nothing passes or fails.

use std::path::Path;
use std::process::{Command, ExitCode, Stdio};
use std::time::{Instant, SystemTime};

use anyhow::Context;

use crate::manifest::Exercise;
use crate::workbook::{self, Workbook};

/// Measure the wait after a save, per level (for contributors)
#[derive(Debug, clap::Args)]
#[command(after_help = "Example:\n  cargo workbook bench level4")]
pub struct Args {
    /// One level (default: all), as `levelN`
    #[arg(value_name = "levelN")]
    pub level: Option<String>,
    /// How many saves to measure per level (the median is reported)
    #[arg(long, default_value_t = 3)]
    pub runs: usize,
    /// Measure instead how many connections the checks open (the class budget's numbers)
    #[arg(long)]
    pub connections: bool,
    /// Rehearse a class instead: this many learners checking at the same moment on one server
    #[arg(long, value_name = "LEARNERS")]
    pub class: Option<u32>,
    /// With --class: start the learners one after another over this many seconds
    #[arg(
        long,
        value_name = "SECONDS",
        default_value_t = 0.0,
        requires = "class"
    )]
    pub spread: f64,
}

pub fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let workbook = Workbook::open()?;
    let server = workbook::database()?;
    let only: Option<u32> = args
        .level
        .as_deref()
        .and_then(|l| l.strip_prefix("level")?.parse().ok());
    if let Some(learners) = args.class {
        crate::class::rehearsal::run(&workbook, learners, args.spread)?;
        return Ok(ExitCode::SUCCESS);
    }
    if args.connections {
        crate::class::measure::run(&workbook, &server, only)?;
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "\n{:<8} {:<26} {:>9} {:>9} {:>9} {:>9}",
        "level", "exercise", "build s", "checks s", "check s", "solved s"
    );
    for level in &workbook.manifest.levels {
        if only.is_some_and(|n| n != level.number) {
            continue;
        }
        // The first exercise of the level: any one is built and linked the same way.
        let Some(exercise) = workbook.manifest.in_level(level.number).next() else {
            continue;
        };
        // Once, so that what is measured is a save, not the first build.
        cargo(&workbook.root, exercise, true)?;
        let (mut build, mut checks, mut whole) = (Vec::new(), Vec::new(), Vec::new());
        // The checks once the exercise is solved: they run to the end instead of stopping at
        // the first todo!(), and some (a server stopped under the service) take longer.
        cargo_with(&workbook.root, exercise, true, true)?;
        let mut solved = Vec::new();
        for _ in 0..args.runs.max(1) {
            solved.push(cargo_with(&workbook.root, exercise, false, true)?);
        }
        for _ in 0..args.runs.max(1) {
            touch(&workbook.path(exercise.file()))?;
            build.push(cargo(&workbook.root, exercise, true)?);
            checks.push(cargo(&workbook.root, exercise, false)?);
            touch(&workbook.path(exercise.file()))?;
            whole.push(check(exercise)?);
        }
        println!(
            "{:<8} {:<26} {:>9.1} {:>9.1} {:>9.1} {:>9.1}",
            format!("level{}", level.number),
            exercise.id,
            median(&mut build),
            median(&mut checks),
            median(&mut whole),
            median(&mut solved)
        );
    }
    println!(
        "\nbuild: cargo test --no-run after a save (compile and link); checks: the checks of that \
         exercise as shipped, built already; check: `cargo workbook check ID` after a save, as a \
         learner waits for it; solved: the checks on the reference answer (all run to the end). \
         Medians of {} runs.",
        args.runs.max(1)
    );
    Ok(ExitCode::SUCCESS)
}

/// Mark `path` as saved now, without changing a byte of it.
fn touch(path: &Path) -> anyhow::Result<()> {
    let file = std::fs::File::options()
        .append(true)
        .open(path)
        .with_context(|| format!("opening {}", path.display()))?;
    file.set_modified(SystemTime::now())
        .with_context(|| format!("touching {}", path.display()))
}

/// The time of `cargo test` for `exercise`'s checks, only building (`--no-run`) or running.
fn cargo(root: &Path, exercise: &Exercise, build_only: bool) -> anyhow::Result<f64> {
    cargo_with(root, exercise, build_only, false)
}

/// [`cargo`], on the reference answers with `solutions`.
fn cargo_with(
    root: &Path,
    exercise: &Exercise,
    build_only: bool,
    solutions: bool,
) -> anyhow::Result<f64> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let package = format!("level{}", exercise.level);
    let mut command = Command::new(cargo);
    command
        .current_dir(root)
        .args(["test", "-q", "-p", &package])
        .args(crate::checking::CHECK_TARGETS)
        .args(if solutions {
            &["--features", "solutions"][..]
        } else {
            &[]
        })
        .env("WORKBOOK_KEEP_FAILED", "0")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    if build_only {
        command.arg("--no-run");
    } else {
        // As `check` runs one exercise's checks.
        command
            .env("RUST_TEST_THREADS", "4")
            .args(["--", &exercise.test_prefix()]);
    }
    timed(&mut command)
}

/// The time of `cargo workbook check ID`, as a learner runs it.
fn check(exercise: &Exercise) -> anyhow::Result<f64> {
    let me = std::env::current_exe().context("finding the runner")?;
    timed(
        Command::new(me)
            .args(["check", &exercise.id])
            .env("WORKBOOK_KEEP_FAILED", "0")
            .stdout(Stdio::null())
            .stderr(Stdio::null()),
    )
}

fn timed(command: &mut Command) -> anyhow::Result<f64> {
    let began = Instant::now();
    command.status().context("running cargo")?;
    Ok(began.elapsed().as_secs_f64())
}

fn median(times: &mut [f64]) -> f64 {
    times.sort_by(f64::total_cmp);
    times.get(times.len() / 2).copied().unwrap_or(0.0)
}
