//! Whole runs over real corpora: the shared seeds (five real scrapes, read in
//! place and skipped when absent) and the project's own example corpus.

use std::collections::HashSet;

use serde_json::Value;

use crate::util::{Workspace, assert_success, repo_root, seeds_dir, stdout, story_of};

fn fold(text: &str) -> String {
    text.chars()
        .filter(|ch| ch.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn story<'e>(export: &'e Value, id: &str) -> &'e Value {
    export["stories"]
        .as_array()
        .unwrap()
        .iter()
        .find(|story| story["id"] == id)
        .expect("the story is exported")
}

fn has_value(fact: &Value, value: f64) -> bool {
    fact["variants"].as_array().unwrap().iter().any(|variant| {
        variant["value"].as_f64() == Some(value) || variant["high"].as_f64() == Some(value)
    })
}

/// Issue 2: the seeds give two stories, chrome gone, the 52 released
/// corroborated, the remaining prisoners disputed, aliases merged, quotes
/// attributed.
#[test]
fn seeds_become_two_stories_with_reconciled_facts() {
    let Some(seeds) = seeds_dir() else { return };
    let workspace = Workspace::new();
    let output = workspace.run(&["ingest", seeds.to_str().unwrap()]);
    assert_success(&output);
    let export = workspace.export();
    assert_eq!(export["articles"].as_array().unwrap().len(), 5);

    let main_story = story_of(&export, "000_d499e1c8db43a5a0.txt");
    for seed in [
        "001_af0b9cd941955a96.txt",
        "003_9d813a4fb778b63c.txt",
        "004_c8a833f9e5047acb.txt",
    ] {
        assert_eq!(
            story_of(&export, seed),
            main_story,
            "{seed} joins the main story"
        );
    }
    let other_story = story_of(&export, "002_2e9b64003f6feecb.txt");
    assert_ne!(
        other_story, main_story,
        "the later release is another story"
    );

    // Chrome is gone and reporting is kept, judged line by line against the input.
    for article in export["articles"].as_array().unwrap() {
        let origin = article["origin"].as_str().unwrap();
        let input = std::fs::read_to_string(origin).unwrap();
        let text = article["text"].as_str().unwrap();
        let paragraphs: HashSet<&str> = text.split("\n\n").map(str::trim).collect();
        let title = input
            .lines()
            .find(|line| !line.trim().is_empty())
            .unwrap()
            .trim();
        for line in input.lines().map(str::trim).filter(|line| !line.is_empty()) {
            let words = line.split_whitespace().count();
            let is_sentence = line.ends_with(['.', '!', '?', '\u{201d}', '"']);
            // Legal notices are chrome whatever their length.
            let lower = line.to_lowercase();
            let is_notice = lower.starts_with("disclaimer:")
                || lower.starts_with('\u{a9}')
                || lower.starts_with("copyright \u{a9}");
            if is_notice {
                assert!(!text.contains(line), "{origin}: notice kept: {line}");
            }
            if words >= 15 && is_sentence && !is_notice {
                assert!(
                    text.contains(line) || fold(text).contains(&fold(line)),
                    "{origin}: reporting line lost: {line}"
                );
            }
            if words <= 4 && !is_sentence && line != title {
                assert!(!paragraphs.contains(line), "{origin}: chrome kept: {line}");
            }
        }
    }

    let main = story(&export, &main_story);
    let facts = main["facts"].as_array().unwrap();
    let released = facts
        .iter()
        .find(|fact| has_value(fact, 52.0) && fact["status"] == "corroborated")
        .unwrap_or_else(|| panic!("no corroborated fact of 52: {facts:#?}"));
    let stating: HashSet<&str> = released["variants"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|variant| variant["articles"].as_array().unwrap())
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(
        stating.len(),
        4,
        "the 52 is stated by four articles: {released:#}"
    );
    assert!(
        facts.iter().any(|fact| fact["status"] == "disputed"
            && has_value(fact, 1300.0)
            && has_value(fact, 1400.0)),
        "the remaining prisoners are disputed: {facts:#?}"
    );

    // Spelling variants merged: some person has an alias that is not just a
    // shorter or differently cased form of the name.
    let entities = main["entities"].as_array().unwrap();
    let variant_merged = entities.iter().any(|entity| {
        entity["kind"] == "person"
            && entity["aliases"].as_array().unwrap().iter().any(|alias| {
                let alias = fold(alias.as_str().unwrap());
                let name = fold(entity["name"].as_str().unwrap());
                !name.contains(&alias) && !alias.contains(&name)
            })
    });
    assert!(variant_merged, "no spelling variants merged: {entities:#?}");

    let quotes = main["quotes"].as_array().unwrap();
    let attributed = quotes
        .iter()
        .filter(|quote| quote["speaker"].is_string())
        .count();
    assert!(attributed >= 4, "quotes lack speakers: {quotes:#?}");
}

/// The README's main command works on the project's own examples.
#[test]
fn run_on_the_example_corpus_shows_every_story() {
    let corpus = repo_root().join("examples/corpus");
    let workspace = Workspace::new();
    let output = workspace.run(&["run", corpus.to_str().unwrap()]);
    assert_success(&output);
    let shown = stdout(&output);
    assert!(shown.matches("STORY ").count() >= 2, "{shown}");
    assert!(shown.contains("FACTS"), "{shown}");
    // Every dossier says where and when, with its sources.
    assert_eq!(
        shown.matches("WHERE AND WHEN").count(),
        shown.matches("STORY ").count(),
        "{shown}"
    );
    assert!(shown.contains("  where  Valdmar (city or town)"), "{shown}");
    assert!(
        shown.contains("  when   2026-03-10: stated by 5 articles"),
        "{shown}"
    );
}

#[test]
fn the_export_says_where_and_when_with_sources() {
    let corpus = repo_root().join("examples/corpus");
    let workspace = Workspace::new();
    assert_success(&workspace.run(&["--quiet", "ingest", corpus.to_str().unwrap()]));
    let export = workspace.export();
    for story in export["stories"].as_array().unwrap() {
        let setting = &story["setting"];
        assert_eq!(setting["where"]["name"], "Valdmar", "{setting:#}");
        assert_eq!(setting["where"]["level"], "town", "{setting:#}");
        assert!(!setting["where"]["sources"].as_array().unwrap().is_empty());
        assert_eq!(setting["when"]["how"], "stated", "{setting:#}");
        assert!(!setting["when"]["articles"].as_array().unwrap().is_empty());
    }
}

/// A story of harm says how many were killed and hurt, beside where and
/// when; a story that counts no one hurt (the example strikes) says nothing.
#[test]
fn a_story_of_harm_has_a_toll_and_others_none() {
    let workspace = Workspace::new();
    let first = workspace.write(
        "crash-gazette.txt",
        "Bus overturns on coast road near Eastport\n\n\
         Eastport, 4 May 2026. A bus overturned on the coast road outside Eastport on \
         Monday, killing three people and injuring 12 others, police said.\n\n\
         The driver was among the injured. The road stayed closed for six hours while \
         crews cleared the wreck, and investigators examined the brakes.\n",
    );
    let second = workspace.write(
        "crash-wire.txt",
        "Three dead, 12 hurt as bus overturns near Eastport\n\n\
         Eastport, 4 May 2026. Three people died and 12 were injured when a bus \
         overturned on the coast road near Eastport on Monday, police said.\n\n\
         The injured were taken to Eastport General Hospital. The coast road stayed \
         closed while crews cleared the wreck and investigators examined the brakes.\n",
    );
    let corpus = repo_root().join("examples/corpus");
    assert_success(&workspace.run(&[
        "--quiet",
        "ingest",
        first.to_str().unwrap(),
        second.to_str().unwrap(),
        corpus.to_str().unwrap(),
    ]));
    let export = workspace.export();
    let crash = story(&export, &story_of(&export, "crash-wire.txt"));
    assert_eq!(crash["toll"]["killed"], 3, "{crash:#}");
    assert_eq!(crash["toll"]["injured"], 12, "{crash:#}");
    let strike = story(&export, &story_of(&export, "01-harbour-herald-strike.txt"));
    assert!(strike.get("toll").is_none(), "{strike:#}");
    let shown = stdout(&workspace.run(&["show", &story_of(&export, "crash-gazette.txt")]));
    assert!(shown.contains("  toll   3 killed, 12 injured"), "{shown}");
}

/// Issue 5: a nationality word in a role ties a person to a country, and a
/// large city gets its country from the gazetteer.
#[test]
fn a_nationality_word_links_a_person_to_the_country_and_a_city_to_its_own() {
    let workspace = Workspace::new();
    let report = workspace.write(
        "border-talks.txt",
        "Leaders meet over closed border\n\n\
         VILNIUS, 3 March 2026. Lithuanian President Ona Petraityte said on Monday that \
         the border crossing would stay shut for another week. Polish Prime Minister \
         Marek Zielinski agreed after the two met in Vilnius.\n\n\
         \"We will not reopen it until the inspections are done,\" Petraityte told \
         reporters. Zielinski flies back to Warsaw on Tuesday.\n",
    );
    assert_success(&workspace.run(&["--quiet", "ingest", report.to_str().unwrap()]));
    let export = workspace.export();
    let talks = story(&export, &story_of(&export, "border-talks.txt"));
    let country_of = |name: &str| {
        talks["entities"]
            .as_array()
            .unwrap()
            .iter()
            .find(|entity| entity["name"] == name)
            .map(|entity| entity["country"].clone())
            .unwrap_or_else(|| panic!("no entity {name}: {talks:#}"))
    };
    assert_eq!(country_of("Ona Petraityte"), "Lithuania");
    assert_eq!(country_of("Marek Zielinski"), "Poland");
    assert_eq!(country_of("Vilnius"), "Lithuania");
    assert_eq!(country_of("Warsaw"), "Poland");
    let shown = stdout(&workspace.run(&["show", &story_of(&export, "border-talks.txt")]));
    assert!(
        shown.contains("Ona Petraityte (Lithuanian President)  of Lithuania"),
        "{shown}"
    );
    assert!(shown.contains("Vilnius  in Lithuania"), "{shown}");
}

/// Issue 5: the entity layer across the database, on the example corpus.
#[test]
fn entities_merge_spellings_across_stories_and_keep_siblings_apart() {
    let corpus = repo_root().join("examples/corpus");
    let workspace = Workspace::new();
    assert_success(&workspace.run(&["--quiet", "ingest", corpus.to_str().unwrap()]));

    let output = workspace.run(&["entities", "--json"]);
    assert_success(&output);
    let entities: Value = serde_json::from_slice(&output.stdout).unwrap();
    let entities = entities.as_array().unwrap();
    let named = |name: &str| {
        entities
            .iter()
            .filter(|entity| {
                entity["name"] == name
                    || entity["aliases"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .any(|alias| alias == name)
            })
            .collect::<Vec<_>>()
    };
    let olena = named("Elena Kovalchuk");
    assert_eq!(olena.len(), 1, "{olena:#?}");
    assert_eq!(olena[0]["kind"], "person");
    assert_eq!(olena[0]["stories"].as_array().unwrap().len(), 2);
    assert_eq!(named("Dmitry Savtchenko").len(), 1);
    let ivan = named("Ivan Petrenko");
    let maria = named("Maria Petrenko");
    assert_eq!((ivan.len(), maria.len()), (1, 1));
    assert_ne!(ivan[0]["name"], maria[0]["name"], "siblings stay apart");

    let output = workspace.run(&["entity", "kovalchuck"]);
    assert_success(&output);
    let shown = stdout(&output);
    assert!(shown.contains("Kovalchuk (person)"), "{shown}");
    assert!(shown.contains("wrote on X"), "{shown}");

    let output = workspace.run(&["entity", "Nobody Atall"]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn names_clusters_a_list_of_names() {
    let workspace = Workspace::new();
    let input = "Olena Kovalchuk\tperson\nElena Kovalchuk\tperson\nIvan Petrenko\nMaria Petrenko\tperson\nEuropean Union\torganization\nEU\torg\n\n";
    let output = workspace.run_with_stdin(&["names"], Some(input.as_bytes()));
    assert_success(&output);
    let clusters: Vec<(String, u64)> = stdout(&output)
        .lines()
        .map(|line| {
            let record: Value = serde_json::from_str(line).unwrap();
            (
                record["name"].as_str().unwrap().to_string(),
                record["cluster"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(clusters.len(), 6);
    assert_eq!(clusters[0].1, clusters[1].1, "{clusters:?}");
    assert_ne!(clusters[2].1, clusters[3].1, "{clusters:?}");
    assert_eq!(clusters[4].1, clusters[5].1, "{clusters:?}");
}

#[test]
fn names_without_kinds_are_compared_by_the_kind_they_read_as() {
    let workspace = Workspace::new();
    let input = "Dmytro Halenko\nDmitry Halenko\nEuropean Union\nEU\nDaria Halenko\n";
    let output = workspace.run_with_stdin(&["names"], Some(input.as_bytes()));
    assert_success(&output);
    let clusters: Vec<u64> = stdout(&output)
        .lines()
        .map(|line| {
            let record: Value = serde_json::from_str(line).unwrap();
            record["cluster"].as_u64().unwrap()
        })
        .collect();
    assert_eq!(clusters.len(), 5);
    assert_eq!(
        clusters[0], clusters[1],
        "given-name variants of a person: {clusters:?}"
    );
    assert_eq!(
        clusters[2], clusters[3],
        "an acronym of an organisation: {clusters:?}"
    );
    assert_ne!(clusters[1], clusters[4], "another given name: {clusters:?}");
}
