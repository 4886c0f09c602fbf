//! `cargo workbook prepare`: write level 1's offline query data and the book's captured compiler
//! error, from a fresh database (see `checked_sql`).

use std::process::ExitCode;

use crate::workbook::{self, Workbook};

/// Write sqlx's offline query data from a fresh database (for contributors)
#[derive(Debug, clap::Args)]
#[command(
    long_about = "Compiles levels/level1/src/checked_sql.rs against a fresh database with level \
                  1's migrations, as `cargo sqlx prepare` would, and writes what that gives: \
                  sqlx's offline query data (levels/level1/.sqlx/, read by every build, which \
                  needs no database) and the compiler's error for the misspelled column \
                  (book/src/level1/misspelled-column.txt, shown in the book). Run it after \
                  changing a query macro or a migration of level 1; verify says when it is \
                  needed.",
    after_help = "Example:\n  cargo workbook prepare"
)]
pub struct Args {}

pub fn run(_: &Args) -> anyhow::Result<ExitCode> {
    let Workbook { root, .. } = Workbook::open()?;
    let server = workbook::database()?;
    let made = crate::checked_sql::make(&root, &server)?;
    let stale = crate::checked_sql::differences(&root, &made);
    if stale.is_empty() {
        println!("The offline query data and the captured error are current; nothing written.");
        return Ok(ExitCode::SUCCESS);
    }
    for path in crate::checked_sql::write(&root, &made)? {
        println!(
            "wrote {}",
            path.strip_prefix(&root).unwrap_or(&path).display()
        );
    }
    Ok(ExitCode::SUCCESS)
}
