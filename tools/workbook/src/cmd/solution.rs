//! `cargo workbook solution ID [--force]`: the reference answer, once the exercise passes.

use std::process::ExitCode;

use anyhow::Context;

use crate::progress;
use crate::workbook::Workbook;

/// Show the reference answer of an exercise that passes.
#[derive(Debug, clap::Args)]
#[command(after_help = "Example:\n  cargo workbook solution connect_sqlx")]
pub struct Args {
    /// The exercise
    #[arg(value_name = "ID")]
    pub id: String,
    /// Show it before the exercise passes (reading the answer first teaches less)
    #[arg(long)]
    pub force: bool,
}

pub fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let workbook = Workbook::open()?;
    let id = args.id.as_str();
    let exercise = workbook.exercise(id)?;
    if !progress::ever_passed(id) {
        if !args.force {
            println!(
                "{id} does not pass yet (as of its last check), so its answer stays closed: \
                 `cargo workbook check {id}` to check it, `cargo workbook hint {id}` for a hint. \
                 `cargo workbook solution {id} --force` shows it anyway."
            );
            return Ok(ExitCode::FAILURE);
        }
        eprintln!("warning: {id} does not pass yet; reading the answer first teaches less.");
    }
    let path = workbook.path(exercise.solution());
    let text =
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    println!("{} (the reference answer)\n", exercise.solution().display());
    for line in text.lines().filter(|l| !l.contains("ANCHOR")) {
        println!("{line}");
    }
    Ok(ExitCode::SUCCESS)
}
