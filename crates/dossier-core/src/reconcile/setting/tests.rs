//! Tests of where and when, on documents built by hand.

use super::build;
use crate::model::{
    DateBasis, Document, EntityKind, PartialDate, PlaceBasis, PlaceLevel, Setting, SettingPlace,
};
use crate::reconcile::facts::fixtures::doc;
use crate::reconcile::timeline;

fn setting_of(documents: &[Document]) -> Setting {
    let refs: Vec<&Document> = documents.iter().collect();
    let timeline = timeline::build(&refs);
    build(&refs, &timeline)
}

fn place_of(setting: &Setting) -> (&str, PlaceLevel) {
    let place = setting.place.as_ref().expect("a place is found");
    (place.name.as_str(), place.level)
}

fn ways(place: &SettingPlace) -> Vec<(&str, PlaceBasis)> {
    place
        .sources
        .iter()
        .map(|source| (source.article.0.as_str(), source.how))
        .collect()
}

#[test]
fn a_dateline_outweighs_a_passing_mention() {
    let documents = [
        doc(
            "a",
            "2031-04-07",
            "EASTPORT, Ore. (AP) — A man who had moved from Riverton was hurt in a fall.",
        )
        .mention("EASTPORT", EntityKind::Place)
        .mention("Riverton", EntityKind::Place)
        .build(),
        doc(
            "b",
            "2031-04-07",
            "Friends in Riverton said the man had loved Eastport since childhood.",
        )
        .mention("Riverton", EntityKind::Place)
        .mention("Eastport", EntityKind::Place)
        .build(),
    ];
    let setting = setting_of(&documents);
    // Eastport: dateline 2 + mention 1; Riverton: two mentions, named first.
    assert_eq!(place_of(&setting), ("Eastport", PlaceLevel::Town));
    let place = setting.place.as_ref().expect("a place");
    assert_eq!(
        ways(place),
        [("a", PlaceBasis::Dateline), ("b", PlaceBasis::Mention)]
    );
}

#[test]
fn a_towns_police_force_names_the_town() {
    let documents = [doc(
        "a",
        "2031-04-07",
        "Officers of the Milltown Police Department found the driver near Harbor City.",
    )
    .mention("Milltown Police Department", EntityKind::Organization)
    .mention("Harbor City", EntityKind::Place)
    .build()];
    let setting = setting_of(&documents);
    assert_eq!(place_of(&setting), ("Milltown", PlaceLevel::Town));
    let place = setting.place.as_ref().expect("a place");
    assert_eq!(ways(place), [("a", PlaceBasis::LocalForce)]);
}

#[test]
fn a_street_or_a_county_is_not_the_town_when_a_town_is_named() {
    let documents = [
        doc(
            "a",
            "2031-04-07",
            "The crash happened on Maple Street in Harlow County. Brookfield residents heard it.",
        )
        .mention("Maple Street", EntityKind::Place)
        .mention("Harlow County", EntityKind::Place)
        .mention("Brookfield", EntityKind::Place)
        .build(),
        doc(
            "b",
            "2031-04-07",
            "Harlow County deputies closed Maple Street for the night.",
        )
        .mention("Harlow County", EntityKind::Place)
        .mention("Maple Street", EntityKind::Place)
        .build(),
    ];
    let setting = setting_of(&documents);
    assert_eq!(place_of(&setting), ("Brookfield", PlaceLevel::Town));
}

#[test]
fn a_county_is_the_place_when_no_town_is_named() {
    let documents = [doc(
        "a",
        "2031-04-07",
        "Deputies searched a field in rural Harlow County, Oregon, on the road out.",
    )
    .mention("Harlow County", EntityKind::Place)
    .mention("Oregon", EntityKind::Place)
    .build()];
    let setting = setting_of(&documents);
    assert_eq!(place_of(&setting), ("Harlow County", PlaceLevel::County));
    let wider: Vec<(&str, PlaceLevel)> = setting
        .wider
        .iter()
        .map(|place| (place.name.as_str(), place.level))
        .collect();
    assert_eq!(wider, [("Oregon", PlaceLevel::Region)]);
}

#[test]
fn regions_and_countries_widen_the_town_from_the_gazetteers() {
    let documents = [doc(
        "a",
        "2031-04-07",
        "The storm hit Eastport hardest. Across Oregon and the United States, crews helped.",
    )
    .mention("Eastport", EntityKind::Place)
    .mention("Oregon", EntityKind::Place)
    .mention("United States", EntityKind::Place)
    .build()];
    let setting = setting_of(&documents);
    assert_eq!(place_of(&setting), ("Eastport", PlaceLevel::Town));
    let wider: Vec<(&str, PlaceLevel)> = setting
        .wider
        .iter()
        .map(|place| (place.name.as_str(), place.level))
        .collect();
    assert_eq!(
        wider,
        [
            ("Oregon", PlaceLevel::Region),
            ("United States", PlaceLevel::Country)
        ]
    );
}

#[test]
fn a_follow_up_weeks_later_dates_the_event_by_a_calendar_day() {
    let documents = [doc(
        "a",
        "2031-06-20",
        "Dana Reyes was shot on May 25, 2031, outside a bakery. A suspect was charged on Friday.",
    )
    .date("on May 25, 2031", PartialDate::day(2031, 5, 25))
    .date("on Friday", PartialDate::day(2031, 6, 19))
    .build()];
    let setting = setting_of(&documents);
    let when = setting.when.expect("a day is found");
    assert_eq!(when.date, PartialDate::day(2031, 5, 25));
    assert_eq!(when.how, DateBasis::Stated);
    assert_eq!(when.articles.len(), 1);
}

#[test]
fn a_day_stated_by_more_articles_wins_within_the_days_before_the_first_report() {
    let documents = [
        doc(
            "a",
            "2031-03-10",
            "Two people were injured on Saturday when a balcony collapsed.",
        )
        .date("on Saturday", PartialDate::day(2031, 3, 8))
        .build(),
        doc(
            "b",
            "2031-03-11",
            "The balcony collapsed on Saturday, injuring two people. An inquiry opens on Wednesday.",
        )
        .date("on Saturday", PartialDate::day(2031, 3, 8))
        .date("on Wednesday", PartialDate::day(2031, 3, 12))
        .build(),
    ];
    let setting = setting_of(&documents);
    let when = setting.when.expect("a day is found");
    assert_eq!(when.date, PartialDate::day(2031, 3, 8));
    assert_eq!(when.how, DateBasis::Stated);
    assert_eq!(when.articles.len(), 2);
}

#[test]
fn no_date_in_the_text_falls_back_to_the_first_report() {
    let documents = [
        doc(
            "a",
            "2031-03-02",
            "A fire destroyed a barn outside Eastport.",
        )
        .build(),
        doc(
            "b",
            "2031-03-03",
            "Firefighters spent hours at the barn fire.",
        )
        .build(),
    ];
    let setting = setting_of(&documents);
    let when = setting.when.expect("a day is found");
    assert_eq!(when.date, PartialDate::day(2031, 3, 2));
    assert_eq!(when.how, DateBasis::FirstReport);
    assert_eq!(when.articles.len(), 1);
    assert_eq!(when.articles[0].0, "a");
}

#[test]
fn no_dates_and_no_places_give_an_empty_setting() {
    let documents = [doc("a", "", "Nothing here names a place or a day.").build()];
    let setting = setting_of(&documents);
    assert!(setting.when.is_none());
    assert!(setting.place.is_none());
    assert!(setting.wider.is_empty());
}

#[test]
fn a_day_with_more_sentences_wins_a_tie_of_articles() {
    let documents = [doc(
        "a",
        "2031-09-11",
        "The border closed on Tuesday. The ferry was sold on Thursday. Its crew left Thursday.",
    )
    .date("on Tuesday", PartialDate::day(2031, 9, 9))
    .date("on Thursday", PartialDate::day(2031, 9, 11))
    .date("left Thursday", PartialDate::day(2031, 9, 11))
    .build()];
    let setting = setting_of(&documents);
    let when = setting.when.expect("a day is found");
    assert_eq!(when.date, PartialDate::day(2031, 9, 11));
    assert_eq!(when.articles.len(), 1);
}

#[test]
fn a_forces_kind_is_not_part_of_its_town() {
    let documents = [doc(
        "a",
        "2031-04-07",
        "The Eastport Metropolitan Police Department said a man was hurt. \
         Officers of the Metropolitan Police Department came from Riverton.",
    )
    .mention(
        "Eastport Metropolitan Police Department",
        EntityKind::Organization,
    )
    .mention("Metropolitan Police Department", EntityKind::Organization)
    .mention("Riverton", EntityKind::Place)
    .build()];
    let setting = setting_of(&documents);
    // Eastport by its force (3) over Riverton's mention (1); the bare
    // "Metropolitan" names no town.
    assert_eq!(place_of(&setting), ("Eastport", PlaceLevel::Town));
    // A town whose name ends in "City" keeps it when the rest is a state.
    let documents = [doc(
        "a",
        "2031-04-07",
        "The Oregon City Police Department said a man was hurt near Riverton.",
    )
    .mention("Oregon City Police Department", EntityKind::Organization)
    .mention("Riverton", EntityKind::Place)
    .build()];
    assert_eq!(
        place_of(&setting_of(&documents)),
        ("Oregon City", PlaceLevel::Town)
    );
}

#[test]
fn a_states_short_form_is_a_region_not_a_town() {
    let documents = [doc(
        "a",
        "2031-04-07",
        "Police in Va. said on Sunday that a man was hurt in Riverton.",
    )
    .mention("Va", EntityKind::Place)
    .mention("Riverton", EntityKind::Place)
    .build()];
    let setting = setting_of(&documents);
    assert_eq!(place_of(&setting), ("Riverton", PlaceLevel::Town));
}

#[test]
fn a_town_named_with_its_region_outweighs_a_passing_mention() {
    let documents = [doc(
        "a",
        "2031-04-07",
        "A man from Riverton was hurt in Eastport, Ore., on Sunday. Riverton mourned.",
    )
    .mention("Riverton", EntityKind::Place)
    .mention("Eastport", EntityKind::Place)
    .build()];
    let setting = setting_of(&documents);
    // Eastport with its region (2) over Riverton's mention (1), though
    // Riverton is named first.
    assert_eq!(place_of(&setting), ("Eastport", PlaceLevel::Town));
    let place = setting.place.as_ref().expect("a place");
    assert_eq!(ways(place), [("a", PlaceBasis::WithRegion)]);
}

#[test]
fn a_lone_unknown_capital_gives_way_to_a_known_city() {
    let documents = [doc(
        "a",
        "2031-04-07",
        "A Zorvel said the crash happened on the road out of Boston late on Sunday.",
    )
    .mention("Zorvel", EntityKind::Place)
    .mention("Boston", EntityKind::Place)
    .build()];
    let setting = setting_of(&documents);
    assert_eq!(place_of(&setting), ("Boston", PlaceLevel::Town));
    // Named in two articles, an unknown town is as good as a known one.
    let documents = [
        doc(
            "a",
            "2031-04-07",
            "Quarrelton drivers saw the crash on the road out of Boston.",
        )
        .mention("Quarrelton", EntityKind::Place)
        .mention("Boston", EntityKind::Place)
        .build(),
        doc("b", "2031-04-07", "Quarrelton residents heard the crash.")
            .mention("Quarrelton", EntityKind::Place)
            .build(),
    ];
    let setting = setting_of(&documents);
    assert_eq!(place_of(&setting), ("Quarrelton", PlaceLevel::Town));
}

#[test]
fn a_known_city_ending_like_a_site_is_still_a_town() {
    use super::level_of;
    assert_eq!(level_of("Overland Park"), Some(PlaceLevel::Town));
    assert_eq!(level_of("Zorvel Park"), None);
    // A small town the US list knows keeps its name though it ends so.
    assert_eq!(level_of("Bean Station"), Some(PlaceLevel::Town));
    assert_eq!(level_of("Fox Valley News"), None);
    // A county's name without "County" that no town bears is the county
    // ("Multnomah police"); one that a town bears stays the town.
    assert_eq!(level_of("Multnomah"), Some(PlaceLevel::County));
    assert_eq!(level_of("Portland"), Some(PlaceLevel::Town));
}

#[test]
fn a_town_the_headline_names_outweighs_a_home_town_named_first() {
    let documents = [doc(
        "a",
        "2031-04-07",
        "A Riverton man was hurt outside a bar, Eastport residents said.",
    )
    .title(
        "Man hurt in Eastport bar shooting",
        Some("www.riverton-post.com"),
    )
    .mention("Riverton", EntityKind::Place)
    .mention("Eastport", EntityKind::Place)
    .build()];
    let setting = setting_of(&documents);
    // Eastport: a mention 1 + the headline 1 over Riverton's mention 1,
    // though Riverton is named first.
    assert_eq!(place_of(&setting), ("Eastport", PlaceLevel::Town));
    let place = setting.place.as_ref().expect("a place");
    assert_eq!(ways(place), [("a", PlaceBasis::Headline)]);
}

#[test]
fn the_outlets_city_in_a_title_is_not_the_headline() {
    use super::headline_of;
    assert_eq!(
        headline_of(
            "Two hurt in bar shooting - WXYZ News 4 Riverton, Oregon",
            Some("www.wxyz.com")
        ),
        "two hurt in bar shooting"
    );
    assert_eq!(
        headline_of("WXYZ News 4 | Two hurt in Eastport", Some("wxyz.com")),
        "two hurt in eastport"
    );
    assert_eq!(headline_of("Two hurt :: Riverton.com", None), "two hurt");
    // A title of one part is the headline, though the outlet is named after
    // the town it names.
    assert_eq!(
        headline_of("Two hurt in Riverton bar", Some("www.riverton.com")),
        "two hurt in riverton bar"
    );
    // A town the headline places the story beside is not where it is.
    let documents = [doc(
        "a",
        "2031-04-07",
        "A hunter from Riverton was shot near Brookfield, west of Eastport, on Sunday.",
    )
    .title("Hunter shot west of Eastport", None)
    .mention("Riverton", EntityKind::Place)
    .mention("Eastport", EntityKind::Place)
    .build()];
    let setting = setting_of(&documents);
    assert_eq!(place_of(&setting), ("Riverton", PlaceLevel::Town));
}

#[test]
fn a_sentence_dating_two_days_dates_the_earlier() {
    let documents = [doc(
        "a",
        "2031-09-13",
        "Police said in a Friday statement that the man died after Thursday night's fall. \
         An autopsy was done on Friday.",
    )
    .date("a Friday", PartialDate::day(2031, 9, 12))
    .date("Thursday night", PartialDate::day(2031, 9, 11))
    .date("on Friday", PartialDate::day(2031, 9, 12))
    .build()];
    let setting = setting_of(&documents);
    let when = setting.when.expect("a day is found");
    // Friday would have two sentences to Thursday's one, the statement's
    // telling of harm; it counts only for Thursday, which then wins by it.
    assert_eq!(when.date, PartialDate::day(2031, 9, 11));
}

#[test]
fn the_town_the_harm_happened_in_outweighs_the_newsrooms_dateline() {
    let documents = [
        doc(
            "a",
            "2031-04-07",
            "EASTPORT, Ore. (AP) — A woman was shot at her home in Millbrook on Sunday.",
        )
        .mention("EASTPORT", EntityKind::Place)
        .mention("Millbrook", EntityKind::Place)
        .build(),
        doc("b", "2031-04-07", "Millbrook residents held a vigil.")
            .mention("Millbrook", EntityKind::Place)
            .build(),
    ];
    let setting = setting_of(&documents);
    // Millbrook: the scene 2 + a mention 1 over Eastport's dateline 2.
    assert_eq!(place_of(&setting), ("Millbrook", PlaceLevel::Town));
    let place = setting.place.as_ref().expect("a place");
    assert_eq!(
        ways(place),
        [("a", PlaceBasis::Scene), ("b", PlaceBasis::Mention)]
    );
}

/// Whether `place` in a one-sentence `text` is told as the scene.
fn scene(text: &str, place: &str) -> bool {
    use crate::model::TextRange;
    let start = text.find(place).expect("the place is in the text");
    let range = TextRange::new(start, start + place.len());
    super::tells_the_scene(text, &[TextRange::new(0, text.len())], range)
}

#[test]
fn a_place_after_a_building_or_without_the_harm_is_no_scene() {
    assert!(scene("Two men were shot in Millbrook.", "Millbrook"));
    assert!(scene(
        "The shooting happened in the 100 block of Elm Street in Millbrook.",
        "Millbrook"
    ));
    assert!(!scene(
        "The man who was shot died at a hospital in Eastport.",
        "Eastport"
    ));
    assert!(!scene("A vigil was held in Millbrook.", "Millbrook"));
    assert!(!scene("Two men were seen near Millbrook.", "Millbrook"));
}

#[test]
fn a_town_the_harm_happened_near_is_the_scene() {
    assert!(scene("Two men were shot near Millbrook.", "Millbrook"));
    assert!(scene(
        "A boy died in a hunting accident on Sunday near Millbrook.",
        "Millbrook"
    ));
    assert!(!scene(
        "He was shot and died at a hospital near Eastport.",
        "Eastport"
    ));
    // The victim's home town in the headline gives way to the town the harm
    // happened near: 2 + 2 scene votes against 2 + 1.
    let documents = [
        doc(
            "a",
            "2031-04-07",
            "A Riverton teen was killed on Saturday near Millbrook, the sheriff said. \
             The boy lived in Riverton.",
        )
        .title("Riverton teen killed in hunting accident", None)
        .mention("Riverton", EntityKind::Place)
        .mention("Millbrook", EntityKind::Place)
        .build(),
        doc(
            "b",
            "2031-04-08",
            "Ben Ode, 15, of Riverton died on Saturday near Millbrook.",
        )
        .mention("Riverton", EntityKind::Place)
        .mention("Millbrook", EntityKind::Place)
        .build(),
    ];
    let setting = setting_of(&documents);
    assert_eq!(place_of(&setting), ("Millbrook", PlaceLevel::Town));
}

#[test]
fn the_town_after_a_kind_of_place_is_the_scene() {
    let text = "A woman was shot in the Eastport suburb of Millbrook on Friday.";
    assert!(scene(text, "Millbrook"));
    // The city the suburb is of is where it lies, not where the harm was.
    assert!(!scene(text, "Eastport"));
    assert!(scene(
        "Two were wounded in the city of Millbrook.",
        "Millbrook"
    ));
    assert!(scene(
        "Two were wounded near the town of Millbrook.",
        "Millbrook"
    ));
    assert!(!scene(
        "Two were wounded far from the town of Millbrook.",
        "Millbrook"
    ));
    assert!(!scene(
        "He was shot in a bar and taken to a clinic in the town of Millbrook.",
        "Millbrook"
    ));
}

#[test]
fn a_place_a_large_citys_police_serve_gives_way_to_the_city() {
    // A dateline's part of the city, and a known town named as the scene,
    // where the city's own police act.
    let documents = [doc(
        "a",
        "2031-04-07",
        "QUARRELSIDE — Two men were hurt late on Sunday, the Boston Police Department said.",
    )
    .mention("QUARRELSIDE", EntityKind::Place)
    .mention("Boston Police Department", EntityKind::Organization)
    .build()];
    let setting = setting_of(&documents);
    assert_eq!(place_of(&setting), ("Boston", PlaceLevel::Town));
    let documents = [doc(
        "a",
        "2031-04-07",
        "A man was shot in Bean Station late on Sunday. Boston Police Department officers are \
         looking for the gunman.",
    )
    .title("Man shot in Bean Station", None)
    .mention("Bean Station", EntityKind::Place)
    .mention("Boston Police Department", EntityKind::Organization)
    .build()];
    let setting = setting_of(&documents);
    assert_eq!(place_of(&setting), ("Boston", PlaceLevel::Town));
    // A town its own force serves is a town of its own.
    let documents = [doc(
        "a",
        "2031-04-07",
        "A man was shot in Bean Station on Sunday. The Bean Station Police Department and the \
         Boston Police Department are looking for the gunman.",
    )
    .mention("Bean Station", EntityKind::Place)
    .mention("Bean Station Police Department", EntityKind::Organization)
    .mention("Boston Police Department", EntityKind::Organization)
    .build()];
    let setting = setting_of(&documents);
    assert_eq!(place_of(&setting), ("Bean Station", PlaceLevel::Town));
}

#[test]
fn an_unknown_part_of_a_large_city_gives_way_to_the_city() {
    let documents = [doc(
        "a",
        "2031-04-07",
        "A man was shot in Quarrelside late on Sunday. Boston officers are looking for the gunman.",
    )
    .mention("Quarrelside", EntityKind::Place)
    .mention("Boston", EntityKind::Place)
    .build()];
    let setting = setting_of(&documents);
    assert_eq!(place_of(&setting), ("Boston", PlaceLevel::Town));
    // A town the US list knows is a town of its own, not a part of the city.
    let documents = [doc(
        "a",
        "2031-04-07",
        "A man was shot in Bean Station late on Sunday. Boston officers are looking for the gunman.",
    )
    .mention("Bean Station", EntityKind::Place)
    .mention("Boston", EntityKind::Place)
    .build()];
    let setting = setting_of(&documents);
    assert_eq!(place_of(&setting), ("Bean Station", PlaceLevel::Town));
}

#[test]
fn a_heading_telling_of_the_harm_is_no_place() {
    use super::level_of;
    assert_eq!(level_of("Diner Shooting Updated"), None);
    assert_eq!(level_of("Millbrook"), Some(PlaceLevel::Town));
}

#[test]
fn the_town_of_the_hospital_the_wounded_were_taken_to_is_no_vote() {
    let documents = [doc(
        "a",
        "2031-04-07",
        "A hunter was hurt near Millbrook and flown to a hospital in Eastport.",
    )
    .mention("Millbrook", EntityKind::Place)
    .mention("Eastport", EntityKind::Place)
    .build()];
    let setting = setting_of(&documents);
    assert_eq!(place_of(&setting), ("Millbrook", PlaceLevel::Town));
    let place = setting.place.as_ref().expect("a place");
    assert_eq!(ways(place), [("a", PlaceBasis::Mention)]);
}

#[test]
fn the_district_of_columbia_is_the_city_of_washington() {
    let documents = [doc(
        "a",
        "2031-04-07",
        "D.C. police said three men were hurt at a club on Fenwick Road. \
         The club lies in Northeast D.C., near the old market.",
    )
    .mention("D.C.", EntityKind::Organization)
    .mention("Fenwick Road", EntityKind::Place)
    .mention("Northeast D.C.", EntityKind::Place)
    .build()];
    let setting = setting_of(&documents);
    assert_eq!(place_of(&setting), ("Washington", PlaceLevel::Town));
    assert!(super::is_district("Southwest D.C."));
    assert!(!super::is_district("DC Comics"));
}

#[test]
fn a_quadrant_or_a_side_of_a_city_is_no_place() {
    use super::level_of;
    assert_eq!(level_of("Northeast"), None);
    assert_eq!(level_of("South Side"), None);
    assert_eq!(level_of("North Millbrook"), Some(PlaceLevel::Town));
}

#[test]
fn a_part_written_before_its_town_gives_way_to_the_town() {
    let documents = [doc(
        "a",
        "2031-04-07",
        "Two men were shot at a party in Quarrelside, Millbrook late on Sunday.",
    )
    .mention("Quarrelside", EntityKind::Place)
    .mention("Millbrook", EntityKind::Place)
    .build()];
    let setting = setting_of(&documents);
    assert_eq!(place_of(&setting), ("Millbrook", PlaceLevel::Town));
    // A state after the town is its region, and a list names towns apart.
    let town_after = |text: &str, second: &str| {
        let document = doc("a", "2031-04-07", text)
            .mention("Quarrelside", EntityKind::Place)
            .mention(second, EntityKind::Place)
            .build();
        let mentions = &document.analysis.mentions;
        super::town_after(text, mentions, &mentions[0]).map(|town| town.text.clone())
    };
    let shot = "Two men were shot in Quarrelside, Millbrook, Ore., on Sunday.";
    assert_eq!(town_after(shot, "Millbrook").as_deref(), Some("Millbrook"));
    let shot = "Two men were shot in Quarrelside, Washington on Sunday.";
    assert_eq!(town_after(shot, "Washington"), None);
    let shot = "Two men were shot in Quarrelside, Millbrook and Eastport on Sunday.";
    assert_eq!(town_after(shot, "Millbrook"), None);
    let shot = "Two men were shot in Quarrelside, Millbrook, Eastport and Weston.";
    assert_eq!(town_after(shot, "Millbrook"), None);
}

#[test]
fn a_part_one_article_locates_in_its_town_counts_for_the_town_in_every_article() {
    let documents = [
        doc(
            "a",
            "2031-04-07",
            "Two men were shot at a party in Quarrelside late on Sunday.",
        )
        .title("Two shot at Quarrelside party", None)
        .mention("Quarrelside", EntityKind::Place)
        .build(),
        doc(
            "b",
            "2031-04-08",
            "The party in Millbrook's Quarrelside had drawn a crowd, a neighbour said.",
        )
        .mention("Millbrook", EntityKind::Place)
        .mention("Quarrelside", EntityKind::Place)
        .build(),
    ];
    let setting = setting_of(&documents);
    assert_eq!(place_of(&setting), ("Millbrook", PlaceLevel::Town));
    let place = setting.place.as_ref().expect("a place");
    assert_eq!(
        ways(place),
        [("a", PlaceBasis::Scene), ("b", PlaceBasis::Mention)]
    );
    // A name after "the" is no town's possessive.
    let text = "None of the Millbrook's Quarrelside witnesses saw the car.";
    let document = doc("c", "2031-04-08", text)
        .mention("Millbrook", EntityKind::Place)
        .mention("Quarrelside", EntityKind::Place)
        .build();
    let mentions = &document.analysis.mentions;
    assert!(super::part_after_possessive(text, mentions, &mentions[0]).is_none());
}

#[test]
fn a_town_the_headline_sets_the_story_in_stands_in_for_a_text_naming_none() {
    let documents = [doc(
        "a",
        "2031-04-07",
        "Three people were hurt when a man opened fire in a bar late on Sunday.",
    )
    .title("3 Hurt In Eugene Bar Shooting - WXYZ News", None)
    .build()];
    let setting = setting_of(&documents);
    assert_eq!(place_of(&setting), ("Eugene", PlaceLevel::Town));
    use super::town_in_headline;
    assert_eq!(
        town_in_headline("Gunfire hurts two in Northwest D.C.").as_deref(),
        Some("Washington")
    );
    assert_eq!(
        town_in_headline("Two hurt by gunfire on Eugene's east side").as_deref(),
        Some("Eugene")
    );
    // A town opening the headline before a word for its people is theirs,
    // and local news most often tells of harm in its readers' own town.
    assert_eq!(
        town_in_headline("Eugene man hurt in fall").as_deref(),
        Some("Eugene")
    );
    assert_eq!(
        town_in_headline("Eugene brothers shot outside bar").as_deref(),
        Some("Eugene")
    );
    // Not a town opening the headline before anything else, a street's
    // name, a state or a compass word.
    assert_eq!(town_in_headline("Eugene council meets on Tuesday"), None);
    assert_eq!(town_in_headline("Man shot at Eugene Road home"), None);
    assert_eq!(town_in_headline("Man shot in Oregon"), None);
    assert_eq!(
        town_in_headline("Man shot in Central Business District"),
        None
    );
}

#[test]
fn a_town_the_headline_sets_the_story_in_outweighs_a_county_in_passing() {
    let documents = [doc(
        "a",
        "2031-04-07",
        "A boy was hurt by a shotgun blast, the Lane County sheriff said.",
    )
    .title("Girl, 7, hurt by stray bullet in Eugene area", None)
    .mention("Lane County", EntityKind::Place)
    .build()];
    let setting = setting_of(&documents);
    assert_eq!(place_of(&setting), ("Eugene", PlaceLevel::Town));
}

#[test]
fn a_stations_dateline_crediting_itself_is_its_home_not_the_scene() {
    use super::credits_itself;
    use crate::model::TextRange;
    let text = "EUGENE (KXYZEugene) — Two men were shot in Springfield.";
    assert!(credits_itself(text, TextRange::new(0, 6)));
    let text = "EUGENE, Ore. (AP) — Two men were shot in Springfield.";
    assert!(!credits_itself(text, TextRange::new(0, 6)));
    let documents = [doc(
        "a",
        "2031-04-07",
        "EUGENE (KXYZEugene) — Two men were shot in Springfield late on Sunday.",
    )
    .mention("EUGENE", EntityKind::Place)
    .mention("Springfield", EntityKind::Place)
    .build()];
    let setting = setting_of(&documents);
    assert_eq!(place_of(&setting), ("Springfield", PlaceLevel::Town));
}

#[test]
fn a_local_outlets_host_names_the_city_where_no_text_names_a_town() {
    let street_only = |source: &str| {
        doc(
            "a",
            "2031-04-07",
            "Two men were shot outside a party on Alder Street late Saturday.",
        )
        .title("Two shot outside Alder Street party", Some(source))
        .mention("Alder Street", EntityKind::Place)
        .build()
    };
    let setting = setting_of(&[street_only("www.portlandcourier.com")]);
    assert_eq!(place_of(&setting), ("Portland", PlaceLevel::Town));
    let place = setting.place.as_ref().expect("a place");
    assert_eq!(ways(place), [("a", PlaceBasis::Outlet)]);
    let setting = setting_of(&[street_only("news.wxyz7portland.com")]);
    assert_eq!(place_of(&setting), ("Portland", PlaceLevel::Town));
    // A call sign names no city, and a town the text names goes first.
    assert!(setting_of(&[street_only("www.wxyz.com")]).place.is_none());
    let documents = [doc(
        "a",
        "2031-04-07",
        "Two men were shot outside a party in Riverton late Saturday.",
    )
    .title("Two shot outside party", Some("www.portlandcourier.com"))
    .mention("Riverton", EntityKind::Place)
    .build()];
    assert_eq!(
        place_of(&setting_of(&documents)),
        ("Riverton", PlaceLevel::Town)
    );
}

#[test]
fn the_outlets_city_wins_over_known_towns_all_named_in_passing() {
    let page = |county: &str| {
        doc(
            "a",
            "2031-04-07",
            &format!(
                "Two men were shot outside a party on Alder Street late Saturday.{county} \
                 More news: a fair opens in Bean Station."
            ),
        )
        .title(
            "Two shot outside Alder Street party",
            Some("www.portlandcourier.com"),
        )
        .mention("Bean Station", EntityKind::Place)
    };
    let setting = setting_of(&[page("").build()]);
    assert_eq!(place_of(&setting), ("Portland", PlaceLevel::Town));
    let place = setting.place.as_ref().expect("a place");
    assert_eq!(ways(place), [("a", PlaceBasis::Outlet)]);
    // With a county named, the town in passing is as likely the scene.
    let setting = setting_of(&[page(" Deputies of Lane County came.")
        .mention("Lane County", EntityKind::Place)
        .build()]);
    assert_eq!(place_of(&setting), ("Bean Station", PlaceLevel::Town));
}

#[test]
fn a_town_run_on_into_the_next_sentence_is_the_town() {
    use super::before_run_on;
    assert_eq!(before_run_on("Eastport.Police"), "Eastport");
    assert_eq!(before_run_on("U.S."), "U.S.");
    assert_eq!(before_run_on("St.Louis"), "St.Louis");
    let documents = [doc(
        "a",
        "2031-04-07",
        "A man was shot in northeast Eastport.Police were called at 11 p.m.",
    )
    .mention("Eastport.Police", EntityKind::Place)
    .build()];
    assert_eq!(
        place_of(&setting_of(&documents)),
        ("Eastport", PlaceLevel::Town)
    );
}

#[test]
fn a_headline_may_short_a_towns_compass_word() {
    use super::names_as_subject;
    assert!(names_as_subject(
        "police n riverton shooting tied to eastport shooting",
        "north riverton"
    ));
    assert!(names_as_subject("two hurt in w riverton", "west riverton"));
    // Only the compass word opening the name, and only to its initial.
    assert!(!names_as_subject(
        "two hurt in n riverton",
        "northern riverton"
    ));
    assert!(!names_as_subject(
        "two hurt in riverton n",
        "riverton north"
    ));
}

#[test]
fn an_outlets_city_breaks_a_tie_between_towns() {
    let documents = [doc(
        "a",
        "2031-04-07",
        "A man from Springfield was hurt when shots were fired near a bar in Eugene.",
    )
    .title(
        "Man hurt near bar - WXYZ News 5 - Eugene, Oregon",
        Some("www.wxyz.com"),
    )
    .mention("Springfield", EntityKind::Place)
    .mention("Eugene", EntityKind::Place)
    .build()];
    // Both mentioned once, Springfield first: the outlet is from Eugene.
    assert_eq!(
        place_of(&setting_of(&documents)),
        ("Eugene", PlaceLevel::Town)
    );
    use super::city_in_outlet_part;
    assert_eq!(
        city_in_outlet_part("Eugene, Oregon").as_deref(),
        Some("Eugene")
    );
    assert_eq!(city_in_outlet_part("WXYZ News 5"), None);
}

#[test]
fn a_town_opening_the_title_before_a_colon_is_a_dateline() {
    let documents = [doc(
        "a",
        "2031-04-07",
        "Two people were hurt at an apartment in the 100 block of Alder Street.",
    )
    .title("SALEM: Two hurt in early morning shooting", None)
    .mention("Alder Street", EntityKind::Place)
    .build()];
    let setting = setting_of(&documents);
    assert_eq!(place_of(&setting), ("Salem", PlaceLevel::Town));
    let place = setting.place.as_ref().expect("a place");
    assert_eq!(ways(place), [("a", PlaceBasis::Dateline)]);
    use super::town_opening_title;
    assert_eq!(town_opening_title("Update: Two hurt in shooting"), None);
    assert_eq!(town_opening_title("Oregon: Two hurt in shooting"), None);
}

#[test]
fn a_us_town_bearing_a_countrys_name_is_the_town_where_it_is_the_scene() {
    let documents = [doc(
        "a",
        "2031-04-07",
        "A boy was shot near his home in Lebanon on Saturday, the Lane County sheriff said.",
    )
    .mention("Lebanon", EntityKind::Place)
    .mention("Lane County", EntityKind::Place)
    .build()];
    assert_eq!(
        place_of(&setting_of(&documents)),
        ("Lebanon", PlaceLevel::Town)
    );
}

#[test]
fn a_sheriffs_office_cut_to_its_head_names_its_county() {
    let documents = [doc(
        "a",
        "2031-04-07",
        "The Lane County Sheriff's Office said Marta Kellerman was hurt on a farm road.",
    )
    .mention("Office", EntityKind::Organization)
    .mention("Marta Kellerman", EntityKind::Person)
    .build()];
    let setting = setting_of(&documents);
    assert_eq!(place_of(&setting), ("Lane County", PlaceLevel::County));
    let place = setting.place.as_ref().expect("a place");
    assert_eq!(ways(place), [("a", PlaceBasis::LocalForce)]);
}

#[test]
fn a_headline_in_a_citys_suburbs_does_not_set_the_story_in_the_city() {
    use super::names_as_subject;
    assert!(!names_as_subject("4 hurt in suburban eugene bar", "eugene"));
    assert!(!names_as_subject(
        "3 shot at home in eugene suburbs",
        "eugene"
    ));
    assert!(names_as_subject("4 hurt in eugene bar", "eugene"));
}

#[test]
fn a_town_in_passing_gives_way_to_the_county_whose_sheriff_acts() {
    let documents = [doc(
        "a",
        "2031-04-07",
        "The Lane County Sheriff's Office said the boy was hurt on a farm road. \
         He had moved from Salem last year.",
    )
    .mention("Office", EntityKind::Organization)
    .mention("Salem", EntityKind::Place)
    .build()];
    assert_eq!(
        place_of(&setting_of(&documents)),
        ("Lane County", PlaceLevel::County)
    );
    // Set as the scene, the town stays.
    let documents = [doc(
        "a",
        "2031-04-07",
        "The Lane County Sheriff's Office said the boy was shot in Salem on Sunday.",
    )
    .mention("Office", EntityKind::Organization)
    .mention("Salem", EntityKind::Place)
    .build()];
    assert_eq!(
        place_of(&setting_of(&documents)),
        ("Salem", PlaceLevel::Town)
    );
}

#[test]
fn the_district_run_on_into_the_next_sentence_is_washington() {
    use super::before_sentence_end;
    assert_eq!(
        before_sentence_end("Southeast D.C. Shots"),
        "Southeast D.C."
    );
    assert_eq!(before_sentence_end("St. Helens"), "St. Helens");
    let documents = [doc(
        "a",
        "2031-04-07",
        "A guard was shot at an office in Southeast D.C. Shots rang out at 8 a.m.",
    )
    .mention("Southeast D.C. Shots", EntityKind::Place)
    .build()];
    assert_eq!(
        place_of(&setting_of(&documents)),
        ("Washington", PlaceLevel::Town)
    );
}

#[test]
fn a_dateline_may_touch_its_dash() {
    use super::is_dateline;
    use crate::model::TextRange;
    for text in [
        "EASTPORT—Police said",
        "EASTPORT – Police said",
        "EASTPORT — Police said",
    ] {
        assert!(is_dateline(text, TextRange { start: 0, end: 8 }), "{text}");
    }
    assert!(!is_dateline(
        "EASTPORT police said",
        TextRange { start: 0, end: 8 }
    ));
}

#[test]
fn a_video_clips_listing_gives_no_vote() {
    let documents = [doc(
        "a",
        "2031-04-07",
        "A man was hurt in a shooting on Sunday, police said.\n\n1:21 Festival opens in Eugene\n\n0:48 Salem council meets",
    )
    .mention("Eugene", EntityKind::Place)
    .mention("Salem", EntityKind::Place)
    .build()];
    let setting = setting_of(&documents);
    assert!(setting.place.is_none(), "{:?}", setting.place);
    use super::in_clip_listing;
    use crate::model::TextRange;
    // A clock time in the text's run is no clip's length.
    let text = "At 10:30 p.m. Eugene police were called.";
    assert!(!in_clip_listing(text, TextRange { start: 14, end: 20 }));
}

#[test]
fn a_place_an_event_happened_in_is_the_scene() {
    assert!(scene(
        "Police said the incident happened in Millbrook.",
        "Millbrook"
    ));
    assert!(scene(
        "It occurred late on Friday on Elm Street in Millbrook.",
        "Millbrook"
    ));
    assert!(!scene(
        "It happened after she was taken to a hospital in Eastport.",
        "Eastport"
    ));
}

#[test]
fn a_town_before_its_police_in_a_headline_stands_in_for_a_text_naming_none() {
    use super::town_in_headline;
    assert_eq!(
        town_in_headline("Eugene police release names of victims").as_deref(),
        Some("Eugene")
    );
    // A compass word opening a state's name is no quadrant of a town.
    assert_eq!(
        town_in_headline("Five found dead in South Carolina home"),
        None
    );
}

#[test]
fn a_headline_town_outweighs_a_town_one_article_names_in_passing() {
    let documents = [doc(
        "a",
        "2031-04-07",
        "Four teens were hurt when shots were fired after a party. One had moved from Salem.",
    )
    .title("4 teens wounded in Eugene shooting", None)
    .mention("Salem", EntityKind::Place)
    .build()];
    let setting = setting_of(&documents);
    assert_eq!(place_of(&setting), ("Eugene", PlaceLevel::Town));
    // Not where the county's own force acts: the story is then set outside
    // any town, and the headline's town is most often the victims' home.
    let documents = [doc(
        "a",
        "2031-04-07",
        "A boy was killed on a farm road, the Lane County Sheriff's Office said. He had moved from Salem.",
    )
    .title("Eugene teen killed in hunting accident", None)
    .mention("Office", EntityKind::Organization)
    .mention("Salem", EntityKind::Place)
    .build()];
    let setting = setting_of(&documents);
    assert_eq!(place_of(&setting), ("Lane County", PlaceLevel::County));
}

#[test]
fn a_time_stamps_word_run_into_a_town_is_not_its_name() {
    let documents = [doc(
        "a",
        "2031-04-07",
        "Child hurt in shooting in Eugene Posted: Monday, April 7, 2031\n\nA child was hurt.",
    )
    .mention("Eugene Posted", EntityKind::Place)
    .build()];
    let setting = setting_of(&documents);
    assert_eq!(place_of(&setting), ("Eugene", PlaceLevel::Town));
}

#[test]
fn a_wire_dateline_in_another_state_than_the_scene_is_a_mention() {
    use crate::analyse::us_places::us_places;
    let places = us_places();
    assert_eq!(places.town("Eugene") & places.state("Idaho"), 0);
    let text = "EUGENE, Ore. (Reuters) - Three people were found shot dead at a home \
                on Sunday. They had lived in Millbrook for years, police said.";
    let wire = |title: &str| {
        [
            doc("a", "2031-04-07", text)
                .title(title, None)
                .mention("EUGENE", EntityKind::Place)
                .mention("Millbrook", EntityKind::Place)
                .build(),
            doc("b", "2031-04-07", "Neighbours in Millbrook were shaken.")
                .mention("Millbrook", EntityKind::Place)
                .build(),
        ]
    };
    // Eugene lies in no state the headline names: a mention, late, and
    // Millbrook's two mentions win.
    let setting = setting_of(&wire("Three found shot dead in Idaho home"));
    assert_eq!(place_of(&setting), ("Millbrook", PlaceLevel::Town));
    // With no state named, the dateline keeps its weight and wins the tie.
    let setting = setting_of(&wire("Three found shot dead at home"));
    assert_eq!(place_of(&setting), ("EUGENE", PlaceLevel::Town));
    // Nor does a state the town lies in take its weight.
    let setting = setting_of(&wire("Three found shot dead in Oregon home"));
    assert_eq!(place_of(&setting), ("EUGENE", PlaceLevel::Town));
}

#[test]
fn a_name_holding_a_contraction_is_no_place() {
    use super::level_of;
    assert_eq!(level_of("Ada Kerr Can't"), None);
    assert_eq!(level_of("Harbourside We’re"), None);
    assert_eq!(level_of("Eastport"), Some(PlaceLevel::Town));
    assert_eq!(level_of("Coeur d'Alene"), Some(PlaceLevel::Town));
}
