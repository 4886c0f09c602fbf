//! What every command needs: the workbook it works on, found when it runs, and the database.
//!
//! The root is never the folder the runner was compiled in: a workbook copied with its target/
//! would otherwise check, reset and back up files in the original folder, silently. It is
//! found by `harness::workspace::find_root` (`WORKBOOK_ROOT`, else the current directory or a
//! folder above it with `exercises/workbook.toml`), and said on the first line of output.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use harness::block_on;
use harness::embedded::Started;

use crate::manifest::{Exercise, Manifest};

/// The workbook a command works on.
pub struct Workbook {
    pub root: PathBuf,
    pub manifest: Manifest,
    /// The track the learner follows (`cargo workbook track`), if they chose one.
    pub track: Option<String>,
}

/// The tracks a learner can choose between. An exercise of another track (`tokio`, `axum`) is
/// on every learner's way.
pub const TRACKS: [&str; 2] = ["sqlx", "diesel"];

impl Workbook {
    /// Find the workbook and read its manifest; say which one on stderr (stdout may be a
    /// report or a URL that a script reads).
    pub fn open() -> anyhow::Result<Workbook> {
        let workbook = Workbook::open_quietly()?;
        match &workbook.track {
            Some(track) => eprintln!(
                "Workbook: {} (the {track} track; `cargo workbook track all` shows both)",
                workbook.root.display()
            ),
            None => eprintln!("Workbook: {}", workbook.root.display()),
        }
        Ok(workbook)
    }

    /// [`Workbook::open`] without the line that names it.
    pub fn open_quietly() -> anyhow::Result<Workbook> {
        let Some(root) = harness::workspace::find_root() else {
            let here = std::env::current_dir().unwrap_or_default();
            bail!(
                "{} is not inside a workbook: no exercises/workbook.toml here or in a folder \
                 above. Run cargo workbook from the workbook's folder (or set WORKBOOK_ROOT to \
                 it).",
                here.display()
            );
        };
        let manifest = Manifest::load(&root)?;
        let track = crate::progress::track();
        Ok(Workbook {
            root,
            manifest,
            track,
        })
    }

    /// Whether `exercise` is on the learner's way: every exercise when no track is chosen,
    /// else the chosen track's and those that belong to no track (`tokio`, `axum`).
    pub fn follows(&self, exercise: &Exercise) -> bool {
        match &self.track {
            None => true,
            Some(track) => exercise.track == *track || !TRACKS.contains(&exercise.track.as_str()),
        }
    }

    /// The exercises on the learner's way, in order.
    pub fn exercises(&self) -> impl Iterator<Item = &Exercise> {
        self.manifest.exercises.iter().filter(|e| self.follows(e))
    }

    /// The exercises of `level` on the learner's way, in order.
    pub fn in_level(&self, level: u32) -> impl Iterator<Item = &Exercise> {
        self.exercises().filter(move |e| e.level == level)
    }

    /// The exercise called `id`, or an error that says where to find the names.
    pub fn exercise(&self, id: &str) -> anyhow::Result<&Exercise> {
        match self.manifest.find(id) {
            Some(exercise) => Ok(exercise),
            None => bail!("there is no exercise `{id}` (see `cargo workbook list`)"),
        }
    }

    /// Whether `exercise` passes as its file is now (its last verdict, if the file has not
    /// changed since).
    pub fn is_done(&self, exercise: &Exercise) -> bool {
        crate::progress::is_done(&exercise.id, &self.path(exercise.file()))
    }

    /// `exercise`'s file as shipped, from git (`HEAD`): what `reset` restores and what a check
    /// sets aside in place of a file that does not compile.
    pub fn shipped(&self, exercise: &Exercise) -> anyhow::Result<Vec<u8>> {
        let relative = exercise.file();
        let shipped = std::process::Command::new("git")
            .current_dir(&self.root)
            .arg("show")
            .arg(format!("HEAD:{}", relative.display()))
            .output()
            .context("running git (the shipped file comes from git)")?;
        if !shipped.status.success() {
            bail!(
                "could not read the shipped {} from git: {}. This needs the workbook to be a \
                 git checkout (git clone, not a downloaded archive).",
                relative.display(),
                String::from_utf8_lossy(&shipped.stderr).trim()
            );
        }
        Ok(shipped.stdout)
    }

    /// A path relative to the root, made absolute.
    pub fn path(&self, relative: impl AsRef<Path>) -> PathBuf {
        self.root.join(relative)
    }
}

/// Find (or start) PostgreSQL by the harness's rule and say which one, or explain in one
/// paragraph why there is none.
pub fn database() -> anyhow::Result<harness::Server> {
    let chosen = harness::rule::choose_server()?;
    let server = chosen.server;
    block_on(server.connect())?;
    let how = match chosen.embedded {
        Some(Started::Now { initialized, took }) => format!(
            ", {} in {:.1} s",
            if initialized {
                "created and started"
            } else {
                "started"
            },
            took.as_secs_f32()
        ),
        Some(Started::AlreadyRunning) => ", already running".into(),
        None => String::new(),
    };
    println!(
        "PostgreSQL: {} ({}){how}",
        server.redacted_url(),
        server.origin
    );
    Ok(server)
}

/// Join the class `server` belongs to, if it is a class's (see [`crate::class::record`]), say so,
/// and fit the checks run at once into the connections the server has room for.
pub fn join_class(server: &harness::Server) -> anyhow::Result<()> {
    use crate::class::record::{Membership, join};
    match join(server)? {
        Membership::Recording { learner } => println!(
            "Class: your verdicts are recorded for your instructor, as `{learner}` (no code \
             leaves this machine; {}=off in .env stops it).",
            crate::class::OPT_OUT
        ),
        Membership::OptedOut => println!("Class: not recording your verdicts (you opted out)."),
        Membership::NoClass => {}
    }
    if !matches!(server.origin, harness::Origin::Embedded)
        && let Some(room) = block_on(crate::class::budget::room_for_me(server))
    {
        let checks = crate::class::budget::checks_within(room);
        if checks < crate::class::budget::CHECKS_AT_ONCE {
            println!(
                "This server has room for {room} more connection(s) of yours: checking {checks} \
                 at a time."
            );
        }
        crate::checking::limit_checks_at_once(checks);
    }
    Ok(())
}
