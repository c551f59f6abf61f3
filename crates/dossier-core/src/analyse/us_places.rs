//! US states, counties and towns with the states they lie in, from the
//! open-data list `data/us_places.tsv` (GeoNames, towns of 500 people or
//! more), for telling a small town from a misread capital and checking a
//! town against the state a story names.
//!
//! States are bits of a `u64` mask (51 of them, the District of Columbia
//! included), so "lies in one of the story's states" is one `&`.

use std::sync::OnceLock;

use crate::text::{FastMap, fold};

const US_PLACES: &str = include_str!("../../data/us_places.tsv");

/// AP-style short forms of the state names, folded, with their postal
/// codes: what datelines and place lists write ("Eastport, Ore.").
const SHORT_FORMS: &[(&str, &str)] = &[
    ("ala", "AL"),
    ("ariz", "AZ"),
    ("ark", "AR"),
    ("calif", "CA"),
    ("cal", "CA"),
    ("colo", "CO"),
    ("conn", "CT"),
    ("del", "DE"),
    ("fla", "FL"),
    ("ga", "GA"),
    ("ill", "IL"),
    ("ind", "IN"),
    ("kan", "KS"),
    ("kans", "KS"),
    ("ky", "KY"),
    ("la", "LA"),
    ("md", "MD"),
    ("mass", "MA"),
    ("mich", "MI"),
    ("minn", "MN"),
    ("miss", "MS"),
    ("mo", "MO"),
    ("mont", "MT"),
    ("neb", "NE"),
    ("nev", "NV"),
    ("n h", "NH"),
    ("n j", "NJ"),
    ("n m", "NM"),
    ("n y", "NY"),
    ("n c", "NC"),
    ("n d", "ND"),
    ("okla", "OK"),
    ("ore", "OR"),
    ("pa", "PA"),
    ("r i", "RI"),
    ("s c", "SC"),
    ("s d", "SD"),
    ("tenn", "TN"),
    ("tex", "TX"),
    ("vt", "VT"),
    ("va", "VA"),
    ("wash", "WA"),
    ("w va", "WV"),
    ("wis", "WI"),
    ("wyo", "WY"),
];

/// The District of Columbia's short form: a place of its own, not a state
/// of which a town is part, so it is kept apart from [`SHORT_FORMS`].
const DISTRICT_SHORT_FORM: (&str, &str) = ("d c", "DC");

/// Whether a folded name is the short form of a state's name ("ore",
/// "n y"): a region, never a town, though no gazetteer lists them.
pub(crate) fn is_state_short_form(folded: &str) -> bool {
    SHORT_FORMS.iter().any(|&(short, _)| short == folded)
}

/// The parsed list: folded name -> mask of the states it lies in.
pub(crate) struct UsPlaces {
    codes: Vec<String>,
    states: FastMap<String, u64>,
    counties: FastMap<String, u64>,
    towns: FastMap<String, u64>,
}

/// The list, parsed on first use.
pub(crate) fn us_places() -> &'static UsPlaces {
    static PLACES: OnceLock<UsPlaces> = OnceLock::new();
    PLACES.get_or_init(|| parse(US_PLACES))
}

fn parse(list: &str) -> UsPlaces {
    let mut places = UsPlaces {
        codes: Vec::new(),
        states: FastMap::default(),
        counties: FastMap::default(),
        towns: FastMap::default(),
    };
    let rows: Vec<(&str, &str, &str)> = list
        .lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| {
            let mut fields = line.split('\t');
            Some((fields.next()?, fields.next()?, fields.next()?))
        })
        .collect();
    // The states first, so every code has its bit before a town names it.
    for &(kind, _, codes) in &rows {
        if kind == "state" {
            for code in codes.split(',') {
                if !places.codes.iter().any(|known| known == code) && places.codes.len() < 64 {
                    places.codes.push(code.to_string());
                }
            }
        }
    }
    for &(kind, name, codes) in &rows {
        let mask = places.mask_of(codes);
        let table = match kind {
            "state" => &mut places.states,
            "county" => &mut places.counties,
            "town" => &mut places.towns,
            _ => continue,
        };
        *table.entry(fold(name)).or_insert(0) |= mask;
    }
    for &(short, code) in SHORT_FORMS.iter().chain([&DISTRICT_SHORT_FORM]) {
        let mask = places.mask_of(code);
        *places.states.entry(short.to_string()).or_insert(0) |= mask;
    }
    places
}

impl UsPlaces {
    fn mask_of(&self, codes: &str) -> u64 {
        codes
            .split(',')
            .filter_map(|code| self.codes.iter().position(|known| known == code))
            .fold(0, |mask, bit| mask | (1 << bit))
    }

    /// The state a name is ("Oregon", "Ore."), as a mask; 0 for none.
    pub(crate) fn state(&self, name: &str) -> u64 {
        self.states.get(&fold(name)).copied().unwrap_or(0)
    }

    /// The states having a county of that name ("Aiken County"); 0 for none.
    pub(crate) fn county(&self, name: &str) -> u64 {
        self.counties.get(&fold(name)).copied().unwrap_or(0)
    }

    /// The states having a town of that name; 0 for none.
    pub(crate) fn town(&self, name: &str) -> u64 {
        self.towns.get(&fold(name)).copied().unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn towns_counties_and_states_share_their_state_bits() {
        let places = us_places();
        let oregon = places.state("Oregon");
        assert_ne!(oregon, 0);
        assert_eq!(places.state("Ore."), oregon);
        assert_ne!(places.town("Portland") & oregon, 0);
        assert_ne!(places.town("Portland") & places.state("Maine"), 0);
        assert_eq!(places.town("Multnomah") & oregon, 0);
        assert_eq!(places.town("Eugene") & places.state("Texas"), 0);
        assert_ne!(places.county("Multnomah County") & oregon, 0);
        assert_eq!(places.town("Nowhere Sideways"), 0);
    }
}
