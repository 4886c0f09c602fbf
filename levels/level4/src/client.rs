//! A minimal HTTP/1.1 client for the tests, the demo and the load generator: one request per
//! connection, raw bytes allowed (to send what no well-behaved client would), and a
//! [`KeepAlive`] connection for the load generator, which sends request after request on one
//! connection as real clients and proxies do. Small on purpose: the point of level 4 is the
//! server.

use std::net::SocketAddr;

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

/// An HTTP response, its body as text.
#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Response {
    /// A header's value (case-insensitive name).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The body as JSON (`Value::Null` when it is not JSON).
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or(serde_json::Value::Null)
    }
}

/// Send `method path` with an optional JSON body, on a connection of its own.
pub async fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    json: Option<&str>,
) -> std::io::Result<Response> {
    raw(addr, &encode(addr, method, path, json, "close")).await
}

/// The bytes of a request; `connection` is the Connection header's value.
fn encode(
    addr: SocketAddr,
    method: &str,
    path: &str,
    json: Option<&str>,
    connection: &str,
) -> Vec<u8> {
    let mut head =
        format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: {connection}\r\n");
    if let Some(body) = json {
        head.push_str(&format!(
            "Content-Type: application/json\r\nContent-Length: {}\r\n",
            body.len()
        ));
    }
    head.push_str("\r\n");
    let mut bytes = head.into_bytes();
    bytes.extend_from_slice(json.unwrap_or("").as_bytes());
    bytes
}

/// One connection kept open for request after request (HTTP/1.1 keep-alive), opened on first
/// use and again after the server closes it.
pub struct KeepAlive {
    addr: SocketAddr,
    stream: Option<BufReader<TcpStream>>,
}

impl KeepAlive {
    pub fn new(addr: SocketAddr) -> KeepAlive {
        KeepAlive { addr, stream: None }
    }

    /// Send `method path` with an optional JSON body; wait for the whole response. The
    /// service answers with a Content-Length, or 204 with no body; any other response
    /// without a length is read until the server closes the connection.
    pub async fn request(
        &mut self,
        method: &str,
        path: &str,
        json: Option<&str>,
    ) -> std::io::Result<Response> {
        let outcome = self.exchange(method, path, json).await;
        if outcome.is_err() {
            // Whatever went wrong, this connection is in an unknown state: the next request
            // opens a new one.
            self.stream = None;
        }
        outcome
    }

    async fn exchange(
        &mut self,
        method: &str,
        path: &str,
        json: Option<&str>,
    ) -> std::io::Result<Response> {
        let stream = match &mut self.stream {
            Some(stream) => stream,
            None => self
                .stream
                .insert(BufReader::new(TcpStream::connect(self.addr).await?)),
        };
        let bytes = encode(self.addr, method, path, json, "keep-alive");
        stream.get_mut().write_all(&bytes).await?;
        let mut head = Vec::new();
        while !head.ends_with(b"\r\n\r\n") {
            if stream.read_until(b'\n', &mut head).await? == 0 {
                return Err(std::io::ErrorKind::UnexpectedEof.into());
            }
        }
        let mut response = parse(&head).ok_or_else(|| not_http(&head))?;
        // 204 and 304 have no body, and say nothing of its length.
        let no_body = matches!(response.status, 204 | 304).then_some(0);
        match no_body.or_else(|| {
            response
                .header("content-length")
                .and_then(|n| n.parse::<usize>().ok())
        }) {
            Some(length) => {
                let mut body = vec![0; length];
                stream.read_exact(&mut body).await?;
                response.body = String::from_utf8_lossy(&body).into_owned();
            }
            None => {
                let mut rest = Vec::new();
                stream.read_to_end(&mut rest).await?;
                head.extend_from_slice(&rest);
                response = parse(&head).ok_or_else(|| not_http(&head))?;
                self.stream = None;
            }
        }
        if response
            .header("connection")
            .is_some_and(|v| v.eq_ignore_ascii_case("close"))
        {
            self.stream = None;
        }
        Ok(response)
    }
}

/// Send these exact bytes, read the answer until the server closes the connection.
pub async fn raw(addr: SocketAddr, bytes: &[u8]) -> std::io::Result<Response> {
    let mut stream = TcpStream::connect(addr).await?;
    stream.write_all(bytes).await?;
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await?;
    parse(&answer).ok_or_else(|| not_http(&answer))
}

fn not_http(answer: &[u8]) -> std::io::Error {
    std::io::Error::new(
        std::io::ErrorKind::InvalidData,
        format!(
            "not an HTTP response: {:?}",
            String::from_utf8_lossy(answer)
        ),
    )
}

fn parse(answer: &[u8]) -> Option<Response> {
    let split = answer.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = std::str::from_utf8(&answer[..split]).ok()?;
    let mut body = answer[split + 4..].to_vec();
    let mut lines = head.split("\r\n");
    let status = lines.next()?.split(' ').nth(1)?.parse().ok()?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    let chunked = headers.iter().any(|(k, v)| {
        k.eq_ignore_ascii_case("transfer-encoding") && v.eq_ignore_ascii_case("chunked")
    });
    if chunked {
        body = dechunk(&body)?;
    }
    Some(Response {
        status,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    })
}

fn dechunk(mut data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let line_end = data.windows(2).position(|w| w == b"\r\n")?;
        let size =
            usize::from_str_radix(std::str::from_utf8(&data[..line_end]).ok()?.trim(), 16).ok()?;
        data = &data[line_end + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(data.get(..size)?);
        data = data.get(size + 2..)?;
    }
}
