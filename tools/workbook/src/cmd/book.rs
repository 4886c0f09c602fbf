//! `cargo workbook book`: serve the book with mdBook (installed once if it is not there) and open
//! it in a browser; it rebuilds as the chapters change.

use std::process::ExitCode;

use crate::workbook::Workbook;

pub fn run() -> anyhow::Result<ExitCode> {
    let workbook = Workbook::open()?;
    let mdbook = crate::mdbook::ensure()?;
    println!("Serving the book at http://localhost:3000 (Ctrl-C stops it).");
    let status = std::process::Command::new(&mdbook)
        .current_dir(&workbook.root)
        .args(["serve", "book", "--open"])
        .status()?;
    Ok(if status.success() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
