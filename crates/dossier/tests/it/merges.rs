//! Stories folded into others by merge repair: the surviving dossier says what
//! it absorbed and why, and the old id still leads somewhere, in the terminal,
//! the JSON export and over HTTP alike.

use dossier_core::model::StoryId;
use dossier_core::pipeline::{Change, ChangeSet};
use dossier_store::{SqliteStore, Store};

use crate::util::{Workspace, assert_success, repo_root};

/// Ingests the example corpus and folds its second-largest story into its
/// largest, as merge repair would, returning (survivor, folded) ids.
fn corpus_with_a_merge(workspace: &Workspace) -> (String, String) {
    let corpus = repo_root().join("examples/corpus");
    assert_success(&workspace.run(&["--quiet", "ingest", corpus.to_str().unwrap()]));
    let mut store = SqliteStore::open(&workspace.db()).expect("opening the test database");
    let summaries = store.story_summaries().expect("listing stories");
    assert!(
        summaries.len() >= 2,
        "the example corpus has several stories"
    );
    let (into, from) = (summaries[0].id.clone(), summaries[1].id.clone());
    let change_set = ChangeSet {
        changes: vec![Change::MergeStories {
            from: StoryId(from.clone()),
            into: StoryId(into.clone()),
            similarity: 0.42,
            reason: vec!["shared term \"harbour\"".into()],
        }],
        ..ChangeSet::default()
    };
    store.apply(&change_set).expect("applying the merge");
    (into, from)
}

#[test]
fn show_of_a_merged_story_shows_the_survivor_with_the_merge() {
    let workspace = Workspace::new();
    let (into, from) = corpus_with_a_merge(&workspace);
    let output = workspace.run(&["show", &from]);
    assert_success(&output);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(&format!("story {from} was merged into {into}")),
        "{stderr}"
    );
    assert!(stdout.starts_with(&format!("STORY {into}")), "{stdout}");
    assert!(
        stdout.contains(&format!("merged from story {from}")),
        "{stdout}"
    );
    assert!(stdout.contains("similarity 0.42"), "{stdout}");
}

#[test]
fn the_export_lists_what_a_story_absorbed() {
    let workspace = Workspace::new();
    let (into, from) = corpus_with_a_merge(&workspace);
    let output = workspace.run(&["export", "--story", &into]);
    assert_success(&output);
    let export: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("the export is JSON");
    let merged = &export["stories"][0]["merged_from"];
    assert_eq!(merged[0]["story"], from.as_str(), "{merged}");
    assert_eq!(merged[0]["reason"][0], "shared term \"harbour\"");
}
