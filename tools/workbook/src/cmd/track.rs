//! `cargo workbook track [sqlx|diesel|all]`: follow one track. Every idea is taught on both
//! tracks; a learner who wants one of them sees, and is led through, that track's exercises
//! only (and those that belong to no track). `list`, `watch`, `status`, `hint` and `report`
//! honour it; it is remembered until changed.

use std::process::ExitCode;

use anyhow::bail;

use crate::progress;
use crate::workbook::{TRACKS, Workbook};

/// Follow one track (sqlx or diesel), or both
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  cargo workbook track sqlx\n  cargo workbook track all")]
pub struct Args {
    /// sqlx, diesel, or all (both); without it, say which is followed
    #[arg(value_name = "TRACK")]
    pub track: Option<String>,
}

pub fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let workbook = Workbook::open_quietly()?;
    match args.track.as_deref() {
        None => match &workbook.track {
            Some(track) => println!(
                "You follow the {track} track: {} of the {} exercises.",
                workbook.exercises().count(),
                workbook.manifest.exercises.len()
            ),
            None => println!(
                "You follow both tracks (all {} exercises). `cargo workbook track sqlx` or \
                 `track diesel` follows one.",
                workbook.manifest.exercises.len()
            ),
        },
        Some("all" | "both") => {
            progress::set_track(None);
            println!(
                "You follow both tracks now: all {} exercises.",
                workbook.manifest.exercises.len()
            );
        }
        Some(track) if TRACKS.contains(&track) => {
            progress::set_track(Some(track));
            let workbook = Workbook::open_quietly()?;
            println!(
                "You follow the {track} track now: {} of the {} exercises (the other track's \
                 are hidden; `cargo workbook track all` shows them again).",
                workbook.exercises().count(),
                workbook.manifest.exercises.len()
            );
        }
        Some(other) => bail!("there is no track `{other}`: sqlx, diesel, or all"),
    }
    Ok(ExitCode::SUCCESS)
}
