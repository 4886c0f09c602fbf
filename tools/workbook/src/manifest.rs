//! The exercise manifest, `exercises/workbook.toml`: every exercise in order, with its level,
//! book page, the reason its shipped file fails, and its hints.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    #[serde(rename = "level")]
    pub levels: Vec<Level>,
    #[serde(rename = "exercise")]
    pub exercises: Vec<Exercise>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    pub number: u32,
    pub title: String,
    pub book: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exercise {
    pub id: String,
    pub level: u32,
    pub track: String,
    pub title: String,
    pub book: String,
    pub fails_with: String,
    pub hints: Vec<String>,
    /// What its slow checks (tests in a `slow` module of its checks) put the answer through:
    /// left out of `cargo workbook check ID` unless `--slow`, and named once the rest passes.
    #[serde(default)]
    pub slow_checks: Option<String>,
}

impl Exercise {
    /// `exercises/levelN/<id>.rs`, relative to the workspace root.
    pub fn file(&self) -> PathBuf {
        PathBuf::from(format!("exercises/level{}/{}.rs", self.level, self.id))
    }

    /// `solutions/levelN/<id>.rs`.
    pub fn solution(&self) -> PathBuf {
        PathBuf::from(format!("solutions/level{}/{}.rs", self.level, self.id))
    }

    /// `levels/levelN/tests/checks/<id>.rs`.
    pub fn checks(&self) -> PathBuf {
        PathBuf::from(format!(
            "levels/level{}/tests/checks/{}.rs",
            self.level, self.id
        ))
    }

    /// The prefix of its tests' names in the level's test binary.
    pub fn test_prefix(&self) -> String {
        format!("{}::", self.id)
    }
}

impl Manifest {
    pub fn path(root: &Path) -> PathBuf {
        root.join("exercises").join("workbook.toml")
    }

    pub fn load(root: &Path) -> anyhow::Result<Manifest> {
        let path = Manifest::path(root);
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        let manifest: Manifest =
            toml::from_str(&text).with_context(|| format!("parsing {}", path.display()))?;
        for exercise in &manifest.exercises {
            if !manifest.levels.iter().any(|l| l.number == exercise.level) {
                bail!(
                    "{}: exercise {} is in level {}, which has no [[level]] entry",
                    path.display(),
                    exercise.id,
                    exercise.level
                );
            }
        }
        Ok(manifest)
    }

    pub fn find(&self, id: &str) -> Option<&Exercise> {
        self.exercises.iter().find(|e| e.id == id)
    }

    pub fn in_level(&self, level: u32) -> impl Iterator<Item = &Exercise> {
        self.exercises.iter().filter(move |e| e.level == level)
    }
}
