//! `cargo workbook answers [ID|levelN]`: judge the wrong-answer set, or the part of it that
//! belongs to one exercise or one level, and say how each answer fared (for contributors).

use std::process::ExitCode;

use anyhow::bail;

use crate::answer_set::{Answer, Kind, discover, judge, run_checks, sync_quietly};
use crate::workbook::{self, Workbook};

/// Judge the wrong-answer set (for contributors).
#[derive(Debug, clap::Args)]
#[command(
    long_about = "Runs each exercise's checks on its known answers (levels/levelN/tests/answers/) \
                  and says for each whether a wrong one was rejected with the words its header \
                  names and whether a right one passed. Writes the wiring first (as `sync` does).",
    after_help = "Example:\n  cargo workbook answers transfer_sqlx"
)]
pub struct Args {
    /// One exercise's answers, or one level's (default: all)
    #[arg(value_name = "ID|levelN")]
    pub target: Option<String>,
}

pub fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let target = args.target.as_deref();
    let Workbook { root, manifest, .. } = Workbook::open()?;
    let level = target.and_then(|t| t.strip_prefix("level")?.parse::<u32>().ok());
    if let Some(target) = target
        && level.is_none()
        && manifest.find(target).is_none()
    {
        bail!("there is no exercise or level called `{target}` (try `cargo workbook list`)");
    }
    // The wiring follows the files: write it first, so a new answer file is simply picked up.
    sync_quietly(&root, &manifest)?;
    let (answers, problems) = discover(&root, &manifest);
    for problem in &problems {
        println!("problem: {problem}");
    }
    let selected: Vec<&Answer> = answers
        .iter()
        .filter(|a| match (target, level) {
            (None, _) => true,
            (_, Some(level)) => a.level == level,
            (Some(id), None) => a.exercise == id,
        })
        .collect();
    if selected.is_empty() {
        println!(
            "No answers to judge for {}.",
            target.unwrap_or("the workbook")
        );
        return Ok(ExitCode::SUCCESS);
    }
    workbook::database()?;
    let run = run_checks(&root, &selected)?;
    if let Some(errors) = &run.build_errors {
        println!("The answers do not build:\n{errors}");
        return Ok(ExitCode::FAILURE);
    }
    let mut failed = 0;
    for answer in &selected {
        let label = format!("{}/{}", answer.exercise, answer.name);
        match (judge(answer, &run), &answer.kind) {
            (None, Kind::Wrong { words }) => println!("  ok    {label}: rejected with \"{words}\""),
            (None, Kind::Right) => println!("  ok    {label}: passes"),
            (Some(problem), _) => {
                failed += 1;
                println!("  FAIL  {label}: {}", problem.replace('\n', "\n        "));
            }
        }
    }
    println!(
        "\n{} answers judged: {} as they should be, {failed} not",
        selected.len(),
        selected.len() - failed
    );
    Ok(if failed == 0 && problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
