//! dossier-store: where dossier keeps articles, relations and stories.
