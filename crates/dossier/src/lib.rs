//! The parts of the `dossier` binary that tests drive in-process (the HTTP
//! server of `dossier serve`, see [`http`]) and what the terminal reports
//! share with it ([`numbers`], [`documents`] to load stored articles
//! with their kept analyses, and [`merges`] for stories folded into others).

pub mod documents;
pub mod http;
pub mod merges;
pub mod numbers;
