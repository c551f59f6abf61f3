//! The JSON API under `/api`: stories, one story (the export contract), one
//! article with the byte ranges of what was found in it, entities, search and
//! ingest. Parameters are parsed by hand so every bad one gets a stable code.

use std::collections::HashMap;

use axum::Json;
use axum::body::Bytes;
use axum::extract::multipart::MultipartError;
use axum::extract::rejection::BytesRejection;
use axum::extract::{FromRequest, Multipart, Path, Query, Request, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use dossier_core::export;
use dossier_core::ingest::FormatHint;
use dossier_core::model::PartialDate;
use serde::Serialize;

use super::data::{self, Problem, Sort, StoryQuery};
use super::error::ApiError;
use super::highlight::{self, Highlight};
use super::{AppState, blocking};

/// The most stories, entities or search results one page holds.
pub const MAX_PER_PAGE: usize = 100;
/// Stories, entities or results per page when the client does not say.
pub const DEFAULT_PER_PAGE: usize = 20;

/// The query string as given, every value a string until validated.
pub type Params = HashMap<String, String>;

/// Parses and checks `page` and `per_page`.
pub fn parse_paging(params: &Params) -> Result<(usize, usize), ApiError> {
    let number = |name: &str, default: usize| -> Result<usize, ApiError> {
        match params.get(name).map(|value| value.trim()) {
            None | Some("") => Ok(default),
            Some(value) => value.parse::<usize>().map_err(|_| {
                ApiError::bad_paging(format!("{name} must be a whole number, not {value:?}"))
            }),
        }
    };
    let page = number("page", 1)?;
    let per_page = number("per_page", DEFAULT_PER_PAGE)?;
    if page == 0 {
        return Err(ApiError::bad_paging("page starts at 1"));
    }
    if page > 1_000_000 {
        return Err(ApiError::bad_paging("page is past any possible end"));
    }
    if !(1..=MAX_PER_PAGE).contains(&per_page) {
        return Err(ApiError::bad_paging(format!(
            "per_page must be between 1 and {MAX_PER_PAGE}"
        )));
    }
    Ok((page, per_page))
}

fn parse_date(params: &Params, name: &str) -> Result<Option<PartialDate>, ApiError> {
    match params.get(name).map(|value| value.trim()) {
        None | Some("") => Ok(None),
        Some(value) => PartialDate::parse_iso(value).map(Some).ok_or_else(|| {
            ApiError::bad_parameter(format!(
                "{name} must be a date written YYYY, YYYY-MM or YYYY-MM-DD, not {value:?}"
            ))
        }),
    }
}

fn non_empty(params: &Params, name: &str) -> Option<String> {
    params
        .get(name)
        .map(|value| value.trim())
        .filter(|value| !value.is_empty())
        .map(str::to_string)
}

/// Parses the story list's parameters.
pub fn parse_story_query(params: &Params) -> Result<StoryQuery, ApiError> {
    let (page, per_page) = parse_paging(params)?;
    let sort = match params.get("sort").map(|value| value.trim()) {
        None | Some("") | Some("size") => Sort::Size,
        Some("recent") => Sort::Recent,
        Some(other) => {
            return Err(ApiError::bad_parameter(format!(
                "sort must be size or recent, not {other:?}"
            )));
        }
    };
    let from = parse_date(params, "from")?;
    let to = parse_date(params, "to")?;
    if let (Some(from), Some(to)) = (from, to)
        && from > to
    {
        return Err(ApiError::bad_parameter("from is after to"));
    }
    Ok(StoryQuery {
        page,
        per_page,
        sort,
        from,
        to,
        source: non_empty(params, "source"),
        entity: non_empty(params, "entity"),
    })
}

/// Query parameters arrive as a map; a malformed query string (bad percent
/// encoding) is answered like any other bad parameter.
fn params_or_error(
    params: Result<Query<Params>, axum::extract::rejection::QueryRejection>,
) -> Result<Params, ApiError> {
    params
        .map(|Query(params)| params)
        .map_err(|rejection| ApiError::bad_parameter(rejection.body_text()))
}

/// `GET /api/stories`.
pub async fn stories(
    State(state): State<AppState>,
    params: Result<Query<Params>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<data::StoryList>, ApiError> {
    let query = parse_story_query(&params_or_error(params)?)?;
    let entities = match query.entity {
        Some(_) => Some(state.entity_index().await?),
        None => None,
    };
    let db = state.db().to_path_buf();
    let list = blocking(move || data::list_stories(&db, &query, entities.as_deref())).await?;
    Ok(Json(list))
}

/// `GET /api/stories/{id}`: the export contract (`{articles, stories}`) for one story.
pub async fn story(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<serde_json::Value>, ApiError> {
    let db = state.db().to_path_buf();
    let lookup = id.clone();
    let Some(dossier) = blocking(move || data::load_story(&db, &lookup)).await? else {
        return Err(story_not_found(&id));
    };
    // The same shape as `dossier export --story ID`, so one parser reads both.
    let exported = export::to_export(std::slice::from_ref(&dossier));
    serde_json::to_value(exported)
        .map(Json)
        .map_err(|error| ApiError::internal(&error))
}

/// The error for an unknown story id.
pub fn story_not_found(id: &str) -> ApiError {
    ApiError::not_found(
        "story_not_found",
        format!("no story {id:?}: list them with GET /api/stories"),
    )
}

/// The error for an unknown article id.
pub fn article_not_found(id: &str) -> ApiError {
    ApiError::not_found(
        "article_not_found",
        format!("no article {id:?}: find one with GET /api/search?q="),
    )
}

#[derive(Serialize)]
struct ArticleBody {
    id: String,
    title: String,
    source: Option<String>,
    author: Option<String>,
    published: Option<String>,
    lang: Option<String>,
    url: Option<String>,
    origin: String,
    story: Option<String>,
    text: String,
    blocks: Vec<[usize; 2]>,
    sentences: Vec<[usize; 2]>,
    highlights: Vec<Highlight>,
    mentions: Vec<serde_json::Value>,
    quantities: Vec<serde_json::Value>,
    dates: Vec<serde_json::Value>,
    quotes: Vec<serde_json::Value>,
}

/// `GET /api/articles/{id}`.
pub async fn article(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<serde_json::Value>, ApiError> {
    let db = state.db().to_path_buf();
    let lookup = id.clone();
    let Some(view) = blocking(move || data::load_article(&db, &lookup)).await? else {
        return Err(article_not_found(&id));
    };
    let text = &view.article.text;
    let in_text = |range: dossier_core::model::TextRange| highlight::fits(text, range);
    let pair = |range: dossier_core::model::TextRange| [range.start, range.end];
    let highlights = highlight::highlights(
        &view.article,
        &view.analysis,
        view.story.as_ref().map(|dossier| &dossier.reconciliation),
    );
    let analysis = &view.analysis;
    let body = ArticleBody {
        id: view.article.id.0.clone(),
        title: view.article.title.clone(),
        source: view.article.source.clone(),
        author: view.article.author.clone(),
        published: view.article.published.map(|date| date.to_string()),
        lang: view.article.lang.clone(),
        url: view.article.url.clone(),
        origin: view.article.origin.clone(),
        story: view
            .story
            .as_ref()
            .map(|dossier| dossier.story.id.0.clone()),
        text: text.clone(),
        blocks: view
            .article
            .blocks
            .iter()
            .copied()
            .filter(|r| in_text(*r))
            .map(pair)
            .collect(),
        sentences: analysis
            .sentences
            .iter()
            .copied()
            .filter(|r| in_text(*r))
            .map(pair)
            .collect(),
        highlights,
        mentions: analysis
            .mentions
            .iter()
            .filter(|mention| in_text(mention.range))
            .map(|mention| {
                serde_json::json!({
                    "start": mention.range.start, "end": mention.range.end,
                    "kind": mention.kind, "text": mention.text, "role": mention.role,
                })
            })
            .collect(),
        quantities: analysis
            .quantities
            .iter()
            .filter(|quantity| in_text(quantity.range) && in_text(quantity.sentence))
            .map(|quantity| {
                serde_json::json!({
                    "start": quantity.range.start, "end": quantity.range.end,
                    "sentence": pair(quantity.sentence),
                    "value": quantity.value, "high": quantity.high,
                    "qualifier": quantity.qualifier, "unit": quantity.unit,
                    "predicate": quantity.predicate, "attributed_to": quantity.attributed_to,
                    "time": quantity.time.filter(|r| in_text(*r)).map(pair),
                })
            })
            .collect(),
        dates: analysis
            .dates
            .iter()
            .filter(|date| in_text(date.range))
            .map(|date| {
                serde_json::json!({
                    "start": date.range.start, "end": date.range.end,
                    "date": date.date.to_string(), "relative": date.relative,
                })
            })
            .collect(),
        quotes: analysis
            .quotes
            .iter()
            .filter(|quote| in_text(quote.range))
            .map(|quote| {
                serde_json::json!({
                    "start": quote.range.start, "end": quote.range.end,
                    "speaker": quote.speaker,
                    "speaker_range": quote.speaker_range.filter(|r| in_text(*r)).map(pair),
                    "channel": quote.channel,
                })
            })
            .collect(),
    };
    serde_json::to_value(body)
        .map(Json)
        .map_err(|error| ApiError::internal(&error))
}

/// `GET /api/entities`: every entity across stories, paged, optionally
/// filtered by `q` (a substring of the name or an alias) and `kind`.
pub async fn entities(
    State(state): State<AppState>,
    params: Result<Query<Params>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<serde_json::Value>, ApiError> {
    let params = params_or_error(params)?;
    let (page, per_page) = parse_paging(&params)?;
    let kind = match non_empty(&params, "kind").as_deref() {
        None => None,
        Some(kind @ ("person" | "organization" | "place" | "other")) => Some(kind.to_string()),
        Some(other) => {
            return Err(ApiError::bad_parameter(format!(
                "kind must be person, organization, place or other, not {other:?}"
            )));
        }
    };
    let wanted = non_empty(&params, "q").map(|q| q.to_lowercase());
    let index = state.entity_index().await?;
    let matching: Vec<&data::EntitySummary> = index
        .entities
        .iter()
        .filter(|entity| {
            kind.as_deref().is_none_or(|kind| {
                serde_json::to_value(entity.kind)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    == Some(kind.to_string())
            })
        })
        .filter(|entity| {
            wanted.as_deref().is_none_or(|wanted| {
                entity.name.to_lowercase().contains(wanted)
                    || entity
                        .aliases
                        .iter()
                        .any(|alias| alias.to_lowercase().contains(wanted))
            })
        })
        .collect();
    let total = matching.len();
    let entities: Vec<&data::EntitySummary> = matching
        .into_iter()
        .skip((page - 1).saturating_mul(per_page))
        .take(per_page)
        .collect();
    Ok(Json(serde_json::json!({
        "entities": entities, "total": total, "page": page, "per_page": per_page,
    })))
}

/// Parses the search query and limit.
pub fn parse_search(params: &Params) -> Result<(String, Vec<String>, usize), ApiError> {
    let query = params
        .get("q")
        .map(|q| q.trim().to_string())
        .unwrap_or_default();
    if query.is_empty() {
        return Err(ApiError::bad_parameter(
            "q is required: the words to look for",
        ));
    }
    if query.chars().count() > 200 {
        return Err(ApiError::bad_parameter("q is longer than 200 characters"));
    }
    let (_, per_page) = parse_paging(params)?;
    let terms = data::search_terms(&query);
    Ok((query, terms, per_page))
}

/// `GET /api/search?q=`: articles whose title or text holds every word.
pub async fn search(
    State(state): State<AppState>,
    params: Result<Query<Params>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<serde_json::Value>, ApiError> {
    let (query, terms, limit) = parse_search(&params_or_error(params)?)?;
    let db = state.db().to_path_buf();
    let results = blocking(move || data::search(&db, &terms, limit)).await?;
    Ok(Json(
        serde_json::json!({ "query": query, "results": results }),
    ))
}

/// `POST /api/ingest`: a JSON Lines body (one article record a line), one
/// file as the raw body (`text/html`, `text/plain`) named by `?name=`, or
/// files uploaded as `multipart/form-data`.
pub async fn ingest(State(state): State<AppState>, request: Request) -> Result<Response, ApiError> {
    let params = params_or_error(Query::<Params>::try_from_uri(request.uri()))?;
    let content_type = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .map(|value| {
            value
                .split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase()
        })
        .unwrap_or_default();
    let mut uploads = Vec::new();
    let mut rejected = Vec::new();
    if content_type == "multipart/form-data" {
        let mut multipart = Multipart::from_request(request, &state)
            .await
            .map_err(|rejection| malformed_multipart(&rejection.body_text()))?;
        loop {
            let field = match multipart.next_field().await {
                Ok(Some(field)) => field,
                Ok(None) => break,
                Err(error) => return Err(multipart_error(error)),
            };
            let name = field
                .file_name()
                .or(field.name())
                .filter(|name| !name.trim().is_empty())
                .unwrap_or("upload")
                .to_string();
            let field_type = field
                .content_type()
                .map(|value| {
                    value
                        .split(';')
                        .next()
                        .unwrap_or("")
                        .trim()
                        .to_ascii_lowercase()
                })
                .unwrap_or_default();
            let bytes = field.bytes().await.map_err(multipart_error)?;
            if bytes.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            // One bad file of a form is that file's rejection, not the
            // whole request's.
            let added = format_hint(&field_type, &name).and_then(|hint| {
                add_upload(&mut uploads, &mut rejected, name.clone(), &bytes, hint)
            });
            if let Err(error) = added {
                rejected.push(Problem {
                    input: format!("upload:{name}"),
                    reason: error.message,
                });
            }
        }
    } else {
        let body = Bytes::from_request(request, &state)
            .await
            .map_err(|rejection| body_error(&rejection))?;
        if !body.iter().all(u8::is_ascii_whitespace) {
            let name = non_empty(&params, "name").unwrap_or_else(|| "upload".to_string());
            let hint = format_hint(&content_type, &name)?;
            add_upload(&mut uploads, &mut rejected, name, &body, hint)?;
        }
    }
    if uploads.is_empty() && !rejected.is_empty() {
        return Ok(Json(data::IngestReport {
            rejected,
            ..data::IngestReport::default()
        })
        .into_response());
    }
    if uploads.is_empty() {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "empty_body",
            "the body is empty: send JSON Lines records or a file",
        ));
    }
    let db = state.db().to_path_buf();
    let lock = state.ingest_lock();
    let report = blocking(move || {
        // One writer at a time: the pipeline builds on what is stored, so two
        // batches in parallel would not see each other.
        let _guard = lock.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        data::ingest_uploads(&db, uploads, rejected)
    })
    .await?;
    Ok(Json(report).into_response())
}

/// Adds one uploaded input, keeping only the well-formed lines of JSON Lines.
fn add_upload(
    uploads: &mut Vec<data::Upload>,
    rejected: &mut Vec<Problem>,
    name: String,
    bytes: &[u8],
    hint: FormatHint,
) -> Result<(), ApiError> {
    let bytes = if hint == FormatHint::JsonLines {
        let (records, bad_lines) = check_json_lines(&name, bytes)?;
        rejected.extend(bad_lines);
        records
    } else {
        bytes.to_vec()
    };
    uploads.push(data::Upload {
        origin: format!("upload:{name}"),
        bytes,
        hint,
    });
    Ok(())
}

fn too_large() -> ApiError {
    ApiError::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        "body_too_large",
        format!(
            "the body is larger than {} bytes; split it into several requests",
            super::MAX_INGEST_BYTES
        ),
    )
}

fn body_error(rejection: &BytesRejection) -> ApiError {
    if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
        too_large()
    } else {
        ApiError::bad_parameter(rejection.body_text())
    }
}

fn malformed_multipart(detail: &str) -> ApiError {
    ApiError::new(
        StatusCode::BAD_REQUEST,
        "malformed_multipart",
        format!("the multipart body could not be read: {detail}"),
    )
}

fn multipart_error(error: MultipartError) -> ApiError {
    if error.status() == StatusCode::PAYLOAD_TOO_LARGE {
        too_large()
    } else {
        malformed_multipart(&error.body_text())
    }
}

fn format_hint(content_type: &str, name: &str) -> Result<FormatHint, ApiError> {
    let by_name = || {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".html") || lower.ends_with(".htm") {
            FormatHint::Html
        } else if lower.ends_with(".txt") || lower.ends_with(".md") {
            FormatHint::Text
        } else {
            FormatHint::JsonLines
        }
    };
    match content_type {
        "application/x-ndjson"
        | "application/jsonl"
        | "application/x-jsonlines"
        | "application/json-lines"
        | "application/json" => Ok(FormatHint::JsonLines),
        "text/html" | "application/xhtml+xml" => Ok(FormatHint::Html),
        "text/plain" | "text/markdown" => Ok(FormatHint::Text),
        "" | "application/octet-stream" => Ok(by_name()),
        other => Err(ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            format!(
                "cannot ingest {other}: send application/x-ndjson (JSON Lines), text/html or text/plain"
            ),
        )),
    }
}

/// Keeps the lines that are JSON objects and rejects the others with their
/// line number, so one bad record does not sink the batch. Fails only when no
/// line is usable.
fn check_json_lines(name: &str, body: &[u8]) -> Result<(Vec<u8>, Vec<Problem>), ApiError> {
    let Ok(text) = std::str::from_utf8(body) else {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "malformed_jsonl",
            "JSON Lines must be UTF-8",
        ));
    };
    let mut kept = Vec::with_capacity(body.len());
    let mut rejected = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<serde_json::Value>(line) {
            Ok(serde_json::Value::Object(_)) => {
                kept.extend_from_slice(line.as_bytes());
                kept.push(b'\n');
            }
            Ok(_) => rejected.push(Problem {
                input: format!("upload:{name}#line{}", index + 1),
                reason: "the line is JSON but not an object".to_string(),
            }),
            Err(error) => rejected.push(Problem {
                input: format!("upload:{name}#line{}", index + 1),
                reason: format!("the line is not JSON: {error}"),
            }),
        }
    }
    if kept.is_empty() {
        let first = rejected
            .first()
            .map(|problem| format!("{}: {}", problem.input, problem.reason))
            .unwrap_or_default();
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "malformed_jsonl",
            format!("no line of the body is a JSON object ({first})"),
        ));
    }
    Ok((kept, rejected))
}

/// `GET /api/openapi.json`.
pub async fn openapi() -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        include_str!("openapi.json"),
    )
        .into_response()
}

/// Any other path under `/api`.
pub async fn not_found() -> ApiError {
    ApiError::not_found(
        "route_not_found",
        "no such endpoint: see GET /api/openapi.json",
    )
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::{Params, check_json_lines, parse_search, parse_story_query};
    use dossier_core::model::PlaceBasis;

    #[test]
    fn the_contract_names_every_way_a_place_is_sourced() {
        let all = [
            PlaceBasis::Dateline,
            PlaceBasis::LocalForce,
            PlaceBasis::WithRegion,
            PlaceBasis::Scene,
            PlaceBasis::Headline,
            PlaceBasis::Mention,
            PlaceBasis::Outlet,
        ];
        // Exhaustive, so a new way fails to compile here until it is listed.
        for basis in all {
            match basis {
                PlaceBasis::Dateline
                | PlaceBasis::LocalForce
                | PlaceBasis::WithRegion
                | PlaceBasis::Scene
                | PlaceBasis::Headline
                | PlaceBasis::Mention
                | PlaceBasis::Outlet => {}
            }
        }
        let contract = include_str!("openapi.json");
        let names: Vec<String> = all
            .iter()
            .map(|basis| format!("\"{}\"", basis.as_str()))
            .collect();
        let listed = format!("\"enum\": [{}]", names.join(", "));
        assert!(
            contract.contains(&listed),
            "openapi.json should list the place sources as {listed}"
        );
    }

    proptest! {
        #[test]
        fn any_query_parameters_parse_or_fail_cleanly(
            values in proptest::collection::vec("[ -~é]{0,12}", 8),
        ) {
            let names = ["page", "per_page", "sort", "from", "to", "source", "entity", "q"];
            let params: Params = names
                .iter()
                .zip(&values)
                .map(|(name, value)| (name.to_string(), value.clone()))
                .collect();
            if let Ok(query) = parse_story_query(&params) {
                prop_assert!(query.page >= 1 && (1..=100).contains(&query.per_page));
            }
            let _ = parse_search(&params);
        }

        #[test]
        fn any_body_splits_into_records_and_rejections(body in proptest::collection::vec(any::<u8>(), 0..200)) {
            if let Ok((kept, rejected)) = check_json_lines("x", &body) {
                prop_assert!(!kept.is_empty());
                prop_assert!(rejected.iter().all(|problem| problem.input.starts_with("upload:x#line")));
            }
        }
    }
}
