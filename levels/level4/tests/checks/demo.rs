//! Not an exercise: the demo (`cargo run -p level4 --bin demo`) tells the tutorial's story.

use std::process::Command;

#[test]
fn the_demo_tells_the_tutorial_story() {
    let output = Command::new(env!("CARGO_BIN_EXE_demo"))
        .output()
        .expect("running the level 4 demo");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "the demo failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    for line in [
        "all users: [Alice, Bob]",
        "Alice's balance: 100.00",
        "remaining users: [Alice]",
    ] {
        assert!(
            stdout.contains(line),
            "the demo did not print {line:?}:\n{stdout}"
        );
    }
}
