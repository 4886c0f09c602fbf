//! What level 1's compile-time checked queries (`levels/level1/src/checked_sql.rs`) need from a
//! live database, made by compiling them against one: sqlx's offline query data
//! (`levels/level1/.sqlx/`, read by every other build) and the compiler's words for a misspelled
//! column (`book/src/level1/misspelled-column.txt`, shown by the book).
//!
//! Both are made the same way `cargo sqlx prepare` makes offline data, without installing
//! sqlx-cli: a fresh database with the level's migrations, then `cargo build -p level1 --lib`
//! with `SQLX_OFFLINE=false` and `DATABASE_URL` pointing at it. `cargo workbook prepare` writes
//! them; `cargo workbook verify` makes them in a scratch folder and fails when the committed ones
//! differ, so a changed query or migration cannot land with stale data.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, bail};
use harness::block_on;
use sqlx::Connection;

/// Where the offline data lives, relative to the workspace root.
pub const DATA_DIR: &str = "levels/level1/.sqlx";
/// The captured error the book includes.
pub const ERROR_FILE: &str = "book/src/level1/misspelled-column.txt";
/// The file with the queries (touched to make cargo compile it again).
const SOURCE: &str = "levels/level1/src/checked_sql.rs";

/// What compiling against a live database gives.
pub struct Made {
    /// `query-<hash>.json` file name to its text.
    pub data: BTreeMap<String, String>,
    /// The compiler's error for the misspelled column, as the book shows it.
    pub misspelled_error: String,
}

/// Compile the checked queries against a fresh database on `server`.
pub fn make(root: &Path, server: &harness::Server) -> anyhow::Result<Made> {
    let db = block_on(harness::fresh::fresh_database(server, None, "sqlx_prepare"))?;
    let made = make_on(root, &db.url);
    block_on(harness::fresh::drop_database(&db))?;
    made
}

fn make_on(root: &Path, url: &str) -> anyhow::Result<Made> {
    block_on(async {
        let migrator =
            sqlx::migrate::Migrator::new(root.join("levels/level1/migrations").as_path()).await?;
        let mut conn = sqlx::PgConnection::connect(url).await?;
        migrator.run(&mut conn).await?;
        conn.close().await?;
        anyhow::Ok(())
    })
    .context("migrating the scratch database for the query macros")?;

    let scratch = harness::workspace::target_dir().join("workbook/sqlx-prepare");
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::create_dir_all(&scratch)?;

    // The queries as they are: sqlx writes one file per query into SQLX_OFFLINE_DIR.
    let build = cargo_against(root, url, &["build"], Some(&scratch))?;
    if !build.status.success() {
        bail!(
            "{SOURCE} does not compile against a freshly migrated database:\n{}",
            errors_of(&String::from_utf8_lossy(&build.stderr))
        );
    }
    let mut data = BTreeMap::new();
    for entry in std::fs::read_dir(&scratch)? {
        let path = entry?.path();
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        if name.starts_with("query-") && name.ends_with(".json") {
            data.insert(name, std::fs::read_to_string(&path)?);
        }
    }

    // The misspelled one too, which must fail: its error is what the book shows.
    let misspelled = cargo_against(
        root,
        url,
        &["rustc", "--", "--cfg", "misspelled_column"],
        None,
    )?;
    if misspelled.status.success() {
        bail!("{SOURCE} compiled with --cfg misspelled_column: the misspelled query is gone");
    }
    let misspelled_error = errors_of(&String::from_utf8_lossy(&misspelled.stderr));
    Ok(Made {
        data,
        misspelled_error,
    })
}

/// `cargo <args>` on level 1's library, its query macros reading `url`, made to compile it again.
fn cargo_against(
    root: &Path,
    url: &str,
    args: &[&str],
    offline_dir: Option<&Path>,
) -> anyhow::Result<std::process::Output> {
    // Cargo cannot see that the database changed; a newer source file it can.
    std::fs::File::options()
        .write(true)
        .open(root.join(SOURCE))?
        .set_modified(std::time::SystemTime::now())?;
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let (command, rest) = args.split_first().expect("a cargo command");
    let mut cargo = Command::new(cargo);
    cargo
        .current_dir(root)
        .arg(command)
        .args(["-p", "level1", "--lib"])
        .args(rest)
        .env("SQLX_OFFLINE", "false")
        .env("DATABASE_URL", url)
        .env("CARGO_TERM_COLOR", "never")
        .env_remove("SQLX_OFFLINE_DIR");
    if let Some(dir) = offline_dir {
        cargo.env("SQLX_OFFLINE_DIR", dir);
    }
    cargo
        .output()
        .with_context(|| format!("running cargo {}", args.join(" ")))
}

/// The compiler's diagnostics in cargo's output: from the first `error` line to the line cargo
/// adds to say it gave up, trailing blanks trimmed.
fn errors_of(stderr: &str) -> String {
    let lines: Vec<&str> = stderr
        .lines()
        .skip_while(|l| !l.starts_with("error"))
        .take_while(|l| !l.starts_with("error: could not compile"))
        .map(str::trim_end)
        .collect();
    let mut text = lines.join("\n").trim_end().to_string();
    text.push('\n');
    text
}

/// `text` without the number in PostgreSQL's "at line N", which is the line of the server's own
/// C source that raised the error: it changes between PostgreSQL versions, and a contributor's
/// server need not be the one the book's capture was made on.
fn without_server_line(text: &str) -> String {
    const AT_LINE: &str = " at line ";
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find(AT_LINE) {
        let after = &rest[at + AT_LINE.len()..];
        let digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        out.push_str(&rest[..at + AT_LINE.len()]);
        out.push('N');
        rest = &after[digits..];
    }
    out.push_str(rest);
    out
}

/// The committed offline data, file name to text.
pub fn committed_data(root: &Path) -> BTreeMap<String, String> {
    std::fs::read_dir(root.join(DATA_DIR))
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(entry.path()).ok()?;
            name.ends_with(".json").then_some((name, text))
        })
        .collect()
}

/// How the committed files differ from `made`, one line each (empty when current).
pub fn differences(root: &Path, made: &Made) -> Vec<String> {
    let committed = committed_data(root);
    let mut found = Vec::new();
    for (name, text) in &made.data {
        match committed.get(name) {
            None => found.push(format!(
                "{DATA_DIR}/{name} is missing (a new or changed query)"
            )),
            Some(old) if old != text => found.push(format!(
                "{DATA_DIR}/{name} describes the query differently (a changed migration?)"
            )),
            Some(_) => {}
        }
    }
    for name in committed.keys().filter(|n| !made.data.contains_key(*n)) {
        found.push(format!("{DATA_DIR}/{name} belongs to no query any more"));
    }
    let shown = std::fs::read_to_string(root.join(ERROR_FILE)).unwrap_or_default();
    if without_server_line(&shown) != without_server_line(&made.misspelled_error) {
        found.push(format!("{ERROR_FILE} is not what the compiler says now"));
    }
    found
}

/// Write `made` over the committed files; the files written.
pub fn write(root: &Path, made: &Made) -> anyhow::Result<Vec<PathBuf>> {
    let dir = root.join(DATA_DIR);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir)?;
    let mut written = Vec::new();
    for (name, text) in &made.data {
        let path = dir.join(name);
        std::fs::write(&path, text)?;
        written.push(path);
    }
    let error = root.join(ERROR_FILE);
    std::fs::write(&error, &made.misspelled_error)?;
    written.push(error);
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_are_cut_from_cargos_chatter() {
        let stderr = "   Compiling level1 v0.1.0\nerror: column \"emial\" does not exist\n  --> x.rs:1:1\n   |\n\nerror: could not compile `level1` (lib) due to 1 previous error\n";
        assert_eq!(
            errors_of(stderr),
            "error: column \"emial\" does not exist\n  --> x.rs:1:1\n   |\n"
        );
    }

    #[test]
    fn the_servers_source_line_is_not_compared() {
        assert_eq!(
            without_server_line("does not exist at line 3665\n  --> x.rs:63:5"),
            without_server_line("does not exist at line 3721\n  --> x.rs:63:5"),
        );
        assert_ne!(
            without_server_line("x.rs:63:5 at line 1"),
            without_server_line("x.rs:64:5 at line 1"),
        );
    }
}
