//! `cargo workbook` (or `cargo workbook status`): where the learner is. Every exercise, done or
//! not (saved verdicts; only exercises whose files changed are checked again), and the next one
//! with its file and book page.

use std::process::ExitCode;

use crate::checking::{current_states, print_build_errors, print_set_aside};
use crate::lang::{tr, tr_text, trf};
use crate::manifest::Exercise;
use crate::style::Style;
use crate::verdict::State;
use crate::workbook::{self, Workbook};

pub fn run() -> anyhow::Result<ExitCode> {
    let workbook = Workbook::open()?;
    let server = workbook::database()?;
    workbook::join_class(&server)?;
    let style = Style::detect();
    let mut next: Option<(Exercise, String)> = None;
    let (mut done_total, total) = (0, workbook.exercises().count());
    for level in &workbook.manifest.levels {
        let (states, run) = current_states(&workbook, level.number)?;
        let done = states.iter().filter(|(_, s)| s.is_done()).count();
        done_total += done;
        println!(
            "\n{}",
            trf(
                "Level {n}: {title}  [{done}/{total} done]  ({book})",
                &[
                    ("n", &level.number),
                    ("title", &tr_text(&level.title)),
                    ("done", &done),
                    ("total", &states.len()),
                    ("book", &level.book)
                ]
            )
        );
        for (exercise, state) in &states {
            let mark = match state {
                State::Done => style.green("done"),
                State::Todo(_) => style.yellow("todo"),
                State::NotBuilt => style.red(" ?? "),
            };
            println!(
                "  {mark}  {:<28} {} ({})",
                exercise.id,
                tr_text(&exercise.title),
                exercise.track
            );
            if next.is_none() {
                match state {
                    State::Done => {}
                    State::Todo(why) => {
                        // The check's message as the learner reads it (its Chinese first).
                        let said = crate::check_messages::for_learner(&workbook.root, &why.message);
                        let said = said.lines().next().unwrap_or_default();
                        let why = if why.check.is_empty() {
                            said.to_string()
                        } else {
                            format!("{}: {said}", why.check)
                        };
                        next = Some((exercise.clone(), why))
                    }
                    State::NotBuilt => {
                        next = Some((
                            exercise.clone(),
                            tr("it does not compile (see above)").into_owned(),
                        ))
                    }
                }
            }
        }
        if let Some(level_run) = &run {
            print_set_aside(level_run);
            print_build_errors(level.number, &level_run.run, None);
        }
    }
    println!("\n{}", style.progress_bar(done_total, total));
    if let Some(track) = &workbook.track {
        let hidden = workbook.manifest.exercises.len() - total;
        println!(
            "{}",
            trf(
                "(You follow the {track} track: {hidden} exercise(s) of the other track are \
                 hidden; `cargo workbook track all` shows them.)",
                &[("track", track), ("hidden", &hidden)]
            )
        );
    }
    match next {
        Some((exercise, why)) => {
            let why = why.lines().next().unwrap_or_default();
            println!(
                "\n{}",
                trf(
                    "Next: {id} ({track} track): {title}\n  edit   {file}\n  read   {book}\n  \
                     check  cargo workbook check {id}\n  hint   cargo workbook hint {id}\n  \
                     now    {why}",
                    &[
                        ("id", &exercise.id),
                        ("track", &exercise.track),
                        ("title", &tr_text(&exercise.title)),
                        ("file", &exercise.file().display()),
                        ("book", &exercise.book),
                        ("why", &why),
                    ]
                )
            );
        }
        None => println!("\n{}", tr("Every exercise is done. Well worked!")),
    }
    Ok(ExitCode::SUCCESS)
}
