//! The hints on the book's pages are the runner's hints: `cargo workbook sync` writes each
//! exercise's hints from `exercises/workbook.toml` into its page, between two comment lines, and
//! verify fails when a page's copy differs (so a hint edited in one place cannot drift).
//!
//! On the page they are folded one inside the next: opening hint 1 shows it and a closed hint 2,
//! so a learner sees them one at a time, in the runner's order, as `cargo workbook hint` gives
//! them.

use std::path::{Path, PathBuf};

use crate::manifest::Manifest;

/// The comment line that opens an exercise's hints; what follows the id says who writes them.
fn begin_marker(id: &str) -> String {
    format!("<!-- hints {id}: written by `cargo workbook sync` from exercises/workbook.toml -->")
}

fn end_marker(id: &str) -> String {
    format!("<!-- end hints {id} -->")
}

/// The folded `hints` of the exercise `id`, markers included.
pub fn block(id: &str, hints: &[String]) -> String {
    let total = hints.len();
    let mut out = vec![begin_marker(id)];
    for (n, hint) in hints.iter().enumerate() {
        let summary = if n == 0 {
            format!("Hint 1 of {total} for {id}")
        } else {
            format!("Hint {} of {total}", n + 1)
        };
        // The summary's text is a Markdown paragraph of its own, not HTML, so that the
        // translation tools (which skip HTML) extract it like the rest of the page.
        out.push("<details>".into());
        out.push("<summary>".into());
        out.push(String::new());
        out.push(summary);
        out.push(String::new());
        out.push("</summary>".into());
        out.push(String::new());
        out.push(linked(hint));
        out.push(String::new());
    }
    out.extend(std::iter::repeat_n("</details>".to_string(), total));
    out.push(end_marker(id));
    out.join("\n")
}

/// `hint` with its bare links made links (mdBook's Markdown links only `<https://...>`).
fn linked(hint: &str) -> String {
    hint.split(' ')
        .map(|word| {
            if word.starts_with("https://") {
                let url = word.trim_end_matches(['.', ',', ';', ')']);
                format!("<{url}>{}", &word[url.len()..])
            } else {
                word.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// `hint` as the runner shows it in the language in use: in Chinese, the translation of its
/// paragraph on the book page (`book/po/zh-CN.po`; verify holds every hint to having one), links
/// shown bare as in the English; else as written.
pub fn in_language(hint: &str) -> String {
    use std::sync::OnceLock;
    if crate::lang::current() != crate::lang::Lang::ZhCn {
        return hint.to_string();
    }
    static BOOK: OnceLock<std::collections::HashMap<String, String>> = OnceLock::new();
    let book = BOOK.get_or_init(|| {
        let root = harness::workspace::find_root().unwrap_or_default();
        let po = std::fs::read_to_string(root.join(crate::book_i18n::ZH_PO)).unwrap_or_default();
        crate::po::translations(&po)
    });
    match book.get(&linked(hint)) {
        Some(zh) => unlinked(zh),
        None => hint.to_string(),
    }
}

/// `text` with its `<https://...>` links bare again (what [`linked`] did, undone).
fn unlinked(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("<https://") {
        out.push_str(&rest[..at]);
        let link = &rest[at + 1..];
        let end = link.find('>').unwrap_or(link.len());
        out.push_str(&link[..end]);
        rest = link.get(end + 1..).unwrap_or("");
    }
    out.push_str(rest);
    out
}

/// Hints of the manifest that the book's Chinese catalogue does not translate: "id hint N".
pub fn untranslated(root: &Path, manifest: &Manifest) -> Vec<String> {
    let po = std::fs::read_to_string(root.join(crate::book_i18n::ZH_PO)).unwrap_or_default();
    let book = crate::po::translations(&po);
    manifest
        .exercises
        .iter()
        .flat_map(|e| {
            e.hints
                .iter()
                .enumerate()
                .filter(|(_, h)| !book.contains_key(&linked(h)))
                .map(move |(n, _)| format!("{} hint {}", e.id, n + 1))
        })
        .collect()
}

/// `markdown` with every hints block it holds rewritten from the manifest. Unknown ids are kept
/// as they are (verify's other checks name a page that links a missing exercise).
pub fn with_hints(markdown: &str, manifest: &Manifest) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut lines = markdown.lines();
    while let Some(line) = lines.next() {
        let id = line
            .strip_prefix("<!-- hints ")
            .and_then(|rest| rest.split(':').next())
            .filter(|_| line.ends_with("-->"));
        let exercise = id.and_then(|id| manifest.exercises.iter().find(|e| e.id == id));
        let Some(exercise) = exercise else {
            out.push(line.to_string());
            continue;
        };
        let end = end_marker(&exercise.id);
        let mut skipped = vec![line.to_string()];
        let mut closed = false;
        for inner in lines.by_ref() {
            skipped.push(inner.to_string());
            if inner == end {
                closed = true;
                break;
            }
        }
        if closed {
            out.push(block(&exercise.id, &exercise.hints));
        } else {
            // No end line: leave the page as it is rather than eat the rest of it.
            out.extend(skipped);
        }
    }
    let mut text = out.join("\n");
    if markdown.ends_with('\n') {
        text.push('\n');
    }
    text
}

/// Pages whose hints differ from the manifest's.
pub fn stale(root: &Path, manifest: &Manifest) -> Vec<PathBuf> {
    crate::reading_time::pages(root)
        .into_iter()
        .filter(|p| {
            let text = std::fs::read_to_string(p).unwrap_or_default();
            with_hints(&text, manifest) != text
        })
        .collect()
}

/// Exercises whose page (`book` in the manifest) does not show their hints.
pub fn missing(root: &Path, manifest: &Manifest) -> Vec<String> {
    manifest
        .exercises
        .iter()
        .filter(|e| {
            let page = std::fs::read_to_string(root.join(&e.book)).unwrap_or_default();
            !page.contains(&begin_marker(&e.id))
        })
        .map(|e| e.id.clone())
        .collect()
}

/// Rewrite every page's hints; the pages written.
pub fn write(root: &Path, manifest: &Manifest) -> anyhow::Result<Vec<PathBuf>> {
    let mut written = Vec::new();
    for page in stale(root, manifest) {
        let text = std::fs::read_to_string(&page)?;
        std::fs::write(&page, with_hints(&text, manifest))?;
        written.push(page);
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest(hints: &[&str]) -> Manifest {
        let toml = format!(
            "[[level]]\nnumber = 1\ntitle = \"t\"\nbook = \"level1/index.md\"\n\
             [[exercise]]\nid = \"x_sqlx\"\nlevel = 1\ntrack = \"sqlx\"\ntitle = \"t\"\n\
             book = \"level1/x.md\"\nfails_with = \"r\"\nhints = {hints:?}\n"
        );
        toml::from_str(&toml).expect("a manifest")
    }

    #[test]
    fn hints_fold_one_inside_the_next() {
        let text = block("x_sqlx", &["first".into(), "second".into()]);
        let first = text.find("first").unwrap();
        let second_summary = text.find("Hint 2 of 2").unwrap();
        assert!(first < second_summary, "hint 1 comes before hint 2's fold");
        assert_eq!(text.matches("<details>").count(), 2);
        assert!(
            text.ends_with("</details>\n</details>\n<!-- end hints x_sqlx -->"),
            "the folds close together, so hint 2 is inside hint 1: {text}"
        );
    }

    #[test]
    fn bare_links_become_links() {
        assert_eq!(
            linked("See https://docs.rs/x. Or (https://a.b)."),
            "See <https://docs.rs/x>. Or (https://a.b)."
        );
    }

    #[test]
    fn links_are_made_bare_again_and_nothing_else_changes() {
        let hint = "Use `Option<User>`, see https://docs.rs/x.";
        assert_eq!(unlinked(&linked(hint)), hint);
    }

    #[test]
    fn a_stale_block_is_rewritten_and_the_rest_kept() {
        let manifest = manifest(&["new hint"]);
        let page = format!(
            "# Page\n\nbefore\n\n{}\nold hint\n{}\n\nafter\n",
            begin_marker("x_sqlx"),
            end_marker("x_sqlx")
        );
        let fixed = with_hints(&page, &manifest);
        assert!(fixed.contains("new hint") && !fixed.contains("old hint"));
        assert!(fixed.starts_with("# Page\n\nbefore\n\n") && fixed.ends_with("\n\nafter\n"));
        assert_eq!(
            with_hints(&fixed, &manifest),
            fixed,
            "writing again changes nothing"
        );
    }
}
