//! `cargo workbook watch`: check the current exercise every time a file under `exercises/` is
//! saved, show the verdict on a clean screen under a progress bar, and move on when it passes.
//!
//! Keys: `h` hint, `n` next exercise, `l` list, `r` recheck, `q` (or Ctrl-C) quit: single
//! keypresses on a terminal, a letter and Enter when input is piped (see [`crate::terminal`]).
//! Saves are seen through the platform's file notifications (notify: inotify, FSEvents, ...),
//! falling back to looking every half second where there are none (some network drives);
//! `--manual` turns watching off and checks only on `r`.

use std::collections::{BTreeMap, VecDeque};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::Duration;

use notify::Watcher;

use crate::checking::Slow;
use crate::cmd::{check, hint, list};
use crate::lang::{tr, tr_text, trf};
use crate::manifest::Exercise;
use crate::progress;
use crate::style::Style;
use crate::terminal::{self, Input, RawMode};
use crate::workbook::{self, Workbook};

/// Check the current exercise each time you save; move on when it passes.
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

/// What `watch` waits for.
enum Event {
    Input(Input),
    /// A file under exercises/ may have changed.
    Saved,
}

pub fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let workbook = Workbook::open()?;
    // Said once: the screen is cleared for each verdict after this.
    let server = workbook::database()?;
    workbook::join_class(&server)?;

    let (tx, rx) = mpsc::channel();
    terminal::read_input(tx.clone(), Event::Input);
    // Kept alive for as long as `watch` runs. With --manual nothing but input can wake it up,
    // so when input ends, `watch` ends.
    let _watcher = if args.manual {
        drop(tx);
        None
    } else {
        watch_files(&workbook.root, tx)
    };
    watch_loop(&workbook, &rx, args.manual)
}

fn watch_loop(
    workbook: &Workbook,
    events: &Receiver<Event>,
    manual: bool,
) -> anyhow::Result<ExitCode> {
    let style = Style::detect();
    let mut skipped: Vec<String> = Vec::new();
    let mut seen = snapshot(&workbook.root);
    // Keys that arrived while `watch` was letting a save settle.
    let mut pending: VecDeque<Input> = VecDeque::new();
    loop {
        let Some(current) = workbook
            .exercises()
            .find(|e| !workbook.is_done(e) && !skipped.contains(&e.id))
        else {
            println!(
                "\n{}",
                tr("Every exercise is done (or skipped with n). Well worked!")
            );
            return Ok(ExitCode::SUCCESS);
        };
        terminal::clear_screen();
        header(workbook, current, &style);
        let passed = check::check(workbook, &current.id, Slow::Skip)? == ExitCode::SUCCESS;
        if passed {
            println!("   {}", tr("Passed. On to the next one."));
            continue;
        }
        println!(
            "\n   {}",
            trf(
                "Save {file} to check again.  h hint  n next  l list  r recheck  q quit",
                &[("file", &current.file().display())]
            )
        );
        loop {
            let event = match pending.pop_front() {
                Some(input) => Ok(Event::Input(input)),
                None => {
                    // Keys one at a time while waiting; the terminal as usual while printing.
                    let _raw = RawMode::on();
                    events.recv()
                }
            };
            match event {
                Ok(Event::Input(Input::Key('h'))) => hint::show_next(current),
                Ok(Event::Input(Input::Key('n'))) => {
                    skipped.push(current.id.clone());
                    break;
                }
                Ok(Event::Input(Input::Key('l'))) => list::print(workbook),
                Ok(Event::Input(Input::Key('r'))) => break,
                Ok(Event::Input(Input::Key('q') | Input::Quit)) => return Ok(ExitCode::SUCCESS),
                Ok(Event::Input(Input::Key(other))) => {
                    println!(
                        "   `{other}`? {}",
                        tr("h hint, n next, l list, r recheck, q quit")
                    )
                }
                Ok(Event::Saved) => {
                    // An editor saves in several steps: let them settle (keeping any key
                    // pressed meanwhile), then look whether anything really changed.
                    while let Ok(event) = events.recv_timeout(Duration::from_millis(100)) {
                        if let Event::Input(input) = event {
                            pending.push_back(input);
                        }
                    }
                    let now = snapshot(&workbook.root);
                    if now != seen {
                        seen = now;
                        break;
                    }
                }
                // No more input (stdin closed): go on watching files, if there are any to watch.
                Ok(Event::Input(Input::Closed)) if !manual => {}
                Ok(Event::Input(Input::Closed)) | Err(_) => return Ok(ExitCode::SUCCESS),
            }
        }
    }
}

/// The progress bar, then the exercise.
fn header(workbook: &Workbook, current: &Exercise, style: &Style) {
    let total = workbook.exercises().count();
    let done = workbook.exercises().filter(|e| workbook.is_done(e)).count();
    println!("{}", style.progress_bar(done, total));
    println!(
        "\n{}\n",
        trf(
            "== {id} ({track} track): {title}\n   edit {file}   read {book}",
            &[
                ("id", &current.id),
                ("track", &current.track),
                ("title", &tr_text(&current.title)),
                ("file", &current.file().display()),
                ("book", &current.book),
            ]
        )
    );
}

/// Tell `to` whenever a file under exercises/ changes: through the platform's notifications,
/// or by looking every half second where there are none.
fn watch_files(root: &Path, to: Sender<Event>) -> Option<notify::RecommendedWatcher> {
    let notify_to = to.clone();
    let watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        // Writes only: building an exercise reads its file, and a read must not count as a save.
        let is_a_write = |e: &notify::Event| {
            matches!(
                e.kind,
                notify::EventKind::Create(_)
                    | notify::EventKind::Modify(_)
                    | notify::EventKind::Remove(_)
            ) && e
                .paths
                .iter()
                .any(|p| p.extension().is_some_and(|x| x == "rs"))
        };
        if event.is_ok_and(|e| is_a_write(&e)) {
            let _ = notify_to.send(Event::Saved);
        }
    });
    let exercises = root.join("exercises");
    if let Ok(mut watcher) = watcher
        && watcher
            .watch(&exercises, notify::RecursiveMode::Recursive)
            .is_ok()
    {
        return Some(watcher);
    }
    // No notifications here: look every half second instead.
    let root = root.to_path_buf();
    std::thread::spawn(move || {
        let mut seen = snapshot(&root);
        loop {
            std::thread::sleep(Duration::from_millis(500));
            let now = snapshot(&root);
            if now != seen {
                seen = now;
                if to.send(Event::Saved).is_err() {
                    return;
                }
            }
        }
    });
    None
}

/// The content hash of every file under `exercises/`.
fn snapshot(root: &Path) -> BTreeMap<PathBuf, String> {
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
