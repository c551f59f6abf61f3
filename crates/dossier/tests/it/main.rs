//! Integration tests: drive the real `dossier` binary on real files.
