//! The command line as a new user meets it: help, bad flags, empty databases.

use crate::util::{Workspace, assert_success, stderr, stdout};

#[test]
fn every_command_has_help_with_an_example() {
    let workspace = Workspace::new();
    for command in [
        "ingest", "run", "stories", "show", "export", "extract", "analyse",
    ] {
        let output = workspace.run(&[command, "--help"]);
        assert_success(&output);
        let help = stdout(&output);
        assert!(
            help.contains("Example"),
            "{command} --help has no example:\n{help}"
        );
    }
    let output = workspace.run(&["--help"]);
    assert_success(&output);
    assert!(stdout(&output).contains("dossier run"));
}

#[test]
fn a_bad_flag_is_a_usage_error() {
    let workspace = Workspace::new();
    let output = workspace.run(&["ingest", "--no-such-flag", "x"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("--no-such-flag"));
}

#[test]
fn an_empty_database_says_how_to_start() {
    let workspace = Workspace::new();
    let output = workspace.run(&["stories"]);
    assert_success(&output);
    assert!(stdout(&output).contains("dossier ingest"));
}

#[test]
fn an_unknown_story_is_a_clear_error() {
    let workspace = Workspace::new();
    let output = workspace.run(&["show", "nope"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("no story"), "{}", stderr(&output));
}

#[test]
fn extract_jsonl_writes_one_line_per_record() {
    let workspace = Workspace::new();
    let input = concat!(
        r#"{"id":"p1","html":"<html lang=\"en\"><head><title>Tide record broken | Coast Daily</title></head><body><nav>Home News Sport</nav><article><p>The tide at the old pier rose higher on Sunday than at any time since records began, the harbour office said.</p><p>Several cellars along the quay were flooded and two roads were closed for the afternoon.</p></article><footer>Copyright 2026 Coast Daily</footer></body></html>"}"#,
        "\n",
        r#"{"id":"p2","html":""}"#,
        "\n"
    );
    let output = workspace.run_with_stdin(&["extract", "--jsonl"], Some(input.as_bytes()));
    assert_success(&output);
    let lines: Vec<serde_json::Value> = stdout(&output)
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "p1");
    assert!(
        lines[0]["text"]
            .as_str()
            .unwrap()
            .contains("cellars along the quay")
    );
    assert_eq!(lines[1]["id"], "p2");
}

#[test]
fn analyse_jsonl_links_nationality_words_to_their_countries() {
    let workspace = Workspace::new();
    let text = "The French foreign minister flew to Vilnius, where Lithuanian President \
                Ona Verbickaite met South Korean envoys and two Belarusians.";
    let input = serde_json::json!({"id": "n1", "text": text}).to_string();
    let output = workspace.run_with_stdin(&["analyse", "--jsonl"], Some(input.as_bytes()));
    assert_success(&output);
    let record: serde_json::Value =
        serde_json::from_str(stdout(&output).trim()).expect("one JSON line");
    let found: Vec<(String, String)> = record["nationalities"]
        .as_array()
        .expect("a nationalities list")
        .iter()
        .map(|n| {
            let start = n["start"].as_u64().unwrap() as usize;
            let end = n["end"].as_u64().unwrap() as usize;
            assert_eq!(&text[start..end], n["text"].as_str().unwrap());
            (
                n["text"].as_str().unwrap().to_string(),
                n["country"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let pair = |word: &str, country: &str| (word.to_string(), country.to_string());
    assert_eq!(
        found,
        [
            pair("French", "France"),
            pair("Lithuanian", "Lithuania"),
            pair("South Korean", "South Korea"),
            pair("Belarusians", "Belarus"),
        ],
        "{record:#}"
    );
}

#[test]
fn analyse_jsonl_gives_offsets_into_the_given_text() {
    let workspace = Workspace::new();
    let text = "Police said 12 people were hurt in Valdmar on Sunday. \u{201c}It was chaos,\u{201d} said Inspector Liv Haugen.";
    let input = format!(
        "{}\nnot json\n",
        serde_json::json!({"id": "t1", "text": text, "published": "2026-03-10"})
    );
    let output = workspace.run_with_stdin(&["analyse", "--jsonl"], Some(input.as_bytes()));
    assert_success(&output);
    assert!(stderr(&output).contains("-:2"), "{}", stderr(&output));
    let lines: Vec<serde_json::Value> = stdout(&output)
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), 1);
    let record = &lines[0];
    assert_eq!(record["id"], "t1");
    let slice = |item: &serde_json::Value| {
        let start = item["start"].as_u64().unwrap() as usize;
        let end = item["end"].as_u64().unwrap() as usize;
        text[start..end].to_string()
    };
    let mentions = record["mentions"].as_array().unwrap();
    assert!(
        mentions
            .iter()
            .any(|m| m["kind"] == "person" && slice(m).contains("Haugen")),
        "{mentions:#?}"
    );
    for mention in mentions {
        assert_eq!(slice(mention), mention["text"].as_str().unwrap());
    }
    let quantities = record["quantities"].as_array().unwrap();
    assert!(
        quantities.iter().any(|q| q["value"] == 12.0),
        "{quantities:#?}"
    );
    assert!(
        record["quotes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|q| q["speaker"]
                .as_str()
                .is_some_and(|speaker| speaker.contains("Haugen"))),
        "{record:#}"
    );
}
