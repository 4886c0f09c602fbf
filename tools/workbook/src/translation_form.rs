//! What a translation of the book must keep of its English, checked by verify: every inline
//! code span (`code` is never translated) and every link target (`](target)`, the text around
//! it is translated, the target is not). Counted, so the translation may put them in another
//! order, as Chinese word order wants, and may repeat one where Chinese names the thing again.

use std::collections::BTreeMap;
use std::path::Path;

/// The lines of `text` outside fenced code blocks (a whole block can be one message), the fence
/// lines left out too.
pub fn outside_fences(text: &str) -> impl Iterator<Item = &str> {
    let mut fenced = false;
    text.lines().filter(move |line| {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
            return false;
        }
        !fenced
    })
}

/// The inline code spans of `text` (fenced blocks aside), with how often each appears.
fn code_spans(text: &str) -> BTreeMap<String, usize> {
    let mut found = BTreeMap::new();
    for line in outside_fences(text) {
        let mut rest = line;
        while let Some(open) = rest.find('`') {
            // A run of backticks opens a span that the same run closes (``a `b` c``).
            let ticks = rest[open..].len() - rest[open..].trim_start_matches('`').len();
            let fence = "`".repeat(ticks);
            let body = &rest[open + ticks..];
            let Some(close) = body.find(&fence) else {
                break;
            };
            *found.entry(body[..close].trim().to_string()).or_default() += 1;
            rest = &body[close + ticks..];
        }
    }
    found
}

/// The link targets of `text` (`[...](target)`), with how often each appears.
fn link_targets(text: &str) -> BTreeMap<String, usize> {
    let mut found = BTreeMap::new();
    let mut rest = text;
    while let Some(at) = rest.find("](") {
        let target = &rest[at + 2..];
        let end = target.find(')').unwrap_or(target.len());
        *found.entry(target[..end].to_string()).or_default() += 1;
        rest = &target[end..];
    }
    found
}

/// Whether everything of `english` is in `translation`, as often at least.
fn kept(english: &BTreeMap<String, usize>, translation: &BTreeMap<String, usize>) -> bool {
    english
        .iter()
        .all(|(item, n)| translation.get(item).is_some_and(|m| m >= n))
}

/// Every translated message of the book's Chinese catalogue that lost or changed a code span
/// or a link target of its English, one line each.
pub fn problems(root: &Path) -> Vec<String> {
    let catalogue = std::fs::read_to_string(root.join(crate::book_i18n::ZH_PO)).unwrap_or_default();
    let mut found = Vec::new();
    for entry in crate::po::parse(&catalogue) {
        if entry.msgid.is_empty() || !entry.is_translated() {
            continue;
        }
        let page = entry.sources.first().map_or("?", String::as_str);
        let start: String = entry.msgid.chars().take(50).collect();
        if !kept(&code_spans(&entry.msgid), &code_spans(&entry.msgstr)) {
            found.push(format!(
                "{page}: the code of \"{start}…\" is not all kept as it is"
            ));
        }
        if !kept(&link_targets(&entry.msgid), &link_targets(&entry.msgstr)) {
            found.push(format!(
                "{page}: the links of \"{start}…\" do not go where the English ones go"
            ));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_and_links_may_move_but_not_change() {
        let en = "Use `fetch_optional` with [the pool](pool.md), not `fetch_one`.";
        let moved = "别用 `fetch_one`，配合[连接池](pool.md)用 `fetch_optional`。";
        assert!(kept(&code_spans(en), &code_spans(moved)));
        assert!(kept(&link_targets(en), &link_targets(moved)));
        let repeated = format!("{moved}再说一遍：`fetch_one` 不行。");
        assert!(kept(&code_spans(en), &code_spans(&repeated)));
        let translated_code = "用 `取一个` 和[连接池](pool.md)。";
        assert!(!kept(&code_spans(en), &code_spans(translated_code)));
        let moved_link = "用 `fetch_optional`、`fetch_one` 和[连接池](连接池.md)。";
        assert!(!kept(&link_targets(en), &link_targets(moved_link)));
    }

    #[test]
    fn double_backticks_hold_single_ones() {
        assert_eq!(
            code_spans("a ``x `y` z`` b"),
            BTreeMap::from([("x `y` z".to_string(), 1)])
        );
    }
}
