//! The embedded default: a private PostgreSQL cluster made from the local binaries.
//!
//! It lives in a folder of its own (data, log, lock file; see [`cluster_dir`] for where: in
//! memory when the machine allows, else under the target directory) and listens on a unix socket
//! only, in a short `0700` directory under `/tmp` (socket paths are limited to about 100 bytes,
//! and target directories can be deep). It is started on first use and left running, so the next
//! test run pays nothing. Starting happens under an exclusive file lock: many test binaries
//! starting at once start it once.
//!
//! Running as root (CI does) works: PostgreSQL refuses to run as root, so the cluster is owned by
//! and runs as the `postgres` system user.
//!
//! The settings trade durability for speed (`fsync=off` and friends): this cluster holds
//! throwaway test databases, nothing else.

use std::fs::{self, File};
use std::io::Read;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use crate::binaries;
use crate::error::HarnessError;
use crate::workspace;

/// The superuser of the embedded cluster. Authentication is `trust`: only the socket directory's
/// owner can reach the socket at all.
pub const SUPERUSER: &str = "workbook";

/// The embedded cluster's files and how to run its binaries.
#[derive(Debug, Clone)]
pub struct Embedded {
    /// The cluster's folder (see [`cluster_dir`]).
    pub dir: PathBuf,
    pub data: PathBuf,
    pub log: PathBuf,
    pub socket_dir: PathBuf,
    bindir: PathBuf,
    run_as: Option<SystemUser>,
}

/// What [`Embedded::ensure_running`] had to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Started {
    AlreadyRunning,
    /// Started now; `initialized` says whether the cluster was created first (initdb).
    Now {
        initialized: bool,
        took: Duration,
    },
}

#[derive(Debug, Clone)]
struct SystemUser {
    uid: u32,
    gid: u32,
    name: String,
}

impl Embedded {
    /// Where the cluster is (or would be), without starting anything.
    ///
    /// Fails with [`HarnessError::NoServer`] when no PostgreSQL binaries are installed.
    pub fn locate() -> Result<Self, HarnessError> {
        let bindir = binaries::server_bindir().ok_or(HarnessError::NoServer)?;
        let run_as = if is_root() {
            Some(system_user("postgres").ok_or_else(|| {
                HarnessError::Embedded {
                    step: "start as root",
                    detail: "PostgreSQL refuses to run as root and there is no `postgres` system \
                         user to run it as (the postgresql package creates one)"
                        .into(),
                    dir: workspace::target_dir(),
                    log: PathBuf::new(),
                }
            })?)
        } else {
            None
        };
        let dir = cluster_dir(run_as.as_ref());
        let socket_dir = PathBuf::from(format!("/tmp/wbpg-{}", short_hash(&dir)));
        Ok(Embedded {
            data: dir.join("data"),
            log: dir.join("server.log"),
            dir,
            socket_dir,
            bindir,
            run_as,
        })
    }

    /// The URL that reaches the cluster's `postgres` database through the socket.
    pub fn url(&self) -> String {
        format!(
            "postgres:///postgres?host={}&user={SUPERUSER}",
            self.socket_dir.display()
        )
    }

    /// Whether a postmaster for this data directory is alive.
    pub fn is_running(&self) -> bool {
        self.live_postmaster_pid().is_some()
    }

    /// Create the cluster if needed and start it if it is not running. Safe to call from many
    /// processes at once.
    pub fn ensure_running(&self) -> Result<Started, HarnessError> {
        if self.is_running() && self.socket_dir.join(".s.PGSQL.5432").exists() {
            return Ok(Started::AlreadyRunning);
        }
        self.make_dir(&self.dir, 0o755)?;
        let _lock = self.lock()?;
        // Someone else may have started it while we waited for the lock.
        if self.is_running() {
            return Ok(Started::AlreadyRunning);
        }
        let began = Instant::now();
        let initialized = if self.data.join("PG_VERSION").is_file() {
            false
        } else {
            self.initdb()?;
            true
        };
        self.remove_stale_pid_file()?;
        self.start()?;
        Ok(Started::Now {
            initialized,
            took: began.elapsed(),
        })
    }

    /// Stop the cluster (fast shutdown: open sessions are ended). Returns whether it was running.
    pub fn stop(&self) -> Result<bool, HarnessError> {
        if !self.is_running() {
            return Ok(false);
        }
        let _lock = self.lock()?;
        let out = self.run(
            "stop",
            self.pg_ctl()
                .args(["stop", "-m", "fast", "-w", "-t", "30", "-D"])
                .arg(&self.data),
        )?;
        if !out.status.success() {
            return Err(self.failure("stop", &out));
        }
        Ok(true)
    }

    fn lock(&self) -> Result<File, HarnessError> {
        let path = self.dir.join("start.lock");
        let file = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| HarnessError::io(format!("opening {}", path.display()), e))?;
        file.lock()
            .map_err(|e| HarnessError::io(format!("locking {}", path.display()), e))?;
        Ok(file)
    }

    fn initdb(&self) -> Result<(), HarnessError> {
        // A half-made data directory (an initdb that was interrupted) cannot be reused.
        if self.data.exists() {
            fs::remove_dir_all(&self.data).map_err(|e| {
                HarnessError::io(format!("removing unfinished {}", self.data.display()), e)
            })?;
        }
        self.make_dir(&self.data, 0o700)?;
        let mut initdb = Command::new(self.bindir.join("initdb"));
        initdb
            .arg("-D")
            .arg(&self.data)
            .args(["-U", SUPERUSER, "--auth=trust", "--encoding=UTF8"])
            .args(["--locale=C", "--no-sync", "--no-instructions"]);
        let out = self.run("create its cluster (initdb)", &mut initdb)?;
        if !out.status.success() {
            return Err(self.failure("create its cluster (initdb)", &out));
        }
        Ok(())
    }

    fn start(&self) -> Result<(), HarnessError> {
        self.make_dir(&self.socket_dir, 0o700)?;
        // Options are passed to postgres through pg_ctl's shell command line: keep them free of
        // quotes and spaces inside values.
        let options = [
            "-c listen_addresses=".to_string(),
            format!("-c unix_socket_directories={}", self.socket_dir.display()),
            "-c max_connections=300".into(),
            "-c fsync=off".into(),
            "-c synchronous_commit=off".into(),
            "-c full_page_writes=off".into(),
            "-c shared_buffers=128MB".into(),
            "-c log_min_messages=warning".into(),
        ]
        .join(" ");
        let mut pg_ctl = self.pg_ctl();
        pg_ctl
            .args(["start", "-w", "-t", "60", "-D"])
            .arg(&self.data)
            .arg("-l")
            .arg(&self.log)
            .arg("-o")
            .arg(options);
        let out = self.run("start", &mut pg_ctl)?;
        if !out.status.success() {
            return Err(self.failure("start", &out));
        }
        Ok(())
    }

    /// After a crash or a reboot, `postmaster.pid` may name a process that is gone, or a pid now
    /// used by something else. PostgreSQL refuses to start over a pid file it cannot prove
    /// stale, so prove it here and remove it.
    fn remove_stale_pid_file(&self) -> Result<(), HarnessError> {
        let pid_file = self.data.join("postmaster.pid");
        if pid_file.exists() && self.live_postmaster_pid().is_none() {
            fs::remove_file(&pid_file).map_err(|e| {
                HarnessError::io(format!("removing stale {}", pid_file.display()), e)
            })?;
        }
        let socket_lock = self.socket_dir.join(".s.PGSQL.5432.lock");
        if socket_lock.exists() {
            let _ = fs::remove_file(&socket_lock);
            let _ = fs::remove_file(self.socket_dir.join(".s.PGSQL.5432"));
        }
        Ok(())
    }

    /// The pid in `postmaster.pid`, if that process is alive and is a postgres serving this
    /// data directory.
    fn live_postmaster_pid(&self) -> Option<i32> {
        let mut text = String::new();
        File::open(self.data.join("postmaster.pid"))
            .ok()?
            .read_to_string(&mut text)
            .ok()?;
        let pid: i32 = text.lines().next()?.trim().parse().ok()?;
        // SAFETY: kill with signal 0 only checks that the process exists.
        let exists = unsafe { libc::kill(pid, 0) } == 0
            || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM);
        if !exists {
            return None;
        }
        // Where /proc exists (Linux), make sure the pid was not reused by another program.
        let proc_dir = PathBuf::from(format!("/proc/{pid}"));
        if Path::new("/proc/self").exists() {
            let cmdline = fs::read(proc_dir.join("cmdline")).ok()?;
            let cmdline = String::from_utf8_lossy(&cmdline);
            if !cmdline.contains(&*self.data.to_string_lossy()) {
                return None;
            }
        }
        Some(pid)
    }

    fn pg_ctl(&self) -> Command {
        Command::new(self.bindir.join("pg_ctl"))
    }

    /// Run one of the PostgreSQL binaries, as the postgres user when we are root.
    fn run(&self, step: &'static str, cmd: &mut Command) -> Result<Output, HarnessError> {
        cmd.stdin(Stdio::null()).current_dir(&self.dir);
        if let Some(user) = &self.run_as {
            user.run(cmd);
        }
        cmd.output().map_err(|e| HarnessError::Embedded {
            step,
            detail: format!("could not run {:?}: {e}", cmd.get_program()),
            dir: self.dir.clone(),
            log: self.log.clone(),
        })
    }

    fn failure(&self, step: &'static str, out: &Output) -> HarnessError {
        let mut detail = String::from_utf8_lossy(&out.stderr).trim().to_string();
        if detail.is_empty() {
            detail = String::from_utf8_lossy(&out.stdout).trim().to_string();
        }
        if let Ok(log) = fs::read_to_string(&self.log) {
            let tail: Vec<&str> = log.lines().rev().take(5).collect();
            if !tail.is_empty() {
                detail.push_str(" | server log: ");
                detail.push_str(&tail.into_iter().rev().collect::<Vec<_>>().join(" | "));
            }
        }
        HarnessError::Embedded {
            step,
            detail,
            dir: self.dir.clone(),
            log: self.log.clone(),
        }
    }

    /// Create a directory with the given mode, owned by the user the server runs as.
    fn make_dir(&self, dir: &Path, mode: u32) -> Result<(), HarnessError> {
        fs::create_dir_all(dir)
            .map_err(|e| HarnessError::io(format!("creating {}", dir.display()), e))?;
        fs::set_permissions(dir, fs::Permissions::from_mode(mode))
            .map_err(|e| HarnessError::io(format!("setting the mode of {}", dir.display()), e))?;
        if let Some(user) = &self.run_as {
            std::os::unix::fs::chown(dir, Some(user.uid), Some(user.gid)).map_err(|e| {
                HarnessError::io(format!("giving {} to postgres", dir.display()), e)
            })?;
        }
        Ok(())
    }
}

/// A command for one of the PostgreSQL binaries that runs as the `postgres` system user when we
/// are root (PostgreSQL refuses to run as root), and as ourselves otherwise. Also chowns `dirs`
/// to that user. For tests that run a server of their own.
pub fn server_command(program: &Path, dirs: &[&Path]) -> std::io::Result<Command> {
    let mut cmd = Command::new(program);
    if is_root() {
        let user = system_user("postgres").ok_or_else(|| {
            std::io::Error::other("running as root and there is no `postgres` system user")
        })?;
        for dir in dirs {
            std::os::unix::fs::chown(dir, Some(user.uid), Some(user.gid))?;
        }
        user.run(&mut cmd);
    }
    Ok(cmd)
}

/// Where the cluster's files go, first match wins:
///
/// 1. `WORKBOOK_PG_DIR`, if set.
/// 2. A folder in `/dev/shm` (memory-backed, Linux), named after the target directory. Creating
///    a database copies about 300 small files, and on a journaling file system each file costs
///    close to a millisecond: 250 ms per test database on ext4, 25 ms in memory (measured; see
///    CONTRIBUTING.md). The price: a reboot empties it, and the next run recreates the cluster
///    in about a second.
/// 3. `<target>/workbook-postgres`, unless we are root and the postgres user cannot enter the
///    target directory (a checkout under /root, say): then a folder in the temp directory.
fn cluster_dir(run_as: Option<&SystemUser>) -> PathBuf {
    let target = workspace::target_dir();
    if let Some(dir) = std::env::var_os("WORKBOOK_PG_DIR") {
        return PathBuf::from(dir);
    }
    let name = format!("workbook-postgres-{}", short_hash(&target));
    let shm = Path::new("/dev/shm");
    if has_room(shm, 1 << 30) {
        return shm.join(name);
    }
    let in_target = target.join("workbook-postgres");
    match run_as {
        Some(user) if !reachable_by(&in_target, user) => std::env::temp_dir().join(name),
        _ => in_target,
    }
}

/// Whether `dir` is a writable directory with at least `bytes` free.
// statvfs's field types differ between platforms (u64 on Linux, u32 on macOS): the conversions
// are needed somewhere, useless here.
#[allow(clippy::useless_conversion, clippy::unnecessary_cast)]
pub(crate) fn has_room(dir: &Path, bytes: u64) -> bool {
    let Ok(c_path) = std::ffi::CString::new(dir.as_os_str().as_encoded_bytes()) else {
        return false;
    };
    // SAFETY: statvfs only writes into the struct we pass; access only reads the path.
    unsafe {
        if libc::access(c_path.as_ptr(), libc::W_OK | libc::X_OK) != 0 {
            return false;
        }
        let mut stats: libc::statvfs = std::mem::zeroed();
        if libc::statvfs(c_path.as_ptr(), &mut stats) != 0 {
            return false;
        }
        u64::from(stats.f_bavail).saturating_mul(stats.f_frsize as u64) >= bytes
    }
}

impl SystemUser {
    /// Make `cmd` run as this user (PostgreSQL refuses to run as root).
    fn run(&self, cmd: &mut Command) {
        cmd.uid(self.uid).gid(self.gid).env("USER", &self.name);
    }
}

fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() == 0 }
}

fn system_user(name: &str) -> Option<SystemUser> {
    let c_name = std::ffi::CString::new(name).ok()?;
    // SAFETY: getpwnam returns a pointer into static storage or null; we copy what we need
    // before any other call could overwrite it.
    unsafe {
        let pw = libc::getpwnam(c_name.as_ptr());
        if pw.is_null() {
            return None;
        }
        Some(SystemUser {
            uid: (*pw).pw_uid,
            gid: (*pw).pw_gid,
            name: name.to_string(),
        })
    }
}

/// Whether `user` can reach `dir` (or where it will be created): every existing ancestor must be
/// searchable by them.
fn reachable_by(dir: &Path, user: &SystemUser) -> bool {
    use std::os::unix::fs::MetadataExt;
    dir.ancestors().skip(1).all(|ancestor| {
        let Ok(meta) = fs::metadata(ancestor) else {
            return true; // does not exist yet: we will create it
        };
        let mode = meta.mode();
        if meta.uid() == user.uid {
            mode & 0o100 != 0
        } else if meta.gid() == user.gid {
            mode & 0o010 != 0
        } else {
            mode & 0o001 != 0
        }
    })
}

/// A short, stable name for a path (FNV-1a), for socket directories.
pub(crate) fn short_hash(path: &Path) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in path.as_os_str().as_encoded_bytes() {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{:08x}", hash as u32)
}
