//! Tests of the extract stage as a whole: text scrapes, HTML pages, given metadata.

use super::*;
use crate::model::{DocId, GivenMetadata};

fn raw(format: Format, content: &str) -> RawDocument {
    RawDocument {
        id: DocId::from_content(content.as_bytes()),
        origin: "in/page".into(),
        format,
        content: content.into(),
        charset: "UTF-8".into(),
        given: GivenMetadata::default(),
    }
}

fn article(format: Format, content: &str) -> Article {
    let extracted = extract(&raw(format, content), &ExtractConfig::default());
    extracted
        .article
        .unwrap_or_else(|| panic!("no article: {:?}", extracted.diagnostics))
}

fn assert_blocks_fit(article: &Article) {
    let mut joined = Vec::new();
    for block in &article.blocks {
        assert!(block.end <= article.text.len());
        assert!(
            article.text.is_char_boundary(block.start) && article.text.is_char_boundary(block.end)
        );
        joined.push(block.slice(&article.text));
    }
    assert_eq!(joined.join("\n\n"), article.text);
}

const SCRAPE: &str = "Harbour cranes stop as dockworkers strike

Home
News
Sport
Weather
Contact

We use cookies to improve your experience. By continuing you accept our use of cookies. Accept

Home > News > Ports

Harbour cranes stop as dockworkers strike

Published: 2026-03-10
By Kari Lund, Coast Gazette

Share this article
0
12

Dockworkers in the port of Brennvik walked out on Tuesday, halting cargo traffic
for the day, the union said.

\"We will stay out until the offer improves,\" the union chair said.

Pickets were calm and the ferry ran normally, police said on Tuesday afternoon.

Pickets were calm and the ferry ran normally, police said on Tuesday afternoon.

Source: https://www.coastgazette.example/news/cranes-stop

Leave a Comment

Your email address will not be published. Required fields are marked *

© 2026 Coast Gazette. All rights reserved.
";

#[test]
fn a_text_scrape_loses_its_chrome_and_keeps_its_reporting() {
    let article = article(Format::Text, SCRAPE);
    assert_eq!(article.title, "Harbour cranes stop as dockworkers strike");
    assert_eq!(article.published, Some(PartialDate::day(2026, 3, 10)));
    assert_eq!(article.author.as_deref(), Some("Kari Lund"));
    assert_eq!(
        article.url.as_deref(),
        Some("https://www.coastgazette.example/news/cranes-stop")
    );
    assert_eq!(article.source.as_deref(), Some("Coast Gazette"));
    let paragraphs: Vec<&str> = article.text.split("\n\n").collect();
    assert_eq!(
        paragraphs,
        [
            "Dockworkers in the port of Brennvik walked out on Tuesday, halting cargo traffic for the day, the union said.",
            "\"We will stay out until the offer improves,\" the union chair said.",
            "Pickets were calm and the ferry ran normally, police said on Tuesday afternoon.",
        ]
    );
    assert_blocks_fit(&article);
}

#[test]
fn a_headline_after_chrome_is_the_title() {
    let text = "Connect with us\n\nWorld\n\nFerry operator cuts winter timetable to three crossings\n\nadmin\n\nThe ferry operator said on Monday it would run three crossings a day until March.";
    let article = article(Format::Text, text);
    assert_eq!(
        article.title,
        "Ferry operator cuts winter timetable to three crossings"
    );
    assert_eq!(
        article.text,
        "The ferry operator said on Monday it would run three crossings a day until March."
    );
}

#[test]
fn a_date_without_a_year_gives_no_published_date() {
    let text = "Ferry fares rise\n• Admin\n• 11 September, 18:16\n\nFerry fares will rise by 5% from October, the operator said on Thursday.";
    let article = article(Format::Text, text);
    assert_eq!(article.published, None);
    assert_eq!(
        article.text,
        "Ferry fares will rise by 5% from October, the operator said on Thursday."
    );
}

#[test]
fn a_date_line_without_a_year_takes_it_from_the_years_and_weekday_the_text_names() {
    let text = "Ferry fares rise\n• Admin\n• 11 September, 18:16\n\nFerry fares will rise by 5% \
                from October, the operator said on Thursday, the first rise since 2019. \
                Thursday's notice came after a review.";
    let article = article(Format::Text, text);
    assert_eq!(article.published, Some(PartialDate::day(2025, 9, 11)));
}

#[test]
fn given_metadata_wins_and_a_one_line_record_keeps_its_text() {
    let mut document = raw(
        Format::Text,
        "The ferry resumed on Friday after a week of storms, the operator said.",
    );
    document.given = GivenMetadata {
        external_id: Some("r1".into()),
        title: Some("Ferry service resumes".into()),
        published: Some("Fri, 13 Mar 2026 09:00:00 GMT".into()),
        source: Some("Island Post".into()),
        url: Some("https://islandpost.example/2026/03/12/ferry".into()),
        ..GivenMetadata::default()
    };
    let article = extract(&document, &ExtractConfig::default())
        .article
        .unwrap();
    assert_eq!(article.title, "Ferry service resumes");
    assert_eq!(article.published, Some(PartialDate::day(2026, 3, 13)));
    assert_eq!(article.source.as_deref(), Some("Island Post"));
    assert_eq!(article.external_id.as_deref(), Some("r1"));
    assert!(article.text.starts_with("The ferry resumed"));
}

const PAGE: &str = r#"<!DOCTYPE html><html lang="en-GB"><head>
<title>Tide record broken at the old pier | Coast Daily</title>
<meta property="og:site_name" content="Coast Daily">
<link rel="canonical" href="https://coastdaily.example/news/tide-record">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Coast Daily"},
{"@type":["NewsArticle"],"headline":"Tide record broken at the old pier","datePublished":"2026-03-08T10:00:00Z",
"author":[{"@type":"Person","name":"Ola Berg"},{"@type":"Person","name":"Kari Lund"}]}]}</script>
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Tide record broken at the old pier</h1>
<p>The tide at the old pier rose higher on Sunday than at any time since records began, the harbour office said.</p>
<h2>Cellars flooded</h2>
<p>Several cellars along the quay were flooded and two roads were closed for the afternoon, according to the police.</p>
<ul><li>Quay Road closed until Monday</li><li>Ferry delayed by an hour</li></ul>
<blockquote>“We have never seen the water this high,” a shopkeeper told the paper on Sunday evening.</blockquote>
</article><footer>Copyright 2026 Coast Daily</footer></body></html>"#;

#[test]
fn an_html_page_gives_text_blocks_and_metadata() {
    let article = article(Format::Html, PAGE);
    assert_eq!(article.title, "Tide record broken at the old pier");
    assert_eq!(article.source.as_deref(), Some("Coast Daily"));
    assert_eq!(article.author.as_deref(), Some("Ola Berg, Kari Lund"));
    assert_eq!(article.published, Some(PartialDate::day(2026, 3, 8)));
    assert_eq!(article.lang.as_deref(), Some("en"));
    assert_eq!(
        article.url.as_deref(),
        Some("https://coastdaily.example/news/tide-record")
    );
    assert!(
        article.text.starts_with("The tide at the old pier"),
        "{}",
        article.text
    );
    for part in [
        "Cellars flooded",
        "Quay Road closed until Monday",
        "never seen the water",
    ] {
        assert!(
            article
                .blocks
                .iter()
                .any(|b| b.slice(&article.text).contains(part)),
            "{part}: {}",
            article.text
        );
    }
    assert!(!article.text.contains("Copyright"));
    assert!(!article.text.contains("Home"));
    assert_blocks_fit(&article);
}

#[test]
fn titles_lose_the_site_suffix() {
    assert_eq!(
        metadata::strip_site_names(
            "Tide record broken | Coast Daily",
            Some("Coast Daily"),
            None
        ),
        "Tide record broken"
    );
    assert_eq!(
        metadata::strip_site_names(
            "Coast Daily - Tide record broken",
            Some("Coast Daily"),
            None
        ),
        "Tide record broken"
    );
    assert_eq!(
        metadata::strip_site_names("Tide record broken at old pier - The Gazette", None, None),
        "Tide record broken at old pier"
    );
    assert_eq!(
        metadata::strip_site_names("Ferry fares - what changes in spring", None, None),
        "Ferry fares - what changes in spring"
    );
}

#[test]
fn empty_and_consent_pages_are_diagnostics_not_articles() {
    for content in [
        "",
        "<html><body><nav>Home</nav></body></html>",
        "<html><body><div class=\"consent\"><p>We value your privacy. We use cookies and need your consent to continue.</p><button>Accept</button></div></body></html>",
    ] {
        let extracted = extract(&raw(Format::Html, content), &ExtractConfig::default());
        assert!(
            extracted.article.is_none(),
            "{content}: {:?}",
            extracted.article
        );
        assert_eq!(extracted.diagnostics.len(), 1);
        assert_eq!(extracted.diagnostics[0].origin, "in/page");
    }
}

#[test]
fn an_error_page_is_a_diagnostic_and_an_article_about_errors_is_kept() {
    let error = "<html><head><title>Error | Harbour News</title></head><body><p>Something went wrong. We could not find the page you asked for. Try again later.</p></body></html>";
    let extracted = extract(&raw(Format::Html, error), &ExtractConfig::default());
    assert!(extracted.article.is_none(), "{:?}", extracted.article);
    assert!(extracted.diagnostics[0].message.contains("error page"));
    let report = html_page(
        "<title>Error in ferry timetable | Harbour News</title>",
        BODY,
        None,
    );
    assert!(report.text.contains("late ferry"));
}

proptest::proptest! {
    #[test]
    fn extract_never_panics_and_blocks_fit(text in "[a-zA-Z0-9 .,:|>•©\"“”\n<>/=-]{0,400}", html in proptest::bool::ANY) {
        let format = if html { Format::Html } else { Format::Text };
        if let Some(article) = extract(&raw(format, &text), &ExtractConfig::default()).article {
            assert_blocks_fit(&article);
            proptest::prop_assert!(!article.text.is_empty());
        }
    }

    #[test]
    fn extract_survives_any_unicode(text in "\\PC{0,300}") {
        for format in [Format::Text, Format::Html] {
            if let Some(article) = extract(&raw(format, &text), &ExtractConfig::default()).article {
                assert_blocks_fit(&article);
            }
        }
    }
}

/// A paragraph long enough for the content extractor to keep the page.
const BODY: &str = "<p>The harbour board met on Tuesday evening and agreed, after a long debate about the winter timetable, that the late ferry will keep running until the end of April, the chair told reporters outside the hall.</p><p>Commuters had asked for the change since the autumn, when the last crossing was moved forward by an hour and several shift workers were left without a way home across the bay.</p>";

fn html_page(head: &str, body: &str, url: Option<&str>) -> Article {
    let mut document = raw(
        Format::Html,
        &format!("<html lang=\"en-GB\"><head>{head}</head><body>{body}</body></html>"),
    );
    document.given.url = url.map(str::to_string);
    let extracted = extract(&document, &ExtractConfig::default());
    extracted
        .article
        .unwrap_or_else(|| panic!("no article: {:?}", extracted.diagnostics))
}

#[test]
fn a_utc_stamp_takes_the_local_day_of_the_same_moment() {
    let article = html_page(
        "<title>Late ferry kept</title><meta property=\"article:published_time\" content=\"2026-03-11T03:30:59+00:00\">",
        &format!(
            "<article><h1>Late ferry kept</h1><time datetime=\"2026-03-10 21:30:59\">March 10, 2026, 9:30 pm</time>{BODY}</article>"
        ),
        None,
    );
    assert_eq!(article.published, Some(PartialDate::day(2026, 3, 10)));
}

#[test]
fn open_graph_publication_time_beats_stale_linked_data() {
    let article = html_page(
        "<title>Late ferry kept</title><meta property=\"article:published_time\" content=\"2026-03-12T08:00:00+01:00\"><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Late ferry kept\",\"datePublished\":\"2025-11-02T10:00:00+01:00\"}</script>",
        &format!("<h1>Late ferry kept</h1>{BODY}"),
        None,
    );
    assert_eq!(article.published, Some(PartialDate::day(2026, 3, 12)));
}

#[test]
fn a_labelled_publication_line_beats_an_update_line() {
    let article = html_page(
        "<title>Late ferry kept</title>",
        &format!(
            "<article><h1>Late ferry kept</h1><p><span>Last updated on:</span> <span>November 29, 2025</span></p><p><span>Published:</span> <span>October 29, 2024</span></p>{BODY}</article>"
        ),
        None,
    );
    assert_eq!(article.published, Some(PartialDate::day(2024, 10, 29)));
}

#[test]
fn the_dateline_by_the_headline_beats_dates_elsewhere() {
    let article = html_page(
        "<title>Late ferry kept</title>",
        &format!(
            "<nav><span>Archive</span> <span>3 March 2025</span></nav><h1>Late ferry kept</h1><div class=\"date\">January 7, 2026</div>{BODY}<aside><p>12 May 2024</p></aside>"
        ),
        None,
    );
    assert_eq!(article.published, Some(PartialDate::day(2026, 1, 7)));
}

#[test]
fn a_shown_dateline_beats_a_generic_date_tag_and_a_confirmed_one_beats_the_stated_date() {
    // A meta tag named only "date" gives way to the date by the headline.
    let article = html_page(
        "<title>Late ferry kept</title><meta name=\"date\" content=\"2026-02-20T11:02:44+01:00\">",
        &format!("<h1>Late ferry kept</h1><span class=\"when\">27.01.2026</span>{BODY}"),
        None,
    );
    assert_eq!(article.published, Some(PartialDate::day(2026, 1, 27)));
    // The shown date, restated by another tag, beats the stated publication.
    let article = html_page(
        "<title>Late ferry kept</title><meta name=\"pubdate\" content=\"2025-12-14T15:41:07+01:00\"><meta name=\"DC.date.issued\" content=\"2026-02-04T15:33:00+01:00\">",
        &format!("<h1>Late ferry kept</h1><p>04.02.2026 | 15:33</p>{BODY}"),
        None,
    );
    assert_eq!(article.published, Some(PartialDate::day(2026, 2, 4)));
    // Unconfirmed, the stated publication stands.
    let article = html_page(
        "<title>Late ferry kept</title><meta name=\"pubdate\" content=\"2025-12-14T15:41:07+01:00\">",
        &format!("<h1>Late ferry kept</h1><p>04.02.2026 | 15:33</p>{BODY}"),
        None,
    );
    assert_eq!(article.published, Some(PartialDate::day(2025, 12, 14)));
}

#[test]
fn a_publication_mark_in_related_posts_dates_another_story() {
    let article = html_page(
        "<title>Late ferry kept</title>",
        &format!(
            "<h1>Late ferry kept</h1>{BODY}<div class=\"related-posts\"><p><time class=\"published\" datetime=\"2009-04-11\">11 April 2009</time></p></div>"
        ),
        Some("https://bay.example/2019/10/22/late-ferry"),
    );
    assert_eq!(article.published, Some(PartialDate::day(2019, 10, 22)));
}

#[test]
fn a_url_date_beats_a_stray_time_element_and_slashes_follow_the_language() {
    let article = html_page(
        "<title>Late ferry kept</title>",
        &format!("<h1>Late ferry kept</h1>{BODY}<div><time>11 April 2009</time></div>"),
        Some("https://bay.example/2019/10/22/late-ferry"),
    );
    assert_eq!(article.published, Some(PartialDate::day(2019, 10, 22)));
    // A British page writes the day first.
    let article = html_page(
        "<title>Late ferry kept</title>",
        &format!("<h1>Late ferry kept</h1><p>Ada Kerr - 02/10/2020</p>{BODY}"),
        None,
    );
    assert_eq!(article.published, Some(PartialDate::day(2020, 10, 2)));
}

#[test]
fn a_time_element_in_the_article_beats_a_bare_date_tag() {
    let article = html_page(
        "<title>Late ferry kept</title><meta name=\"date\" content=\"2026-03-20\">",
        &format!(
            "<article><h1>Late ferry kept</h1><time datetime=\"2026-03-12T09:00:00+01:00\">Thursday</time>{BODY}</article>"
        ),
        None,
    );
    assert_eq!(article.published, Some(PartialDate::day(2026, 3, 12)));
    // Without one, the date tag still dates the page.
    let article = html_page(
        "<title>Late ferry kept</title><meta name=\"date\" content=\"2026-03-20\">",
        &format!("<article><h1>Late ferry kept</h1>{BODY}</article>"),
        None,
    );
    assert_eq!(article.published, Some(PartialDate::day(2026, 3, 20)));
}

#[test]
fn a_written_or_erschienen_line_is_a_labelled_publication_date() {
    let article = html_page(
        "<title>Late ferry kept</title>",
        &format!(
            "<h1>Late ferry kept</h1>{BODY}<p>Letzte Änderung: 11.03.2026 - 14:49<br>Erschienen am: 12.03.2026<br>Lesungen: 61</p>"
        ),
        None,
    );
    assert_eq!(article.published, Some(PartialDate::day(2026, 3, 12)));
    // The narrow line keeps its label when its parent also holds the update.
    let article = html_page(
        "<title>Late ferry kept</title>",
        &format!(
            "<div><a href=\"/news\">News</a><span>9 March 2026</span></div><h1>Late ferry kept</h1><p class=\"date\">Written: 2026-03-12 15:03:30<span> / </span>Updated: 2026-03-13 09:30:46</p>{BODY}"
        ),
        None,
    );
    assert_eq!(article.published, Some(PartialDate::day(2026, 3, 12)));
}

#[test]
fn a_dateline_padded_with_spaces_is_still_a_date_line() {
    // Templates indent a line's parts: the node is long, its text is not.
    let padding = " ".repeat(240);
    let article = html_page(
        "<title>Late ferry kept</title><meta name=\"pubdate\" content=\"2025-12-14T15:41:07+01:00\"><meta name=\"DC.date.issued\" content=\"2026-02-04T15:33:00+01:00\">",
        &format!(
            "<h1>Late ferry kept</h1><p><strong>\n  04.02.2026 | 15:33 Uhr\n{padding}|\n{padding}<a>Ada Kerr</a></strong></p>{BODY}"
        ),
        None,
    );
    assert_eq!(article.published, Some(PartialDate::day(2026, 2, 4)));
}

#[test]
fn an_accented_publication_label_marks_the_publication_line() {
    // "Veröffentlicht" is the label even when a comment's `<time>` sits in the article.
    let article = html_page(
        "<title>Late ferry kept</title>",
        &format!(
            "<article><h2>Late ferry kept</h2>{BODY}<p>Veröffentlicht am 16.08.2019<br>Dauer: 1 Stunde</p><ol><li><article><footer><time datetime=\"2019-08-24T03:36:11+02:00\">24. August 2019</time></footer><p>Thanks!</p></article></li></ol></article>"
        ),
        None,
    );
    assert_eq!(article.published, Some(PartialDate::day(2019, 8, 16)));
}

#[test]
fn a_bare_date_tag_later_than_the_shown_dates_gives_way_to_the_first() {
    let article = html_page(
        "<title>Late ferry kept</title><meta name=\"date\" content=\"2026-02-12\">",
        &format!("<h2>Late ferry kept</h2><div class=\"meta\"><span>05.02.2026</span></div>{BODY}"),
        None,
    );
    assert_eq!(article.published, Some(PartialDate::day(2026, 2, 5)));
    // A date shown after it (a coming event) leaves the tag standing.
    let article = html_page(
        "<title>Late ferry kept</title><meta name=\"date\" content=\"2026-02-12\">",
        &format!(
            "<h2>Late ferry kept</h2>{BODY}<ul><li><span>29.02.2028 18:00 Uhr</span></li></ul>"
        ),
        None,
    );
    assert_eq!(article.published, Some(PartialDate::day(2026, 2, 12)));
}

#[test]
fn a_text_opening_with_its_date_is_dated_by_it() {
    let article = html_page(
        "<title>Late ferry kept</title>",
        "<h2>Late ferry kept</h2><p>29.11.2025 – The harbour board met on Tuesday evening and agreed that the late ferry will keep running until the end of April.</p><p>Commuters had asked for the change since the autumn, when the last crossing was moved forward by an hour.</p>",
        None,
    );
    assert_eq!(article.published, Some(PartialDate::day(2025, 11, 29)));
    let article = html_page(
        "<title>Late ferry kept</title>",
        "<h2>Late ferry kept</h2><p>(21. November 2025) The harbour board met on Tuesday evening and agreed that the late ferry will keep running until April.</p><p>Commuters had asked for the change since the autumn, when the last crossing was moved forward by an hour.</p>",
        None,
    );
    assert_eq!(article.published, Some(PartialDate::day(2025, 11, 21)));
}

#[test]
fn the_dateline_is_read_from_the_articles_headline_not_the_logos() {
    let links: String = (1..=45)
        .map(|n| format!("<span><a href=\"/s/{n}\">Section {n}</a></span>"))
        .collect();
    let article = html_page(
        "<title>Late ferry kept</title><meta name=\"date\" content=\"2026-03-20\">",
        &format!(
            "<div class=\"masthead\"><h1><a href=\"/\">Bay News</a></h1><div>{links}</div></div><h1>Late ferry kept</h1><p>12 March 2026</p>{BODY}"
        ),
        None,
    );
    assert_eq!(article.published, Some(PartialDate::day(2026, 3, 12)));
}

#[test]
fn a_kicker_inside_the_headline_is_not_the_title() {
    let article = html_page(
        "<title>Ferries: Late crossing kept until April | Bay News</title><meta property=\"og:site_name\" content=\"Bay News\">",
        &format!(
            "<article><h1><span class=\"article-kicker\">Ferries</span><span class=\"article-title\">Late crossing kept until April</span></h1>{BODY}</article>"
        ),
        None,
    );
    assert_eq!(article.title, "Late crossing kept until April");
    // A `<small>` line above a `<br>`.
    let article = html_page(
        "<title>Week in review | Late crossing kept until April</title>",
        &format!(
            "<article><h1><span><small>Week in review</small><br>Late crossing kept until April</span></h1>{BODY}</article>"
        ),
        None,
    );
    assert_eq!(article.title, "Late crossing kept until April");
}

#[test]
fn a_site_name_inside_the_headline_is_cut() {
    let article = html_page(
        "<title>Late crossing kept until April</title><meta property=\"og:site_name\" content=\"Bay News\">",
        &format!(
            "<h1>Late crossing kept until April<span class=\"element-invisible\"> | Bay News</span></h1>{BODY}"
        ),
        None,
    );
    assert_eq!(article.title, "Late crossing kept until April");
    // A subtitle is not a site's name.
    let article = html_page(
        "<title>Late crossing kept – For Now | Bay News</title><meta property=\"og:site_name\" content=\"Bay News\">",
        &format!("<h1>Late crossing kept – For Now</h1>{BODY}"),
        None,
    );
    assert_eq!(article.title, "Late crossing kept – For Now");
}

#[test]
fn a_template_label_or_a_blog_name_in_the_heading_is_not_the_title() {
    let article = html_page(
        "<title>Late crossing kept until April</title>",
        &format!("<h1>The Blog Single</h1>{BODY}"),
        None,
    );
    assert_eq!(article.title, "Late crossing kept until April");
    // A stated title of a word or a date is weaker than the heading.
    let article = html_page(
        "<title>08.11.2021</title>",
        &format!("<h1>Late crossing kept until April</h1>{BODY}"),
        None,
    );
    assert_eq!(article.title, "Late crossing kept until April");
    let article = html_page(
        "<title>Harbour Notes: Late crossing kept until April</title><meta property=\"og:title\" content=\"Late crossing kept until April\">",
        &format!("<h1><a href=\"/\">Harbour Notes</a></h1>{BODY}"),
        None,
    );
    assert_eq!(article.title, "Late crossing kept until April");
}

#[test]
fn a_label_in_its_own_element_reads_the_name_after_it() {
    let article = html_page(
        "<title>Late crossing kept until April</title>",
        &format!(
            "<h1>Late crossing kept until April</h1>{BODY}<p>The board will review the timetable again in the spring, once the winter figures are in.<br><strong>Text:</strong> <a href=\"/p/7\">Ola Berg</a><br><strong>Photos:</strong> Ada Kerr</p>"
        ),
        None,
    );
    assert_eq!(article.author.as_deref(), Some("Ola Berg"));
}

#[test]
fn a_name_linked_to_the_writers_page_is_the_author() {
    let article = html_page(
        "<title>Late crossing kept until April</title>",
        &format!(
            "<h1>Late crossing kept until April</h1><div class=\"meta\"><a href=\"https://bay.example/author/ola-berg/\">Ola Berg</a></div>{BODY}<footer><a href=\"/author/site-team/\">Site Team</a></footer>"
        ),
        None,
    );
    assert_eq!(article.author.as_deref(), Some("Ola Berg"));
    // A link to the writer's page that reads as a prompt names nobody.
    let article = html_page(
        "<title>Late crossing kept until April</title>",
        &format!(
            "<h1>Late crossing kept until April</h1>{BODY}<p><a href=\"/author/ola-berg/\">More Posts</a></p>"
        ),
        None,
    );
    assert_eq!(article.author, None);
}

#[test]
fn a_date_and_a_name_on_one_line_name_the_author() {
    let article = html_page(
        "<title>Late crossing kept until April</title>",
        &format!(
            "<small>04.02.2026 | 13:10 Uhr | Ola Berg</small><h1>Late crossing kept until April</h1>{BODY}"
        ),
        None,
    );
    assert_eq!(article.author.as_deref(), Some("Ola Berg"));
    // A place after the date is no name.
    let article = html_page(
        "<title>Late crossing kept until April</title>",
        &format!("<h1>Late crossing kept until April</h1><p>04.02.2026 - Bay</p>{BODY}"),
        None,
    );
    assert_eq!(article.author, None);
}

#[test]
fn a_card_labelled_with_the_writer_names_the_author() {
    let article = html_page(
        "<title>Late crossing kept until April</title><meta name=\"twitter:label1\" content=\"Reading time\"><meta name=\"twitter:data1\" content=\"4 minutes\"><meta name=\"twitter:label2\" content=\"Verfasst von\"><meta name=\"twitter:data2\" content=\"Ola Berg\">",
        BODY,
        None,
    );
    assert_eq!(article.author.as_deref(), Some("Ola Berg"));
    let article = html_page(
        "<title>Late crossing kept until April</title><meta name=\"twitter:label1\" content=\"Reading time\"><meta name=\"twitter:data1\" content=\"4 minutes\">",
        BODY,
        None,
    );
    assert_eq!(article.author, None);
}

#[test]
fn a_section_heading_is_not_the_title() {
    let article = html_page(
        "<title>Late crossing kept until April, the harbour board says | Local Politics</title>",
        &format!("<h1>Local Politics</h1>{BODY}"),
        None,
    );
    assert_ne!(article.title, "Local Politics");
    assert!(article.title.starts_with("Late crossing kept"));
}

#[test]
fn an_author_link_may_give_a_user_name() {
    let article = html_page(
        "<title>Late ferry kept</title>",
        &format!(
            "<h1>Late ferry kept</h1><p class=\"meta\">Posted in <a href=\"/c/news\">News</a> by <a href=\"/u/ferryfan_42/\" rel=\"author\">ferryfan_42</a></p>{BODY}"
        ),
        None,
    );
    assert_eq!(article.author.as_deref(), Some("ferryfan_42"));
    // A lower-case word in an ordinary byline element is still no name.
    let article = html_page(
        "<title>Late ferry kept</title>",
        &format!("<h1>Late ferry kept</h1><p class=\"byline\">admin</p>{BODY}"),
        None,
    );
    assert_eq!(article.author, None);
}

#[test]
fn german_byline_labels_name_the_author() {
    for line in [
        "Autoren Ada Kerr und Ola Berg",
        "Redaktion: Ada Kerr (Pressesprecherin)",
        "<b>Von:</b> <br> Ada Kerr",
        "Artikel von Ada Kerr",
        "von Ada Kerr am 12. März 2026",
        "Posted on March 12, 2026 by Ada Kerr",
    ] {
        let article = html_page(
            "<title>Late ferry kept</title>",
            &format!("<h1>Late ferry kept</h1>{BODY}<p>{line}</p>"),
            None,
        );
        assert!(
            article
                .author
                .as_deref()
                .is_some_and(|author| author.starts_with("Ada Kerr")),
            "{line}: {:?}",
            article.author
        );
    }
}

#[test]
fn an_author_heading_names_the_writer_in_the_element_after_it() {
    let article = html_page(
        "<title>Late ferry kept</title>",
        &format!(
            "<h1>Late ferry kept</h1>{BODY}<div class=\"meta\"><h4>Autor</h4><p><a href=\"/profil/ada-kerr\">Ada Kerr</a>, </p></div>"
        ),
        None,
    );
    assert_eq!(article.author.as_deref(), Some("Ada Kerr"));
}

#[test]
fn authors_keep_co_authors_and_suffixes_and_skip_credits_and_labels() {
    let article = html_page(
        "<title>Late ferry kept</title><meta name=\"citation_author\" content=\"Ada Kerr\"><meta name=\"citation_author\" content=\"Ola Berg\">",
        &format!("<h1>Late ferry kept</h1>{BODY}"),
        None,
    );
    assert_eq!(article.author.as_deref(), Some("Ada Kerr, Ola Berg"));
    let article = html_page(
        "<title>Late ferry kept</title><meta name=\"author\" content=\"By Tom Dale Jr., MD\">",
        &format!("<h1>Late ferry kept</h1>{BODY}"),
        None,
    );
    assert_eq!(article.author.as_deref(), Some("Tom Dale Jr., MD"));
    // A role or the outlet after the name is neither a co-author.
    let article = html_page(
        "<title>Late ferry kept</title><meta property=\"og:site_name\" content=\"Bay News\"><meta name=\"author\" content=\"Sean Holm, Senior Analyst, Bay News\">",
        &format!("<h1>Late ferry kept</h1>{BODY}"),
        None,
    );
    assert_eq!(article.author.as_deref(), Some("Sean Holm"));
    // An organisation as the stated author gives way to the person in the byline.
    let article = html_page(
        "<title>Late ferry kept</title><meta name=\"author\" content=\"Bay Post GmbH\">",
        &format!("<h1>Late ferry kept</h1><p class=\"byline\">By Nils Holm</p>{BODY}"),
        None,
    );
    assert_eq!(article.author.as_deref(), Some("Nils Holm"));
    // A character reference in a name is decoded before the name is split.
    let article = html_page(
        "<title>Late ferry kept</title><meta name=\"author\" content=\"Redacci&amp;oacute;n Bah&amp;iacute;a\">",
        &format!("<h1>Late ferry kept</h1>{BODY}"),
        None,
    );
    assert_eq!(article.author.as_deref(), Some("Redacción Bahía"));
    let article = html_page(
        "<title>Late ferry kept</title>",
        &format!(
            "<h1>Late ferry kept</h1><span class=\"author\">View</span>{BODY}<footer><p>Theme by <a href=\"/\">Quaystyle</a></p></footer>"
        ),
        None,
    );
    assert_eq!(article.author, None);
}

#[test]
fn a_page_of_many_small_numbers_under_one_element_still_extracts() {
    let numbers: String = (0..3000)
        .map(|at| format!("<span>{at} 2024</span>"))
        .collect();
    let article = html_page(
        "<title>Late ferry kept</title>",
        &format!("<h1>Late ferry kept</h1>{BODY}<div>{numbers}</div>"),
        None,
    );
    assert_blocks_fit(&article);
}

#[test]
fn linked_headlines_below_the_article_go_but_a_linked_heading_in_it_stays() {
    // The heading is linked from a contents list as well as standing as
    // plain text, so it is not a link line; the teasers are links wherever
    // they stand.
    let body = format!(
        r##"<ul class="contents"><li><a href="#fares">Fares for the winter</a></li></ul>
        <article><h1>Late ferry keeps running</h1>{BODY}<h2 id="fares">Fares for the winter</h2>{BODY}
        <h3><a href="/pier">New pier opens on the north quay</a></h3><p>March 2026</p>
        <h3><a href="/fares">Ferry fares rise again in May</a></h3><p>February 2026</p></article>"##
    );
    let article = html_page("<title>Late ferry keeps running</title>", &body, None);
    assert!(
        article.text.contains("Fares for the winter"),
        "{}",
        article.text
    );
    assert!(!article.text.contains("New pier opens"), "{}", article.text);
    assert!(
        !article.text.contains("Ferry fares rise again"),
        "{}",
        article.text
    );
}
