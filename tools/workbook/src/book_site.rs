//! The built book as a small local website: the English book at `/`, the Chinese one at
//! `/zh-CN/` (see `book_i18n::build_both`), so the language switch on every page works.
//!
//! A static file server on std's TCP listener, one thread per connection, bound to 127.0.0.1:
//! it serves one learner's browser. Only GET of files under the site's folder; anything else
//! is a 404 or a 405.

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::time::Duration;

use anyhow::Context;

/// Listen on `bind` (port 0: any free one) and serve `site` until the process ends; `ready` is
/// called with the address bound.
pub fn serve(site: &Path, bind: SocketAddr, ready: impl FnOnce(SocketAddr)) -> anyhow::Result<()> {
    let listener = TcpListener::bind(bind)
        .or_else(|_| TcpListener::bind(SocketAddr::new(bind.ip(), 0)))
        .with_context(|| format!("listening on {bind}"))?;
    ready(listener.local_addr()?);
    for stream in listener.incoming().flatten() {
        let site = site.to_path_buf();
        std::thread::spawn(move || {
            let _ = answer(&site, stream);
        });
    }
    Ok(())
}

fn answer(site: &Path, mut stream: TcpStream) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(5)))?;
    let mut request_line = String::new();
    BufReader::new(&stream).read_line(&mut request_line)?;
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    if method != "GET" && method != "HEAD" {
        return respond(
            &mut stream,
            "405 Method Not Allowed",
            "text/plain",
            b"GET only\n",
        );
    }
    match file_for(site, target).and_then(|path| Some((std::fs::read(&path).ok()?, path))) {
        Some((body, path)) => {
            let body = if method == "HEAD" { &[][..] } else { &body[..] };
            respond(&mut stream, "200 OK", content_type(&path), body)
        }
        None => {
            let page = std::fs::read(site.join("404.html")).unwrap_or_default();
            respond(
                &mut stream,
                "404 Not Found",
                "text/html; charset=utf-8",
                &page,
            )
        }
    }
}

/// The file `target` names under `site` (`/` and folders: their `index.html`); `None` for a
/// path that leaves the site (`..`) or names nothing.
fn file_for(site: &Path, target: &str) -> Option<PathBuf> {
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let path = percent_decode(path)?;
    let relative = Path::new(path.trim_start_matches('/'));
    if relative
        .components()
        .any(|c| !matches!(c, Component::Normal(_)))
    {
        return None;
    }
    let mut file = site.join(relative);
    if file.is_dir() {
        file = file.join("index.html");
    }
    file.is_file().then_some(file)
}

/// `%E4%B8%AD` and the like decoded (a browser escapes non-ASCII paths).
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "ttf" => "font/ttf",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn respond(stream: &mut TcpStream, status: &str, kind: &str, body: &[u8]) -> std::io::Result<()> {
    write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\n\
         Cache-Control: no-cache\r\nConnection: close\r\n\r\n",
        body.len()
    )?;
    stream.write_all(body)
}

/// Open `url` in the learner's browser, if the platform has a way; false when it had none.
pub fn open_browser(url: &str) -> bool {
    let opener: &[&str] = if cfg!(target_os = "macos") {
        &["open"]
    } else if cfg!(windows) {
        &["cmd", "/C", "start", ""]
    } else {
        &["xdg-open"]
    };
    std::process::Command::new(opener[0])
        .args(&opener[1..])
        .arg(url)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_stay_inside_the_site() {
        let site = std::env::temp_dir().join(format!("wb-site-{}", std::process::id()));
        std::fs::create_dir_all(site.join("zh-CN")).unwrap();
        std::fs::write(site.join("index.html"), "en").unwrap();
        std::fs::write(site.join("zh-CN/index.html"), "zh").unwrap();
        assert_eq!(file_for(&site, "/"), Some(site.join("index.html")));
        assert_eq!(
            file_for(&site, "/zh-CN/?x=1"),
            Some(site.join("zh-CN/index.html"))
        );
        assert_eq!(file_for(&site, "/../etc/passwd"), None);
        assert_eq!(file_for(&site, "/%2e%2e/etc/passwd"), None);
        assert_eq!(file_for(&site, "/missing.html"), None);
        let _ = std::fs::remove_dir_all(&site);
    }
}
