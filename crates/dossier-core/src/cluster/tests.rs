//! Tests of story clustering on small hand-written documents.

use proptest::prelude::*;

use super::{ClusterConfig, StoryMerge, cluster, cluster_batch};
use crate::model::{
    Analysis, Article, DateMention, DocId, Document, EntityKind, Mention, PartialDate, Story,
    StoryAssignment, StoryChoice, StoryId, TextRange,
};

fn document(id: &str, published: Option<PartialDate>, title: &str, text: &str) -> Document {
    Document {
        article: Article {
            id: DocId(id.into()),
            origin: format!("{id}.txt"),
            external_id: None,
            url: None,
            title: title.into(),
            source: None,
            author: None,
            published,
            lang: Some("en".into()),
            text: text.into(),
            blocks: Vec::new(),
            extra: serde_json::Map::new(),
        },
        analysis: Analysis::default(),
    }
}

fn date(month: u32, day: u32) -> Option<PartialDate> {
    Some(PartialDate::day(2030, month, day))
}

/// Event A: a ferry crew strike in spring; event B: the same cast in autumn.
fn two_events() -> Vec<Document> {
    vec![
        document(
            "a1",
            date(4, 2),
            "Lundby ferry crews walk out over pay",
            "Ferry crews of the Lundby Sound Line walked out on Tuesday, stranding commuters. \
             The Seafarers Guild said 240 crew members joined the stoppage. Guild leader Tomas \
             Areskog said the company had ignored a pay claim for a year. Harbourmaster Ingrid \
             Falk said boats stayed moored at Lundby quay.",
        ),
        document(
            "a2",
            date(4, 3),
            "Ferry strike in Lundby enters second day",
            "The strike by 240 crew members of the Lundby Sound Line entered its second day. \
             Tomas Areskog of the Seafarers Guild said the walkout over pay would go on. \
             Commuters queued for buses as Ingrid Falk kept the Lundby quay closed.",
        ),
        document(
            "b1",
            date(10, 20),
            "Lundby ferry crews strike again over automation",
            "Ferry crews of the Lundby Sound Line struck again on Monday, this time over \
             automated ticket gates. The Seafarers Guild said 410 crew members joined. Tomas \
             Areskog said the gates threaten jobs. Ingrid Falk closed the Lundby quay.",
        ),
        document(
            "b2",
            date(10, 21),
            "Automation strike halts Lundby ferries",
            "A strike by 410 crew members over automated gates halted the Lundby Sound Line \
             for a second day. Guild leader Tomas Areskog said the gates threaten jobs and \
             Ingrid Falk said the quay at Lundby stayed closed.",
        ),
        document(
            "c1",
            date(4, 3),
            "Orchestra names new conductor",
            "The Vesterhavn Philharmonic named Paula Morrow as its principal conductor from \
             next season. Morrow, who trained in Vienna, said she wanted to bring new \
             audiences to the concert hall.",
        ),
    ]
}

/// Groups the documents by assigned story, as sorted lists of ids.
fn partition(assignments: &[StoryAssignment]) -> Vec<Vec<String>> {
    let mut groups: Vec<(StoryChoice, Vec<String>)> = Vec::new();
    for assignment in assignments {
        match groups
            .iter_mut()
            .find(|(story, _)| *story == assignment.story)
        {
            Some((_, members)) => members.push(assignment.doc.0.clone()),
            None => groups.push((assignment.story.clone(), vec![assignment.doc.0.clone()])),
        }
    }
    let mut members: Vec<Vec<String>> = groups
        .into_iter()
        .map(|(_, mut ids)| {
            ids.sort();
            ids
        })
        .collect();
    members.sort();
    members
}

#[test]
fn same_cast_with_other_counts_and_months_stays_apart() {
    let documents = two_events();
    let refs: Vec<&Document> = documents.iter().collect();
    let assignments = cluster(&refs, &[], &[], &ClusterConfig::default());
    assert_eq!(
        partition(&assignments),
        vec![vec!["a1", "a2"], vec!["b1", "b2"], vec!["c1"]]
    );
    let joined = assignments.iter().find(|a| a.doc.0 == "a2").unwrap();
    assert!(joined.similarity > 0.0);
    assert!(
        joined.evidence.iter().any(|e| e.contains("240")),
        "{joined:?}"
    );
}

#[test]
fn a_count_conflict_lowers_the_similarity() {
    // Same week, same cast and wording: only the count differs.
    let documents = two_events();
    let mut other = documents[1].clone();
    other.article.text = other.article.text.replace("240", "95");
    let config = ClusterConfig::default();
    let agreeing = cluster(&[&documents[0], &documents[1]], &[], &[], &config);
    let conflicting = cluster(&[&documents[0], &other], &[], &[], &config);
    assert!(agreeing[1].similarity > 0.0);
    assert!(conflicting[1].similarity < agreeing[1].similarity);
}

#[test]
fn a_copy_joins_its_original() {
    let documents = two_events();
    let mut copy = documents[0].clone();
    copy.article.id = DocId("copy".into());
    copy.article.published = date(4, 4);
    copy.article.title = "Ferry crews walk out".into();
    let mut stream: Vec<Document> = documents;
    stream.push(copy);
    let refs: Vec<&Document> = stream.iter().collect();
    let assignments = cluster(&refs, &[], &[], &ClusterConfig::default());
    let story_of = |id: &str| {
        assignments
            .iter()
            .find(|a| a.doc.0 == id)
            .map(|a| a.story.clone())
    };
    assert_eq!(story_of("copy"), story_of("a1"));
}

#[test]
fn arrival_order_changes_little() {
    let documents = two_events();
    let forward: Vec<&Document> = documents.iter().collect();
    let backward: Vec<&Document> = documents.iter().rev().collect();
    let config = ClusterConfig::default();
    assert_eq!(
        partition(&cluster(&forward, &[], &[], &config)),
        partition(&cluster(&backward, &[], &[], &config))
    );
}

#[test]
fn joins_a_stored_story() {
    let documents = two_events();
    let stored = Story {
        id: StoryId("s-spring".into()),
        title: documents[0].article.title.clone(),
        articles: vec![documents[0].article.id.clone()],
    };
    let known = vec![&documents[0]];
    let new = vec![&documents[1], &documents[2]];
    let assignments = cluster(&new, &[stored], &known, &ClusterConfig::default());
    assert_eq!(
        assignments[0].story,
        StoryChoice::Existing(StoryId("s-spring".into()))
    );
    assert_eq!(assignments[1].story, StoryChoice::New(0));
}

#[test]
fn documents_without_text_or_date_are_assigned() {
    let documents = [
        document("empty", None, "", ""),
        document("undated", None, "Lundby ferry crews walk out", ""),
        document("blank", date(1, 1), " ", " \n "),
    ];
    let refs: Vec<&Document> = documents.iter().collect();
    let assignments = cluster(&refs, &[], &[], &ClusterConfig::default());
    assert_eq!(assignments.len(), 3);
}

/// Marks the first occurrence of `phrase` in the document as a written date.
fn with_written_date(mut document: Document, phrase: &str, written: PartialDate) -> Document {
    let start = document.article.text.find(phrase).unwrap_or(0);
    let end = (start + phrase.len()).min(document.article.text.len());
    document.analysis.dates.push(DateMention {
        range: TextRange::new(start, end),
        sentence: TextRange::new(0, document.article.text.len()),
        date: written,
        relative: false,
    });
    document
}

/// A report of the spring strike and a court story months later about it.
fn strike_and_fine(follow_up_writes_the_day: bool) -> (Document, Document) {
    let strike = with_written_date(
        two_events().remove(0),
        "on Tuesday",
        PartialDate::day(2030, 4, 1),
    );
    let mut fine = document(
        "fine",
        date(11, 14),
        "Court fines Seafarers Guild over Lundby ferry walkout",
        "A court fined the Seafarers Guild for the walkout by ferry crews of the Lundby \
         Sound Line on April 1, which stranded commuters at Lundby quay. Guild leader Tomas \
         Areskog said the guild would appeal. Harbourmaster Ingrid Falk gave evidence.",
    );
    if follow_up_writes_the_day {
        fine = with_written_date(fine, "April 1", PartialDate::day(2030, 4, 1));
    }
    (strike, fine)
}

/// Marks every occurrence of `place` in the document as a place mention.
fn with_place(mut document: Document, place: &str) -> Document {
    let spans: Vec<(usize, &str)> = document.article.text.match_indices(place).collect();
    for (start, text) in spans {
        document.analysis.mentions.push(Mention {
            range: TextRange::new(start, start + text.len()),
            kind: EntityKind::Place,
            text: text.to_string(),
            role: None,
        });
    }
    document
}

/// A report of a party shooting in `town`, told in the same words.
fn party_shooting(id: &str, town: &str) -> Document {
    let text = format!(
        "Four people were wounded when a gunman opened fire at a house party in {town} \
         late on Saturday. Police in {town} said the victims were taken to hospital and \
         no arrest had been made. Neighbours said the party had gone on for hours."
    );
    with_place(
        document(
            id,
            date(6, 8),
            &format!("Four wounded at house party in {town}"),
            &text,
        ),
        town,
    )
}

#[test]
fn the_same_kind_of_event_in_two_towns_scores_lower() {
    let config = ClusterConfig::default();
    let first = party_shooting("p1", "Brenford");
    let same_town = party_shooting("p2", "Brenford");
    let other_town = party_shooting("p3", "Calloway");
    let together = cluster(&[&first, &same_town], &[], &[], &config);
    assert_eq!(together[0].story, together[1].story, "{together:?}");
    let apart = cluster(&[&first, &other_town], &[], &[], &config);
    // Beyond the town's own weight in the vectors, the place conflict costs.
    let mut blind = config.clone();
    blind.place_conflict_penalty = 0.0;
    let unpenalised = cluster(&[&first, &other_town], &[], &[], &blind);
    assert!(
        apart[1].similarity + config.place_conflict_penalty * 0.99 < unpenalised[1].similarity,
        "{apart:?} {unpenalised:?}"
    );
    assert!(apart[1].similarity < together[1].similarity);
}

/// A report of the Brenford party shooting that names no place but inside
/// `name`, and one other town further down.
fn shooting_named_by(id: &str, name: &str) -> Document {
    let text = format!(
        "Four people were wounded when a gunman opened fire at a house party late on \
         Saturday, {name} said. The victims were taken to hospital in Calloway and no \
         arrest had been made."
    );
    with_place(
        document(id, None, "Four wounded at house party", &text),
        "Calloway",
    )
}

#[test]
fn a_place_written_inside_another_name_is_still_named() {
    let config = ClusterConfig::default();
    let story = party_shooting("p1", "Brenford");
    let clusterer = stories_of(&config, &[&[&story]]);
    let state = &clusterer.stories[0];
    let conflict = |name: &str| {
        let features = super::features_of(&shooting_named_by("p2", name), &config);
        super::places_conflict(&features, state, &clusterer.vocabulary)
    };
    // Its police are the town's; a team or a paper is from there, not
    // necessarily there.
    assert!(!conflict("Brenford Police"));
    assert!(conflict("a spokesman for the Brenford Rovers"));
    assert!(conflict("the Brenford Times"));
    assert!(conflict("a neighbour"));
    // Between two dated reports the days tell the events apart, and a
    // city's police are named in all of its shootings.
    let mut dated = shooting_named_by("p6", "Brenford Police");
    dated.article.published = date(6, 8);
    let features = super::features_of(&dated, &config);
    assert!(super::places_conflict(
        &features,
        state,
        &clusterer.vocabulary
    ));
    // The other way round: a story that writes the article's place in a
    // police name names it.
    let article = super::features_of(&party_shooting("p3", "Calloway"), &config);
    let named = stories_of(&config, &[&[&shooting_named_by("p4", "Calloway Police")]]);
    let other = with_place(
        document(
            "p5",
            date(6, 8),
            "Four wounded at house party",
            "Four people were wounded in Dunmore, the Calloway Rovers said.",
        ),
        "Dunmore",
    );
    let unnamed = stories_of(&config, &[&[&other]]);
    assert!(!super::places_conflict(
        &article,
        &named.stories[0],
        &named.vocabulary
    ));
    assert!(super::places_conflict(
        &article,
        &unnamed.stories[0],
        &unnamed.vocabulary
    ));
}

#[test]
fn a_follow_up_that_writes_the_event_day_joins_months_later() {
    let config = ClusterConfig::default();
    let (strike, fine) = strike_and_fine(true);
    let joined = cluster(&[&strike, &fine], &[], &[], &config);
    assert_eq!(joined[1].story, joined[0].story, "{joined:?}");
    assert!(
        joined[1].evidence.iter().any(|e| e == "2030-04-01"),
        "{joined:?}"
    );
    let (strike, fine) = strike_and_fine(false);
    let apart = cluster(&[&strike, &fine], &[], &[], &config);
    assert_ne!(apart[1].story, apart[0].story, "{apart:?}");
}

/// Marks the first occurrence of `phrase` as a month written without a day.
fn with_written_month(document: Document, phrase: &str, year: i32, month: u32) -> Document {
    let written = PartialDate {
        year,
        month: Some(month),
        day: None,
    };
    with_written_date(document, phrase, written)
}

#[test]
fn a_follow_up_that_writes_the_event_month_joins_months_later() {
    let config = ClusterConfig::default();
    let (strike, fine) = strike_and_fine(false);
    let fine = with_written_month(fine, "April 1", 2030, 4);
    let joined = cluster(&[&strike, &fine], &[], &[], &config);
    assert_eq!(joined[1].story, joined[0].story, "{joined:?}");
    // Another month is no anchor: the court story stays a story of its own.
    let (strike, fine) = strike_and_fine(false);
    let fine = with_written_month(fine, "April 1", 2030, 6);
    let apart = cluster(&[&strike, &fine], &[], &[], &config);
    assert_ne!(apart[1].story, apart[0].story, "{apart:?}");
    // And the rule can be turned off.
    let mut days_only = config.clone();
    days_only.month_anchors = false;
    let (strike, fine) = strike_and_fine(false);
    let fine = with_written_month(fine, "April 1", 2030, 4);
    let apart = cluster(&[&strike, &fine], &[], &[], &days_only);
    assert_ne!(apart[1].story, apart[0].story, "{apart:?}");
}

#[test]
fn a_second_event_recalling_the_first_ones_month_stays_apart() {
    let config = ClusterConfig::default();
    let spring = with_written_date(
        two_events().remove(0),
        "on Tuesday",
        PartialDate::day(2030, 4, 1),
    );
    // The autumn strike recalls April, but 410 crew members walked out
    // where 240 did: another event of the same cast.
    let autumn = with_written_month(two_events().remove(2), "struck again", 2030, 4);
    let assignments = cluster(&[&spring, &autumn], &[], &[], &config);
    assert_ne!(
        assignments[1].story, assignments[0].story,
        "{assignments:?}"
    );
}

/// A sign-up prompt where an article should be, told in no words of `title`.
fn furniture_page(id: &str, title: &str) -> Document {
    document(
        id,
        date(6, 9),
        title,
        "Already a subscriber? Sign in to keep reading. We have sent you a \
         verification email; please check your inbox and click the link.",
    )
}

#[test]
fn a_furniture_body_gives_way_to_the_title() {
    let config = ClusterConfig::default();
    let page = furniture_page("f1", "Brenford party shooting victims named");
    let features = super::features_of(&page, &config);
    assert_eq!(features.body, features.title, "{features:?}");
    assert!(
        features.entities.iter().all(|name| name != "email"),
        "{features:?}"
    );
    // A short brief repeats its headline's words and keeps its body.
    let brief = document(
        "b1",
        date(6, 9),
        "Brenford party shooting victims named",
        "Police named the four victims of the Brenford house party shooting.",
    );
    let features = super::features_of(&brief, &config);
    assert!(
        features.body.iter().any(|word| word == "police"),
        "{features:?}"
    );
}

#[test]
fn furniture_pages_of_two_events_do_not_join_on_their_prompt() {
    let config = ClusterConfig::default();
    let one = furniture_page("f1", "Man shot outside Brenford bar");
    let other = furniture_page("f2", "Teen hurt in Calloway hunting accident");
    let assignments = cluster(&[&one, &other], &[], &[], &config);
    assert_ne!(
        assignments[1].story, assignments[0].story,
        "{assignments:?}"
    );
    let mut off = config.clone();
    off.thin_body_words = 0;
    let joined = cluster(&[&one, &other], &[], &[], &off);
    assert_eq!(joined[1].story, joined[0].story, "{joined:?}");
}

#[test]
fn an_anchored_follow_up_counts_as_close_in_time() {
    let (strike, fine) = strike_and_fine(true);
    let mut config = ClusterConfig {
        join_threshold: 0.0,
        anchored_time_floor: 1.0,
        ..ClusterConfig::default()
    };
    let close = cluster(&[&strike, &fine], &[], &[], &config);
    config.anchored_time_floor = 0.0;
    let far = cluster(&[&strike, &fine], &[], &[], &config);
    // Seven months apart, time proximity is nil without the floor.
    let gained = close[1].similarity - far[1].similarity;
    assert!(
        (gained - config.time_weight).abs() < 1e-6,
        "{close:?} {far:?}"
    );
}

#[test]
fn a_date_one_later_member_wrote_does_not_open_the_follow_up_window() {
    let config = ClusterConfig::default();
    let (strike, fine) = strike_and_fine(false);
    // The second report recalls an older date; the fine, months later,
    // writes that date too, but it is not the day of this story's event.
    let background = PartialDate::day(2029, 12, 5);
    let second = with_written_date(two_events().remove(1), "second day", background);
    let fine = with_written_date(fine, "April 1", background);
    let assignments = cluster(&[&strike, &second, &fine], &[], &[], &config);
    assert_eq!(
        assignments[1].story, assignments[0].story,
        "{assignments:?}"
    );
    assert_ne!(
        assignments[2].story, assignments[0].story,
        "{assignments:?}"
    );
}

#[test]
fn merge_repair_folds_two_stored_stories_of_one_event() {
    let documents = two_events();
    let stored = |id: &str, member: &Document| Story {
        id: StoryId(id.into()),
        title: member.article.title.clone(),
        articles: vec![member.article.id.clone()],
    };
    // The spring strike was split in two by an earlier batch; the autumn
    // strike is a story of its own.
    let stories = [
        stored("s-first", &documents[0]),
        stored("s-second", &documents[1]),
        stored("s-autumn", &documents[2]),
    ];
    let known = vec![&documents[0], &documents[1], &documents[2]];
    let mut third = documents[1].clone();
    third.article.id = DocId("a3".into());
    third.article.title = "Lundby ferry strike: 240 crew stay out".into();
    let result = cluster_batch(
        &[&third, &documents[3]],
        &stories,
        &known,
        &ClusterConfig::default(),
    );
    assert_eq!(result.merges.len(), 1, "{result:?}");
    let StoryMerge {
        from,
        into,
        reason,
        similarity,
    } = &result.merges[0];
    assert_eq!((from.0.as_str(), into.0.as_str()), ("s-second", "s-first"));
    assert!(*similarity >= ClusterConfig::default().merge_threshold);
    assert!(!reason.is_empty());
    for assignment in &result.assignments {
        assert_ne!(
            assignment.story,
            StoryChoice::Existing(StoryId("s-second".into())),
            "{result:?}"
        );
    }
    let autumn = result.assignments.iter().find(|a| a.doc.0 == "b2");
    assert_eq!(
        autumn.map(|a| a.story.clone()),
        Some(StoryChoice::Existing(StoryId("s-autumn".into())))
    );
}

#[test]
fn merge_repair_keeps_two_events_of_one_cast_apart() {
    let documents = two_events();
    let stories = [
        Story {
            id: StoryId("s-spring".into()),
            title: String::new(),
            articles: vec![documents[0].article.id.clone()],
        },
        Story {
            id: StoryId("s-autumn".into()),
            title: String::new(),
            articles: vec![documents[2].article.id.clone()],
        },
    ];
    let known = vec![&documents[0], &documents[2]];
    let result = cluster_batch(
        &[&documents[1], &documents[3]],
        &stories,
        &known,
        &ClusterConfig::default(),
    );
    assert!(result.merges.is_empty(), "{result:?}");
}

proptest! {
    #[test]
    fn assigns_every_document_exactly_once(
        texts in proptest::collection::vec(("\\PC{0,30}", "(\\PC{0,20}[ .\n]){0,10}", proptest::option::of(1u32..28)), 1..8),
        stored in 0usize..3,
    ) {
        let documents: Vec<Document> = texts
            .iter()
            .enumerate()
            .map(|(i, (title, text, day))| {
                document(&format!("d{i}"), day.and_then(|d| date(1 + d % 12, d)), title, text)
            })
            .collect();
        let split = stored.min(documents.len());
        let known: Vec<&Document> = documents[..split].iter().collect();
        let stories: Vec<Story> = known
            .iter()
            .map(|d| Story {
                id: StoryId::opened_by(&d.article.id),
                title: String::new(),
                articles: vec![d.article.id.clone()],
            })
            .collect();
        let new: Vec<&Document> = documents[split..].iter().collect();
        let result = cluster_batch(&new, &stories, &known, &ClusterConfig::default());
        for merge in &result.merges {
            prop_assert!(merge.from != merge.into);
            prop_assert!(stories.iter().any(|s| s.id == merge.from));
            prop_assert!(stories.iter().any(|s| s.id == merge.into));
            prop_assert!(result.assignments.iter().all(|a| a.story != StoryChoice::Existing(merge.from.clone())));
        }
        let assignments = result.assignments;
        prop_assert_eq!(assignments.len(), new.len());
        let mut opened = 0;
        for (assignment, document) in assignments.iter().zip(&new) {
            prop_assert_eq!(&assignment.doc, &document.article.id);
            prop_assert!((0.0..=1.0).contains(&assignment.similarity));
            match &assignment.story {
                StoryChoice::New(index) => {
                    prop_assert!(*index <= opened);
                    if *index == opened {
                        opened += 1;
                    }
                }
                StoryChoice::Existing(id) => prop_assert!(stories.iter().any(|s| &s.id == id)),
            }
        }
    }
}

/// The shared seeds (real reports of two prisoner releases by one government),
/// read in place: the first line is the title, the rest the text.
#[test]
fn seeds_split_into_their_two_releases() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("skipped: {} is absent", dir.display());
        return;
    };
    let mut paths: Vec<std::path::PathBuf> =
        entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    let documents: Vec<Document> = paths
        .iter()
        .filter_map(|path| {
            let text = std::fs::read_to_string(path).ok()?;
            let name = path
                .file_name()?
                .to_string_lossy()
                .chars()
                .take(3)
                .collect::<String>();
            let title = text
                .lines()
                .find(|line| !line.trim().is_empty())?
                .trim()
                .to_string();
            Some(document(&name, None, &title, &text))
        })
        .collect();
    let refs: Vec<&Document> = documents.iter().collect();
    let groups = partition(&cluster(&refs, &[], &[], &ClusterConfig::default()));
    eprintln!("seed stories: {groups:?}");
    assert!(
        groups
            .iter()
            .any(|g| g.contains(&"002".to_string()) && g.len() == 1),
        "{groups:?}"
    );
}

/// The plain-text files of the project's example corpus (two strikes at one
/// port with the same cast, March and October), with the publication dates
/// extraction would find; the whole raw page stands in for the clean text.
#[test]
fn example_corpus_splits_into_its_two_strikes() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus");
    let files = [
        ("01-harbour-herald-strike.txt", date(3, 10)),
        ("02-northern-wire-strike.txt", date(3, 10)),
        ("04-norland-times-rewrite.txt", date(3, 11)),
        ("06-portside-notes-ships.txt", None),
        ("08-harbour-herald-october-strike.txt", date(10, 20)),
        ("09-northern-wire-october-strike.txt", date(10, 20)),
    ];
    let mut documents = Vec::new();
    for (name, published) in files {
        let Ok(text) = std::fs::read_to_string(dir.join(name)) else {
            eprintln!("skipped: examples/corpus/{name} is absent");
            return;
        };
        let title = text.lines().next().unwrap_or_default().to_string();
        let mut published = published;
        if let Some(day) = published.as_mut() {
            day.year = 2026;
        }
        documents.push(document(&name[..2], published, &title, &text));
    }
    let refs: Vec<&Document> = documents.iter().collect();
    let groups = partition(&cluster(&refs, &[], &[], &ClusterConfig::default()));
    assert_eq!(groups, vec![vec!["01", "02", "04", "06"], vec!["08", "09"]]);
}

#[test]
fn a_known_outlets_chrome_does_not_join_its_pages() {
    let chrome = "Skagen Evening Courier Home Sports Weather Obituaries Classifieds. \
                  Subscribe to the Skagen Evening Courier for unlimited digital access today. \
                  Copyright Skagen Evening Courier Media Group, all rights reserved.";
    let events = [
        "A bakery on Mill Lane won the regional bread prize for its rye loaf.",
        "Road works closed the coastal highway near Brask for two nights.",
        "The Brask rowing club launched a new boat named after its founder.",
        "A retired teacher published a history of the old lighthouse keepers.",
        "Heavy rain flooded cellars in the lower harbour district overnight.",
        "The county library opened a reading room for children on Saturdays.",
    ];
    let documents: Vec<Document> = events
        .iter()
        .enumerate()
        .map(|(i, event)| {
            let mut doc = document(
                &format!("p{i}"),
                date(6, 1 + i as u32),
                &format!("{} - Skagen Evening Courier", &event[..20]),
                &format!("{chrome}\n\n{event}\n\n{chrome}"),
            );
            doc.article.source = Some("courier.example".into());
            doc
        })
        .collect();
    // The outlet's first pages are stored, one story each: its chrome is known.
    let (stored, arriving) = documents.split_at(4);
    let stories: Vec<Story> = stored
        .iter()
        .map(|d| Story {
            id: StoryId::opened_by(&d.article.id),
            title: d.article.title.clone(),
            articles: vec![d.article.id.clone()],
        })
        .collect();
    let known: Vec<&Document> = stored.iter().collect();
    let new: Vec<&Document> = arriving.iter().collect();
    let assignments = cluster(&new, &stories, &known, &ClusterConfig::default());
    let stories_of: Vec<&StoryChoice> = assignments.iter().map(|a| &a.story).collect();
    assert_eq!(
        stories_of,
        vec![&StoryChoice::New(0), &StoryChoice::New(1)],
        "{assignments:?}"
    );
    // Without the rule the shared chrome alone would join them.
    let no_chrome_rule = ClusterConfig {
        chrome_min_documents: u32::MAX,
        ..ClusterConfig::default()
    };
    let joined = cluster(&new, &stories, &known, &no_chrome_rule);
    assert!(matches!(joined[0].story, StoryChoice::Existing(_)));
}

#[test]
fn ledes_that_count_one_act_differently_are_pushed_apart() {
    let lede = "The government released 52 prisoners on Thursday after talks with the visiting envoy.\n\nThe envoy met the president in the capital and spoke of further steps and of sanctions.";
    let other_lede = lede.replace("52", "130");
    let config = crate::analyse::AnalyseConfig::default();
    let first = crate::analyse::analyse_text(lede, None, &config);
    let second = crate::analyse::analyse_text(&other_lede, None, &config);
    let with_penalty = cluster(&[&first, &second], &[], &[], &ClusterConfig::default());
    let without_penalty = cluster(
        &[&first, &second],
        &[],
        &[],
        &ClusterConfig {
            lead_count_conflict_penalty: 0.0,
            ..ClusterConfig::default()
        },
    );
    assert!(
        with_penalty[1].similarity < without_penalty[1].similarity
            || with_penalty[1].story != without_penalty[1].story,
        "{with_penalty:?} vs {without_penalty:?}"
    );
}

/// Marks each sentence (up to a full stop and a space, or a line's end) and
/// every occurrence of the given names as a person mention.
fn with_persons(mut document: Document, names: &[&str]) -> Document {
    let text = document.article.text.clone();
    let mut start = 0;
    for (index, ch) in text.char_indices() {
        let ends = ch == '\n' || (ch == '.' && text[index + 1..].starts_with(' '));
        if ends {
            document
                .analysis
                .sentences
                .push(TextRange::new(start, index + 1));
            start = index + 1;
        }
    }
    if start < text.len() {
        document
            .analysis
            .sentences
            .push(TextRange::new(start, text.len()));
    }
    for name in names {
        for (at, found) in text.match_indices(name) {
            document.analysis.mentions.push(Mention {
                range: TextRange::new(at, at + found.len()),
                kind: EntityKind::Person,
                text: found.to_string(),
                role: None,
            });
        }
    }
    document.analysis.mentions.sort_by_key(|m| m.range.start);
    document
}

/// An actress's check-in at a clinic, told in the same words for anyone.
fn rehab(id: &str, published: Option<PartialDate>, given: &str, surname: &str) -> Document {
    let text = format!(
        "Actress Checks Into Rehab Clinic\n{given} {surname} has checked into a rehab clinic \
         in the hills, her spokesman said on Monday. {surname} asked for privacy while she \
         gets treatment. The clinic treats alcohol and drug problems."
    );
    with_persons(
        document(id, published, "Actress Checks Into Rehab Clinic", &text),
        &[&format!("{given} {surname}"), surname],
    )
}

#[test]
fn the_lede_subject_is_the_first_full_name_after_the_headline() {
    let features = super::features_of(
        &rehab("r1", None, "Laura", "Quillon"),
        &ClusterConfig::default(),
    );
    assert_eq!(features.lede_subject.as_deref(), Some("quillon"));
    // A capitalised word read as a person with no full name is no subject.
    let mut lone = rehab("r2", None, "Laura", "Quillon");
    lone.analysis
        .mentions
        .retain(|mention| mention.text == "Quillon");
    let features = super::features_of(&lone, &ClusterConfig::default());
    assert_eq!(features.lede_subject, None);
}

#[test]
fn a_source_of_the_news_is_no_lede_subject() {
    let config = ClusterConfig::default();
    let text = "Escapee Still at Large\nAccording to Mary Penwick of the Valley Courier, \
                the search for Oskar Tellamy went on overnight. Spokeswoman Helen Varnum said \
                Tellamy was seen near the river.";
    let told = with_persons(
        document("s1", None, "Escapee Still at Large", text),
        &["Mary Penwick", "Oskar Tellamy", "Helen Varnum", "Tellamy"],
    );
    let features = super::features_of(&told, &config);
    assert_eq!(features.lede_subject.as_deref(), Some("tellamy"));
    assert!(features.lede_names.contains("penwick"));
}

#[test]
fn undated_ledes_about_two_people_are_pushed_apart() {
    let config = ClusterConfig::default();
    let mut blind = config.clone();
    blind.lede_subject_penalty = 0.0;
    let first = rehab("r1", None, "Laura", "Quillon");
    let other = rehab("r2", None, "David", "Fentry");
    let same = rehab("r3", None, "Laura", "Quillon");
    let apart = cluster(&[&first, &other], &[], &[], &config);
    let unpenalised = cluster(&[&first, &other], &[], &[], &blind);
    assert!(
        apart[1].similarity + config.lede_subject_penalty * 0.99 < unpenalised[1].similarity
            || apart[1].story != apart[0].story,
        "{apart:?} {unpenalised:?}"
    );
    let together = cluster(&[&first, &same], &[], &[], &config);
    assert_eq!(together[1].story, together[0].story, "{together:?}");
    // Dated reports are parted by their days, not by whom their ledes name.
    let first = rehab("r1", date(3, 2), "Laura", "Quillon");
    let other = rehab("r2", date(3, 2), "David", "Fentry");
    let dated = cluster(&[&first, &other], &[], &[], &config);
    let dated_blind = cluster(&[&first, &other], &[], &[], &blind);
    assert_eq!(dated, dated_blind);
}

#[test]
fn the_latest_written_year_leaves_out_times_addresses_and_ends_to_come() {
    let latest = super::features::latest_written_year;
    assert_eq!(
        latest("He joined in 2003 and led the 2008-09 season."),
        Some(2008)
    );
    assert_eq!(latest("Hired in May 2005, he was fired."), Some(2005));
    assert_eq!(
        latest("In 2004 the fire broke out at about 2045 GMT at 2088 Elm Street."),
        Some(2004)
    );
    assert_eq!(
        latest("Signed in 2006 through 2012, on show through November 2010."),
        Some(2006)
    );
    assert_eq!(latest("It runs on Windows 2000 only."), None);
}

/// A story of one person's report with `recalled` named as background.
fn arrest(id: &str, subject: (&str, &str), recalled: Option<(&str, &str)>) -> Document {
    let (given, surname) = subject;
    let mut text = format!(
        "Lineman Arrested After Traffic Stop\n{given} {surname} was arrested early on Sunday \
         after a traffic stop on the freeway, the team said. {surname} was released on bail."
    );
    let mut names = vec![format!("{given} {surname}"), surname.to_string()];
    if let Some((other_given, other)) = recalled {
        text.push_str(&format!(
            " The arrest follows that of teammate {other_given} {other} after a traffic stop."
        ));
        names.push(format!("{other_given} {other}"));
    }
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    with_persons(
        document(id, None, "Lineman Arrested After Traffic Stop", &text),
        &names,
    )
}

/// A clusterer holding one story per group of documents.
fn stories_of<'c>(config: &'c ClusterConfig, groups: &[&[&Document]]) -> super::Clusterer<'c> {
    let mut clusterer = super::Clusterer::new(config);
    for (number, group) in groups.iter().enumerate() {
        let slot = clusterer.open(crate::model::StoryChoice::New(number));
        for member in *group {
            let features = super::features_of(member, config);
            clusterer
                .vocabulary
                .observe(features.fields(), features.outlet.as_deref());
            let profile = clusterer.profile(&features);
            clusterer.add(slot, &features, &profile);
        }
    }
    clusterer
}

#[test]
fn a_story_whose_ledes_agree_on_someone_else_pushes_an_undated_article_apart() {
    let config = ClusterConfig::default();
    let marlow = ("Jerome", "Marlow");
    let tennant = ("Victor", "Tennant");
    let first = arrest("a1", marlow, Some(tennant));
    let second = arrest("a2", marlow, Some(tennant));
    let other = arrest("a3", tennant, None);
    let clusterer = stories_of(&config, &[&[&first, &second]]);
    let no_agreement = ClusterConfig {
        lede_agreement: false,
        ..config.clone()
    };
    let story = &clusterer.stories[0];
    let features = super::features_of(&other, &config);
    // Every report of the story names the other person, so only the
    // agreement of its ledes tells the two apart.
    assert!(super::other_subject(
        &features,
        story,
        &clusterer.vocabulary,
        &config
    ));
    assert!(!super::other_subject(
        &features,
        story,
        &clusterer.vocabulary,
        &no_agreement
    ));
    let same = super::features_of(&arrest("a4", marlow, None), &config);
    assert!(!super::other_subject(
        &same,
        story,
        &clusterer.vocabulary,
        &config
    ));
}

#[test]
fn one_lede_about_someone_else_leaves_the_story_to_its_agreed_person() {
    let config = ClusterConfig::default();
    let marlow = ("Jerome", "Marlow");
    let tennant = ("Victor", "Tennant");
    // One of four reports of Marlow's arrest leads with the teammate's.
    let reports = [
        arrest("a1", marlow, Some(tennant)),
        arrest("a2", marlow, Some(tennant)),
        arrest("a3", marlow, Some(tennant)),
        arrest("a4", tennant, Some(marlow)),
    ];
    let members: Vec<&Document> = reports.iter().collect();
    let clusterer = stories_of(&config, &[&members]);
    let story = &clusterer.stories[0];
    let other = super::features_of(&arrest("a5", tennant, None), &config);
    assert!(super::other_subject(
        &other,
        story,
        &clusterer.vocabulary,
        &config
    ));
    // Half the ledes about the teammate make it no other person's story.
    let halves = [
        arrest("b1", marlow, Some(tennant)),
        arrest("b2", marlow, Some(tennant)),
        arrest("b3", tennant, Some(marlow)),
        arrest("b4", tennant, Some(marlow)),
    ];
    let members: Vec<&Document> = halves.iter().collect();
    let clusterer = stories_of(&config, &[&members]);
    assert!(!super::other_subject(
        &other,
        &clusterer.stories[0],
        &clusterer.vocabulary,
        &config
    ));
}

#[test]
fn a_story_person_recalled_below_the_lede_does_not_make_an_article_theirs() {
    let config = ClusterConfig::default();
    let marlow = ("Jerome", "Marlow");
    let tennant = ("Victor", "Tennant");
    let clusterer = stories_of(
        &config,
        &[&[&arrest("m1", marlow, None), &arrest("m2", marlow, None)]],
    );
    let story = &clusterer.stories[0];
    // Tennant's arrest, recalling Marlow's only in its last sentence.
    let other = super::features_of(&arrest("t1", tennant, Some(marlow)), &config);
    assert!(other.name_words.contains("marlow"));
    assert!(!other.lede_names.contains("marlow"));
    assert!(super::other_subject(
        &other,
        story,
        &clusterer.vocabulary,
        &config
    ));
    let anywhere = ClusterConfig {
        subject_named_in_lede: false,
        ..config.clone()
    };
    assert!(!super::other_subject(
        &other,
        story,
        &clusterer.vocabulary,
        &anywhere
    ));
    // A story of one report agrees on no one: a name anywhere still counts.
    let single = stories_of(&config, &[&[&arrest("m3", marlow, None)]]);
    assert!(!super::other_subject(
        &other,
        &single.stories[0],
        &single.vocabulary,
        &config
    ));
}

#[test]
fn merge_repair_parts_stories_whose_ledes_agree_on_two_people() {
    let config = ClusterConfig::default();
    let marlow = ("Jerome", "Marlow");
    let tennant = ("Victor", "Tennant");
    let (m1, m2) = (
        arrest("m1", marlow, Some(tennant)),
        arrest("m2", marlow, Some(tennant)),
    );
    let (t1, t2) = (arrest("t1", tennant, None), arrest("t2", tennant, None));
    let (m3, m4) = (arrest("m3", marlow, None), arrest("m4", marlow, None));
    let clusterer = stories_of(&config, &[&[&m1, &m2], &[&t1, &t2], &[&m3, &m4]]);
    let Some((marlows, _)) = clusterer.story_as_document(0) else {
        panic!("story 0 is empty");
    };
    assert!(super::other_agreed_subject(&marlows, &clusterer.stories[1]));
    assert!(!super::other_agreed_subject(
        &marlows,
        &clusterer.stories[2]
    ));
    // An article is no story: the contrast is for merges.
    let single = super::features_of(&m1, &config);
    assert!(!super::other_agreed_subject(&single, &clusterer.stories[1]));
}

#[test]
fn merge_repair_judges_the_lede_contrast_from_both_stories() {
    let config = ClusterConfig::default();
    let marlow = ("Jerome", "Marlow");
    let tennant = ("Victor", "Tennant");
    // Two reports of Marlow's arrest that recall Tennant's, and one of
    // Tennant's that never names Marlow.
    let (m1, m2) = (
        arrest("m1", marlow, Some(tennant)),
        arrest("m2", marlow, Some(tennant)),
    );
    let t1 = arrest("t1", tennant, None);
    let clusterer = stories_of(&config, &[&[&m1, &m2], &[&t1]]);
    let Some((marlows, _)) = clusterer.story_as_document(0) else {
        panic!("story 0 is empty");
    };
    // Read from Marlow's story, Tennant's is one it names: no contrast.
    assert!(!super::other_subject(
        &marlows,
        &clusterer.stories[1],
        &clusterer.vocabulary,
        &config
    ));
    let candidate = super::Scored {
        slot: 1,
        similarity: 0.5,
        evidence: Vec::new(),
        conflict: false,
        parts: Vec::new(),
    };
    // Read from Tennant's, Marlow's story is about someone it never names.
    let judged = clusterer.reverse_contrast(candidate, 0);
    assert!((judged.similarity - (0.5 - config.lede_subject_penalty)).abs() < 1e-9);
}

#[test]
fn merge_repair_keeps_an_undated_story_of_later_years_from_a_dated_one() {
    let config = ClusterConfig::default();
    let hiring = |id: &str| {
        document(
            id,
            Some(PartialDate::day(2005, 5, 23)),
            "Club Hires New Coach",
            "The club hired a new head coach on Monday after a losing season.",
        )
    };
    let firing = |id: &str, year: &str| {
        document(
            id,
            None,
            "Club Fires Its Coach",
            &format!("The club fired its head coach, hired in 2005, early in the {year} season."),
        )
    };
    let (h1, h2) = (hiring("h1"), hiring("h2"));
    let (f1, f2) = (firing("f1", "2008"), firing("f2", "2008"));
    let (g1, g2) = (firing("g1", "2005"), firing("g2", "2008"));
    let clusterer = stories_of(&config, &[&[&h1, &h2], &[&f1, &f2], &[&g1, &g2]]);
    let dated = &clusterer.stories[0];
    let first = dated.days.map(|(first, _)| first);
    let Some((later, _)) = clusterer.story_as_document(1) else {
        panic!("story 1 is empty");
    };
    assert!(super::written_too_late(&later, dated, None, first, &config));
    // One member's year is no floor.
    let Some((mixed, _)) = clusterer.story_as_document(2) else {
        panic!("story 2 is empty");
    };
    assert!(!super::written_too_late(
        &mixed, dated, None, first, &config
    ));
    // Nor is a single article's, which may be a year still to come.
    let single = super::features_of(&f1, &config);
    assert!(!super::written_too_late(
        &single, dated, None, first, &config
    ));
}

#[test]
fn a_story_is_judged_in_merges_by_the_value_most_of_its_members_give() {
    let config = ClusterConfig::default();
    let mut clusterer = super::Clusterer::new(&config);
    let slot = clusterer.open(crate::model::StoryChoice::New(0));
    let story = &mut clusterer.stories[slot];
    // Four reports give the sum stolen from the Eastport vault, one recalls
    // another raid's; two give a guard's years of service, each another.
    story.count_members.insert(
        "euro".into(),
        std::collections::HashMap::from([(8_500_000_000, 4), (200_000_000, 1)]),
    );
    story.count_members.insert(
        "year".into(),
        std::collections::HashMap::from([(1_200, 1), (2_000, 1)]),
    );
    let main = super::main_counts(story, 3);
    assert_eq!(
        main["euro"],
        std::collections::BTreeSet::from([8_500_000_000])
    );
    // No value of the guard's years is given by three members: all stay.
    assert_eq!(
        main["year"],
        std::collections::BTreeSet::from([1_200, 2_000])
    );
}

/// An undated report of the Eastport council's parking rule: `undone` tells
/// of its repeal a year on, else of the vote that made it.
fn parking_rule(id: &str, undone: bool) -> Document {
    let (title, lede) = if undone {
        (
            "Eastport council repeals parking rule",
            "The Eastport council repealed the downtown parking rule on Tuesday.",
        )
    } else {
        (
            "Eastport council adopts parking rule",
            "The Eastport council adopted the downtown parking rule on Tuesday.",
        )
    };
    let text = format!(
        "{title}\n{lede} Councillor Ada Kerr said the rule on downtown parking meters had \
         divided shop owners along Harbourside Street. Drivers must pay at the parking \
         meters on weekdays, and shop owners spoke at the council meeting."
    );
    with_persons(document(id, None, title, &text), &["Ada Kerr"])
}

#[test]
fn the_headline_or_first_lede_sentence_tells_of_an_undoing() {
    let config = ClusterConfig::default();
    let read = |document: &Document| super::features_of(document, &config).undoing;
    assert_eq!(read(&parking_rule("p1", true)), (1, 1));
    assert_eq!(read(&parking_rule("p2", false)), (0, 1));
    // A second lede sentence's undoing is background, and a car that
    // reversed into a shop front undid nothing.
    let text = "Eastport Shop Raided\nThieves drove a car into a jeweller's on Harbourside \
                Street on Monday. The mayor has repealed some curfew rules since May.";
    let raid = with_persons(document("p3", None, "Eastport Shop Raided", text), &[]);
    assert_eq!(read(&raid), (0, 1));
    let text = "Thieves reversed a car into an Eastport jeweller's on Monday.";
    let raid = with_persons(document("p4", None, "", text), &[]);
    assert_eq!(read(&raid), (0, 1));
    let text = "Court Strikes Down Eastport Curfew\nA judge ruled on Monday.";
    let ruling = with_persons(document("p5", None, "", text), &[]);
    assert_eq!(read(&ruling), (1, 1));
}

#[test]
fn an_undoing_contrasts_only_with_a_side_that_seldom_tells_of_one() {
    let contrast = super::undoing_contrast;
    assert!(contrast((1, 1), (0, 1)));
    assert!(contrast((0, 1), (3, 4)));
    assert!(!contrast((1, 1), (1, 1)));
    // One report of five leading with a reversal it recalls is no contrast
    // for an article that does not; nor is a story split half and half.
    assert!(!contrast((0, 1), (1, 5)));
    assert!(!contrast((1, 1), (2, 5)));
    // A story of several reports leads so only when two or more do.
    assert!(!contrast((0, 1), (1, 2)));
}

#[test]
fn undated_reports_of_an_act_and_of_its_undoing_are_pushed_apart() {
    let config = ClusterConfig::default();
    let blind = ClusterConfig {
        undoing_contrast_penalty: 0.0,
        ..config.clone()
    };
    let made = parking_rule("p1", false);
    let repealed = parking_rule("p2", true);
    let apart = cluster(&[&made, &repealed], &[], &[], &config);
    let unpenalised = cluster(&[&made, &repealed], &[], &[], &blind);
    assert_eq!(
        unpenalised[1].story, unpenalised[0].story,
        "{unpenalised:?}"
    );
    assert!(
        apart[1].similarity + config.undoing_contrast_penalty * 0.99 < unpenalised[1].similarity
            || apart[1].story != apart[0].story,
        "{apart:?} {unpenalised:?}"
    );
    let again = parking_rule("p3", true);
    let together = cluster(&[&repealed, &again], &[], &[], &config);
    assert_eq!(together[1].story, together[0].story, "{together:?}");
    // Dated reports are parted by their days, not by their verbs.
    let mut made = made;
    let mut repealed = repealed;
    made.article.published = date(3, 2);
    repealed.article.published = date(3, 2);
    assert_eq!(
        cluster(&[&made, &repealed], &[], &[], &config),
        cluster(&[&made, &repealed], &[], &[], &blind)
    );
}

#[test]
fn an_undated_count_conflict_costs_a_share_of_the_penalty() {
    // Same cast and wording, only the count differs; once with both sides
    // dated the same week, once undated.
    let documents = two_events();
    let mut other = documents[1].clone();
    other.article.text = other.article.text.replace("240", "95");
    let config = ClusterConfig::default();
    let free = ClusterConfig {
        count_conflict_penalty: 0.0,
        ..config.clone()
    };
    let cost = |first: &Document, second: &Document| {
        let paid = cluster(&[first, second], &[], &[], &config)[1].similarity;
        let unpaid = cluster(&[first, second], &[], &[], &free)[1].similarity;
        unpaid - paid
    };
    let dated = cost(&documents[0], &other);
    assert!(
        (dated - config.count_conflict_penalty).abs() < 1e-9,
        "{dated}"
    );
    let mut first = documents[0].clone();
    first.article.published = None;
    other.article.published = None;
    let undated = cost(&first, &other);
    let share = config.undated_count_share * config.count_conflict_penalty;
    assert!((undated - share).abs() < 1e-9, "{undated}");
}

#[test]
fn a_page_lacking_a_field_is_weighed_up_only_a_little() {
    // Lower-case words only: neither side has names to compare.
    let brief = document(
        "b1",
        None,
        "ferry crew walks out",
        "the ferry crew walked out over pay on the harbour route at dawn.",
    );
    let report = document(
        "b2",
        None,
        "ferry crew walks out over pay",
        "the ferry crew walked out over pay and the harbour route stood still all day.",
    );
    let similarity = |rescale: f64| {
        let config = ClusterConfig {
            max_field_rescale: rescale,
            ..ClusterConfig::default()
        };
        cluster(&[&report, &brief], &[], &[], &config)[1].similarity
    };
    let default = similarity(ClusterConfig::default().max_field_rescale);
    assert!(similarity(1.0) < default, "{default}");
    assert!(default < similarity(1.5), "{default}");
}

/// A report of a cut in the Eastport power cable: dated, written on the
/// day of the cut (a Tuesday, 2030-04-02), or undated, telling of a cut on
/// `weekday`.
fn cable_cut(id: &str, weekday: Option<&str>) -> Document {
    let when = weekday.map_or("on April 2".to_string(), |day| format!("on {day}"));
    let text = format!(
        "Power cable cut near Eastport\nThe undersea power cable between Eastport and \
         Harbourside was cut {when}, leaving homes along the coast without power. Grid \
         operator Ada Kerr said repair ships would reach the cable within days. The \
         cable carries power from the Harbourside wind farm to Eastport."
    );
    let published = if weekday.is_none() { date(4, 2) } else { None };
    let cut = with_persons(
        document(id, published, "Power cable cut near Eastport", &text),
        &["Ada Kerr"],
    );
    if weekday.is_none() {
        with_written_date(cut, "April 2", PartialDate::day(2030, 4, 2))
    } else {
        cut
    }
}

#[test]
fn the_lede_weekday_is_the_first_one_written_outside_a_name() {
    let config = ClusterConfig::default();
    let read = |text: &str| {
        let page = with_persons(document("w", None, "", text), &[]);
        super::features_of(&page, &config).lede_weekday
    };
    assert_eq!(read("The cable was cut on Friday near Eastport."), Some(4));
    assert_eq!(read("Late Sunday's storm cut the Eastport cable."), Some(6));
    // A day's name is no date, nor is a lower-case word.
    assert_eq!(read("Black Friday sales opened in Eastport."), None);
    assert_eq!(read("Shops in Eastport open on sunday mornings."), None);
    assert_eq!(
        super::features::weekday_of(PartialDate::day(2030, 4, 2)),
        Some(1)
    );
}

#[test]
fn an_undated_report_of_a_cut_on_another_weekday_is_pushed_apart() {
    let config = ClusterConfig::default();
    let blind = ClusterConfig {
        weekday_conflict_penalty: 0.0,
        ..config.clone()
    };
    let first = cable_cut("c1", None);
    let second = cable_cut("c2", None);
    let friday = cable_cut("c3", Some("Friday"));
    let batch = [&first, &second, &friday];
    let apart = cluster(&batch, &[], &[], &config);
    let unpenalised = cluster(&batch, &[], &[], &blind);
    assert_eq!(
        unpenalised[2].story, unpenalised[0].story,
        "{unpenalised:?}"
    );
    assert!(
        apart[2].similarity + config.weekday_conflict_penalty * 0.99 < unpenalised[2].similarity
            || apart[2].story != apart[0].story,
        "{apart:?} {unpenalised:?}"
    );
    // The weekday of the cut, or the day after it, is the same event.
    for day in ["Tuesday", "Wednesday"] {
        let same = cable_cut("c4", Some(day));
        let together = cluster(&[&first, &second, &same], &[], &[], &config);
        assert_eq!(together[2].story, together[0].story, "{day}: {together:?}");
    }
    // One dated report is no agreement on the day yet.
    let early = cluster(&[&first, &friday], &[], &[], &config);
    assert_eq!(early, cluster(&[&first, &friday], &[], &[], &blind));
}

#[test]
fn a_time_stamp_taken_for_the_headline_is_no_title() {
    let config = ClusterConfig::default();
    let brief = document(
        "t1",
        None,
        "22 July 2030 Last updated at 17: 50 GMT",
        "Man charged over Eastport store fire\nA man from Harbourside has been \
         charged with arson after a fire at the Eastport store.",
    );
    let features = super::features_of(&brief, &config);
    assert!(features.title.is_empty(), "{features:?}");
    assert!(
        features.body.iter().any(|word| word == "arson"),
        "{features:?}"
    );
    let stamp =
        |title: &str| super::features::is_time_stamp(&super::features::content_words(title));
    assert!(stamp("9: 53 AM, MON 22 JUL 2030"));
    assert!(stamp("8:24am:"));
    assert!(!stamp("Eastport store fire: 22 July"));
}
