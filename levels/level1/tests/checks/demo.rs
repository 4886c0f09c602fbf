//! Not an exercise: the level's demo (`cargo run -p level1`), whose code the book shows, runs
//! and tells the tutorial's story on both tracks.

use std::process::Command;

fn run_demo(args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_level1"))
        .args(args)
        .output()
        .expect("running the level 1 demo");
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "the demo failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

#[test]
fn sqlx_track_finds_alice_and_shows_the_sql() {
    let out = run_demo(&[]);
    assert!(
        out.contains("found user: Alice (alice@example.com)"),
        "{out}"
    );
    assert!(out.contains("SQL  INSERT INTO users"), "{out}");
    assert!(out.contains("RETURNING"), "{out}");
}

#[test]
fn diesel_track_finds_alice_and_shows_the_sql() {
    let out = run_demo(&["--diesel"]);
    assert!(
        out.contains("found user: Alice (alice@example.com)"),
        "{out}"
    );
    assert!(out.contains("SQL  INSERT INTO \"users\""), "{out}");
}
