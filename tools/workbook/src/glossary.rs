//! The Chinese edition's glossary (`book/po/glossary.toml`): one Chinese rendering per concept,
//! and the check that holds the translation to it. A message whose English uses a term (a whole
//! word, any case, outside code, link targets and URLs) must use the term's Chinese in its
//! translation. String literals of included code are left as they are in both languages, so
//! they are not held to it.

use std::path::Path;

use anyhow::Context;
use serde::Deserialize;

pub const GLOSSARY: &str = "book/po/glossary.toml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Glossary {
    term: Vec<Term>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Term {
    en: Vec<String>,
    zh: String,
    #[serde(default)]
    #[allow(dead_code)] // Read by people: why the rendering is what it is.
    note: Option<String>,
}

/// `text` without what is not prose: fenced code blocks, `code`, link targets `](...)`,
/// `<autolinks>`, bare URLs; whitespace runs made single spaces.
fn prose(text: &str) -> String {
    let unfenced: String = crate::translation_form::outside_fences(text)
        .flat_map(|line| [line, "\n"])
        .collect();
    let mut out = String::new();
    let mut chars = unfenced.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '`' => {
                for c in chars.by_ref() {
                    if c == '`' {
                        break;
                    }
                }
                out.push(' ');
            }
            ']' if chars.peek() == Some(&'(') => {
                for c in chars.by_ref() {
                    if c == ')' {
                        break;
                    }
                }
                out.push(' ');
            }
            '<' if chars.peek().is_some_and(|c| c.is_ascii_alphabetic()) => {
                for c in chars.by_ref() {
                    if c == '>' {
                        break;
                    }
                }
                out.push(' ');
            }
            c => out.push(c),
        }
    }
    out.split_whitespace()
        .filter(|w| !w.starts_with("http://") && !w.starts_with("https://"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether the term's form `en` is in `english` (already [`prose`]): case-insensitively,
/// unless the form has capitals (`Session`, SQLAlchemy's, is not a class's session).
fn uses(english: &str, en: &str) -> bool {
    if en.chars().any(char::is_uppercase) {
        has_word(english, en)
    } else {
        has_word(&english.to_lowercase(), &en.to_lowercase())
    }
}

/// Whether `word` (lower case, maybe several words) is in `text` as a whole word: its
/// neighbours are not letters, digits, `_` or `-` (so `diesel-async` holds no `async`).
fn has_word(text: &str, word: &str) -> bool {
    let is_word_char = |c: char| c.is_alphanumeric() || c == '_' || c == '-';
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char)
    })
}

/// Every place the Chinese catalogue breaks the glossary, one line each.
pub fn violations(root: &Path) -> anyhow::Result<Vec<String>> {
    let text = std::fs::read_to_string(root.join(GLOSSARY))
        .with_context(|| format!("reading {GLOSSARY}"))?;
    let glossary: Glossary =
        toml::from_str(&text).with_context(|| format!("parsing {GLOSSARY}"))?;
    let catalogue = std::fs::read_to_string(root.join(crate::book_i18n::ZH_PO)).unwrap_or_default();
    let mut found = Vec::new();
    for entry in crate::po::parse(&catalogue) {
        // String literals of included code ("..." or '...') stay as they are.
        if !entry.is_translated() || entry.msgid.trim_start().starts_with(['"', '\'']) {
            continue;
        }
        let (english, chinese) = (prose(&entry.msgid), prose(&entry.msgstr));
        for term in &glossary.term {
            let Some(used) = term.en.iter().find(|en| uses(&english, en)) else {
                continue;
            };
            if !chinese.to_lowercase().contains(&term.zh.to_lowercase()) {
                let start: String = entry.msgid.chars().take(60).collect();
                found.push(format!(
                    "{}: \"{used}\" is not {} in the translation of \"{start}…\"",
                    entry.sources.first().map_or("?", String::as_str),
                    term.zh
                ));
            }
        }
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_links_and_urls_are_not_prose() {
        assert_eq!(
            prose(
                "A `connection pool` and [the index](level1/index.md) at <https://x.y/index> or https://a.b"
            ),
            "A and [the index at or"
        );
        assert_eq!(
            prose("before\n```toml\nruntime = 1\n```\nafter"),
            "before after"
        );
    }

    #[test]
    fn a_form_with_capitals_is_matched_as_written() {
        assert!(uses("open a Session per request", "Session"));
        assert!(!uses("a one-day session for the class", "Session"));
        assert!(uses("Open A Transaction", "transaction"));
    }

    #[test]
    fn whole_words_only() {
        assert!(has_word("open a transaction now", "transaction"));
        assert!(!has_word("the diesel-async track", "async"));
        assert!(!has_word("transactions", "transaction"));
        assert!(has_word("roll back, then", "roll back"));
    }
}
