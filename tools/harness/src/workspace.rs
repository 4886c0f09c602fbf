//! Where the workbook and its target directory are, found when the program runs.
//!
//! Never the folder the program was compiled in: a workbook folder copied with its target/
//! (a lab machine set up once and copied to every account) runs binaries compiled in the
//! original folder, and cargo does not rebuild them (it fingerprints workspace members by their
//! paths relative to the workspace). So the root is looked for at run time, the same way by the
//! runner, the tests and the demos.

use std::path::{Path, PathBuf};

/// The file that marks a workbook's root.
const MARKER: &str = "exercises/workbook.toml";

/// The workbook's root (the folder with `exercises/workbook.toml`), found at run time:
///
/// 1. `WORKBOOK_ROOT`, when set (the runner's own tests point it at a fixture workbook);
/// 2. else the current directory or the nearest folder above it that has the marker (cargo runs
///    tests in their package's folder; a learner runs `cargo workbook` inside the workbook);
/// 3. else the folder above the target directory this program was built into, if it has the
///    marker (a demo binary started from elsewhere).
///
/// `None` when none of these is a workbook.
pub fn find_root() -> Option<PathBuf> {
    if let Some(root) = std::env::var_os("WORKBOOK_ROOT") {
        return Some(PathBuf::from(root));
    }
    let is_root = |dir: &Path| dir.join(MARKER).is_file();
    if let Ok(here) = std::env::current_dir()
        && let Some(root) = here.ancestors().find(|dir| is_root(dir))
    {
        return Some(root.to_path_buf());
    }
    let built_in = built_target_dir()?;
    built_in
        .ancestors()
        .skip(1)
        .find(|dir| is_root(dir))
        .map(Path::to_path_buf)
}

/// The workbook's root, as [`find_root`] finds it; when nothing is found (a program run far
/// from any workbook), the current directory, so that paths built from it name a place the
/// person running it can see.
pub fn root() -> PathBuf {
    find_root()
        .or_else(|| std::env::current_dir().ok())
        .unwrap_or_else(|| PathBuf::from("."))
}

/// The cargo target directory this program was built into: cargo marks every target directory
/// with a `CACHEDIR.TAG` file, and test binaries, demos and the runner all live below it.
fn built_target_dir() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    exe.ancestors()
        .skip(1)
        .find(|dir| dir.join("CACHEDIR.TAG").is_file())
        .map(Path::to_path_buf)
}

/// The cargo target directory: the one this program was built into, else `CARGO_TARGET_DIR`,
/// else `<root>/target`.
pub fn target_dir() -> PathBuf {
    if let Some(dir) = built_target_dir() {
        return dir;
    }
    if let Some(dir) = std::env::var_os("CARGO_TARGET_DIR") {
        let dir = PathBuf::from(dir);
        return if dir.is_absolute() {
            dir
        } else {
            root().join(dir)
        };
    }
    root().join("target")
}
