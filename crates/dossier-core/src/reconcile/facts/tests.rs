//! Tests of fact reconciliation on documents built by hand.

use proptest::prelude::*;

use super::fixtures::{claim, doc, relation};
use super::{later_deaths, reconcile_facts};
use crate::model::{
    DocId, Document, Fact, FactStatus, LaterDeaths, PartialDate, Qualifier, Quantity, Relation,
    RelationKind, TextRange,
};

fn facts_of(documents: &[Document], relations: &[Relation]) -> Vec<Fact> {
    let refs: Vec<&Document> = documents.iter().collect();
    reconcile_facts(&refs, relations)
}

fn fact_with<'f>(facts: &'f [Fact], statement: &str) -> &'f Fact {
    facts
        .iter()
        .find(|fact| fact.statement == statement)
        .unwrap_or_else(|| panic!("no fact {statement:?} in {facts:#?}"))
}

fn ids(fact: &Fact) -> Vec<Vec<&str>> {
    fact.variants
        .iter()
        .map(|variant| variant.articles.iter().map(|id| id.0.as_str()).collect())
        .collect()
}

#[test]
fn compatible_figures_from_independent_articles_corroborate() {
    let documents = [
        doc(
            "a",
            "2030-05-04",
            "Officials said 340 miners walked out on Monday.",
        )
        .claim(claim("340 miners", 340.0, "miner").predicate("walk out"))
        .build(),
        doc("b", "2030-05-04", "More than 300 miners walked out.")
            .claim(
                claim("More than 300 miners", 300.0, "miners")
                    .predicate("walk out")
                    .qualifier(Qualifier::AtLeast),
            )
            .build(),
    ];
    let facts = facts_of(&documents, &[]);
    assert_eq!(facts.len(), 1);
    let fact = &facts[0];
    assert_eq!(fact.id, "f1");
    assert_eq!(fact.kind, "count");
    assert_eq!(fact.subject, "miner");
    assert_eq!(fact.status, FactStatus::Corroborated);
    assert_eq!(fact.independent_sources, 2);
    assert_eq!(ids(fact), [vec!["a"], vec!["b"]]);
    assert_eq!(fact.variants[1].text, "More than 300 miners");
    let evidence = &fact.variants[0].evidence[0];
    assert_eq!(
        evidence.range.slice(&documents[0].article.text),
        "Officials said 340 miners walked out on Monday."
    );
}

#[test]
fn copies_count_once() {
    let text = "The river flooded 120 homes overnight.";
    let documents = [
        doc("wire", "2030-01-02", text)
            .claim(claim("120 homes", 120.0, "home").predicate("flood"))
            .build(),
        doc("copy", "2030-01-02", text)
            .claim(claim("120 homes", 120.0, "home").predicate("flooding"))
            .build(),
        doc(
            "rewrite",
            "2030-01-03",
            "Overnight, 120 homes were flooded.",
        )
        .claim(claim("120 homes", 120.0, "home").predicate("flood"))
        .build(),
    ];
    let copies = [
        relation("wire", "copy", RelationKind::NearDuplicate),
        relation("wire", "rewrite", RelationKind::Rewrite),
    ];
    let facts = facts_of(&documents, &copies);
    assert_eq!(facts[0].status, FactStatus::SingleSource);
    assert_eq!(facts[0].independent_sources, 1);
    assert_eq!(ids(&facts[0]), [vec!["wire", "copy", "rewrite"]]);

    // A shared source is not a copy: both articles still count.
    let shared = [
        relation("wire", "copy", RelationKind::Exact),
        relation("wire", "rewrite", RelationKind::SharedSource),
    ];
    let facts = facts_of(&documents, &shared);
    assert_eq!(facts[0].status, FactStatus::Corroborated);
    assert_eq!(facts[0].independent_sources, 2);
}

#[test]
fn incompatible_figures_are_disputed_with_every_variant() {
    let documents = [
        doc("a", "2030-02-01", "Some 1,300 inmates remain in the camps.")
            .claim(claim("1,300 inmates", 1300.0, "inmate").predicate("remain"))
            .build(),
        doc("b", "2030-02-01", "About 1,400 inmates remain.")
            .claim(claim("1,400 inmates", 1400.0, "inmate").predicate("remain"))
            .build(),
        doc("c", "2030-02-02", "There are 1,300 inmates still held.")
            .claim(claim("1,300 inmates", 1300.0, "inmate").predicate("held"))
            .build(),
    ];
    let facts = facts_of(&documents, &[]);
    assert_eq!(facts.len(), 1);
    let fact = &facts[0];
    assert_eq!(fact.status, FactStatus::Disputed);
    assert_eq!(fact.statement, "inmates remaining");
    assert_eq!(fact.independent_sources, 3);
    let values: Vec<f64> = fact.variants.iter().map(|variant| variant.value).collect();
    assert_eq!(values, [1300.0, 1400.0]);
    assert_eq!(ids(fact), [vec!["a", "c"], vec!["b"]]);
}

#[test]
fn alternatives_agree_with_either_figure_and_both_are_shown() {
    let documents = [
        doc(
            "a",
            "2030-02-01",
            "Between them, 1,300 or 1,400 inmates remain.",
        )
        .claim(
            claim("1,300 or 1,400 inmates", 1300.0, "inmate")
                .predicate("remain")
                .qualifier(Qualifier::Alternatives)
                .high(1400.0),
        )
        .build(),
        doc("b", "2030-02-01", "Exactly 1,300 inmates remain.")
            .claim(claim("1,300 inmates", 1300.0, "inmate").predicate("remain"))
            .build(),
    ];
    let facts = facts_of(&documents, &[]);
    assert_eq!(facts[0].status, FactStatus::Corroborated);
    assert_eq!(facts[0].variants.len(), 2);
    assert_eq!(facts[0].variants[0].qualifier, Qualifier::Alternatives);
    assert_eq!(facts[0].variants[0].high, Some(1400.0));
}

#[test]
fn vague_figures_agree_with_their_order_of_magnitude() {
    let documents = [
        doc("a", "2030-03-01", "Dozens of fishermen were freed.")
            .claim(
                claim("Dozens of fishermen", 12.0, "fisherman")
                    .predicate("free")
                    .qualifier(Qualifier::Vague),
            )
            .build(),
        doc("b", "2030-03-01", "In all 52 fishermen were released.")
            .claim(claim("52 fishermen", 52.0, "fisherman").predicate("released"))
            .build(),
    ];
    let facts = facts_of(&documents, &[]);
    assert_eq!(facts.len(), 1);
    assert_eq!(facts[0].status, FactStatus::Corroborated);
    assert_eq!(facts[0].statement, "fishermen released");
}

#[test]
fn attributed_figures_that_disagree_are_a_dispute_between_their_sources() {
    let documents = [
        doc(
            "a",
            "2030-06-12",
            "Police put the crowd at about 1,200 marchers.",
        )
        .claim(
            claim("about 1,200 marchers", 1200.0, "marcher")
                .predicate("march")
                .qualifier(Qualifier::Approximate)
                .attributed_to("Police"),
        )
        .build(),
        doc(
            "b",
            "2030-06-12",
            "The union said 2,000 marchers took part.",
        )
        .claim(
            claim("2,000 marchers", 2000.0, "marcher")
                .predicate("march")
                .attributed_to("the union"),
        )
        .claim(
            claim("marchers took", 1200.0, "marcher")
                .predicate("march")
                .qualifier(Qualifier::Approximate)
                .attributed_to("the police"),
        )
        .build(),
    ];
    let facts = facts_of(&documents, &[]);
    let fact = &facts[0];
    assert_eq!(fact.status, FactStatus::Disputed);
    // "Police" and "the police" are one attribution, so one variant.
    assert_eq!(fact.variants.len(), 2);
    assert_eq!(fact.variants[0].attributed_to.as_deref(), Some("Police"));
    assert_eq!(ids(fact), [vec!["a", "b"], vec!["b"]]);
    assert_eq!(fact.variants[1].attributed_to.as_deref(), Some("the union"));
}

#[test]
fn same_unit_with_other_predicate_or_period_is_another_fact() {
    let documents = [
        doc(
            "a",
            "2030-09-11",
            "Officials released 40 detainees on Thursday. Around 900 detainees remain in custody. \
             In total 280 detainees have been released since March 2028.",
        )
        .claim(claim("40 detainees", 40.0, "detainee").predicate("release"))
        .claim(
            claim("900 detainees", 900.0, "detainee")
                .predicate("remain")
                .qualifier(Qualifier::Approximate),
        )
        .claim(claim("280 detainees", 280.0, "detainee").predicate("release"))
        .date(
            "March 2028",
            PartialDate {
                year: 2028,
                month: Some(3),
                day: None,
            },
        )
        .build(),
        doc(
            "b",
            "2030-09-11",
            "Forty detainees walked free. Since 2028, 280 detainees were freed.",
        )
        .claim(claim("Forty detainees", 40.0, "detainee").predicate("free"))
        .claim(claim("280 detainees", 280.0, "detainee").predicate("freed"))
        .build(),
    ];
    let facts = facts_of(&documents, &[]);
    let statements: Vec<&str> = facts.iter().map(|fact| fact.statement.as_str()).collect();
    assert_eq!(facts.len(), 4, "{statements:?}");
    assert_eq!(
        fact_with(&facts, "detainees released").status,
        FactStatus::Corroborated
    );
    assert_eq!(
        fact_with(&facts, "detainees remaining").status,
        FactStatus::SingleSource
    );
    // "since March 2028" and "since 2028" are stated with other precisions,
    // so they stay apart rather than guess.
    assert_eq!(
        fact_with(&facts, "detainees released since March 2028").variants[0].value,
        280.0
    );
    assert_eq!(
        fact_with(&facts, "detainees released since 2028").variants[0].value,
        280.0
    );
}

#[test]
fn background_years_separate_old_figures_from_new_ones() {
    let documents = [doc(
        "a",
        "2030-04-01",
        "The walkout cost 5 million euros a day. The 2019 strike cost 30 million euros.",
    )
    .claim(claim("5 million euros", 5e6, "euros").predicate("cost"))
    .claim(claim("30 million euros", 3e7, "euros").predicate("cost"))
    .date(
        "2019",
        PartialDate {
            year: 2019,
            month: None,
            day: None,
        },
    )
    .build()];
    let facts = facts_of(&documents, &[]);
    assert_eq!(facts.len(), 2);
    assert!(facts.iter().all(|fact| fact.kind == "amount"));
    assert!(
        facts
            .iter()
            .all(|fact| fact.status == FactStatus::SingleSource)
    );
    fact_with(&facts, "euros cost in 2019");
}

#[test]
fn a_later_figure_that_says_it_rose_is_an_update() {
    let documents = [
        doc(
            "monday",
            "2030-07-08",
            "The toll rose to 14 killed overnight.",
        )
        .claim(claim("14 killed", 14.0, "person").predicate("kill"))
        .build(),
        doc(
            "sunday",
            "2030-07-07",
            "Twelve people were killed in the blast.",
        )
        .claim(claim("Twelve people", 12.0, "people").predicate("killed"))
        .build(),
    ];
    let facts = facts_of(&documents, &[]);
    assert_eq!(facts.len(), 1);
    assert_eq!(facts[0].status, FactStatus::Updated);
    assert_eq!(FactStatus::Updated.as_str(), "updated");
    assert_eq!(ids(&facts[0]), [vec!["sunday"], vec!["monday"]]);

    // Without the word, or published earlier, it is a dispute.
    let documents = [
        doc(
            "monday",
            "2030-07-06",
            "The toll rose to 14 killed overnight.",
        )
        .claim(claim("14 killed", 14.0, "person").predicate("kill"))
        .build(),
        doc(
            "sunday",
            "2030-07-07",
            "Twelve people were killed in the blast.",
        )
        .claim(claim("Twelve people", 12.0, "people").predicate("killed"))
        .build(),
    ];
    assert_eq!(facts_of(&documents, &[])[0].status, FactStatus::Disputed);
}

#[test]
fn claims_without_predicate_join_the_one_slot_of_their_unit() {
    let documents = [
        doc("a", "2030-01-01", "Rescuers freed 33 hostages.")
            .claim(claim("33 hostages", 33.0, "hostage").predicate("free"))
            .build(),
        doc("b", "2030-01-01", "All 33 hostages are home.")
            .claim(claim("33 hostages", 33.0, "hostage"))
            .build(),
        doc(
            "c",
            "2030-01-01",
            "The 33 political hostages were released.",
        )
        .claim(claim("33 political hostages", 33.0, "political hostage").predicate("release"))
        .build(),
    ];
    let facts = facts_of(&documents, &[]);
    assert_eq!(facts.len(), 1, "{facts:#?}");
    assert_eq!(facts[0].subject, "political hostage");
    assert_eq!(facts[0].independent_sources, 3);
}

#[test]
fn a_predicateless_claim_joins_only_the_slot_it_agrees_with() {
    let documents = [
        doc(
            "a",
            "2030-01-01",
            "Guards freed 10 hostages and 90 hostages remain.",
        )
        .claim(claim("10 hostages", 10.0, "hostage").predicate("free"))
        .claim(claim("90 hostages", 90.0, "hostage").predicate("remain"))
        .build(),
        doc("b", "2030-01-01", "Some 90 hostages are in the compound.")
            .claim(claim("90 hostages", 90.0, "hostage").qualifier(Qualifier::Approximate))
            .build(),
    ];
    let facts = facts_of(&documents, &[]);
    assert_eq!(facts.len(), 2);
    assert_eq!(facts[0].statement, "hostages remaining");
    assert_eq!(facts[0].status, FactStatus::Corroborated);
}

#[test]
fn facts_are_ordered_by_sources_then_disputes() {
    let documents = [
        doc(
            "a",
            "2030-01-01",
            "Crews saved 8 dogs and 3 cats. Fire burned 20 barns.",
        )
        .claim(claim("8 dogs", 8.0, "dog").predicate("save"))
        .claim(claim("3 cats", 3.0, "cat").predicate("save"))
        .claim(claim("20 barns", 20.0, "barn").predicate("burn"))
        .build(),
        doc(
            "b",
            "2030-01-01",
            "Crews saved 9 dogs. Fire burned 20 barns.",
        )
        .claim(claim("9 dogs", 9.0, "dog").predicate("save"))
        .claim(claim("20 barns", 20.0, "barn").predicate("burn"))
        .build(),
    ];
    let facts = facts_of(&documents, &[]);
    let order: Vec<(&str, &str)> = facts
        .iter()
        .map(|fact| (fact.id.as_str(), fact.statement.as_str()))
        .collect();
    assert_eq!(
        order,
        [
            ("f1", "dogs saved"),
            ("f2", "barns burned"),
            ("f3", "cats saved")
        ]
    );
    assert_eq!(facts, facts_of(&documents, &[]), "stable across runs");
}

#[test]
fn broken_ranges_and_values_are_skipped() {
    let mut document = doc("a", "", "Zoë counted 5 owls.")
        .claim(claim("5 owls", 5.0, "owl"))
        .build();
    let broken = Quantity {
        range: TextRange::new(2, 3), // inside "ë"
        value: 1.0,
        ..document.analysis.quantities[0].clone()
    };
    let not_a_number = Quantity {
        value: f64::NAN,
        ..document.analysis.quantities[0].clone()
    };
    let bad_sentence = Quantity {
        sentence: TextRange::new(0, 999),
        value: 5.0,
        ..document.analysis.quantities[0].clone()
    };
    document
        .analysis
        .quantities
        .extend([broken, not_a_number, bad_sentence]);
    let facts = facts_of(&[document], &[]);
    assert_eq!(facts.len(), 1);
    assert_eq!(facts[0].variants.len(), 1);
    assert_eq!(facts[0].variants[0].evidence.len(), 2);
}

fn arbitrary_document() -> impl Strategy<Value = Document> {
    let qualifier = prop_oneof![
        Just(Qualifier::Exact),
        Just(Qualifier::Approximate),
        Just(Qualifier::AtLeast),
        Just(Qualifier::AtMost),
        Just(Qualifier::Range),
        Just(Qualifier::Alternatives),
        Just(Qualifier::Vague),
    ];
    let quantity = (
        0usize..80,
        0usize..80,
        0usize..80,
        prop_oneof![
            any::<f64>(),
            Just(f64::NAN),
            Just(f64::INFINITY),
            0.0f64..2000.0
        ],
        proptest::option::of(prop_oneof![any::<f64>(), Just(f64::NAN)]),
        qualifier,
        "[a-zé %$]{0,12}",
        proptest::option::of("[a-z since]{0,10}"),
        proptest::option::of("[a-z]{0,6}"),
    )
        .prop_map(
            |(start, len, sentence_len, value, high, qualifier, unit, predicate, attributed)| {
                let mut spec = claim("", value, &unit).qualifier(qualifier);
                if let Some(high) = high {
                    spec = spec.high(high);
                }
                if let Some(predicate) = predicate {
                    spec = spec.predicate(&predicate);
                }
                if let Some(source) = attributed {
                    spec = spec.attributed_to(&source);
                }
                spec.quantity_at(
                    TextRange::new(start, start + len),
                    TextRange::new(start / 2, start / 2 + sentence_len),
                )
            },
        );
    (
        "[a-zA-Z0-9 .,ëж]{0,80}",
        proptest::collection::vec(quantity, 0..6),
        0u8..4,
    )
        .prop_map(|(text, quantities, id)| {
            let mut document = doc(&format!("d{id}"), "2030-01-01", "").build();
            document.article.text = text;
            document.analysis.quantities = quantities;
            document
        })
}

proptest! {
    #[test]
    fn reconcile_never_panics_and_keeps_ranges_in_bounds(
        mut documents in proptest::collection::vec(arbitrary_document(), 0..4),
    ) {
        // Ids are unique within a story; the last duplicate becomes another id.
        for (index, document) in documents.iter_mut().enumerate() {
            if index % 2 == 1 {
                document.article.id = DocId(format!("d{index}"));
            }
        }
        let mut seen = std::collections::HashSet::new();
        documents.retain(|document| seen.insert(document.article.id.clone()));
        let relations = [relation("d0", "d1", RelationKind::Rewrite)];
        let facts = facts_of(&documents, &relations);
        for fact in &facts {
            prop_assert!(!fact.variants.is_empty());
            for variant in &fact.variants {
                for evidence in &variant.evidence {
                    let document = documents
                        .iter()
                        .find(|document| document.article.id == evidence.doc)
                        .expect("evidence names a document");
                    prop_assert!(document.article.text.get(evidence.range.start..evidence.range.end).is_some());
                }
            }
        }
    }
}

#[test]
fn asides_about_the_past_do_not_move_a_claim_to_another_period() {
    let documents = [
        doc("a", "2030-08-01", "The governor, in office since 2019, freed 52 inmates.")
            .claim(claim("52 inmates", 52.0, "inmate").predicate("free"))
            .date("2019", PartialDate {
                year: 2019,
                month: None,
                day: None,
            })
            .build(),
        doc("b", "2030-08-01", "In all 52 inmates were freed, the most since 2021.")
            .claim(claim("52 inmates", 52.0, "inmate").predicate("free"))
            .build(),
        doc(
            "c",
            "2030-08-01",
            "Since May 2029, 300 inmates have been freed. Officials freed 52 inmates jailed in 2027.",
        )
        .claim(claim("300 inmates", 300.0, "inmate").predicate("free"))
        .claim(claim("52 inmates", 52.0, "inmate").predicate("free"))
        .date("2027", PartialDate {
            year: 2027,
            month: None,
            day: None,
        })
        .build(),
    ];
    let facts = facts_of(&documents, &[]);
    let statements: Vec<&str> = facts.iter().map(|fact| fact.statement.as_str()).collect();
    assert_eq!(
        statements,
        ["inmates released", "inmates released since May 2029"]
    );
    assert_eq!(facts[0].independent_sources, 3);
}

#[test]
fn a_demanded_release_counts_those_still_held() {
    let documents = [
        doc("a", "2030-03-03", "About 900 captives remain in the mines.")
            .claim(
                claim("900 captives", 900.0, "captive")
                    .predicate("remain")
                    .qualifier(Qualifier::Approximate),
            )
            .build(),
        doc(
            "b",
            "2030-03-03",
            "The envoy called for the release of all 1,100 captives. Rebels freed 20 captives.",
        )
        .claim(claim("1,100 captives", 1100.0, "captive").predicate("release"))
        .claim(claim("20 captives", 20.0, "captive").predicate("free"))
        .build(),
    ];
    let facts = facts_of(&documents, &[]);
    let remaining = fact_with(&facts, "captives remaining");
    assert_eq!(remaining.status, FactStatus::Disputed);
    assert_eq!(ids(remaining), [vec!["a"], vec!["b"]]);
    let released = fact_with(&facts, "captives released");
    assert_eq!(released.variants[0].value, 20.0);
    // The evidence is the claim's own sentence, not the whole paragraph.
    assert_eq!(
        remaining.variants[1].evidence[0]
            .range
            .slice(&documents[1].article.text),
        "The envoy called for the release of all 1,100 captives."
    );
}

#[test]
fn additional_counts_are_not_compared_with_the_main_count() {
    let documents = [doc(
        "a",
        "2030-03-03",
        "Rebels freed 20 captives on Monday, and an additional 6 were freed later.",
    )
    .claim(claim("20 captives", 20.0, "captive").predicate("free"))
    .claim(claim("6", 6.0, "captive").predicate("freed"))
    .build()];
    let facts = facts_of(&documents, &[]);
    assert_eq!(facts.len(), 2, "{facts:#?}");
    assert_eq!(
        fact_with(&facts, "additional captives released").variants[0].value,
        6.0
    );
    assert_eq!(
        fact_with(&facts, "captives released").status,
        FactStatus::SingleSource
    );
}

#[test]
fn nationality_adjectives_merge_unless_the_story_contrasts_them() {
    let documents = [
        doc("a", "2030-03-03", "Some 400 Latvian miners went on strike.")
            .claim(claim("400 Latvian miners", 400.0, "latvian miner").predicate("strike"))
            .build(),
        doc("b", "2030-03-03", "A total of 400 miners went on strike.")
            .claim(claim("400 miners", 400.0, "miner").predicate("strike"))
            .build(),
    ];
    let facts = facts_of(&documents, &[]);
    assert_eq!(facts.len(), 1);
    assert_eq!(facts[0].subject, "miner");
    assert_eq!(facts[0].status, FactStatus::Corroborated);

    let documents = [doc(
        "a",
        "2030-03-03",
        "Two German soldiers and three Dutch soldiers were hurt.",
    )
    .claim(claim("Two German soldiers", 2.0, "german soldier").predicate("injure"))
    .claim(claim("three Dutch soldiers", 3.0, "dutch soldier").predicate("injure"))
    .build()];
    let facts = facts_of(&documents, &[]);
    assert_eq!(facts.len(), 2);
    assert!(
        facts
            .iter()
            .all(|fact| fact.status == FactStatus::SingleSource)
    );
}

#[test]
fn a_breakdown_by_nationality_keeps_each_nationality() {
    let documents = [doc(
        "a",
        "2030-03-03",
        "Among them were one Spanish national and four Latvians.",
    )
    .claim(claim("one Spanish national", 1.0, "spanish national"))
    .claim(claim("four Latvians", 4.0, "latvian"))
    .build()];
    let facts = facts_of(&documents, &[]);
    assert_eq!(facts.len(), 2, "{facts:#?}");
    assert!(
        facts.iter().any(|fact| fact.subject == "spanish national"),
        "{facts:#?}"
    );
}

#[test]
fn generic_nouns_join_the_count_they_agree_with() {
    let documents = [
        doc(
            "a",
            "2030-03-03",
            "Police freed 12 hostages and 40 workers were freed.",
        )
        .claim(claim("12 hostages", 12.0, "hostage").predicate("free"))
        .claim(claim("40 workers", 40.0, "worker").predicate("free"))
        .build(),
        doc("b", "2030-03-03", "Twelve people were freed.")
            .claim(claim("Twelve people", 12.0, "people").predicate("release"))
            .build(),
    ];
    let facts = facts_of(&documents, &[]);
    assert_eq!(facts.len(), 2, "{facts:#?}");
    assert_eq!(
        fact_with(&facts, "hostages released").independent_sources,
        2
    );
}

#[test]
fn rates_are_not_totals() {
    let documents = [
        doc(
            "a",
            "2030-03-03",
            "The closure costs 2 million dollars a day. So far it cost 9 million dollars.",
        )
        .claim(claim("2 million dollars", 2e6, "dollar").predicate("cost"))
        .claim(claim("9 million dollars", 9e6, "dollar").predicate("cost"))
        .build(),
        doc(
            "b",
            "2030-03-03",
            "Each day of the closure costs about 2 million dollars.",
        )
        .claim(
            claim("about 2 million dollars", 2e6, "dollar")
                .predicate("cost")
                .qualifier(Qualifier::Approximate),
        )
        .build(),
    ];
    let facts = facts_of(&documents, &[]);
    assert_eq!(facts.len(), 2, "{facts:#?}");
    assert_eq!(
        fact_with(&facts, "dollars cost per day").status,
        FactStatus::Corroborated
    );
    assert_eq!(fact_with(&facts, "dollars cost").variants.len(), 1);
}

#[test]
fn figures_set_against_each_other_in_one_sentence_are_one_count() {
    let documents = [doc(
        "a",
        "2030-03-03",
        "Organisers said 5,000 people marched, while police put the crowd at 2,000.",
    )
    .claim(
        claim("5,000 people", 5000.0, "people")
            .predicate("march")
            .attributed_to("organisers"),
    )
    .claim(claim("2,000", 2000.0, "crowd").attributed_to("police"))
    .build()];
    let facts = facts_of(&documents, &[]);
    assert_eq!(facts.len(), 1, "{facts:#?}");
    assert_eq!(facts[0].status, FactStatus::Disputed);
    assert_eq!(facts[0].variants.len(), 2);
}

#[test]
fn a_count_without_noun_joins_the_disputed_slot_it_matches() {
    let documents = [
        doc(
            "a",
            "2030-03-03",
            "Some 700 captives remain. Others say 800 captives remain.",
        )
        .claim(claim("700 captives", 700.0, "captive").predicate("remain"))
        .claim(claim("800 captives", 800.0, "captive").predicate("remain"))
        .build(),
        doc(
            "b",
            "2030-03-03",
            "Envoys want the remaining 800 others out.",
        )
        .claim(claim("800 others", 800.0, "").predicate("remain"))
        .build(),
    ];
    let facts = facts_of(&documents, &[]);
    assert_eq!(facts.len(), 1, "{facts:#?}");
    assert_eq!(facts[0].status, FactStatus::Disputed);
    assert_eq!(ids(&facts[0]), [vec!["a", "b"], vec!["a"]]);
}

#[test]
fn the_analysed_time_phrase_decides_the_period() {
    let documents = [
        doc(
            "a",
            "2030-08-01",
            "Guards freed 52 inmates on Monday. In 2027 the camp freed 60 inmates.",
        )
        .claim(
            claim("52 inmates", 52.0, "inmate")
                .predicate("free")
                .time("on Monday"),
        )
        .claim(
            claim("60 inmates", 60.0, "inmate")
                .predicate("free")
                .time("In 2027"),
        )
        .date("on Monday", PartialDate::day(2030, 7, 29))
        .date(
            "2027",
            PartialDate {
                year: 2027,
                month: None,
                day: None,
            },
        )
        .build(),
        doc(
            "b",
            "2030-08-01",
            "Since spring, when talks began in May 2029, officials freed 52 inmates. \
             Since May 2029 they have freed 300 inmates.",
        )
        .claim(claim("52 inmates", 52.0, "inmate").predicate("free"))
        .claim(
            claim("300 inmates", 300.0, "inmate")
                .predicate("free")
                .time("Since May 2029"),
        )
        .build(),
    ];
    let facts = facts_of(&documents, &[]);
    let statements: Vec<&str> = facts.iter().map(|fact| fact.statement.as_str()).collect();
    assert_eq!(
        statements,
        [
            "inmates released",
            "inmates released in 2027",
            "inmates released since May 2029"
        ]
    );
    assert_eq!(facts[0].status, FactStatus::Corroborated);
}

/// Issue 6: "12 killed" on Sunday, then "the toll rose to 14" on Monday, read
/// by the real analysis, is one fact updated over time.
#[test]
fn issue_6_a_rising_toll_read_by_the_analysis_is_an_update() {
    let analysed = |id: &str, published: &str, text: &str| {
        let mut document = doc(id, published, text).build();
        document.analysis =
            crate::analyse::analyse(&document.article, &crate::analyse::AnalyseConfig::default());
        document
    };
    let documents = [
        analysed(
            "sunday",
            "2030-07-07",
            "Twelve people were killed in the blast at the market on Sunday, police said.",
        ),
        analysed(
            "monday",
            "2030-07-08",
            "The death toll from the market blast rose to 14 on Monday, police said.",
        ),
    ];
    let facts = facts_of(&documents, &[]);
    let killed = fact_with(&facts, "people killed");
    assert_eq!(killed.status, FactStatus::Updated, "{facts:#?}");
    assert_eq!(ids(killed), [vec!["sunday"], vec!["monday"]]);
}

#[test]
fn measures_without_predicate_that_disagree_are_separate_facts() {
    let documents = [
        doc(
            "a",
            "2030-04-01",
            "Traffic backed up for about 3 kilometres at the bridge.",
        )
        .claim(claim("about 3 kilometres", 3.0, "kilometres").qualifier(Qualifier::Approximate))
        .build(),
        doc(
            "b",
            "2030-04-01",
            "The nearest open crossing is 60 kilometres upstream.",
        )
        .claim(claim("60 kilometres", 60.0, "kilometres"))
        .build(),
        doc("c", "2030-04-01", "The queue stretched some 3 kilometres.")
            .claim(claim("some 3 kilometres", 3.0, "kilometres").qualifier(Qualifier::Approximate))
            .build(),
    ];
    let facts = facts_of(&documents, &[]);
    assert_eq!(facts.len(), 2, "{facts:#?}");
    assert!(facts.iter().all(|fact| fact.status != FactStatus::Disputed));
    assert_eq!(facts[0].status, FactStatus::Corroborated);
    assert_eq!(ids(&facts[0]), [vec!["a", "c"]]);
}

#[test]
fn a_figure_that_answers_the_one_before_disputes_it() {
    let documents = [doc(
        "a",
        "2030-06-06",
        "Organisers said 8,000 people rallied. Officials put the figure at about 3,000. \
         The square holds 5,000 people.",
    )
    .claim(
        claim("8,000 people", 8000.0, "people")
            .predicate("rally")
            .attributed_to("organisers"),
    )
    .claim(
        claim("about 3,000", 3000.0, "people")
            .qualifier(Qualifier::Approximate)
            .attributed_to("officials"),
    )
    .claim(claim("5,000 people", 5000.0, "people"))
    .build()];
    let facts = facts_of(&documents, &[]);
    let rallied = fact_with(&facts, "people rallied");
    assert_eq!(rallied.status, FactStatus::Disputed, "{facts:#?}");
    assert_eq!(rallied.variants.len(), 2);
    assert_eq!(
        facts.len(),
        2,
        "the square's size is not an answer: {facts:#?}"
    );
}

#[test]
fn bare_measures_come_after_counts() {
    let documents = [
        doc(
            "a",
            "2030-07-07",
            "The dam sits 12 kilometres upstream. Crews evacuated 40 homes.",
        )
        .claim(claim("12 kilometres", 12.0, "kilometres"))
        .claim(claim("40 homes", 40.0, "homes").predicate("evacuate"))
        .build(),
        doc("b", "2030-07-07", "The dam is 12 kilometres away.")
            .claim(claim("12 kilometres", 12.0, "kilometres"))
            .build(),
    ];
    let facts = facts_of(&documents, &[]);
    let order: Vec<&str> = facts.iter().map(|fact| fact.statement.as_str()).collect();
    assert_eq!(order, ["homes evacuated", "kilometres"]);
}

#[test]
fn pronoun_sources_are_no_source_and_short_names_match_full_ones() {
    let documents = [
        doc(
            "a",
            "2030-08-08",
            "Firefighters said 14 homes burned. She said 14 homes burned.",
        )
        .claim(
            claim("14 homes", 14.0, "homes")
                .predicate("burn")
                .attributed_to("She"),
        )
        .build(),
        doc("b", "2030-08-08", "Fourteen homes burned.")
            .claim(claim("Fourteen homes", 14.0, "homes").predicate("burn"))
            .build(),
        doc("c", "2030-08-08", "Ostrava police said 30 people left.")
            .claim(
                claim("30 people", 30.0, "people")
                    .predicate("leave")
                    .attributed_to("Ostrava police"),
            )
            .build(),
        doc("d", "2030-08-08", "About 30 people left, the police said.")
            .claim(
                claim("30 people", 30.0, "people")
                    .predicate("leave")
                    .attributed_to("the police"),
            )
            .build(),
    ];
    let facts = facts_of(&documents, &[]);
    let burned = fact_with(&facts, "homes burned");
    assert_eq!(ids(burned), [vec!["a", "b"]], "{burned:#?}");
    assert_eq!(burned.variants[0].attributed_to, None);
    let left = fact_with(&facts, "people left");
    assert_eq!(ids(left), [vec!["c", "d"]], "{left:#?}");
    assert_eq!(
        left.variants[0].attributed_to.as_deref(),
        Some("Ostrava police")
    );
}

#[test]
fn sets_named_as_known_come_after_reported_figures() {
    let documents = [
        doc(
            "a",
            "2030-09-09",
            "Nurses at all four hospitals walked out. The union said 800 nurses struck.",
        )
        .claim(claim("four hospitals", 4.0, "hospitals"))
        .claim(claim("800 nurses", 800.0, "nurses").predicate("strike"))
        .build(),
        doc(
            "b",
            "2030-09-09",
            "The four hospitals ran emergency wards only, as 800 nurses struck.",
        )
        .claim(claim("four hospitals", 4.0, "hospitals"))
        .claim(claim("800 nurses", 800.0, "nurses").predicate("strike"))
        .build(),
    ];
    let facts = facts_of(&documents, &[]);
    let order: Vec<&str> = facts.iter().map(|fact| fact.statement.as_str()).collect();
    assert_eq!(order, ["nurses striking", "hospitals"]);
}

#[test]
fn a_when_clause_after_since_is_about_that_date() {
    let documents = [
        doc(
            "a",
            "2030-02-02",
            "It is the first closure since May 2024, when a six-week repair shut the line.",
        )
        .claim(claim("six-week", 6.0, "week").time("since May 2024"))
        .build(),
        doc(
            "b",
            "2030-02-02",
            "In 2024 the repair took 6 weeks. Since May 2024, 40 trains have been cancelled.",
        )
        .claim(
            claim("6 weeks", 6.0, "weeks")
                .predicate("take")
                .time("In 2024"),
        )
        .claim(
            claim("40 trains", 40.0, "trains")
                .predicate("cancel")
                .time("Since May 2024"),
        )
        .date(
            "2024",
            PartialDate {
                year: 2024,
                month: None,
                day: None,
            },
        )
        .build(),
    ];
    let facts = facts_of(&documents, &[]);
    let weeks = fact_with(&facts, "weeks taken in 2024");
    assert_eq!(weeks.status, FactStatus::Corroborated, "{facts:#?}");
    fact_with(&facts, "trains canceled since May 2024");
}

#[test]
fn the_term_of_an_amount_is_part_of_it_not_a_fact() {
    let documents = [doc(
        "a",
        "2030-10-10",
        "The city offered 8 million dollars over five years. The works last 5 years, or 6 years.",
    )
    .claim(claim("8 million dollars", 8_000_000.0, "dollars").predicate("offer"))
    .claim(claim("five years", 5.0, "years"))
    .claim(claim("5 years", 5.0, "years").predicate("last"))
    .claim(claim("6 years", 6.0, "years"))
    .build()];
    let facts = facts_of(&documents, &[]);
    let statements: Vec<&str> = facts.iter().map(|fact| fact.statement.as_str()).collect();
    assert_eq!(
        statements,
        ["dollars offered", "years lasted", "years"],
        "{facts:#?}"
    );
    assert_eq!(facts[1].variants.len(), 1);
}

#[test]
fn a_predicate_that_is_the_counted_noun_is_dropped() {
    let documents = [
        doc("a", "2030-11-11", "There were three protests this spring.")
            .claim(claim("three protests", 3.0, "protests").predicate("protest"))
            .build(),
    ];
    let facts = facts_of(&documents, &[]);
    assert_eq!(facts[0].statement, "protests");
}

#[test]
fn a_part_of_a_group_is_no_value_of_its_count() {
    let documents = [doc(
        "a",
        "2030-05-04",
        "Four hikers were injured in the fall. One of the hikers was flown to a hospital.",
    )
    .claim(claim("Four hikers", 4.0, "hiker").predicate("injured"))
    .claim(claim("One of the hikers", 1.0, "hiker").predicate("injured"))
    .build()];
    let facts = facts_of(&documents, &[]);
    let fact = fact_with(&facts, "hikers injured");
    assert_eq!(fact.variants.len(), 1, "{fact:#?}");
    assert_eq!(fact.variants[0].value, 4.0);
    assert_eq!(fact.status, FactStatus::SingleSource);
    // Hedged too: "at least two of those hurt".
    let documents = [doc(
        "a",
        "2030-05-04",
        "Nine hikers were injured. At least two of those injured were flown out.",
    )
    .claim(claim("Nine hikers", 9.0, "hiker").predicate("injured"))
    .claim(claim("At least two of those", 2.0, "hiker").predicate("injured"))
    .build()];
    let facts = facts_of(&documents, &[]);
    let fact = fact_with(&facts, "hikers injured");
    assert_eq!(fact.variants.len(), 1, "{fact:#?}");
    assert_eq!(fact.variants[0].value, 9.0);
}

#[test]
fn a_bare_repeat_of_one_sides_figure_is_that_sides_variant() {
    let documents = [
        doc(
            "a",
            "2030-03-03",
            "Organisers said 5,000 people marched; police said 2,000 people marched.",
        )
        .claim(
            claim("5,000 people", 5000.0, "people")
                .predicate("march")
                .attributed_to("organisers"),
        )
        .claim(
            claim("2,000 people", 2000.0, "people")
                .predicate("march")
                .attributed_to("police"),
        )
        .build(),
        doc("b", "2030-03-04", "Some 5,000 people marched on Sunday.")
            .claim(claim("5,000 people", 5000.0, "people").predicate("march"))
            .build(),
    ];
    let facts = facts_of(&documents, &[]);
    let fact = fact_with(&facts, "people marching");
    assert_eq!(fact.status, FactStatus::Disputed);
    assert_eq!(ids(fact), [vec!["a", "b"], vec!["a"]], "{fact:#?}");
    assert_eq!(
        fact.variants[0].attributed_to.as_deref(),
        Some("organisers")
    );
}

#[test]
fn an_outlet_stating_an_agreed_value_itself_stays_a_source_of_its_own() {
    let documents = [
        doc("a", "2030-03-03", "Police said 40 drivers were arrested.")
            .claim(
                claim("40 drivers", 40.0, "driver")
                    .predicate("arrested")
                    .attributed_to("police"),
            )
            .build(),
        doc("b", "2030-03-03", "Forty drivers were arrested.")
            .claim(claim("Forty drivers", 40.0, "driver").predicate("arrested"))
            .build(),
    ];
    let facts = facts_of(&documents, &[]);
    let fact = fact_with(&facts, "drivers arrested");
    assert_eq!(fact.variants.len(), 2, "{fact:#?}");
    assert_eq!(fact.variants[1].attributed_to, None);
}

#[test]
fn spans_of_time_are_durations_not_counts() {
    let documents = [doc("a", "2030-03-03", "Dockers began a 48-hour strike.")
        .claim(claim("48-hour", 48.0, "hour").predicate("strike"))
        .build()];
    let facts = facts_of(&documents, &[]);
    assert_eq!(facts[0].kind, "duration", "{facts:#?}");
}

#[test]
fn a_victim_named_beside_a_larger_count_is_no_rival_value() {
    let documents = [
        doc("a", "2030-03-03", "Ada Kerr, 25, was killed in the crash.")
            .claim(claim("Ada Kerr, 25", 1.0, "person").predicate("killed"))
            .build(),
        doc("b", "2030-03-03", "Two people were killed in the crash.")
            .claim(claim("Two people", 2.0, "person").predicate("killed"))
            .build(),
    ];
    let facts = facts_of(&documents, &[]);
    let fact = fact_with(&facts, "people killed");
    assert_eq!(fact.variants.len(), 1, "{fact:#?}");
    assert_eq!(fact.variants[0].value, 2.0);
    assert_ne!(fact.status, FactStatus::Disputed);
    // Named alone, the victim is the count.
    let facts = facts_of(&documents[..1], &[]);
    assert_eq!(fact_with(&facts, "people killed").variants[0].value, 1.0);
}

#[test]
fn one_described_as_also_harmed_is_on_top_of_those_counted() {
    let documents = [doc(
        "a",
        "2030-03-03",
        "Two men were wounded in Harbourside. A woman was also shot.",
    )
    .claim(claim("Two men", 2.0, "man").predicate("wounded"))
    .claim(claim("A woman", 1.0, "woman").predicate("shoot"))
    .build()];
    let facts = facts_of(&documents, &[]);
    assert_eq!(
        fact_with(&facts, "additional women shot").variants[0].value,
        1.0
    );
    fact_with(&facts, "men injured");
}

#[test]
fn deaths_among_the_hurt_counted_before_come_out_of_them() {
    let text = "Three men were wounded in Eastport. Two of them later died.";
    let documents = [doc("a", "2030-03-03", text)
        .claim(claim("Three men", 3.0, "man").predicate("wounded"))
        .claim(claim("Two of them", 2.0, "man").predicate("died"))
        .build()];
    let refs: Vec<&Document> = documents.iter().collect();
    assert_eq!(later_deaths(&refs), [LaterDeaths { hurt: 3, died: 2 }]);
    // The part is no fact of its own.
    assert!(
        facts_of(&documents, &[])
            .iter()
            .all(|fact| fact.statement != "men killed")
    );
    // A sentence counting the dead beside the hurt counts the living.
    let text = "One man was killed and three others were wounded. Two of the victims died.";
    let documents = [doc("a", "2030-03-03", text)
        .claim(claim("One man", 1.0, "man").predicate("killed"))
        .claim(claim("three others", 3.0, "other").predicate("wounded"))
        .claim(claim("Two of the victims", 2.0, "victim").predicate("died"))
        .build()];
    let refs: Vec<&Document> = documents.iter().collect();
    assert!(later_deaths(&refs).is_empty());
}
