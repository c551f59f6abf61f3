//! The `dossier` command line: a thin layer over `dossier-core` and `dossier-store`.
//!
//! It reads files, shows progress, applies change sets to the store and renders
//! dossiers; every decision about content is made in `dossier-core`.

mod analyse;
mod cli;
mod entities;
mod files;
mod ingest;
mod render;

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

use crate::cli::{Cli, Command};

// The pipeline allocates many small strings and vectors per article; mimalloc
// serves them in about half the time of the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Exit codes, so scripts can tell what went wrong.
mod exit {
    /// Nothing could be done with the inputs (every one rejected).
    pub const NOTHING_DONE: u8 = 1;
    /// A usage error (bad flag, unknown story) or a failure of the database.
    pub const FAILURE: u8 = 2;
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(error) => {
            if is_broken_pipe(&error) {
                return ExitCode::SUCCESS;
            }
            let _ = writeln!(std::io::stderr(), "dossier: error: {error:#}");
            ExitCode::from(exit::FAILURE)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let db_path = cli.db.clone();
    match cli.command {
        Command::Ingest(args) => ingest::run_ingest(&db_path, &args, cli.quiet),
        Command::Run(args) => {
            let code = ingest::run_ingest(&db_path, &args, cli.quiet)?;
            if code != ExitCode::SUCCESS {
                return Ok(code);
            }
            render::run_show_all(&db_path)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Stories(args) => {
            render::run_stories(&db_path, &args)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Show(args) => {
            render::run_show(&db_path, &args)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Export(args) => {
            render::run_export(&db_path, &args)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Analyse(_) => {
            analyse::run_analyse()?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Extract(args) => {
            ingest::run_extract(&args)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Entities(args) => {
            entities::run_entities(&db_path, &args)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Entity(args) => {
            entities::run_entity(&db_path, &args)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Names => {
            entities::run_names()?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Serve(args) => {
            if !args.paths.is_empty() {
                let ingest_args = cli::IngestArgs {
                    paths: args.paths.clone(),
                    json: false,
                };
                // Serving what is already stored is still useful when none
                // of the new inputs could be read; the summary said why.
                ingest::run_ingest(&db_path, &ingest_args, cli.quiet)?;
            }
            dossier::http::serve(args.addr, &db_path)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// A closed pipe (`dossier show | head`) is the reader's choice, not an error.
fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
