//! A throwaway PostgreSQL server on a TCP port, with a password: set up like the workbook's
//! docker-compose.yml describes (user, password and database `workbook`, on 127.0.0.1), for
//! tests that need what the shared embedded server cannot give them: a password to get wrong,
//! a server to stop and start again under a running service.
//!
//! Made from the local PostgreSQL binaries in a folder of its own, in memory (`/dev/shm`) where
//! there is room; dropping it stops the server and removes the folder. Its data directory is a
//! copy of a template made by `initdb` once per machine (and kept, like the embedded cluster):
//! an `initdb` takes over a second, a copy in memory a tenth of that, and a check that stops
//! the database under the service (level 4's outage check) waits for it after each save.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;

use sqlx::Connection;

use crate::binaries;
use crate::block_on;
use crate::embedded::server_command;

/// The password of the `workbook` user (as in docker-compose.yml and .env.example).
pub const PASSWORD: &str = "workbook";

/// A running throwaway server.
#[derive(Debug)]
pub struct ThrowawayServer {
    dir: PathBuf,
    bindir: PathBuf,
    pub port: u16,
}

impl ThrowawayServer {
    /// Create and start a server on a free port, with a `workbook` database. Panics with the
    /// tool's output when a step fails (it is for tests).
    pub fn start() -> ThrowawayServer {
        static COUNTER: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let bindir = binaries::server_bindir()
            .expect("a throwaway server needs PostgreSQL's server binaries (see README.md)");
        let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let dir = base_dir().join(format!("workbook-throwaway-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("creating the throwaway folder");
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let server = ThrowawayServer { dir, bindir, port };
        let template = template_data(&server.bindir);
        // Copied as the user the server runs as, so the copy is theirs, with its modes kept.
        let out = server
            .command_as_server_user(Path::new("/bin/cp"), &[&server.dir])
            .arg("-a")
            .arg(&template)
            .arg(server.dir.join("data"))
            .output()
            .expect("copying the throwaway template");
        assert!(
            out.status.success(),
            "copying {}: {}",
            template.display(),
            String::from_utf8_lossy(&out.stderr)
        );
        server.start_again();
        block_on(async {
            let mut conn = sqlx::PgConnection::connect(&server.url_for("postgres"))
                .await
                .expect("connecting to the throwaway server");
            sqlx::query("CREATE DATABASE workbook")
                .execute(&mut conn)
                .await
                .expect("creating the workbook database");
        });
        server
    }

    /// `postgres://workbook:workbook@127.0.0.1:<port>/workbook`.
    pub fn url(&self) -> String {
        self.url_for("workbook")
    }

    /// The URL of another database on this server.
    pub fn url_for(&self, database: &str) -> String {
        format!(
            "postgres://workbook:{PASSWORD}@127.0.0.1:{}/{database}",
            self.port
        )
    }

    /// What the server has written to its log so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.join("log")).unwrap_or_default()
    }

    /// Stop the server (fast shutdown: sessions are ended), as an outage would.
    pub fn stop(&self) {
        let out = self
            .command("pg_ctl")
            .args(["stop", "-m", "fast", "-w", "-D"])
            .arg(self.dir.join("data"))
            .output()
            .expect("running pg_ctl stop");
        assert!(
            out.status.success(),
            "pg_ctl stop: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// Start the server (again), on the same port.
    pub fn start_again(&self) {
        let options = format!(
            "-c listen_addresses=127.0.0.1 -p {} -c unix_socket_directories={} -c fsync=off",
            self.port,
            self.dir.display()
        );
        let out = self
            .command("pg_ctl")
            .args(["start", "-w", "-D"])
            .arg(self.dir.join("data"))
            .arg("-l")
            .arg(self.dir.join("log"))
            .arg("-o")
            .arg(options)
            .output()
            .expect("running pg_ctl start");
        assert!(
            out.status.success(),
            "pg_ctl start: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    fn command(&self, program: &str) -> Command {
        let data = self.dir.join("data");
        self.command_as_server_user(&self.bindir.join(program), &[&self.dir, &data])
    }

    fn command_as_server_user(&self, program: &Path, dirs: &[&Path]) -> Command {
        let dirs: Vec<&Path> = dirs.iter().copied().filter(|d| d.exists()).collect();
        let mut cmd =
            server_command(program, &dirs).expect("running PostgreSQL's binaries as their user");
        cmd.current_dir(&self.dir);
        cmd
    }
}

/// Where throwaway servers live: in memory when there is room (creating and copying a data
/// directory is a thousand small files), else the temp directory.
fn base_dir() -> PathBuf {
    let shm = Path::new("/dev/shm");
    if crate::embedded::has_room(shm, 1 << 30) {
        shm.to_path_buf()
    } else {
        std::env::temp_dir()
    }
}

/// The template data directory for `bindir`'s PostgreSQL: made by `initdb` the first time
/// (under a lock, so tests running at once make it once), then kept.
fn template_data(bindir: &Path) -> PathBuf {
    let dir = base_dir().join(format!(
        "workbook-throwaway-template-{}",
        crate::embedded::short_hash(bindir)
    ));
    std::fs::create_dir_all(&dir).expect("creating the throwaway template's folder");
    let lock = std::fs::File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(dir.join("lock"))
        .expect("opening the template's lock");
    lock.lock().expect("locking the template");
    let data = dir.join("data");
    let done = dir.join("done");
    if !done.exists() {
        let _ = std::fs::remove_dir_all(&data);
        std::fs::write(dir.join("pw"), format!("{PASSWORD}\n")).expect("writing the password file");
        let dirs = [dir.as_path(), dir.join("pw").as_path()].map(Path::to_path_buf);
        let dirs: Vec<&Path> = dirs.iter().map(PathBuf::as_path).collect();
        let out = server_command(&bindir.join("initdb"), &dirs)
            .expect("running initdb as PostgreSQL's user")
            .current_dir(&dir)
            .arg("-D")
            .arg(&data)
            .args([
                "-U",
                "workbook",
                "--auth-host=scram-sha-256",
                "--auth-local=trust",
            ])
            .arg(format!("--pwfile={}", dir.join("pw").display()))
            .args(["--no-sync", "--no-instructions"])
            .output()
            .expect("running initdb");
        assert!(
            out.status.success(),
            "initdb: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        std::fs::write(&done, "").expect("marking the template done");
    }
    data
}

impl Drop for ThrowawayServer {
    fn drop(&mut self) {
        let _ = self
            .command("pg_ctl")
            .args(["stop", "-m", "immediate", "-D"])
            .arg(self.dir.join("data"))
            .output();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
