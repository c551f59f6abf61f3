//! The parts of the `dossier` binary that tests drive in-process (the HTTP
//! server of `dossier serve`, see [`http`]) and what the terminal reports
//! share with it ([`numbers`], and [`documents`] to load stored articles
//! with their kept analyses).

pub mod documents;
pub mod http;
pub mod numbers;
