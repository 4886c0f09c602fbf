//! `cargo workbook list`: every exercise in order, with its file, and `done` for those that
//! passed at their last check.

use std::process::ExitCode;

use crate::lang::{tr_text, trf};
use crate::workbook::Workbook;

pub fn run() -> anyhow::Result<ExitCode> {
    let workbook = Workbook::open()?;
    print(&workbook);
    Ok(ExitCode::SUCCESS)
}

/// The list itself (also shown by `watch` on `l`).
pub fn print(workbook: &Workbook) {
    for level in &workbook.manifest.levels {
        println!(
            "{}",
            trf(
                "Level {n}: {title}",
                &[("n", &level.number), ("title", &tr_text(&level.title))]
            )
        );
        for exercise in workbook.in_level(level.number) {
            let mark = if workbook.is_done(exercise) {
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
}
