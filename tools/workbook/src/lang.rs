//! The language the runner speaks and the book opens in: English, or Simplified Chinese.
//!
//! Chosen by `cargo workbook lang zh-CN` (remembered, like the track), else by the learner's
//! locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, `LANGUAGE` naming `zh`), else English.
//! `WORKBOOK_LANG` overrides both (the runner's tests use it).
//!
//! The runner's own sentences go through [`tr`] / [`trf`]: the English text is the key, looked up
//! in `tools/workbook/po/zh-CN.po` (compiled in). `cargo workbook sync` extracts every such
//! sentence into `tools/workbook/po/messages.pot`, and verify fails when one has no translation,
//! so the Chinese runner never falls back to English unnoticed. Contributor commands (verify,
//! sync, bench, answers, new, prepare) speak English only.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt::Display;
use std::sync::OnceLock;

/// The runner's Chinese catalogue.
const ZH_CATALOGUE: &str = include_str!("../po/zh-CN.po");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    ZhCn,
}

impl Lang {
    /// The code used on the command line, in file names and in the book's site: `en`, `zh-CN`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhCn => "zh-CN",
        }
    }

    /// `en`, `english`, `zh`, `zh-CN`, `zh_CN.UTF-8`, `chinese`, ...
    pub fn parse(text: &str) -> Option<Lang> {
        let lower = text.trim().to_ascii_lowercase();
        if lower.starts_with("zh") || lower == "chinese" || lower == "中文" {
            Some(Lang::ZhCn)
        } else if lower.starts_with("en") || lower == "english" || lower == "c" || lower == "posix"
        {
            Some(Lang::En)
        } else {
            None
        }
    }
}

/// The language of the learner's locale, if it names one the workbook speaks.
pub fn from_locale() -> Option<Lang> {
    // The order glibc uses: LC_ALL overrides LC_MESSAGES, which overrides LANG. LANGUAGE is a
    // list of preferences; its first entry counts.
    ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"]
        .iter()
        .filter_map(|var| std::env::var(var).ok())
        .find(|value| !value.is_empty())
        .and_then(|value| Lang::parse(value.split(':').next().unwrap_or_default()))
}

/// The language in use: `WORKBOOK_LANG`, else the remembered choice, else the locale.
pub fn current() -> Lang {
    static CURRENT: OnceLock<Lang> = OnceLock::new();
    *CURRENT.get_or_init(|| {
        std::env::var("WORKBOOK_LANG")
            .ok()
            .and_then(|v| Lang::parse(&v))
            .or_else(|| crate::progress::lang().and_then(|v| Lang::parse(&v)))
            .or_else(from_locale)
            .unwrap_or(Lang::En)
    })
}

fn catalogue() -> &'static HashMap<String, String> {
    static CATALOGUE: OnceLock<HashMap<String, String>> = OnceLock::new();
    CATALOGUE.get_or_init(|| crate::po::translations(ZH_CATALOGUE))
}

/// `english` in the language in use (English when no translation is there).
pub fn tr(english: &'static str) -> Cow<'static, str> {
    match current() {
        Lang::En => Cow::Borrowed(english),
        Lang::ZhCn => catalogue()
            .get(english)
            .map_or(Cow::Borrowed(english), |zh| Cow::Owned(zh.clone())),
    }
}

/// Text that is not a literal of the runner (a title from the manifest) in the language in
/// use: its translation in the runner's catalogue, else as it is.
pub fn tr_text(english: &str) -> String {
    match current() {
        Lang::En => english.to_string(),
        Lang::ZhCn => catalogue()
            .get(english)
            .cloned()
            .unwrap_or_else(|| english.to_string()),
    }
}

/// [`tr`], then each `{name}` replaced by its value: the translation may put them in another
/// order.
pub fn trf(english: &'static str, args: &[(&str, &dyn Display)]) -> String {
    fill(&tr(english), args)
}

fn fill(template: &str, args: &[(&str, &dyn Display)]) -> String {
    let mut text = template.to_string();
    for (name, value) in args {
        text = text.replace(&format!("{{{name}}}"), &value.to_string());
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_name_their_language() {
        assert_eq!(Lang::parse("zh_CN.UTF-8"), Some(Lang::ZhCn));
        assert_eq!(Lang::parse("zh-TW"), Some(Lang::ZhCn));
        assert_eq!(Lang::parse("en_GB.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::parse("C"), Some(Lang::En));
        assert_eq!(Lang::parse("fr_FR.UTF-8"), None);
    }

    #[test]
    fn named_values_go_where_the_translation_puts_them() {
        let filled = fill(
            "{total} 个练习中完成了 {done} 个",
            &[("done", &3), ("total", &43)],
        );
        assert_eq!(filled, "43 个练习中完成了 3 个");
    }
}
