//! Checking the book's code includes: mdBook renders a missing file or anchor as an empty code
//! block without a word, so every `{{#include path:anchor}}` is checked here.

use std::path::{Path, PathBuf};

/// One include directive, where it is and what it names.
#[derive(Debug)]
pub struct Include {
    pub page: PathBuf,
    pub line: usize,
    pub target: PathBuf,
    pub anchor: Option<String>,
}

/// Every include directive in the markdown files under `src`.
pub fn includes(src: &Path) -> Vec<Include> {
    let mut found = Vec::new();
    let mut pages = Vec::new();
    collect_markdown(src, &mut pages);
    pages.sort();
    for page in pages {
        let text = std::fs::read_to_string(&page).unwrap_or_default();
        for (n, line) in text.lines().enumerate() {
            let mut rest = line;
            while let Some(start) = rest.find("{{#") {
                let after = &rest[start + 3..];
                let Some(end) = after.find("}}") else { break };
                let directive = after[..end].trim();
                rest = &after[end + 2..];
                let Some(arg) = directive
                    .strip_prefix("include ")
                    .or_else(|| directive.strip_prefix("rustdoc_include "))
                else {
                    continue;
                };
                let (path, anchor) = match arg.trim().split_once(':') {
                    Some((path, anchor)) => (path, Some(anchor)),
                    None => (arg.trim(), None),
                };
                // Line ranges (`file.rs:3:10`) are not anchors.
                let anchor = anchor
                    .filter(|a| !a.chars().next().is_some_and(|c| c.is_ascii_digit()))
                    .map(str::to_string);
                found.push(Include {
                    target: page.parent().unwrap_or(src).join(path),
                    page: page.clone(),
                    line: n + 1,
                    anchor,
                });
            }
        }
    }
    found
}

/// `None` if the include resolves, else what is wrong.
pub fn problem(include: &Include) -> Option<String> {
    let Ok(text) = std::fs::read_to_string(&include.target) else {
        return Some(format!(
            "{}:{}: includes {}, which does not exist",
            include.page.display(),
            include.line,
            include.target.display()
        ));
    };
    let anchor = include.anchor.as_ref()?;
    let opens = text.lines().any(|l| marks(l, "ANCHOR", anchor));
    let closes = text.lines().any(|l| marks(l, "ANCHOR_END", anchor));
    if opens && closes {
        None
    } else {
        Some(format!(
            "{}:{}: anchor `{anchor}` is not in {} (it needs `ANCHOR: {anchor}` and `ANCHOR_END: {anchor}` lines)",
            include.page.display(),
            include.line,
            include.target.display()
        ))
    }
}

/// Whether `line` holds `KIND: name` as mdBook reads it: anywhere in the line (after `//`,
/// `#` or inside `<!-- -->`), the name ending at a character that cannot be part of a name.
fn marks(line: &str, kind: &str, name: &str) -> bool {
    let needle = format!("{kind}: {name}");
    line.match_indices(&needle).any(|(at, _)| {
        let before_ok = at == 0 || !line[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_');
        let after = &line[at + needle.len()..];
        let after_ok = !after.starts_with(|c: char| c.is_alphanumeric() || c == '_' || c == '-');
        before_ok && after_ok
    })
}

fn collect_markdown(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_markdown(&path, out);
        } else if path.extension().is_some_and(|e| e == "md") {
            out.push(path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_includes_and_their_anchors() {
        let dir = std::env::temp_dir().join(format!("bookcheck-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("code.rs"),
            "// ANCHOR: here\nfn x() {}\n// ANCHOR_END: here\n<!-- ANCHOR: md -->\n<!-- ANCHOR_END: md -->\n// ANCHOR: here_too\n",
        )
        .unwrap();
        std::fs::write(
            dir.join("page.md"),
            "```rust\n{{#include code.rs:here}}\n```\n{{#include code.rs:gone}}\n{{#include nope.rs}}\n{{#include code.rs:1:2}}\n{{#include code.rs:md}}\n{{#include code.rs:here_too}}\n",
        )
        .unwrap();
        let found = includes(&dir);
        assert_eq!(found.len(), 6);
        let problems: Vec<_> = found.iter().filter_map(problem).collect();
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(problems[0].contains("anchor `gone`"));
        assert!(problems[1].contains("does not exist"));
        // `here_too` opens but never closes.
        assert!(problems[2].contains("anchor `here_too`"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
