//! The Python peer (`tools/loadgen/peer/`): the users service in FastAPI + SQLAlchemy async +
//! asyncpg, as the tutorial's readers would write it. Its own virtual environment under the
//! target directory, installed from the pinned `requirements.txt` the first time (PyPI), and
//! started with uvicorn on uvloop and httptools, one worker per core: the peer at its best.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use anyhow::{Context, bail};

/// Why there is no peer on this machine, for the note that replaces its lines.
pub struct Missing(pub String);

/// The peer's folder in the workspace.
fn source() -> PathBuf {
    harness::workspace::root().join("tools/loadgen/peer")
}

/// The virtual environment's folder: made once, kept (a `cargo clean` removes it).
fn venv() -> PathBuf {
    harness::workspace::target_dir().join("loadgen-peer-venv")
}

/// The peer's `uvicorn`, installing what it needs the first time. `Err(Missing)` when this
/// machine has no Python 3 or cannot install (offline, no venv module).
pub fn uvicorn() -> Result<PathBuf, Missing> {
    let bin = venv().join("bin");
    let requirements = source().join("requirements.txt");
    let stamp = venv().join("installed-requirements.txt");
    let wanted = std::fs::read_to_string(&requirements).unwrap_or_default();
    if std::fs::read_to_string(&stamp).ok().as_deref() == Some(wanted.as_str()) {
        return Ok(bin.join("uvicorn"));
    }
    let python = ["python3", "python"]
        .into_iter()
        .find(|p| {
            Command::new(p)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
        .ok_or_else(|| Missing("no python3 on this machine".into()))?;
    println!(
        "(installing the Python peer's packages into {}, once)",
        venv().display()
    );
    let made = Command::new(python)
        .args(["-m", "venv"])
        .arg(venv())
        .output();
    if !made.as_ref().is_ok_and(|o| o.status.success()) {
        return Err(Missing(format!(
            "{python} -m venv failed: {}",
            made.map(|o| String::from_utf8_lossy(&o.stderr).trim().to_string())
                .unwrap_or_else(|e| e.to_string())
        )));
    }
    let installed = Command::new(bin.join("pip"))
        .args(["install", "--quiet", "--disable-pip-version-check", "-r"])
        .arg(&requirements)
        .output();
    match installed {
        Ok(out) if out.status.success() => {
            let _ = std::fs::write(&stamp, wanted);
            Ok(bin.join("uvicorn"))
        }
        Ok(out) => Err(Missing(format!(
            "pip could not install the peer's packages (offline?): {}",
            String::from_utf8_lossy(&out.stderr)
                .lines()
                .last()
                .unwrap_or("")
        ))),
        Err(e) => Err(Missing(format!("running pip: {e}"))),
    }
}

/// Start the peer on `port` over the database at `database_url` (a `postgres://` URL, or the
/// embedded server's socket form), with `pool` connections in all, shared by its `workers`.
pub fn start(
    uvicorn: &Path,
    database_url: &str,
    port: u16,
    pool: u32,
    workers: usize,
    check: bool,
) -> anyhow::Result<Child> {
    if workers == 0 || pool < workers as u32 {
        bail!("the peer needs at least one connection per worker ({workers} workers, pool {pool})");
    }
    Command::new(uvicorn)
        .args(["app:app", "--app-dir"])
        .arg(source())
        .args(["--host", "127.0.0.1", "--port", &port.to_string()])
        .args(["--workers", &workers.to_string()])
        .args([
            "--loop",
            "uvloop",
            "--http",
            "httptools",
            "--log-level",
            "warning",
        ])
        .args(["--no-access-log"])
        .env("DATABASE_URL", asyncpg_url(database_url)?)
        .env("POOL_SIZE", (pool / workers as u32).to_string())
        .env("PRE_PING", if check { "1" } else { "0" })
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .context("starting the Python peer (uvicorn)")
}

/// SQLAlchemy's URL for asyncpg: `postgresql+asyncpg://`, and for a unix socket (the embedded
/// server's `postgres:///db?host=/dir&user=u`) the socket folder as `host`.
fn asyncpg_url(url: &str) -> anyhow::Result<String> {
    let rest = url
        .strip_prefix("postgres://")
        .or_else(|| url.strip_prefix("postgresql://"))
        .context("the database URL should start with postgres://")?;
    Ok(format!("postgresql+asyncpg://{rest}"))
}

#[cfg(test)]
mod tests {
    use super::asyncpg_url;

    #[test]
    fn urls_for_asyncpg() {
        assert_eq!(
            asyncpg_url("postgres://u:p@127.0.0.1:5432/db").unwrap(),
            "postgresql+asyncpg://u:p@127.0.0.1:5432/db"
        );
        assert_eq!(
            asyncpg_url("postgres:///db?host=/tmp/s&user=w").unwrap(),
            "postgresql+asyncpg:///db?host=/tmp/s&user=w"
        );
    }
}
