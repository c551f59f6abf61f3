//! Extract: [`RawDocument`] -> [`Article`].
//!
//! HTML pages go through main-content extraction and metadata rules; plain-text
//! scrapes go through line-level site-chrome removal. Either way the result is one
//! canonical clean text with paragraphs as blocks.

use crate::model::{Article, Diagnostic, RawDocument};

/// Options of the extract stage.
#[derive(Clone, Debug, Default)]
pub struct ExtractConfig {}

/// The article extracted from one document (none when nothing article-like
/// was left), and what was odd about it.
#[derive(Clone, Debug, Default)]
pub struct Extracted {
    /// The clean article.
    pub article: Option<Article>,
    /// Problems, each naming the input.
    pub diagnostics: Vec<Diagnostic>,
}

/// Extracts the clean article from one document.
pub fn extract(raw: &RawDocument, config: &ExtractConfig) -> Extracted {
    let _ = (raw, config);
    Extracted::default()
}
