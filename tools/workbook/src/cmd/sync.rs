//! `cargo workbook sync`: write what is generated from the manifest and the answer files: the
//! exercise wiring of each level (see `wiring`) and the wiring of the wrong-answer set
//! (`levels/levelN/tests/answers/{mod,main}.rs`, see `answer_set`); the hints on the book's
//! pages (see `book_hints`); each book page's reading time (see `reading_time`); and the
//! template of the book's translation, merged into the Chinese catalogue (see `book_i18n`).

use std::process::ExitCode;

use crate::answer_set::{Kind, discover, sync_quietly};
use crate::wiring;
use crate::workbook::Workbook;

/// Rewrite the generated wiring (for contributors)
#[derive(Debug, clap::Args)]
#[command(
    long_about = "Writes what is generated: from exercises/workbook.toml, each level's exercise \
                  modules (src/lib.rs), their checks' modules (tests/checks/main.rs) and their \
                  set_aside_<id> features (Cargo.toml), between the lines BEGIN exercises and END \
                  exercises; from the answer files, levels/levelN/tests/answers/mod.rs and main.rs; \
                  each exercise's hints on its book page; the reading-time line under each book \
                  page's title; and book/po/messages.pot, the English text to translate, merged \
                  into book/po/zh-CN.po (new and changed text shows up there untranslated). \
                  Run it after adding, renaming or removing an exercise or an answer; verify says \
                  when it is needed.",
    after_help = "Example:\n  cargo workbook sync"
)]
pub struct Args {}

pub fn run(_: &Args) -> anyhow::Result<ExitCode> {
    let Workbook { root, manifest, .. } = Workbook::open()?;
    let mut written = wiring::write(&root, &manifest)?;
    let (answers, problems) = discover(&root, &manifest);
    for problem in &problems {
        eprintln!("problem: {problem}");
    }
    written.extend(sync_quietly(&root, &manifest)?);
    // Hints before reading times: the hints are part of what a page takes to read.
    written.extend(crate::book_hints::write(&root, &manifest)?);
    written.extend(crate::reading_time::write(&root)?);
    // Last: the template is extracted from the pages as written above.
    written.extend(crate::book_i18n::sync(&root)?);
    for catalogue in [crate::catalogues::RUNNER, crate::catalogues::CHECKS] {
        written.extend(catalogue.sync(&root, &manifest)?);
    }
    for path in &written {
        println!("wrote {}", path.display());
    }
    println!(
        "{} exercises; {} answers ({} wrong, {} right); {} file(s) written",
        manifest.exercises.len(),
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
