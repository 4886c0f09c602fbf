//! Progress while cargo builds: the first run of a level compiles a few hundred crates, minutes
//! on a small machine, and silence for that long looks like a hang. cargo's `Compiling <crate>`
//! lines (from the stderr the runner reads anyway) drive a live line on a terminal, and a plain
//! line every so often elsewhere (a CI log).

use std::io::{IsTerminal, Write};
use std::time::Instant;

/// How many crates between two plain lines, when the output is not a terminal.
const PLAIN_EVERY: usize = 25;

/// The progress of one cargo run.
pub struct BuildProgress {
    live: bool,
    compiled: usize,
    started: Instant,
}

impl BuildProgress {
    pub fn new() -> BuildProgress {
        BuildProgress {
            live: std::io::stdout().is_terminal(),
            compiled: 0,
            started: Instant::now(),
        }
    }

    /// Take one line of cargo's stderr into account.
    pub fn saw(&mut self, line: &str) {
        let Some(what) = line.trim_start().strip_prefix("Compiling ") else {
            return;
        };
        self.compiled += 1;
        let name = what.split_whitespace().next().unwrap_or(what);
        let mut out = std::io::stdout();
        if self.live {
            let _ = write!(
                out,
                "\r\x1b[2KBuilding: {} crate(s) compiled, {:.0} s; now {name}",
                self.compiled,
                self.started.elapsed().as_secs_f32()
            );
            let _ = out.flush();
        } else if self.compiled.is_multiple_of(PLAIN_EVERY) {
            let _ = writeln!(
                out,
                "Building: {} crates compiled in {:.0} s (the first build of a level takes \
                 minutes; later ones, seconds)",
                self.compiled,
                self.started.elapsed().as_secs_f32()
            );
        }
    }

    /// The build is over: clear the live line, and say how long a long build took.
    pub fn finish(&self) {
        let mut out = std::io::stdout();
        if self.live && self.compiled > 0 {
            let _ = write!(out, "\r\x1b[2K");
            let _ = out.flush();
        }
        if self.compiled >= PLAIN_EVERY {
            let _ = writeln!(
                out,
                "Built: {} crates compiled in {:.0} s.",
                self.compiled,
                self.started.elapsed().as_secs_f32()
            );
        }
    }
}
