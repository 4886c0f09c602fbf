//! `cargo workbook`: the runner a learner lives in, and the project's own check.
//!
//! It reads the exercise manifest (`exercises/workbook.toml`), runs `cargo test` for a level as
//! a child process, and reads what the tests said. It never edits the learner's files.
//!
//! Exit codes: 0 all good, 1 something failed, 2 a usage or setup error (no database, a bad
//! argument).

mod answers;
mod bookcheck;
mod commands;
mod keys;
mod libtest;
mod manifest;
mod progress;
mod report;
mod reset;
mod verify;
mod watch;

use std::process::ExitCode;

const HELP: &str = "\
cargo workbook: the async PostgreSQL workbook's runner

USAGE:
    cargo workbook [COMMAND]

COMMANDS:
    (none), status     Where you are: every exercise, done or not, and the next one
    watch [--manual]   Check the current exercise each time you save, move on when it passes
    check ID|levelN    Run the checks of one exercise or of a whole level
    hint [ID]          The next hint for an exercise (the next unfinished one by default)
    list               The exercises, in order, with their files
    reset ID           Restore an exercise file as shipped (your version is kept as a backup)
    solution ID        The reference answer, once the exercise passes (--force: before)
    report             Your progress as one line of JSON (for instructors)
    book               Build the book and open it
    db start|stop|status|url|psql [DB]|clean
                       The embedded PostgreSQL server (see `cargo workbook db --help`)
    verify [--all-answers]
                       The project's own test suite (for contributors and CI)
    answers [ID|levelN]
                       Judge the wrong-answer set (for contributors)
    sync               Rewrite the wiring of the wrong-answer set (for contributors)
    help               This text

EXAMPLES:
    cargo workbook                      # where am I?
    cargo workbook check insert_sqlx    # did my answer work?
    cargo workbook hint insert_sqlx     # one more hint
    cargo workbook db psql              # look inside the database
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        [] | ["status"] => commands::status(),
        ["help" | "--help" | "-h"] => {
            print!("{HELP}");
            Ok(ExitCode::SUCCESS)
        }
        ["list"] => commands::list(),
        ["check", "--help" | "-h"] => usage(
            "cargo workbook check ID|levelN\n\nRuns the checks of one exercise (or every exercise of a level) and says, in plain words,\nwhat passed and what did not.\n\nEXAMPLE:\n    cargo workbook check get_by_id_sqlx\n",
        ),
        ["check", target] => commands::check(target),
        ["hint", "--help" | "-h"] => usage(
            "cargo workbook hint [ID]\n\nShows the hints of an exercise given so far, plus one more each time you ask. Without an\nID, the first exercise not yet done (as of the last `cargo workbook`).\n\nEXAMPLE:\n    cargo workbook hint connect_diesel\n",
        ),
        ["hint"] => commands::hint(None),
        ["hint", id] => commands::hint(Some(id)),
        ["db", rest @ ..] => commands::db(rest),
        ["verify", "--help" | "-h"] => usage(
            "cargo workbook verify [--all-answers]\n\nThe project's own check: every test passes with the reference solutions, every shipped\nexercise fails for its intended reason, the known wrong answers fail with their words and the\nknown right ones pass, the manifest matches the files, the book's includes resolve and the\nbook builds, and no test database is left behind. Ends with `N passed, N failed`.\nNeeds the exercises as shipped (no local changes in exercises/).\n--all-answers: judge every known answer, not a sample of one wrong and one right per\nexercise (CI does; WORKBOOK_ANSWER_SEED=N repeats a sample).\n\nEXAMPLE:\n    cargo workbook verify\n",
        ),
        ["verify"] => verify::run(verify::AnswerScope::sample_from_env()),
        ["verify", "--all-answers"] => verify::run(verify::AnswerScope::All),
        ["sync"] => answers::sync(&commands::root()),
        ["answers"] => answers::command(None),
        ["answers", "--help" | "-h"] => usage(
            "cargo workbook answers [ID|levelN]\n\nRuns each exercise's checks on its known answers (levels/levelN/tests/answers/) and says\nfor each whether a wrong one was rejected with the words its header names and whether a\nright one passed. Writes the wiring first (as `sync` does).\n\nEXAMPLE:\n    cargo workbook answers transfer_sqlx\n",
        ),
        ["answers", target] => answers::command(Some(target)),
        ["sync", "--help" | "-h"] => usage(
            "cargo workbook sync\n\nWrites levels/levelN/tests/answers/mod.rs and main.rs, which compile the wrong-answer\nset and run each exercise's checks on each answer, from the answer files in that folder.\nRun it after adding or renaming an answer; verify says when it is needed.\n\nEXAMPLE:\n    cargo workbook sync\n",
        ),
        ["watch"] => watch::watch(false),
        ["watch", "--manual"] => watch::watch(true),
        ["watch", "--help" | "-h"] => usage(
            "cargo workbook watch [--manual]\n\nChecks the current exercise each time a file under exercises/ is saved, and moves on\nwhen it passes. Keys: h hint, n next, l list, r recheck, q quit (a letter and Enter\nwhen input is not a terminal).\n--manual: no file watching; check only on r.\n\nEXAMPLE:\n    cargo workbook watch\n",
        ),
        ["reset", "--help" | "-h"] | ["reset"] => usage(
            "cargo workbook reset ID\n\nRestores exercises/levelN/ID.rs as shipped (from git). Your version is first kept as\nexercises/levelN/ID.rs.<time>.bak, and the path is printed.\n\nEXAMPLE:\n    cargo workbook reset insert_sqlx\n",
        ),
        ["reset", id] => reset::reset(id),
        ["solution", "--help" | "-h"] | ["solution"] => usage(
            "cargo workbook solution ID [--force]\n\nShows the reference answer of an exercise that passes. --force shows it before, with a\nwarning.\n\nEXAMPLE:\n    cargo workbook solution connect_sqlx\n",
        ),
        ["solution", id] => commands::solution(id, false),
        ["solution", id, "--force"] | ["solution", "--force", id] => commands::solution(id, true),
        ["report"] => report::report(),
        ["report", "--help" | "-h"] => usage(
            "cargo workbook report\n\nPrints your progress as one line of JSON: each exercise's status and when it first\npassed. WORKBOOK_LEARNER names you (default: $USER).\n\nEXAMPLE:\n    cargo workbook report > progress.json\n",
        ),
        ["book"] => commands::book(),
        ["list", "--help" | "-h"] => usage(
            "cargo workbook list\n\nEvery exercise in order, with its file, and done for those that passed.\n\nEXAMPLE:\n    cargo workbook list\n",
        ),
        ["status", "--help" | "-h"] => usage(
            "cargo workbook [status]\n\nWhere you are: every exercise, done or not (from saved results; only exercises whose\nfiles changed are checked again), and the next one with its file and book page.\n\nEXAMPLE:\n    cargo workbook\n",
        ),
        ["book", "--help" | "-h"] => usage(
            "cargo workbook book\n\nBuilds the book with mdBook and opens it in your browser.\n\nEXAMPLE:\n    cargo workbook book\n",
        ),
        other => {
            eprintln!(
                "cargo workbook: I do not know `{}`.\n\n{HELP}",
                other.join(" ")
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(2)
        }
    }
}

fn usage(text: &str) -> anyhow::Result<ExitCode> {
    print!("{text}");
    Ok(ExitCode::SUCCESS)
}
