//! Bad input: each broken input is named in a clear message, the rest of the
//! batch is ingested, and what is stored survives.

use crate::util::{Workspace, assert_success, stderr};

const GOOD: &str = "Harbour cranes stop as dockworkers strike\n\nDockworkers in the port of Valdmar walked out on Tuesday, halting cargo traffic for the day.\n\nThe union said 340 members joined the strike.\n";

fn articles_stored(workspace: &Workspace) -> usize {
    workspace.export()["articles"]
        .as_array()
        .map_or(0, Vec::len)
}

#[test]
fn an_empty_file_is_rejected_by_name_and_the_rest_goes_on() {
    let workspace = Workspace::new();
    workspace.write("in/empty.txt", "");
    workspace.write("in/good.txt", GOOD);
    let output = workspace.run(&["ingest", "in"]);
    assert_success(&output);
    assert!(stderr(&output).contains("empty.txt"), "{}", stderr(&output));
    assert_eq!(articles_stored(&workspace), 1);
}

#[test]
fn a_binary_file_is_rejected_by_name() {
    let workspace = Workspace::new();
    let binary: Vec<u8> = (0..4096u32).map(|n| (n * 7 % 256) as u8).collect();
    workspace.write("in/image.txt", binary);
    workspace.write("in/good.txt", GOOD);
    let output = workspace.run(&["ingest", "in"]);
    assert_success(&output);
    assert!(stderr(&output).contains("image.txt"), "{}", stderr(&output));
    assert_eq!(articles_stored(&workspace), 1);
}

#[test]
fn an_error_page_is_named_kept_out_and_counted() {
    let workspace = Workspace::new();
    workspace.write(
        "in/gone.html",
        "<html><head><title>Page not found | The Valdmar Courier</title></head>\
         <body><h1>Page not found</h1><p>The page you asked for has moved or never existed.</p></body></html>",
    );
    workspace.write("in/good.txt", GOOD);
    let output = workspace.run(&["ingest", "in"]);
    assert_success(&output);
    let err = stderr(&output);
    assert!(
        err.contains("gone.html") && err.contains("error page"),
        "{err}"
    );
    assert!(
        err.contains("1 article(s) added") && err.contains("1 with no article"),
        "{err}"
    );
    assert_eq!(articles_stored(&workspace), 1);
}

#[test]
fn invalid_utf8_is_decoded_not_rejected() {
    let workspace = Workspace::new();
    // "café" and "Nausėda"-like text in windows-1252: é is 0xE9.
    let mut latin = b"Caf\xe9 owners protest new harbour tax\n\n".to_vec();
    latin.extend_from_slice(
        b"Owners of the caf\xe9s along the quay said on Monday that the tax would close dozens of them.\n",
    );
    workspace.write("in/latin.txt", latin);
    let output = workspace.run(&["ingest", "in"]);
    assert_success(&output);
    let export = workspace.export();
    let text = export["articles"][0]["text"].as_str().unwrap_or_default();
    assert!(text.contains("caf\u{e9}s"), "{text}");
}

#[test]
fn a_huge_file_is_rejected_without_stopping_the_batch() {
    let workspace = Workspace::new();
    let paragraph = "The council met again and nothing was decided about the harbour. ";
    let huge = paragraph.repeat(50 * 1024 * 1024 / paragraph.len() + 1);
    workspace.write("in/huge.txt", huge);
    workspace.write("in/good.txt", GOOD);
    let output = workspace.run(&["ingest", "in"]);
    assert_success(&output);
    assert!(stderr(&output).contains("huge.txt"), "{}", stderr(&output));
    assert_eq!(articles_stored(&workspace), 1);
}

#[test]
fn a_broken_json_lines_record_is_named_and_the_others_are_kept() {
    let workspace = Workspace::new();
    let records = concat!(
        r#"{"id":"r1","title":"Ferry service resumes","text":"The ferry between the islands resumed on Friday after a week of storms, the operator said.","source":"Island Post","section":"local"}"#,
        "\n",
        r#"{"id":"r2","title":"broken"#,
        "\n",
        r#"{"id":"r3","title":"Bridge reopens","text":"The old bridge reopened to traffic on Saturday after repairs that cost 2 million euros.","source":"Coast Daily"}"#,
        "\n"
    );
    workspace.write("feed.jsonl", records);
    let output = workspace.run(&["ingest", "feed.jsonl"]);
    assert_success(&output);
    assert!(
        stderr(&output).contains("feed.jsonl"),
        "{}",
        stderr(&output)
    );
    let export = workspace.export();
    let articles = export["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 2);
    assert!(articles.iter().any(|a| a["external_id"] == "r1"));
    assert!(articles.iter().any(|a| a["external_id"] == "r3"));
}

#[test]
fn a_missing_path_is_named_and_the_other_inputs_are_ingested() {
    let workspace = Workspace::new();
    let good = workspace.write("good.txt", GOOD);
    let output = workspace.run(&["ingest", "no-such-file.txt", good.to_str().unwrap()]);
    assert_success(&output);
    assert!(
        stderr(&output).contains("no-such-file.txt"),
        "{}",
        stderr(&output)
    );
    assert_eq!(articles_stored(&workspace), 1);
}

#[test]
fn nothing_ingestible_exits_non_zero() {
    let workspace = Workspace::new();
    workspace.write("empty.txt", "  \n\n ");
    let output = workspace.run(&["ingest", "empty.txt"]);
    assert!(!output.status.success());
    assert!(stderr(&output).contains("empty.txt"), "{}", stderr(&output));
}

#[test]
fn a_corrupt_database_is_reported_and_left_untouched() {
    let workspace = Workspace::new();
    let garbage = vec![0x5au8; 10_000];
    std::fs::write(workspace.db(), &garbage).unwrap();
    workspace.write("good.txt", GOOD);
    let output = workspace.run(&["ingest", "good.txt"]);
    assert!(!output.status.success());
    let message = stderr(&output);
    assert!(message.contains("test.db"), "{message}");
    assert!(
        message.contains("--db"),
        "the message says what to do: {message}"
    );
    assert_eq!(std::fs::read(workspace.db()).unwrap(), garbage);
}

#[test]
fn re_ingesting_the_same_files_changes_nothing() {
    let workspace = Workspace::new();
    workspace.write("in/good.txt", GOOD);
    assert_success(&workspace.run(&["ingest", "in"]));
    let before = workspace.export();
    let output = workspace.run(&["ingest", "--json", "in"]);
    assert_success(&output);
    let summary: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(summary["articles_added"], 0);
    assert_eq!(summary["already_stored"], 1);
    assert_eq!(workspace.export(), before);
}

#[test]
fn standard_input_is_an_input() {
    let workspace = Workspace::new();
    let output = workspace.run_with_stdin(&["ingest", "-"], Some(GOOD.as_bytes()));
    assert_success(&output);
    let export = workspace.export();
    assert_eq!(export["articles"][0]["origin"], "-");
}
