//! `cargo workbook new ID --level N --track T`: scaffold an exercise, so that adding one is one
//! command and the writing, not seven steps to remember. It writes the exercise (shipped with a
//! `todo!()`), its reference answer, its checks (one that fails on the `todo!()`), its manifest
//! entry and a book page, then the generated wiring (as `sync` does). What is left is the
//! content: the story, the answer, the checks, the wrong-answer set, the page.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};

use crate::manifest::Manifest;
use crate::workbook::Workbook;

/// Scaffold a new exercise (for contributors)
#[derive(Debug, clap::Args)]
#[command(after_help = "Example:\n  cargo workbook new bulk_insert_sqlx --level 1 --track sqlx")]
pub struct Args {
    /// The exercise's id: lowercase letters, digits and `_`, ending in its track by convention
    #[arg(value_name = "ID")]
    pub id: String,
    /// The level it belongs to
    #[arg(long, value_name = "N")]
    pub level: u32,
    /// Its track: sqlx, diesel, or another the level uses (tokio, axum)
    #[arg(long, value_name = "T")]
    pub track: String,
    /// Its title, as the runner and the book show it
    #[arg(long, default_value = "A new exercise")]
    pub title: String,
}

pub fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let workbook = Workbook::open()?;
    let (id, level) = (args.id.as_str(), args.level);
    if id.is_empty()
        || !id.starts_with(|c: char| c.is_ascii_lowercase())
        || !id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    {
        bail!("`{id}` cannot be an exercise id: use lowercase letters, digits and `_`");
    }
    if workbook.manifest.find(id).is_some() {
        bail!("there is already an exercise `{id}` (see `cargo workbook list`)");
    }
    if !workbook.manifest.levels.iter().any(|l| l.number == level) {
        bail!("there is no level {level} in exercises/workbook.toml");
    }
    let page = PathBuf::from(format!("book/src/level{level}/{}.md", id.replace('_', "-")));
    let hints = [
        format!("A first nudge for {id}: what should the learner look at?"),
        format!("Nearly the answer for {id}, ending with a link to the documentation."),
    ];
    let files = [
        (
            PathBuf::from(format!("exercises/level{level}/{id}.rs")),
            exercise_file(args, "todo!()", "TODO: write `answer`."),
        ),
        (
            PathBuf::from(format!("solutions/level{level}/{id}.rs")),
            exercise_file(args, "42", "Reference answer. Why it is right: ..."),
        ),
        (
            PathBuf::from(format!("levels/level{level}/tests/checks/{id}.rs")),
            checks_file(id, level),
        ),
        (page.clone(), book_page(args, &hints)),
    ];
    for (path, _) in &files {
        if workbook.path(path).exists() {
            bail!("{} exists already: nothing was written", path.display());
        }
    }
    for (path, text) in &files {
        write(&workbook.root, path, text)?;
        println!("wrote {}", path.display());
    }

    let manifest_path = workbook.path("exercises/workbook.toml");
    let text = std::fs::read_to_string(&manifest_path).context("reading the manifest")?;
    let entry = manifest_entry(args, &page, &hints);
    std::fs::write(&manifest_path, insert_entry(&text, level, &entry))
        .context("writing the manifest")?;
    println!("wrote exercises/workbook.toml (the entry of {id}, last of level {level})");

    let summary_path = workbook.path("book/src/SUMMARY.md");
    if let Ok(summary) = std::fs::read_to_string(&summary_path) {
        let line = format!(
            "    - [{}](level{level}/{})",
            args.title,
            page.file_name().unwrap_or_default().to_string_lossy()
        );
        std::fs::write(&summary_path, insert_summary_line(&summary, level, &line))
            .context("writing book/src/SUMMARY.md")?;
        println!("wrote book/src/SUMMARY.md");
    }

    // The wiring follows the manifest, which has changed.
    let manifest = Manifest::load(&workbook.root)?;
    for path in crate::wiring::write(&workbook.root, &manifest)? {
        println!("wrote {}", path.display());
    }
    println!(
        "\nNext: write the story and the answer, real checks (CONTRIBUTING, \"Adding an \
         exercise\"), at least four wrong answers and one right one in \
         levels/level{level}/tests/answers/{id}/ (cargo workbook answers {id}), the hints and \
         the page; then cargo workbook verify."
    );
    Ok(ExitCode::SUCCESS)
}

fn write(root: &Path, path: &Path, text: &str) -> anyhow::Result<()> {
    let full = root.join(path);
    if let Some(dir) = full.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    std::fs::write(&full, text).with_context(|| format!("writing {}", full.display()))
}

/// The learner's file (`body` a `todo!()`) or the reference answer (`body` the answer).
fn exercise_file(args: &Args, body: &str, note: &str) -> String {
    format!(
        "//! Exercise `{id}` ({track} track): {title}.
//!
//! The story: what the learner builds, and why it matters. Keep the names and signatures:
//! the checks call them.

/// What `answer` must do.
pub async fn answer() -> i64 {{
    // {note}
    {body}
}}
",
        id = args.id,
        track = args.track,
        title = args.title,
    )
}

/// Checks that fail on the shipped `todo!()` and pass on the stub answer: replace them.
fn checks_file(id: &str, level: u32) -> String {
    format!(
        "//! Checks for the exercise `{id}`.

use_answer!(level{level}::{id});
use answer::answer;

#[test]
fn gives_the_answer() {{
    harness::check(&level{level}::LEVEL, |_db| async move {{
        let found = harness::unless_it_panics(
            \"{id}\",
            \"answer()\",
            \"answer returns its result, it does not panic.\",
            answer(),
        )
        .await;
        harness::expect_eq!(found, 42, \"[{id}] answer() should give 42\");
    }});
}}
"
    )
}

fn book_page(args: &Args, hints: &[String]) -> String {
    format!(
        "# {title}\n\nWhat the learner needs to know, then the exercise: `{file}`.\n\n{hints}\n",
        title = args.title,
        file = format_args!("exercises/level{}/{}.rs", args.level, args.id),
        hints = crate::book_hints::block(&args.id, hints),
    )
}

fn manifest_entry(args: &Args, page: &Path, hints: &[String]) -> String {
    let hints: Vec<String> = hints.iter().map(|h| format!("  {h:?},")).collect();
    format!(
        "[[exercise]]\nid = \"{}\"\nlevel = {}\ntrack = \"{}\"\ntitle = {:?}\nbook = \"{}\"\n\
         fails_with = \"not yet implemented\"\nhints = [\n{}\n]\n",
        args.id,
        args.level,
        args.track,
        args.title,
        page.display(),
        hints.join("\n")
    )
}

/// The manifest's text with `entry` after the last exercise of `level` (or at the end).
fn insert_entry(text: &str, level: u32, entry: &str) -> String {
    let level_line = format!("level = {level}\n");
    // The exercise blocks, by where they start.
    let starts: Vec<usize> = text.match_indices("[[exercise]]").map(|(i, _)| i).collect();
    let last_of_level = starts.iter().enumerate().rev().find(|(n, start)| {
        let end = starts.get(n + 1).copied().unwrap_or(text.len());
        text[**start..end].contains(&level_line)
    });
    // The block ends where the next table of any kind (`[[exercise]]`, `[[level]]`) starts.
    let at = match last_of_level {
        Some((_, start)) => text[*start + 1..]
            .find("\n[[")
            .map_or(text.len(), |i| *start + 1 + i + 1),
        None => text.len(),
    };
    // The next block may be preceded by comment lines that belong to it: insert before them,
    // right after the last line of the exercise before.
    let mut cut = at;
    while cut > 0 {
        let before = text[..cut].trim_end_matches('\n');
        let start = before.rfind('\n').map_or(0, |i| i + 1);
        let line = before[start..].trim();
        if line.is_empty() || line.starts_with('#') {
            cut = start;
        } else {
            cut = before.len();
            break;
        }
    }
    let head = text[..cut].trim_end_matches('\n');
    let tail = text[cut..].trim_start_matches('\n');
    let mut out = format!("{head}\n\n{}\n", entry.trim_end());
    if !tail.is_empty() {
        out.push('\n');
        out.push_str(tail);
    }
    out
}

/// SUMMARY.md with `line` after the last page of level `level`'s part.
fn insert_summary_line(summary: &str, level: u32, line: &str) -> String {
    let mut lines: Vec<&str> = summary.lines().collect();
    let marker = format!("(level{level}/");
    match lines.iter().rposition(|l| l.contains(&marker)) {
        Some(last) => lines.insert(last + 1, line),
        None => lines.push(line),
    }
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    const MANIFEST: &str = "[[level]]\nnumber = 1\n\n[[exercise]]\nid = \"a\"\nlevel = 1\n\n\
                            # Level 2\n\n[[level]]\nnumber = 2\n\n[[exercise]]\nid = \"b\"\n\
                            level = 2\n";

    #[test]
    fn a_new_entry_goes_last_in_its_level() {
        let text = insert_entry(MANIFEST, 1, "[[exercise]]\nid = \"new\"\nlevel = 1\n");
        let (a, new, b) = (
            text.find("id = \"a\"").unwrap(),
            text.find("id = \"new\"").unwrap(),
            text.find("id = \"b\"").unwrap(),
        );
        assert!(a < new && new < b, "{text}");
        assert!(
            text.find("# Level 2").unwrap() > new,
            "the comment of level 2 stays with it:\n{text}"
        );
        let text = insert_entry(MANIFEST, 2, "[[exercise]]\nid = \"new\"\nlevel = 2\n");
        assert!(
            text.ends_with("level = 2\n\n[[exercise]]\nid = \"new\"\nlevel = 2\n"),
            "{text}"
        );
    }

    #[test]
    fn a_new_page_goes_last_in_its_part() {
        let summary =
            "# L1\n- [i](level1/index.md)\n    - [a](level1/a.md)\n# L2\n- [i](level2/index.md)\n";
        let text = insert_summary_line(summary, 1, "    - [new](level1/new.md)");
        assert_eq!(
            text,
            "# L1\n- [i](level1/index.md)\n    - [a](level1/a.md)\n    - [new](level1/new.md)\n# L2\n- [i](level2/index.md)\n"
        );
    }
}
