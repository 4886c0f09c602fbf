//! The learner's terminal during `watch`: keys as they are pressed, and a clean screen for
//! each verdict.
//!
//! On a terminal, keys are read one at a time (no Enter) through crossterm, with the terminal in
//! raw mode only while `watch` waits for a key, so what a check prints looks as usual; Ctrl-C
//! then arrives as a key and ends `watch` like `q`, the terminal put back as it was (raw mode is
//! left by a guard, on every way out, a panic included; no signal handler is involved). Input
//! that is not a terminal (a pipe, a script, an IDE's console) is read a line at a time.

use std::io::{IsTerminal, Write};
use std::sync::mpsc::Sender;

use crossterm::event::{self, Event as TerminalEvent, KeyCode, KeyEventKind, KeyModifiers};

/// What the learner did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A key (or, from a pipe, the first letter of a line).
    Key(char),
    /// Ctrl-C (or Ctrl-D) on a terminal.
    Quit,
    /// No more input will come (a pipe closed).
    Closed,
}

/// Whether keys come from a terminal (one at a time) rather than a pipe (a line at a time).
pub fn is_interactive() -> bool {
    std::io::stdin().is_terminal()
}

/// Start reading the learner's input on a thread of its own; each input goes to `to` wrapped
/// by `wrap`.
pub fn read_input<E: Send + 'static>(to: Sender<E>, wrap: fn(Input) -> E) {
    if is_interactive() {
        std::thread::spawn(move || {
            loop {
                let input = match event::read() {
                    Ok(TerminalEvent::Key(key)) if key.kind == KeyEventKind::Press => {
                        match key.code {
                            KeyCode::Char('c' | 'd')
                                if key.modifiers.contains(KeyModifiers::CONTROL) =>
                            {
                                Input::Quit
                            }
                            KeyCode::Char(c) => Input::Key(c.to_ascii_lowercase()),
                            KeyCode::Esc => Input::Quit,
                            _ => continue,
                        }
                    }
                    Ok(_) => continue,
                    Err(_) => Input::Closed,
                };
                let closed = input == Input::Closed;
                if to.send(wrap(input)).is_err() || closed {
                    return;
                }
            }
        });
    } else {
        std::thread::spawn(move || {
            use std::io::BufRead;
            for line in std::io::stdin().lock().lines().map_while(Result::ok) {
                if let Some(c) = line.trim().chars().next()
                    && to.send(wrap(Input::Key(c.to_ascii_lowercase()))).is_err()
                {
                    return;
                }
            }
            let _ = to.send(wrap(Input::Closed));
        });
    }
}

/// Raw mode for as long as this lives (on a terminal): keys arrive one at a time, unechoed.
pub struct RawMode {
    on: bool,
}

impl RawMode {
    pub fn on() -> RawMode {
        RawMode {
            on: is_interactive() && crossterm::terminal::enable_raw_mode().is_ok(),
        }
    }
}

impl Drop for RawMode {
    fn drop(&mut self) {
        if self.on {
            let _ = crossterm::terminal::disable_raw_mode();
        }
    }
}

/// Clear the screen before a new verdict (on a terminal; in a log, a blank line instead).
pub fn clear_screen() {
    let mut out = std::io::stdout();
    if out.is_terminal() {
        let _ = crossterm::execute!(
            out,
            crossterm::terminal::Clear(crossterm::terminal::ClearType::All),
            crossterm::terminal::Clear(crossterm::terminal::ClearType::Purge),
            crossterm::cursor::MoveTo(0, 0)
        );
    } else {
        let _ = writeln!(out);
    }
}
