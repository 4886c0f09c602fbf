//! Recording a learner's verdicts: in the runner's own state always (for `report`), and in the
//! class's progress database when the learner's server is a class's.
//!
//! A run of the runner [`join`]s the class once, after it has found its server: that decides
//! whether there is a class (the database `DATABASE_URL` names holds the verdicts table), who
//! the learner is, and refuses a learner name already taken on a shared role. Each verdict is
//! then [`note`]d as it is given and written in one go by [`flush`], after the checks. A
//! verdict that cannot be recorded is said in one line and never fails a check.

use std::sync::Mutex;

use harness::{Origin, Server};
use sqlx::{Connection, PgConnection};

use super::{OPT_OUT, Record, VERDICTS, first_line};
use crate::progress;

/// The class this run records to.
struct Joined {
    url: String,
    learner: String,
    pending: Vec<Record>,
}

static CLASS: Mutex<Option<Joined>> = Mutex::new(None);

/// How a verdict is recorded, or why not.
#[derive(Debug, PartialEq, Eq)]
pub enum Membership {
    /// The server is a class's: verdicts go to its progress database as `learner`.
    Recording { learner: String },
    /// The learner turned recording off.
    OptedOut,
    /// Not a class's server (the embedded one, or a database without the verdicts table).
    NoClass,
}

/// Find out whether `server` is a class's, and join it. Fails only when the learner's name is
/// taken on a shared role by another machine (their test databases would be mixed up).
pub fn join(server: &Server) -> anyhow::Result<Membership> {
    if matches!(server.origin, Origin::Embedded) {
        return Ok(Membership::NoClass);
    }
    if harness::rule::setting(OPT_OUT).is_some_and(|v| matches!(v.as_str(), "off" | "0" | "no")) {
        return Ok(Membership::OptedOut);
    }
    let learner = match harness::block_on(claim_seat(server)) {
        Ok(Some(learner)) => learner,
        Ok(None) => return Ok(Membership::NoClass),
        Err(Refused(why)) => anyhow::bail!(why),
    };
    *CLASS.lock().unwrap_or_else(|p| p.into_inner()) = Some(Joined {
        url: server.url.clone(),
        learner: learner.clone(),
        pending: Vec::new(),
    });
    Ok(Membership::Recording { learner })
}

struct Refused(String);

/// The learner's name in the class, or `None` when `server`'s database is not a class's. A role
/// of the class's own is the learner; on another (shared) role the learner's name is theirs
/// ([`harness::learner::name`]) and is claimed for this machine: a second machine claiming it
/// is refused.
async fn claim_seat(server: &Server) -> Result<Option<String>, Refused> {
    // Anything but a clear "this is a class and the name is taken" means "no class": a check
    // must never fail because the progress database is not what the runner expected.
    let Ok(mut conn) = PgConnection::connect(&server.url).await else {
        return Ok(None);
    };
    let is_class: bool = sqlx::query_scalar("SELECT to_regclass($1) IS NOT NULL")
        .bind(VERDICTS)
        .fetch_one(&mut conn)
        .await
        .unwrap_or(false);
    if !is_class {
        return Ok(None);
    }
    let Ok(own_role) = sqlx::query_scalar::<_, bool>(
        "SELECT count(*) = 1 FROM workbook_learners WHERE role = current_user AND NOT shared",
    )
    .fetch_one(&mut conn)
    .await
    else {
        return Ok(None);
    };
    if own_role {
        return Ok(Some(harness::learner::role(server)));
    }
    let learner = harness::learner::name();
    let machine = machine_id();
    let _ = sqlx::query(
        "INSERT INTO workbook_seats (learner, machine) VALUES ($1, $2) ON CONFLICT DO NOTHING",
    )
    .bind(&learner)
    .bind(&machine)
    .execute(&mut conn)
    .await;
    let holder: Option<String> = sqlx::query_scalar(
        "SELECT machine FROM workbook_seats WHERE role = current_user AND learner = $1",
    )
    .bind(&learner)
    .fetch_optional(&mut conn)
    .await
    .ok()
    .flatten();
    match holder {
        Some(holder) if holder != machine => Err(Refused(format!(
            "The learner name `{learner}` is already taken in this class by another machine, \
             and you share the role `{}` with it: your test databases would be mixed up with \
             theirs. Choose a name of your own: add WORKBOOK_LEARNER=<your name> to .env (or \
             ask your instructor for a role of your own).",
            harness::learner::role(server)
        ))),
        _ => Ok(Some(learner)),
    }
}

/// Which machine (and which folder on it) this is, as a hash: the same on every run here,
/// different on the next seat. Nothing that names the machine or its user leaves it.
fn machine_id() -> String {
    let host = std::process::Command::new("hostname")
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .filter(|h| !h.is_empty())
        .or_else(|| std::env::var("COMPUTERNAME").ok())
        .unwrap_or_default();
    let root = harness::workspace::root();
    progress::text_hash(&format!("{host}\n{}", root.display()))
}

/// Note a verdict on `exercise`: kept for `report`, and queued for the class if there is one.
pub fn note(exercise: &str, status: &str, failing: Option<(&str, &str)>) {
    let mut class = CLASS.lock().unwrap_or_else(|p| p.into_inner());
    let learner = class
        .as_ref()
        .map_or_else(harness::learner::name, |c| c.learner.clone());
    let record = Record {
        learner,
        exercise: exercise.to_string(),
        status: status.to_string(),
        failing_check: failing
            .map(|(check, _)| check.to_string())
            .filter(|c| !c.is_empty()),
        message: failing.map(|(_, message)| first_line(message)),
        at: progress::rfc3339(progress::now()),
    };
    progress::save_record(&record);
    if let Some(class) = class.as_mut() {
        class.pending.push(record);
    }
}

/// Write the queued verdicts to the class's progress database, each once.
pub fn flush() {
    let mut class = CLASS.lock().unwrap_or_else(|p| p.into_inner());
    let Some(class) = class.as_mut() else {
        return;
    };
    if class.pending.is_empty() {
        return;
    }
    let records = std::mem::take(&mut class.pending);
    if let Err(e) = harness::block_on(insert(&class.url, &records)) {
        println!(
            "(Could not record {} verdict(s) for your instructor: {e}. Your checks are not \
             affected.)",
            records.len()
        );
    }
}

async fn insert(url: &str, records: &[Record]) -> Result<(), sqlx::Error> {
    let mut conn = PgConnection::connect(url).await?;
    let mut tx = conn.begin().await?;
    for r in records {
        sqlx::query(
            "INSERT INTO workbook_verdicts (learner, exercise, status, failing_check, message) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(&r.learner)
        .bind(&r.exercise)
        .bind(&r.status)
        .bind(&r.failing_check)
        .bind(&r.message)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await
}
