//! mdBook, the book's builder, at the version the book is written for: found on the PATH, or
//! installed once into the target directory (`cargo install`, a couple of minutes, said as it
//! happens), so that neither a learner's `cargo workbook book` nor a contributor's `verify` needs
//! a separate install step.

use std::path::PathBuf;
use std::process::Command;

use anyhow::{Context, bail};

/// The mdBook version the book is written for (its theme and preprocessors differ by version).
pub const VERSION: &str = "0.5.4";

/// The `mdbook` program to run, installing it first when there is none at [`VERSION`].
pub fn ensure() -> anyhow::Result<PathBuf> {
    let on_path = PathBuf::from("mdbook");
    if is_pinned(&on_path) {
        return Ok(on_path);
    }
    let root = harness::workspace::target_dir().join("workbook-tools");
    let installed = root.join("bin/mdbook");
    if is_pinned(&installed) {
        return Ok(installed);
    }
    eprintln!(
        "mdBook {VERSION} is not installed: installing it into {} (once; it takes a couple of \
         minutes)...",
        root.display()
    );
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let status = Command::new(cargo)
        .args([
            "install",
            "mdbook",
            "--version",
            VERSION,
            "--locked",
            "--root",
        ])
        .arg(&root)
        .status()
        .context("running cargo install mdbook")?;
    if !status.success() || !is_pinned(&installed) {
        bail!(
            "could not install mdBook {VERSION} (cargo install failed; it needs crates.io). \
             Install it yourself with `cargo install mdbook --version {VERSION} --locked`, or \
             read the chapters as they are in book/src/."
        );
    }
    Ok(installed)
}

/// Whether `program` runs and is mdBook [`VERSION`].
fn is_pinned(program: &PathBuf) -> bool {
    Command::new(program)
        .arg("--version")
        .output()
        .is_ok_and(|out| String::from_utf8_lossy(&out.stdout).contains(&format!("v{VERSION}")))
}
