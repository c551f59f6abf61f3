//! `dossier serve`: the JSON API and the reading pages over one database.
//!
//! Every handler hands its database and core work to tokio's blocking pool
//! (SQLite and the analysis are synchronous) and opens a fresh read
//! connection, so `dossier ingest` can write to the same file meanwhile.
//! All article content is untrusted: pages escape it, a strict
//! Content-Security-Policy allows nothing but this server's stylesheet, and
//! the server never fetches an article's URL.

mod api;
mod data;
mod error;
mod highlight;
mod html;
mod pages;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};

pub use error::ApiError;

/// The largest body `POST /api/ingest` accepts.
pub const MAX_INGEST_BYTES: usize = 8 * 1024 * 1024;

/// Allows this server's stylesheet and nothing else: no script runs, no
/// frame embeds the pages, no form posts elsewhere.
const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'self'; img-src 'self'; \
     form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// What every handler shares: the database path and the caches.
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

struct Inner {
    db: PathBuf,
    /// Whether to refuse requests addressed to a name other than a loopback
    /// one: a page of another site whose name resolves to 127.0.0.1 (DNS
    /// rebinding) must not read the API.
    loopback_names_only: bool,
    entities: Mutex<Option<Arc<data::EntityIndex>>>,
    ingest: Arc<Mutex<()>>,
}

impl AppState {
    /// Serves the database at `db`, which must exist with a current schema
    /// (open it once with [`dossier_store::SqliteStore::open`] first).
    pub fn new(db: impl Into<PathBuf>) -> AppState {
        AppState {
            inner: Arc::new(Inner {
                db: db.into(),
                loopback_names_only: true,
                entities: Mutex::new(None),
                ingest: Arc::new(Mutex::new(())),
            }),
        }
    }

    /// Answers requests addressed to any host name, for a server bound to
    /// an address other machines reach (where names are not loopback ones).
    pub fn answering_any_host(self) -> AppState {
        let inner = Inner {
            db: self.inner.db.clone(),
            loopback_names_only: false,
            entities: Mutex::new(None),
            ingest: Arc::clone(&self.inner.ingest),
        };
        AppState {
            inner: Arc::new(inner),
        }
    }

    fn db(&self) -> &Path {
        &self.inner.db
    }

    fn ingest_lock(&self) -> Arc<Mutex<()>> {
        Arc::clone(&self.inner.ingest)
    }

    /// Every entity of every story, rebuilt only when the database changed.
    async fn entity_index(&self) -> Result<Arc<data::EntityIndex>, ApiError> {
        let state = self.clone();
        blocking(move || {
            let fingerprint = data::fingerprint(state.db())?;
            let mut cached = state
                .inner
                .entities
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            if let Some(index) = cached.as_ref()
                && index.fingerprint == Some(fingerprint)
            {
                return Ok(Arc::clone(index));
            }
            let index = Arc::new(data::refresh_entity_index(state.db(), cached.as_deref())?);
            *cached = Some(Arc::clone(&index));
            Ok(index)
        })
        .await
    }
}

/// Runs blocking work (SQLite, analysis) on the blocking pool.
async fn blocking<T, F>(work: F) -> Result<T, ApiError>
where
    T: Send + 'static,
    F: FnOnce() -> Result<T, ApiError> + Send + 'static,
{
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|error| ApiError::internal(&error))?
}

/// The whole application: API, pages and assets, with the security headers.
pub fn app(state: AppState) -> Router {
    let api = Router::new()
        .route("/stories", get(api::stories))
        .route("/stories/{id}", get(api::story))
        .route("/articles/{id}", get(api::article))
        .route("/entities", get(api::entities))
        .route("/search", get(api::search))
        .route(
            "/ingest",
            post(api::ingest).layer(DefaultBodyLimit::max(MAX_INGEST_BYTES)),
        )
        .route("/openapi.json", get(api::openapi))
        .fallback(api::not_found);
    Router::new()
        .route("/", get(pages::story_list))
        .route("/stories/{id}", get(pages::story))
        .route("/articles/{id}", get(pages::article))
        .route("/search", get(pages::search))
        .route("/assets/style.css", get(pages::stylesheet))
        .route("/favicon.ico", get(pages::favicon))
        .nest("/api", api)
        .fallback(pages::not_found)
        .layer(axum::middleware::from_fn_with_state(state.clone(), guard))
        .with_state(state)
        .layer(axum::middleware::map_response(security_headers))
}

/// Refuses requests to foreign host names and writes from other sites' pages.
async fn guard(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let headers = request.headers();
    if state.inner.loopback_names_only && !host_is_loopback(headers) {
        return ApiError::new(
            StatusCode::MISDIRECTED_REQUEST,
            "bad_host",
            "this server answers only to loopback names: open it as http://127.0.0.1:PORT/ or http://localhost:PORT/",
        )
        .into_response();
    }
    let reads_only = matches!(*request.method(), Method::GET | Method::HEAD);
    if !reads_only && is_cross_origin(headers) {
        return ApiError::new(
            StatusCode::FORBIDDEN,
            "cross_origin",
            "a page of another site may not change this database",
        )
        .into_response();
    }
    next.run(request).await
}

/// Tells whether the `Host` header names this machine (or is absent, as in
/// HTTP/1.0 and in-process requests).
fn host_is_loopback(headers: &HeaderMap) -> bool {
    let Some(host) = headers.get(header::HOST) else {
        return true;
    };
    let Ok(host) = host.to_str() else {
        return false;
    };
    let name = if let Some(bracketed) = host.strip_prefix('[') {
        bracketed.split(']').next().unwrap_or("")
    } else {
        host.rsplit_once(':').map_or(host, |(name, _port)| name)
    };
    let name = name.trim_end_matches('.').to_ascii_lowercase();
    name == "localhost"
        || name.ends_with(".localhost")
        || name
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// Tells whether a browser says the request comes from another origin's page.
fn is_cross_origin(headers: &HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site") {
        return !matches!(site.as_bytes(), b"same-origin" | b"none");
    }
    let Some(origin) = headers.get(header::ORIGIN) else {
        return false;
    };
    let origin = origin.to_str().unwrap_or("null");
    let origin_host = origin
        .strip_prefix("http://")
        .or_else(|| origin.strip_prefix("https://"))
        .unwrap_or("");
    let host = headers
        .get(header::HOST)
        .and_then(|host| host.to_str().ok())
        .unwrap_or("");
    origin_host.is_empty() || !origin_host.eq_ignore_ascii_case(host)
}

async fn security_headers(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CONTENT_SECURITY_POLICY),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers
        .entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-store"));
    response
}

/// Opens (creating or upgrading) the database, binds `addr` and serves until
/// interrupted.
///
/// # Errors
/// Fails when the database cannot be opened or the address cannot be bound.
pub fn serve(addr: SocketAddr, db: &Path) -> anyhow::Result<()> {
    use anyhow::Context;
    // The full open checks the file and brings its schema up to date once;
    // requests then use cheap read-only connections.
    dossier_store::SqliteStore::open(db)
        .with_context(|| format!("opening database {}", db.display()))?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .with_context(|| format!("binding {addr}"))?;
        let local = listener.local_addr().unwrap_or(addr);
        if !local.ip().is_loopback() {
            eprintln!(
                "dossier serve: warning: listening on {local}, reachable from other machines"
            );
        }
        eprintln!("dossier serve: http://{local}/ (database {})", db.display());
        let state = if local.ip().is_loopback() {
            AppState::new(db)
        } else {
            AppState::new(db).answering_any_host()
        };
        // Entities need every story reconciled; start on that now, so the
        // first request that needs them waits less (requests that do not
        // need them are not held up).
        let warm = state.clone();
        tokio::spawn(async move {
            let started = std::time::Instant::now();
            if warm.entity_index().await.is_ok() {
                eprintln!(
                    "dossier serve: entity index ready in {:.1} s",
                    started.elapsed().as_secs_f64()
                );
            }
        });
        axum::serve(listener, app(state))
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
            .context("serving")
    })
}
