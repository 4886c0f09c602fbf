//! `cargo workbook report`: one learner's progress as one line of JSON, for an instructor to
//! collect a class's progress with a shell loop (see the book's instructor guide). Reads the
//! saved verdicts only: it runs nothing and needs no database.

use std::process::ExitCode;

use serde_json::json;

use crate::progress;
use crate::workbook::Workbook;

pub fn run() -> anyhow::Result<ExitCode> {
    let workbook = Workbook::open()?;
    let exercises: Vec<serde_json::Value> = workbook
        .exercises()
        .map(|e| {
            let record = progress::record(&e.id);
            // A verdict counts for the file it was given for: an exercise edited or reset since
            // its last check is "changed" until it is checked again.
            let status = match &record {
                None => "unchecked",
                Some(r) if !r.is_for(&workbook.path(e.file())) => "changed",
                Some(r) if r.done => "done",
                Some(_) => "todo",
            };
            json!({
                "id": e.id,
                "level": e.level,
                "status": status,
                "first_passed": record.and_then(|r| r.first_passed).map(progress::rfc3339),
            })
        })
        .collect();
    let done = exercises.iter().filter(|e| e["status"] == "done").count();
    let learner = std::env::var("WORKBOOK_LEARNER")
        .or_else(|_| std::env::var("USER"))
        .unwrap_or_else(|_| "unknown".into());
    let line = json!({
        "learner": learner,
        "track": workbook.track.as_deref().unwrap_or("all"),
        "done": done,
        "total": exercises.len(),
        "exercises": exercises,
    });
    println!("{line}");
    Ok(ExitCode::SUCCESS)
}
