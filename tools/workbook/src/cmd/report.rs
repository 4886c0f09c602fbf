//! `cargo workbook report`: one learner's progress as one line of JSON. Each exercise's entry is
//! its last verdict as a class's progress database records it (the same fields: learner,
//! exercise, status, failing_check, message, at; see `class::Record`), with the level and when
//! it first passed. Reads the saved verdicts only: it runs nothing and needs no database.

use std::process::ExitCode;

use serde_json::json;

use crate::progress;
use crate::workbook::Workbook;

pub fn run() -> anyhow::Result<ExitCode> {
    let workbook = Workbook::open()?;
    let records = progress::records();
    let learner = harness::learner::name();
    let exercises: Vec<serde_json::Value> = workbook
        .exercises()
        .map(|e| {
            let record = progress::record(&e.id);
            let last = records.get(&e.id);
            // A verdict counts for the file it was given for: an exercise edited or reset since
            // its last check is "changed" until it is checked again.
            let status = match &record {
                None => "unchecked",
                Some(r) if !r.is_for(&workbook.path(e.file())) => "changed",
                Some(r) if r.done => "done",
                Some(_) => "todo",
            };
            let failing = last.filter(|_| status == "todo");
            json!({
                "learner": learner,
                "exercise": e.id,
                "status": status,
                "failing_check": failing.and_then(|l| l.failing_check.clone()),
                "message": failing.and_then(|l| l.message.clone()),
                "at": last.map(|l| l.at.clone()),
                "level": e.level,
                "first_passed": record.and_then(|r| r.first_passed).map(progress::rfc3339),
            })
        })
        .collect();
    let done = exercises.iter().filter(|e| e["status"] == "done").count();
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
