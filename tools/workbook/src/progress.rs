//! What the runner remembers between runs, under `<target>/workbook/` (or
//! `WORKBOOK_STATE_DIR`, which the runner's own tests use so they never touch a learner's
//! progress): each exercise's last verdict, the hash of the file it was given for, and when it
//! first passed; and how many hints of each were shown. Plain text, one record per line, keyed
//! by the exercise's stable id, so renaming or updating a file never loses progress.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

fn dir() -> PathBuf {
    std::env::var_os("WORKBOOK_STATE_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| harness::workspace::target_dir().join("workbook"))
}

fn read(name: &str) -> BTreeMap<String, Vec<String>> {
    let text = std::fs::read_to_string(dir().join(name)).unwrap_or_default();
    text.lines()
        .filter_map(|line| {
            let mut fields = line.split(' ');
            let key = fields.next()?.to_string();
            Some((key, fields.map(str::to_string).collect()))
        })
        .collect()
}

fn write(name: &str, map: &BTreeMap<String, Vec<String>>) {
    let text: String = map
        .iter()
        .map(|(k, v)| format!("{k} {}\n", v.join(" ")))
        .collect();
    let _ = std::fs::create_dir_all(dir());
    let _ = std::fs::write(dir().join(name), text);
}

/// An exercise's last known verdict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub done: bool,
    /// Hash of the exercise file the verdict was given for.
    pub hash: String,
    /// Seconds since 1970 when it first passed.
    pub first_passed: Option<u64>,
}

/// The saved verdict of `id`, if any.
pub fn record(id: &str) -> Option<Record> {
    let fields = read("results.txt").remove(id)?;
    Some(Record {
        done: fields.first()? == "done",
        hash: fields.get(1)?.clone(),
        first_passed: fields.get(2).and_then(|t| t.parse().ok()),
    })
}

/// Save a verdict for `id`, given for the file with content hash `hash`.
pub fn save(id: &str, done: bool, hash: &str) {
    let mut map = read("results.txt");
    let first_passed = map
        .get(id)
        .and_then(|f| f.get(2).cloned())
        .or_else(|| done.then(|| now().to_string()));
    let mut fields = vec![
        if done { "done" } else { "todo" }.to_string(),
        hash.to_string(),
    ];
    fields.extend(first_passed);
    map.insert(id.to_string(), fields);
    write("results.txt", &map);
}

impl Record {
    /// Whether this verdict is about the file as it is at `path` now (a verdict on a file that
    /// changed since, by an edit or a `reset`, says nothing about the file).
    pub fn is_for(&self, path: &Path) -> bool {
        self.hash == file_hash(path)
    }
}

/// Whether `id` passes as its file is now: it passed at its last check, and the file at `path`
/// has not changed since.
pub fn is_done(id: &str, path: &Path) -> bool {
    record(id).is_some_and(|r| r.done && r.is_for(path))
}

/// Whether `id` passed at some check, whatever its file is now.
pub fn ever_passed(id: &str) -> bool {
    record(id).is_some_and(|r| r.first_passed.is_some())
}

/// The track the learner follows (`sqlx`, `diesel`), if they chose one.
pub fn track() -> Option<String> {
    let text = std::fs::read_to_string(dir().join("track.txt")).ok()?;
    let track = text.trim();
    (!track.is_empty()).then(|| track.to_string())
}

/// Remember the learner's track (`None`: every exercise, both tracks).
pub fn set_track(track: Option<&str>) {
    let _ = std::fs::create_dir_all(dir());
    let _ = std::fs::write(dir().join("track.txt"), track.unwrap_or_default());
}

/// The language the learner chose (`cargo workbook lang`), if any.
pub fn lang() -> Option<String> {
    let text = std::fs::read_to_string(dir().join("lang.txt")).ok()?;
    let lang = text.trim();
    (!lang.is_empty()).then(|| lang.to_string())
}

/// Remember the learner's language (`None`: follow the locale).
pub fn set_lang(lang: Option<&str>) {
    let _ = std::fs::create_dir_all(dir());
    let _ = std::fs::write(dir().join("lang.txt"), lang.unwrap_or_default());
}

/// Hints shown so far for `id`.
pub fn hints_shown(id: &str) -> usize {
    read("hints.txt")
        .get(id)
        .and_then(|v| v.first())
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

pub fn set_hints_shown(id: &str, count: usize) {
    let mut map = read("hints.txt");
    map.insert(id.to_string(), vec![count.to_string()]);
    write("hints.txt", &map);
}

/// A short content hash of a file (FNV-1a), or "missing".
pub fn file_hash(path: &Path) -> String {
    match std::fs::read(path) {
        Ok(bytes) => fnv1a_64(&bytes),
        Err(_) => "missing".into(),
    }
}

/// The same hash of a text.
pub fn text_hash(text: &str) -> String {
    fnv1a_64(text.as_bytes())
}

fn fnv1a_64(bytes: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// Each exercise's last verdict as the class records it (see [`crate::class::Record`]), for
/// `report`. One JSON object per exercise, in `records.json`.
pub fn save_record(record: &crate::class::Record) {
    let mut all = records();
    all.insert(record.exercise.clone(), record.clone());
    let _ = std::fs::create_dir_all(dir());
    if let Ok(text) = serde_json::to_string_pretty(&all) {
        let _ = std::fs::write(dir().join("records.json"), text);
    }
}

/// The last verdict recorded for each exercise, by id.
pub fn records() -> BTreeMap<String, crate::class::Record> {
    std::fs::read_to_string(dir().join("records.json"))
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

/// Seconds since 1970, now.
pub fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// Seconds since 1970 as an RFC 3339 UTC time, `2026-11-25T16:53:11Z`.
pub fn rfc3339(seconds: u64) -> String {
    let days = (seconds / 86_400) as i64;
    let rest = seconds % 86_400;
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

#[cfg(test)]
mod tests {
    use super::rfc3339;

    #[test]
    fn formats_times() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(1_795_625_591), "2026-11-25T16:53:11Z");
        assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00Z");
    }
}
