//! Helpers to run the binary in a scratch folder and read its JSON export.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// A scratch folder with its own database.
pub struct Workspace {
    pub dir: tempfile::TempDir,
}

impl Workspace {
    pub fn new() -> Workspace {
        Workspace {
            dir: tempfile::tempdir().expect("creating a temporary folder"),
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn db(&self) -> PathBuf {
        self.path("test.db")
    }

    pub fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("creating a folder");
        }
        std::fs::write(&path, contents).expect("writing a fixture");
        path
    }

    /// Runs `dossier --db <db> ARGS...`.
    pub fn run(&self, args: &[&str]) -> Output {
        self.run_with_stdin(args, None)
    }

    pub fn run_with_stdin(&self, args: &[&str], stdin: Option<&[u8]>) -> Output {
        let mut command = Command::new(env!("CARGO_BIN_EXE_dossier"));
        command
            .arg("--db")
            .arg(self.db())
            .args(args)
            .current_dir(self.dir.path())
            .env_remove("DOSSIER_DB")
            .stdin(if stdin.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = command.spawn().expect("starting dossier");
        if let Some(bytes) = stdin {
            use std::io::Write;
            let mut pipe = child.stdin.take().expect("stdin is piped");
            pipe.write_all(bytes).expect("writing stdin");
        }
        child.wait_with_output().expect("waiting for dossier")
    }

    /// Runs `dossier export --format json` and parses it.
    pub fn export(&self) -> serde_json::Value {
        let output = self.run(&["export", "--format", "json"]);
        assert_success(&output);
        serde_json::from_slice(&output.stdout).expect("export is JSON")
    }
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[track_caller]
pub fn assert_success(output: &Output) {
    assert!(
        output.status.success(),
        "dossier failed with {:?}\nstdout:\n{}\nstderr:\n{}",
        output.status,
        stdout(output),
        stderr(output)
    );
}

/// The repository's root (two levels above this crate).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("the repository root exists")
}

/// The shared seeds folder beside the repository, when present.
pub fn seeds_dir() -> Option<PathBuf> {
    let dir = repo_root().join("../shared/seeds");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("skipped: ../shared/seeds is absent");
        None
    }
}

/// The story id of the article whose origin ends with `suffix`.
pub fn story_of(export: &serde_json::Value, origin_suffix: &str) -> String {
    export["articles"]
        .as_array()
        .expect("articles array")
        .iter()
        .find(|article| {
            article["origin"]
                .as_str()
                .is_some_and(|origin| origin.ends_with(origin_suffix))
        })
        .unwrap_or_else(|| panic!("no article from {origin_suffix}"))["story"]
        .as_str()
        .expect("story id")
        .to_string()
}
