//! What the runner's tests share: private copies of the fixture workbook (`tests/fixture/`),
//! each with a build folder of its own, and running the runner on one.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A fresh copy of the fixture under the target directory, made a git repository (reset takes
/// the shipped file from git).
pub fn copy_of_the_fixture(name: &str) -> PathBuf {
    let to = harness::workspace::target_dir().join(name);
    let _ = std::fs::remove_dir_all(&to);
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixture"),
        &to,
    );
    for args in [
        vec!["init", "-q"],
        vec!["add", "."],
        vec![
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@example.com",
            "commit",
            "-qm",
            "fixture",
        ],
    ] {
        let ok = Command::new("git")
            .args(&args)
            .current_dir(&to)
            .status()
            .unwrap();
        assert!(ok.success(), "git {args:?}");
    }
    to
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The build folder of a copy of the fixture. Each copy has its own: cargo names the artifacts
/// of a workspace's own crates without their folder, so two copies that differ (one with an
/// exercise fixed) would take each other's builds for their own.
pub fn build_dir(root: &Path) -> PathBuf {
    let name = root.file_name().unwrap_or_default().to_string_lossy();
    harness::workspace::target_dir().join(format!("{name}-build"))
}

/// Run `command` (the runner, with its workbook chosen) with `args`, a state folder of its own
/// under `root`, and the copy's build folder; returns its output, stdout and stderr together.
pub fn run(mut command: Command, root: &Path, args: &[&str], state: &str) -> (Output, String) {
    // English unless the test asks otherwise: the tests read the runner's words, and the
    // machine's locale must not change them.
    if !command.get_envs().any(|(key, _)| key == "WORKBOOK_LANG") {
        command.env("WORKBOOK_LANG", "en");
    }
    let output = command
        .args(args)
        .env("WORKBOOK_STATE_DIR", root.join("state").join(state))
        .env("CARGO_TARGET_DIR", build_dir(root))
        .env_remove("CARGO_BUILD_TARGET_DIR")
        .output()
        .expect("running the runner");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        !text.contains('\u{1b}'),
        "colour codes in plain output:\n{text}"
    );
    (output, text)
}

/// A child process, killed when the test is done with it (a `watch` or a `class serve` would
/// otherwise run on).
pub struct KillOnDrop(pub std::process::Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}
