//! The kept analyses: `dossier ingest` stores each article's analysis, later
//! commands read it back, and a missing, outdated or damaged one is computed
//! again without changing any dossier or losing any article.

use std::path::Path;

use dossier_core::analyse::ANALYSER_VERSION;
use rusqlite::Connection;

use crate::util::{Workspace, assert_success, repo_root};

/// A fictional report of its own, to ingest after the database was tampered with.
const LATE_REPORT: &str = "Ferry service resumes at Kessel Point\n\n\
    KESSEL POINT, 3 April 2026 - The ferry between Kessel Point and Ordway \
    resumed on Friday after a storm closed the crossing for four days, \
    the harbour authority said.\n\n\
    \"We checked every berth twice,\" said harbour master Tomas Reyl.\n";

fn ingest_corpus(workspace: &Workspace) {
    let corpus = repo_root().join("examples/corpus");
    assert_success(&workspace.run(&["--quiet", "ingest", corpus.to_str().unwrap()]));
}

fn count(db: &Path, sql: &str) -> i64 {
    let connection = Connection::open(db).expect("opening the test database");
    connection
        .query_row(sql, [], |row| row.get(0))
        .expect("counting")
}

fn execute(db: &Path, sql: &str) {
    let connection = Connection::open(db).expect("opening the test database");
    connection.execute_batch(sql).expect("tampering");
}

fn current_analyses(db: &Path) -> i64 {
    count(
        db,
        &format!("SELECT count(*) FROM article_analyses WHERE version = {ANALYSER_VERSION}"),
    )
}

#[test]
fn ingest_keeps_one_current_analysis_per_article() {
    let workspace = Workspace::new();
    ingest_corpus(&workspace);
    let articles = count(&workspace.db(), "SELECT count(*) FROM articles");
    assert!(articles >= 9, "{articles} articles");
    assert_eq!(current_analyses(&workspace.db()), articles);
}

#[test]
fn outdated_or_damaged_analyses_are_computed_again_and_change_nothing() {
    let workspace = Workspace::new();
    ingest_corpus(&workspace);
    let before = workspace.export();
    let articles = count(&workspace.db(), "SELECT count(*) FROM articles");
    execute(
        &workspace.db(),
        "UPDATE article_analyses SET version = version + 1
             WHERE doc = (SELECT id FROM articles ORDER BY seq LIMIT 1 OFFSET 0);
         UPDATE article_analyses SET analysis = '{\"sentences\": [{\"start\": 0'
             WHERE doc = (SELECT id FROM articles ORDER BY seq LIMIT 1 OFFSET 1);
         UPDATE article_analyses SET analysis =
             '{\"sentences\":[{\"start\":0,\"end\":999999}],\"mentions\":[],\"quantities\":[],\"dates\":[],\"quotes\":[]}'
             WHERE doc = (SELECT id FROM articles ORDER BY seq LIMIT 1 OFFSET 2);
         DELETE FROM article_analyses
             WHERE doc = (SELECT id FROM articles ORDER BY seq LIMIT 1 OFFSET 3);",
    );
    // Two rows are no longer of the current version; two more are but
    // cannot be used.
    assert_eq!(current_analyses(&workspace.db()), articles - 2);
    assert_eq!(workspace.export(), before);
    assert_eq!(current_analyses(&workspace.db()), articles);
    let unusable = count(
        &workspace.db(),
        "SELECT count(*) FROM article_analyses WHERE analysis LIKE '%999999%' OR analysis NOT LIKE '%}'",
    );
    assert_eq!(unusable, 0);

    let late = workspace.write("late.txt", LATE_REPORT);
    assert_success(&workspace.run(&["--quiet", "ingest", late.to_str().unwrap()]));
    assert_eq!(
        count(&workspace.db(), "SELECT count(*) FROM articles"),
        articles + 1
    );
    assert_eq!(current_analyses(&workspace.db()), articles + 1);
}

#[test]
fn a_database_from_before_kept_analyses_opens_and_is_filled() {
    let workspace = Workspace::new();
    ingest_corpus(&workspace);
    let before = workspace.export();
    let articles = count(&workspace.db(), "SELECT count(*) FROM articles");
    // What a database written before analyses were kept looks like.
    execute(
        &workspace.db(),
        "DROP TABLE article_analyses; PRAGMA user_version = 1;",
    );
    let shown = workspace.run(&["show", "1"]);
    assert_success(&shown);
    assert_eq!(workspace.export(), before);
    assert_eq!(current_analyses(&workspace.db()), articles);

    let late = workspace.write("late.txt", LATE_REPORT);
    assert_success(&workspace.run(&["--quiet", "ingest", late.to_str().unwrap()]));
    assert_eq!(current_analyses(&workspace.db()), articles + 1);
}

#[test]
fn run_gives_the_same_dossiers_as_ingest_then_show() {
    let corpus = repo_root().join("examples/corpus");
    let by_run = Workspace::new();
    let run = by_run.run(&["run", corpus.to_str().unwrap()]);
    assert_success(&run);
    let by_steps = Workspace::new();
    ingest_corpus(&by_steps);
    let mut shown = Vec::new();
    let stories = count(&by_steps.db(), "SELECT count(*) FROM stories");
    for number in 1..=stories {
        let output = by_steps.run(&["show", &number.to_string()]);
        assert_success(&output);
        shown.extend_from_slice(&output.stdout);
        shown.push(b'\n');
    }
    assert_eq!(
        String::from_utf8_lossy(&run.stdout),
        String::from_utf8_lossy(&shown)
    );
}

#[test]
fn an_ingest_mixing_stored_and_new_articles_adds_only_the_new() {
    let workspace = Workspace::new();
    ingest_corpus(&workspace);
    let articles = count(&workspace.db(), "SELECT count(*) FROM articles");
    let corpus = repo_root().join("examples/corpus");
    let late = workspace.write("late.txt", LATE_REPORT);
    let output = workspace.run(&[
        "ingest",
        "--json",
        corpus.to_str().unwrap(),
        late.to_str().unwrap(),
    ]);
    assert_success(&output);
    let summary: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(summary["articles_added"], 1);
    assert_eq!(summary["already_stored"], articles);
    assert_eq!(summary["stories_touched"], 1);
    assert_eq!(current_analyses(&workspace.db()), articles + 1);
    assert_eq!(
        count(&workspace.db(), "SELECT count(*) FROM story_members"),
        articles + 1
    );
}
