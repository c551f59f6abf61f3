//! Direct quotations and their speakers.
//!
//! Quotes are found by pairing quotation marks (straight and curly) within a
//! paragraph; a quote left open at the end of a paragraph and taken up again
//! by an opening mark at the start of the next is one quotation in several
//! pieces, sharing one speaker. The speaker comes from the words around the
//! quote (`"...," X said`, `said X`, `X told Y: "..."`, `according to X`),
//! a pronoun is resolved to the nearest fitting person, and a surname is
//! expanded to the fullest form of the name in the article. One- and two-word
//! quotes are scare quotes and are left out.

use std::collections::HashMap;

use super::lexicon::{Gender, Lexicon, key, lexicon, surname_gender};
use super::tokens::{Token, tokenize};
use crate::model::{EntityKind, Mention, Quote, TextRange};

/// Quotes of this many words or fewer are scare quotes ("hostages").
const SCARE_QUOTE_WORDS: usize = 2;

/// Words that end a channel phrase ("told reporters on Tuesday").
const CHANNEL_STOPS: &[&str] = &[
    "yesterday",
    "today",
    "tonight",
    "last",
    "earlier",
    "later",
    "after",
    "before",
    "when",
    "while",
    "as",
    "adding",
    "urging",
    "saying",
    "noting",
    "and",
    "but",
    "that",
    "because",
    "who",
    "which",
];

/// Prepositions that open a channel phrase after a verb ("said in a
/// statement", "wrote on X").
const CHANNEL_PREPOSITIONS: &[&str] = &["in", "on", "to", "at", "via", "during", "through", "from"];

/// Verbs that put words in a speaker's mouth before a quote without being
/// verbs of saying ("the union rejected the offer as \"...\"").
const CHARACTERISING_VERBS: &[&str] = &[
    "called",
    "described",
    "rejected",
    "dismissed",
    "branded",
    "labelled",
    "labeled",
    "termed",
    "condemned",
    "denounced",
    "hailed",
];

/// How many people named before a pronoun it may refer to.
const PRONOUN_LOOKBACK: usize = 30;

/// A stretch of quoted words and its place in a multi-paragraph quotation.
#[derive(Clone, Copy, Debug)]
struct Piece {
    /// The words, without the marks.
    inner: TextRange,
    /// From the opening mark to the closing one (or the paragraph end).
    outer: TextRange,
    /// Whether a closing mark was found before the paragraph ended.
    closed: bool,
    /// Index of the first piece of the quotation this piece belongs to.
    chain: usize,
}

/// Who said a quote, as found near it.
#[derive(Clone, Debug)]
struct Attribution {
    speaker: Option<String>,
    speaker_range: Option<TextRange>,
    channel: Option<String>,
}

/// Finds the direct quotations of the text, with speakers resolved from the mentions.
pub(crate) fn find(text: &str, sentences: &[TextRange], mentions: &[Mention]) -> Vec<Quote> {
    let lex = lexicon();
    let pieces = find_pieces(text);
    // Pieces are in text order and do not overlap, so a binary search finds
    // the one that could hold a mention.
    let inside_a_quote = |range: TextRange| {
        let after = pieces.partition_point(|p| p.outer.start <= range.start);
        after > 0 && pieces[after - 1].outer.contains(range)
    };
    let mut outside: Vec<&Mention> = mentions
        .iter()
        .filter(|m| !inside_a_quote(m.range))
        .filter(|m| matches!(m.kind, EntityKind::Person | EntityKind::Organization))
        .collect();
    outside.sort_by_key(|m| (m.range.start, m.range.end));
    let mut by_surname: HashMap<String, Vec<NameGroup>> = HashMap::new();
    for mention in mentions.iter().filter(|m| m.kind == EntityKind::Person) {
        let groups = by_surname.entry(last_word(&mention.text)).or_default();
        let gender = own_gender(lex, mention);
        match groups.iter_mut().find(|g| g.first.text == mention.text) {
            Some(group) => {
                group.starts.push(mention.range.start);
                group.gender = group.gender.or(gender);
            }
            None => groups.push(NameGroup {
                first: mention,
                starts: vec![mention.range.start],
                gender,
            }),
        }
    }
    for groups in by_surname.values_mut() {
        for group in groups {
            group.starts.sort_unstable();
        }
    }
    let context = Context {
        text,
        sentences,
        by_surname,
        speakers: &outside,
        pieces: &pieces,
        lex,
    };
    let mut attributions: Vec<Option<Attribution>> =
        (0..pieces.len()).map(|i| context.attribute(i)).collect();
    // Pieces of one quotation share the speaker found for any of them.
    let mut per_chain: HashMap<usize, Attribution> = HashMap::new();
    for (piece, attribution) in pieces.iter().zip(&attributions) {
        if let Some(found) = attribution {
            per_chain
                .entry(piece.chain)
                .or_insert_with(|| found.clone());
        }
    }
    for (piece, attribution) in pieces.iter().zip(attributions.iter_mut()) {
        if attribution.is_none() {
            *attribution = per_chain.get(&piece.chain).cloned();
        }
    }
    // A quote that runs on from an attributed one in the same paragraph, with
    // nobody else named in between, has the same speaker.
    for i in 1..pieces.len() {
        if attributions[i].is_some() {
            continue;
        }
        let (prev, this) = (pieces[i - 1], pieces[i]);
        let between = TextRange::new(prev.outer.end, this.outer.start.max(prev.outer.end));
        let same_paragraph = !between.slice(text).contains('\n');
        let previous_speaker = attributions[i - 1].as_ref().and_then(|a| a.speaker_range);
        let first = outside.partition_point(|m| m.range.start < between.start);
        let nobody_between = !outside[first..]
            .iter()
            .take_while(|m| m.range.start < between.end)
            .any(|m| {
                m.kind == EntityKind::Person
                    && between.contains(m.range)
                    && Some(m.range) != previous_speaker
            });
        if same_paragraph && nobody_between {
            attributions[i] = attributions[i - 1].clone();
        }
    }
    pieces
        .iter()
        .zip(attributions)
        .filter(|(piece, _)| word_count(piece.inner.slice(text)) > SCARE_QUOTE_WORDS)
        .map(|(piece, attribution)| {
            let attribution = attribution.unwrap_or(Attribution {
                speaker: None,
                speaker_range: None,
                channel: None,
            });
            Quote {
                range: piece.inner,
                speaker: attribution.speaker,
                speaker_range: attribution.speaker_range,
                channel: attribution.channel,
            }
        })
        .collect()
}

fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Pairs the quotation marks of the text, paragraph by paragraph.
fn find_pieces(text: &str) -> Vec<Piece> {
    let mut pieces: Vec<Piece> = Vec::new();
    // (byte of the opening mark, byte after it, the mark)
    let mut open: Option<(usize, usize, char)> = None;
    let mut chars = text.char_indices().peekable();
    let mut prev_char = '\n';
    while let Some((at, ch)) = chars.next() {
        let after = at + ch.len_utf8();
        match ch {
            '\n' => {
                if let Some((mark_at, inner_start, _)) = open.take() {
                    push_piece(text, &mut pieces, mark_at, inner_start, at, at, false);
                }
            }
            '“' | '«' | '„' => {
                open = Some((at, after, ch));
            }
            '”' | '»' => {
                if let Some((mark_at, inner_start, _)) = open.take() {
                    push_piece(text, &mut pieces, mark_at, inner_start, at, after, true);
                }
            }
            '"' => match open {
                Some((mark_at, inner_start, _)) => {
                    let next = chars.peek().map_or(' ', |&(_, c)| c);
                    // A straight mark glued to a word on its right opens a
                    // new quote rather than closing the one left open.
                    let opens_again = prev_char.is_whitespace() && next.is_alphanumeric();
                    if opens_again {
                        push_piece(text, &mut pieces, mark_at, inner_start, at, at, false);
                        open = Some((at, after, ch));
                    } else {
                        open = None;
                        push_piece(text, &mut pieces, mark_at, inner_start, at, after, true);
                    }
                }
                None => open = Some((at, after, ch)),
            },
            _ => {}
        }
        prev_char = ch;
    }
    if let Some((mark_at, inner_start, _)) = open {
        push_piece(
            text,
            &mut pieces,
            mark_at,
            inner_start,
            text.len(),
            text.len(),
            false,
        );
    }
    pieces
}

/// Records a piece, chaining it to the previous one when that was left open
/// at a paragraph end and this one opens a paragraph.
fn push_piece(
    text: &str,
    pieces: &mut Vec<Piece>,
    mark_at: usize,
    inner_start: usize,
    inner_end: usize,
    outer_end: usize,
    closed: bool,
) {
    let Some(inner_text) = text.get(inner_start..inner_end) else {
        return;
    };
    let lead = inner_text.len() - inner_text.trim_start().len();
    let trimmed = inner_text.trim();
    if !trimmed.chars().any(char::is_alphanumeric) {
        return;
    }
    let inner = TextRange::new(inner_start + lead, inner_start + lead + trimmed.len());
    let opens_paragraph = text.get(..mark_at).is_some_and(|before| {
        before.is_empty() || before.trim_end_matches([' ', '\t']).ends_with('\n')
    });
    let index = pieces.len();
    let chain = match pieces.last() {
        Some(prev) if !prev.closed && opens_paragraph => prev.chain,
        _ => index,
    };
    pieces.push(Piece {
        inner,
        outer: TextRange::new(mark_at, outer_end),
        closed,
        chain,
    });
}

/// The mentions of one spelling of a person's name ("John Coale").
struct NameGroup<'a> {
    /// The first mention with this spelling.
    first: &'a Mention,
    /// Where each mention with this spelling starts, in order.
    starts: Vec<usize>,
    /// The gender any of them tells by title or given name.
    gender: Option<Gender>,
}

/// What attribution needs to see of the article.
struct Context<'a> {
    text: &'a str,
    sentences: &'a [TextRange],
    /// Person mentions of the whole article by folded surname.
    by_surname: HashMap<String, Vec<NameGroup<'a>>>,
    /// Person and organisation mentions outside every quote.
    speakers: &'a [&'a Mention],
    pieces: &'a [Piece],
    lex: &'a Lexicon,
}

impl Context<'_> {
    /// Finds who said one piece, from the words after it, then before it.
    fn attribute(&self, index: usize) -> Option<Attribution> {
        let after = self.after_range(index);
        let before = self.before_range(index);
        self.attribute_after(after)
            .or_else(|| self.attribute_before(before))
    }

    /// From the closing mark to the end of its sentence (up to the next quote).
    fn after_range(&self, index: usize) -> TextRange {
        let start = self.pieces[index].outer.end;
        let sentence_end = self.sentence_at(start).map_or(start, |s| s.end);
        let next_quote = self
            .pieces
            .get(index + 1)
            .map_or(usize::MAX, |p| p.outer.start);
        TextRange::new(start, sentence_end.min(next_quote).max(start))
    }

    /// The sentence that holds byte `at` (its end included).
    fn sentence_at(&self, at: usize) -> Option<TextRange> {
        let index = self.sentences.partition_point(|s| s.end < at);
        self.sentences.get(index).filter(|s| s.start <= at).copied()
    }

    /// From the start of the sentence to the opening mark (after any earlier quote).
    fn before_range(&self, index: usize) -> TextRange {
        let end = self.pieces[index].outer.start;
        let sentence_start = self.sentence_at(end).map_or(end, |s| s.start);
        let prev_quote = index
            .checked_sub(1)
            .and_then(|i| self.pieces.get(i))
            .map_or(0, |p| p.outer.end.min(end));
        TextRange::new(sentence_start.max(prev_quote).min(end), end)
    }

    /// `"...," X said`, `"...," said X`, `"...," according to X`.
    fn attribute_after(&self, range: TextRange) -> Option<Attribution> {
        let tokens = tokenize(self.text, range);
        let mut i = 0;
        while i < tokens.len() && !tokens[i].word {
            i += 1;
        }
        if i >= tokens.len() || i > 3 {
            return None;
        }
        // said X / said the mayor, X
        if self.lex.is_speech_verb(&tokens[i].lower) {
            let verb = i;
            let mut k = verb + 1;
            while k < tokens.len() && k - verb <= 6 {
                if let Some((speaker, range)) = self.speaker_at(&tokens[k]) {
                    return Some(Attribution {
                        speaker: Some(speaker),
                        speaker_range: Some(range),
                        channel: Some(tokens[verb].lower.clone()),
                    });
                }
                let t = &tokens[k];
                let fits = t.lower == "," || (t.word && !t.cap) || self.lex.is_role_word(&t.lower);
                if !fits {
                    break;
                }
                k += 1;
            }
            // said the union / said the mayor
            let (speaker, range, _) = self.nominal(&tokens, verb + 1)?;
            return Some(Attribution {
                speaker: Some(speaker),
                speaker_range: Some(range),
                channel: Some(tokens[verb].lower.clone()),
            });
        }
        // according to X
        if tokens[i].lower == "according" && tokens.get(i + 1).is_some_and(|t| t.lower == "to") {
            let t = tokens.get(i + 2)?;
            let (speaker, range) = self.speaker_at(t)?;
            return Some(Attribution {
                speaker: Some(speaker),
                speaker_range: Some(range),
                channel: Some("according to".into()),
            });
        }
        // X said / he said / X, the mayor, said / union chair X said
        while i + 1 < tokens.len()
            && tokens[i].word
            && self.speaker_at(&tokens[i]).is_none()
            && (self.lex.is_role_word(&tokens[i].lower) || tokens[i].upper)
        {
            i += 1;
        }
        let (speaker, speaker_range) = match self.speaker_at(&tokens[i]) {
            Some(found) => found,
            None => {
                let (speaker, range, _) = self.nominal(&tokens, i)?;
                (speaker, range)
            }
        };
        let mut k = i + 1;
        while k < tokens.len() && tokens[k].start < speaker_range.end {
            k += 1;
        }
        let mut skipped = 0;
        let mut in_apposition = false;
        while k < tokens.len() && skipped < 8 {
            let t = &tokens[k];
            if t.word && self.lex.is_speech_verb(&t.lower) && !in_apposition {
                return Some(Attribution {
                    speaker: Some(speaker),
                    speaker_range: Some(speaker_range),
                    channel: Some(self.channel(&tokens, k)),
                });
            }
            if t.lower == "," {
                in_apposition = !in_apposition;
            } else if !t.word || (t.cap && !in_apposition) {
                break;
            }
            skipped += 1;
            k += 1;
        }
        None
    }

    /// `X said: "..."`, `She told the Herald: "..."`, `X said the offer "..."`.
    fn attribute_before(&self, range: TextRange) -> Option<Attribution> {
        let tokens = tokenize(self.text, range);
        // The speech verb nearest the quote with a speaker right before it.
        for verb in (0..tokens.len()).rev() {
            let lower = tokens[verb].lower.as_str();
            if !tokens[verb].word
                || !(self.lex.is_speech_verb(lower) || CHARACTERISING_VERBS.contains(&lower))
            {
                continue;
            }
            let mut k = verb;
            let mut gap = 0;
            // An aside between speaker and verb that says where the words
            // were said ("X, in an interview with the Herald, warned").
            let mut channel_aside: Option<TextRange> = None;
            let channel = |aside: Option<TextRange>| {
                let verb_words = self.channel(&tokens, verb);
                match aside.and_then(|range| self.text.get(range.start..range.end)) {
                    Some(aside) => format!("{verb_words}, {aside}"),
                    None => verb_words,
                }
            };
            while k > 0 && gap < 4 {
                k -= 1;
                let t = &tokens[k];
                let found = self.speaker_ending_at(t).or_else(|| {
                    // "the union said", "the mayor told"
                    (k >= 1 && tokens[k - 1].lower == "the")
                        .then(|| self.nominal(&tokens, k - 1))
                        .flatten()
                        .filter(|&(_, _, end)| end == k + 1)
                        .map(|(speaker, range, _)| (speaker, range))
                });
                if let Some((speaker, speaker_range)) = found {
                    return Some(Attribution {
                        speaker: Some(speaker),
                        speaker_range: Some(speaker_range),
                        channel: Some(channel(channel_aside)),
                    });
                }
                if t.lower == "," {
                    let aside = (0..k)
                        .rev()
                        .find(|&c| tokens[c].lower == ",")
                        .filter(|&comma| k - comma <= 12);
                    // "X, the union's chair, said" and "X, who leads Y, said"
                    // skip the aside; "the mayor, Anton Brell, said" names
                    // the speaker in it.
                    let aside_is_name =
                        aside.is_some_and(|comma| tokens.get(comma + 1).is_some_and(|t| t.cap));
                    if (aside.is_none() || aside_is_name)
                        && let Some(found) = k
                            .checked_sub(1)
                            .and_then(|p| self.speaker_ending_at(&tokens[p]))
                    {
                        return Some(Attribution {
                            speaker: Some(found.0),
                            speaker_range: Some(found.1),
                            channel: Some(channel(channel_aside)),
                        });
                    }
                    if let Some(comma) = aside {
                        if is_channel_aside(&tokens[comma + 1..k]) {
                            channel_aside = Some(TextRange {
                                start: tokens[comma + 1].start,
                                end: tokens[k - 1].end,
                            });
                        }
                        k = comma;
                        continue;
                    }
                } else if t.lower == ")" {
                    // Skip "(VPA)" after a name.
                    if let Some(open) = (0..k).rev().find(|&c| tokens[c].lower == "(")
                        && k - open <= 4
                    {
                        k = open;
                        continue;
                    }
                    break;
                } else if !t.word {
                    break;
                }
                gap += 1;
            }
        }
        // X: "..."
        let last = tokens.len().checked_sub(1)?;
        if tokens[last].lower == ":" && last > 0 {
            let (speaker, speaker_range) = self.speaker_ending_at(&tokens[last - 1])?;
            return Some(Attribution {
                speaker: Some(speaker),
                speaker_range: Some(speaker_range),
                channel: None,
            });
        }
        None
    }

    /// The speech verb at `verb` and its object, up to a stop: "told reporters",
    /// "wrote on X", "said in a statement".
    fn channel(&self, tokens: &[Token], verb: usize) -> String {
        let start = tokens[verb].start;
        let mut end = tokens[verb].end;
        let takes_object = matches!(
            tokens[verb].lower.as_str(),
            "told" | "tells" | "tell" | "asked" | "asks"
        );
        let opens_phrase = tokens
            .get(verb + 1)
            .is_some_and(|t| CHANNEL_PREPOSITIONS.contains(&t.lower.as_str()));
        if !takes_object && !opens_phrase {
            return self.text.get(start..end).unwrap_or("").to_string();
        }
        let mut last_kept = verb;
        let mut k = verb + 1;
        while k < tokens.len() && k - verb <= 6 {
            let t = &tokens[k];
            // After the object ("told reporters") or the platform ("on X"),
            // a further preposition starts the circumstances, not the channel.
            let second_preposition = k > verb + 1
                && (CHANNEL_PREPOSITIONS.contains(&t.lower.as_str())
                    || matches!(
                        t.lower.as_str(),
                        "outside" | "near" | "inside" | "after" | "before" | "during"
                    ));
            let stop = !t.word && !matches!(t.lower.as_str(), "'" | "’" | "&" | "-")
                || second_preposition
                || CHANNEL_STOPS.contains(&t.lower.as_str())
                || crate::text::WEEKDAYS.contains(&t.lower.as_str())
                || t.lower.starts_with(|c: char| c.is_ascii_digit())
                || self.piece_starting_at(t.start);
            if stop {
                break;
            }
            last_kept = k;
            k += 1;
        }
        // Drop a dangling "on" or "the" ("said on Tuesday" -> "said").
        while last_kept > verb
            && (CHANNEL_PREPOSITIONS.contains(&tokens[last_kept].lower.as_str())
                || matches!(
                    tokens[last_kept].lower.as_str(),
                    "the" | "a" | "an" | "his" | "her" | "their"
                ))
        {
            last_kept -= 1;
        }
        if last_kept > verb {
            end = tokens[last_kept].end;
        }
        let channel = self.text.get(start..end).unwrap_or("");
        channel.trim_end_matches('.').to_string()
    }

    fn piece_starting_at(&self, at: usize) -> bool {
        self.pieces.iter().any(|p| p.outer.start == at)
    }

    /// Resolves "the union", "the mayor" at `tokens[at..]` to the organisation
    /// whose name holds the noun, or the person whose role does: the nearest
    /// one before, else the first after. Returns the name, the phrase's
    /// range and the index past the phrase.
    fn nominal(&self, tokens: &[Token], at: usize) -> Option<(String, TextRange, usize)> {
        if tokens.get(at)?.lower != "the" {
            return None;
        }
        let noun = tokens.get(at + 1)?;
        if !noun.word || noun.cap {
            return None;
        }
        let is_org = self.lex.is_org_noun(&noun.lower);
        let is_role = self.lex.is_role_word(&noun.lower);
        if !is_org && !is_role {
            return None;
        }
        let range = TextRange::new(tokens[at].start, noun.end);
        let fits = |m: &&&Mention| {
            if is_org && m.kind == EntityKind::Organization {
                m.text
                    .split_whitespace()
                    .any(|w| key(w).trim_end_matches(['\'', '’']) == noun.lower)
            } else if is_role && m.kind == EntityKind::Person {
                m.role
                    .as_deref()
                    .is_some_and(|role| role.split_whitespace().any(|w| key(w) == noun.lower))
            } else {
                false
            }
        };
        let before = self
            .speakers
            .iter()
            .rev()
            .filter(|m| m.range.end <= range.start)
            .find(fits);
        let chosen = before.or_else(|| self.speakers.iter().find(fits))?;
        Some((self.fullest_name(chosen), range, at + 2))
    }

    /// The speaker a token opens: a person or organisation mention starting
    /// there, or a pronoun resolved to a person.
    fn speaker_at(&self, token: &Token) -> Option<(String, TextRange)> {
        let index = self
            .speakers
            .partition_point(|m| m.range.start < token.start);
        if let Some(mention) = self
            .speakers
            .get(index)
            .filter(|m| m.range.start == token.start)
        {
            return Some((self.fullest_name(mention), mention.range));
        }
        self.pronoun(token)
    }

    /// The speaker a token ends: a mention ending there, or a pronoun.
    fn speaker_ending_at(&self, token: &Token) -> Option<(String, TextRange)> {
        let index = self.speakers.partition_point(|m| m.range.end < token.end);
        if let Some(mention) = self
            .speakers
            .get(index)
            .filter(|m| m.range.end == token.end)
        {
            return Some((self.fullest_name(mention), mention.range));
        }
        self.pronoun(token)
    }

    /// Resolves "he"/"she" to the nearest preceding person of that gender,
    /// else the nearest person whose gender is unknown, else the nearest person.
    fn pronoun(&self, token: &Token) -> Option<(String, TextRange)> {
        let gender = match token.lower.as_str() {
            "he" => Gender::Male,
            "she" => Gender::Female,
            _ => return None,
        };
        let range = TextRange::new(token.start, token.end);
        // Within its own sentence a pronoun mostly takes up the subject, the
        // first person named: "X planned to meet Y, whom he described as".
        if let Some(sentence) = self.sentence_at(token.start) {
            let from = self
                .speakers
                .partition_point(|m| m.range.start < sentence.start);
            let subject = self.speakers[from..]
                .iter()
                .take_while(|m| m.range.end <= token.start)
                .find(|m| m.kind == EntityKind::Person && sentence.contains(m.range));
            if let Some(subject) = subject
                && self.gender_of(subject).is_none_or(|g| g == gender)
            {
                return Some((self.fullest_name(subject), range));
            }
        }
        let before = self
            .speakers
            .partition_point(|m| m.range.end <= token.start);
        let people = self.speakers[..before]
            .iter()
            .rev()
            .filter(|m| m.kind == EntityKind::Person)
            // A pronoun looks back over the last few people named, not the
            // whole article.
            .take(PRONOUN_LOOKBACK);
        let mut unknown = None;
        let mut nearest = None;
        for mention in people {
            nearest.get_or_insert(*mention);
            match self.gender_of(mention) {
                Some(g) if g == gender => return Some((self.fullest_name(mention), range)),
                Some(_) => {}
                None => {
                    unknown.get_or_insert(*mention);
                }
            }
        }
        let chosen = unknown.or(nearest)?;
        Some((self.fullest_name(chosen), range))
    }

    /// What the article tells of a person's gender: a title ("Mr", "Ms"), a
    /// given name, the same of the fuller mention a surname stands for, or a
    /// surname ending.
    fn gender_of(&self, mention: &Mention) -> Option<Gender> {
        let own = self.own_gender(mention);
        if own.is_some() {
            return own;
        }
        let fullest = self.fullest_mention(mention);
        fullest
            .and_then(|m| self.own_gender(m))
            .or_else(|| surname_gender(&last_word(&mention.text)))
    }

    /// The gender one mention tells by its title or given name.
    fn own_gender(&self, mention: &Mention) -> Option<Gender> {
        own_gender(self.lex, mention)
    }

    /// The fullest mention of the same person: more words ending with the
    /// same ones, of a compatible gender, the nearest before it preferred.
    fn fullest_mention(&self, mention: &Mention) -> Option<&Mention> {
        let gender = self.own_gender(mention);
        let at = mention.range.start;
        self.by_surname
            .get(&last_word(&mention.text))?
            .iter()
            .filter(|g| ends_with_words(&g.first.text, &mention.text))
            .filter(|g| match (gender, g.gender) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            })
            .max_by_key(|g| {
                // The nearest mention of this spelling, one before preferred.
                let index = g.starts.partition_point(|&s| s <= at);
                let (before, distance) = match index.checked_sub(1) {
                    Some(i) => (true, at - g.starts[i]),
                    None => (false, g.starts.first().map_or(usize::MAX, |&s| s - at)),
                };
                (
                    g.first.text.split_whitespace().count(),
                    before,
                    std::cmp::Reverse(distance),
                )
            })
            .map(|g| g.first)
    }

    /// The fullest spelling of a person's name in the article ("Coale" ->
    /// "John Coale"); other mentions are returned as written.
    fn fullest_name(&self, mention: &Mention) -> String {
        if mention.kind != EntityKind::Person {
            return mention.text.clone();
        }
        self.fullest_mention(mention)
            .map_or_else(|| mention.text.clone(), |m| m.text.clone())
    }
}

/// The gender one mention tells by its title or given name.
fn own_gender(lex: &Lexicon, mention: &Mention) -> Option<Gender> {
    if let Some(gender) = mention.role.as_deref().and_then(title_gender) {
        return Some(gender);
    }
    let mut words = mention.text.split_whitespace();
    let first = words.next().map(key).unwrap_or_default();
    if words.next().is_some() {
        return lex.given_name_gender(&first);
    }
    None
}

fn last_word(name: &str) -> String {
    name.split_whitespace().last().map(key).unwrap_or_default()
}

/// Whether `full` ends with the words of `short` ("John Coale" / "Coale").
fn ends_with_words(full: &str, short: &str) -> bool {
    let full: Vec<String> = full.split_whitespace().map(key).collect();
    let short: Vec<String> = short.split_whitespace().map(key).collect();
    full.len() >= short.len() && full[full.len() - short.len()..] == short[..]
}

/// Nouns of the occasions and media words are said in ("in an interview",
/// "in a post on X", "at a news conference").
const CHANNEL_NOUNS: &[&str] = &[
    "interview",
    "statement",
    "post",
    "posting",
    "tweet",
    "video",
    "speech",
    "letter",
    "address",
    "broadcast",
    "conference",
    "briefing",
    "email",
    "message",
    "podcast",
    "column",
    "remarks",
    "hearing",
    "testimony",
    "op-ed",
    "blog",
];

/// Whether an aside set off by commas says where words were said: "in an
/// interview with the Herald", "speaking to reporters", "writing on X", but
/// not "in a rare move".
fn is_channel_aside(aside: &[Token]) -> bool {
    let Some(first) = aside.first() else {
        return false;
    };
    match first.lower.as_str() {
        "speaking" | "writing" => aside.len() >= 3,
        "in" | "on" | "at" | "during" | "via" | "through" => aside
            .iter()
            .take(6)
            .any(|t| CHANNEL_NOUNS.contains(&t.lower.as_str())),
        _ => false,
    }
}

/// The gender a title in a role tells ("Mr", "Ms", "Queen").
fn title_gender(role: &str) -> Option<Gender> {
    role.split(|c: char| !c.is_alphanumeric())
        .map(key)
        .find_map(|w| match w.as_str() {
            "mr" | "sir" | "lord" | "king" | "prince" | "duke" | "mister" | "father" => {
                Some(Gender::Male)
            }
            "mrs" | "ms" | "miss" | "dame" | "lady" | "queen" | "princess" | "duchess"
            | "chairwoman" | "spokeswoman" | "congresswoman" | "businesswoman" | "actress" => {
                Some(Gender::Female)
            }
            _ => None,
        })
}

#[cfg(test)]
mod tests;
