//! The wrong-answer set: answers a learner would write, kept next to the checks that must
//! judge them, as `levels/levelN/tests/answers/<exercise>/{wrong,right}_<what>.rs`.
//!
//! Each is a complete file, like the learner's, that differs from a right answer in one idea
//! (a wrong one) or reaches the goal another way (a right one). It opens with a header:
//!
//! ```text
//! //! Wrong answer to `transfer_sqlx`: reads the balances without locking the rows, so two
//! //! transfers from one account both see the old balance.
//! //!
//! //! Rejected with: "Money was made or lost"
//! ```
//!
//! or `//! Right answer to `...`: <why it is right>`, with no `Rejected with` line. verify
//! proves that every wrong answer fails its exercise's checks with those words, and that every
//! right one passes them.
//!
//! How they run: with `--features answers` the level crate compiles every answer as a module
//! (`levels/levelN/tests/answers/mod.rs`), and the level's `answers` test binary
//! (`tests/answers/main.rs`) instantiates the exercise's own checks file once per answer, with
//! the checks' `use_answer!` pointing at that answer instead of at the exercise. Both files are
//! written by `cargo workbook sync` from the folders; verify fails, naming the command, when
//! they are stale.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};

use crate::libtest::{self, TestRun};
use crate::manifest::Manifest;

/// What an answer is meant to do under its exercise's checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// Fail, and say these words in at least one failing check's message.
    Wrong { words: String },
    /// Pass every check.
    Right,
}

/// One answer of the set.
#[derive(Debug, Clone)]
pub struct Answer {
    pub level: u32,
    pub exercise: String,
    /// The file's stem: `wrong_no_row_lock`.
    pub name: String,
    pub kind: Kind,
    /// The header's first sentence: what the answer gets wrong, or why it is right.
    pub about: String,
    /// Relative to the workspace root.
    pub path: PathBuf,
}

impl Answer {
    /// The prefix of the names of the tests that run this answer in the `answers` binary.
    pub fn test_prefix(&self) -> String {
        format!("{}::{}::", self.exercise, self.name)
    }
}

/// `levels/levelN/tests/answers`, relative to the root.
fn folder(level: u32) -> PathBuf {
    PathBuf::from(format!("levels/level{level}/tests/answers"))
}

/// Every answer of every exercise in the manifest, in manifest order, or the problems found
/// reading them (a bad file name, a header that does not say what the answer is).
pub fn discover(root: &Path, manifest: &Manifest) -> (Vec<Answer>, Vec<String>) {
    let mut answers = Vec::new();
    let mut problems = Vec::new();
    for level in &manifest.levels {
        let dir = root.join(folder(level.number));
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if entry.path().is_dir() && manifest.find(&name).is_none_or(|e| e.level != level.number)
            {
                problems.push(format!(
                    "{}: no exercise of level {} is called `{name}`",
                    folder(level.number).join(&name).display(),
                    level.number
                ));
            }
        }
        for exercise in manifest.in_level(level.number) {
            let dir = folder(level.number).join(&exercise.id);
            let mut files: Vec<_> = std::fs::read_dir(root.join(&dir))
                .into_iter()
                .flatten()
                .flatten()
                .map(|entry| entry.file_name().to_string_lossy().into_owned())
                .filter(|name| name.ends_with(".rs"))
                .collect();
            files.sort();
            for file in files {
                let path = dir.join(&file);
                match read_answer(root, &path, level.number, &exercise.id) {
                    Ok(answer) => answers.push(answer),
                    Err(problem) => problems.push(format!("{}: {problem:#}", path.display())),
                }
            }
        }
    }
    (answers, problems)
}

fn read_answer(root: &Path, path: &Path, level: u32, exercise: &str) -> anyhow::Result<Answer> {
    let name = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let wrong = name.starts_with("wrong_");
    if !wrong && !name.starts_with("right_") {
        bail!("an answer's file name starts with `wrong_` or `right_`");
    }
    if !name
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    {
        bail!("an answer's file name is a Rust module name: lowercase letters, digits and `_`");
    }
    let text = std::fs::read_to_string(root.join(path)).context("reading it")?;
    let header: Vec<&str> = text
        .lines()
        .map_while(|line| line.strip_prefix("//!"))
        .map(str::trim)
        .collect();
    let opening = format!(
        "{} answer to `{exercise}`:",
        if wrong { "Wrong" } else { "Right" }
    );
    let Some(first) = header.first().and_then(|line| line.strip_prefix(&opening)) else {
        bail!("the file opens with `//! {opening} <what it does>`");
    };
    let mut about = first.trim().to_string();
    for line in header.iter().skip(1).take_while(|line| !line.is_empty()) {
        about.push(' ');
        about.push_str(line);
    }
    let words = header
        .iter()
        .find_map(|line| line.strip_prefix("Rejected with:"))
        .map(|rest| rest.trim().trim_matches('"').to_string());
    let kind = match (wrong, words) {
        (true, Some(words)) if !words.is_empty() => Kind::Wrong { words },
        (true, _) => bail!(
            "a wrong answer's header has a line `//! Rejected with: \"<the words the learner \
             must see>\"`"
        ),
        (false, None) => Kind::Right,
        (false, Some(_)) => bail!("a right answer is not rejected: drop its `Rejected with` line"),
    };
    Ok(Answer {
        level,
        exercise: exercise.to_string(),
        name,
        kind,
        about,
        path: path.to_path_buf(),
    })
}

/// The two files that wire a level's answers in, as `cargo workbook sync` writes them:
/// (path relative to the root, contents).
pub fn wiring(level: u32, answers: &[&Answer]) -> [(PathBuf, String); 2] {
    let mut by_exercise: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for answer in answers {
        by_exercise
            .entry(&answer.exercise)
            .or_default()
            .push(&answer.name);
    }

    let mut modules = String::from(
        "//! The wrong-answer set of this level, compiled into the level crate with `--features\n\
         //! answers` (see `cargo workbook verify`).\n\
         //!\n\
         //! Written by `cargo workbook sync` from the files in this folder: do not edit.\n",
    );
    for (exercise, names) in &by_exercise {
        let _ = write!(modules, "\npub mod {exercise} {{\n");
        for name in names {
            let _ = writeln!(modules, "    pub mod {name};");
        }
        modules.push_str("}\n");
    }

    let mut binary = String::from(
        "//! The checks of this level's exercises, run on every answer of the wrong-answer set: one\n\
         //! module per answer, `<exercise>::<answer>::checks::<check>`. `cargo workbook verify`\n\
         //! runs it and judges the results (a wrong answer fails with its words, a right one\n\
         //! passes).\n\
         //!\n\
         //! Written by `cargo workbook sync` from the files in this folder: do not edit.\n",
    );
    if !by_exercise.is_empty() {
        binary.push_str(
            "\n// The checks' helpers are all here, but only the exercises with answers use them; and\n\
             // every answer of an exercise includes the same checks file, on purpose.\n\
             #![allow(dead_code, clippy::duplicate_mod)]\n\n\
             /// In the checks binary this brings in the exercise; here, the answer the enclosing \
             module names.\n\
             macro_rules! use_answer {\n    ($($segment:ident)::+) => {\n        use super::answer;\n    };\n}\n\n\
             #[path = \"../checks/shared/mod.rs\"]\nmod shared;\n\
             #[path = \"../checks/support.rs\"]\nmod support;\n\n\
             // Each answer's module reads its files from tests/checks/ (a `path` on an inline \
             module names\n// its folder), so that its checks module is the exercise's checks \
             file.\n",
        );
    }
    for (exercise, names) in &by_exercise {
        let _ = write!(binary, "\nmod {exercise} {{\n");
        for name in names {
            let _ = write!(
                binary,
                "    #[path = \"../../checks\"]\n    mod {name} {{\n        \
                 use level{level}::answers::{exercise}::{name} as answer;\n        \
                 #[path = \"{exercise}.rs\"]\n        \
                 mod checks;\n    }}\n"
            );
        }
        binary.push_str("}\n");
    }
    let dir = folder(level);
    [(dir.join("mod.rs"), modules), (dir.join("main.rs"), binary)]
}

/// The wiring of every level: (path, contents) as `sync` writes them.
fn all_wiring(manifest: &Manifest, answers: &[Answer]) -> Vec<(PathBuf, String)> {
    manifest
        .levels
        .iter()
        .flat_map(|level| {
            let of_level: Vec<&Answer> =
                answers.iter().filter(|a| a.level == level.number).collect();
            wiring(level.number, &of_level)
        })
        .collect()
}

/// The wiring files that differ from what `sync` would write.
pub fn stale_wiring(root: &Path, manifest: &Manifest, answers: &[Answer]) -> Vec<PathBuf> {
    all_wiring(manifest, answers)
        .into_iter()
        .filter(|(path, text)| {
            std::fs::read_to_string(root.join(path)).ok().as_deref() != Some(text.as_str())
        })
        .map(|(path, _)| path)
        .collect()
}

/// Write the wiring files that differ from what the answer files call for; returns their paths.
pub fn sync_quietly(root: &Path, manifest: &Manifest) -> anyhow::Result<Vec<PathBuf>> {
    let (answers, _) = discover(root, manifest);
    let mut written = Vec::new();
    for (path, text) in all_wiring(manifest, &answers) {
        let full = root.join(&path);
        if std::fs::read_to_string(&full).ok().as_deref() != Some(text.as_str()) {
            std::fs::create_dir_all(full.parent().expect("a folder"))?;
            std::fs::write(&full, text).with_context(|| format!("writing {}", full.display()))?;
            written.push(path);
        }
    }
    Ok(written)
}

/// Run the exercises' checks on `answers` (the `answers` test binary of their levels, filtered
/// to those answers).
pub fn run_checks(root: &Path, answers: &[&Answer]) -> anyhow::Result<TestRun> {
    let mut packages: Vec<String> = answers
        .iter()
        .map(|a| format!("level{}", a.level))
        .collect();
    packages.dedup();
    let filters: Vec<String> = answers.iter().map(|a| a.test_prefix()).collect();
    let mut args = vec!["--all-features", "--test", "answers", "--no-fail-fast"];
    for package in &packages {
        args.extend(["-p", package.as_str()]);
    }
    args.push("--");
    args.extend(filters.iter().map(String::as_str));
    // Wrong answers fail on purpose: drop their databases instead of keeping them.
    libtest::cargo_test(root, &args, &[("WORKBOOK_KEEP_FAILED", "0")])
}

/// A sample of `answers`: for each exercise, one wrong answer and one right one, picked by
/// `seed` (the same seed picks the same sample).
pub fn sample(answers: &[Answer], seed: u64) -> Vec<&Answer> {
    let mut by_kind: BTreeMap<(&str, bool), Vec<&Answer>> = BTreeMap::new();
    for answer in answers {
        by_kind
            .entry((&answer.exercise, answer.kind == Kind::Right))
            .or_default()
            .push(answer);
    }
    by_kind
        .into_iter()
        .map(|((exercise, right), of_kind)| {
            let pick = mix(seed, exercise, right) % of_kind.len() as u64;
            of_kind[pick as usize]
        })
        .collect()
}

/// A well-spread number from the seed and the group (splitmix64's finaliser over an FNV-1a
/// hash of the exercise): each exercise's pick moves independently as the seed changes.
fn mix(seed: u64, exercise: &str, right: bool) -> u64 {
    let mut x = exercise
        .bytes()
        .chain([u8::from(right)])
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        })
        ^ seed;
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// What went wrong with one answer under its checks, or `None` when it did what it should.
pub fn judge(answer: &Answer, run: &TestRun) -> Option<String> {
    let prefix = answer.test_prefix();
    let results: Vec<_> = run.with_prefix(&prefix).collect();
    let said = |name: &str| run.failures.get(name).map_or("", String::as_str);
    let failed: Vec<_> = results.iter().filter(|r| !r.passed).collect();
    if results.is_empty() {
        return Some(format!(
            "{}: no check ran on it (is the wiring stale? `cargo workbook sync`)",
            answer.path.display()
        ));
    }
    // What the learner would have been told, check by check.
    let told = || {
        failed
            .iter()
            .map(|r| {
                let check = r.name.strip_prefix(&prefix).unwrap_or(&r.name);
                format!("{check}: {}", libtest::panic_message(said(&r.name)))
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    match &answer.kind {
        Kind::Wrong { words } => {
            if failed
                .iter()
                .any(|r| said(&r.name).contains(words.as_str()))
            {
                return None;
            }
            if failed.is_empty() {
                return Some(format!(
                    "{} passed all {} checks of `{}`: they cannot tell it from a right answer. \
                     It is wrong because it {}",
                    answer.path.display(),
                    results.len(),
                    answer.exercise,
                    lowercase_first(&answer.about)
                ));
            }
            Some(format!(
                "{} was rejected, but no check said \"{words}\"; the learner was told:\n{}",
                answer.path.display(),
                told()
            ))
        }
        Kind::Right => {
            if failed.is_empty() {
                return None;
            }
            Some(format!(
                "{} is a right answer, yet the checks rejected it:\n{}",
                answer.path.display(),
                told()
            ))
        }
    }
}

fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, path: &str, text: &str) -> PathBuf {
        let full = dir.join(path);
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(&full, text).unwrap();
        PathBuf::from(path)
    }

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("workbook-answers-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn reads_what_a_header_says() {
        let dir = scratch("header");
        let wrong = write(
            &dir,
            "a/wrong_no_lock.rs",
            "//! Wrong answer to `transfer_sqlx`: reads without\n//! a lock.\n//!\n//! Rejected with: \"Money was made or lost\"\n\nfn f() {}\n",
        );
        let answer = read_answer(&dir, &wrong, 2, "transfer_sqlx").unwrap();
        assert_eq!(answer.about, "reads without a lock.");
        assert_eq!(
            answer.kind,
            Kind::Wrong {
                words: "Money was made or lost".into()
            }
        );
        let right = write(
            &dir,
            "a/right_guarded.rs",
            "//! Right answer to `transfer_sqlx`: a guarded UPDATE.\n",
        );
        assert_eq!(
            read_answer(&dir, &right, 2, "transfer_sqlx").unwrap().kind,
            Kind::Right
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn refuses_a_header_that_does_not_say_what_the_answer_is() {
        let dir = scratch("bad");
        for (path, text, complaint) in [
            (
                "a/wrong_x.rs",
                "//! Wrong answer to `transfer_sqlx`: x\n",
                "Rejected with",
            ),
            ("a/wrong_y.rs", "//! An answer.\n", "opens with"),
            (
                "a/right_z.rs",
                "//! Right answer to `other`: x\n",
                "opens with",
            ),
            (
                "a/maybe_w.rs",
                "//! Wrong answer to `transfer_sqlx`: x\n",
                "starts with",
            ),
            (
                "a/right_v.rs",
                "//! Right answer to `transfer_sqlx`: x\n//! Rejected with: \"y\"\n",
                "not rejected",
            ),
        ] {
            let path = write(&dir, path, text);
            let error = read_answer(&dir, &path, 2, "transfer_sqlx").unwrap_err();
            assert!(error.to_string().contains(complaint), "{path:?}: {error}");
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    fn answer(exercise: &str, name: &str) -> Answer {
        Answer {
            level: 1,
            exercise: exercise.into(),
            name: name.into(),
            kind: if name.starts_with("right_") {
                Kind::Right
            } else {
                Kind::Wrong { words: "w".into() }
            },
            about: String::new(),
            path: PathBuf::new(),
        }
    }

    #[test]
    fn a_sample_is_one_wrong_and_one_right_per_exercise_and_repeats_with_its_seed() {
        let answers: Vec<Answer> = ["a", "b"]
            .into_iter()
            .flat_map(|e| {
                [
                    "wrong_1", "wrong_2", "wrong_3", "wrong_4", "right_1", "right_2",
                ]
                .map(|n| answer(e, n))
            })
            .collect();
        let names = |seed| -> Vec<String> {
            sample(&answers, seed)
                .iter()
                .map(|a| format!("{}/{}", a.exercise, a.name))
                .collect()
        };
        let picked = names(7);
        assert_eq!(picked.len(), 4, "{picked:?}");
        for exercise in ["a/", "b/"] {
            let of = |kind: &str| {
                picked
                    .iter()
                    .filter(|n| n.starts_with(exercise) && n.contains(kind))
                    .count()
            };
            assert_eq!((of("/wrong_"), of("/right_")), (1, 1), "{picked:?}");
        }
        assert_eq!(names(7), picked);
        let seen: std::collections::BTreeSet<String> = (0..200).flat_map(names).collect();
        assert_eq!(
            seen.len(),
            answers.len(),
            "over many seeds every answer is picked"
        );
    }
}
