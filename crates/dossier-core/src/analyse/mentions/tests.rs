//! Tests of the mention finder, on sentences written for them.

use super::find;
use crate::analyse::sentences::split;
use crate::model::{EntityKind, Mention};

fn mentions(text: &str) -> Vec<Mention> {
    find(text, &split(text, &[]))
}

fn kinds(text: &str) -> Vec<(String, EntityKind)> {
    mentions(text)
        .into_iter()
        .map(|m| (m.text, m.kind))
        .collect()
}

fn person(text: &str, name: &str) -> Mention {
    mentions(text)
        .into_iter()
        .find(|m| m.text == name && m.kind == EntityKind::Person)
        .unwrap_or_else(|| panic!("no person {name:?} in {:?}", kinds(text)))
}

#[test]
fn title_and_demonym_go_into_the_role() {
    let m = person("Estonian President Marten Rebane arrived.", "Marten Rebane");
    assert_eq!(m.role.as_deref(), Some("Estonian President"));
}

#[test]
fn lower_case_roles_before_the_name() {
    let text = "The talks were led by UN special envoy Tomas Hallik on Friday.";
    assert_eq!(
        person(text, "Tomas Hallik").role.as_deref(),
        Some("UN special envoy")
    );
    let text = "Police questioned opposition leader Dara Quill.";
    assert_eq!(
        person(text, "Dara Quill").role.as_deref(),
        Some("opposition leader")
    );
}

#[test]
fn appositive_role_after_the_name() {
    let text = "Karla Moss, deputy mayor for housing, opened the hall.";
    assert_eq!(
        person(text, "Karla Moss").role.as_deref(),
        Some("deputy mayor for housing")
    );
}

#[test]
fn the_role_of_a_comma_phrase_before_the_name() {
    let text = "The plan was praised by the governor, Lena Orvik.";
    assert_eq!(person(text, "Lena Orvik").role.as_deref(), Some("governor"));
}

#[test]
fn a_list_is_not_a_role() {
    let text = "Freed were Petra Lund, journalist Omar Vell, and Tariq Dunn.";
    assert_eq!(person(text, "Petra Lund").role, None);
    assert_eq!(
        person(text, "Omar Vell").role.as_deref(),
        Some("journalist")
    );
}

#[test]
fn titles_alone_make_a_person() {
    let text = "Inspector Harrow declined to comment. Mr Quist agreed.";
    assert_eq!(person(text, "Harrow").role.as_deref(), Some("Inspector"));
    assert_eq!(person(text, "Quist").role.as_deref(), Some("Mr"));
}

#[test]
fn possessive_keeps_the_name_only() {
    let found = kinds("He met Orban's special envoy. It was Vance’s idea.");
    assert!(
        found.contains(&("Orban".into(), EntityKind::Person))
            || found.iter().any(|(n, _)| n == "Orban")
    );
    assert!(found.iter().any(|(n, _)| n == "Vance"), "{found:?}");
    assert!(
        found
            .iter()
            .all(|(n, _)| !n.contains('\'') && !n.contains('’'))
    );
}

#[test]
fn organisations_by_head_word_and_acronym() {
    let found = kinds(
        "The Fishers' Union and the Ministry of Coastal Affairs met the \
         Lowland Chamber of Commerce, Grell Airlines and NATO.",
    );
    for name in [
        "Fishers' Union",
        "Ministry of Coastal Affairs",
        "Lowland Chamber of Commerce",
        "Grell Airlines",
        "NATO",
    ] {
        assert!(
            found.contains(&(name.to_string(), EntityKind::Organization)),
            "{name}: {found:?}"
        );
    }
}

#[test]
fn organisation_named_by_a_common_noun_next_to_it() {
    let found = kinds("Sanctions were lifted on the national airline Skyvia.");
    assert!(
        found.contains(&("Skyvia".into(), EntityKind::Organization)),
        "{found:?}"
    );
}

#[test]
fn places_from_gazetteer_and_cues() {
    let found = kinds("The convoy left Vienna for a Brenholt-based depot near Tarnow in Poland.");
    for name in ["Vienna", "Brenholt", "Tarnow", "Poland"] {
        assert!(
            found.contains(&(name.to_string(), EntityKind::Place)),
            "{name}: {found:?}"
        );
    }
}

#[test]
fn place_with_a_number() {
    let found = kinds("Cranes stood idle at Terminal 4 all day.");
    assert!(
        found.contains(&("Terminal 4".into(), EntityKind::Place)),
        "{found:?}"
    );
}

#[test]
fn all_caps_dateline_is_a_place() {
    let text = "KORVEN, May 3 (Reuters) - Dockers walked out.";
    let found = kinds(text);
    assert!(
        found.contains(&("KORVEN".into(), EntityKind::Place)),
        "{found:?}"
    );
}

#[test]
fn sentence_initial_words_are_not_names() {
    let found = kinds("Officials said little. However, Brask spoke. Meanwhile nothing moved.");
    assert!(
        found
            .iter()
            .all(|(n, _)| n != "Officials" && n != "However" && n != "Meanwhile")
    );
}

#[test]
fn a_surname_takes_the_kind_of_the_full_name() {
    let text = "Talks were chaired by Nadia Verhoef. Later Verhoef left.";
    let found = kinds(text);
    assert!(
        found.contains(&("Verhoef".into(), EntityKind::Person)),
        "{found:?}"
    );
}

#[test]
fn particles_and_hyphens_stay_in_names() {
    let found = kinds("A letter from Ursula van der Berg reached Jean-Luc Marchetti.");
    assert!(
        found.iter().any(|(n, _)| n == "Ursula van der Berg"),
        "{found:?}"
    );
    assert!(
        found.iter().any(|(n, _)| n == "Jean-Luc Marchetti"),
        "{found:?}"
    );
}

#[test]
fn headline_capitals_only_match_known_names() {
    let text = "Harbour Strike Hits Norway As Talks Fail\n\nDockers in Norway walked out.";
    let found = kinds(text);
    assert!(
        found.iter().all(|(n, _)| n != "Harbour Strike Hits"),
        "{found:?}"
    );
    assert_eq!(
        found.iter().filter(|(n, _)| n == "Norway").count(),
        2,
        "{found:?}"
    );
}

#[test]
fn ranges_are_the_names_as_written() {
    let text = "Ms Ana Kovač’s office, said Dr. Ilse Brand.";
    for m in mentions(text) {
        assert_eq!(m.range.slice(text), m.text);
    }
}

#[test]
fn appositive_role_with_a_possessive() {
    let text = "Tor Aasen, the union's vice-chair, spoke first.";
    assert_eq!(
        person(text, "Tor Aasen").role.as_deref(),
        Some("union's vice-chair")
    );
    let text = "Tor Aasen, the PWU’s vice-chair, spoke first.";
    assert_eq!(
        person(text, "Tor Aasen").role.as_deref(),
        Some("PWU’s vice-chair")
    );
}

#[test]
fn an_organisation_name_stays_in_the_role() {
    let text = "Transit Workers' Union chair Mona Dahl resigned.";
    assert_eq!(
        person(text, "Mona Dahl").role.as_deref(),
        Some("Transit Workers' Union chair")
    );
}

fn kind_of(text: &str, name: &str) -> Option<EntityKind> {
    mentions(text)
        .into_iter()
        .find(|m| m.text == name)
        .map(|m| m.kind)
}

#[test]
fn cities_in_a_results_line_are_teams() {
    let text = "Leeds 2 Portsmouth 1\nLeeds v Dublin\nNorway 3 Chile 0\n";
    let all = mentions(text);
    let kinds: Vec<(&str, EntityKind)> = all.iter().map(|m| (m.text.as_str(), m.kind)).collect();
    assert_eq!(
        kinds,
        vec![
            ("Leeds", EntityKind::Organization),
            ("Portsmouth", EntityKind::Organization),
            ("Leeds", EntityKind::Organization),
            ("Dublin", EntityKind::Organization),
            // A team named by its country is read as the country.
            ("Norway", EntityKind::Place),
            ("Chile", EntityKind::Place),
        ]
    );
}

#[test]
fn a_team_of_the_table_is_a_team_in_the_text() {
    let text = "Portsmouth 4 2 1 1 6 5 7\n\nThe coach said Portsmouth had played well.";
    let found: Vec<EntityKind> = mentions(text)
        .into_iter()
        .filter(|m| m.text == "Portsmouth")
        .map(|m| m.kind)
        .collect();
    assert_eq!(found, vec![EntityKind::Organization; 2]);
}

#[test]
fn standings_and_fixtures_in_capitals() {
    assert_eq!(
        kind_of("BOSTON 83 49 .629 -\n", "BOSTON"),
        Some(EntityKind::Organization)
    );
    // A schedule names where the games are played.
    let text = "BOSTON AT TORONTO\n";
    assert_eq!(kind_of(text, "TORONTO"), Some(EntityKind::Place));
    // A dateline stays a place though a table names the team alike.
    let text = "BOSTON 1996-08-30\n\nBOSTON 83 49 .629 -\n";
    let kinds: Vec<EntityKind> = mentions(text).into_iter().map(|m| m.kind).collect();
    assert_eq!(kinds, vec![EntityKind::Place, EntityKind::Organization]);
}

#[test]
fn dates_and_figures_are_no_scores() {
    assert_eq!(
        kind_of("OSLO 1996-08-30\nThe talks went on.", "OSLO"),
        Some(EntityKind::Place)
    );
    let text = "VALDMAR, Oct 21 (NWS) - The strike went on.";
    assert!(kind_of(text, "Oct").is_none_or(|k| k != EntityKind::Organization));
    // A bowler's figures: a player, not a team.
    let text = "Bowling: Hollin 8-0-39-3, Marsh 6-0-30-1.";
    assert_ne!(kind_of(text, "Hollin"), Some(EntityKind::Organization));
}

#[test]
fn a_person_named_in_the_text_is_no_team_of_the_poll() {
    let text = "Senator Ada Merrow spoke on Monday.\nMerrow 52, Tallis 41\n";
    assert_eq!(
        mentions(text)
            .into_iter()
            .filter(|m| m.text == "Merrow")
            .map(|m| m.kind)
            .collect::<Vec<_>>(),
        vec![EntityKind::Person]
    );
}

#[test]
fn census_given_names_make_people() {
    assert_eq!(
        kind_of(
            "The prize went to Marlene Oduya on Friday.",
            "Marlene Oduya"
        ),
        Some(EntityKind::Person)
    );
}

#[test]
fn results_and_team_lists_are_no_headlines() {
    let text = "3. Ilse Varga (Austria) 51.98\n";
    assert_eq!(kind_of(text, "Ilse Varga"), Some(EntityKind::Person));
    let text = "Tomas Hallik, Marlene Oduya, Dara Quill,\n";
    assert_eq!(kind_of(text, "Dara Quill"), Some(EntityKind::Person));
}

#[test]
fn bodies_named_in_the_plural() {
    let text = "The crowd cheered as the Falcons scored twice.";
    assert_eq!(kind_of(text, "Falcons"), Some(EntityKind::Organization));
    let text = "Fans of the Leeds Rhinos waited outside.";
    assert_eq!(
        kind_of(text, "Leeds Rhinos"),
        Some(EntityKind::Organization)
    );
    // A place and a people are no team.
    let text = "Settlers moved into the West Bank.";
    assert_eq!(kind_of(text, "West Bank"), Some(EntityKind::Place));
    let text = "He flew to the Netherlands on Monday.";
    assert_eq!(kind_of(text, "Netherlands"), Some(EntityKind::Place));
}

#[test]
fn a_fixture_list_names_the_other_side() {
    let text = "May 17 v Portsmouth\n";
    assert_eq!(kind_of(text, "Portsmouth"), Some(EntityKind::Organization));
}

#[test]
fn large_cities_of_the_open_gazetteer_are_places() {
    let text = "The delegation flew on to Hangzhou the next day.";
    assert_eq!(kind_of(text, "Hangzhou"), Some(EntityKind::Place));
}

#[test]
fn a_team_named_for_its_city_keeps_its_whole_name() {
    let text = "Detroit 4 Kansas City 1\nMladost (L) 4 2 1 1 8 5 7\n";
    assert_eq!(kind_of(text, "Kansas City"), Some(EntityKind::Organization));
    assert_eq!(kind_of(text, "Mladost (L)"), Some(EntityKind::Organization));
}

#[test]
fn words_of_a_business_after_a_name_make_a_company() {
    let text = "Analysts said Ortek shares fell after the report.";
    assert_eq!(kind_of(text, "Ortek"), Some(EntityKind::Organization));
    let text = "Kesko's net profit rose.";
    assert_eq!(kind_of(text, "Kesko"), Some(EntityKind::Organization));
}

#[test]
fn row_labels_of_a_table_are_no_teams() {
    let text = "The sales figures were revised.\nSales 12.50 13.00 11.27\nM2 389.79 391.32\n";
    assert!(
        mentions(text)
            .iter()
            .all(|m| m.kind != EntityKind::Organization)
    );
}

#[test]
fn a_given_name_before_a_surname_that_ends_places_is_a_person() {
    let text = "Police named the victim as Tyrell Hall on Sunday.";
    assert_eq!(kind_of(text, "Tyrell Hall"), Some(EntityKind::Person));
    let text = "The concert was held in Carnegie Hall.";
    assert_eq!(kind_of(text, "Carnegie Hall"), Some(EntityKind::Place));
}

#[test]
fn a_name_of_no_clear_kind_takes_the_kind_of_its_list() {
    let text = "Leeds 2 Portsmouth 1\n\nRivals Leeds, Portsmouth and Quorvale all won.";
    assert_eq!(kind_of(text, "Quorvale"), Some(EntityKind::Organization));
}

#[test]
fn a_name_beside_the_surname_of_a_named_person_is_a_person() {
    let text = "Talks with Anna Vasko stalled. Seeking ties with both Vasko and Quillam, ministers flew on.";
    assert_eq!(kind_of(text, "Quillam"), Some(EntityKind::Person));
    // Without the full name, a lone surname is no evidence of anything.
    let text = "Seeking ties with both Vasko and Quillam, ministers flew on.";
    assert_ne!(kind_of(text, "Quillam"), Some(EntityKind::Person));
}

#[test]
fn a_word_capitalised_by_the_sentence_start_is_no_part_of_the_name() {
    let text = "Controversial Australian Peter Hollin called it a cheat.";
    assert!(
        mentions(text)
            .iter()
            .any(|m| m.text == "Peter Hollin" && m.kind == EntityKind::Person)
    );
    let text = "Republican Ada Merrow voted against it.";
    assert!(
        mentions(text)
            .iter()
            .any(|m| m.text == "Ada Merrow" && m.kind == EntityKind::Person)
    );
}

#[test]
fn a_place_in_capitals_that_opens_with_a_given_name_stays_a_place() {
    let text = "HONG KONG 1996-08-31\n\nShares rose on Friday.";
    assert_eq!(kind_of(text, "HONG KONG"), Some(EntityKind::Place));
}

#[test]
fn a_capital_after_a_dateline_dash_a_colon_or_an_opening_quote_is_a_sentence_start() {
    for text in [
        "ORVIK - Dockworkers at the port walked out on Tuesday.",
        "ORVIK, March 10 (NWS) – Container traffic stopped on Tuesday.",
        "Disclaimer: Comments posted below are the opinions of their authors.",
        "She wrote: “Over 40 ships are waiting in the roads.”",
    ] {
        let found = kinds(text);
        assert!(
            found.iter().all(
                |(name, _)| !["Dockworkers", "Container", "Comments", "Over"]
                    .contains(&name.as_str())
            ),
            "{text}: {found:?}"
        );
    }
    // Names there are still found on their own evidence.
    let found = kinds("ORVIK - Harbourmaster Ingrid Falk said the boats stayed moored.");
    assert!(
        found
            .iter()
            .any(|(name, kind)| name == "Ingrid Falk" && *kind == EntityKind::Person),
        "{found:?}"
    );
}

#[test]
fn a_hashtag_names_no_one() {
    let found = kinds("Over 40 ships wait off the coast. #OrvikStrike");
    assert!(
        found.iter().all(|(name, _)| !name.contains("OrvikStrike")),
        "{found:?}"
    );
}

#[test]
fn a_lone_word_after_the_is_no_surname() {
    let found = kinds("Officials warned that sanctions imposed by the West would stay.");
    assert!(
        found
            .iter()
            .all(|(name, kind)| !(name == "West" && *kind == EntityKind::Person)),
        "{found:?}"
    );
    let found = kinds("Officials met West on Monday, West said.");
    assert!(
        found
            .iter()
            .any(|(name, kind)| name == "West" && *kind == EntityKind::Person),
        "{found:?}"
    );
}

#[test]
fn a_surname_used_as_a_town_is_a_place() {
    let place = |text: &str, name: &str| {
        let found = kinds(text);
        assert!(
            found
                .iter()
                .any(|(found, kind)| found == name && *kind == EntityKind::Place),
            "{found:?}"
        );
    };
    // A part of the town between the preposition and the name.
    place(
        "His friend was shot in southwest Harlow on Tuesday.",
        "Harlow",
    );
    // "a <name> man": where the man is from.
    place("Police said a Marlow woman was arrested.", "Marlow");
    place("Boston man found guilty in the shooting.", "Boston");
    // An age, then "of <name>": where the victim lived.
    place(
        "The victim, Ada Kerr, 22, of Whitby, died at the scene.",
        "Whitby",
    );
    // A common word opening the sentence is no town.
    for text in [
        "Another man was shot on Friday.",
        "Local man charged in the robbery.",
    ] {
        let found = kinds(text);
        assert!(
            found.iter().all(|(_, kind)| *kind != EntityKind::Place),
            "{found:?}"
        );
    }
    // A surname with a person noun after it is still a person.
    let found = kinds("Officer Ada Marlow spoke to the man.");
    assert!(
        found
            .iter()
            .all(|(name, kind)| !(name == "Marlow" && *kind == EntityKind::Place)),
        "{found:?}"
    );
}

#[test]
fn a_demonym_of_two_words_alone_is_no_name() {
    let found = kinds("Officials met South Korean envoys and Sri Lankan traders in Tarvo.");
    assert!(
        found
            .iter()
            .all(|(name, _)| name != "South Korean" && name != "Sri Lankan"),
        "{found:?}"
    );
}

#[test]
fn places_joined_by_a_hyphen_are_each_a_place() {
    let text = "The Norway-Sweden talks resumed after US-imposed curbs eased.";
    assert_eq!(
        kinds(text),
        [
            ("Norway".to_string(), EntityKind::Place),
            ("Sweden".to_string(), EntityKind::Place),
            ("US".to_string(), EntityKind::Place),
        ]
    );
}

#[test]
fn a_hyphenated_name_of_unknown_parts_stays_whole() {
    let text = "Later the witness Ann Smith-Jones spoke of the Kessby-Nord drills.";
    let names: Vec<String> = mentions(text).into_iter().map(|m| m.text).collect();
    assert!(names.contains(&"Ann Smith-Jones".to_string()), "{names:?}");
    assert!(names.contains(&"Kessby-Nord".to_string()), "{names:?}");
}

#[test]
fn a_surname_told_is_a_person_and_a_letter_closing_a_sentence_no_name() {
    let text = "Ivan Petrenko met them. Later Ada Kerr told Petrenko the news, she wrote on X. In the end she left.";
    let found = kinds(text);
    assert!(
        found.contains(&("Petrenko".to_string(), EntityKind::Person)),
        "{found:?}"
    );
    assert!(
        !found.iter().any(|(name, _)| name.starts_with('X')),
        "{found:?}"
    );
}

#[test]
fn a_compass_adjective_before_a_noun_is_no_name() {
    let text = "The country, hit by Western sanctions, courted Southern Europe.";
    let found = kinds(text);
    assert!(
        !found.iter().any(|(name, _)| name == "Western"),
        "{found:?}"
    );
    assert!(
        found.iter().any(|(name, _)| name == "Southern Europe"),
        "{found:?}"
    );
}

#[test]
fn towns_named_by_their_police_a_compass_or_a_resident_with_an_age() {
    let cases = [
        ("Kessby police are looking for the driver.", "Kessby"),
        (
            "The farm lies just north of Kessby on the county road.",
            "Kessby",
        ),
        (
            "The boy was found southwest of Kessby late on Friday.",
            "Kessby",
        ),
        (
            "Doctors treated a 2-year-old Kessby boy for a wound.",
            "Kessby",
        ),
    ];
    for (text, name) in cases {
        let found = kinds(text);
        assert!(
            found.contains(&(name.to_string(), EntityKind::Place)),
            "{text}: {found:?}"
        );
    }
    // A person's name before a force written in capitals stays a person's.
    let found = kinds("Officer Ada Kerr of the Kessby Police Department said so.");
    assert!(
        found.contains(&("Ada Kerr".to_string(), EntityKind::Person)),
        "{found:?}"
    );
}

#[test]
fn a_town_followed_by_its_state_is_a_place() {
    for text in [
        "It happened at a house in Kessby, Oregon, on Sunday.",
        "Neighbours of the Kessby, Ore., couple heard shots.",
    ] {
        let found = kinds(text);
        assert!(
            found.contains(&("Kessby".to_string(), EntityKind::Place)),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_demonym_opening_a_towns_name_stays_in_it() {
    let found = kinds("Two men were hurt in a fall in American Fork on Friday.");
    assert!(
        found.contains(&("American Fork".to_string(), EntityKind::Place)),
        "{found:?}"
    );
}

#[test]
fn an_all_caps_dateline_before_an_em_dash_is_a_place() {
    for text in [
        "KORVEN — Police said two men were hurt on Sunday.",
        "KORVEN—Police said two men were hurt on Sunday.",
        "KORVEN – Police said two men were hurt on Sunday.",
    ] {
        let found = kinds(text);
        assert!(
            found.contains(&("KORVEN".into(), EntityKind::Place)),
            "{text}: {found:?}"
        );
        // The capital after the dash opens the sentence.
        assert!(
            found.iter().all(|(name, _)| name != "Police"),
            "{text}: {found:?}"
        );
    }
}
