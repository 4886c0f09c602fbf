//! The Chinese edition of the book, made the gettext way (as Comprehensive Rust makes its
//! translations): mdbook-i18n-helpers extracts every paragraph, heading, table cell and code
//! comment of the English book into `book/po/messages.pot`; `book/po/zh-CN.po` holds each one's
//! translation; mdBook builds the Chinese book from the English sources with that catalogue.
//!
//! `cargo workbook sync` extracts the template again and merges it into the catalogue (new and
//! changed English text then shows up untranslated or fuzzy); verify fails until every message
//! is translated, so an English change cannot land without its Chinese.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};

/// The template, relative to the workspace root.
pub const POT: &str = "book/po/messages.pot";
/// The Chinese catalogue.
pub const ZH_PO: &str = "book/po/zh-CN.po";
/// The language code of the Chinese edition: its `po` file's name and its folder in the site.
pub const ZH: &str = "zh-CN";
/// The Chinese edition's title (mdBook's title is configuration, not text the plugin sees).
pub const ZH_TITLE: &str = "Rust 异步 PostgreSQL 练习册";

/// The English book's messages, freshly extracted: the template's text.
pub fn extract(root: &Path) -> anyhow::Result<String> {
    let scratch = harness::workspace::target_dir().join("workbook/pot");
    let _ = std::fs::remove_dir_all(&scratch);
    // Only the extracting renderer runs; line numbers are left out of the references, so an
    // edit moves no other message.
    let out = crate::mdbook::with_i18n()?
        .current_dir(root)
        .env(
            "MDBOOK_OUTPUT",
            r#"{"xgettext": {"pot-file": "messages.pot", "granularity": 0}}"#,
        )
        .args(["build", "book", "-d"])
        .arg(&scratch)
        .output()
        .context("running mdbook to extract the book's text")?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() || stderr.contains("[ERROR]") || stderr.contains("ERROR ") {
        bail!("extracting the book's text failed:\n{}", stderr.trim());
    }
    std::fs::read_to_string(scratch.join("messages.pot")).context("reading the extracted template")
}

/// `pot` without its creation date, which changes on every extraction.
fn dateless(pot: &str) -> String {
    pot.lines()
        .filter(|l| !l.starts_with("\"POT-Creation-Date:"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Whether the committed template holds the same messages as `fresh`.
pub fn pot_is_current(root: &Path, fresh: &str) -> bool {
    let committed = std::fs::read_to_string(root.join(POT)).unwrap_or_default();
    dateless(&committed) == dateless(fresh)
}

/// Extract the template and, when it changed, write it and merge it into the Chinese catalogue
/// (with GNU gettext's `msgmerge`, when installed); the files written.
pub fn sync(root: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let fresh = extract(root)?;
    if pot_is_current(root, &fresh) {
        return Ok(vec![]);
    }
    let pot = root.join(POT);
    std::fs::create_dir_all(pot.parent().expect("in book/po"))?;
    std::fs::write(&pot, &fresh)?;
    let mut written = vec![pot];
    if root.join(ZH_PO).is_file() && crate::po::merge(root, ZH_PO, POT)? {
        written.push(root.join(ZH_PO));
    }
    Ok(written)
}

/// Build the Chinese book into `dest`.
pub fn build_zh(root: &Path, dest: &Path) -> anyhow::Result<()> {
    let out = crate::mdbook::with_i18n()?
        .current_dir(root)
        .env("MDBOOK_BOOK__LANGUAGE", ZH)
        .env("MDBOOK_BOOK__TITLE", ZH_TITLE)
        .args(["build", "book", "-d"])
        .arg(dest)
        .output()
        .context("running mdbook for the Chinese book")?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() || stderr.contains("ERROR") {
        bail!("building the Chinese book failed:\n{}", stderr.trim());
    }
    Ok(())
}

/// Build the English book into `book/book` and the Chinese one into `book/book/zh-CN`, the
/// layout the language switch expects; the site's folder.
pub fn build_both(root: &Path) -> anyhow::Result<PathBuf> {
    let site = root.join("book/book");
    let out = crate::mdbook::with_i18n()?
        .current_dir(root)
        .args(["build", "book"])
        .output()
        .context("running mdbook")?;
    if !out.status.success() {
        bail!(
            "building the book failed:\n{}",
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    // After the English build: mdBook empties its destination first.
    build_zh(root, &site.join(ZH))?;
    Ok(site)
}

/// The messages of `fresh` (a template) that the Chinese catalogue does not translate, or
/// translates from an older text (fuzzy), grouped by page: "src/level1/connect.md: 3".
pub fn untranslated_by_page(root: &Path, fresh: &str) -> Vec<String> {
    let catalogue = std::fs::read_to_string(root.join(ZH_PO)).unwrap_or_default();
    let translated = crate::po::translations(&catalogue);
    let mut pages: std::collections::BTreeMap<String, usize> = Default::default();
    for entry in crate::po::parse(fresh) {
        if entry.msgid.is_empty() || translated.contains_key(&entry.msgid) {
            continue;
        }
        for page in &entry.sources {
            *pages.entry(page.clone()).or_default() += 1;
        }
    }
    pages
        .into_iter()
        .map(|(page, n)| format!("book/{page}: {n}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_english_change_without_its_chinese_is_named_by_its_page() {
        let root = std::env::temp_dir().join(format!("wb-i18n-{}", std::process::id()));
        std::fs::create_dir_all(root.join("book/po")).unwrap();
        std::fs::write(
            root.join(ZH_PO),
            "msgid \"\"\nmsgstr \"\"\n\n#: src/a.md\nmsgid \"Old text.\"\nmsgstr \"旧的。\"\n\n\
             #: src/b.md\n#, fuzzy\nmsgid \"Changed text.\"\nmsgstr \"改过之前的。\"\n",
        )
        .unwrap();
        let fresh = "msgid \"\"\nmsgstr \"\"\n\n#: src/a.md\nmsgid \"Old text.\"\nmsgstr \"\"\n\n\
                     #: src/b.md\nmsgid \"Changed text.\"\nmsgstr \"\"\n\n\
                     #: src/c.md src/b.md\nmsgid \"New text.\"\nmsgstr \"\"\n";
        assert_eq!(
            untranslated_by_page(&root, fresh),
            ["book/src/b.md: 2", "book/src/c.md: 1"]
        );
        let _ = std::fs::remove_dir_all(&root);
    }

    #[test]
    fn the_creation_date_is_not_a_change() {
        let a = "msgid \"\"\n\"POT-Creation-Date: 2026-11-29T07:02:40Z\\n\"\n\nmsgid \"x\"\n";
        let b = a.replace("07:02:40", "08:00:00");
        assert_eq!(dateless(a), dateless(&b));
    }
}
