//! Tests of the quote finder, on sentences written for them.

use super::find;
use crate::analyse::mentions;
use crate::analyse::sentences::split;
use crate::model::Quote;

fn quotes(text: &str) -> Vec<Quote> {
    let sentences = split(text, &[]);
    let mentions = mentions::find(text, &sentences);
    find(text, &sentences, &mentions)
}

/// (quoted words, speaker, channel) of each quote.
fn said(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
    quotes(text)
        .into_iter()
        .map(|q| (q.range.slice(text).to_string(), q.speaker, q.channel))
        .collect()
}

fn speakers(text: &str) -> Vec<Option<String>> {
    said(text)
        .into_iter()
        .map(|(_, speaker, _)| speaker)
        .collect()
}

fn some(name: &str) -> Option<String> {
    Some(name.to_string())
}

#[test]
fn quote_then_name_said() {
    let text = "Talks resumed with Marta Olsen. “We will not give up,” Olsen said.";
    assert_eq!(
        said(text),
        [(
            "We will not give up,".into(),
            some("Marta Olsen"),
            some("said")
        )]
    );
}

#[test]
fn quote_then_said_name() {
    let text = "\"The harbour is closed for now,\" said Pieter Grahn.";
    assert_eq!(speakers(text), [some("Pieter Grahn")]);
}

#[test]
fn said_the_role_comma_name() {
    let text = "“Every day costs us money,” said the mayor, Rolf Tanner.";
    assert_eq!(speakers(text), [some("Rolf Tanner")]);
}

#[test]
fn name_said_colon_quote() {
    let text = "Jonas Falk said: \"Nobody was hurt in the fire.\"";
    assert_eq!(said(text)[0].1, some("Jonas Falk"));
}

#[test]
fn name_told_outlet_colon_quote_gives_the_channel() {
    let text = "Lara Quist told The Daily Star: \"We need more beds in the north.\"";
    assert_eq!(
        said(text),
        [(
            "We need more beds in the north.".into(),
            some("Lara Quist"),
            some("told The Daily Star")
        )]
    );
}

#[test]
fn wrote_on_a_platform() {
    let text = "Mayor Sven Ode wrote on X: “Two closures in a week is too many.”";
    assert_eq!(said(text)[0].2, some("wrote on X"));
    assert_eq!(said(text)[0].1, some("Sven Ode"));
}

#[test]
fn according_to() {
    let text = "\"The talks broke down at midnight,\" according to Nils Brun.";
    assert_eq!(speakers(text), [some("Nils Brun")]);
}

#[test]
fn pronoun_takes_the_nearest_person_of_that_gender() {
    let text = "Peter Lamm met Anna Rusk on Monday. \
                “We have agreed on nothing yet,” he said.";
    assert_eq!(speakers(text), [some("Peter Lamm")]);
    let text = "Peter Lamm met Anna Rusk on Monday. \
                “We have agreed on nothing yet,” she said.";
    assert_eq!(speakers(text), [some("Anna Rusk")]);
}

#[test]
fn pronoun_gender_from_a_title() {
    let text = "Mr Dorn and Ms Dorn both spoke. \"The vote was close,\" she said.";
    assert_eq!(speakers(text), [some("Dorn")]);
    let text = "Ivo Halm and his sister Ida Halm spoke. Ms Halm said the hall was \
                \"open to anyone who wants to talk\".";
    assert_eq!(speakers(text), [some("Ida Halm")]);
}

#[test]
fn pronoun_without_known_gender_takes_the_most_recent_person() {
    let text = "Kim Tarvo arrived late. \"The roads were blocked all morning,\" she said.";
    assert_eq!(speakers(text), [some("Kim Tarvo")]);
}

#[test]
fn surname_speaker_is_expanded_even_when_named_later() {
    let text = "\"We were not consulted at all,\" Varga said. \
                Edit Varga chairs the tenants' union.";
    assert_eq!(speakers(text), [some("Edit Varga")]);
}

#[test]
fn role_words_before_the_speaker() {
    let text = "“Our count is based on two fixed points,” police spokeswoman \
                Inspector Tove Aune said.";
    assert_eq!(speakers(text), [some("Tove Aune")]);
}

#[test]
fn an_aside_between_speaker_and_verb() {
    let text = "Ola Brenne, who leads the Dockers' Union, said on Monday that pay was \
                \"far too low for the work\".";
    assert_eq!(said(text)[0].1, some("Ola Brenne"));
    assert_eq!(said(text)[0].2, some("said"));
}

#[test]
fn a_quote_running_on_keeps_its_speaker() {
    let text = "“We got everyone out,” Hugo Marsh said. “Now the work starts.”";
    assert_eq!(speakers(text), [some("Hugo Marsh"), some("Hugo Marsh")]);
}

#[test]
fn a_quote_across_paragraphs_is_one_speaker() {
    let text = "\"The first part of the plan is done.\n\n\"The second part starts in May,\" \
                said Rita Sohl.";
    assert_eq!(speakers(text), [some("Rita Sohl"), some("Rita Sohl")]);
}

#[test]
fn a_quote_across_sentences() {
    let text = "“We waited. We asked. Nobody answered,” Aino Leht said.";
    assert_eq!(
        said(text),
        [(
            "We waited. We asked. Nobody answered,".into(),
            some("Aino Leht"),
            some("said")
        )]
    );
}

#[test]
fn scare_quotes_are_left_out() {
    let text = "The minister called the strikers \"hostages\" and the deal \"a win\".";
    assert!(quotes(text).is_empty());
}

#[test]
fn unattributed_quote_has_no_speaker() {
    let text = "The banner read “no more closures in this town”.";
    assert_eq!(speakers(text), [None]);
}

#[test]
fn the_union_said_names_the_union() {
    let text = "The Fishers' Union called the strike. \"The offer was far below \
                what we asked,\" the union said.";
    assert_eq!(speakers(text), [some("Fishers' Union")]);
}

#[test]
fn the_mayor_said_names_the_mayor() {
    let text = "Mayor Eva Lindqvist opened the bridge. \"It took ten years to build,\" \
                the mayor said.";
    assert_eq!(speakers(text), [some("Eva Lindqvist")]);
}

#[test]
fn pronoun_in_the_sentence_takes_up_its_subject() {
    let text = "Omar Falk plans to meet Pavel Rusk, whom he described as \
                \"a very tough negotiator\".";
    assert_eq!(speakers(text), [some("Omar Falk")]);
}

#[test]
fn called_names_who_characterised() {
    let text = "The Harbour Authority called the strike \"regrettable and unnecessary\".";
    assert_eq!(speakers(text), [some("Harbour Authority")]);
}

#[test]
fn an_aside_naming_the_interview_is_the_channel() {
    let text = "Harbour chief Ines Varga, in an interview with the Valdmar Courier, warned that “the port cannot wait another winter”.";
    assert_eq!(
        said(text),
        [(
            "the port cannot wait another winter".into(),
            some("Ines Varga"),
            some("warned, in an interview with the Valdmar Courier")
        )]
    );
}

#[test]
fn an_aside_that_is_no_channel_is_skipped_as_before() {
    let text = "Ines Varga, in a rare move, said “we will open the books”.";
    assert_eq!(said(text)[0].1, some("Ines Varga"));
    assert_eq!(said(text)[0].2, some("said"));
    let text = "Ines Varga, speaking to reporters, said “we will open the books”.";
    assert_eq!(said(text)[0].2, some("said, speaking to reporters"));
}
