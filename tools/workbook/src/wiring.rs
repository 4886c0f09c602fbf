//! The exercise wiring, written from the manifest (`exercises/workbook.toml`) rather than kept
//! by hand: in each level crate, the module of each exercise in `src/lib.rs`, the test module
//! of each exercise's checks in `tests/checks/main.rs`, and a `set_aside_<id>` feature per
//! exercise in `Cargo.toml`. Each lives between a `BEGIN exercises` and an `END exercises` line;
//! the rest of those files is written by hand.
//!
//! `cargo workbook sync` writes it; verify fails, naming that command, when it is stale.
//!
//! Setting aside: with `--features set_aside_<id>`, exercise `<id>` is compiled from a copy of
//! its file as shipped (`levels/levelN/set-aside/<id>.rs`, taken from git), never from the
//! learner's file. That is how `cargo workbook check` runs one exercise's checks while another
//! exercise of the level does not compile.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{Context, bail};

use crate::manifest::{Exercise, Manifest};

const BEGIN: &str = "BEGIN exercises";
const END: &str = "END exercises";

/// The folder of a level's set-aside copies, relative to the workbook's root.
pub fn set_aside_dir(level: u32) -> PathBuf {
    PathBuf::from(format!("levels/level{level}/set-aside"))
}

/// The feature that sets `exercise` aside.
pub fn set_aside_feature(exercise: &Exercise) -> String {
    format!("set_aside_{}", exercise.id)
}

/// Every wiring file as it should be: (path relative to the root, full text).
pub fn expected(root: &Path, manifest: &Manifest) -> anyhow::Result<Vec<(PathBuf, String)>> {
    let mut files = Vec::new();
    for level in &manifest.levels {
        let exercises: Vec<&Exercise> = manifest.in_level(level.number).collect();
        let crate_dir = PathBuf::from(format!("levels/level{}", level.number));

        let lib = crate_dir.join("src/lib.rs");
        let text = replace_block(root, &lib, "// ", &lib_block(level.number, &exercises))?;
        files.push((lib, rustfmt(&text)));

        let checks = crate_dir.join("tests/checks/main.rs");
        let text = replace_block(root, &checks, "// ", &checks_block(&exercises))?;
        files.push((checks, rustfmt(&text)));

        let manifest_file = crate_dir.join("Cargo.toml");
        let text = replace_block(root, &manifest_file, "# ", &features_block(&exercises))?;
        files.push((manifest_file, text));
    }
    Ok(files)
}

/// The wiring files that differ from what the manifest calls for. Layout is not compared (only
/// what is not whitespace): without rustfmt the expected text is not formatted, and a machine
/// without rustfmt must still be able to verify.
pub fn stale(root: &Path, manifest: &Manifest) -> anyhow::Result<Vec<PathBuf>> {
    let words = |text: &str| -> String { text.split_whitespace().collect() };
    Ok(expected(root, manifest)?
        .into_iter()
        .filter(|(path, text)| {
            std::fs::read_to_string(root.join(path)).map_or(true, |now| words(&now) != words(text))
        })
        .map(|(path, _)| path)
        .collect())
}

/// Write the wiring files that are stale; returns their paths.
pub fn write(root: &Path, manifest: &Manifest) -> anyhow::Result<Vec<PathBuf>> {
    let mut written = Vec::new();
    for (path, text) in expected(root, manifest)? {
        let full = root.join(&path);
        if std::fs::read_to_string(&full).ok().as_deref() != Some(text.as_str()) {
            std::fs::write(&full, text).with_context(|| format!("writing {}", full.display()))?;
            written.push(path);
        }
    }
    Ok(written)
}

/// The modules of `src/lib.rs`.
fn lib_block(level: u32, exercises: &[&Exercise]) -> String {
    let mut block = String::from(
        "// One module per exercise: the learner's file; the reference answer with `--features
// solutions`; or, with `--features set_aside_<id>`, the file as shipped (a copy in set-aside/),
// which is how `cargo workbook check` runs the other checks while this exercise does not
// compile. A shipped exercise has `todo!()` bodies (or its bug) and may leave imports and
// variables unused until it is done.\n",
    );
    for exercise in exercises {
        let id = &exercise.id;
        let aside = set_aside_feature(exercise);
        let _ = write!(
            block,
            "
#[cfg_attr(not(feature = \"solutions\"), allow(unused_imports, unused_variables, dead_code))]
#[cfg_attr(all(not(feature = \"solutions\"), not(feature = \"{aside}\")), path = \"../../../exercises/level{level}/{id}.rs\")]
#[cfg_attr(all(not(feature = \"solutions\"), feature = \"{aside}\"), path = \"../set-aside/{id}.rs\")]
#[cfg_attr(feature = \"solutions\", path = \"../../../solutions/level{level}/{id}.rs\")]
pub mod {id};
"
        );
    }
    block
}

/// The test modules of `tests/checks/main.rs`, in name order (as rustfmt keeps them).
fn checks_block(exercises: &[&Exercise]) -> String {
    let mut ids: Vec<&str> = exercises.iter().map(|e| e.id.as_str()).collect();
    ids.sort_unstable();
    let mut block = String::from("// Each exercise's checks, one module each.\n");
    for id in ids {
        let _ = writeln!(block, "mod {id};");
    }
    block
}

/// The `set_aside_<id>` features of `Cargo.toml`.
fn features_block(exercises: &[&Exercise]) -> String {
    let mut block = String::from(
        "# With set_aside_<id>, exercise <id> is compiled as shipped (`cargo workbook check` sets\n\
         # aside an exercise that does not compile, so the others can be checked).\n",
    );
    for exercise in exercises {
        let _ = writeln!(block, "{} = []", set_aside_feature(exercise));
    }
    block
}

/// `path`'s text with what lies between its `BEGIN exercises` and `END exercises` lines (comment
/// lines starting with `comment`) replaced by `block`.
fn replace_block(root: &Path, path: &Path, comment: &str, block: &str) -> anyhow::Result<String> {
    let full = root.join(path);
    let text =
        std::fs::read_to_string(&full).with_context(|| format!("reading {}", full.display()))?;
    let begin_line = format!(
        "{comment}{BEGIN} (written by `cargo workbook sync`: edit exercises/workbook.toml)\n"
    );
    let end_line = format!("{comment}{END}\n");
    let (Some(begin), Some(end)) = (
        text.find(&format!("{comment}{BEGIN}")),
        text.find(&end_line),
    ) else {
        bail!(
            "{} has no `{comment}{BEGIN}` and `{comment}{END}` lines around its exercise wiring",
            path.display()
        );
    };
    Ok(format!(
        "{}{begin_line}{block}{end_line}{}",
        &text[..begin],
        &text[end + end_line.len()..]
    ))
}

/// `text` as rustfmt formats it (edition 2024), so that a `cargo fmt` never disagrees with
/// `sync`; the text itself when rustfmt is not installed.
fn rustfmt(text: &str) -> String {
    let child = Command::new("rustfmt")
        .args(["--edition", "2024", "--emit", "stdout"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn();
    let Ok(mut child) = child else {
        return text.to_string();
    };
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(text.as_bytes());
    }
    match child.wait_with_output() {
        Ok(output) if output.status.success() => String::from_utf8_lossy(&output.stdout).into(),
        _ => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `stale` compares words only, so that a machine without rustfmt can verify: rustfmt must
    /// change nothing but whitespace in what `sync` generates.
    #[test]
    fn rustfmt_changes_only_the_layout() {
        let exercise = Exercise {
            id: "a_rather_long_exercise_name_sqlx".into(),
            level: 3,
            track: "sqlx".into(),
            title: "t".into(),
            book: "b".into(),
            fails_with: "f".into(),
            hints: vec![],
            slow_checks: None,
        };
        let raw = lib_block(3, &[&exercise]);
        let formatted = rustfmt(&raw);
        if formatted == raw {
            eprintln!("rustfmt is not installed, or changed nothing");
        }
        let words = |text: &str| -> String { text.split_whitespace().collect() };
        assert_eq!(words(&raw), words(&formatted), "{formatted}");
    }
}
