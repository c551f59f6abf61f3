//! Tests of entity merging on hand-built documents with invented names.

use proptest::prelude::*;

use super::*;
use crate::model::{Analysis, Article, Document, Mention, TextRange};

/// Builds a document whose mentions are the given (name, kind) pairs, each
/// found in `text` in order (a name written twice is found twice).
fn doc(id: &str, text: &str, names: &[(&str, EntityKind)]) -> Document {
    doc_with_roles(
        id,
        text,
        &names
            .iter()
            .map(|(n, k)| (*n, *k, None))
            .collect::<Vec<_>>(),
    )
}

fn doc_with_roles(id: &str, text: &str, names: &[(&str, EntityKind, Option<&str>)]) -> Document {
    let mut mentions = Vec::new();
    let mut from = 0;
    for (name, kind, role) in names {
        let start = text[from..]
            .find(name)
            .map(|offset| from + offset)
            .unwrap_or_else(|| panic!("{name:?} not in the text after byte {from}"));
        let end = start + name.len();
        from = end;
        mentions.push(Mention {
            range: TextRange::new(start, end),
            kind: *kind,
            text: name.to_string(),
            role: role.map(str::to_string),
        });
    }
    Document {
        article: Article {
            id: DocId(id.into()),
            origin: format!("{id}.txt"),
            external_id: None,
            url: None,
            title: String::new(),
            source: None,
            author: None,
            published: None,
            lang: Some("en".into()),
            text: text.into(),
            blocks: vec![TextRange::new(0, text.len())],
            extra: Default::default(),
        },
        analysis: Analysis {
            mentions,
            ..Analysis::default()
        },
    }
}

use EntityKind::{Organization as Org, Person, Place};

fn merged(documents: &[Document]) -> EntityTable {
    let refs: Vec<&Document> = documents.iter().collect();
    merge(&refs)
}

fn entity<'t>(table: &'t EntityTable, name: &str) -> &'t Entity {
    table
        .entities
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| panic!("no entity {name:?} in {:#?}", table.entities))
}

#[test]
fn surname_only_links_to_full_name_in_the_article() {
    let text = "Hanna Lindqvist chairs the union. Later Lindqvist said no.";
    let table = merged(&[doc(
        "d1",
        text,
        &[("Hanna Lindqvist", Person), ("Lindqvist", Person)],
    )]);
    assert_eq!(table.entities.len(), 1);
    let hanna = entity(&table, "Hanna Lindqvist");
    assert_eq!(hanna.aliases, vec!["Lindqvist".to_string()]);
    assert!(hanna.merged_because[0].starts_with("surname of Hanna Lindqvist in the same article"));
}

#[test]
fn a_given_name_alone_links_to_the_one_person_so_named() {
    let text = "Ivo Strand met Hanna Lindqvist. \"If Ivo agrees, we sign,\" she said.";
    let table = merged(&[doc(
        "d1",
        text,
        &[
            ("Ivo Strand", Person),
            ("Hanna Lindqvist", Person),
            ("Ivo", Person),
        ],
    )]);
    assert_eq!(table.entities.len(), 2);
    let ivo = entity(&table, "Ivo Strand");
    assert_eq!(ivo.aliases, vec!["Ivo".to_string()]);
    assert!(ivo.merged_because[0].starts_with("given name of Ivo Strand"));
}

#[test]
fn a_given_name_two_people_share_links_to_neither() {
    let text = "Ivo Strand met Ivo Berg. \"Ivo agrees,\" she said.";
    let table = merged(&[doc(
        "d1",
        text,
        &[
            ("Ivo Strand", Person),
            ("Ivo Berg", Person),
            ("Ivo", Person),
        ],
    )]);
    assert_eq!(table.entities.len(), 3);
}

#[test]
fn surname_before_the_full_name_links_too() {
    let text = "\"No,\" said Lindqvist. Hanna Lindqvist chairs the union.";
    let table = merged(&[doc(
        "d1",
        text,
        &[("Lindqvist", Person), ("Hanna Lindqvist", Person)],
    )]);
    assert_eq!(table.entities.len(), 1);
}

#[test]
fn gendered_title_picks_the_sister_not_the_brother() {
    let text = "Ivan Petrenko spoke, and his sister Maria Petrenko, the deputy mayor, listened. \
                Mr Petrenko left early. Ms Petrenko stayed.";
    let d = doc(
        "d1",
        text,
        &[
            ("Ivan Petrenko", Person),
            ("Maria Petrenko", Person),
            ("Mr Petrenko", Person),
            ("Ms Petrenko", Person),
        ],
    );
    let table = merged(&[d]);
    assert_eq!(table.entities.len(), 2, "{:#?}", table.entities);
    assert!(
        entity(&table, "Ivan Petrenko")
            .aliases
            .contains(&"Mr Petrenko".into())
    );
    assert!(
        entity(&table, "Maria Petrenko")
            .aliases
            .contains(&"Ms Petrenko".into())
    );
    let id = DocId("d1".into());
    assert_eq!(
        table.resolve(&id, "Ms Petrenko").unwrap().name,
        "Maria Petrenko"
    );
    assert_eq!(
        table.resolve(&id, "Mr Petrenko").unwrap().name,
        "Ivan Petrenko"
    );
}

#[test]
fn a_title_outside_the_mention_still_decides() {
    let text = "Ivan Petrenko spoke, and Maria Petrenko listened. Ms Petrenko stayed.";
    let d = doc(
        "d1",
        text,
        &[
            ("Ivan Petrenko", Person),
            ("Maria Petrenko", Person),
            ("Petrenko", Person),
        ],
    );
    let table = merged(&[d]);
    assert_eq!(table.entities.len(), 2, "{:#?}", table.entities);
    assert!(
        entity(&table, "Maria Petrenko")
            .aliases
            .contains(&"Petrenko".into())
    );
}

#[test]
fn ambiguous_surname_links_to_neither() {
    let text = "Ivan Petrenko and Maria Petrenko arrived. Petrenko said it was late.";
    let d = doc(
        "d1",
        text,
        &[
            ("Ivan Petrenko", Person),
            ("Maria Petrenko", Person),
            ("Petrenko", Person),
        ],
    );
    let table = merged(&[d]);
    assert!(
        !entity(&table, "Ivan Petrenko")
            .aliases
            .contains(&"Petrenko".into())
    );
    assert!(
        !entity(&table, "Maria Petrenko")
            .aliases
            .contains(&"Petrenko".into())
    );
    let id = DocId("d1".into());
    let resolved = table.resolve(&id, "Petrenko").map(|e| e.name.as_str());
    assert_ne!(resolved, Some("Ivan Petrenko"));
    assert_ne!(resolved, Some("Maria Petrenko"));
}

#[test]
fn two_officials_named_smith_stay_apart() {
    let a = doc(
        "d1",
        "John Smith, the minister, met Robert Smith.",
        &[("John Smith", Person), ("Robert Smith", Person)],
    );
    let b = doc("d2", "John Smith said so.", &[("John Smith", Person)]);
    let table = merged(&[a, b]);
    assert_eq!(table.entities.len(), 2);
    assert_eq!(entity(&table, "John Smith").articles.len(), 2);
    assert_eq!(entity(&table, "Robert Smith").articles.len(), 1);
}

#[test]
fn variants_merge_across_articles_with_reasons() {
    let a = doc(
        "d1",
        "Olena Kovalchuk and Dmytro Savchenko met. Kovalchuk left.",
        &[
            ("Olena Kovalchuk", Person),
            ("Dmytro Savchenko", Person),
            ("Kovalchuk", Person),
        ],
    );
    let b = doc(
        "d2",
        "Elena Kovalchuk and Dmitry Savtchenko met.",
        &[("Elena Kovalchuk", Person), ("Dmitry Savtchenko", Person)],
    );
    let c = doc(
        "d3",
        "Olena Kovalchuck wrote on X. Kovalchuck added more.",
        &[("Olena Kovalchuck", Person), ("Kovalchuck", Person)],
    );
    let table = merged(&[a, b, c]);
    assert_eq!(table.entities.len(), 2, "{:#?}", table.entities);
    let olena = entity(&table, "Olena Kovalchuk");
    assert_eq!(olena.articles.len(), 3);
    for alias in [
        "Elena Kovalchuk",
        "Olena Kovalchuck",
        "Kovalchuk",
        "Kovalchuck",
    ] {
        assert!(
            olena.aliases.contains(&alias.to_string()),
            "{alias} in {olena:#?}"
        );
    }
    let reasons = olena.merged_because.join(" | ");
    assert!(reasons.contains("given-name variant"), "{reasons}");
    assert!(reasons.contains("typo within edit distance 1"), "{reasons}");
    let dmytro = &table
        .entities
        .iter()
        .find(|e| e.name.contains("Savchenko") || e.name.contains("Savtchenko"))
        .unwrap();
    let reasons = dmytro.merged_because.join(" | ");
    assert!(
        reasons.contains("given-name variant Dmytro ~ Dmitry")
            || reasons.contains("given-name variant Dmitry ~ Dmytro"),
        "{reasons}"
    );
    assert!(reasons.contains("transliteration variant"), "{reasons}");
}

#[test]
fn gendered_surnames_across_articles_stay_apart() {
    let a = doc(
        "d1",
        "Lena Orlovskaya spoke.",
        &[("Lena Orlovskaya", Person)],
    );
    let b = doc("d2", "Lena Orlovski spoke.", &[("Lena Orlovski", Person)]);
    let table = merged(&[a, b]);
    assert_eq!(table.entities.len(), 2);
}

#[test]
fn siblings_with_one_surname_stay_apart_across_articles() {
    let a = doc("d1", "Oleg Zaitsev spoke.", &[("Oleg Zaitsev", Person)]);
    let b = doc(
        "d2",
        "Igor Zaitsev spoke. Zaitsev said more.",
        &[("Igor Zaitsev", Person), ("Zaitsev", Person)],
    );
    let table = merged(&[a, b]);
    assert_eq!(table.entities.len(), 2);
    assert!(
        entity(&table, "Igor Zaitsev")
            .aliases
            .contains(&"Zaitsev".into())
    );
}

#[test]
fn surname_alone_in_another_article_joins_the_one_person() {
    let a = doc("d1", "Karin Vik mediates.", &[("Karin Vik", Person)]);
    let b = doc("d2", "Vik said talks go on.", &[("Vik", Person)]);
    let table = merged(&[a, b]);
    assert_eq!(table.entities.len(), 1);
    let karin = entity(&table, "Karin Vik");
    assert_eq!(karin.articles.len(), 2);
    assert!(karin.merged_because[0].contains("elsewhere in the story"));
    assert_eq!(
        table.resolve(&DocId("d2".into()), "Vik").unwrap().name,
        "Karin Vik"
    );
}

#[test]
fn a_partial_name_in_another_article_joins_the_one_fuller_name() {
    let a = doc(
        "d1",
        "Rais Nouri Tabbal arrived.",
        &[("Rais Nouri Tabbal", Person)],
    );
    let b = doc("d2", "Nouri Tabbal left.", &[("Nouri Tabbal", Person)]);
    let table = merged(&[a, b]);
    assert_eq!(table.entities.len(), 1, "{:#?}", table.entities);
    let karim = &table.entities[0];
    assert_eq!(karim.articles.len(), 2);
    assert!(
        karim
            .merged_because
            .iter()
            .any(|r| r.starts_with("part of")),
        "{:?}",
        karim.merged_because
    );
}

#[test]
fn a_partial_name_two_relatives_fit_joins_neither() {
    let a = doc(
        "d1",
        "Nadia Selim Haddad and Yusuf Selim Haddad arrived.",
        &[
            ("Nadia Selim Haddad", Person),
            ("Yusuf Selim Haddad", Person),
        ],
    );
    let b = doc("d2", "Selim Haddad left.", &[("Selim Haddad", Person)]);
    let table = merged(&[a, b]);
    assert_eq!(table.entities.len(), 3, "{:#?}", table.entities);
}

#[test]
fn acronyms_and_apostrophes_merge_organisations() {
    let a = doc(
        "d1",
        "The Port Workers' Union (PWU) struck. The PWU said so.",
        &[("Port Workers' Union", Org), ("PWU", Org), ("PWU", Org)],
    );
    let b = doc(
        "d2",
        "The Port Workers\u{2019} Union and the European Union. EU aid.",
        &[
            ("Port Workers\u{2019} Union", Org),
            ("European Union", Org),
            ("EU", Org),
        ],
    );
    let c = doc("d3", "PWU leaders met.", &[("PWU", Org)]);
    let table = merged(&[a, b, c]);
    assert_eq!(table.entities.len(), 2, "{:#?}", table.entities);
    let pwu = entity(&table, "Port Workers' Union");
    assert_eq!(pwu.articles.len(), 3);
    assert!(pwu.aliases.contains(&"PWU".into()));
    assert!(
        pwu.merged_because
            .iter()
            .any(|r| r == "acronym of Port Workers' Union")
    );
    let eu = entity(&table, "European Union");
    assert_eq!(
        eu.merged_because,
        vec!["acronym of European Union".to_string()]
    );
}

#[test]
fn places_fold_across_articles() {
    let a = doc("d1", "In Zürich today.", &[("Zürich", Place)]);
    let b = doc("d2", "In Zurich today.", &[("Zurich", Place)]);
    let table = merged(&[a, b]);
    assert_eq!(table.entities.len(), 1);
    assert!(table.entities[0].merged_because[0].starts_with("same name after folding"));
}

#[test]
fn different_kinds_stay_apart() {
    let a = doc(
        "d1",
        "Valdena is a town. Valdena is also a company.",
        &[("Valdena", Place), ("Valdena", Org)],
    );
    let table = merged(&[a]);
    assert_eq!(table.entities.len(), 2);
}

#[test]
fn canonical_name_is_the_most_frequent_full_spelling() {
    let a = doc(
        "d1",
        "Olena Kovalchuk spoke.",
        &[("Olena Kovalchuk", Person)],
    );
    let b = doc(
        "d2",
        "Olena Kovalchuk spoke.",
        &[("Olena Kovalchuk", Person)],
    );
    let c = doc(
        "d3",
        "Olena Kovalchuck spoke.",
        &[("Olena Kovalchuck", Person)],
    );
    let table = merged(&[c, a, b]);
    assert_eq!(table.entities[0].name, "Olena Kovalchuk");
    assert_eq!(
        table.entities[0].aliases,
        vec!["Olena Kovalchuck".to_string()]
    );
}

#[test]
fn roles_are_collected_once() {
    let a = doc_with_roles(
        "d1",
        "Anton Brell, the mayor, spoke. Anton Brell left.",
        &[
            ("Anton Brell", Person, Some("mayor")),
            ("Anton Brell", Person, Some("Mayor")),
        ],
    );
    let table = merged(&[a]);
    assert_eq!(table.entities[0].roles, vec!["mayor".to_string()]);
}

#[test]
fn roles_differing_in_dots_are_one_and_courtesy_titles_are_none() {
    let a = doc_with_roles(
        "d1",
        "Anton Brell, the U.S. envoy, spoke. Mr Brell left. Later Anton Brell, the US envoy, returned.",
        &[
            ("Anton Brell", Person, Some("U.S. envoy")),
            ("Brell", Person, Some("Mr")),
            ("Anton Brell", Person, Some("US envoy")),
        ],
    );
    let table = merged(&[a]);
    assert_eq!(table.entities[0].roles, vec!["U.S. envoy".to_string()]);
}

#[test]
fn ids_are_stable_and_ordered_by_reach() {
    let a = doc(
        "d1",
        "Anna Holm met Karin Vik.",
        &[("Anna Holm", Person), ("Karin Vik", Person)],
    );
    let b = doc("d2", "Karin Vik spoke.", &[("Karin Vik", Person)]);
    let table = merged(&[a, b]);
    assert_eq!(table.entities[0].id, "e1");
    assert_eq!(table.entities[0].name, "Karin Vik");
    assert_eq!(table.entities[1].id, "e2");
}

#[test]
fn resolve_finds_variants_not_written_in_the_article() {
    let a = doc(
        "d1",
        "Dmytro Savchenko spoke.",
        &[("Dmytro Savchenko", Person)],
    );
    let table = merged(&[a]);
    let id = DocId("d1".into());
    assert_eq!(
        table.resolve(&id, "Dmitry Savtchenko").unwrap().name,
        "Dmytro Savchenko"
    );
    assert_eq!(
        table.resolve(&id, "Savchenko").unwrap().name,
        "Dmytro Savchenko"
    );
    assert!(table.resolve(&id, "Nobody Else").is_none());
    assert!(table.resolve(&id, "").is_none());
}

#[test]
fn cluster_names_groups_variants_and_keeps_namesakes_apart() {
    let names: Vec<(String, Option<EntityKind>)> = [
        ("Dmytro Savchenko", Some(Person)),
        ("Dmitry Savtchenko", Some(Person)),
        ("Maria Savchenko", Some(Person)),
        ("European Union", Some(Org)),
        ("EU", Some(Org)),
        ("Kharkiv", Some(Place)),
        ("Harkiv", Some(Place)),
        ("Kharkiv", Some(Person)),
    ]
    .iter()
    .map(|(n, k)| (n.to_string(), *k))
    .collect();
    let clusters = cluster_names(&names);
    assert_eq!(clusters[0], clusters[1]);
    assert_ne!(clusters[0], clusters[2]);
    assert_eq!(clusters[3], clusters[4]);
    assert_eq!(clusters[5], clusters[6]);
    assert_ne!(clusters[5], clusters[7]);
    assert_eq!(clusters[0], 0);
}

#[test]
fn cluster_names_compares_names_whose_first_letters_differ_in_spelling() {
    // Neither the first nor the last words share their two first letters.
    let names: Vec<(String, Option<EntityKind>)> = [
        "Nurbaddin Sekmatiar",
        "Norboddin Sikmetyar",
        "Dzamil Tsertal",
        "Damil Tertal",
    ]
    .iter()
    .map(|n| (n.to_string(), Some(Person)))
    .collect();
    let clusters = cluster_names(&names);
    assert_eq!(clusters[0], clusters[1]);
    assert_eq!(clusters[2], clusters[3]);
    assert_ne!(clusters[0], clusters[2]);
}

#[test]
fn cluster_names_joins_a_partial_name_to_the_one_person_it_fits() {
    let names: Vec<(String, Option<EntityKind>)> = [
        "Karim Nouri Tabbal",
        "Karim Tabbal",
        "Nadia Selim Haddad",
        "Yusuf Selim Haddad",
        "Selim Haddad",
    ]
    .iter()
    .map(|n| (n.to_string(), Some(Person)))
    .collect();
    let clusters = cluster_names(&names);
    assert_eq!(clusters[0], clusters[1]);
    assert_ne!(clusters[2], clusters[3]);
    assert_ne!(clusters[4], clusters[2]);
    assert_ne!(clusters[4], clusters[3]);
}

#[test]
fn cluster_names_keeps_muhammad_and_a_surname_apart_from_two_fuller_names() {
    let names: Vec<(String, Option<EntityKind>)> = [
        "Muhammad Tarek Haddadin",
        "Muhammad Haddadin",
        "Mohammed Sami Nouri Haddadin",
    ]
    .iter()
    .map(|n| (n.to_string(), Some(Person)))
    .collect();
    let clusters = cluster_names(&names);
    assert_ne!(clusters[0], clusters[2]);
    assert_ne!(clusters[1], clusters[0]);
    assert_ne!(clusters[1], clusters[2]);
}

#[test]
fn cluster_names_joins_a_partial_name_whose_own_fuller_name_only_splits_a_word() {
    let names: Vec<(String, Option<EntityKind>)> = [
        "Muhammad Samir Nasrallah",
        "Muhammad Nasrallah",
        "Muhammad Nasr Allah",
    ]
    .iter()
    .map(|n| (n.to_string(), Some(Person)))
    .collect();
    let clusters = cluster_names(&names);
    assert_eq!(clusters[1], clusters[2]);
    assert_eq!(clusters[0], clusters[1]);
}

#[test]
fn cluster_names_meets_a_name_written_surname_first() {
    let names: Vec<(String, Option<EntityKind>)> = ["Tarek Haddadin", "Haddadin Tarek"]
        .iter()
        .map(|n| (n.to_string(), Some(Person)))
        .collect();
    let clusters = cluster_names(&names);
    assert_eq!(clusters[0], clusters[1]);
}

#[test]
fn cluster_names_joins_a_partial_organisation_name_only_when_unique() {
    let names: Vec<(String, Option<EntityKind>)> = [
        "Vorsk Harbours Authority Holding",
        "Vorsk Harbours",
        "Nordlake Trading House",
        "Nordlake Fisheries Cooperative",
        "Nordlake",
    ]
    .iter()
    .map(|n| (n.to_string(), Some(Org)))
    .collect();
    let clusters = cluster_names(&names);
    assert_eq!(clusters[0], clusters[1]);
    assert_ne!(clusters[2], clusters[3]);
    assert_ne!(clusters[4], clusters[2]);
    assert_ne!(clusters[4], clusters[3]);
}

#[test]
fn cluster_names_joins_a_body_name_to_the_two_spellings_it_fits() {
    let names: Vec<(String, Option<EntityKind>)> = [
        "Tarvik Company for Exchange and Money Transfer",
        "Tarvik Financial Exchange Company",
        "Tarvik Exchange",
        "Ukrainian Harbour Workers Union",
        "Ukrainian Harbour Pilots Union",
        "Ukrainian Union",
        "Velmor Shipping Agency of Lagos",
        "Velmor Shipping Agency of Accra",
        "Velmor Shipping Agency of Dakar",
        "Velmor Shipping",
    ]
    .iter()
    .map(|n| (n.to_string(), Some(Org)))
    .collect();
    let clusters = cluster_names(&names);
    assert_eq!(clusters[0], clusters[2]);
    assert_eq!(clusters[1], clusters[2]);
    // A place and a word for a kind of body name no body of their own.
    assert_ne!(clusters[3], clusters[4]);
    // Three bodies sharing a name are a family, not three spellings.
    assert_ne!(clusters[6], clusters[7]);
    assert_ne!(clusters[7], clusters[8]);
}

#[test]
fn cluster_names_links_a_surname_only_when_unique() {
    let names: Vec<(String, Option<EntityKind>)> =
        ["Anna Holm", "Holm", "Erik Moen", "Lars Moen", "Moen"]
            .iter()
            .map(|n| (n.to_string(), Some(Person)))
            .collect();
    let clusters = cluster_names(&names);
    assert_eq!(clusters[0], clusters[1]);
    assert_ne!(clusters[4], clusters[2]);
    assert_ne!(clusters[4], clusters[3]);
}

fn arbitrary_kind() -> impl Strategy<Value = EntityKind> {
    prop_oneof![
        Just(Person),
        Just(Org),
        Just(Place),
        Just(EntityKind::Other)
    ]
}

proptest! {
    #[test]
    fn merge_never_panics_and_places_each_mention_once(
        texts in proptest::collection::vec("[A-Za-zÀ-ž'’. -]{0,40}", 1..4),
        picks in proptest::collection::vec((0usize..4, 0usize..40, 0usize..40, arbitrary_kind(), any::<bool>()), 0..12),
    ) {
        let mut documents = Vec::new();
        for (index, text) in texts.iter().enumerate() {
            let mut mentions = Vec::new();
            for (d, a, b, kind, with_role) in &picks {
                if d % texts.len() != index { continue; }
                let (lo, hi) = if a <= b { (*a, *b) } else { (*b, *a) };
                let start = (0..=lo.min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
                let end = (hi.min(text.len())..=text.len()).find(|&i| text.is_char_boundary(i)).unwrap_or(text.len());
                let range = TextRange::new(start, end.max(start));
                mentions.push(Mention {
                    range,
                    kind: *kind,
                    text: range.slice(text).to_string(),
                    role: with_role.then(|| "chair".to_string()),
                });
            }
            let mut d = doc(&format!("d{index}"), text, &[]);
            d.analysis.mentions = mentions;
            documents.push(d);
        }
        let table = merged(&documents);
        // Every (article, mention text) lands in at most one entity.
        for document in &documents {
            for mention in &document.analysis.mentions {
                let owners = table.entities.iter().filter(|e| {
                    e.articles.contains(&document.article.id)
                        && (e.name == mention.text.trim() || e.aliases.iter().any(|a| a == mention.text.trim()))
                        && e.kind == mention.kind
                }).count();
                prop_assert!(owners <= 1, "{} owners of {:?}", owners, mention.text);
            }
            for mention in &document.analysis.mentions {
                let _ = table.resolve(&document.article.id, &mention.text);
            }
        }
        let mut ids: Vec<&str> = table.entities.iter().map(|e| e.id.as_str()).collect();
        ids.dedup();
        prop_assert_eq!(ids.len(), table.entities.len());
    }

    #[test]
    fn cluster_names_never_panics(names in proptest::collection::vec(("[A-Za-zÀ-ž'’.() -]{0,30}", proptest::option::of(arbitrary_kind())), 0..20)) {
        let clusters = cluster_names(&names);
        prop_assert_eq!(clusters.len(), names.len());
        for (index, &c) in clusters.iter().enumerate() {
            prop_assert!(c <= index);
        }
    }
}

#[test]
fn an_untyped_name_takes_the_kind_the_story_gives_it() {
    let documents = [
        doc(
            "a",
            "Crowds gathered in Orvik on Monday.",
            &[("Orvik", Place)],
        ),
        doc(
            "b",
            "ORVIK TALKS STALL as Orvik's mayor waits.",
            &[("ORVIK", EntityKind::Other), ("Orvik", EntityKind::Other)],
        ),
    ];
    let table = merged(&documents);
    let orvik: Vec<&Entity> = table
        .entities
        .iter()
        .filter(|e| fold(&e.name) == "orvik")
        .collect();
    assert_eq!(orvik.len(), 1, "{:#?}", table.entities);
    assert_eq!(orvik[0].kind, Place);
    assert_eq!(orvik[0].articles.len(), 2);
}

#[test]
fn a_name_typed_two_ways_leaves_an_untyped_mention_alone() {
    let documents = [
        doc(
            "a",
            "Jordan said the plan would work.",
            &[("Jordan", Person)],
        ),
        doc("b", "Troops crossed into Jordan.", &[("Jordan", Place)]),
        doc(
            "c",
            "Jordan was mentioned.",
            &[("Jordan", EntityKind::Other)],
        ),
    ];
    let table = merged(&documents);
    assert!(
        table
            .entities
            .iter()
            .any(|e| e.name == "Jordan" && e.kind == EntityKind::Other),
        "{:#?}",
        table.entities
    );
}

#[test]
fn cluster_names_meets_places_spelled_apart_in_their_second_letter() {
    // "Ke" and "Ka" begin different transliteration keys: only the loose
    // key's block brings the two spellings together.
    let names = vec![
        ("Kelvashan".to_string(), Some(EntityKind::Place)),
        ("Kalvashan".to_string(), Some(EntityKind::Place)),
        ("Morbeni".to_string(), Some(EntityKind::Place)),
    ];
    let clusters = cluster_names(&names);
    assert_eq!(clusters[0], clusters[1]);
    assert_ne!(clusters[0], clusters[2]);
}

#[test]
fn place_spellings_apart_in_a_vowel_near_the_start_meet() {
    let names = [
        ("Tbelmora".to_string(), Some(EntityKind::Place)),
        ("Tibelmora".to_string(), Some(EntityKind::Place)),
        ("Harbourside".to_string(), Some(EntityKind::Place)),
    ];
    let clusters = cluster_names(&names);
    assert_eq!(clusters[0], clusters[1]);
    assert_ne!(clusters[0], clusters[2]);
    assert_eq!(
        consonant_skeleton("phitsanulok"),
        consonant_skeleton("pitsanulok")
    );
}

#[test]
fn cluster_names_joins_a_body_that_writes_some_words_as_initials() {
    let names: Vec<(String, Option<EntityKind>)> = [
        "JSC Harbourside Commercial Bank Kerrlund",
        "Harbourside CB Kerrlund",
        "NNK Eastport",
        "Novaya Neftyanaya Kompaniya Eastport",
        "Eastport Marine Bureau",
        "EMB Holdings",
    ]
    .iter()
    .map(|n| (n.to_string(), Some(Org)))
    .collect();
    let clusters = cluster_names(&names);
    assert_eq!(clusters[0], clusters[1]);
    assert_eq!(clusters[2], clusters[3]);
    // Initials with nothing of the body's own beside them are an acronym's
    // guess, not a spelling.
    assert_ne!(clusters[4], clusters[5]);
}
