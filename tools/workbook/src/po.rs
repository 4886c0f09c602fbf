//! Reading gettext catalogues (`.po`, `.pot`): the translations of the book
//! (`book/po/zh-CN.po`), of the runner's own text (`tools/workbook/po/zh-CN.po`) and of the
//! checks' sentences (`levels/po/zh-CN.po`). Only what the workbook needs: each entry's
//! source references, flags, message and translation; obsolete entries (`#~`) are skipped.
//! Merging and checking are GNU gettext's (`msgmerge`, `msgfmt`), run from here.

use std::collections::HashMap;
use std::path::Path;
use std::process::Command;

use anyhow::{Context, bail};

/// One message of a catalogue.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entry {
    /// The files it comes from (`#: src/level1/connect.md`).
    pub sources: Vec<String>,
    /// Marked `#, fuzzy`: a translation of an older text, not to be used.
    pub fuzzy: bool,
    pub msgid: String,
    pub msgstr: String,
}

impl Entry {
    /// A translation that can be used: present and not fuzzy.
    pub fn is_translated(&self) -> bool {
        !self.fuzzy && !self.msgstr.is_empty()
    }
}

/// The entries of `text`, the header (empty msgid) included.
pub fn parse(text: &str) -> Vec<Entry> {
    let mut entries = Vec::new();
    let mut current = Entry::default();
    let mut field: Option<&str> = None;
    let mut started = false;
    let mut finish = |entry: &mut Entry, started: &mut bool| {
        if *started {
            entries.push(std::mem::take(entry));
        }
        *entry = Entry::default();
        *started = false;
    };
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            finish(&mut current, &mut started);
            field = None;
        } else if let Some(refs) = line.strip_prefix("#:") {
            if started && field == Some("msgstr") {
                finish(&mut current, &mut started);
            }
            current
                .sources
                .extend(refs.split_whitespace().map(str::to_string));
        } else if let Some(flags) = line.strip_prefix("#,") {
            current.fuzzy |= flags.split(',').any(|f| f.trim() == "fuzzy");
        } else if line.starts_with('#') {
            // Comments and obsolete entries.
        } else if let Some(rest) = line.strip_prefix("msgid ") {
            if started && field == Some("msgstr") {
                let sources = std::mem::take(&mut current.sources);
                finish(&mut current, &mut started);
                current.sources = sources;
            }
            started = true;
            field = Some("msgid");
            current.msgid.push_str(&unquote(rest));
        } else if let Some(rest) = line.strip_prefix("msgstr ") {
            field = Some("msgstr");
            current.msgstr.push_str(&unquote(rest));
        } else if line.starts_with('"') {
            match field {
                Some("msgid") => current.msgid.push_str(&unquote(line)),
                Some("msgstr") => current.msgstr.push_str(&unquote(line)),
                _ => {}
            }
        }
    }
    finish(&mut current, &mut started);
    entries
}

/// The usable translations of `text`, message to translation.
pub fn translations(text: &str) -> HashMap<String, String> {
    parse(text)
        .into_iter()
        .filter(|e| !e.msgid.is_empty() && e.is_translated())
        .map(|e| (e.msgid, e.msgstr))
        .collect()
}

/// Carry a changed template (`pot`, relative to `root`) into its catalogue (`po`) with GNU
/// gettext's `msgmerge`: new messages come in untranslated, changed ones fuzzy. The catalogue
/// is kept unwrapped, so a changed message is a one-line diff. `Ok(false)`, said on stderr,
/// when msgmerge is not installed.
pub fn merge(root: &Path, po: &str, pot: &str) -> anyhow::Result<bool> {
    match Command::new("msgmerge")
        .args(["--quiet", "--update", "--backup=none", "--no-wrap"])
        .arg(root.join(po))
        .arg(root.join(pot))
        .status()
    {
        Ok(status) if status.success() => Ok(true),
        Ok(_) => bail!("msgmerge could not merge {pot} into {po}"),
        Err(_) => {
            eprintln!(
                "note: {pot} changed, and msgmerge (GNU gettext) is not installed to carry the \
                 change into {po}: install gettext and run `cargo workbook sync` again"
            );
            Ok(false)
        }
    }
}

/// What `msgfmt --statistics` says of the catalogue `po` (relative to the root): (translated,
/// fuzzy, untranslated), or why it could not say.
pub fn statistics(root: &Path, po: &str) -> anyhow::Result<(usize, usize, usize)> {
    let out = Command::new("msgfmt")
        .args(["--check", "--statistics", "-o", "/dev/null"])
        .arg(root.join(po))
        .output()
        .context("running msgfmt (GNU gettext: apt-get install gettext)")?;
    let said = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() {
        bail!("msgfmt --check rejects {po}:\n{}", said.trim());
    }
    Ok(parse_statistics(&said))
}

/// "2500 translated messages, 3 fuzzy translations, 4 untranslated messages." as numbers.
fn parse_statistics(said: &str) -> (usize, usize, usize) {
    let number_before = |word: &str| {
        said.split(',')
            .find(|part| part.contains(word))
            .and_then(|part| part.split_whitespace().next())
            .and_then(|n| n.parse().ok())
            .unwrap_or(0)
    };
    (
        number_before("translated message"),
        number_before("fuzzy"),
        number_before("untranslated"),
    )
}

/// A quoted PO string's content, its escapes undone.
fn unquote(quoted: &str) -> String {
    let inner = quoted
        .trim()
        .strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .unwrap_or("");
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// `text` as a quoted PO string.
pub fn quote(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"msgid ""
msgstr ""
"Language: zh-CN\n"

#: src/a.md src/b.md
msgid ""
"A pool and a \"connection\" "
"are built differently."
msgstr "连接池和连接的构建方式不同。"

#: src/a.md
#, fuzzy
msgid "Old text"
msgstr "旧的"

#: src/c.md
msgid "Untranslated"
msgstr ""

#~ msgid "Gone"
#~ msgstr "没了"
"#;

    #[test]
    fn reads_entries_flags_and_continuations() {
        let entries = parse(SAMPLE);
        assert_eq!(entries.len(), 4, "{entries:#?}");
        assert_eq!(entries[1].sources, ["src/a.md", "src/b.md"]);
        assert_eq!(
            entries[1].msgid,
            "A pool and a \"connection\" are built differently."
        );
        assert!(entries[1].is_translated());
        assert!(entries[2].fuzzy && !entries[2].is_translated());
        assert!(!entries[3].is_translated());
        let usable = translations(SAMPLE);
        assert_eq!(usable.len(), 1);
        assert!(!usable.contains_key("Gone"));
    }

    #[test]
    fn msgfmt_statistics_are_read() {
        assert_eq!(
            parse_statistics(
                "2500 translated messages, 3 fuzzy translations, 4 untranslated messages.\n"
            ),
            (2500, 3, 4)
        );
        assert_eq!(
            parse_statistics("2547 translated messages.\n"),
            (2547, 0, 0)
        );
    }

    #[test]
    fn quoting_round_trips() {
        let text = "a \"b\" \\ c\nd";
        assert_eq!(unquote(&quote(text)), text);
    }
}
