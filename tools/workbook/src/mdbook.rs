//! mdBook, the book's builder, at the version the book is written for: found on the PATH, or
//! installed once into the target directory (`cargo install`, a couple of minutes, said as it
//! happens), so that neither a learner's `cargo workbook book` nor a contributor's `verify` needs
//! a separate install step. Likewise mdbook-i18n-helpers, whose two plugins extract the English
//! text for translation (`mdbook-xgettext`) and build the Chinese edition (`mdbook-gettext`).

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
    let root = tools_root();
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

/// The mdbook-i18n-helpers version the translation is made with (0.4 is the first for mdBook
/// 0.5).
pub const I18N_VERSION: &str = "0.4.0";

/// Where the workbook installs its tools.
fn tools_root() -> PathBuf {
    harness::workspace::target_dir().join("workbook-tools")
}

/// mdBook with the translation plugins on its PATH (installing them first when they are not at
/// [`I18N_VERSION`]): a `Command` to add arguments to.
pub fn with_i18n() -> anyhow::Result<Command> {
    let mdbook = ensure()?;
    let root = tools_root();
    if !i18n_is_pinned(&root) {
        eprintln!(
            "mdbook-i18n-helpers {I18N_VERSION} is not installed: installing it into {} (once; \
             about a minute)...",
            root.display()
        );
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let status = Command::new(cargo)
            .args(["install", "mdbook-i18n-helpers", "--version", I18N_VERSION])
            .args(["--locked", "--root"])
            .arg(&root)
            .status()
            .context("running cargo install mdbook-i18n-helpers")?;
        if !status.success() || !i18n_is_pinned(&root) {
            bail!(
                "could not install mdbook-i18n-helpers {I18N_VERSION} (cargo install failed; it \
                 needs crates.io). Install it yourself with `cargo install mdbook-i18n-helpers \
                 --version {I18N_VERSION} --locked`."
            );
        }
    }
    let bin = root.join("bin");
    let path = std::env::var_os("PATH").unwrap_or_default();
    let path = std::env::join_paths(std::iter::once(bin).chain(std::env::split_paths(&path)))?;
    let mut command = Command::new(mdbook);
    command.env("PATH", path);
    Ok(command)
}

/// Whether `cargo install` recorded the pinned mdbook-i18n-helpers under `root`, with both its
/// plugins in place.
fn i18n_is_pinned(root: &std::path::Path) -> bool {
    let recorded = std::fs::read_to_string(root.join(".crates.toml")).unwrap_or_default();
    recorded.contains(&format!("\"mdbook-i18n-helpers {I18N_VERSION} "))
        && ["mdbook-gettext", "mdbook-xgettext"]
            .iter()
            .all(|p| root.join("bin").join(p).is_file())
}

/// Whether `program` runs and is mdBook [`VERSION`].
fn is_pinned(program: &PathBuf) -> bool {
    Command::new(program)
        .arg("--version")
        .output()
        .is_ok_and(|out| String::from_utf8_lossy(&out.stdout).contains(&format!("v{VERSION}")))
}
