//! Where the workspace and its target directory are.
//!
//! The embedded cluster lives under the target directory so that `cargo clean` removes it and
//! two clones of the workbook never share one.

use std::path::{Path, PathBuf};

/// The workspace root (the folder with the top-level Cargo.toml), as it was when this crate was
/// compiled.
pub fn root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest
        .ancestors()
        .nth(2)
        .expect("tools/harness sits two levels below the workspace root")
        .to_path_buf()
}

/// The cargo target directory this process was built into.
///
/// Found from the running executable: cargo marks every target directory with a
/// `CACHEDIR.TAG` file, and test binaries, demos and the runner all live somewhere below it.
/// Falls back to `CARGO_TARGET_DIR`, then to `<root>/target`.
pub fn target_dir() -> PathBuf {
    if let Ok(exe) = std::env::current_exe() {
        for dir in exe.ancestors().skip(1) {
            if dir.join("CACHEDIR.TAG").is_file() {
                return dir.to_path_buf();
            }
        }
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
