//! `cargo workbook check ID|levelN`: run the checks of one exercise (or of every exercise of a
//! level) and say, in plain words, what passed and what did not.

use std::process::ExitCode;

use anyhow::bail;

use crate::check_messages;
use crate::checking::{self, Slow, print_build_errors, print_set_aside, run_level};
use crate::class;
use crate::lang::{tr, tr_text, trf};
use crate::libtest;
use crate::manifest::Exercise;
use crate::style::indent;
use crate::verdict::{State, failure_of, state_of};
use crate::workbook::{self, Workbook};

/// Run the checks of one exercise, or of every exercise of a level.
#[derive(Debug, clap::Args)]
#[command(after_help = "Example:\n  cargo workbook check get_by_id_sqlx")]
pub struct Args {
    /// An exercise's id (see `cargo workbook list`), or `levelN` for a whole level
    #[arg(value_name = "ID|levelN")]
    pub target: String,
    /// Run the slow checks too (a database outage, load: see what `check` says once the rest
    /// passes)
    #[arg(long)]
    pub slow: bool,
}

pub fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let workbook = Workbook::open()?;
    let server = workbook::database()?;
    workbook::join_class(&server)?;
    let slow = if args.slow { Slow::Run } else { Slow::Skip };
    check(&workbook, &args.target, slow)
}

/// Check `target` in an open workbook (also `watch`'s check).
pub fn check(workbook: &Workbook, target: &str, slow: Slow) -> anyhow::Result<ExitCode> {
    let (level, exercises): (u32, Vec<&Exercise>) = match target
        .strip_prefix("level")
        .and_then(|n| n.parse::<u32>().ok())
    {
        Some(n) => (n, workbook.in_level(n).collect()),
        None => {
            let exercise = workbook.exercise(target)?;
            (exercise.level, vec![exercise])
        }
    };
    if exercises.is_empty() {
        bail!("level {level} has no exercises (see `cargo workbook list`)");
    }
    // One exercise: its own errors stop the check (and are shown first); a neighbour that does
    // not compile is set aside. A whole level: every exercise that does not compile is set aside.
    let single = (exercises.len() == 1).then(|| exercises[0]);
    let filter = single.map(|e| e.test_prefix());
    let keep: Vec<&Exercise> = single.into_iter().collect();
    let level_run = run_level(workbook, level, filter.as_deref().as_slice(), &keep, slow)?;
    print_set_aside(&level_run);
    let run = &level_run.run;
    if let Some(errors) = &run.build_errors {
        print_build_errors(level, run, single);
        // Its own file to blame: the instructor's board shows who is stuck on rustc.
        if let Some(exercise) = single.filter(|e| {
            libtest::error_blocks(errors)
                .iter()
                .any(|b| b.contains(&format!("{}:", e.file().display())))
        }) {
            checking::record_not_compiling(exercise, errors);
            class::record::flush();
        }
        return Ok(ExitCode::FAILURE);
    }
    let mut all_done = true;
    for exercise in &exercises {
        if let Some(aside) = level_run.set_aside_of(exercise) {
            checking::record_not_compiling(exercise, &aside.errors);
            all_done = false;
            println!(
                "todo  {} ({}): {}",
                exercise.id,
                exercise.file().display(),
                tr("it does not compile (above)")
            );
            continue;
        }
        let state = state_of(run, exercise);
        checking::save(workbook, exercise, &state);
        match state {
            State::Done => {
                println!("done  {}: {}", exercise.id, tr("every check passes."));
                if let (Some(what), Slow::Skip) = (&exercise.slow_checks, slow) {
                    println!(
                        "      {}",
                        trf(
                            "Its slow checks ({what}) take longer: \
                             cargo workbook check {id} --slow",
                            &[("what", &tr_text(what)), ("id", &exercise.id)]
                        )
                    );
                }
            }
            State::Todo(_) | State::NotBuilt => {
                all_done = false;
                println!("todo  {} ({})", exercise.id, exercise.file().display());
                for result in run.with_prefix(&exercise.test_prefix()) {
                    if result.passed {
                        println!("        {}  {}", tr("passed"), result.name);
                    } else {
                        println!(
                            "        {}  {}\n{}",
                            tr("FAILED"),
                            result.name,
                            indent(
                                &check_messages::for_learner(
                                    &workbook.root,
                                    &failure_of(run, &result.name)
                                ),
                                "                "
                            )
                        );
                    }
                }
                println!(
                    "      {}",
                    trf("Stuck? cargo workbook hint {id}", &[("id", &exercise.id)])
                );
            }
        }
    }
    class::record::flush();
    Ok(if all_done {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
