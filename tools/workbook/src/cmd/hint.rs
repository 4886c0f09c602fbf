//! `cargo workbook hint [ID]`: the hints of an exercise given so far, plus one more each time.
//! Hints go from a nudge to nearly the answer; the last links to documentation.

use std::process::ExitCode;

use anyhow::Context;

use crate::lang::{tr, trf};
use crate::manifest::Exercise;
use crate::progress;
use crate::workbook::Workbook;

/// The next hint for an exercise.
#[derive(Debug, clap::Args)]
#[command(after_help = "Example:\n  cargo workbook hint connect_diesel")]
pub struct Args {
    /// The exercise (default: the first one not yet done, as of its last check)
    #[arg(value_name = "ID")]
    pub id: Option<String>,
}

pub fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let workbook = Workbook::open()?;
    let exercise = match &args.id {
        Some(id) => workbook.exercise(id)?,
        None => workbook
            .exercises()
            .find(|e| !workbook.is_done(e))
            .context(tr(
                "every exercise is done; name one to see its hints: cargo workbook hint ID",
            ))?,
    };
    show_next(exercise);
    Ok(ExitCode::SUCCESS)
}

/// Show the hints given so far and one more (also `watch`'s `h`).
pub fn show_next(exercise: &Exercise) {
    let shown = (progress::hints_shown(&exercise.id) + 1).min(exercise.hints.len());
    progress::set_hints_shown(&exercise.id, shown);
    println!(
        "{}",
        trf(
            "Hints for {id} ({file}):",
            &[("id", &exercise.id), ("file", &exercise.file().display())]
        )
    );
    for (n, hint) in exercise.hints.iter().take(shown).enumerate() {
        println!("\n{}. {}", n + 1, crate::book_hints::in_language(hint));
    }
    if shown < exercise.hints.len() {
        println!(
            "\n{}",
            trf(
                "({shown} of {total} shown; ask again for the next.)",
                &[("shown", &shown), ("total", &exercise.hints.len())]
            )
        );
    } else {
        println!(
            "\n{}",
            trf(
                "(That was the last hint. The book page: {book})",
                &[("book", &exercise.book)]
            )
        );
    }
}
