//! A loopback HTTP/1.1 server that answers each request with the next of the answers it was
//! given (the last one repeats), so that the clients' own parsing of provider answers can be
//! fuzzed through their public API. Shared by the fuzz targets of `fuzz/` and the stable
//! property tests of the `awaz` and `getvocal` crates.

use std::collections::VecDeque;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// One answer: any status the clients may meet (no 1xx, 204 or 304, which carry no body) and
/// any bytes as its body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub status: u16,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn new(status: u16, body: impl Into<Vec<u8>>) -> Answer {
        Answer {
            status,
            body: body.into(),
        }
    }
}

#[derive(Default)]
struct Script {
    answers: VecDeque<Answer>,
    served: u64,
}

/// The server with its own single-threaded runtime: [`Canned::block_on`] drives both the client
/// under test and the server, so a whole exchange is one synchronous call.
pub struct Canned {
    runtime: tokio::runtime::Runtime,
    addr: SocketAddr,
    script: Arc<Mutex<Script>>,
}

impl Canned {
    pub fn start() -> Canned {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a tokio runtime");
        let listener = runtime
            .block_on(TcpListener::bind("127.0.0.1:0"))
            .expect("a loopback port");
        let addr = listener.local_addr().expect("the bound address");
        let script = Arc::new(Mutex::new(Script::default()));
        runtime.spawn(accept(listener, script.clone()));
        Canned {
            runtime,
            addr,
            script,
        }
    }

    /// `http://127.0.0.1:PORT`, without a trailing slash.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Replaces the answers still to come.
    pub fn answer(&self, answers: impl IntoIterator<Item = Answer>) {
        lock(&self.script).answers = answers.into_iter().collect();
    }

    /// How many requests were answered since the server started.
    pub fn served(&self) -> u64 {
        lock(&self.script).served
    }

    pub fn block_on<F: Future>(&self, future: F) -> F::Output {
        self.runtime.block_on(future)
    }
}

fn lock(script: &Mutex<Script>) -> MutexGuard<'_, Script> {
    script.lock().unwrap_or_else(PoisonError::into_inner)
}

async fn accept(listener: TcpListener, script: Arc<Mutex<Script>>) {
    loop {
        if let Ok((stream, _)) = listener.accept().await {
            tokio::spawn(serve(stream, script.clone()));
        }
    }
}

/// Answers the requests of one keep-alive connection until the client closes it.
async fn serve(mut stream: TcpStream, script: Arc<Mutex<Script>>) {
    let mut received = Vec::new();
    loop {
        let head_end = loop {
            if let Some(end) = find(&received, b"\r\n\r\n") {
                break end + 4;
            }
            if !read_more(&mut stream, &mut received).await {
                return;
            }
        };
        let request_end = head_end + content_length(&received[..head_end]);
        while received.len() < request_end {
            if !read_more(&mut stream, &mut received).await {
                return;
            }
        }
        received.drain(..request_end);

        let answer = {
            let mut script = lock(&script);
            script.served += 1;
            if script.answers.len() > 1 {
                script.answers.pop_front()
            } else {
                script.answers.front().cloned()
            }
        }
        .unwrap_or_else(|| Answer::new(500, "{}"));
        let mut response = format!(
            "HTTP/1.1 {} Canned\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
            answer.status,
            answer.body.len()
        )
        .into_bytes();
        response.extend_from_slice(&answer.body);
        if stream.write_all(&response).await.is_err() {
            return;
        }
    }
}

async fn read_more(stream: &mut TcpStream, received: &mut Vec<u8>) -> bool {
    let mut chunk = [0u8; 8192];
    match stream.read(&mut chunk).await {
        Ok(0) | Err(_) => false,
        Ok(read) => {
            received.extend_from_slice(&chunk[..read]);
            true
        }
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

fn content_length(head: &[u8]) -> usize {
    String::from_utf8_lossy(head)
        .lines()
        .filter_map(|line| line.split_once(':'))
        .find(|(name, _)| name.trim().eq_ignore_ascii_case("content-length"))
        .and_then(|(_, value)| value.trim().parse().ok())
        .unwrap_or(0)
}
