//! The runner against a small fixture workbook (`tests/fixture/`): one exercise that passes,
//! one that fails, one that hangs (bounded, as the harness bounds real checks), one in a level
//! that does not compile, and a file the manifest does not list. Each test checks what the
//! runner prints and the exit code a script would see.
//!
//! The fixture is copied under the target directory first (`<target>/runner-fixture`, remade
//! on every run, with a build folder beside it that is kept between runs), with a state folder
//! of its own, so the runner's builds and saved progress never touch the checkout.

mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use support::{KillOnDrop, build_dir, copy_of_the_fixture, run};

/// A copy of the fixture workbook, made once per test binary, built by the first test to run.
fn fixture() -> &'static Path {
    static COPY: OnceLock<PathBuf> = OnceLock::new();
    COPY.get_or_init(|| copy_of_the_fixture("runner-fixture"))
}

/// Run the runner on the fixture, with its own state folder `state`.
fn workbook(args: &[&str], state: &str) -> (Output, String) {
    let root = fixture();
    let mut command = Command::new(env!("CARGO_BIN_EXE_workbook"));
    command.env("WORKBOOK_ROOT", root);
    run(command, root, args, state)
}

#[test]
fn status_lists_every_exercise_and_names_the_next() {
    let (output, text) = workbook(&[], "status");
    assert_eq!(output.status.code(), Some(0), "{text}");
    for line in [
        "done  pass_me",
        "todo  fail_me",
        "todo  hang_me",
        " ??   broken",
    ] {
        assert!(text.contains(line), "no {line:?} in:\n{text}");
    }
    assert!(text.contains("Next: fail_me"), "{text}");
    assert!(
        text.contains("error[E0308]"),
        "the compile error is shown:\n{text}"
    );
    assert!(
        !text.contains("stray"),
        "a file the manifest does not list is not an exercise:\n{text}"
    );
    // A second look answers from the saved results: nothing is checked again.
    let (_, again) = workbook(&[], "status");
    assert!(
        !again.contains("Checking 3 exercise(s) of level 1"),
        "{again}"
    );
}

#[test]
fn check_says_pass_fail_hang_or_not_compiling_with_exit_codes() {
    let (output, text) = workbook(&["check", "pass_me"], "check");
    assert_eq!(output.status.code(), Some(0), "{text}");
    assert!(
        text.contains("done  pass_me: every check passes."),
        "{text}"
    );

    let (output, text) = workbook(&["check", "fail_me"], "check");
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(text.contains("FAILED  fail_me::four"), "{text}");
    assert!(
        text.contains("[fail_me] expected 4"),
        "the check's own message is shown:\n{text}"
    );
    assert!(
        !text.contains("RUST_BACKTRACE"),
        "cargo's noise is left out:\n{text}"
    );

    let (output, text) = workbook(&["check", "hang_me"], "check");
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(text.contains("did not finish within 1 s"), "{text}");

    let (output, text) = workbook(&["check", "level2"], "check");
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(text.contains("error[E0308]"), "{text}");
    assert!(
        text.contains("--> exercises/level2/broken.rs"),
        "the path a learner opens:\n{text}"
    );

    for unknown in [
        vec!["check", "stray"],
        vec!["check", "nope"],
        vec!["frobnicate"],
    ] {
        let (output, text) = workbook(&unknown, "check");
        assert_eq!(output.status.code(), Some(2), "{unknown:?}: {text}");
    }
}

#[test]
fn hints_come_one_at_a_time_and_solutions_wait_for_a_pass() {
    let (_, first) = workbook(&["hint", "fail_me"], "hints");
    assert!(
        first.contains("first hint of fail_me") && !first.contains("second hint"),
        "{first}"
    );
    let (_, second) = workbook(&["hint", "fail_me"], "hints");
    assert!(second.contains("second hint of fail_me"), "{second}");

    let (output, text) = workbook(&["solution", "fail_me"], "hints");
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(!text.contains("2 + 2"), "the answer stays closed:\n{text}");
    let (output, text) = workbook(&["solution", "fail_me", "--force"], "hints");
    assert_eq!(output.status.code(), Some(0), "{text}");
    assert!(text.contains("2 + 2") && text.contains("warning"), "{text}");
}

#[test]
fn the_runner_speaks_chinese_when_chosen_or_by_locale() {
    let root = fixture();
    let in_locale = |locale: &str, args: &[&str], state: &str| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_workbook"));
        command
            .env("WORKBOOK_ROOT", root)
            .env_remove("WORKBOOK_LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANGUAGE")
            .env("LANG", locale);
        // An explicit empty WORKBOOK_LANG keeps the support's English default away.
        command.env("WORKBOOK_LANG", "");
        run(command, root, args, state)
    };
    let (_, text) = in_locale("zh_CN.UTF-8", &["check", "fail_me"], "lang-locale");
    assert!(
        text.contains("失败") && text.contains("卡住了？cargo workbook hint fail_me"),
        "a Chinese locale gets Chinese:\n{text}"
    );
    let (_, text) = in_locale("zh_CN.UTF-8", &["lang", "en"], "lang-chosen");
    assert!(text.contains("Language: English"), "{text}");
    let (_, text) = in_locale("zh_CN.UTF-8", &["check", "fail_me"], "lang-chosen");
    assert!(
        text.contains("FAILED") && !text.contains("失败"),
        "the choice is remembered, over the locale:\n{text}"
    );
    let (_, text) = in_locale("en_US.UTF-8", &["lang", "zh-CN"], "lang-chosen");
    assert!(text.contains("语言：简体中文"), "{text}");
    let (_, text) = in_locale("en_US.UTF-8", &["hint", "fail_me"], "lang-chosen");
    assert!(text.contains("fail_me 的提示"), "{text}");
}

#[test]
fn report_is_one_line_of_json() {
    workbook(&["check", "pass_me"], "report");
    let (output, text) = workbook(&["report"], "report");
    assert_eq!(output.status.code(), Some(0), "{text}");
    // The JSON is stdout, alone (the line naming the workbook goes to stderr).
    let stdout = String::from_utf8_lossy(&output.stdout);
    let line: serde_json::Value = serde_json::from_str(stdout.trim()).expect("one JSON line");
    assert_eq!(line["total"], 5);
    assert_eq!(line["done"], 1);
    let pass_me = &line["exercises"][0];
    assert_eq!(
        (pass_me["exercise"].as_str(), pass_me["status"].as_str()),
        (Some("pass_me"), Some("done"))
    );
    // Each entry is the record a class's progress database keeps: a failure names its check.
    workbook(&["check", "fail_me"], "report");
    let (output, text) = workbook(&["report"], "report");
    let line: serde_json::Value =
        serde_json::from_str(String::from_utf8_lossy(&output.stdout).trim()).expect("JSON");
    let fail_me = &line["exercises"][1];
    assert_eq!(fail_me["status"], "todo", "{text}");
    assert!(
        fail_me["failing_check"]
            .as_str()
            .is_some_and(|c| c.starts_with("fail_me::"))
            && fail_me["message"].is_string()
            && fail_me["at"].is_string(),
        "{text}"
    );
    assert!(
        pass_me["first_passed"]
            .as_str()
            .is_some_and(|t| t.ends_with('Z')),
        "{text}"
    );
}

#[test]
fn reset_restores_the_shipped_file_and_keeps_a_backup() {
    // On a copy of its own: the other tests build the shared fixture while this one writes, and
    // a build that reads a file half written fails for no reason of its own.
    let copy = copy_of_the_fixture("runner-fixture-reset");
    let file = copy.join("exercises/level1/pass_me.rs");
    let shipped = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, "pub fn four() -> i32 { 2 + 2 } // my answer\n").unwrap();
    let (output, text) = workbook_in(&copy, &["reset", "pass_me"]);
    assert_eq!(output.status.code(), Some(0), "{text}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), shipped);
    let backup = std::fs::read_dir(file.parent().unwrap())
        .unwrap()
        .flatten()
        .find(|e| {
            e.file_name().to_string_lossy().starts_with("pass_me.rs.")
                && e.file_name().to_string_lossy().ends_with(".bak")
        })
        .expect("a backup of the learner's version");
    assert!(
        std::fs::read_to_string(backup.path())
            .unwrap()
            .contains("my answer")
    );
    assert!(text.contains("kept in"), "{text}");
}

#[test]
fn watch_moves_past_what_passes_and_stops_on_q() {
    use std::io::Write;
    let mut child = spawn_watch(fixture(), true, &["--manual"], "watch");
    // Typed ahead: h (a hint for the current exercise), then q.
    child.stdin.take().unwrap().write_all(b"h\nq\n").unwrap();
    let output = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{text}");
    assert!(
        text.contains("== pass_me") && text.contains("Passed. On to the next one."),
        "{text}"
    );
    assert!(
        text.contains("== fail_me") && text.contains("[fail_me] expected 4"),
        "{text}"
    );
    assert!(
        text.contains("first hint of fail_me"),
        "h shows a hint:\n{text}"
    );
}

/// A workbook folder copied elsewhere (a lab machine set up once, copied to every account) is
/// the workbook the runner works on when run inside it: found from the current directory, named
/// on the first line, and the only one whose files change.
#[test]
fn a_copied_folder_works_on_itself() {
    let original = fixture();
    let copy = copy_of_the_fixture("runner-fixture-copied");
    let relative = "exercises/level1/pass_me.rs";
    std::fs::write(
        copy.join(relative),
        "pub fn four() -> i32 { 4 } // in the copy\n",
    )
    .unwrap();
    let mut command = Command::new(env!("CARGO_BIN_EXE_workbook"));
    command
        .env_remove("WORKBOOK_ROOT")
        .current_dir(copy.join("exercises/level1"));
    let (output, text) = run(command, &copy, &["reset", "pass_me"], "copied");
    assert_eq!(output.status.code(), Some(0), "{text}");
    let first = String::from_utf8_lossy(&output.stderr);
    assert!(
        first.lines().next() == Some(format!("Workbook: {}", copy.display()).as_str()),
        "the first line should name the copy, {}:\n{text}",
        copy.display()
    );
    let shipped = std::fs::read_to_string(original.join(relative)).unwrap();
    assert!(
        std::fs::read_to_string(copy.join(relative)).unwrap() == shipped,
        "reset did not restore the copy's file:\n{text}"
    );
    let backups: Vec<_> = std::fs::read_dir(copy.join("exercises/level1"))
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".bak"))
        .collect();
    assert!(backups.len() == 1, "one backup in the copy:\n{text}");
    // Nothing of what this test wrote is in the original.
    let in_original = std::fs::read_dir(original.join("exercises/level1"))
        .unwrap()
        .flatten()
        .any(|e| std::fs::read_to_string(e.path()).is_ok_and(|text| text.contains("in the copy")));
    assert!(!in_original, "the original folder was written to");
}

/// The runner on a private copy of the fixture (found from the current directory, as a
/// learner's runner is), for tests that change exercise files.
fn workbook_in(copy: &Path, args: &[&str]) -> (Output, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_workbook"));
    command.env_remove("WORKBOOK_ROOT").current_dir(copy);
    run(command, copy, args, "private")
}

/// Two resets in the same second keep two backups: the second never overwrites the first.
#[test]
fn two_resets_in_a_row_keep_both_backups() {
    let copy = copy_of_the_fixture("runner-fixture-resets");
    let file = copy.join("exercises/level1/fail_me.rs");
    for answer in ["first try", "second try"] {
        std::fs::write(&file, format!("pub fn four() -> i32 {{ 4 }} // {answer}\n")).unwrap();
        let (output, text) = workbook_in(&copy, &["reset", "fail_me"]);
        assert_eq!(output.status.code(), Some(0), "{text}");
    }
    let mut kept: Vec<String> = std::fs::read_dir(file.parent().unwrap())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".bak"))
        .map(|e| std::fs::read_to_string(e.path()).unwrap())
        .collect();
    kept.sort();
    assert!(
        kept.len() == 2 && kept[0].contains("first try") && kept[1].contains("second try"),
        "expected two backups, one per reset; found {kept:?}"
    );
}

/// A verdict counts for the file it was given for: after a passing exercise is reset (or
/// edited), `report` says it changed, `list` no longer marks it done, and `watch` stops at it
/// instead of skipping it.
#[test]
fn a_reset_exercise_is_not_done_any_more() {
    let copy = copy_of_the_fixture("runner-fixture-after-reset");
    let file = copy.join("exercises/level1/fail_me.rs");
    std::fs::write(&file, "pub fn four() -> i32 { 4 }\n").unwrap();
    let (output, text) = workbook_in(&copy, &["check", "fail_me"]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "the fixed fail_me passes:\n{text}"
    );
    let (output, text) = workbook_in(&copy, &["reset", "fail_me"]);
    assert_eq!(output.status.code(), Some(0), "{text}");

    let (output, text) = workbook_in(&copy, &["report"]);
    let line: serde_json::Value =
        serde_json::from_str(String::from_utf8_lossy(&output.stdout).trim()).expect("JSON");
    let fail_me = line["exercises"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["exercise"] == "fail_me")
        .unwrap();
    assert!(
        fail_me["status"] == "changed" && fail_me["first_passed"].is_string(),
        "report should say fail_me changed since it passed:\n{text}"
    );
    let (_, text) = workbook_in(&copy, &["list"]);
    assert!(
        !text.contains("done  fail_me"),
        "list still marks the reset fail_me done:\n{text}"
    );

    use std::io::Write;
    let mut child = spawn_watch(&copy, false, &["--manual"], "private");
    child.stdin.take().unwrap().write_all(b"q\n").unwrap();
    let output = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        text.contains("== fail_me"),
        "watch skipped the reset fail_me:\n{text}"
    );
}

/// One exercise that does not compile does not stop the checks of another: it is set aside
/// (compiled as shipped, the learner's file untouched), and said so. Checking the broken one
/// itself shows rustc's errors about its own file first.
#[test]
fn a_neighbour_that_does_not_compile_is_set_aside() {
    let copy = copy_of_the_fixture("runner-fixture-neighbour");
    let broken = copy.join("exercises/level2/broken.rs");
    // As shipped, the neighbour compiles (and fails its check, as a shipped exercise does) ...
    std::fs::write(&broken, "pub fn four() -> i32 { 5 }\n").unwrap();
    let committed = Command::new("git")
        .args(["-c", "user.name=t", "-c", "user.email=t@example.com"])
        .args(["commit", "-qam", "shipped, compiling"])
        .current_dir(&copy)
        .status()
        .unwrap();
    assert!(committed.success());
    // ... and the learner's edit of it does not compile.
    let edit = "pub fn four() -> i32 { \"four\" } // half done\n";
    std::fs::write(&broken, edit).unwrap();

    let (output, text) = workbook_in(&copy, &["check", "fine_too"]);
    assert_eq!(output.status.code(), Some(0), "{text}");
    assert!(
        text.contains("Set aside exercises/level2/broken.rs as shipped")
            && text.contains("done  fine_too"),
        "{text}"
    );
    assert_eq!(
        std::fs::read_to_string(&broken).unwrap(),
        edit,
        "the learner's file was changed"
    );

    let (output, text) = workbook_in(&copy, &["check", "level2"]);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(
        text.contains("done  fine_too")
            && text.contains("todo  broken")
            && text.contains("does not compile"),
        "{text}"
    );

    let (output, text) = workbook_in(&copy, &["check", "broken"]);
    assert_eq!(output.status.code(), Some(1), "{text}");
    let first_error = text
        .split("rustc says:")
        .nth(1)
        .and_then(|after| after.lines().find(|l| l.contains("-->")))
        .unwrap_or_default();
    assert!(
        first_error.contains("exercises/level2/broken.rs"),
        "the first error shown should be in broken.rs itself:\n{text}"
    );
}

/// A learner on one track sees, and is led through, that track's exercises and those of no
/// track: `list`, `status`, `report` and `watch` all leave the other track's out, until `track
/// all`.
#[test]
fn a_chosen_track_is_followed_everywhere() {
    let copy = copy_of_the_fixture("runner-fixture-track");
    let (output, text) = workbook_in(&copy, &["track", "sqlx"]);
    assert_eq!(output.status.code(), Some(0), "{text}");

    let (_, text) = workbook_in(&copy, &["list"]);
    assert!(
        text.contains("pass_me") && text.contains("hang_me") && !text.contains("fail_me"),
        "list on the sqlx track should show pass_me (sqlx) and hang_me (no track), not fail_me \
         (diesel):\n{text}"
    );
    let (_, text) = workbook_in(&copy, &["report"]);
    assert!(
        text.contains("\"track\":\"sqlx\"") && !text.contains("fail_me"),
        "report on the sqlx track:\n{text}"
    );
    let (_, text) = workbook_in(&copy, &[]);
    assert!(
        !text.contains("fail_me") && text.contains("Next: hang_me"),
        "status on the sqlx track leads to hang_me, past the diesel fail_me:\n{text}"
    );

    let (output, text) = workbook_in(&copy, &["track", "all"]);
    assert_eq!(output.status.code(), Some(0), "{text}");
    let (_, text) = workbook_in(&copy, &["list"]);
    assert!(
        text.contains("fail_me"),
        "track all shows both again:\n{text}"
    );
}

/// `watch` sees a save (through the platform's file notifications), checks again, and moves
/// on when the exercise passes.
#[test]
fn watch_checks_again_on_save() {
    use std::io::{BufRead, BufReader, Write};
    let copy = copy_of_the_fixture("runner-fixture-watch-save");
    let mut child = spawn_watch(&copy, false, &[], "private");
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    // Whatever happens, no `watch` is left running after the test.
    let mut child = KillOnDrop(child);
    let (lines_tx, lines) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = lines_tx.send(line);
        }
    });
    let mut seen = String::new();
    let mut wait_for = |what: &str| {
        while let Ok(line) = lines.recv_timeout(std::time::Duration::from_secs(120)) {
            seen.push_str(&line);
            seen.push('\n');
            if line.contains(what) {
                return;
            }
        }
        panic!("watch never printed {what:?}; it printed:\n{seen}");
    };
    wait_for("Save exercises/level1/fail_me.rs to check again");
    std::fs::write(
        copy.join("exercises/level1/fail_me.rs"),
        "pub fn four() -> i32 { 4 }\n",
    )
    .unwrap();
    wait_for("== hang_me");
    stdin.write_all(b"q\n").unwrap();
    drop(stdin);
    for _ in 0..600 {
        if let Some(status) = child.0.try_wait().unwrap() {
            assert!(status.success(), "{status:?}");
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    panic!("watch did not stop on q within a minute; it printed:\n{seen}");
}

/// `cargo workbook watch` on a copy of the fixture, found through `WORKBOOK_ROOT` (`by_env`) or
/// as the current directory; its input, output and errors piped.
fn spawn_watch(root: &Path, by_env: bool, args: &[&str], state: &str) -> std::process::Child {
    let mut command = Command::new(env!("CARGO_BIN_EXE_workbook"));
    if by_env {
        command.env("WORKBOOK_ROOT", root);
    } else {
        command.env_remove("WORKBOOK_ROOT").current_dir(root);
    }
    command
        .arg("watch")
        .args(args)
        .env("WORKBOOK_STATE_DIR", root.join("state").join(state))
        .env("CARGO_TARGET_DIR", build_dir(root))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("starting watch")
}

/// A `todo!()` left in place is named with its place in the learner's file: "not yet
/// implemented" alone says nothing about where.
#[test]
fn a_todo_is_shown_with_its_place() {
    let copy = copy_of_the_fixture("runner-fixture-todo");
    std::fs::write(
        copy.join("exercises/level1/fail_me.rs"),
        "pub fn four() -> i32 {\n    todo!()\n}\n",
    )
    .unwrap();
    let (output, text) = workbook_in(&copy, &["check", "fail_me"]);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(
        text.contains("not yet implemented")
            && text.contains("(in your code at exercises/level1/fail_me.rs:2:5)"),
        "the todo!() and where it is:\n{text}"
    );
}
