//! `cargo workbook sync`: write the wiring of the wrong-answer set
//! (`levels/levelN/tests/answers/{mod,main}.rs`) from the answer files (see `answer_set`).

use std::process::ExitCode;

use crate::answer_set::{Kind, discover, sync_quietly};
use crate::workbook::Workbook;

/// Rewrite the wiring of the wrong-answer set (for contributors).
#[derive(Debug, clap::Args)]
#[command(
    long_about = "Writes levels/levelN/tests/answers/mod.rs and main.rs, which compile the \
                  wrong-answer set and run each exercise's checks on each answer, from the answer \
                  files in that folder. Run it after adding or renaming an answer; verify says when \
                  it is needed.",
    after_help = "Example:\n  cargo workbook sync"
)]
pub struct Args {}

pub fn run(_: &Args) -> anyhow::Result<ExitCode> {
    let Workbook { root, manifest } = Workbook::open()?;
    let (answers, problems) = discover(&root, &manifest);
    for problem in &problems {
        eprintln!("problem: {problem}");
    }
    let written = sync_quietly(&root, &manifest)?;
    for path in &written {
        println!("wrote {}", path.display());
    }
    println!(
        "{} answers ({} wrong, {} right); {} file(s) written",
        answers.len(),
        answers
            .iter()
            .filter(|a| matches!(a.kind, Kind::Wrong { .. }))
            .count(),
        answers.iter().filter(|a| a.kind == Kind::Right).count(),
        written.len()
    );
    Ok(if problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
