//! The translation catalogues made from Rust source, next to the book's (see `book_i18n`): the
//! runner's own sentences (`tr("...")` and `trf("...", ...)` in tools/workbook/src, see `lang`,
//! and the level and exercise titles of exercises/workbook.toml)
//! and the checks' failure messages (literals opening with `[{exercise}] ` or `[<id>] ` in
//! levels/*/tests/checks, and the sentences of advice they take from constants, see
//! `check_messages`).
//!
//! `cargo workbook sync` writes each template (`messages.pot`, no dates, so it changes only with
//! the text) and merges it into its `zh-CN.po` with GNU gettext's `msgmerge`; verify fails while
//! a message has no translation.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::manifest::Manifest;

/// One catalogue: where its template and its Chinese translations live, and what it holds.
pub struct Catalogue {
    pub name: &'static str,
    pub pot: &'static str,
    pub po: &'static str,
    /// Folders whose `.rs` files are read.
    dirs: &'static [&'static str],
    kind: Kind,
}

/// What a catalogue collects from the source.
#[derive(PartialEq, Eq)]
enum Kind {
    /// The literals given to `tr` and `trf`.
    Runner,
    /// The literals that open with an exercise's name in brackets.
    Checks,
}

pub const RUNNER: Catalogue = Catalogue {
    name: "the runner's sentences",
    pot: "tools/workbook/po/messages.pot",
    po: "tools/workbook/po/zh-CN.po",
    dirs: &["tools/workbook/src"],
    kind: Kind::Runner,
};

pub const CHECKS: Catalogue = Catalogue {
    name: "the checks' failure messages",
    pot: "levels/po/messages.pot",
    po: "levels/po/zh-CN.po",
    dirs: &[
        "levels/level1/tests/checks",
        "levels/level2/tests/checks",
        "levels/level3/tests/checks",
        "levels/level4/tests/checks",
        // The harness's own words to a learner: a check that panicked or hung.
        "tools/harness/src",
    ],
    kind: Kind::Checks,
};

impl Catalogue {
    /// The messages found in the source: text to the files it appears in.
    pub fn messages(&self, root: &Path, manifest: &Manifest) -> BTreeMap<String, Vec<String>> {
        let mut found: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for dir in self.dirs {
            for file in rust_files(&root.join(dir)) {
                // Comments are left out: they show the markers without being messages.
                let source: String = std::fs::read_to_string(&file)
                    .unwrap_or_default()
                    .lines()
                    .filter(|l| !l.trim_start().starts_with("//"))
                    .map(|l| format!("{l}\n"))
                    .collect();
                let relative = file
                    .strip_prefix(root)
                    .unwrap_or(&file)
                    .display()
                    .to_string();
                for message in self.in_source(&source, manifest) {
                    let files = found.entry(message).or_default();
                    if !files.contains(&relative) {
                        files.push(relative.clone());
                    }
                }
            }
        }
        if self.kind == Kind::Runner {
            // The manifest's text the runner shows: titles (`status`, `list`), and what the
            // slow checks do (`check`).
            let titles = manifest.levels.iter().map(|l| l.title.clone());
            let exercises = manifest.exercises.iter();
            let texts = exercises
                .clone()
                .map(|e| e.title.clone())
                .chain(exercises.filter_map(|e| e.slow_checks.clone()));
            for title in titles.chain(texts) {
                let files = found.entry(title).or_default();
                if !files.iter().any(|f| f == "exercises/workbook.toml") {
                    files.push("exercises/workbook.toml".into());
                }
            }
        }
        found
    }

    fn in_source(&self, source: &str, manifest: &Manifest) -> Vec<String> {
        use crate::rust_literals::{const_strs, first_arguments, starting_with};
        if self.kind == Kind::Runner {
            let mut found = first_arguments(source, "tr");
            found.extend(first_arguments(source, "trf"));
            found
        } else {
            let mut found = starting_with(source, "[{exercise}] ");
            found.extend(starting_with(source, "[{EXERCISE}] "));
            for exercise in &manifest.exercises {
                found.extend(starting_with(source, &format!("[{}] ", exercise.id)));
            }
            // Advice kept in a constant and put into messages through a hole: a sentence (a
            // few words at least), not a name, an email or a password.
            found.extend(
                const_strs(source)
                    .into_iter()
                    .filter(|text| text.matches(' ').count() >= 4),
            );
            // Panics that tell the learner something (the harness's "did not finish"): a
            // sentence that opens with words or a named value, not a bare `{}`.
            found.extend(
                first_arguments(source, "panic!")
                    .into_iter()
                    .filter(|text| {
                        text.matches(' ').count() >= 6
                            && !text.starts_with("{}")
                            && !text.starts_with('[')
                    }),
            );
            found
        }
    }

    /// The template's text for `messages`.
    pub fn template(&self, messages: &BTreeMap<String, Vec<String>>) -> String {
        let mut text = String::from(
            "# The English text to translate: written by `cargo workbook sync`, do not edit.\n\
             msgid \"\"\nmsgstr \"\"\n\
             \"Project-Id-Version: workbook\\n\"\n\
             \"MIME-Version: 1.0\\n\"\n\
             \"Content-Type: text/plain; charset=UTF-8\\n\"\n\
             \"Content-Transfer-Encoding: 8bit\\n\"\n",
        );
        for (message, files) in messages {
            text.push_str(&format!(
                "\n#: {}\nmsgid {}\nmsgstr \"\"\n",
                files.join(" "),
                crate::po::quote(message)
            ));
        }
        text
    }

    /// Messages of the source that the Chinese catalogue does not translate.
    pub fn untranslated(&self, root: &Path, manifest: &Manifest) -> Vec<String> {
        let po = std::fs::read_to_string(root.join(self.po)).unwrap_or_default();
        let translated = crate::po::translations(&po);
        self.messages(root, manifest)
            .into_keys()
            .filter(|m| !translated.contains_key(m))
            .collect()
    }

    /// Translations whose `{holes}` are not their English's: the message's start, each.
    pub fn hole_problems(&self, root: &Path) -> Vec<String> {
        let po = std::fs::read_to_string(root.join(self.po)).unwrap_or_default();
        crate::po::translations(&po)
            .into_iter()
            .filter(|(en, zh)| crate::check_messages::holes(en) != crate::check_messages::holes(zh))
            .map(|(en, _)| en.chars().take(60).collect())
            .collect()
    }

    /// Whether the committed template is the one the source gives.
    pub fn pot_is_current(&self, root: &Path, manifest: &Manifest) -> bool {
        let committed = std::fs::read_to_string(root.join(self.pot)).unwrap_or_default();
        committed == self.template(&self.messages(root, manifest))
    }

    /// Write the template when it changed and merge it into the Chinese catalogue (creating
    /// it the first time); the files written.
    pub fn sync(&self, root: &Path, manifest: &Manifest) -> anyhow::Result<Vec<PathBuf>> {
        if self.pot_is_current(root, manifest) {
            return Ok(vec![]);
        }
        let pot = root.join(self.pot);
        std::fs::create_dir_all(pot.parent().expect("a folder"))?;
        std::fs::write(&pot, self.template(&self.messages(root, manifest)))?;
        let mut written = vec![pot.clone()];
        let po = root.join(self.po);
        if !po.is_file() {
            std::fs::write(&po, self.template(&Default::default()))?;
        }
        if crate::po::merge(root, self.po, self.pot)? {
            written.push(po);
        }
        Ok(written)
    }
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}
