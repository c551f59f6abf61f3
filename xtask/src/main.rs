//! Project chores, run as `cargo xtask ...` (an alias in `.cargo/config.toml`
//! that builds this crate in release mode).
//!
//! - `cargo xtask bench extraction [--dataset NAME]`: runs dossier's extractor
//!   over the shared extraction benchmarks and prints the scorer's tables.
//! - `cargo xtask bench clustering [--dataset gva|ecbplus] [--split test|dev]`:
//!   streams a clustering benchmark through the real pipeline and prints
//!   BCubed, pairwise F1, ARI and throughput, with the trivial baselines.
//!   `--scaling` instead times the cluster stage over a synthetic stream of
//!   100,000 articles built from the GVA texts; `--shuffle SEED` streams the
//!   records in a shuffled order instead of date order, to show how much the
//!   stories depend on arrival order.
//! - `cargo xtask bench entities [--split test|dev]`: runs the mention finder
//!   over CoNLL-2003 and prints the scorer's PER/ORG/LOC F1 and sentences/s.
//! - `cargo xtask bench coref [--split test|dev]`: clusters the gold named
//!   entity mentions of ECB+ with the pipeline's entity merging and prints
//!   CoNLL F1 beside the exact- and folded-string baselines.
//! - `cargo xtask bench participants [--split test|dev]`: the recall of the
//!   GVA participants' names among the person entities of their incident.
//! - `cargo xtask bench names [--split dev|test|all]`: clusters the name-variant
//!   gold with `cluster_names` and prints its scorer against the baselines.
//! - `cargo xtask bench facts [--split test|dev]`: reconciles each GVA
//!   incident's gold articles and scores killed, injured, date and city
//!   (the dossier's setting) against the incident's gold facts.
//! - `cargo xtask bench ingest`: times `dossier ingest` and `dossier run` of
//!   10 new articles on a database of 5,000.
//! - `cargo xtask bench serve`: times `dossier serve` on a 10,000-article
//!   database, from start to first answer and while `dossier ingest` writes.
//!
//! Figures come from here, never from timed tests. Predictions go to
//! `target/bench/`; `--save` also writes the printed tables under
//! `bench/results/` so their history is kept in git.

mod clustering;
mod coref;
mod entities;
mod extraction;
mod facts;
mod ingest;
mod names;
mod participants;
mod records;
mod serve;

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, bail};

// The same allocator as the `dossier` binary, so the benchmarks time what
// users run.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str = "usage: cargo xtask bench (extraction|clustering|entities|coref|participants|names|facts|ingest|serve) [--dataset NAME] [--split test|dev] [--scaling] [--shuffle SEED] [--save]";

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((task, rest)) = args.split_first() else {
        bail!("{USAGE}");
    };
    if task != "bench" {
        bail!("unknown task {task:?}\n{USAGE}");
    }
    let Some((what, flags)) = rest.split_first() else {
        bail!("{USAGE}");
    };
    let options = Options::parse(flags)?;
    match what.as_str() {
        "extraction" => extraction::run(&options),
        "clustering" => clustering::run(&options),
        "entities" => entities::run(&options),
        "coref" => coref::run(&options),
        "participants" => participants::run(&options),
        "names" => names::run(&options),
        "facts" => facts::run(&options),
        "ingest" => ingest::run(&options),
        "serve" => serve::run(&options),
        other => bail!("unknown benchmark {other:?}\n{USAGE}"),
    }
}

/// Flags shared by the harnesses.
pub struct Options {
    /// Only this dataset (every one when absent).
    pub dataset: Option<String>,
    /// The split to score (tune on dev, report on test).
    pub split: String,
    /// Write the printed tables under `bench/results/`.
    pub save: bool,
    /// Run the clustering harness's scaling stream instead of the datasets.
    pub scaling: bool,
    /// Stream the clustering records in an order shuffled with this seed
    /// instead of date order: how much the stories depend on arrival order.
    pub shuffle: Option<u64>,
}

impl Options {
    fn parse(flags: &[String]) -> anyhow::Result<Options> {
        let mut options = Options {
            dataset: None,
            split: "test".into(),
            save: false,
            scaling: false,
            shuffle: None,
        };
        let mut iter = flags.iter();
        while let Some(flag) = iter.next() {
            match flag.as_str() {
                "--dataset" => options.dataset = iter.next().cloned(),
                "--split" => {
                    options.split = iter.next().cloned().context("--split needs a value")?
                }
                "--save" => options.save = true,
                "--scaling" => options.scaling = true,
                "--shuffle" => {
                    let seed = iter.next().context("--shuffle needs a seed (a number)")?;
                    options.shuffle = Some(
                        seed.parse()
                            .with_context(|| format!("--shuffle {seed:?}: want a number"))?,
                    );
                }
                other => bail!("unknown flag {other:?}\n{USAGE}"),
            }
        }
        Ok(options)
    }
}

/// The repository root.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// The shared benchmark folder beside the repository, or the folder named by
/// `DOSSIER_BENCH_DIR` (for a checkout, such as a git worktree, that has no
/// `../shared` beside it).
pub fn bench_dir() -> anyhow::Result<PathBuf> {
    let dir = std::env::var_os("DOSSIER_BENCH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join("../shared/bench"));
    if !dir.is_dir() {
        bail!(
            "{} is absent: the benchmarks need ../shared beside the repository",
            dir.display()
        );
    }
    Ok(dir)
}

/// Builds the release binary and returns its path.
pub fn build_dossier() -> anyhow::Result<PathBuf> {
    let root = repo_root();
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["build", "--release", "--locked", "--quiet", "-p", "dossier"])
        .current_dir(&root)
        .status()
        .context("running cargo build")?;
    if !status.success() {
        bail!("cargo build --release -p dossier failed");
    }
    Ok(root.join("target/release/dossier"))
}

/// Where predictions are written.
pub fn output_dir(name: &str) -> anyhow::Result<PathBuf> {
    let dir = repo_root().join("target/bench").join(name);
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    Ok(dir)
}

/// Runs a Python scorer and returns what it printed.
pub fn run_python(args: &[&str]) -> anyhow::Result<String> {
    let output = Command::new("python3")
        .args(args)
        .output()
        .context("running python3 (the scorers need Python 3)")?;
    if !output.status.success() {
        bail!(
            "scorer failed: python3 {}\n{}",
            args.join(" "),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// Prints a report and, with `--save`, writes it under `bench/results/`.
pub fn publish(options: &Options, file_name: &str, report: &str) -> anyhow::Result<()> {
    println!("{report}");
    if options.save {
        let dir = repo_root().join("bench/results");
        std::fs::create_dir_all(&dir)?;
        let path = dir.join(file_name);
        std::fs::write(&path, report).with_context(|| format!("writing {}", path.display()))?;
        println!("saved {}", path.display());
    }
    Ok(())
}
