//! Finding the PostgreSQL server binaries (initdb, pg_ctl, postgres, psql).
//!
//! `pg_config --bindir` first, because it answers for whatever PostgreSQL the learner put on
//! PATH; then the usual install locations of Debian/Ubuntu, Fedora, Homebrew and Postgres.app.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The folder that holds `initdb` and `pg_ctl`, or `None` when PostgreSQL is not installed.
pub fn server_bindir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("WORKBOOK_PG_BINDIR") {
        return Some(PathBuf::from(dir)).filter(|d| has_server(d));
    }
    if let Ok(out) = Command::new("pg_config").arg("--bindir").output()
        && out.status.success()
    {
        let dir = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
        if has_server(&dir) {
            return Some(dir);
        }
    }
    candidates().into_iter().find(|d| has_server(d))
}

/// A client `psql`: next to the server binaries if there are any, else whatever PATH has.
pub fn psql() -> PathBuf {
    server_bindir()
        .map(|d| d.join("psql"))
        .filter(|p| p.is_file())
        .unwrap_or_else(|| PathBuf::from("psql"))
}

fn has_server(dir: &Path) -> bool {
    dir.join("initdb").is_file() && dir.join("pg_ctl").is_file()
}

/// Install locations, newest major version first.
fn candidates() -> Vec<PathBuf> {
    let mut found = Vec::new();
    for parent in ["/usr/lib/postgresql", "/usr/local/opt", "/opt/homebrew/opt"] {
        let Ok(entries) = std::fs::read_dir(parent) else {
            continue;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if parent == "/usr/lib/postgresql" || name.starts_with("postgresql") {
                found.push((major_of(&name), entry.path().join("bin")));
            }
        }
    }
    for dir in [
        "/usr/pgsql-17/bin",
        "/usr/pgsql-16/bin",
        "/usr/pgsql-15/bin",
        "/usr/pgsql-14/bin",
        "/usr/pgsql-13/bin",
        "/Applications/Postgres.app/Contents/Versions/latest/bin",
        "/usr/local/bin",
        "/usr/bin",
    ] {
        found.push((0, PathBuf::from(dir)));
    }
    found.sort_by_key(|(major, _)| std::cmp::Reverse(*major));
    found.into_iter().map(|(_, dir)| dir).collect()
}

fn major_of(name: &str) -> u32 {
    let digits: String = name
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit())
        .collect();
    digits.parse().unwrap_or(0)
}

/// Chromium (or Chrome), for the checks that open pages in a real browser (the class board, the
/// book's fit), if one is installed.
pub fn chromium() -> Option<&'static str> {
    ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|c| {
            std::process::Command::new(c)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
}
