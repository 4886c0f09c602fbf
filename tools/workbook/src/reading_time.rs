//! Each page of the book says how long it takes to read, on a line under its title, written by
//! `cargo workbook sync` and checked by verify (an edited page whose line was not updated fails).
//!
//! The count is the page's prose: words outside code blocks, HTML comments and `{{#include}}`
//! lines, at 200 words a minute, rounded up. Code is read at another pace, and an exercise's
//! code is read in the editor, not on the page.

use std::path::{Path, PathBuf};

/// Words a minute, for prose with technical terms (the usual figure for such text).
const WORDS_PER_MINUTE: usize = 200;

/// What the line says; the start is how a page's existing line is found.
const PREFIX: &str = "*Reading time: about ";

/// `markdown` (the page at `page`) with its `{{#include file.md:anchor}}` lines replaced by the
/// text they include: a page made of other pages' tables (the SQLAlchemy mapping) takes as long
/// to read as those tables. Includes of code are left to be skipped.
fn expand_prose_includes(markdown: &str, page: &Path) -> String {
    let dir = page.parent().unwrap_or(Path::new("."));
    markdown
        .lines()
        .map(|line| {
            let Some(spec) = line
                .trim()
                .strip_prefix("{{#include ")
                .and_then(|rest| rest.strip_suffix("}}"))
            else {
                return line.to_string();
            };
            let (file, anchor) = spec.split_once(':').unwrap_or((spec, ""));
            if !file.ends_with(".md") {
                return line.to_string();
            }
            let included = std::fs::read_to_string(dir.join(file)).unwrap_or_default();
            if anchor.is_empty() {
                return included;
            }
            let begin = format!("ANCHOR: {anchor} ");
            let end = format!("ANCHOR_END: {anchor} ");
            included
                .lines()
                .skip_while(|l| !format!("{l} ").contains(&begin))
                .skip(1)
                .take_while(|l| !format!("{l} ").contains(&end))
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Minutes to read the page at `page`, whose text is `markdown`, its prose includes counted.
pub fn minutes_of(markdown: &str, page: &Path) -> usize {
    minutes(&expand_prose_includes(markdown, page))
}

/// Minutes to read `markdown`'s prose.
pub fn minutes(markdown: &str) -> usize {
    let mut words = 0;
    let (mut in_code, mut in_comment) = (false, false);
    for line in markdown.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") {
            in_code = !in_code;
            continue;
        }
        if in_code || trimmed.starts_with(PREFIX) || trimmed.starts_with("{{#") {
            continue;
        }
        if trimmed.starts_with("<!--") {
            in_comment = !trimmed.contains("-->");
            continue;
        }
        if in_comment {
            in_comment = !trimmed.contains("-->");
            continue;
        }
        words += line.split_whitespace().count();
    }
    words.div_ceil(WORDS_PER_MINUTE).max(1)
}

/// `markdown` (the page at `page`) with its reading-time line, current, right under its title
/// (and a blank line).
pub fn with_line(markdown: &str, page: &Path) -> String {
    let line = format!("{PREFIX}{} min.*", minutes_of(markdown, page));
    let mut out = Vec::new();
    let mut lines = markdown.lines().peekable();
    let mut placed = false;
    while let Some(current) = lines.next() {
        if current.trim_start().starts_with(PREFIX) {
            continue;
        }
        out.push(current.to_string());
        if !placed && current.starts_with("# ") {
            placed = true;
            // Drop the blank lines that followed the title (and an old line): one blank line,
            // the reading time, one blank line.
            while lines
                .peek()
                .is_some_and(|l| l.trim().is_empty() || l.trim_start().starts_with(PREFIX))
            {
                lines.next();
            }
            out.push(String::new());
            out.push(line.clone());
            out.push(String::new());
        }
    }
    let mut text = out.join("\n");
    text.push('\n');
    text
}

/// The book's pages: every `.md` under `book/src` but `SUMMARY.md`.
pub fn pages(root: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut dirs = vec![root.join("book/src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "md")
                && path.file_name().is_some_and(|n| n != "SUMMARY.md")
            {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// Pages whose reading-time line is missing or out of date.
pub fn stale(root: &Path) -> Vec<PathBuf> {
    pages(root)
        .into_iter()
        .filter(|p| {
            let text = std::fs::read_to_string(p).unwrap_or_default();
            with_line(&text, p) != text
        })
        .collect()
}

/// Write every page's line; the pages written.
pub fn write(root: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let mut written = Vec::new();
    for page in stale(root) {
        let text = std::fs::read_to_string(&page)?;
        std::fs::write(&page, with_line(&text, &page))?;
        written.push(page);
    }
    Ok(written)
}

/// Rows of the instructors' level pages (`| minutes | ... [page](../levelN/x.md) ... |`) that give
/// a page less time than it takes to read, as "instructors/levelN.md: 10 min for level4/store.md,
/// which takes 13 to read".
pub fn guide_shortfalls(root: &Path) -> Vec<String> {
    let mut short = Vec::new();
    for n in 1..=4 {
        let guide = format!("instructors/level{n}.md");
        let text = std::fs::read_to_string(root.join("book/src").join(&guide)).unwrap_or_default();
        for row in text.lines().filter(|l| l.starts_with("| ")) {
            let cells: Vec<&str> = row.split('|').map(str::trim).collect();
            let Some(given) = cells.get(1).and_then(|c| c.parse::<usize>().ok()) else {
                continue;
            };
            // The first page of the book this row links, if any.
            let Some(target) = row
                .split("](../")
                .nth(1)
                .and_then(|rest| rest.split([')', '#']).next())
                .filter(|t| t.ends_with(".md"))
            else {
                continue;
            };
            let page =
                std::fs::read_to_string(root.join("book/src").join(target)).unwrap_or_default();
            let path = root.join("book/src").join(target);
            let needed = minutes_of(&page, &path);
            if given < needed {
                short.push(format!(
                    "{guide}: {given} min for {target}, which takes {needed} to read"
                ));
            }
        }
    }
    short
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_prose_only() {
        let page = format!(
            "# Title\n\n{}\n\n```rust\n{}\n```\n<!-- a comment -->\n{{{{#include x.rs}}}}\n",
            "word ".repeat(401),
            "code ".repeat(5000)
        );
        assert_eq!(minutes(&page), 3);
    }

    #[test]
    fn the_line_goes_under_the_title_once() {
        let page = "# Title\n\nSome text.\n";
        let here = Path::new("page.md");
        let once = with_line(page, here);
        assert_eq!(
            once,
            "# Title\n\n*Reading time: about 1 min.*\n\nSome text.\n"
        );
        assert_eq!(
            with_line(&once, here),
            once,
            "writing it again changes nothing"
        );
        let longer = once.replace("Some text.", &"word ".repeat(300));
        assert!(with_line(&longer, here).contains("about 2 min."));
    }
}
