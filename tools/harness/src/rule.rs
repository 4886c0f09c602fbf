//! The one rule that picks the server, used by tests, demos and the runner alike:
//!
//! 1. `DATABASE_URL` in the environment, else in `.env` at the workbook's root.
//! 2. Else the embedded cluster ([`crate::embedded`]), started if it is not running.
//! 3. Else [`HarnessError::NoServer`], whose message gives both ways out.

use crate::embedded::{Embedded, Started};
use crate::error::HarnessError;
use crate::server::{Origin, Server};
use crate::workspace;

/// The server the rule picked, and whether the embedded one had to be started for it.
#[derive(Debug)]
pub struct Chosen {
    pub server: Server,
    /// `None` when `DATABASE_URL` named the server (the embedded one is not touched).
    pub embedded: Option<Started>,
}

/// Pick the server by the rule, starting the embedded one if that is what the rule picks.
pub fn find_or_start_server() -> Result<Server, HarnessError> {
    choose_server().map(|chosen| chosen.server)
}

/// [`find_or_start_server`], saying whether the embedded server was started for it.
pub fn choose_server() -> Result<Chosen, HarnessError> {
    if let Some(server) = configured() {
        return Ok(Chosen {
            server,
            embedded: None,
        });
    }
    let embedded = Embedded::locate()?;
    let started = embedded.ensure_running()?;
    Ok(Chosen {
        server: Server {
            url: embedded.url(),
            origin: Origin::Embedded,
        },
        embedded: Some(started),
    })
}

/// The server named by `DATABASE_URL` (environment, then `.env`), if any. Starts nothing.
pub fn configured() -> Option<Server> {
    if let Ok(url) = std::env::var("DATABASE_URL")
        && !url.trim().is_empty()
    {
        return Some(Server {
            url: url.trim().to_string(),
            origin: Origin::Environment,
        });
    }
    let path = workspace::root().join(".env");
    let url = dotenv_value(&path, "DATABASE_URL")?;
    Some(Server {
        url,
        origin: Origin::DotEnv(path),
    })
}

/// A workbook setting: `key` in the environment, else in `.env` at the workbook's root.
pub fn setting(key: &str) -> Option<String> {
    match std::env::var(key) {
        Ok(value) if !value.trim().is_empty() => Some(value.trim().to_string()),
        _ => dotenv_value(&workspace::root().join(".env"), key),
    }
}

/// The value of `key` in the `.env` file at `path`, read with dotenvy (quotes, `export`,
/// comments), without touching this process's environment. `None` when there is no such file,
/// no such key, or it is empty. A `.env` that dotenvy cannot read counts as absent: the error
/// that follows (no server) names both ways out.
fn dotenv_value(path: &std::path::Path, key: &str) -> Option<String> {
    let entries = dotenvy::from_path_iter(path).ok()?;
    let mut value = None;
    for (k, v) in entries.flatten() {
        if k == key {
            value = Some(v);
        }
    }
    value.filter(|v| !v.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_dotenv_lines() {
        let dir = std::env::temp_dir().join(format!("harness-dotenv-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(".env");
        let read = |text: &str| {
            std::fs::write(&path, text).unwrap();
            dotenv_value(&path, "DATABASE_URL")
        };
        assert_eq!(
            read("# comment\nOTHER=1\nexport DATABASE_URL=\"postgres://a:b@h/d\"\n").as_deref(),
            Some("postgres://a:b@h/d")
        );
        assert_eq!(read("#DATABASE_URL=x\n"), None);
        assert_eq!(read("DATABASE_URL=\n"), None);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
