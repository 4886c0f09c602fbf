//! Reading the learner's keys in `watch`: single keypresses on a terminal (no Enter needed),
//! whole lines otherwise (a pipe, a script, an IDE's console).
//!
//! On a terminal, line editing and echo are switched off for as long as `watch` runs, and put
//! back when it ends, including on Ctrl-C, so the terminal is never left in a strange state.

use std::io::{IsTerminal, Read};
use std::sync::Mutex;
use std::sync::mpsc::{self, Receiver};

/// The terminal settings to put back, while raw mode is on.
static SAVED: Mutex<Option<libc::termios>> = Mutex::new(None);

/// Keys as they come, one `String` per key (terminal) or per line (otherwise).
pub fn keys() -> Receiver<String> {
    let (tx, rx) = mpsc::channel();
    if std::io::stdin().is_terminal() && raw_mode_on() {
        std::thread::spawn(move || {
            let mut byte = [0u8; 1];
            while std::io::stdin().read(&mut byte).is_ok_and(|n| n == 1) {
                let key = (byte[0] as char).to_string();
                if key.trim().is_empty() {
                    continue;
                }
                if tx.send(key).is_err() {
                    return;
                }
            }
        });
    } else {
        std::thread::spawn(move || {
            use std::io::BufRead;
            for line in std::io::stdin().lock().lines().map_while(Result::ok) {
                if tx.send(line.trim().to_string()).is_err() {
                    return;
                }
            }
        });
    }
    rx
}

/// Put the terminal back as it was (does nothing if raw mode was never switched on).
pub fn restore() {
    if let Some(saved) = SAVED.lock().ok().and_then(|mut s| s.take()) {
        // SAFETY: tcsetattr with settings read from the same terminal by tcgetattr.
        unsafe {
            libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &saved);
        }
    }
}

fn raw_mode_on() -> bool {
    // SAFETY: tcgetattr fills the struct we pass; tcsetattr reads it; signal installs a
    // handler that only restores the saved settings and exits.
    unsafe {
        let mut settings: libc::termios = std::mem::zeroed();
        if libc::tcgetattr(libc::STDIN_FILENO, &mut settings) != 0 {
            return false;
        }
        *SAVED.lock().unwrap() = Some(settings);
        let mut raw = settings;
        raw.c_lflag &= !(libc::ICANON | libc::ECHO);
        raw.c_cc[libc::VMIN] = 1;
        raw.c_cc[libc::VTIME] = 0;
        if libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &raw) != 0 {
            return false;
        }
        libc::signal(
            libc::SIGINT,
            on_interrupt as *const () as libc::sighandler_t,
        );
    }
    true
}

extern "C" fn on_interrupt(_: libc::c_int) {
    restore();
    std::process::exit(130);
}
