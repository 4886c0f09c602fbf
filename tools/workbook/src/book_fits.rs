//! The book fits the page: every table, code block and image of every page is within the
//! page's column at 1280 px, checked in a real browser (headless Chromium, Debian's package).
//! verify runs it on the built book when Chromium is installed, and says it skipped it when
//! not (CI installs Chromium).
//!
//! One browser run measures every page: a page of our own (`book_fits.html`) opens each page
//! of the book in a 1280 px frame, measures, and writes what reaches past the column into its
//! own text, which `--dump-dom` prints.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The measuring page.
const MEASURE: &str = include_str!("book_fits.html");

/// What the browser check found.
pub enum Fit {
    /// No Chromium here.
    Skipped,
    /// Pages measured, and what reaches past the column on each that has any.
    Measured { pages: usize, too_wide: Vec<String> },
}

/// Measure every page of the book built in `built` (`book/book`).
pub fn check(built: &Path) -> anyhow::Result<Fit> {
    let Some(browser) = harness::binaries::chromium() else {
        return Ok(Fit::Skipped);
    };
    let pages = html_pages(built);
    let urls: Vec<String> = pages
        .iter()
        .map(|p| format!("file://{}", p.display()))
        .collect();
    let dir = std::env::temp_dir().join(format!("workbook-book-fits-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let measure = dir.join("measure.html");
    std::fs::write(
        &measure,
        MEASURE.replace("PAGES", &serde_json::to_string(&urls)?),
    )?;
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--allow-file-access-from-files",
            "--virtual-time-budget=120000",
            "--dump-dom",
        ])
        .arg(format!("--user-data-dir={}", dir.join("profile").display()))
        .arg(format!("file://{}", measure.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()?;
    // A bound for a browser that hangs, not a speed: the run takes seconds.
    let began = Instant::now();
    while child.try_wait()?.is_none() {
        if began.elapsed() > Duration::from_secs(180) {
            let _ = child.kill();
            anyhow::bail!("Chromium did not finish measuring the book within 3 minutes");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let output = child.wait_with_output()?;
    let _ = std::fs::remove_dir_all(&dir);
    let dom = String::from_utf8_lossy(&output.stdout);
    let Some(report) = dom
        .split("DONE\n")
        .nth(1)
        .and_then(|rest| rest.split("\nEND").next())
    else {
        anyhow::bail!(
            "Chromium did not report its measurements (is it working? `chromium --version`)"
        );
    };
    let too_wide = report
        .lines()
        .filter_map(|line| {
            let (page, wide) = line.split_once('\t')?;
            (!wide.trim().is_empty()).then(|| {
                let page = page.rsplit_once("/book/").map_or(page, |(_, p)| p);
                format!("{page}: {wide}")
            })
        })
        .collect();
    Ok(Fit::Measured {
        pages: pages.len(),
        too_wide,
    })
}

/// The built pages a reader opens (not the printable whole book, the 404 page or the table of
/// contents' frame).
fn html_pages(built: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut dirs = vec![built.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            let name = path
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .to_string();
            if path.is_dir() && !matches!(name.as_str(), "fonts" | "css" | "FontAwesome") {
                dirs.push(path);
            } else if name.ends_with(".html")
                && !matches!(name.as_str(), "print.html" | "404.html" | "toc.html")
            {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}
