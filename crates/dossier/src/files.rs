//! Turns the paths a user gives into inputs: files as given, folders walked
//! recursively (sorted, hidden entries skipped), `-` for standard input.

use std::io::Read;
use std::path::{Path, PathBuf};

use dossier_core::ingest::FormatHint;

/// File name endings taken from folders. A file named explicitly is taken
/// whatever its ending.
const FOLDER_EXTENSIONS: &[&str] = &[
    "txt", "text", "md", "html", "htm", "xhtml", "jsonl", "ndjson", "json",
];

/// One input to read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// A file.
    File(PathBuf),
    /// Standard input.
    Stdin,
}

impl Input {
    /// Names the input in messages and in the `origin` of its articles.
    pub fn label(&self) -> String {
        match self {
            Input::File(path) => path.display().to_string(),
            Input::Stdin => "-".to_string(),
        }
    }

    /// Guesses the format from the file name; the content decides otherwise.
    pub fn format_hint(&self) -> FormatHint {
        let Input::File(path) = self else {
            return FormatHint::Auto;
        };
        let extension = path
            .extension()
            .and_then(|extension| extension.to_str())
            .map(str::to_ascii_lowercase);
        match extension.as_deref() {
            Some("html" | "htm" | "xhtml") => FormatHint::Html,
            Some("jsonl" | "ndjson") => FormatHint::JsonLines,
            Some("txt" | "text" | "md") => FormatHint::Text,
            _ => FormatHint::Auto,
        }
    }

    /// Reads the input's bytes, refusing files larger than `max_bytes` before
    /// reading them.
    pub fn read(&self, max_bytes: usize) -> Result<Vec<u8>, String> {
        match self {
            Input::Stdin => {
                let mut bytes = Vec::new();
                std::io::stdin()
                    .lock()
                    .take(max_bytes as u64 + 1)
                    .read_to_end(&mut bytes)
                    .map_err(|error| format!("cannot read standard input: {error}"))?;
                Ok(bytes)
            }
            Input::File(path) => {
                let metadata =
                    std::fs::metadata(path).map_err(|error| format!("cannot read: {error}"))?;
                if metadata.len() > max_bytes as u64 {
                    return Err(format!(
                        "file is {} MB, larger than the {} MB limit for one input; split it or extract the article first",
                        metadata.len() / (1024 * 1024),
                        max_bytes / (1024 * 1024)
                    ));
                }
                std::fs::read(path).map_err(|error| format!("cannot read: {error}"))
            }
        }
    }
}

/// A path that could not be turned into inputs, with why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejected {
    /// The path as given.
    pub input: String,
    /// Why.
    pub reason: String,
}

/// Expands the given paths into inputs, in a stable order.
pub fn collect_inputs(paths: &[PathBuf]) -> (Vec<Input>, Vec<Rejected>) {
    let mut inputs = Vec::new();
    let mut rejected = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(Input::Stdin);
            continue;
        }
        match std::fs::metadata(path) {
            Ok(metadata) if metadata.is_dir() => walk(path, &mut inputs, &mut rejected),
            Ok(_) => inputs.push(Input::File(path.clone())),
            Err(error) => rejected.push(Rejected {
                input: path.display().to_string(),
                reason: format!("cannot read: {error}"),
            }),
        }
    }
    (inputs, rejected)
}

fn walk(dir: &Path, inputs: &mut Vec<Input>, rejected: &mut Vec<Rejected>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) => {
            rejected.push(Rejected {
                input: dir.display().to_string(),
                reason: format!("cannot list folder: {error}"),
            });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| {
            !path
                .file_name()
                .and_then(|name| name.to_str())
                .is_some_and(|name| name.starts_with('.'))
        })
        .collect();
    paths.sort();
    for path in paths {
        // `metadata` follows links, so a linked folder is walked; a loop of
        // links ends when the OS refuses the path as too long.
        match std::fs::metadata(&path) {
            Ok(metadata) if metadata.is_dir() => walk(&path, inputs, rejected),
            Ok(metadata) if metadata.is_file() => {
                let wanted = path
                    .extension()
                    .and_then(|extension| extension.to_str())
                    .is_some_and(|extension| {
                        FOLDER_EXTENSIONS.contains(&extension.to_ascii_lowercase().as_str())
                    });
                if wanted {
                    inputs.push(Input::File(path));
                }
            }
            Ok(_) => {}
            Err(error) => rejected.push(Rejected {
                input: path.display().to_string(),
                reason: format!("cannot read: {error}"),
            }),
        }
    }
}
