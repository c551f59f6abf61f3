//! The serve harness (`cargo xtask bench serve`): builds a database of 10,000
//! articles from the GVA benchmark texts with the release binary, times
//! `dossier serve` from start to its first answer, then measures request
//! latencies while `dossier ingest` writes to the same database.
//!
//! Every request goes to the loopback address of the server this harness
//! started, and the loops are bounded in count and time.

use std::fmt::Write as _;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};

use crate::{Options, bench_dir, build_dossier, output_dir, publish};

/// Articles in the database the server starts on.
const ARTICLES: usize = 10_000;
/// Articles ingested while requests are timed.
const EXTRA_ARTICLES: usize = 300;
/// Bounds of the request loop during the ingest.
const MAX_REQUESTS: usize = 5_000;
const MAX_LOOP: Duration = Duration::from_secs(600);

/// Runs the harness and prints its table.
pub fn run(options: &Options) -> anyhow::Result<()> {
    let binary = build_dossier()?;
    let source = bench_dir()?.join("clustering/gva-incidents/articles.jsonl");
    let records = std::fs::read_to_string(&source)
        .with_context(|| format!("reading {}", source.display()))?;
    let lines: Vec<&str> = records
        .lines()
        .filter(|line| !line.trim().is_empty())
        .collect();
    if lines.is_empty() {
        bail!("{} holds no records", source.display());
    }
    let dir = output_dir("serve")?;
    let db = dir.join("serve.db");
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(dir.join(format!("serve.db{suffix}")));
    }
    let base_input = dir.join("base.jsonl");
    write_records(&base_input, &lines, "base", ARTICLES)?;
    let extra_input = dir.join("extra.jsonl");
    write_records(&extra_input, &lines, "extra", EXTRA_ARTICLES)?;

    let started = Instant::now();
    let status = Command::new(&binary)
        .args(["--quiet", "--db"])
        .arg(&db)
        .arg("ingest")
        .arg(&base_input)
        // The benchmark holds some empty records; their rejections are noise here.
        .stderr(Stdio::null())
        .status()
        .context("running dossier ingest")?;
    if !status.success() {
        bail!("dossier ingest of the base articles failed: {status}");
    }
    let base_ingest = started.elapsed();

    let spawned = Instant::now();
    let mut server = Server::start(&binary, &db)?;
    let first_answer = loop {
        if let Ok((200, _)) = get(server.port, "/") {
            break spawned.elapsed();
        }
        if spawned.elapsed() > Duration::from_secs(60) {
            bail!("dossier serve gave no answer within 60 s");
        }
        std::thread::sleep(Duration::from_millis(5));
    };

    let mut ingest = Command::new(&binary)
        .args(["--quiet", "--db"])
        .arg(&db)
        .arg("ingest")
        .arg(&extra_input)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .context("starting dossier ingest")?;
    let loop_start = Instant::now();
    let mut latencies = Vec::new();
    let mut failures = 0;
    let paths = ["/", "/api/stories?per_page=20", "/api/search?q=police"];
    while latencies.len() < MAX_REQUESTS && loop_start.elapsed() < MAX_LOOP {
        if ingest.try_wait()?.is_some() {
            break;
        }
        let path = paths[latencies.len() % paths.len()];
        let sent = Instant::now();
        match get(server.port, path) {
            Ok((200, _)) => {}
            _ => failures += 1,
        }
        latencies.push(sent.elapsed());
    }
    let ingest_status = ingest.wait()?;
    let ingest_time = loop_start.elapsed();
    server.stop();

    latencies.sort();
    let quantile = |q: f64| {
        latencies
            .get(((latencies.len() as f64 - 1.0) * q).round() as usize)
            .map_or(0.0, Duration::as_secs_f64)
    };
    let mut report = String::new();
    let _ = writeln!(
        report,
        "## dossier serve on {ARTICLES} records (release build; GVA texts repeated with new ids, empty ones rejected)\n"
    );
    let _ = writeln!(report, "| measure | value |\n|---|---|");
    let _ = writeln!(
        report,
        "| ingest of the {ARTICLES} records | {:.1} s |",
        base_ingest.as_secs_f64()
    );
    let _ = writeln!(
        report,
        "| start to first answer (`GET /`) | {:.2} s |",
        first_answer.as_secs_f64()
    );
    let _ = writeln!(
        report,
        "| requests while ingesting {EXTRA_ARTICLES} more ({:.1} s, ingest {}) | {} ({} not 200) |",
        ingest_time.as_secs_f64(),
        if ingest_status.success() {
            "ok"
        } else {
            "failed"
        },
        latencies.len(),
        failures
    );
    let _ = writeln!(
        report,
        "| latency median / p95 / max | {:.3} / {:.3} / {:.3} s |",
        quantile(0.5),
        quantile(0.95),
        quantile(1.0)
    );
    publish(options, "serve.md", &report)
}

/// Writes `count` records cycling through `lines`, each with its own id so
/// each is its own article.
fn write_records(path: &Path, lines: &[&str], prefix: &str, count: usize) -> anyhow::Result<()> {
    let mut out = std::io::BufWriter::new(
        std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?,
    );
    for index in 0..count {
        let mut record: serde_json::Value = serde_json::from_str(lines[index % lines.len()])
            .context("reading a benchmark record")?;
        record["id"] = serde_json::Value::from(format!("{prefix}-{index}"));
        serde_json::to_writer(&mut out, &record)?;
        writeln!(out)?;
    }
    out.flush()?;
    Ok(())
}

/// A running `dossier serve`, stopped on drop.
struct Server {
    child: Child,
    port: u16,
}

impl Server {
    fn start(binary: &Path, db: &Path) -> anyhow::Result<Server> {
        let mut child = Command::new(binary)
            .arg("--db")
            .arg(db)
            .args(["serve", "--addr", "127.0.0.1:0"])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .context("starting dossier serve")?;
        let stderr = child.stderr.take().context("serve's stderr is piped")?;
        let mut reader = BufReader::new(stderr);
        let mut line = String::new();
        while reader.read_line(&mut line)? > 0 {
            if let Some(port) = line
                .split("http://127.0.0.1:")
                .nth(1)
                .and_then(|rest| rest.split('/').next())
                .and_then(|port| port.parse().ok())
            {
                // Keep draining stderr so the server never blocks on it.
                std::thread::spawn(move || std::io::copy(&mut reader, &mut std::io::sink()));
                return Ok(Server { child, port });
            }
            line.clear();
        }
        bail!("dossier serve exited before saying where it listens")
    }

    fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop();
    }
}

/// One GET on loopback: the status code and the body's length.
fn get(port: u16, path: &str) -> anyhow::Result<(u16, usize)> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"
    )?;
    let mut response = Vec::new();
    stream.read_to_end(&mut response)?;
    let head = String::from_utf8_lossy(&response[..response.len().min(64)]).into_owned();
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|code| code.parse().ok())
        .context("no status line")?;
    Ok((status, response.len()))
}
