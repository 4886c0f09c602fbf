//! `cargo workbook verify`: the project's own test suite, the one CI runs.
//!
//! 1. The manifest agrees with the files: each exercise has its file, solution, checks and book
//!    page, every exercise file is in the manifest, and the generated wiring (modules, test
//!    modules, set-aside features) is in step with it.
//! 2. Every test of the workspace passes with the reference solutions (`--all-features`).
//! 3. Every shipped exercise fails, and for its intended reason (`fails_with` in the manifest),
//!    not a compile error or a missing database. It judges exercises/ as it is on disk, so run
//!    it on the shipped files.
//! 4. The wrong-answer set: every known wrong answer fails its exercise's checks with the words
//!    its header names, every alternative right answer passes them (see `answers.rs`).
//! 5. Every `{{#include}}` of the book resolves, anchor included; the book builds with mdBook.
//! 6. Level 1's compile-time checked queries, compiled against a fresh database, give the
//!    committed offline data (`levels/level1/.sqlx/`) and the compiler error the book shows (see
//!    `checked_sql`).
//! 7. The Chinese edition (see `book_i18n`, `catalogues`, `glossary`): the templates are current
//!    with the English (the book's, the runner's sentences, the checks' messages); every message
//!    of each is translated, none fuzzy (`msgfmt --statistics`, see `po`), each missing one named by its
//!    page or file; every hint has its Chinese; code and links are kept (`translation_form`);
//!    the glossary holds; the Chinese book builds, and fits its pages.
//! 8. No test database is left on the server.
//!
//! Each item counts as one check; the last line is `N passed, N failed`.

use std::path::Path;
use std::process::{Command, ExitCode};

use harness::block_on;

use crate::answer_set::{self as answers, Kind};
use crate::bookcheck;
use crate::libtest;
use crate::manifest::Manifest;
use crate::workbook::{self, Workbook};

/// The project's own check (for contributors and CI).
#[derive(Debug, clap::Args)]
#[command(
    long_about = "The project's own check: every test passes with the reference solutions, every \
                  shipped exercise fails for its intended reason, the known wrong answers fail \
                  with their words and the known right ones pass, the manifest matches the files, \
                  the book's includes resolve and the book builds, and no test database is left \
                  behind. Ends with `N passed, N failed`. Needs the exercises as shipped (no local \
                  changes in exercises/).",
    after_help = "Example:\n  cargo workbook verify"
)]
pub struct Args {
    /// Judge every known answer, not a sample of one wrong and one right per exercise (CI
    /// does; WORKBOOK_ANSWER_SEED=N repeats a sample)
    #[arg(long)]
    pub all_answers: bool,
}

#[derive(Default)]
struct Tally {
    passed: usize,
    failed: usize,
    problems: Vec<String>,
}

impl Tally {
    fn check(&mut self, ok: bool, problem: impl FnOnce() -> String) {
        if ok {
            self.passed += 1;
        } else {
            self.failed += 1;
            let problem = problem();
            println!("  FAILED: {}", problem.replace('\n', "\n          "));
            self.problems.push(problem);
        }
    }
}

pub fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let scope = if args.all_answers {
        AnswerScope::All
    } else {
        AnswerScope::sample_from_env()
    };
    let Workbook { root, manifest, .. } = Workbook::open()?;
    let server = workbook::database()?;
    let mut tally = Tally::default();
    // Databases kept by earlier failed runs would hide what this run leaves behind.
    let kept = block_on(harness::fresh::drop_kept_databases(&server))?.len();
    if kept > 0 {
        println!("Dropped {kept} test database(s) kept by earlier failed runs.");
    }

    println!("\n[1/8] The manifest agrees with the files");
    manifest_matches_files(&root, &manifest, &mut tally);

    println!(
        "\n[2/8] Every test passes with the reference solutions (cargo test --workspace --all-features)"
    );
    let run = libtest::cargo_test(
        &root,
        &["--workspace", "--all-features", "--no-fail-fast"],
        &[],
    )?;
    if let Some(errors) = &run.build_errors {
        tally.check(false, || {
            format!("the workspace does not build with --all-features:\n{errors}")
        });
    }
    for result in &run.results {
        tally.check(result.passed, || {
            format!(
                "{} fails with the solutions:\n{}",
                result.name,
                libtest::panic_message(run.failures.get(&result.name).map_or("", String::as_str))
            )
        });
    }
    println!("  {} tests ran", run.results.len());
    slow_checks_are_declared(&manifest, &run, &mut tally);

    println!("\n[3/8] Every shipped exercise fails, for its intended reason");
    shipped_exercises_fail(&root, &manifest, &mut tally)?;

    println!("\n[4/8] Every known wrong answer is rejected with its words, every right one passes");
    answer_set(&root, &manifest, scope, &mut tally)?;

    println!(
        "\n[5/8] The book: includes resolve, mdbook build and mdbook test succeed, every page fits"
    );
    book(&root, &mut tally);

    println!(
        "\n[6/8] sqlx's offline query data and the book's captured compiler error are current"
    );
    checked_sql_is_current(&root, &server, &mut tally);

    println!("\n[7/8] The Chinese edition: every message translated, the glossary kept, it builds");
    chinese_edition(&root, &manifest, &mut tally);

    println!("\n[8/8] No test database is left behind");
    let leftovers = block_on(harness::fresh::test_databases(&server))?;
    tally.check(leftovers.is_empty(), || {
        format!(
            "{} test database(s) left on the server: {}",
            leftovers.len(),
            leftovers.join(", ")
        )
    });

    if !tally.problems.is_empty() {
        println!("\nWhat fell short:");
        for problem in &tally.problems {
            println!("- {}", problem.lines().next().unwrap_or_default());
        }
    }
    println!("\n{} passed, {} failed", tally.passed, tally.failed);
    Ok(if tally.failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn chinese_edition(root: &Path, manifest: &Manifest, tally: &mut Tally) {
    use crate::book_i18n;
    use crate::catalogues::{CHECKS, RUNNER};
    // The book: its template as the English gives it now, every message translated.
    match book_i18n::extract(root) {
        Ok(fresh) => {
            tally.check(book_i18n::pot_is_current(root, &fresh), || {
                format!(
                    "{} is not the English book's text any more (run `cargo workbook sync`)",
                    book_i18n::POT
                )
            });
            let missing = book_i18n::untranslated_by_page(root, &fresh);
            tally.check(missing.is_empty(), || {
                format!(
                    "English text with no Chinese translation (or only a fuzzy one) in {}, \
                     by page: {}",
                    book_i18n::ZH_PO,
                    missing.join(", ")
                )
            });
        }
        Err(error) => tally.check(false, || format!("{error:#}")),
    }
    // The runner's sentences and the checks' messages.
    for catalogue in [RUNNER, CHECKS] {
        tally.check(catalogue.pot_is_current(root, manifest), || {
            format!(
                "{} is not {} any more (run `cargo workbook sync`)",
                catalogue.pot, catalogue.name
            )
        });
        let holes = catalogue.hole_problems(root);
        tally.check(holes.is_empty(), || {
            format!(
                "translations in {} whose {{holes}} differ from their English's (the runner \
                 could not fill them): {}",
                catalogue.po,
                holes.join("; ")
            )
        });
        let missing = catalogue.untranslated(root, manifest);
        tally.check(missing.is_empty(), || {
            format!(
                "{} with no Chinese translation in {}: {}",
                catalogue.name,
                catalogue.po,
                missing
                    .iter()
                    .map(|m| format!("\"{}\"", m.lines().next().unwrap_or_default()))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        });
    }
    // msgfmt's own count: nothing untranslated, nothing fuzzy, and the files well formed.
    for po in [book_i18n::ZH_PO, RUNNER.po, CHECKS.po] {
        match crate::po::statistics(root, po) {
            Ok((translated, fuzzy, untranslated)) => {
                println!(
                    "  {po}: {translated} translated, {fuzzy} fuzzy, {untranslated} untranslated"
                );
                tally.check(fuzzy == 0 && untranslated == 0, || {
                    format!("{po}: {fuzzy} fuzzy and {untranslated} untranslated message(s)")
                });
            }
            Err(error) => tally.check(false, || format!("{error:#}")),
        }
    }
    let hints = crate::book_hints::untranslated(root, manifest);
    tally.check(hints.is_empty(), || {
        format!(
            "hints with no Chinese (their paragraph on the book page is not translated): {}",
            hints.join(", ")
        )
    });
    let form = crate::translation_form::problems(root);
    tally.check(form.is_empty(), || {
        format!(
            "{} translation(s) change what must stay as in the English (code, link targets):\n{}",
            form.len(),
            form.join("\n")
        )
    });
    match crate::glossary::violations(root) {
        Ok(found) => tally.check(found.is_empty(), || {
            format!(
                "the translation does not keep the glossary ({}), {} time(s):\n{}",
                crate::glossary::GLOSSARY,
                found.len(),
                found.join("\n")
            )
        }),
        Err(error) => tally.check(false, || format!("{error:#}")),
    }
    // The Chinese learner's first five minutes, linked from the first lines of the English.
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap_or_default();
    tally.check(
        root.join("README.zh-CN.md").is_file()
            && readme
                .lines()
                .take(5)
                .any(|l| l.contains("(README.zh-CN.md)")),
        || "README.zh-CN.md is missing, or README.md's first lines do not link it".into(),
    );
    let dest = root.join("book/book").join(book_i18n::ZH);
    match book_i18n::build_zh(root, &dest) {
        Ok(()) => {
            // Built, and in Chinese: the plugin ran (a missing one would leave it English).
            let index = std::fs::read_to_string(dest.join("index.html")).unwrap_or_default();
            tally.check(index.contains(book_i18n::ZH_TITLE), || {
                format!("the Chinese book at {} is not in Chinese", dest.display())
            });
            // And it fits the page as the English does (Chinese is set two columns a
            // character in code blocks, so a translated comment can be wider than its English).
            pages_fit(&dest, "Chinese pages", tally);
        }
        Err(error) => tally.check(false, || format!("{error:#}")),
    }
}

fn checked_sql_is_current(root: &Path, server: &harness::Server, tally: &mut Tally) {
    match crate::checked_sql::make(root, server) {
        Ok(made) => {
            let stale = crate::checked_sql::differences(root, &made);
            tally.check(stale.is_empty(), || {
                format!(
                    "the query macros' data is stale: {} (run `cargo workbook prepare`)",
                    stale.join("; ")
                )
            });
        }
        Err(error) => tally.check(false, || format!("{error:#}")),
    }
}

/// `paths`, relative to `root`, as one comma-separated list.
fn relative(root: &Path, paths: &[std::path::PathBuf]) -> String {
    paths
        .iter()
        .map(|p| p.strip_prefix(root).unwrap_or(p).display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

fn manifest_matches_files(root: &Path, manifest: &Manifest, tally: &mut Tally) {
    // The instructors' guide gives each page at least the time it takes to read.
    let short = crate::reading_time::guide_shortfalls(root);
    tally.check(short.is_empty(), || {
        format!(
            "the instructors' guide gives pages less time than they take to read: {}",
            short.join("; ")
        )
    });
    // The book shows the runner's hints, word for word, each exercise's on its own page.
    let stale = crate::book_hints::stale(root, manifest);
    let missing = crate::book_hints::missing(root, manifest);
    tally.check(stale.is_empty() && missing.is_empty(), || {
        format!(
            "book pages whose hints differ from exercises/workbook.toml: {}; exercises whose \
             page does not show their hints: {} (run `cargo workbook sync`, or add the hints' comment lines \
             to the exercise's page)",
            relative(root, &stale),
            missing.join(", ")
        )
    });
    // Each book page says how long it takes to read, and says it truly.
    let stale = crate::reading_time::stale(root);
    tally.check(stale.is_empty(), || {
        format!(
            "{} book page(s) give no reading time, or an old one: {} (run `cargo workbook sync`)",
            stale.len(),
            relative(root, &stale)
        )
    });
    for exercise in &manifest.exercises {
        let mut missing = Vec::new();
        for path in [
            exercise.file(),
            exercise.solution(),
            exercise.checks(),
            exercise.book.clone().into(),
        ] {
            if !root.join(&path).is_file() {
                missing.push(path.display().to_string());
            }
        }
        if exercise.hints.len() < 2 {
            missing.push("at least two hints".into());
        }
        tally.check(missing.is_empty(), || {
            format!("exercise {} is missing {}", exercise.id, missing.join(", "))
        });
    }
    // Every exercise file is in the manifest.
    for level in &manifest.levels {
        let dir = root.join(format!("exercises/level{}", level.number));
        let mut stray = Vec::new();
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if let Some(id) = name.strip_suffix(".rs")
                && manifest.find(id).is_none()
            {
                stray.push(name);
            }
        }
        tally.check(stray.is_empty(), || {
            format!(
                "{} has files the manifest does not list: {}",
                dir.display(),
                stray.join(", ")
            )
        });
    }
    // The modules, test modules and features of each exercise are generated from the manifest.
    match crate::wiring::stale(root, manifest) {
        Ok(stale) => tally.check(stale.is_empty(), || {
            format!(
                "the exercise wiring is not in step with exercises/workbook.toml: run `cargo \
                 workbook sync` (it rewrites {})",
                stale
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        }),
        Err(e) => tally.check(false, || {
            format!("the exercise wiring cannot be read: {e:#}")
        }),
    }
    println!("  {} exercises", manifest.exercises.len());
}

fn shipped_exercises_fail(
    root: &Path,
    manifest: &Manifest,
    tally: &mut Tally,
) -> anyhow::Result<()> {
    // This judges the files in exercises/ as they are: run it on the exercises as shipped (a
    // learner's solved exercise passes its tests, and is reported as such).
    for level in &manifest.levels {
        let package = format!("level{}", level.number);
        // Failing on purpose: drop their databases instead of keeping them.
        let run = libtest::cargo_test(
            root,
            &["-p", &package, "--no-fail-fast"],
            &[("WORKBOOK_KEEP_FAILED", "0")],
        )?;
        if let Some(errors) = &run.build_errors {
            tally.check(false, || {
                format!("{package} does not compile with the shipped exercises:\n{errors}")
            });
            continue;
        }
        let mut claimed = Vec::new();
        for exercise in manifest.in_level(level.number) {
            let prefix = exercise.test_prefix();
            let results: Vec<_> = run.with_prefix(&prefix).collect();
            claimed.push(prefix.clone());
            let failures: Vec<_> = results.iter().filter(|r| !r.passed).collect();
            let off_reason: Vec<String> = failures
                .iter()
                .filter(|r| {
                    !run.failures
                        .get(&r.name)
                        .is_some_and(|out| out.contains(&exercise.fails_with))
                })
                .map(|r| {
                    format!(
                        "{}: {}",
                        r.name,
                        libtest::panic_message(
                            run.failures.get(&r.name).map_or("", String::as_str)
                        )
                    )
                })
                .collect();
            tally.check(!failures.is_empty() && off_reason.is_empty(), || {
                if results.is_empty() {
                    format!("exercise {}: no tests ran", exercise.id)
                } else if failures.is_empty() {
                    format!(
                        "exercise {}: all {} tests pass on {}. Either its tests cannot catch \
                         the mistake it ships with, or the file is solved (verify checks the \
                         exercises as shipped: `git stash` your answers first)",
                        exercise.id,
                        results.len(),
                        exercise.file().display()
                    )
                } else {
                    format!(
                        "exercise {}: tests failed for another reason than `{}`:\n{}",
                        exercise.id,
                        exercise.fails_with,
                        off_reason.join("\n")
                    )
                }
            });
        }
        // Tests of the level that belong to no exercise must pass on the shipped files too.
        for result in run
            .results
            .iter()
            .filter(|r| !claimed.iter().any(|p| r.name.starts_with(p.as_str())))
        {
            tally.check(result.passed, || {
                format!(
                    "{} (not an exercise's test) fails with the shipped exercises:\n{}",
                    result.name,
                    libtest::panic_message(
                        run.failures.get(&result.name).map_or("", String::as_str)
                    )
                )
            });
        }
        println!(
            "  {package}: {} exercises, {} tests ran",
            manifest.in_level(level.number).count(),
            run.results.len()
        );
    }
    Ok(())
}

fn book(root: &Path, tally: &mut Tally) {
    let src = root.join("book/src");
    let includes = bookcheck::includes(&src);
    for include in &includes {
        let problem = bookcheck::problem(include);
        tally.check(problem.is_none(), || problem.unwrap_or_default());
    }
    println!("  {} includes", includes.len());
    let anchors = crate::book_anchors::problems(root);
    tally.check(anchors.is_empty(), || {
        format!(
            "links to a heading whose id is not written out (`## Heading {{#id}}`), so the \
             Chinese book would lose them: {}",
            anchors.join(", ")
        )
    });
    let mdbook = match crate::mdbook::ensure() {
        Ok(mdbook) => mdbook,
        Err(e) => {
            tally.check(false, || format!("the book was not built: {e:#}"));
            return;
        }
    };
    let build = Command::new(&mdbook)
        .current_dir(root)
        .args(["build", "book"])
        .output();
    match build {
        Err(e) => tally.check(false, || format!("could not run {}: {e}", mdbook.display())),
        Ok(out) => {
            let stderr = String::from_utf8_lossy(&out.stderr);
            // mdBook reports a broken include as an error but may still exit 0.
            let ok = out.status.success() && !stderr.contains("[ERROR]");
            tally.check(ok, || {
                format!("mdbook build book failed:\n{}", stderr.trim())
            });
            // The std-only snippets (code blocks not marked `ignore`) compile and run.
            let test = Command::new(&mdbook)
                .current_dir(root)
                .args(["test", "book"])
                .output();
            let (ok, said) = match test {
                Ok(out) => (
                    out.status.success(),
                    String::from_utf8_lossy(&out.stderr).trim().to_string(),
                ),
                Err(e) => (false, e.to_string()),
            };
            tally.check(ok, || format!("mdbook test book failed:\n{said}"));
        }
    }
    // Every table, code block and image fits its page at 1280 px, in a real browser.
    pages_fit(&root.join("book/book"), "pages", tally);
}

/// Every page of the book built at `site` fits its column at 1280 px, measured in Chromium
/// (skipped, saying so, without it); `what` names the pages in the count it prints.
fn pages_fit(site: &Path, what: &str, tally: &mut Tally) {
    match crate::book_fits::check(site) {
        Ok(crate::book_fits::Fit::Skipped) => println!(
            "  skipped: the check that every page fits at 1280 px needs Chromium \
             (Debian: apt-get install chromium)"
        ),
        Ok(crate::book_fits::Fit::Measured { pages, too_wide }) => {
            println!("  {pages} {what} measured in Chromium at 1280 px");
            for wide in &too_wide {
                tally.check(false, || format!("wider than the page's column: {wide}"));
            }
        }
        Err(e) => tally.check(false, || {
            format!("the browser check of {} failed: {e:#}", site.display())
        }),
    }
}

/// The fewest known wrong answers an exercise may have.
const WRONG_ANSWERS_PER_EXERCISE: usize = 4;

/// Which answers of the set verify runs the checks on.
#[derive(Debug, Clone, Copy)]
pub enum AnswerScope {
    /// Every one (`--all-answers`; CI).
    All,
    /// One wrong and one right answer per exercise, picked by the seed: a contributor's run
    /// stays a few minutes, and over many runs every answer gets its turn.
    Sample { seed: u64 },
}

impl AnswerScope {
    /// The sample, seeded by `WORKBOOK_ANSWER_SEED` or by the clock.
    pub fn sample_from_env() -> AnswerScope {
        let seed = std::env::var("WORKBOOK_ANSWER_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.as_secs() % 100_000)
            });
        AnswerScope::Sample { seed }
    }
}

fn answer_set(
    root: &Path,
    manifest: &Manifest,
    scope: AnswerScope,
    tally: &mut Tally,
) -> anyhow::Result<()> {
    let (answers, problems) = answers::discover(root, manifest);
    for problem in problems {
        tally.check(false, || problem);
    }
    let stale = answers::stale_wiring(root, manifest, &answers);
    tally.check(stale.is_empty(), || {
        let files: Vec<String> = stale.iter().map(|p| p.display().to_string()).collect();
        format!(
            "the wiring of the wrong-answer set is stale ({}): run `cargo workbook sync`",
            files.join(", ")
        )
    });
    let mut thin = Vec::new();
    for exercise in &manifest.exercises {
        let of = |right: bool| {
            answers
                .iter()
                .filter(|a| a.exercise == exercise.id && (a.kind == Kind::Right) == right)
                .count()
        };
        if of(false) < WRONG_ANSWERS_PER_EXERCISE || of(true) == 0 {
            thin.push(format!(
                "{} ({} wrong, {} right)",
                exercise.id,
                of(false),
                of(true)
            ));
        }
    }
    tally.check(thin.is_empty(), || {
        format!(
            "every exercise needs at least {WRONG_ANSWERS_PER_EXERCISE} known wrong answers and 1 \
             right one in levels/levelN/tests/answers/<id>/; these have fewer: {}",
            thin.join(", ")
        )
    });
    if answers.is_empty() || !stale.is_empty() {
        return Ok(());
    }
    let judged: Vec<&answers::Answer> = match scope {
        AnswerScope::All => answers.iter().collect(),
        AnswerScope::Sample { seed } => {
            let sample = answers::sample(&answers, seed);
            println!(
                "  a sample of {} of the {} answers, one wrong and one right per exercise (seed \
                 {seed}: WORKBOOK_ANSWER_SEED={seed} picks it again; --all-answers judges them \
                 all, as CI does)",
                sample.len(),
                answers.len()
            );
            sample
        }
    };
    let run = answers::run_checks(root, &judged)?;
    if let Some(errors) = &run.build_errors {
        tally.check(false, || {
            format!("the wrong-answer set does not build:\n{errors}")
        });
        return Ok(());
    }
    // A learner who reads Chinese is told the mistake in Chinese: the message that names it has
    // a translation (see `check_messages`).
    let chinese = crate::check_messages::Translator::from_catalogue(root);
    let mut untranslated = Vec::new();
    for answer in &judged {
        let problem = answers::judge(answer, &run);
        let judged_right = problem.is_none();
        tally.check(judged_right, || problem.unwrap_or_default());
        if let (true, Kind::Wrong { words }) = (judged_right, &answer.kind) {
            let named = run
                .with_prefix(&answer.test_prefix())
                .filter(|r| !r.passed)
                .map(|r| {
                    libtest::panic_message(run.failures.get(&r.name).map_or("", String::as_str))
                })
                .find(|message| message.contains(words.as_str()));
            if let Some(message) = named
                && chinese.translate(&message).is_none()
            {
                untranslated.push(format!(
                    "{}: {}",
                    answer.path.display(),
                    message.lines().next().unwrap_or_default()
                ));
            }
        }
    }
    tally.check(untranslated.is_empty(), || {
        format!(
            "{} wrong answer(s) are told their mistake in English only (no format string of \
             {} fits the message):\n{}",
            untranslated.len(),
            crate::catalogues::CHECKS.po,
            untranslated.join("\n")
        )
    });
    println!(
        "  {} answers judged ({} wrong, {} right), {} checks ran",
        judged.len(),
        judged.iter().filter(|a| a.kind != Kind::Right).count(),
        judged.iter().filter(|a| a.kind == Kind::Right).count(),
        run.results.len()
    );
    Ok(())
}

/// An exercise has slow checks (tests in a `slow` module, which `cargo workbook check` leaves
/// out) exactly when the manifest says what they are: a learner is told they exist only then.
fn slow_checks_are_declared(manifest: &Manifest, run: &libtest::TestRun, tally: &mut Tally) {
    for exercise in &manifest.exercises {
        let prefix = format!(
            "{}{}",
            exercise.test_prefix(),
            &crate::checking::SLOW_CHECKS[2..]
        );
        let has_slow = run.results.iter().any(|r| r.name.starts_with(&prefix));
        tally.check(has_slow == exercise.slow_checks.is_some(), || {
            if has_slow {
                format!(
                    "exercise {} has slow checks ({prefix}*) but no `slow_checks` in \
                     exercises/workbook.toml: its learners would never hear of them",
                    exercise.id
                )
            } else {
                format!(
                    "exercise {} declares `slow_checks` but has no tests named {prefix}*",
                    exercise.id
                )
            }
        });
    }
}
