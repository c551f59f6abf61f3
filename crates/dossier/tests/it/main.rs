//! Integration tests: drive the real `dossier` binary on real files.
//!
//! One test binary for the whole crate (faster links); the modules group the
//! tests by what a user does.

mod bad_input;
mod cache;
mod cli;
mod corpus;
mod http;
mod tidy;
mod util;
