//! Terminal styling: colour on a terminal (unless `NO_COLOR` is set), plain text otherwise, so
//! that CI logs and pipes get words without escape codes.

use std::io::IsTerminal;

/// Whether to paint, decided once per command.
pub struct Style {
    pub color: bool,
}

impl Style {
    pub fn detect() -> Style {
        Style {
            color: std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
        }
    }

    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    pub fn green(&self, text: &str) -> String {
        self.paint("32", text)
    }

    pub fn yellow(&self, text: &str) -> String {
        self.paint("33", text)
    }

    pub fn red(&self, text: &str) -> String {
        self.paint("31", text)
    }

    /// `Progress: [#####.....] 5/10` on a terminal, `Progress: 5/10 done` otherwise.
    pub fn progress_bar(&self, done: usize, total: usize) -> String {
        if !self.color {
            return crate::lang::trf(
                "Progress: {done}/{total} done",
                &[("done", &done), ("total", &total)],
            );
        }
        let width = 30;
        let filled = (done * width).checked_div(total).unwrap_or(0);
        format!(
            "{} [{}{}] {done}/{total}",
            crate::lang::tr("Progress:"),
            self.green(&"#".repeat(filled)),
            ".".repeat(width - filled)
        )
    }
}

/// `text` with `prefix` before each line.
pub fn indent(text: &str, prefix: &str) -> String {
    text.lines()
        .map(|l| format!("{prefix}{l}"))
        .collect::<Vec<_>>()
        .join("\n")
}
