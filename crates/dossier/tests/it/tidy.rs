//! Tidy checks over the source tree, run as a test so CI enforces them:
//! every Rust file says what it is for, and no test is silenced.

use std::path::{Path, PathBuf};

use crate::util::repo_root;

fn rust_files(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') || name == "target" {
            continue;
        }
        if path.is_dir() {
            rust_files(&path, files);
        } else if name.ends_with(".rs") {
            files.push(path);
        }
    }
}

#[test]
fn every_rust_file_opens_with_a_module_doc_and_nothing_is_silenced() {
    let root = repo_root();
    let mut files = Vec::new();
    for top in ["crates", "xtask"] {
        rust_files(&root.join(top), &mut files);
    }
    assert!(!files.is_empty());
    // Spelled in pieces so this file does not trip its own check.
    let banned = [
        ["#[should", "_panic"].concat(),
        ["#[ig", "nore"].concat(),
        ["dbg", "!("].concat(),
        ["todo", "!("].concat(),
    ];
    let mut problems = Vec::new();
    for file in &files {
        let source = std::fs::read_to_string(file).unwrap_or_default();
        let first = source
            .lines()
            .find(|line| !line.trim().is_empty())
            .unwrap_or("");
        if !first.starts_with("//!") {
            problems.push(format!("{}: does not open with a //! doc", file.display()));
        }
        for pattern in &banned {
            if source.contains(pattern.as_str()) {
                problems.push(format!("{}: contains {pattern}", file.display()));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
