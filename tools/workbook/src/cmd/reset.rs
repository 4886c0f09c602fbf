//! `cargo workbook reset ID`: put an exercise file back as shipped, keeping the learner's
//! version as a backup first. The only command that writes to the learner's files.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;

use crate::workbook::Workbook;

/// Restore an exercise file as shipped (your version is kept as a backup).
#[derive(Debug, clap::Args)]
#[command(
    long_about = "Restores exercises/levelN/ID.rs as shipped (from git). Your version is first kept \
                  as exercises/levelN/ID.rs.<time>.bak, and the path is printed.",
    after_help = "Example:\n  cargo workbook reset insert_sqlx"
)]
pub struct Args {
    /// The exercise
    #[arg(value_name = "ID")]
    pub id: String,
}

pub fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let id = args.id.as_str();
    let workbook = Workbook::open()?;
    let root = &workbook.root;
    let exercise = workbook.exercise(id)?;
    let relative = exercise.file();
    let path = root.join(&relative);
    let shipped = workbook.shipped(exercise)?;
    let current = std::fs::read(&path).unwrap_or_default();
    if current == shipped {
        println!(
            "{} is already as shipped; nothing to do.",
            relative.display()
        );
        return Ok(ExitCode::SUCCESS);
    }
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    if path.exists() {
        let backup = keep_a_backup(&path, id, stamp)?;
        println!(
            "Your version is kept in {}",
            backup.strip_prefix(root).unwrap_or(&backup).display()
        );
    }
    std::fs::write(&path, &shipped).with_context(|| format!("writing {}", path.display()))?;
    println!("Restored {} as shipped.", relative.display());
    Ok(ExitCode::SUCCESS)
}

/// Copy the learner's file to `<id>.rs.<stamp>.bak` beside it, or `<id>.rs.<stamp>-2.bak` and
/// so on when that name is taken (two resets in one second): a backup never overwrites another.
/// The copy is made by creating a new file (`create_new`), so two resets at once cannot pick
/// the same name either.
fn keep_a_backup(path: &Path, id: &str, stamp: u64) -> anyhow::Result<PathBuf> {
    let text = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    for n in 1.. {
        let name = match n {
            1 => format!("{id}.rs.{stamp}.bak"),
            n => format!("{id}.rs.{stamp}-{n}.bak"),
        };
        let backup = path.with_file_name(name);
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&backup)
        {
            Ok(mut file) => {
                file.write_all(&text)
                    .with_context(|| format!("keeping your version in {}", backup.display()))?;
                return Ok(backup);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => {
                return Err(e)
                    .with_context(|| format!("keeping your version in {}", backup.display()));
            }
        }
    }
    unreachable!("some backup name is free")
}
