//! `cargo workbook book`: build the book with mdBook and open it in a browser.

use std::process::ExitCode;

use crate::workbook::Workbook;

pub fn run() -> anyhow::Result<ExitCode> {
    let workbook = Workbook::open()?;
    let status = std::process::Command::new("mdbook")
        .current_dir(&workbook.root)
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
                workbook.path("book/book/index.html").display()
            );
            Ok(ExitCode::SUCCESS)
        }
        Ok(_) => Ok(ExitCode::FAILURE),
    }
}
