//! The HTTP server in-process: every API endpoint (good and bad input) and the
//! pages, through the router with `tower::ServiceExt::oneshot`, no socket.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use dossier::http::{AppState, MAX_INGEST_BYTES, app};
use dossier_core::model::{
    Article, DocId, PartialDate, Relation, RelationKind, StoryId, TextRange,
};
use dossier_core::pipeline::{Change, ChangeSet};
use dossier_store::{SqliteStore, Store};
use tower::ServiceExt;

use crate::util::{Workspace, assert_success, stdout};

const HOSTILE_TITLE: &str = "<script>alert('title')</script> Ferry \"news\"";
const HOSTILE_TEXT: &str = "Click <a href=\"javascript:alert(2)\">here</a> now.\n\n\
    <img src=x onerror=\"alert(3)\"> The ferry <b onmouseover=alert(4)>stopped</b>.";

fn article(id: &str, title: &str, source: &str, published: PartialDate, text: &str) -> Article {
    let blocks = text
        .split("\n\n")
        .scan(0usize, |offset, paragraph| {
            let start = *offset;
            *offset += paragraph.len() + 2;
            Some(TextRange::new(start, start + paragraph.len()))
        })
        .collect();
    Article {
        id: DocId(id.into()),
        origin: format!("{id}.txt"),
        external_id: None,
        url: Some(format!("https://news.example/{id}")),
        title: title.into(),
        source: Some(source.into()),
        author: None,
        published: Some(published),
        lang: Some("en".into()),
        blocks,
        text: text.into(),
        extra: serde_json::Map::new(),
    }
}

/// A database with a two-article story (one copies the other) and a story of
/// one hostile article.
fn fixture(workspace: &Workspace) -> std::path::PathBuf {
    let db = workspace.db();
    let mut store = SqliteStore::open(&db).expect("opening the fixture database");
    let first = article(
        "a1",
        "Harbour workers walk out",
        "Coast Gazette",
        PartialDate::day(2026, 5, 4),
        "Harbour workers walked out on Monday.\n\nAbout 300 workers joined the strike, the union said.",
    );
    let copy = article(
        "a2",
        "Harbour workers walk out (wire)",
        "Bay Courier",
        PartialDate::day(2026, 5, 5),
        "Harbour workers walked out on Monday.\n\nAbout 300 workers joined the strike.",
    );
    let mut hostile = article(
        "a3",
        HOSTILE_TITLE,
        "<i>Evil</i> Outlet",
        PartialDate::day(2025, 1, 2),
        HOSTILE_TEXT,
    );
    hostile.url = Some("javascript:alert(5)".into());
    let assign = |doc: &str, story: &str| Change::AssignStory {
        doc: DocId(doc.into()),
        story: StoryId(story.into()),
        similarity: 0.5,
        evidence: vec!["harbour".into()],
    };
    let changes = vec![
        Change::InsertArticle(Box::new(first)),
        Change::InsertArticle(Box::new(copy)),
        Change::InsertArticle(Box::new(hostile)),
        Change::InsertRelation(Relation {
            a: DocId("a1".into()),
            b: DocId("a2".into()),
            kind: RelationKind::NearDuplicate,
            score: 0.93,
        }),
        Change::CreateStory {
            id: StoryId("s1".into()),
            title: "Harbour workers walk out".into(),
        },
        Change::CreateStory {
            id: StoryId("s2".into()),
            title: HOSTILE_TITLE.into(),
        },
        assign("a1", "s1"),
        assign("a2", "s1"),
        assign("a3", "s2"),
    ];
    store
        .apply(&ChangeSet {
            changes,
            ..ChangeSet::default()
        })
        .expect("writing the fixture");
    db
}

struct Answer {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: Vec<u8>,
}

impl Answer {
    fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|error| {
            panic!(
                "not JSON ({error}): {}",
                String::from_utf8_lossy(&self.body)
            )
        })
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    #[track_caller]
    fn assert_error(&self, status: StatusCode, code: &str) {
        assert_eq!(self.status, status, "{}", self.text());
        let json = self.json();
        assert_eq!(json["error"]["code"], code, "{json}");
        assert!(
            json["error"]["message"]
                .as_str()
                .is_some_and(|m| !m.is_empty()),
            "{json}"
        );
    }
}

async fn send(db: &std::path::Path, request: Request<Body>) -> Answer {
    let response = app(AppState::new(db))
        .oneshot(request)
        .await
        .expect("the router always answers");
    let status = response.status();
    let headers = response.headers().clone();
    let body = axum::body::to_bytes(response.into_body(), 64 * 1024 * 1024)
        .await
        .expect("reading the body")
        .to_vec();
    Answer {
        status,
        headers,
        body,
    }
}

async fn get(db: &std::path::Path, uri: &str) -> Answer {
    send(db, Request::get(uri).body(Body::empty()).expect("request")).await
}

async fn post(db: &std::path::Path, uri: &str, content_type: &str, body: Vec<u8>) -> Answer {
    let request = Request::post(uri)
        .header(header::CONTENT_TYPE, content_type)
        .body(Body::from(body))
        .expect("request");
    send(db, request).await
}

#[tokio::test]
async fn stories_are_listed_largest_first_and_paged() {
    let workspace = Workspace::new();
    let db = fixture(&workspace);
    let answer = get(&db, "/api/stories").await;
    assert_eq!(answer.status, StatusCode::OK);
    let json = answer.json();
    assert_eq!(json["total"], 2);
    assert_eq!(json["stories"][0]["id"], "s1");
    assert_eq!(json["stories"][0]["articles"], 2);
    assert_eq!(json["stories"][0]["first_published"], "2026-05-04");

    let second = get(&db, "/api/stories?per_page=1&page=2").await.json();
    assert_eq!(second["stories"].as_array().map(Vec::len), Some(1));
    assert_eq!(second["stories"][0]["id"], "s2");
    let past_end = get(&db, "/api/stories?per_page=1&page=9").await.json();
    assert_eq!(past_end["stories"].as_array().map(Vec::len), Some(0));

    let recent = get(&db, "/api/stories?sort=recent").await.json();
    assert_eq!(recent["stories"][0]["id"], "s1");
    let by_outlet = get(&db, "/api/stories?source=bay%20courier").await.json();
    assert_eq!(by_outlet["total"], 1);
    let by_date = get(&db, "/api/stories?from=2026-01&to=2026-12-31")
        .await
        .json();
    assert_eq!(by_date["total"], 1);
    assert_eq!(by_date["stories"][0]["id"], "s1");
    let by_entity = get(&db, "/api/stories?entity=Nobody%20Known").await;
    assert_eq!(by_entity.status, StatusCode::OK);
    assert_eq!(by_entity.json()["total"], 0);
}

#[tokio::test]
async fn bad_paging_and_filters_get_stable_codes() {
    let workspace = Workspace::new();
    let db = fixture(&workspace);
    for uri in [
        "/api/stories?page=0",
        "/api/stories?page=-1",
        "/api/stories?page=abc",
        "/api/stories?page=%ZZ",
        "/api/stories?per_page=0",
        "/api/stories?per_page=101",
        "/api/stories?per_page=99999999999999999999999",
        "/api/entities?per_page=500",
    ] {
        get(&db, uri)
            .await
            .assert_error(StatusCode::BAD_REQUEST, "bad_paging");
    }
    for uri in [
        "/api/stories?sort=loudest",
        "/api/stories?from=2026-13-01",
        "/api/stories?from=2026-05-01&to=2026-01-01",
        "/api/entities?kind=robot",
        "/api/search",
        "/api/search?q=%20%20",
    ] {
        get(&db, uri)
            .await
            .assert_error(StatusCode::BAD_REQUEST, "bad_parameter");
    }
}

#[tokio::test]
async fn one_story_is_the_export_contract() {
    let workspace = Workspace::new();
    let db = fixture(&workspace);
    let answer = get(&db, "/api/stories/s1").await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    let json = answer.json();
    assert_eq!(json["stories"].as_array().map(Vec::len), Some(1));
    let story = &json["stories"][0];
    assert_eq!(story["id"], "s1");
    assert_eq!(story["articles"], serde_json::json!(["a1", "a2"]));
    assert_eq!(story["relations"][0]["kind"], "near_duplicate");
    for key in ["entities", "facts", "quotes", "timeline"] {
        assert!(story[key].is_array(), "{key} missing: {story}");
    }
    assert_eq!(json["articles"].as_array().map(Vec::len), Some(2));
    assert_eq!(json["articles"][1]["story"], "s1");

    let cli = workspace.run(&["export", "--story", "s1", "--format", "json"]);
    assert_success(&cli);
    let exported: serde_json::Value = serde_json::from_slice(&cli.stdout).expect("export is JSON");
    assert_eq!(
        json, exported,
        "the API and `dossier export` give the same contract"
    );

    get(&db, "/api/stories/s404")
        .await
        .assert_error(StatusCode::NOT_FOUND, "story_not_found");
    get(&db, "/api/stories/%3Cscript%3E")
        .await
        .assert_error(StatusCode::NOT_FOUND, "story_not_found");
}

#[tokio::test]
async fn one_article_has_its_text_and_ranges_within_it() {
    let workspace = Workspace::new();
    let db = fixture(&workspace);
    let answer = get(&db, "/api/articles/a1").await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    let json = answer.json();
    let text = json["text"].as_str().expect("text");
    assert!(text.starts_with("Harbour workers"));
    assert_eq!(json["story"], "s1");
    assert_eq!(json["blocks"].as_array().map(Vec::len), Some(2));
    let mut ranges: Vec<(u64, u64)> = Vec::new();
    for key in ["blocks", "sentences"] {
        for pair in json[key].as_array().expect("ranges") {
            ranges.push((
                pair[0].as_u64().expect("start"),
                pair[1].as_u64().expect("end"),
            ));
        }
    }
    for key in ["highlights", "mentions", "quantities", "dates", "quotes"] {
        for item in json[key].as_array().expect("items") {
            ranges.push((
                item["start"].as_u64().expect("start"),
                item["end"].as_u64().expect("end"),
            ));
        }
    }
    for (start, end) in ranges {
        let (start, end) = (start as usize, end as usize);
        assert!(
            start <= end && text.get(start..end).is_some(),
            "{start}..{end}"
        );
    }
    get(&db, "/api/articles/a404")
        .await
        .assert_error(StatusCode::NOT_FOUND, "article_not_found");
}

#[tokio::test]
async fn entities_and_search_answer() {
    let workspace = Workspace::new();
    let db = fixture(&workspace);
    let entities = get(&db, "/api/entities?kind=person&q=a").await;
    assert_eq!(entities.status, StatusCode::OK, "{}", entities.text());
    assert!(entities.json()["entities"].is_array());

    let found = get(&db, "/api/search?q=HARBOUR%20strike").await;
    assert_eq!(found.status, StatusCode::OK);
    let json = found.json();
    let ids: Vec<&str> = json["results"]
        .as_array()
        .expect("results")
        .iter()
        .filter_map(|result| result["id"].as_str())
        .collect();
    assert_eq!(ids, vec!["a2", "a1"], "newest first");
    let first = &json["results"][0];
    let snippet = first["snippet"].as_str().expect("snippet");
    let [start, end] = [0, 1].map(|i| first["snippet_match"][i].as_u64().expect("match") as usize);
    assert_eq!(
        snippet.get(start..end).map(str::to_lowercase).as_deref(),
        Some("harbour")
    );
    let literal = get(&db, "/api/search?q=%25").await.json();
    assert_eq!(literal["results"].as_array().map(Vec::len), Some(0));
}

#[tokio::test]
async fn ingest_rejects_bad_bodies_with_reasons() {
    let workspace = Workspace::new();
    let db = fixture(&workspace);
    post(
        &db,
        "/api/ingest",
        "application/x-ndjson",
        b"{not json\n[1,2]\n".to_vec(),
    )
    .await
    .assert_error(StatusCode::BAD_REQUEST, "malformed_jsonl");
    post(
        &db,
        "/api/ingest",
        "application/x-ndjson",
        vec![0xff, 0xfe, b'\n'],
    )
    .await
    .assert_error(StatusCode::BAD_REQUEST, "malformed_jsonl");
    post(&db, "/api/ingest", "application/x-ndjson", b"  \n".to_vec())
        .await
        .assert_error(StatusCode::BAD_REQUEST, "empty_body");
    post(&db, "/api/ingest", "image/png", b"\x89PNG".to_vec())
        .await
        .assert_error(StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type");
    let oversized = vec![b'a'; MAX_INGEST_BYTES + 1];
    post(&db, "/api/ingest", "text/plain", oversized)
        .await
        .assert_error(StatusCode::PAYLOAD_TOO_LARGE, "body_too_large");

    let mixed = concat!(
        r#"{"id":"t1","title":"Tram line reopens","text":"The tram line reopened on Friday after two weeks of repairs, the city said.","published":"2026-06-05","source":"City Desk"}"#,
        "\n",
        "this line is not json\n",
    );
    let answer = post(
        &db,
        "/api/ingest?name=feed.jsonl",
        "application/x-ndjson",
        mixed.into(),
    )
    .await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    let report = answer.json();
    for key in ["added", "already_stored", "rejected", "warnings"] {
        assert!(report[key].is_array(), "{key} missing: {report}");
    }
    let rejected = report["rejected"].as_array().expect("rejected");
    assert!(
        rejected.iter().any(|problem| {
            problem["input"] == "upload:feed.jsonl#line2"
                && problem["reason"]
                    .as_str()
                    .is_some_and(|r| r.contains("not JSON"))
        }),
        "{report}"
    );
    get(&db, "/api/ingest")
        .await
        .status
        .is_client_error()
        .then_some(())
        .expect("GET on the ingest endpoint is refused");
}

#[tokio::test]
async fn ingest_takes_files_uploaded_as_a_form() {
    let workspace = Workspace::new();
    let db = fixture(&workspace);
    let boundary = "XboundaryX";
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"notice.html\"\r\n\
         Content-Type: text/html\r\n\r\n<html><head><title>Bridge closed</title></head><body><article>\
         <p>The old bridge closed on Sunday for repairs that will take a month, the council said.</p>\
         </article></body></html>\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"feed.jsonl\"\r\n\
         Content-Type: application/octet-stream\r\n\r\n[not an object]\r\n--{boundary}--\r\n"
    );
    let answer = post(
        &db,
        "/api/ingest",
        &format!("multipart/form-data; boundary={boundary}"),
        body.into(),
    )
    .await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    let report = answer.json();
    assert!(
        report["rejected"]
            .as_array()
            .expect("rejected")
            .iter()
            .any(|problem| problem["input"] == "upload:feed.jsonl"),
        "the bad file is rejected by name, the rest goes on: {report}"
    );

    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"notice.txt\"\r\n\
         Content-Type: text/plain\r\n\r\nBridge closed\n\nThe old bridge closed on Sunday for repairs, the council said.\r\n\
         --{boundary}--\r\n"
    );
    let answer = post(
        &db,
        "/api/ingest",
        &format!("multipart/form-data; boundary={boundary}"),
        body.into(),
    )
    .await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    let report = answer.json();
    let accounted = report["added"].as_array().map_or(0, Vec::len)
        + report["rejected"].as_array().map_or(0, Vec::len);
    assert!(
        accounted >= 1,
        "the upload is either added or rejected: {report}"
    );

    post(
        &db,
        "/api/ingest",
        "multipart/form-data; boundary=nope",
        b"garbage without parts".to_vec(),
    )
    .await
    .assert_error(StatusCode::BAD_REQUEST, "malformed_multipart");
}

#[tokio::test]
async fn foreign_host_names_and_cross_site_writes_are_refused() {
    let workspace = Workspace::new();
    let db = fixture(&workspace);
    let with_headers = |method: &str, headers: &[(&str, &str)]| {
        let mut request = Request::builder().method(method).uri("/api/ingest");
        if method == "GET" {
            request = Request::builder().method(method).uri("/api/stories");
        }
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        request
            .header(header::CONTENT_TYPE, "application/x-ndjson")
            .body(Body::empty())
            .expect("request")
    };
    send(
        &db,
        with_headers("GET", &[("host", "rebound.example:8080")]),
    )
    .await
    .assert_error(StatusCode::MISDIRECTED_REQUEST, "bad_host");
    for host in [
        "localhost:8080",
        "127.0.0.1:8080",
        "[::1]:8080",
        "app.localhost",
    ] {
        let answer = send(&db, with_headers("GET", &[("host", host)])).await;
        assert_eq!(answer.status, StatusCode::OK, "{host}");
    }
    send(
        &db,
        with_headers(
            "POST",
            &[
                ("host", "127.0.0.1:8080"),
                ("origin", "http://evil.example"),
            ],
        ),
    )
    .await
    .assert_error(StatusCode::FORBIDDEN, "cross_origin");
    send(
        &db,
        with_headers(
            "POST",
            &[("host", "127.0.0.1:8080"), ("sec-fetch-site", "cross-site")],
        ),
    )
    .await
    .assert_error(StatusCode::FORBIDDEN, "cross_origin");
    // The server's own pages and non-browser clients get through (to the
    // empty-body check).
    for headers in [
        vec![
            ("host", "127.0.0.1:8080"),
            ("origin", "http://127.0.0.1:8080"),
        ],
        vec![
            ("host", "127.0.0.1:8080"),
            ("sec-fetch-site", "same-origin"),
        ],
        vec![("host", "127.0.0.1:8080")],
    ] {
        send(&db, with_headers("POST", &headers))
            .await
            .assert_error(StatusCode::BAD_REQUEST, "empty_body");
    }
}

#[tokio::test]
async fn unknown_endpoints_are_json_and_every_answer_has_the_security_headers() {
    let workspace = Workspace::new();
    let db = fixture(&workspace);
    let missing = get(&db, "/api/nothing/here").await;
    missing.assert_error(StatusCode::NOT_FOUND, "route_not_found");
    let openapi = get(&db, "/api/openapi.json").await;
    assert_eq!(openapi.status, StatusCode::OK);
    let spec = openapi.json();
    for path in [
        "/api/stories",
        "/api/stories/{id}",
        "/api/articles/{id}",
        "/api/entities",
        "/api/search",
        "/api/ingest",
    ] {
        assert!(spec["paths"][path].is_object(), "{path} is not documented");
    }
    for uri in [
        "/",
        "/api/stories",
        "/nowhere",
        "/stories/s1",
        "/assets/style.css",
    ] {
        let answer = get(&db, uri).await;
        let csp = answer
            .headers
            .get(header::CONTENT_SECURITY_POLICY)
            .and_then(|value| value.to_str().ok())
            .unwrap_or_default();
        assert!(csp.contains("default-src 'none'"), "{uri}: {csp:?}");
        assert!(
            !csp.contains("script-src"),
            "{uri}: no script is ever allowed"
        );
        assert_eq!(
            answer
                .headers
                .get(header::X_CONTENT_TYPE_OPTIONS)
                .map(|v| v.as_bytes()),
            Some(&b"nosniff"[..])
        );
    }
    let page = get(&db, "/nowhere").await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(page.text().contains("<h1>"));
}

#[track_caller]
fn assert_inert(html: &str) {
    for dangerous in [
        "<script",
        "<img",
        "<b ",
        "onerror=\"",
        "href=\"javascript:",
        "<i>Evil",
    ] {
        assert!(
            !html.contains(dangerous),
            "{dangerous:?} reached the page:\n{html}"
        );
    }
}

#[tokio::test]
async fn pages_render_hostile_content_as_text() {
    let workspace = Workspace::new();
    let db = fixture(&workspace);
    let list = get(&db, "/").await;
    assert_eq!(list.status, StatusCode::OK);
    let html = list.text();
    assert!(html.contains("Harbour workers walk out"));
    assert!(html.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;"));
    assert_inert(&html);

    for uri in [
        "/stories/s2",
        "/articles/a3",
        "/articles/a3?hl=0-5",
        "/search?q=ferry",
    ] {
        let answer = get(&db, uri).await;
        assert_eq!(answer.status, StatusCode::OK, "{uri}");
        let html = answer.text();
        assert_inert(&html);
        assert!(html.contains("&lt;script&gt;"), "{uri} lost the title");
    }
    let article = get(&db, "/articles/a3").await.text();
    assert!(article.contains("&lt;img src=x onerror=&quot;alert(3)&quot;&gt;"));
    assert!(article.contains("<code>javascript:alert(5)</code>"));
    assert!(article.contains("&lt;i&gt;Evil&lt;/i&gt; Outlet"));
}

#[tokio::test]
async fn pages_show_a_story_and_highlight_the_followed_sentence() {
    let workspace = Workspace::new();
    let db = fixture(&workspace);
    let story = get(&db, "/stories/s1").await;
    assert_eq!(story.status, StatusCode::OK);
    let html = story.text();
    for section in [
        "id=\"facts\"",
        "id=\"timeline\"",
        "id=\"who\"",
        "id=\"quotes\"",
        "id=\"sources\"",
    ] {
        assert!(html.contains(section), "missing {section}");
    }
    assert!(html.contains("copies <a href=\"#source-1\">[1] Coast Gazette</a> (near duplicate"));
    assert!(html.contains("href=\"/articles/a2\""));

    let article = get(&db, "/articles/a1?hl=39-91").await;
    assert_eq!(article.status, StatusCode::OK);
    let html = article.text();
    let marked = html
        .split_once("id=\"evidence\"")
        .map(|(_, after)| visible_text(after))
        .unwrap_or_default();
    assert!(
        marked
            .trim_start_matches(|ch| ch != '>')
            .trim_start_matches('>')
            .starts_with("About 300 workers joined the strike, the union said."),
        "{html}"
    );
    let nonsense = get(&db, "/articles/a1?hl=5-999999").await;
    assert_eq!(nonsense.status, StatusCode::OK);
    assert!(!nonsense.text().contains("id=\"evidence\""));

    let missing = get(&db, "/stories/s404").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.text().contains("no story"));
    let paged = get(&db, "/?page=0").await;
    assert_eq!(paged.status, StatusCode::BAD_REQUEST);
}

/// The text of some HTML with its tags removed.
fn visible_text(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for ch in html.chars() {
        match ch {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            ch if !in_tag => text.push(ch),
            _ => {}
        }
    }
    text
}

#[test]
fn serve_has_help_with_an_example() {
    let workspace = Workspace::new();
    let output = workspace.run(&["serve", "--help"]);
    assert_success(&output);
    let help = stdout(&output);
    assert!(help.contains("Example"), "{help}");
    assert!(help.contains("127.0.0.1:8080"), "{help}");
}

#[test]
fn the_binary_serves_on_a_loopback_socket() {
    use std::io::{BufRead, BufReader, Read, Write};

    let workspace = Workspace::new();
    let db = fixture(&workspace);
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_dossier"))
        .arg("--db")
        .arg(&db)
        .args(["serve", "--addr", "127.0.0.1:0"])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("starting dossier serve");
    let stderr = child.stderr.take().expect("stderr is piped");
    let mut first_line = String::new();
    let read = BufReader::new(stderr).read_line(&mut first_line);
    let address = first_line
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .map(str::to_string);
    let answer = address.as_deref().and_then(|address| {
        let mut stream = std::net::TcpStream::connect(address).ok()?;
        stream
            .write_all(b"GET /api/stories HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            .ok()?;
        let mut answer = String::new();
        stream.read_to_string(&mut answer).ok()?;
        Some(answer)
    });
    let _ = child.kill();
    let _ = child.wait();
    read.expect("reading the server's first line");
    let address = address.unwrap_or_else(|| panic!("no address in {first_line:?}"));
    assert!(address.starts_with("127.0.0.1:"), "{address}");
    let answer = answer.expect("an answer over the socket");
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.contains("\"total\":2"), "{answer}");
}
