//! The checks' failure messages in Chinese, without a second copy of any check.
//!
//! Each check writes its message in English, from a format string that opens with the
//! exercise's name in brackets (`"[{exercise}] get_user({id}) found {}, but no user has id
//! {id}: expected None"`). Those format strings are the messages of the checks' catalogue
//! (`levels/po/`, see `catalogues`), each translated once, with the same `{...}` holes. When a
//! check fails, the runner finds the format string the message was made from (its fixed text in
//! order, the holes matching anything), takes the values from the holes, and puts them into
//! the translation. The English message is still shown under it: nothing the check said is
//! lost, and a message no pattern fits stays as it was.

use std::collections::HashMap;

/// A format string cut into its fixed text and its holes.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    Text(String),
    /// `{}` (empty name), `{id}`, `{e:?}` (name `e`).
    Hole(String),
}

fn pieces(format: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut chars = format.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                text.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                text.push('}');
            }
            '{' => {
                let mut spec = String::new();
                for c in chars.by_ref() {
                    if c == '}' {
                        break;
                    }
                    spec.push(c);
                }
                if !text.is_empty() {
                    out.push(Piece::Text(std::mem::take(&mut text)));
                }
                let name = spec
                    .split(':')
                    .next()
                    .unwrap_or_default()
                    .trim()
                    .to_string();
                out.push(Piece::Hole(name));
            }
            c => text.push(c),
        }
    }
    if !text.is_empty() {
        out.push(Piece::Text(text));
    }
    out
}

/// The names of the holes of `format` (`""` for `{}`), sorted: a translation must have the
/// same ones, or the runner could not fill it.
pub fn holes(format: &str) -> Vec<String> {
    let mut names: Vec<String> = pieces(format)
        .into_iter()
        .filter_map(|p| match p {
            Piece::Hole(name) => Some(name),
            Piece::Text(_) => None,
        })
        .collect();
    names.sort();
    names
}

/// The values of `pattern`'s holes in `message`, and how many characters of fixed text
/// matched; `None` when the message was not made from it. A message must start with the
/// pattern; a hole at the end takes the rest of the line.
fn matches(pattern: &[Piece], message: &str) -> Option<(Vec<(String, String)>, usize)> {
    let mut at = 0;
    let mut values = Vec::new();
    let mut fixed = 0;
    // Holes waiting for the text that ends them: side by side (`{total}{}`) they cannot be
    // told apart, so the first takes the text and the others none; the translation keeps them
    // side by side too, and the whole text comes out.
    let mut open: Vec<&str> = Vec::new();
    let close = |open: &mut Vec<&str>, value: &str, values: &mut Vec<(String, String)>| {
        for (n, name) in open.drain(..).enumerate() {
            let value = if n == 0 { value } else { "" };
            values.push((name.to_string(), value.to_string()));
        }
    };
    for piece in pattern {
        match piece {
            Piece::Hole(name) => open.push(name),
            Piece::Text(text) => {
                let rest = &message[at..];
                let found = if open.is_empty() {
                    rest.starts_with(text.as_str()).then_some(0)?
                } else {
                    rest.find(text.as_str())?
                };
                close(&mut open, &rest[..found], &mut values);
                at += found + text.len();
                fixed += text.chars().count();
            }
        }
    }
    if !open.is_empty() {
        let rest = &message[at..];
        let end = rest.find('\n').unwrap_or(rest.len());
        close(&mut open, &rest[..end], &mut values);
    }
    Some((values, fixed))
}

/// `translation` with its holes filled from `values`: a named hole by name, `{}` holes in
/// order. A value that is itself a translated sentence (a check's advice kept in a constant)
/// goes in translated.
fn fill(
    translation: &[Piece],
    values: &[(String, String)],
    sentences: &HashMap<String, String>,
) -> String {
    let values: Vec<(String, String)> = values
        .iter()
        .map(|(name, value)| {
            let value = sentences
                .get(value)
                .cloned()
                .unwrap_or_else(|| value.clone());
            (name.clone(), value)
        })
        .collect();
    let values = values.as_slice();
    let mut unnamed = values.iter().filter(|(name, _)| name.is_empty());
    let mut out = String::new();
    for piece in translation {
        match piece {
            Piece::Text(text) => out.push_str(text),
            Piece::Hole(name) if name.is_empty() => {
                out.push_str(unnamed.next().map_or("", |(_, v)| v.as_str()));
            }
            Piece::Hole(name) => out.push_str(
                values
                    .iter()
                    .find(|(n, _)| n == name)
                    .map_or("", |(_, v)| v.as_str()),
            ),
        }
    }
    out
}

/// The translated messages, ready to match.
pub struct Translator {
    patterns: Vec<(Vec<Piece>, Vec<Piece>)>,
    /// Every translation, for the values of holes.
    sentences: HashMap<String, String>,
}

/// A pattern must have this much fixed text besides the exercise's name to count: `"[{exercise}]
/// {e}"` would fit every message.
const LEAST_FIXED_TEXT: usize = 8;

impl Translator {
    /// From a catalogue's usable translations (English format string to Chinese).
    pub fn new(translations: &HashMap<String, String>) -> Translator {
        Translator {
            patterns: translations
                .iter()
                .map(|(en, zh)| (pieces(en), pieces(zh)))
                .collect(),
            sentences: translations.clone(),
        }
    }

    /// From the checks' Chinese catalogue of the workbook at `root`.
    pub fn from_catalogue(root: &std::path::Path) -> Translator {
        let po =
            std::fs::read_to_string(root.join(crate::catalogues::CHECKS.po)).unwrap_or_default();
        Translator::new(&crate::po::translations(&po))
    }

    /// The Chinese for the part of `message` a check's format string made, if one fits: the
    /// one whose fixed text covers most of it.
    pub fn translate(&self, message: &str) -> Option<String> {
        self.patterns
            .iter()
            .filter_map(|(en, zh)| {
                let (values, fixed) = matches(en, message)?;
                (fixed >= LEAST_FIXED_TEXT + 3).then(|| (fixed, fill(zh, &values, &self.sentences)))
            })
            .max_by_key(|(fixed, _)| *fixed)
            .map(|(_, zh)| zh)
    }
}

/// `message` as the learner reads it: in Chinese, the translation first and the check's own
/// English under it; otherwise as it is.
pub fn for_learner(root: &std::path::Path, message: &str) -> String {
    use std::sync::OnceLock;
    if crate::lang::current() != crate::lang::Lang::ZhCn {
        return message.to_string();
    }
    static TRANSLATOR: OnceLock<Translator> = OnceLock::new();
    let translator = TRANSLATOR.get_or_init(|| Translator::from_catalogue(root));
    match translator.translate(message) {
        Some(zh) => format!("{zh}\n(English) {message}"),
        // Rust's own words for a `todo!()` reached by a check that did not wrap it.
        None if message.starts_with("not yet implemented") => format!(
            "{}\n(English) {message}",
            crate::lang::tr("the todo!() is still there: this is where your code goes")
        ),
        None => message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn translator(pairs: &[(&str, &str)]) -> Translator {
        Translator::new(
            &pairs
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect(),
        )
    }

    #[test]
    fn holes_carry_values_into_the_translation_in_its_own_order() {
        let t = translator(&[(
            "[{exercise}] get_user({id}) found {}, but no user has id {id}: expected None",
            "[{exercise}] 没有 id 为 {id} 的用户，get_user({id}) 却找到了 {}：应当返回 None",
        )]);
        assert_eq!(
            t.translate("[get_by_id_sqlx] get_user(99) found Some(User { id: 1 }), but no user has id 99: expected None").as_deref(),
            Some("[get_by_id_sqlx] 没有 id 为 99 的用户，get_user(99) 却找到了 Some(User { id: 1 })：应当返回 None")
        );
    }

    #[test]
    fn the_most_specific_pattern_wins_and_unknown_messages_stay() {
        let t = translator(&[
            (
                "[{exercise}] {call} failed: {e}",
                "[{exercise}] {call} 失败：{e}",
            ),
            (
                "[{exercise}] {call} failed: pool timed out",
                "[{exercise}] {call} 失败：连接池等待超时",
            ),
        ]);
        assert_eq!(
            t.translate("[x] list() failed: pool timed out").as_deref(),
            Some("[x] list() 失败：连接池等待超时")
        );
        assert_eq!(t.translate("thread panicked somewhere else"), None);
    }

    #[test]
    fn advice_put_in_through_a_hole_is_translated_too() {
        let t = translator(&[
            (
                "[{exercise}] it failed: {e}. {ADVICE}",
                "[{exercise}] 失败了：{e}。{ADVICE}",
            ),
            ("Never panic, return an Err.", "别 panic，返回 Err。"),
        ]);
        assert_eq!(
            t.translate("[x] it failed: boom. Never panic, return an Err.")
                .as_deref(),
            Some("[x] 失败了：boom。别 panic，返回 Err。")
        );
    }

    #[test]
    fn holes_side_by_side_keep_the_whole_text() {
        let t = translator(&[(
            "[{EXERCISE}] after 200 transfers they hold {total}{}. Money was made or lost",
            "[{EXERCISE}] 200 笔转账之后，他们一共有 {total}{}。钱凭空多了或少了",
        )]);
        assert_eq!(
            t.translate(
                "[t] after 200 transfers they hold 1382.74 (not 1000.00). Money was made or lost"
            )
            .as_deref(),
            Some("[t] 200 笔转账之后，他们一共有 1382.74 (not 1000.00)。钱凭空多了或少了")
        );
    }

    #[test]
    fn a_pattern_of_holes_only_matches_nothing() {
        let t = translator(&[("[{exercise}] {e}", "[{exercise}] {e}")]);
        assert_eq!(t.translate("[x] anything at all"), None);
    }

    #[test]
    fn holes_are_named_and_sorted() {
        assert_eq!(holes("{b:?} then {} and {a}"), ["", "a", "b"]);
        assert_ne!(holes("{e} failed"), holes("失败了"));
    }

    #[test]
    fn escaped_braces_are_text() {
        assert_eq!(
            pieces("a {{b}} {c:?}"),
            [Piece::Text("a {b} ".into()), Piece::Hole("c".into())]
        );
    }
}
