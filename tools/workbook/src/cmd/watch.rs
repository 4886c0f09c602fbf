//! `cargo workbook watch`: check the current exercise every time a file under `exercises/` is
//! saved, say the result in plain words, and move on when it passes.
//!
//! Keys: `h` hint, `n` next exercise, `l` list, `r` recheck, `q` quit (single keypresses on a
//! terminal; a letter and Enter when input is piped, see [`crate::terminal_keys`]). Files are watched by polling their content every half second (no
//! platform file-watching API, so it works everywhere, network drives included); `--manual`
//! turns that off and checks only on `r`.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc;
use std::time::Duration;

use crate::cmd::{check, hint, list};
use crate::progress;
use crate::workbook::{self, Workbook};

/// Check the current exercise each time you save, and move on when it passes.
#[derive(Debug, clap::Args)]
#[command(
    long_about = "Checks the current exercise each time a file under exercises/ is saved, and moves \
                  on when it passes. Keys: h hint, n next, l list, r recheck, q quit (a letter and \
                  Enter when input is not a terminal).",
    after_help = "Example:\n  cargo workbook watch"
)]
pub struct Args {
    /// No file watching: check only on r
    #[arg(long)]
    pub manual: bool,
}

pub fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let workbook = Workbook::open()?;
    workbook::database()?;

    let keys = crate::terminal_keys::keys();
    let outcome = watch_loop(&workbook, &keys, args.manual);
    crate::terminal_keys::restore();
    outcome
}

fn watch_loop(
    workbook: &Workbook,
    keys: &mpsc::Receiver<String>,
    manual: bool,
) -> anyhow::Result<ExitCode> {
    let root = workbook.root.clone();

    let mut skipped: Vec<String> = Vec::new();
    let mut seen = snapshot(&root);
    loop {
        let Some(current) = workbook
            .exercises()
            .find(|e| !workbook.is_done(e) && !skipped.contains(&e.id))
        else {
            println!("\nEvery exercise is done (or skipped with n). Well worked!");
            return Ok(ExitCode::SUCCESS);
        };
        println!(
            "\n== {} ({} track): {}\n   edit {}   read {}",
            current.id,
            current.track,
            current.title,
            current.file().display(),
            current.book
        );
        let passed = check::check(workbook, &current.id)? == ExitCode::SUCCESS;
        if passed {
            println!("   Passed. On to the next one.");
            continue;
        }
        println!(
            "\n   Save {} to check again.  h hint  n next  l list  r recheck  q quit",
            current.file().display()
        );
        loop {
            match keys.recv_timeout(Duration::from_millis(500)) {
                Ok(key) => match key.as_str() {
                    "h" => {
                        hint::show_next(current);
                    }
                    "n" => {
                        skipped.push(current.id.clone());
                        break;
                    }
                    "l" => {
                        list::print(workbook);
                    }
                    "r" => break,
                    "q" => return Ok(ExitCode::SUCCESS),
                    "" => {}
                    other => println!("   `{other}`? h hint, n next, l list, r recheck, q quit"),
                },
                Err(mpsc::RecvTimeoutError::Timeout) if !manual => {
                    let now = snapshot(&root);
                    if now != seen {
                        seen = now;
                        break;
                    }
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {}
                Err(mpsc::RecvTimeoutError::Disconnected) => {
                    // No more input (stdin closed): keep watching files, or stop when manual.
                    if manual {
                        return Ok(ExitCode::SUCCESS);
                    }
                    std::thread::sleep(Duration::from_millis(500));
                    let now = snapshot(&root);
                    if now != seen {
                        seen = now;
                        break;
                    }
                }
            }
        }
    }
}

/// The content hash of every file under `exercises/`.
fn snapshot(root: &std::path::Path) -> BTreeMap<PathBuf, String> {
    let mut files = BTreeMap::new();
    let mut dirs = vec![root.join("exercises")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let hash = progress::file_hash(&path);
                files.insert(path, hash);
            }
        }
    }
    files
}
