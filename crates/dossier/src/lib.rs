//! The parts of the `dossier` binary that tests drive in-process: today the
//! HTTP server of `dossier serve` (see [`http`]).

pub mod http;
