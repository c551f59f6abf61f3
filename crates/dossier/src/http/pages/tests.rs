//! Tests of the page rendering on dossiers built by hand: escaping of hostile
//! content, facts first with disputed variants, nested highlights.
