//! The book's "Starting your own project" gives each track's `[dependencies]`
//! (`book/src/own-project/*.toml`). They must be what the workbook is tested with: every
//! version the one the workspace pins, every feature one it builds with.

use std::path::Path;

fn table(path: &Path) -> toml::Table {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A dependency's version and features, from `name = "1.2"` or `name = { version, features }`.
fn version_and_features(value: &toml::Value) -> (String, Vec<String>) {
    match value {
        toml::Value::String(version) => (version.clone(), Vec::new()),
        toml::Value::Table(t) => (
            t.get("version")
                .and_then(|v| v.as_str())
                .unwrap_or("")
                .to_string(),
            t.get("features")
                .and_then(|f| f.as_array())
                .map(|a| {
                    a.iter()
                        .filter_map(|f| f.as_str().map(String::from))
                        .collect()
                })
                .unwrap_or_default(),
        ),
        other => panic!("a dependency given as {other:?}"),
    }
}

#[test]
fn the_books_dependencies_are_the_workspaces() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let workspace = table(&root.join("Cargo.toml"));
    let pinned = workspace["workspace"]["dependencies"]
        .as_table()
        .expect("[workspace.dependencies]");
    for track in ["sqlx", "diesel"] {
        let path = root.join(format!("book/src/own-project/{track}.toml"));
        let manifest = table(&path);
        let dependencies = manifest["dependencies"].as_table().expect("[dependencies]");
        assert!(
            !dependencies.is_empty(),
            "{}: no dependencies",
            path.display()
        );
        for (name, value) in dependencies {
            let ours = pinned.get(name).unwrap_or_else(|| {
                panic!("{}: {name} is not a workspace dependency", path.display())
            });
            let (version, features) = version_and_features(value);
            let (pinned_version, pinned_features) = version_and_features(ours);
            assert_eq!(
                version,
                pinned_version,
                "{}: {name} {version}, but the workspace pins {pinned_version}",
                path.display()
            );
            for feature in &features {
                assert!(
                    pinned_features.contains(feature),
                    "{}: {name}'s feature {feature:?} is not one the workspace builds with \
                     ({pinned_features:?})",
                    path.display()
                );
            }
        }
    }
}
