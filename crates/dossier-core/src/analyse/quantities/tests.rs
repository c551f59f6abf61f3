//! Unit tests of the quantity finder, on our own sentences.

use proptest::prelude::*;

use super::find;
use crate::model::{Qualifier, Quantity, TextRange};

fn quantities(text: &str) -> Vec<Quantity> {
    find(text, &[TextRange::new(0, text.len())])
}

fn one(text: &str) -> Quantity {
    let found = quantities(text);
    assert_eq!(found.len(), 1, "{text}: {found:#?}");
    found.into_iter().next().unwrap_or_else(|| unreachable!())
}

fn written<'t>(text: &'t str, quantity: &Quantity) -> &'t str {
    quantity.range.slice(text)
}

#[test]
fn digits_with_unit_and_predicate() {
    let text = "Officials freed 52 political prisoners on Thursday.";
    let q = one(text);
    assert_eq!(q.value, 52.0);
    assert_eq!(q.unit, "political prisoner");
    assert_eq!(q.qualifier, Qualifier::Exact);
    assert_eq!(q.predicate.as_deref(), Some("release"));
    assert_eq!(q.attributed_to, None);
    assert_eq!(written(text, &q), "52 political prisoners");
    assert_eq!(q.sentence, TextRange::new(0, text.len()));
}

#[test]
fn number_words() {
    let q = one("Fifty-two miners were rescued from the pit.");
    assert_eq!((q.value, q.unit.as_str()), (52.0, "miner"));
    assert_eq!(q.predicate.as_deref(), Some("rescue"));
    let q = one("Rescuers pulled two hundred and five passengers from the ferry.");
    assert_eq!((q.value, q.unit.as_str()), (205.0, "passenger"));
    let q = one("A dozen ships waited at anchor.");
    assert_eq!((q.value, q.unit.as_str()), (12.0, "ship"));
    assert_eq!(q.predicate.as_deref(), Some("wait"));
}

#[test]
fn scaled_numbers_and_money() {
    let q = one("The city will spend 1.2 million euros on the bridge.");
    assert_eq!((q.value, q.unit.as_str()), (1_200_000.0, "euro"));
    assert_eq!(q.predicate.as_deref(), Some("spend"));
    let q = one("The deal is worth $3bn, the company said.");
    assert_eq!((q.value, q.unit.as_str()), (3e9, "dollar"));
    assert_eq!(q.attributed_to.as_deref(), Some("the company"));
    let q = one("Fans raised £40,000 for the club.");
    assert_eq!((q.value, q.unit.as_str()), (40_000.0, "pound"));
    let q = one("The employers made a 12 million euro offer.");
    assert_eq!(q.unit, "euro");
    assert_eq!(q.predicate.as_deref(), Some("offer"));
}

#[test]
fn money_with_a_hyphenated_scale_or_a_lost_euro_sign() {
    let q = one("Harbourside approved a $14-million stadium loan.");
    assert_eq!((q.value, q.unit.as_str()), (14e6, "dollar"));
    let q = one("Thieves took e45 million from an Eastport bank.");
    assert_eq!((q.value, q.unit.as_str()), (45e6, "euro"));
    let q = one("The Eastport port expansion cost e75m.");
    assert_eq!((q.value, q.unit.as_str()), (75e6, "euro"));
    // A model name is no sum.
    assert!(quantities("She drives an e30 around Eastport.").is_empty());
}

#[test]
fn percentages() {
    let q = one("Turnout fell by 12% compared with the last vote.");
    assert_eq!((q.value, q.unit.as_str()), (12.0, "percent"));
    let q = one("Prices rose 4.5 per cent in a year.");
    assert_eq!((q.value, q.unit.as_str()), (4.5, "percent"));
    assert_eq!(q.predicate.as_deref(), Some("rise"));
}

#[test]
fn vague_counts() {
    let q = one("Dozens of villagers were evacuated overnight.");
    assert_eq!(q.qualifier, Qualifier::Vague);
    assert_eq!((q.value, q.unit.as_str()), (12.0, "villager"));
    assert_eq!(q.predicate.as_deref(), Some("evacuate"));
    let q = one("Tens of thousands of fans marched to the stadium.");
    assert_eq!(q.qualifier, Qualifier::Vague);
    assert_eq!((q.value, q.unit.as_str()), (10_000.0, "fan"));
    assert_eq!(q.predicate.as_deref(), Some("march"));
}

#[test]
fn hedges() {
    let cases = [
        ("About 300 nurses went on strike.", Qualifier::Approximate),
        ("Nearly 300 nurses went on strike.", Qualifier::Approximate),
        ("Some 300 nurses went on strike.", Qualifier::Approximate),
        ("Roughly 300 nurses went on strike.", Qualifier::Approximate),
        ("Over 300 nurses went on strike.", Qualifier::AtLeast),
        ("More than 300 nurses went on strike.", Qualifier::AtLeast),
        ("At least 300 nurses went on strike.", Qualifier::AtLeast),
        ("Upwards of 300 nurses went on strike.", Qualifier::AtLeast),
        ("Up to 300 nurses went on strike.", Qualifier::AtMost),
        ("Fewer than 300 nurses went on strike.", Qualifier::AtMost),
        ("Under 300 nurses went on strike.", Qualifier::AtMost),
        ("At most 300 nurses went on strike.", Qualifier::AtMost),
    ];
    for (text, qualifier) in cases {
        let q = one(text);
        assert_eq!(q.qualifier, qualifier, "{text}");
        assert_eq!((q.value, q.unit.as_str()), (300.0, "nurse"), "{text}");
        assert_eq!(q.predicate.as_deref(), Some("strike"), "{text}");
        assert!(written(text, &q).ends_with("300 nurses"), "{text}");
    }
}

#[test]
fn over_a_duration_is_not_a_lower_bound() {
    let found = quantities("They offered 8 million euros over three years.");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[1].unit, "year");
    assert_eq!(found[1].qualifier, Qualifier::Exact);
}

#[test]
fn ranges_and_alternatives() {
    for text in [
        "Between 12 and 15 climbers were missing.",
        "12 to 15 climbers were missing.",
        "12-15 climbers were missing.",
    ] {
        let q = one(text);
        assert_eq!(q.qualifier, Qualifier::Range, "{text}");
        assert_eq!((q.value, q.high), (12.0, Some(15.0)), "{text}");
        assert_eq!(q.unit, "climber", "{text}");
        assert_eq!(q.predicate.as_deref(), Some("missing"), "{text}");
    }
    let q = one("It said 2,300 or 2,400 inmates remain in the camps.");
    assert_eq!(q.qualifier, Qualifier::Alternatives);
    assert_eq!((q.value, q.high), (2300.0, Some(2400.0)));
    assert_eq!(q.predicate.as_deref(), Some("remain"));
    let q = one("The hall costs between 2 and 3 million dollars.");
    assert_eq!((q.value, q.high), (2e6, Some(3e6)));
}

#[test]
fn predicates_are_normalised() {
    let cases = [
        ("Guards let go 40 detainees.", "release"),
        ("40 detainees were pardoned.", "release"),
        ("The release of 40 detainees was welcomed.", "release"),
        ("40 detainees are still held in the north.", "remain"),
        ("40 detainees remain behind bars.", "remain"),
        ("600 bakers walked out at noon.", "strike"),
        ("600 bakers joined the strike.", "strike"),
        ("600 striking bakers gathered outside.", "strike"),
        ("Three hikers were killed by the avalanche.", "kill"),
        ("Three hikers were injured by the avalanche.", "injure"),
        ("Police arrested 14 fans after the match.", "arrest"),
        ("14 fans were detained after the match.", "detain"),
        ("The storm cost 80 million dollars.", "cost"),
        (
            "The strike cost the regional economy an estimated 8 million euros.",
            "cost",
        ),
        (
            "The firm has offered a package worth 2 million euros.",
            "offer",
        ),
        ("Among the freed captives are 14 sailors.", "release"),
        (
            "The union walked out on Tuesday with 300 members.",
            "strike",
        ),
        ("Unemployment rose to 5.2% in May.", "rise"),
        ("The brothers are accused of murdering four women.", "kill"),
        ("Four others were in the hospital on Sunday.", "injure"),
    ];
    for (text, lemma) in cases {
        let q = one(text);
        assert_eq!(q.predicate.as_deref(), Some(lemma), "{text}: {q:#?}");
    }
}

#[test]
fn unit_from_context() {
    let found = quantities("Rescuers reached 30 miners. 12 of them were injured.");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[1].unit, "miner");
    assert_eq!(found[1].predicate.as_deref(), Some("injure"));
    let found = quantities("Two people were killed and three injured.");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[0].unit, "person");
    assert_eq!(found[0].predicate.as_deref(), Some("kill"));
    assert_eq!(found[1].unit, "person");
    assert_eq!(found[1].predicate.as_deref(), Some("injure"));
    let text =
        "Organisers said 3,000 people joined the rally.\n\nPolice put the figure at about 1,800.";
    let found = quantities(text);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!((found[1].value, found[1].unit.as_str()), (1800.0, "person"));
    let q = one("Police estimated the crowd at about 1,800.");
    assert_eq!((q.value, q.unit.as_str()), (1800.0, "person"));
    let q = one("Officials put the number of cars stranded at over 400.");
    assert_eq!((q.value, q.unit.as_str()), (400.0, "car"));
    assert_eq!(q.predicate.as_deref(), Some("strand"));
    assert_eq!(q.qualifier, Qualifier::AtLeast);
}

#[test]
fn unit_skips_more_and_other() {
    let q = one("Officials freed 20 more captives.");
    assert_eq!(q.unit, "captive");
    let q = one("Officials freed 20 other captives.");
    assert_eq!(q.unit, "captive");
}

#[test]
fn attribution() {
    let cases = [
        (
            "According to police, 40 drivers were arrested.",
            Some("police"),
        ),
        ("Police said 40 drivers were arrested.", Some("Police")),
        ("40 drivers were arrested, police said.", Some("police")),
        ("The union says 900 cleaners walked out.", Some("the union")),
        ("900 cleaners reportedly walked out.", Some("reports")),
        (
            "Officials estimated that 900 cleaners walked out.",
            Some("Officials"),
        ),
        ("900 cleaners walked out on Monday.", None),
        (
            "He said the firm's offer of 900 dollars stands.",
            Some("He"),
        ),
        ("Later said the firm's offer of 900 dollars stands.", None),
        (
            "Residents fear the closure could cost 200 jobs; the owner says none will go.",
            None,
        ),
        (
            "A mine spokeswoman, Ada Kerr, said 30 miners were trapped and that the rumours counted others.",
            Some("Ada Kerr"),
        ),
    ];
    for (text, source) in cases {
        let q = one(text);
        assert_eq!(q.attributed_to.as_deref(), source, "{text}");
    }
}

#[test]
fn reportedly_stays_in_its_clause() {
    let found =
        quantities("Forty climbers reached the top, though 12 others were reportedly injured.");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[0].attributed_to, None);
    assert_eq!(found[1].attributed_to.as_deref(), Some("reports"));
}

#[test]
fn not_quantities() {
    for text in [
        "The bridge opened in 2019 after years of delay.",
        "She has led the party since 1994.",
        "The vote was held on 11 September.",
        "Talks began on September 11 in the capital.",
        "The shift starts at 6 a.m. every day.",
        "The shift starts at 6:30 every day.",
        "The shift starts at 6pm every day.",
        "A 69-year-old woman was questioned.",
        "The driver, aged 69, was questioned.",
        "She finished 3rd in the race.",
        "Call 555-1234-99 for details.",
        "Flights leave from Terminal 3 at dawn.",
        "The Covid-19 rules were lifted.",
        "The G7 leaders met at the lake.",
        "The support line is open 24/7 for callers.",
        "Details are at https://example.org/news/2024/05/12/story-123 online.",
        "No one was hurt in the fire.",
        "Traffic stopped on the 55 Freeway overnight.",
        "Officers were sent to 6301 Ranchester after the call.",
        "Call 222-TIPS with information.",
        "The singer died at 95 in her home.",
        "Jazz boomed in the nineteen twenties.",
        "Luckily no one was injured.",
        "Tips go to the desk at 412-555-3000 or (412) 555-3000.",
        "Call 555-0199 ext 4 for details.",
        "The convoy used U.S. 20 to leave.",
        "The 1990s were a hard decade.",
    ] {
        let found = quantities(text);
        assert!(found.is_empty(), "{text}: {found:#?}");
    }
}

#[test]
fn one_person_written_with_an_article() {
    let q = one("A 34-year-old cyclist was killed on the bypass.");
    assert_eq!((q.value, q.unit.as_str()), (1.0, "cyclist"));
    assert_eq!(q.predicate.as_deref(), Some("kill"));
    let q = one("An officer was injured, the sheriff said.");
    assert_eq!((q.value, q.unit.as_str()), (1.0, "officer"));
    assert_eq!(q.attributed_to.as_deref(), Some("the sheriff"));
    let q = one("The blast killed a 16-year-old near the station.");
    assert_eq!((q.value, q.unit.as_str()), (1.0, "person"));
    assert_eq!(q.predicate.as_deref(), Some("kill"));
    let q = one("The crash left a young cyclist dead.");
    assert_eq!((q.value, q.unit.as_str()), (1.0, "cyclist"));
    let q = one("Police freed an additional 14 hostages.");
    assert_eq!((q.value, q.unit.as_str()), (14.0, "hostage"));
    let q = one("Guards freed an additional 14.");
    assert_eq!(q.value, 14.0);
    let q = one("A 12 year-old girl was hurt at home.");
    assert_eq!((q.value, q.unit.as_str()), (1.0, "girl"));
    let q = one("A 9-month-old was injured in the fall.");
    assert_eq!(q.unit, "person");
    assert!(quantities("A neighbour said the street was quiet.").is_empty());
    assert!(quantities("A teacher who lives nearby was asked.").is_empty());
}

#[test]
fn part_of_a_group_takes_the_group_noun() {
    let q = one("Three of the climbers died on the ridge.");
    assert_eq!((q.value, q.unit.as_str()), (3.0, "climber"));
    assert_eq!(q.predicate.as_deref(), Some("die"));
    let q = one("Officers say 4 were found dead in the flat.");
    assert_eq!(q.predicate.as_deref(), Some("die"));
}

#[test]
fn ages_and_codes_are_not_counts() {
    for text in [
        "Jane Roe, 41, was charged on Monday.",
        "Little Amy Roe, three, was hurt at home.",
        "A father of three was killed on the corner.",
        "A three -year-old girl was hurt at home.",
        "The victims, ages 22, 26 and 37, were treated.",
        "Both were younger than 18 at the time.",
        "The hikers, ranging in age from 19 to 27, were found.",
        "Under statute 39-13-202 the killing is murder.",
        "It follows the Dec. 3 incident downtown.",
    ] {
        let found = quantities(text);
        assert!(found.is_empty(), "{text}: {found:#?}");
    }
}

#[test]
fn time_phrase_of_the_claim() {
    let text = "Since May 2021, 300 detainees have been freed.";
    let q = one(text);
    assert_eq!(q.time.map(|t| t.slice(text)), Some("Since May 2021"));
    let text = "Rescuers freed 12 miners on Monday, while 40 miners remain trapped.";
    let found = quantities(text);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[0].time.map(|t| t.slice(text)), Some("on Monday"));
    assert_eq!(found[1].time, None);
    assert_eq!(one("Rescuers freed 12 miners.").time, None);
}

#[test]
fn an_included_part_shares_the_predicate() {
    let found = quantities("Officers arrested 12 fans, including two minors.");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[1].unit, "minor");
    assert_eq!(found[1].predicate.as_deref(), Some("arrest"));
}

#[test]
fn a_strike_noun_after_the_number_is_the_predicate() {
    let found = quantities("900 porters began a 24-hour strike.");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[0].predicate.as_deref(), Some("strike"));
    let q = one("Six pedestrians were struck by the van.");
    assert_eq!(q.predicate, None);
}

#[test]
fn one_of_a_number_is_a_part_not_a_count() {
    let q = one("She was one of six people who were wounded.");
    assert_eq!((q.value, q.unit.as_str()), (6.0, "person"));
}

#[test]
fn event_nouns_after_a_preposition_are_not_the_predicate() {
    let q = one("He lived 11 years in exile following the protests.");
    assert_eq!(q.predicate, None);
}

#[test]
fn people_predicates_skip_things() {
    let q = one("He was charged with two counts of murder.");
    assert_eq!(q.unit, "count");
    assert_eq!(q.predicate, None);
    let found = quantities("Police found 30 shell casings where the man was killed.");
    let casings = found.iter().find(|q| q.unit == "shell casing");
    assert_eq!(
        casings.map(|q| q.predicate.is_none()),
        Some(true),
        "{found:#?}"
    );
}

#[test]
fn hyphen_compounds_count_time() {
    let q = one("Dockers began a 48-hour strike at dawn.");
    assert_eq!((q.value, q.unit.as_str()), (48.0, "hour"));
    assert_eq!(q.predicate.as_deref(), Some("strike"));
}

#[test]
fn paragraphs_stand_in_for_missing_sentences() {
    let text = "Police said 40 drivers were arrested.\n\n300 nurses walked out.";
    let found = find(text, &[]);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(
        found[0].sentence.slice(text),
        "Police said 40 drivers were arrested."
    );
    assert_eq!(found[1].sentence.slice(text), "300 nurses walked out.");
    assert_eq!(found[1].attributed_to, None);
}

#[test]
fn ranges_point_into_the_text_with_multibyte_characters() {
    let text = "«Über» 1,300 Häftlinge — about 52 prisoners were freed, €5m paid.";
    for q in quantities(text) {
        assert!(text.get(q.range.start..q.range.end).is_some());
    }
    let found = quantities(text);
    assert!(
        found
            .iter()
            .any(|q| q.value == 52.0 && q.unit == "prisoner")
    );
    assert!(found.iter().any(|q| q.value == 5e6 && q.unit == "euro"));
}

proptest! {
    #[test]
    fn never_panics_and_ranges_stay_in_bounds(text in "\\PC{0,200}", cut in 0usize..220) {
        let sentences = [
            TextRange::new(0, cut.min(text.len())),
            TextRange { start: cut, end: text.len() + 3 },
        ];
        for sentences in [&sentences[..], &[]] {
            for q in find(&text, sentences) {
                prop_assert!(q.range.start <= q.range.end);
                prop_assert!(text.get(q.range.start..q.range.end).is_some());
                prop_assert!(q.sentence.contains(q.range));
                if let Some(time) = q.time {
                    prop_assert!(text.get(time.start..time.end).is_some());
                }
            }
        }
    }

    #[test]
    fn never_panics_on_number_like_text(
        words in proptest::collection::vec(
            prop_oneof![
                Just("1,300"), Just("or"), Just("to"), Just("-"), Just("between"), Just("and"),
                Just("about"), Just("$"), Just("€"), Just("3bn"), Just("million"), Just("%"),
                Just("fifty"), Just("two"), Just("hundred"), Just("a"), Just("dozen"),
                Just("dozens"), Just("of"), Just("people"), Just("were"), Just("released"),
                Just("said"), Just("police"), Just("."), Just(","), Just("2019"), Just("March"),
                Just("Ü"), Just("’"), Just("at"), Just("the"), Just("number"), Just("them"),
            ],
            0..30,
        ),
        glue in proptest::collection::vec(any::<bool>(), 30),
    ) {
        let mut text = String::new();
        for (i, word) in words.iter().enumerate() {
            if !glue.get(i).copied().unwrap_or(false) {
                text.push(' ');
            }
            text.push_str(word);
        }
        for q in find(&text, &[]) {
            prop_assert!(text.get(q.range.start..q.range.end).is_some());
            prop_assert!(q.value.is_finite());
        }
    }

    #[test]
    fn never_panics_on_casualty_text(
        words in proptest::collection::vec(
            prop_oneof![
                Just("Ada"), Just("Kerr"), Just(","), Just("25"), Just("a"), Just("-"),
                Just("year"), Just("old"), Just("was"), Just("shot"), Just("and"),
                Just("killed"), Just("one"), Just("of"), Just("the"), Just("wounded"),
                Just("has"), Just("died"), Just("another"), Just("killing"), Just("who"),
                Just("men"), Just("woman"), Just("fatally"), Just("to"), Just("hospital"),
                Just("."), Just("Ü"), Just("’"), Just("his"), Just("sister"), Just("Sunday"),
            ],
            0..40,
        ),
        glue in proptest::collection::vec(any::<bool>(), 40),
    ) {
        let mut text = String::new();
        for (i, word) in words.iter().enumerate() {
            if !glue.get(i).copied().unwrap_or(false) {
                text.push(' ');
            }
            text.push_str(word);
        }
        for q in find(&text, &[TextRange::new(0, text.len())]) {
            prop_assert!(q.range.start <= q.range.end);
            prop_assert!(text.get(q.range.start..q.range.end).is_some());
            prop_assert!(q.sentence.contains(q.range));
            prop_assert!(q.value.is_finite() && q.value >= 0.0);
        }
    }
}

#[test]
fn modifiers_joined_by_and_count_the_plural_noun_after_them() {
    let q = one("The plan will cut about 40 bus-driver and cleaning posts.");
    assert_eq!(q.unit, "post");
    let q = one("They hired 3 welder or fitter apprentices last year.");
    assert_eq!(q.unit, "apprentice");
    let found = quantities("One man and two women were hurt.");
    let units: Vec<(&str, f64)> = found.iter().map(|q| (q.unit.as_str(), q.value)).collect();
    assert_eq!(units, [("person", 3.0), ("man", 1.0), ("woman", 2.0)]);
}

#[test]
fn harm_is_read_off_the_wording_of_casualties() {
    let found = quantities("Gunmen shot seven people, one fatally, outside a bar.");
    let read: Vec<(f64, Option<&str>)> = found
        .iter()
        .map(|q| (q.value, q.predicate.as_deref()))
        .collect();
    assert_eq!(read, [(7.0, Some("shoot")), (1.0, Some("kill"))]);
    let q = one("The crash sent three cyclists to the hospital.");
    assert_eq!((q.value, q.predicate.as_deref()), (3.0, Some("injure")));
    let q = one("Two others sustained minor stab wounds.");
    assert_eq!((q.value, q.predicate.as_deref()), (2.0, Some("injure")));
}

#[test]
fn a_compound_without_an_age_is_no_person() {
    let found = quantities("Witnesses said a drive-by shooting woke the street.");
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn people_named_with_their_age_are_counted_by_the_listing() {
    let text = "Ada Kerr, 25, of Eastport, and Ben Ode, 30, were wounded.";
    let q = one(text);
    assert_eq!((q.value, q.unit.as_str()), (2.0, "person"));
    assert_eq!(q.predicate.as_deref(), Some("injure"));
    let q = one("Tom Reyes, 41, was shot and killed near the pier.");
    assert_eq!((q.value, q.predicate.as_deref()), (1.0, Some("kill")));
    // A name with an age that is not harmed counts nothing.
    assert!(quantities("Ada Kerr, 25, said she heard a bang.").is_empty());
    assert!(quantities("Tom Reyes, 41, was released on Friday.").is_empty());
    // The one who shoots is no victim.
    assert!(quantities("Tom Reyes, 41, shot him twice.").is_empty());
    let q = one("Tom Reyes, 41, died at the scene.");
    assert_eq!(q.predicate.as_deref(), Some("die"));
}

#[test]
fn the_victim_is_one_person_only_as_the_subject_of_harm() {
    let q = one("The victim was pronounced dead at the scene.");
    assert_eq!((q.value, q.unit.as_str()), (1.0, "victim"));
    assert_eq!(q.predicate.as_deref(), Some("die"));
    assert!(quantities("Deputies questioned the driver for an hour.").len() <= 1);
    let found = quantities("Deputies questioned the driver.");
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn one_of_a_group_who_died_is_a_death() {
    let found = quantities("Police said one of four people shot at the fair has died.");
    let read: Vec<(f64, Option<&str>)> = found
        .iter()
        .map(|q| (q.value, q.predicate.as_deref()))
        .collect();
    assert_eq!(read, [(1.0, Some("die")), (4.0, Some("shoot"))]);
    // A definite group was counted before: its number is not read again.
    let q = one("One of the three, a 30-year-old woman, later died.");
    assert_eq!((q.value, q.predicate.as_deref()), (1.0, Some("die")));
    let q = one("One of the men was arrested.");
    assert_eq!(q.predicate.as_deref(), Some("arrest"));
    // The group's participle or a relative clause about it may come first.
    let found = quantities("One of the two people hospitalized on Friday has died.");
    assert_eq!(
        found.first().map(|q| (q.value, q.predicate.as_deref())),
        Some((1.0, Some("die"))),
        "{found:#?}"
    );
    let found = quantities("One of the five people hospitalized after a shooting has died.");
    assert_eq!(
        found.first().map(|q| (q.value, q.predicate.as_deref())),
        Some((1.0, Some("die"))),
        "{found:#?}"
    );
    let found = quantities("One of the victims who was shot in the head later died.");
    assert_eq!(
        found.first().map(|q| (q.value, q.predicate.as_deref())),
        Some((1.0, Some("die"))),
        "{found:#?}"
    );
}

#[test]
fn one_person_as_the_object_of_harm() {
    let q = one("A boy accidentally shot and killed his sister on Friday.");
    assert_eq!((q.value, q.unit.as_str()), (1.0, "sister"));
    assert_eq!(q.predicate.as_deref(), Some("kill"));
    let q = one("Detectives are looking into the shooting death of a 19-year-old man.");
    assert_eq!((q.value, q.predicate.as_deref()), (1.0, Some("die")));
    assert!(quantities("She visits her sister on Sundays.").is_empty());
}

#[test]
fn a_full_name_before_a_passive_verb_of_harm_is_one() {
    let q = one("Officers said Tom Reyes was shot and killed near the pier.");
    assert_eq!((q.value, q.predicate.as_deref()), (1.0, Some("kill")));
    assert!(quantities("Tom Reyes was arrested on Friday.").is_empty());
    assert!(quantities("Ada Kerr was a nurse.").is_empty());
}

#[test]
fn a_verb_after_and_belongs_to_the_next_figure() {
    let found = quantities("The blast killed one and wounded six others, officials said.");
    let read: Vec<(f64, Option<&str>)> = found
        .iter()
        .map(|q| (q.value, q.predicate.as_deref()))
        .collect();
    assert_eq!(read, [(1.0, Some("kill")), (6.0, Some("injure"))]);
    let q = one("Police arrested 12 people and charged them with rioting.");
    assert_eq!(q.predicate.as_deref(), Some("arrest"));
}

#[test]
fn pay_before_a_noun_is_the_noun() {
    let q = one("Dockers led the eight-day pay strike.");
    assert_eq!((q.value, q.predicate.as_deref()), (8.0, Some("strike")));
    let q = one("They agreed a three-year pay deal.");
    assert_ne!(q.predicate.as_deref(), Some("pay"));
    let q = one("The firm will pay 12 million euros.");
    assert_eq!(q.predicate.as_deref(), Some("pay"));
}

#[test]
fn reports_that_name_no_one_are_shown_as_reports() {
    let q = one("According to reported figures, 300 residents were evacuated.");
    assert_eq!(q.attributed_to.as_deref(), Some("reports"));
    let q = one("About 40 barges are waiting, according to early estimates.");
    assert_eq!(q.attributed_to.as_deref(), Some("reports"));
    let q = one("According to the coast guard, 52 sailors were rescued.");
    assert_eq!(q.attributed_to.as_deref(), Some("the coast guard"));
}

#[test]
fn people_of_two_kinds_harmed_together_are_also_one_total() {
    let found = quantities("Two boys and a teacher were injured when the roof fell.");
    let read: Vec<(&str, f64)> = found.iter().map(|q| (q.unit.as_str(), q.value)).collect();
    assert_eq!(read, [("person", 3.0), ("boy", 2.0), ("teacher", 1.0)]);
    let text = "Two boys and a teacher were injured when the roof fell.";
    assert_eq!(written(text, &found[0]), "Two boys and a teacher");
    // Not harm, or not people: no total.
    assert_eq!(
        quantities("Two German and three French nationals were freed.").len(),
        2
    );
    // Objects of one verb of harm too.
    let found = quantities("The blast wounded three guards and two drivers at the depot.");
    let read: Vec<(&str, f64, Option<&str>)> = found
        .iter()
        .map(|q| (q.unit.as_str(), q.value, q.predicate.as_deref()))
        .collect();
    assert_eq!(
        read,
        [
            ("person", 5.0, Some("injure")),
            ("guard", 3.0, Some("injure")),
            ("driver", 2.0, Some("injure"))
        ]
    );
    let found = quantities("The storm killed three farmers and two cows.");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[1].predicate, None, "{found:#?}");
}

#[test]
fn a_person_shot_who_then_died_is_a_death() {
    let q = one("A 7-year-old girl shot on Tuesday near the school has died, police said.");
    assert_eq!((q.value, q.predicate.as_deref()), (1.0, Some("die")));
    let q = one("A man was shot and his brother fainted.");
    assert_eq!(q.predicate.as_deref(), Some("shoot"));
}

#[test]
fn a_name_with_an_age_appositive_or_after_killing_is_one() {
    let q = one("Ada Kerr, a 33-year-old nurse, was shot and killed on Sunday.");
    assert_eq!((q.value, q.predicate.as_deref()), (1.0, Some("kill")));
    let q = one("A gunman opened fire, killing Tom Reyes and wounding no one else.");
    assert_eq!((q.value, q.unit.as_str()), (1.0, "person"));
    assert!(quantities("Ada Kerr, a 40-year-old nurse, saw the crash.").is_empty());
    assert!(quantities("The storm was killing Sunday Mass attendance.").is_empty());
}

#[test]
fn another_person_harmed_is_one_more() {
    let found = quantities("The blast left two workers dead and another injured.");
    let read: Vec<(f64, Option<&str>)> = found
        .iter()
        .map(|q| (q.value, q.predicate.as_deref()))
        .collect();
    assert_eq!(read, [(2.0, Some("die")), (1.0, Some("injure"))]);
    let q = one("Another hiker was hurt in the fall.");
    assert_eq!((q.value, q.predicate.as_deref()), (1.0, Some("injure")));
    assert!(quantities("He gave another reason for the delay.").is_empty());
}

#[test]
fn a_suspect_is_no_victim() {
    let q = one("A man accused of killing two cyclists was arrested.");
    assert_eq!((q.value, q.unit.as_str()), (2.0, "cyclist"));
    let q = one("A boy who was shot in the arm is recovering.");
    assert_eq!(q.unit, "boy");
    let q = one("Police are searching for the gunman who shot four people.");
    assert_eq!((q.value, q.unit.as_str()), (4.0, "person"));
}

#[test]
fn a_person_who_shoots_another_is_not_counted_as_shot() {
    assert!(quantities("A 9-year-old boy shot his uncle at a picnic on Sunday.").is_empty());
    // Only the one named after the verbs was harmed.
    let q = one("A man shot and killed Ada Kerr outside the shop.");
    assert_eq!((q.value, q.unit.as_str()), (1.0, "person"));
    assert_eq!(
        written("A man shot and killed Ada Kerr outside the shop.", &q),
        "Ada Kerr"
    );
    // The one harmed is still counted when named as the object.
    let q = one("Police said a woman shot a 40-year-old man in the arm.");
    assert_eq!((q.value, q.unit.as_str()), (1.0, "man"));
    // Passive and bare-participle readings are the person harmed.
    let q = one("A 22-year-old man shot in the leg was taken to a hospital.");
    assert_eq!(q.predicate.as_deref(), Some("shoot"));
    // A person who suffers a wound is the one hurt.
    let q = one("A 30-year-old woman suffered a gunshot wound to the leg.");
    assert_eq!(
        (q.unit.as_str(), q.predicate.as_deref()),
        ("woman", Some("injure"))
    );
    let found = quantities("A man shot 12 times survived.");
    assert_eq!(found[0].unit, "man");
    assert_eq!(found[0].predicate.as_deref(), Some("shoot"));
}

#[test]
fn the_emergency_line_is_no_count() {
    let found = quantities("Two women were shot. A neighbour called 911 at once.");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].value, 2.0);
    // A number of 911 things is still a count.
    let q = one("The fund paid 911 families last year.");
    assert_eq!(q.value, 911.0);
}

#[test]
fn full_names_listed_after_a_verb_of_harm_are_each_counted() {
    let text = "The gunman fired twice, killing Ada Kerr and injuring Ben Ode and Cy Lund.";
    let found = quantities(text);
    let counts: Vec<(f64, Option<&str>)> = found
        .iter()
        .map(|q| (q.value, q.predicate.as_deref()))
        .collect();
    assert_eq!(counts, [(1.0, Some("kill")), (2.0, Some("injure"))]);
    let text = "He shot and killed Ada Kerr, Ben Ode and Cy Lund on the porch.";
    assert_eq!(one(text).value, 3.0);
    let text = "The blast killed Ada Kerr, Eastport Police said.";
    assert_eq!(one(text).value, 1.0);
    // A list that goes on with something else than names stops there.
    let text = "The blast injured Ben Ode and three others.";
    let found = quantities(text);
    assert_eq!(found[0].value, 1.0, "{found:#?}");
}

#[test]
fn people_named_after_their_age_before_a_verb_of_harm_are_counted() {
    let text = "Police said 34-year-old Ada Kerr, 19-year-old Ben Ode and 12-year-old Cy Lund were killed.";
    let q = one(text);
    assert_eq!((q.value, q.predicate.as_deref()), (3.0, Some("kill")));
    let q = one("Officers said 13 year old Ada Kerr died at the scene.");
    assert_eq!((q.value, q.predicate.as_deref()), (1.0, Some("die")));
    // An age and a name that do something else count nothing.
    assert!(quantities("Police said 34-year-old Ada Kerr called them.").is_empty());
    assert!(quantities("Then 19-year-old Ben Ode was booked on a murder charge.").is_empty());
    let q = one("Police said 19-year-old Ben Ode was fatally shot.");
    assert_eq!(q.value, 1.0);
    // A home town between the name and its verb.
    let q = one("Officers said 23-year-old Ada Kerr from North Eastport died on Friday.");
    assert_eq!((q.value, q.predicate.as_deref()), (1.0, Some("die")));
    let q = one("Then 19-year-old Ben Ode of Millbrook was shot in the leg.");
    assert_eq!(q.value, 1.0);
    assert!(quantities("Police said 34-year-old Ada Kerr from Eastport called them.").is_empty());
}

#[test]
fn one_person_joined_to_a_harmed_count_is_harmed_too() {
    let counts = |text: &str| -> Vec<(f64, Option<String>)> {
        quantities(text)
            .into_iter()
            .map(|q| (q.value, q.predicate))
            .collect()
    };
    let injured = Some("injure".to_string());
    assert_eq!(
        counts("The gunman injured three adults and an 11-year-old child at the park."),
        [
            (4.0, injured.clone()),
            (3.0, injured.clone()),
            (1.0, injured)
        ]
    );
    // The one is the subject of a verb of its own.
    let found = counts("The gunman killed two women and a man was arrested later.");
    assert_eq!(found[1], (1.0, Some("arrest".to_string())), "{found:?}");
    // No harm, no count of the one.
    assert_eq!(
        counts("Police said they interviewed three men and a woman."),
        [(3.0, None)]
    );
}

#[test]
fn one_person_and_others_harmed_is_one_count() {
    let text = "A boy was hurt after he and three others were shot at a park.";
    let found = quantities(text);
    let q = found
        .iter()
        .find(|q| q.predicate.as_deref() == Some("shoot"))
        .unwrap_or_else(|| panic!("{found:#?}"));
    assert_eq!((q.value, q.unit.as_str()), (4.0, "person"));
    assert_eq!(written(text, q), "he and three others");
    let text = "A 15-year-old and two others were wounded on Friday.";
    let q = one(text);
    assert_eq!((q.value, q.predicate.as_deref()), (3.0, Some("injure")));
    assert_eq!(written(text, &q), "A 15-year-old and two others");
    let q = one("Tom Reyes and two other men were killed.");
    assert_eq!((q.value, q.predicate.as_deref()), (3.0, Some("kill")));
    // A verb between the one and the others: two counts, not a total.
    let found = quantities("The gunman killed a man and wounded two others.");
    let values: Vec<f64> = found.iter().map(|q| q.value).collect();
    assert_eq!(values, [1.0, 2.0], "{found:#?}");
    let found = quantities("One man was killed and two others were hurt.");
    let values: Vec<f64> = found.iter().map(|q| q.value).collect();
    assert_eq!(values, [1.0, 2.0], "{found:#?}");
}

#[test]
fn one_who_shoots_themselves_is_one_person_harmed() {
    let text = "A 6-year-old boy accidentally shot himself in the hand on Friday.";
    let found = quantities(text);
    let q = found
        .iter()
        .find(|q| written(text, q) == "himself")
        .unwrap_or_else(|| panic!("{found:#?}"));
    assert_eq!((q.value, q.predicate.as_deref()), (1.0, Some("shoot")));
    let text = "Deputies said the hunter shot herself dead by accident.";
    let q = one(text);
    assert_eq!((q.value, q.predicate.as_deref()), (1.0, Some("kill")));
    // A reflexive after another verb is no harm.
    assert!(quantities("The man turned himself in on Monday.").is_empty());
}

#[test]
fn a_pronoun_that_died_is_one_death() {
    let text = "The man was flown to a trauma center, where he later died.";
    let found = quantities(text);
    let q = found
        .iter()
        .find(|q| written(text, q) == "he")
        .unwrap_or_else(|| panic!("{found:#?}"));
    assert_eq!((q.value, q.predicate.as_deref()), (1.0, Some("die")));
    let q = one("She was pronounced dead at the hospital.");
    assert_eq!((q.value, q.predicate.as_deref()), (1.0, Some("die")));
    // The pronoun of one who shot is not counted.
    assert!(quantities("He shot at the car twice.").is_empty());
}

#[test]
fn struck_or_hit_after_be_is_hurt() {
    let q = one("Police said four victims were struck inside the bar.");
    assert_eq!((q.value, q.predicate.as_deref()), (4.0, Some("injure")));
    let q = one("Two men were hit by stray bullets.");
    assert_eq!((q.value, q.predicate.as_deref()), (2.0, Some("injure")));
    // Struck by something else says nothing of harm.
    let q = one("Two cyclists were hit by a bus.");
    assert_eq!(q.predicate, None);
}

#[test]
fn a_number_word_after_a_sentence_opening_function_word_is_a_count() {
    let q = one("The three victims were taken to the hospital.");
    assert_eq!((q.value, q.unit.as_str()), (3.0, "victim"));
    assert_eq!(q.predicate.as_deref(), Some("injure"));
    let q = one("All four men were shot outside the bar.");
    assert_eq!((q.value, q.unit.as_str()), (4.0, "man"));
    assert_eq!(q.predicate.as_deref(), Some("shoot"));
    // A number word inside a name stays no count.
    assert!(quantities("Reporters from Channel four were there.").is_empty());
}

#[test]
fn people_accused_of_the_harm_are_not_its_victims() {
    let text = "Two men are accused of killing a student.";
    let found = quantities(text);
    let men = found.iter().find(|q| q.unit == "man");
    assert!(men.is_some_and(|q| q.predicate.is_none()), "{found:#?}");
    let found = quantities("Police want two men suspected in the shooting of a student.");
    assert!(
        found
            .iter()
            .all(|q| q.unit != "man" || q.predicate.is_none()),
        "{found:#?}"
    );
    // With a subject between, the people counted are the ones harmed.
    let text = "Police named the four family members he is accused of shooting.";
    let found = quantities(text);
    assert!(
        found
            .iter()
            .any(|q| q.value == 4.0 && q.predicate.as_deref() == Some("shoot")),
        "{found:#?}"
    );
    // Suspected as a modifier before the noun leaves the verb of harm.
    let q = one("Two suspected gang members were shot on Friday.");
    assert_eq!(q.predicate.as_deref(), Some("shoot"));
}

#[test]
fn names_listed_with_their_ages_after_a_verb_of_harm_are_each_counted() {
    let text = "The gunman opened fire, killing Ada Kerr, 18, and Bo Lund, 20, police said.";
    let found = quantities(text);
    let killed = found
        .iter()
        .find(|q| q.predicate.as_deref() == Some("kill"))
        .unwrap_or_else(|| panic!("{found:#?}"));
    assert_eq!(killed.value, 2.0);
    assert_eq!(written(text, killed), "Ada Kerr, 18, and Bo Lund, 20");
    // One name with its age is one person.
    let text = "A stray bullet struck, killing Ada Kerr, 18, on Friday.";
    let found = quantities(text);
    assert!(
        found
            .iter()
            .any(|q| q.predicate.as_deref() == Some("kill") && q.value == 1.0),
        "{found:#?}"
    );
}

#[test]
fn both_before_people_is_two() {
    let q = one("Both men died at the scene.");
    assert_eq!((q.value, q.unit.as_str()), (2.0, "man"));
    assert_eq!(q.predicate.as_deref(), Some("die"));
    let q = one("Police said both deputies were wounded.");
    assert_eq!((q.value, q.unit.as_str()), (2.0, "deputy"));
    // Before things, "both" counts nothing.
    assert!(quantities("Both cars were towed away.").is_empty());
}

#[test]
fn the_one_who_harms_and_then_himself_is_counted_among_the_harmed() {
    let text = "A gunman killed three people and then himself at a bakery.";
    let found = quantities(text);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(written(text, &found[0]), "three people and then himself");
    assert_eq!((found[0].value, found[0].unit.as_str()), (4.0, "person"));
    assert_eq!(found[0].predicate.as_deref(), Some("kill"));
    let text = "The woman shot her two sons and herself.";
    let q = one(text);
    assert_eq!((q.value, q.unit.as_str()), (3.0, "person"));
    // Without the reflexive pronoun the count stays as written.
    let q = one("The storm killed two hikers and a dog.");
    assert_eq!(q.value, 2.0);
}

#[test]
fn one_who_kills_a_number_of_people_is_not_harmed() {
    // "A gunman killed two ...": the number in words is the object.
    let text = "A gunman killed two guards at the gate.";
    let found = quantities(text);
    assert!(
        found.iter().all(|q| written(text, q) != "A gunman"),
        "{found:#?}"
    );
}

#[test]
fn a_fatal_shooting_before_the_number_is_a_killing() {
    for text in [
        "The gunman fatally shot three neighbours on Sunday.",
        "He is accused of fatally shooting all two hikers.",
    ] {
        let q = one(text);
        assert_eq!(q.predicate.as_deref(), Some("kill"), "{text}: {q:#?}");
    }
    // The plain verb still says shot.
    let q = one("The gunman shot three neighbours on Sunday.");
    assert_eq!(q.predicate.as_deref(), Some("shoot"));
}

#[test]
fn a_far_harm_noun_after_an_article_is_no_predicate() {
    let q = one("Two cousins were upstairs in the barn at the time of the shooting.");
    assert_eq!(q.predicate, None, "{q:#?}");
    // Near the count, the event named after it is still theirs.
    let q = one("Two victims of the shooting are recovering.");
    assert_eq!(q.predicate.as_deref(), Some("shoot"));
}

#[test]
fn harm_summed_over_several_events_is_no_one_event_s() {
    let found = quantities("Five people were hurt in two separate shootings on Friday.");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[0].predicate, None, "{found:#?}");
    let found = quantities("A woman was killed and four men wounded in three northside shootings.");
    assert!(found.iter().all(|q| q.predicate.is_none()), "{found:#?}");
    // One event's shootings, or a single one, keep the harm.
    let q = one("Four people were hurt in the shootings at the mall.");
    assert_eq!(q.predicate.as_deref(), Some("injure"));
    let q = one("Five people were hurt in a shooting on Friday.");
    assert_eq!(q.predicate.as_deref(), Some("injure"));
    // The several events named just before the count.
    let found =
        quantities("Police are looking into three separate shootings that left nine people hurt.");
    let people = found.iter().find(|q| q.unit == "person").expect("people");
    assert_eq!((people.value, people.predicate.as_deref()), (9.0, None));
    let found =
        quantities("The last of the four shootings that wounded 11 people was on Elm Street.");
    let people = found.iter().find(|q| q.value == 11.0).expect("people");
    assert_eq!(people.predicate, None, "{found:#?}");
    // Not in a clause of its own.
    let found = quantities("After two shootings in a week, police said four people were hurt.");
    let people = found.iter().find(|q| q.unit == "person").expect("people");
    assert_eq!(people.predicate.as_deref(), Some("injure"));
}

#[test]
fn full_names_listed_before_a_verb_of_harm_are_counted() {
    let text = "Ada Kerr, Ben Ode and Cy Lund were also struck by bullets.";
    let q = one(text);
    assert_eq!((q.value, q.predicate.as_deref()), (3.0, Some("injure")));
    let text = "Ada Kerr, Ben Ode, and Cy Lund all suffered injuries from being shot.";
    let q = one(text);
    assert_eq!((q.value, q.predicate.as_deref()), (3.0, Some("injure")));
    // Names that do something else, or a list not closed, count nothing.
    assert!(quantities("Ada Kerr and Ben Ode were at the Eastport fair.").is_empty());
    assert!(quantities("Ada Kerr and Ben Ode shot at the car.").is_empty());
}

#[test]
fn a_gallery_s_counter_is_no_count() {
    let found = quantities("Image 1 of 2 Eastport police say a 16-year-old was fatally shot.");
    assert!(found.iter().all(|q| q.value != 2.0), "{found:#?}");
    // A word on either side leaves a count.
    let found = quantities("One of 2 men shot at the Eastport fair died.");
    assert!(found.iter().any(|q| q.value == 2.0), "{found:#?}");
}

#[test]
fn a_count_of_any_such_time_is_of_no_event() {
    assert!(quantities("Any time one of our students is hurt, we grieve.").is_empty());
    assert!(quantities("Whenever two people are shot, the street empties.").is_empty());
}

#[test]
fn shooting_at_targets_harms_no_one() {
    let found = quantities("Ada Kerr said the two were target shooting at the Eastport range.");
    assert!(found.iter().all(|q| q.predicate.is_none()), "{found:#?}");
}

#[test]
fn a_word_of_harm_before_those_who_do_it_harms_no_one() {
    let found = quantities("Two deputies were hurt in a gunfight with two murder suspects.");
    let suspects = found
        .iter()
        .find(|q| q.unit == "suspect")
        .expect("suspects");
    assert_eq!(suspects.predicate, None, "{found:#?}");
    let q = one("Police arrested two murder suspects in Eastport.");
    assert_eq!(q.predicate.as_deref(), Some("arrest"));
    // The harmed, so described, were; and a verb still harms the doers.
    let q = one("The six murder victims were named on Friday.");
    assert_eq!(q.predicate.as_deref(), Some("kill"));
    let q = one("Two murder suspects were shot dead by Harbourside police.");
    assert_eq!(q.predicate.as_deref(), Some("kill"));
}

#[test]
fn two_people_described_and_joined_before_a_verb_of_harm_are_two() {
    let q = one("A man and a woman were killed in Eastport on Sunday.");
    assert_eq!((q.value, q.predicate.as_deref()), (2.0, Some("kill")));
    let q = one("A woman and her 4-year-old son were both shot outside a Harbourside home.");
    assert_eq!((q.value, q.predicate.as_deref()), (2.0, Some("shoot")));
    let q = one("An 18-year-old man and a 19-year-old woman were wounded.");
    assert_eq!((q.value, q.predicate.as_deref()), (2.0, Some("injure")));
    // Another kind of verb, or no person, is no such count.
    let q = one("A man and a woman were arrested in Eastport.");
    assert_eq!(q.value, 1.0);
    assert!(quantities("A man and his dog were found in the yard.").is_empty());
}

#[test]
fn others_of_the_same_harm_add_to_the_count_before_them() {
    let text = "Two men were wounded and two others injured in Eastport.";
    let q = one(text);
    assert_eq!((q.value, q.unit.as_str()), (4.0, "man"));
    assert_eq!(q.predicate.as_deref(), Some("injure"));
    assert_eq!(written(text, &q), "Two men were wounded and two others");
    let q = one("Three were hurt and two others were wounded at Harbourside.");
    assert_eq!(q.value, 5.0);
    // Others of another harm are a count of their own.
    let found = quantities("Three were killed and two others wounded.");
    let read: Vec<_> = found
        .iter()
        .map(|q| (q.value, q.predicate.as_deref()))
        .collect();
    assert_eq!(read, [(3.0, Some("kill")), (2.0, Some("injure"))]);
}

#[test]
fn a_rank_in_figures_is_a_word_of_the_description() {
    let text = "Police in Eastport said an 8th teen was injured.";
    let q = one(text);
    assert_eq!((q.value, q.unit.as_str()), (1.0, "teen"));
    assert_eq!(q.predicate.as_deref(), Some("injure"));
    assert_eq!(written(text, &q), "an 8th teen");
}
