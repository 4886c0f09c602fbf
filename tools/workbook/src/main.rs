//! `cargo workbook`: the runner a learner lives in, and the project's own check.
//!
//! It reads the exercise manifest (`exercises/workbook.toml`) of the workbook it is run in,
//! runs `cargo test` for a level as a child process, and reads what the tests said. It never
//! edits the learner's files (except `reset`, which keeps a backup first).
//!
//! The shape: `main.rs` only dispatches; each command is a module of `cmd/` with its usage text;
//! what every command needs (the workbook found at run time, the database) is in `workbook.rs`;
//! verdicts in `verdict.rs`; terminal styling in `style.rs`.
//!
//! Exit codes: 0 all good, 1 something failed, 2 a usage or setup error (no database, a bad
//! argument).

mod answer_set;
mod book_anchors;
mod book_fits;
mod book_hints;
mod book_i18n;
mod book_site;
mod bookcheck;
mod build_progress;
mod catalogues;
mod check_messages;
mod checked_sql;
mod checking;
mod class;
mod cmd;
mod glossary;
mod lang;
mod libtest;
mod manifest;
mod mdbook;
mod po;
mod progress;
mod reading_time;
mod rust_literals;
mod style;
mod terminal;
mod translation_form;
mod verdict;
mod wiring;
mod workbook;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// The async PostgreSQL workbook's runner: where you are, checks, hints, the database.
#[derive(Debug, Parser)]
#[command(
    name = "cargo workbook",
    bin_name = "cargo workbook",
    after_help = "Examples:
  cargo workbook                      where am I?
  cargo workbook watch                check as I save, lead me through
  cargo workbook check insert_sqlx    did my answer work?
  cargo workbook hint insert_sqlx     one more hint
  cargo workbook db psql              look inside the database"
)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Where you are: every exercise, done or not, and the next one (the default)
    Status,
    /// Check the current exercise each time you save; move on when it passes
    Watch(cmd::watch::Args),
    /// Run the checks of one exercise, or of a whole level
    Check(cmd::check::Args),
    /// The next hint for an exercise
    Hint(cmd::hint::Args),
    /// The exercises, in order, with their files
    List,
    /// Restore an exercise file as shipped (your version is kept as a backup)
    Reset(cmd::reset::Args),
    /// The reference answer, once the exercise passes
    Solution(cmd::solution::Args),
    /// Follow one track, sqlx or diesel (or both: all); remembered
    Track(cmd::track::Args),
    /// The language of the runner and the book: en, zh-CN (简体中文); remembered
    Lang(cmd::lang::Args),
    /// Your progress as one line of JSON (for instructors)
    Report,
    /// The class: its board, and its setup on a shared server (for instructors)
    Class(cmd::class::Args),
    /// Serve the book and open it in your browser (in English or 中文)
    Book(cmd::book::Args),
    /// The workbook's PostgreSQL server: start, stop, status, url, psql, clean
    Db(cmd::db::Args),
    /// The project's own test suite (for contributors and CI)
    Verify(cmd::verify::Args),
    /// Measure the wait after a save, per level (for contributors)
    Bench(cmd::bench::Args),
    /// Judge the wrong-answer set (for contributors)
    Answers(cmd::answers::Args),
    /// Rewrite the generated wiring: exercise modules, test modules, the answer set (for
    /// contributors)
    Sync(cmd::sync::Args),
    /// Write sqlx's offline query data and the book's captured compiler error, from a fresh
    /// database (for contributors)
    Prepare(cmd::prepare::Args),
    /// Scaffold a new exercise: files, manifest entry, book page, wiring (for contributors)
    New(cmd::new::Args),
    /// Print a completion script for your shell
    Completions(cmd::completions::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        None | Some(Command::Status) => cmd::status::run(),
        Some(Command::Watch(args)) => cmd::watch::run(args),
        Some(Command::Check(args)) => cmd::check::run(args),
        Some(Command::Hint(args)) => cmd::hint::run(args),
        Some(Command::List) => cmd::list::run(),
        Some(Command::Reset(args)) => cmd::reset::run(args),
        Some(Command::Solution(args)) => cmd::solution::run(args),
        Some(Command::Track(args)) => cmd::track::run(args),
        Some(Command::Lang(args)) => cmd::lang::run(args),
        Some(Command::Report) => cmd::report::run(),
        Some(Command::Class(args)) => cmd::class::run(args),
        Some(Command::Book(args)) => cmd::book::run(args),
        Some(Command::Db(args)) => cmd::db::run(args),
        Some(Command::Verify(args)) => cmd::verify::run(args),
        Some(Command::Bench(args)) => cmd::bench::run(args),
        Some(Command::Answers(args)) => cmd::answers::run(args),
        Some(Command::Sync(args)) => cmd::sync::run(args),
        Some(Command::Prepare(args)) => cmd::prepare::run(args),
        Some(Command::New(args)) => cmd::new::run(args),
        Some(Command::Completions(args)) => cmd::completions::run(args),
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(2)
        }
    }
}
