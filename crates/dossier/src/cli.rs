//! Command-line arguments: every command, its flags, and the help that teaches them.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Turns a pile of news reports into source-attributed story dossiers.
///
/// dossier reads articles (plain-text scrapes, HTML pages, JSON Lines), strips
/// site chrome, finds copies and rewrites, groups the articles into stories,
/// and for each story reconciles who is involved, the facts with the sources
/// stating them (corroborated, single-source or disputed), the quotes and the
/// timeline. Everything is kept in one SQLite file.
#[derive(Debug, Parser)]
#[command(
    name = "dossier",
    version,
    after_help = "Examples:\n  dossier run examples/corpus            ingest a folder and show every story\n  dossier ingest news/ more.jsonl         add articles to dossier.db\n  dossier stories                         list the stories\n  dossier show 1                          read the first story's dossier\n  dossier export --format json > out.json the whole database as JSON\n  dossier serve                           read the stories in a browser"
)]
pub struct Cli {
    /// The database file (created when absent).
    #[arg(long, global = true, env = "DOSSIER_DB", default_value = "dossier.db")]
    pub db: PathBuf,

    /// Print no progress and no summary, only results and errors.
    #[arg(long, short, global = true)]
    pub quiet: bool,

    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Add articles to the database and group them into stories.
    ///
    /// Takes files and folders (read recursively: .txt, .html, .htm, .jsonl,
    /// .ndjson, .json, .md), or `-` for standard input. Re-ingesting the same
    /// file changes nothing. A broken input is reported and skipped; the rest
    /// of the batch goes on.
    #[command(
        after_help = "Examples:\n  dossier ingest examples/corpus\n  dossier ingest feed.jsonl --json\n  cat page.html | dossier ingest -"
    )]
    Ingest(IngestArgs),

    /// Ingest, then show every story: the main job in one command.
    #[command(after_help = "Example:\n  dossier --db /tmp/demo.db run examples/corpus")]
    Run(IngestArgs),

    /// List the stories: id, title, articles, sources, first and last date.
    #[command(after_help = "Examples:\n  dossier stories\n  dossier stories --json")]
    Stories(StoriesArgs),

    /// Show one story's dossier: articles and copies, entities, facts, quotes, timeline.
    ///
    /// STORY is a story id (or a unique prefix of one), or its number in
    /// `dossier stories` (1 is the largest story).
    #[command(after_help = "Examples:\n  dossier show 1\n  dossier show s3f9a")]
    Show(ShowArgs),

    /// Export stories as JSON (the documented contract) or Markdown.
    #[command(
        after_help = "Examples:\n  dossier export --format json > dossier.json\n  dossier export --story 2 --format markdown -o story.md"
    )]
    Export(ExportArgs),

    /// Extract articles from files without storing them; print them as JSON.
    ///
    /// With --jsonl, reads `{"id","html"}` records on standard input and
    /// writes one `{"id","title","author","date","sitename","lang","text"}`
    /// line per record.
    #[command(
        after_help = "Examples:\n  dossier extract page.html\n  dossier extract --jsonl < pages.jsonl > extracted.jsonl"
    )]
    Extract(ExtractArgs),

    /// Analyse texts without storing them: names, numbers, dates, quotes.
    ///
    /// Reads `{"id","text"}` JSON Lines on standard input (an optional
    /// `"published": "YYYY-MM-DD"` resolves relative dates) and writes one line
    /// per record: `{"id","mentions":[{"start","end","kind","text","entity"}],
    /// "nationalities":[{"start","end","text","country"}],"quantities","quotes",
    /// "dates"}`, every offset a byte offset into the given text. A nationality
    /// is a word such as "Lithuanian" outside the names, with its country.
    #[command(
        after_help = "Example:\n  echo '{\"id\":1,\"text\":\"Police said 12 people were hurt on Sunday.\",\"published\":\"2026-03-10\"}' | dossier analyse --jsonl"
    )]
    Analyse(AnalyseArgs),

    /// List the people, organisations and places of every story, merged across stories.
    #[command(
        after_help = "Examples:\n  dossier entities\n  dossier entities --kind person --json"
    )]
    Entities(EntitiesArgs),

    /// Show one entity: its spellings, roles, stories and quotes.
    ///
    /// NAME is matched against every spelling after folding (case, accents),
    /// then by the same name merging the stories use.
    #[command(
        after_help = "Examples:\n  dossier entity Kovalchuk\n  dossier entity \"Elena Kovalchuk\" --json"
    )]
    Entity(EntityArgs),

    /// Merge a list of names: the name clustering the pipeline uses, on its own.
    ///
    /// Reads one name per line on standard input, optionally `name<TAB>kind`
    /// (person, organization, place, other), and writes one
    /// `{"name","cluster"}` JSON line per name; names with the same cluster
    /// number are taken to be one entity. A name without a kind gets the one
    /// the mention finder reads in it, as in an article; give the kind where
    /// you know it.
    #[command(
        after_help = "Example:\n  printf 'Sviatlana Tsikhanouskaya\\tperson\\nSvetlana Tikhanovskaya\\tperson\\n' | dossier names"
    )]
    Names,

    /// Serve the dossiers in a browser and as a JSON API.
    ///
    /// Reads the same database as the other commands; `dossier ingest` may
    /// write to it while the server runs. Binds to the loopback interface
    /// unless told otherwise, and never fetches the articles' URLs. The API is
    /// described at /api/openapi.json.
    #[command(
        after_help = "Examples:\n  dossier serve                           http://127.0.0.1:8080/\n  dossier --db demo.db serve examples/corpus  ingest the example corpus, then serve it\n  dossier --db news.db serve --addr 127.0.0.1:9000"
    )]
    Serve(ServeArgs),
}

/// Arguments of `serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Files or folders to ingest before serving (as `dossier ingest` does).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// The address to listen on (port 0 picks a free port).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: std::net::SocketAddr,
}

/// Arguments of `ingest` and `run`.
#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Files, folders, or `-` for standard input.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Print the summary as JSON.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `stories`.
#[derive(Debug, Args)]
pub struct StoriesArgs {
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Story id, unique id prefix, or number in `dossier stories`.
    pub story: String,
}

/// Output formats of `export`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// The JSON contract.
    Json,
    /// A readable Markdown report.
    Markdown,
}

/// Arguments of `export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Only this story (id, id prefix or number); every story when absent.
    #[arg(long)]
    pub story: Option<String>,

    /// Output format.
    #[arg(long, value_enum, default_value = "json")]
    pub format: ExportFormat,

    /// Write to this file instead of standard output.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
}

/// Arguments of `entities`.
#[derive(Debug, Args)]
pub struct EntitiesArgs {
    /// Only entities of this kind: person, organization, place or other.
    #[arg(long)]
    pub kind: Option<String>,

    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `entity`.
#[derive(Debug, Args)]
pub struct EntityArgs {
    /// A name or any spelling of it.
    pub name: String,

    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `analyse`.
#[derive(Debug, Args)]
pub struct AnalyseArgs {
    /// Read `{"id","text"}` JSON Lines on standard input (the only input form).
    #[arg(long, required = true)]
    pub jsonl: bool,
}

/// Arguments of `extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Files to extract (ignored with --jsonl).
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// Read `{"id","html"}` JSON Lines on standard input.
    #[arg(long)]
    pub jsonl: bool,
}
