//! What the runner remembers between runs, under `<target>/workbook/`: which exercises passed
//! at the last check, and how many hints of each were shown. Plain text, one `id value` per line.

use std::collections::BTreeMap;
use std::path::PathBuf;

/// `<target>/workbook`, or `WORKBOOK_STATE_DIR` (the runner's own tests use a folder of their
/// own, so they never touch a learner's progress).
fn dir() -> PathBuf {
    std::env::var_os("WORKBOOK_STATE_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| harness::workspace::target_dir().join("workbook"))
}

fn read(name: &str) -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(dir().join(name)).unwrap_or_default();
    text.lines()
        .filter_map(|line| line.split_once(' '))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn write(name: &str, map: &BTreeMap<String, String>) {
    let text: String = map.iter().map(|(k, v)| format!("{k} {v}\n")).collect();
    let _ = std::fs::create_dir_all(dir());
    let _ = std::fs::write(dir().join(name), text);
}

/// Hints shown so far for `id`.
pub fn hints_shown(id: &str) -> usize {
    read("hints.txt")
        .get(id)
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

pub fn set_hints_shown(id: &str, count: usize) {
    let mut map = read("hints.txt");
    map.insert(id.to_string(), count.to_string());
    write("hints.txt", &map);
}

/// Whether `id` passed at the last check that ran it.
pub fn was_done(id: &str) -> bool {
    read("status.txt").get(id).is_some_and(|v| v == "done")
}

pub fn record(id: &str, done: bool) {
    let mut map = read("status.txt");
    map.insert(
        id.to_string(),
        if done { "done" } else { "todo" }.to_string(),
    );
    write("status.txt", &map);
}
