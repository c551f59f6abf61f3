//! The parts of the `dossier` binary that tests drive in-process (the HTTP
//! server of `dossier serve`, see [`http`]) and what the terminal reports
//! share with it ([`numbers`]).

pub mod http;
pub mod numbers;
