//! Guards [`ANALYSER_VERSION`]: the store keeps analyses tagged with it and
//! trusts any of the same version, so a change to what `analyse` returns
//! without a bump would leave stale analyses in every existing database.
//!
//! The test analyses the project's own corpus (each file's raw content as a
//! bare text, so only the analyse stage is measured, not extraction) and
//! compares a hash of the result with the one recorded for the current
//! version. When it fails: if the change to the analyses is intended, bump
//! `ANALYSER_VERSION` in `src/analyse/mod.rs` and record the new pair below.

use std::path::Path;

use dossier_core::analyse::{self, ANALYSER_VERSION, AnalyseConfig};
use dossier_core::model::PartialDate;

/// The analyser version and the hash of the corpus's analyses it gives.
const RECORDED: (u32, u64) = (16, 0xdfa3_b437_b156_dd74);

fn corpus_analyses_hash() -> u64 {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("examples/corpus is part of the repository")
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .collect();
    paths.sort();
    let config = AnalyseConfig::default();
    let mut encoded = Vec::new();
    for path in paths {
        let text = std::fs::read_to_string(&path).expect("the corpus is UTF-8");
        let document = analyse::analyse_text(&text, Some(PartialDate::day(2026, 3, 14)), &config);
        encoded.extend(serde_json::to_vec(&document.analysis).expect("an analysis serialises"));
    }
    xxhash_rust::xxh3::xxh3_64(&encoded)
}

#[test]
fn a_change_to_the_analyses_comes_with_a_new_analyser_version() {
    let hash = corpus_analyses_hash();
    assert_eq!(
        (ANALYSER_VERSION, hash),
        RECORDED,
        "the analyses of examples/corpus changed (or ANALYSER_VERSION did) without the \
         other: bump ANALYSER_VERSION when analyse's output changes, and set RECORDED \
         in this file to ({}, {hash:#x})",
        ANALYSER_VERSION + u32::from(ANALYSER_VERSION == RECORDED.0),
    );
}
