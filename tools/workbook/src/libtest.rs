//! Running `cargo test` as a child process and reading what the test harness printed.
//!
//! libtest's plain output is stable enough to read: one `test <name> ... ok|FAILED|ignored`
//! line per test, then a `---- <name> stdout ----` section with the captured output of each
//! failure. When the crate does not compile there are no such lines and cargo's stderr holds
//! rustc's errors.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Command, Stdio};

use anyhow::Context;

use crate::build_progress::BuildProgress;

/// One test's result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TestResult {
    pub name: String,
    pub passed: bool,
}

/// What one `cargo test` run said.
#[derive(Debug, Default)]
pub struct TestRun {
    pub results: Vec<TestResult>,
    /// Captured output of failed tests, by test name.
    pub failures: HashMap<String, String>,
    /// rustc's errors when something did not compile.
    pub build_errors: Option<String>,
    pub success: bool,
}

impl TestRun {
    /// Results of the tests whose names start with `prefix`.
    pub fn with_prefix<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = &'a TestResult> {
        self.results
            .iter()
            .filter(move |r| r.name.starts_with(prefix))
    }
}

/// `cargo test <args>` in `root`, with extra environment variables.
pub fn cargo_test(root: &Path, args: &[&str], env: &[(&str, &str)]) -> anyhow::Result<TestRun> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .current_dir(root)
        .arg("test")
        .args(args)
        .env("RUST_BACKTRACE", "0")
        .env("CARGO_TERM_COLOR", "never");
    for (key, value) in env {
        command.env(key, value);
    }
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| format!("running cargo test {}", args.join(" ")))?;
    // cargo's stderr is read as it comes, to show the build's progress; stdout (the tests'
    // verdicts) at the end.
    let child_stderr = child.stderr.take().expect("stderr is piped");
    let progress = std::thread::spawn(move || {
        let mut progress = BuildProgress::new();
        let mut text = String::new();
        for line in BufReader::new(child_stderr).lines().map_while(Result::ok) {
            progress.saw(&line);
            text.push_str(&line);
            text.push('\n');
        }
        progress.finish();
        text
    });
    let mut stdout = String::new();
    if let Some(mut out) = child.stdout.take() {
        out.read_to_string(&mut stdout)
            .context("reading cargo test's output")?;
    }
    let status = child.wait().context("waiting for cargo test")?;
    let stderr = progress.join().unwrap_or_default();
    let mut run = parse(&stdout);
    run.success = status.success();
    if !run.success && (stderr.contains("error[") || stderr.contains("could not compile")) {
        run.build_errors = Some(build_errors(&stderr));
    } else if !run.success && run.results.is_empty() {
        run.build_errors = Some(stderr.trim().to_string());
    }
    Ok(run)
}

/// Parse libtest's plain output (possibly of several test binaries, one after the other).
pub fn parse(stdout: &str) -> TestRun {
    let mut run = TestRun::default();
    let mut section: Option<(String, Vec<&str>)> = None;
    for line in stdout.lines() {
        if let Some(rest) = line.strip_prefix("test ")
            && let Some((name, verdict)) = rest.rsplit_once(" ... ")
        {
            match verdict.trim() {
                "ok" => run.results.push(TestResult {
                    name: name.to_string(),
                    passed: true,
                }),
                "FAILED" => run.results.push(TestResult {
                    name: name.to_string(),
                    passed: false,
                }),
                _ => {} // ignored, bench
            }
            continue;
        }
        if let Some(name) = line
            .strip_prefix("---- ")
            .and_then(|l| l.strip_suffix(" stdout ----"))
        {
            if let Some((done, text)) = section.take() {
                run.failures
                    .insert(done, text.join("\n").trim().to_string());
            }
            section = Some((name.to_string(), Vec::new()));
            continue;
        }
        if line == "failures:" || line.starts_with("test result:") {
            if let Some((done, text)) = section.take() {
                run.failures
                    .insert(done, text.join("\n").trim().to_string());
            }
            continue;
        }
        if let Some((_, text)) = section.as_mut() {
            text.push(line);
        }
    }
    if let Some((done, text)) = section.take() {
        run.failures
            .insert(done, text.join("\n").trim().to_string());
    }
    run
}

/// The `error...` blocks of cargo's stderr, as rustc printed them (warnings left out).
fn build_errors(stderr: &str) -> String {
    let mut kept = Vec::new();
    let mut in_error = false;
    for line in stderr.lines() {
        if line.starts_with("error") {
            in_error = true;
        } else if line.starts_with("warning") || line.trim_start().starts_with("Compiling") {
            in_error = false;
        }
        if in_error {
            kept.push(tidy_path(line));
        }
    }
    if kept.is_empty() {
        stderr.trim().to_string()
    } else {
        kept.join("\n")
    }
}

/// rustc's errors one by one (each block starts with a line `error...`).
pub fn error_blocks(errors: &str) -> Vec<String> {
    let mut blocks: Vec<String> = Vec::new();
    for line in errors.lines() {
        if line.starts_with("error") || blocks.is_empty() {
            blocks.push(String::new());
        }
        let block = blocks.last_mut().expect("a block was just pushed");
        block.push_str(line);
        block.push('\n');
    }
    blocks
}

/// rustc names an exercise file by the `#[path]` that reached it
/// (`levels/level1/src/../../../exercises/level1/x.rs`); show the path a learner would open.
fn tidy_path(line: &str) -> String {
    match line.find("--> ") {
        Some(arrow) => format!("{}{}", &line[..arrow + 4], tidy_place(&line[arrow + 4..])),
        None => line.to_string(),
    }
}

/// One panic in a test's captured output: where it happened and what it said.
struct Panic {
    /// `path:line:column`, the path as a learner would open it.
    place: String,
    message: String,
}

/// The panics in a test's captured output, in order (the hook prints each as `thread '...'
/// panicked at <place>:` and the message on the lines after it).
fn panics(output: &str) -> Vec<Panic> {
    let mut panics: Vec<Panic> = Vec::new();
    let mut taking = false;
    for line in output.lines() {
        if line.starts_with("thread '")
            && let Some(at) = line.find("panicked at ")
        {
            let place = line[at + "panicked at ".len()..].trim_end_matches(':');
            panics.push(Panic {
                place: tidy_place(place),
                message: String::new(),
            });
            taking = true;
            continue;
        }
        if line.starts_with("note: run with `RUST_BACKTRACE") || line.starts_with("stack backtrace")
        {
            taking = false;
            continue;
        }
        if taking && let Some(panic) = panics.last_mut() {
            panic.message.push_str(line);
            panic.message.push('\n');
        }
    }
    for panic in &mut panics {
        panic.message = panic.message.trim().to_string();
    }
    panics
}

/// `text` without what a printed PostgreSQL error says about the server's own source code
/// (`file: Some("nbtinsert.c"), line: Some(666), routine: Some("_bt_check_unique")` in the
/// debug form of a sqlx error): nothing a learner can act on, and easily mistaken for a line
/// of their own code.
fn without_server_internals(text: &str) -> String {
    let mut out = text.to_string();
    for field in [", file: Some(", ", line: Some(", ", routine: Some("] {
        while let Some(start) = out.find(field) {
            let value = start + field.len();
            // The value ends at the `)` that closes `Some(`, outside any quoted text.
            let mut end = None;
            let mut quoted = false;
            let mut escaped = false;
            for (i, c) in out[value..].char_indices() {
                match c {
                    _ if escaped => escaped = false,
                    '\\' if quoted => escaped = true,
                    '"' => quoted = !quoted,
                    ')' if !quoted => {
                        end = Some(value + i + 1);
                        break;
                    }
                    _ => {}
                }
            }
            let Some(end) = end else { break };
            out.replace_range(start..end, "");
        }
    }
    out
}

/// A panic's place with the `#[path]` detour into exercises/ taken out.
fn tidy_place(place: &str) -> String {
    match place.find("/src/../../../") {
        Some(detour) => place[detour + "/src/../../../".len()..].to_string(),
        None => place.to_string(),
    }
}

/// What a failed test said, for a learner to read: the check's own message (the last panic),
/// without the `thread ... panicked at` line and the backtrace note; then where in the
/// learner's file a panic happened (a `todo!()` or an `unwrap()` says nothing about where, on
/// its own), and what earlier panics said that the check's message does not quote. A test that
/// failed without a message shows what it printed instead of nothing.
pub fn panic_message(output: &str) -> String {
    let panics = panics(output);
    let Some(last) = panics.last() else {
        let output = output.trim();
        return if output.is_empty() {
            "the check failed without printing a message (run it alone with `cargo test -p \
             levelN <test name>` to see everything it does)"
                .to_string()
        } else {
            format!("the check failed without a panic message; what it printed:\n{output}")
        };
    };
    let mut message = without_server_internals(&last.message);
    for earlier in &panics[..panics.len() - 1] {
        if !earlier.message.is_empty() && !message.contains(&earlier.message) {
            message.push_str(&format!(
                "\n(before that, at {}: {})",
                earlier.place, earlier.message
            ));
        }
    }
    if let Some(place) = panics
        .iter()
        .rev()
        .map(|p| &p.place)
        .find(|place| place.starts_with("exercises/"))
        && !message.contains(place.as_str())
    {
        message.push_str(&format!("\n(in your code at {place})"));
    }
    message
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "\nrunning 3 tests\n\
test a::passes ... ok\n\
test a::fails ... FAILED\n\
test b::ignored ... ignored\n\
\n\
failures:\n\
\n\
---- a::fails stdout ----\n\
\n\
thread 'a::fails' (12) panicked at tests/a.rs:3:5:\n\
[a] the row is missing\n\
note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n\
\n\
\n\
failures:\n\
    a::fails\n\
\n\
test result: FAILED. 1 passed; 1 failed; 1 ignored; 0 measured; 0 filtered out\n";

    #[test]
    fn reads_verdicts_and_failure_output() {
        let run = parse(SAMPLE);
        assert_eq!(
            run.results,
            vec![
                TestResult {
                    name: "a::passes".into(),
                    passed: true
                },
                TestResult {
                    name: "a::fails".into(),
                    passed: false
                },
            ]
        );
        let output = &run.failures["a::fails"];
        assert_eq!(panic_message(output), "[a] the row is missing");
    }

    #[test]
    fn names_the_place_in_the_learners_file_and_keeps_the_checks_words() {
        let output = "thread 'x::y' (7) panicked at levels/level4/src/../../../exercises/level4/store_sqlx.rs:40:9:\n\
not yet implemented\n\
thread 'x::y' (3) panicked at levels/level4/tests/checks/shared/store.rs:22:5:\n\
[store_sqlx] create panicked (\"not yet implemented\"): its todo!() is still there\n\
note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n";
        assert_eq!(
            panic_message(output),
            "[store_sqlx] create panicked (\"not yet implemented\"): its todo!() is still there\n\
             (in your code at exercises/level4/store_sqlx.rs:40:9)"
        );
    }

    #[test]
    fn the_servers_own_source_lines_are_left_out() {
        let debug = "[x] got Err(Database(PgDatabaseError { code: \"23505\", message: \"dup (a)\", \
                     constraint: Some(\"users_email_key\"), file: Some(\"nbtinsert.c\"), line: \
                     Some(666), routine: Some(\"_bt_check_unique\") }))";
        assert_eq!(
            without_server_internals(debug),
            "[x] got Err(Database(PgDatabaseError { code: \"23505\", message: \"dup (a)\", \
             constraint: Some(\"users_email_key\") }))"
        );
    }

    #[test]
    fn a_failure_without_a_message_shows_what_was_printed() {
        assert!(panic_message("some output\n").contains("what it printed:\nsome output"));
        assert!(panic_message("").contains("without printing a message"));
    }

    #[test]
    fn keeps_error_blocks_only() {
        let stderr = "   Compiling level1 v0.1.0\nwarning: unused\n  --> x.rs\nerror[E0308]: mismatched types\n  --> levels/level1/src/../../../exercises/level1/a.rs:3:5\nerror: could not compile `level1`\n";
        let kept = build_errors(stderr);
        assert!(kept.starts_with("error[E0308]"));
        assert!(!kept.contains("warning"));
        assert!(kept.contains("  --> exercises/level1/a.rs:3:5"), "{kept}");
    }
}
