//! `cargo workbook class serve`: the board as a web page for the projector. Two addresses:
//! `/` is the page (one file, `board.html`: no build step, nothing fetched from elsewhere) and
//! `/board.json` the board, read from the progress database on each request; the page asks for
//! it every few seconds.
//!
//! A small server on std's TCP listener, one thread per connection: it serves one room's
//! projector and a few laptops, bound to 127.0.0.1 unless the instructor says otherwise. A
//! request that does not arrive within 5 s is dropped.

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;

/// The page, compiled into the runner.
const PAGE: &str = include_str!("board.html");

/// Something that answers `/board.json`: the board as JSON, or why there is none.
pub type BoardSource = Arc<dyn Fn() -> anyhow::Result<String> + Send + Sync>;

/// Listen on `bind` and serve until the process ends; `ready` is called with the address bound
/// (port 0 picks a free one).
pub fn serve(
    bind: SocketAddr,
    board: BoardSource,
    ready: impl FnOnce(SocketAddr),
) -> anyhow::Result<()> {
    let listener = TcpListener::bind(bind).with_context(|| format!("listening on {bind}"))?;
    ready(listener.local_addr()?);
    for stream in listener.incoming().flatten() {
        let board = board.clone();
        std::thread::spawn(move || {
            let _ = answer(stream, &board);
        });
    }
    Ok(())
}

fn answer(stream: TcpStream, board: &BoardSource) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(5)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // The headers are read and ignored (up to the blank line), so the client sees its request
    // consumed before the answer.
    let mut header = String::new();
    while reader.read_line(&mut header)? > 2 {
        header.clear();
    }
    let mut parts = request_line.split_whitespace();
    let (method, path) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let (status, kind, body) = match (method, path.split('?').next().unwrap_or("")) {
        ("GET", "/") => ("200 OK", "text/html; charset=utf-8", PAGE.to_string()),
        ("GET", "/board.json") => match board() {
            Ok(json) => ("200 OK", "application/json", json),
            Err(e) => (
                "503 Service Unavailable",
                "application/json",
                serde_json::json!({ "error": format!("{e:#}") }).to_string(),
            ),
        },
        ("GET", _) => (
            "404 Not Found",
            "text/plain; charset=utf-8",
            "not found\n".into(),
        ),
        _ => (
            "405 Method Not Allowed",
            "text/plain; charset=utf-8",
            "only GET\n".into(),
        ),
    };
    let mut stream = stream;
    write!(
        stream,
        "HTTP/1.1 {status}\r\ncontent-type: {kind}\r\ncontent-length: {}\r\n\
         cache-control: no-store\r\nconnection: close\r\n\r\n{body}",
        body.len()
    )?;
    stream.flush()
}
