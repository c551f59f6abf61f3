//! Errors of the HTTP server: a stable machine-readable code, a message for a
//! person, and the status that goes with them, written as
//! `{"error":{"code","message"}}` for the API and as a small page for readers.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

/// An error an API handler answers with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiError {
    /// The HTTP status.
    pub status: StatusCode,
    /// A stable code a client can match on (`story_not_found`, `bad_paging`, ...).
    pub code: &'static str,
    /// What went wrong and, where it helps, what to do.
    pub message: String,
}

impl ApiError {
    /// Builds an error.
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            code,
            message: message.into(),
        }
    }

    /// A request parameter is malformed or out of range.
    pub fn bad_parameter(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, "bad_parameter", message)
    }

    /// A paging parameter is malformed or out of range.
    pub fn bad_paging(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, "bad_paging", message)
    }

    /// Something named in the path does not exist.
    pub fn not_found(code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, code, message)
    }

    /// The database could not be read or written; details go to the log, not
    /// to the client, since they may name local paths.
    pub fn database(error: &dyn std::fmt::Display) -> ApiError {
        eprintln!("dossier serve: database error: {error}");
        ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "database_unavailable",
            "the database could not be read; see the server log",
        )
    }

    /// A bug or a lost worker thread.
    pub fn internal(error: &dyn std::fmt::Display) -> ApiError {
        eprintln!("dossier serve: internal error: {error}");
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "the server failed to answer; see the server log",
        )
    }
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    error: ErrorDetail<'a>,
}

#[derive(Serialize)]
struct ErrorDetail<'a> {
    code: &'a str,
    message: &'a str,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = ErrorBody {
            error: ErrorDetail {
                code: self.code,
                message: &self.message,
            },
        };
        (self.status, Json(body)).into_response()
    }
}

/// An error a page handler answers with: the same error, as HTML.
#[derive(Clone, Debug)]
pub struct PageError(pub ApiError);

impl From<ApiError> for PageError {
    fn from(error: ApiError) -> PageError {
        PageError(error)
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let error = self.0;
        let title = error.status.canonical_reason().unwrap_or("Error");
        let body = format!(
            "<h1>{}</h1>\n<p>{}</p>\n<p><a href=\"/\">Back to the stories</a></p>",
            super::html::escape(title),
            super::html::escape(&error.message)
        );
        (error.status, super::html::page_response(title, &body, None)).into_response()
    }
}
