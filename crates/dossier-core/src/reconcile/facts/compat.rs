//! Compatibility of hedged values: whether two figures can describe the same
//! quantity ("over 1,000" and "1,300" can; "1,300" and "1,400" cannot).
//!
//! Each value becomes the set of numbers it admits (one or two closed
//! intervals); two values are compatible when those sets meet. Values are
//! only compared, never combined.

use crate::model::Qualifier;

/// How far "about 1,200" stretches either way, as a share of the value.
/// Ten per cent keeps "about 1,200" apart from 2,000 but close to 1,250.
const APPROXIMATE_SHARE: f64 = 0.1;

/// How far an order of magnitude ("dozens", "hundreds") reaches above its
/// base value: "dozens" (12) admits up to 144, "hundreds" (100) up to 1,200.
const VAGUE_SPAN: f64 = 12.0;

/// Slack for comparing numbers that went through parsing (1.2 million).
const EPSILON: f64 = 1e-9;

/// A hedged value as the analyse stage gives it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Hedged {
    pub(crate) value: f64,
    pub(crate) high: Option<f64>,
    pub(crate) qualifier: Qualifier,
}

impl Hedged {
    /// The closed intervals of numbers this value admits.
    fn admitted(self) -> [(f64, f64); 2] {
        let value = self.value;
        let single = |low: f64, high: f64| [(low, high), (low, high)];
        match self.qualifier {
            Qualifier::Exact => single(value, value),
            Qualifier::Approximate => {
                let slack = (value.abs() * APPROXIMATE_SHARE).max(1.0);
                single(value - slack, value + slack)
            }
            Qualifier::AtLeast => single(value, f64::INFINITY),
            Qualifier::AtMost => single(f64::NEG_INFINITY, value),
            Qualifier::Range => {
                let high = self.high.unwrap_or(value);
                single(value.min(high), value.max(high))
            }
            Qualifier::Alternatives => {
                let other = self.high.unwrap_or(value);
                [(value, value), (other, other)]
            }
            Qualifier::Vague => match self.high {
                Some(high) => single(value.min(high), value.max(high)),
                None => single(value, value * VAGUE_SPAN),
            },
        }
    }
}

/// Tells whether two hedged values can describe the same quantity.
pub(crate) fn compatible(left: Hedged, right: Hedged) -> bool {
    left.admitted().iter().any(|&(left_low, left_high)| {
        right.admitted().iter().any(|&(right_low, right_high)| {
            let slack = EPSILON * left_high.abs().max(right_high.abs()).max(1.0);
            let slack = if slack.is_finite() { slack } else { EPSILON };
            left_low <= right_high + slack && right_low <= left_high + slack
        })
    })
}

#[cfg(test)]
mod tests {
    use super::{Hedged, compatible};
    use crate::model::Qualifier;

    fn hedged(value: f64, qualifier: Qualifier) -> Hedged {
        Hedged {
            value,
            high: None,
            qualifier,
        }
    }

    fn pair(value: f64, high: f64, qualifier: Qualifier) -> Hedged {
        Hedged {
            value,
            high: Some(high),
            qualifier,
        }
    }

    #[test]
    fn hedges_admit_what_they_say() {
        let exact = |value| hedged(value, Qualifier::Exact);
        assert!(compatible(
            hedged(1000.0, Qualifier::AtLeast),
            exact(1300.0)
        ));
        assert!(!compatible(hedged(40.0, Qualifier::AtLeast), exact(27.0)));
        assert!(compatible(hedged(12.0, Qualifier::Vague), exact(52.0)));
        assert!(!compatible(hedged(100.0, Qualifier::Vague), exact(52.0)));
        assert!(!compatible(exact(1300.0), exact(1400.0)));
        assert!(compatible(exact(1.2e6), exact(1_200_000.0)));
        assert!(compatible(
            pair(1300.0, 1400.0, Qualifier::Alternatives),
            exact(1300.0)
        ));
        assert!(!compatible(
            pair(1300.0, 1400.0, Qualifier::Alternatives),
            exact(1350.0)
        ));
        assert!(compatible(pair(12.0, 15.0, Qualifier::Range), exact(14.0)));
        assert!(compatible(
            hedged(1200.0, Qualifier::Approximate),
            exact(1250.0)
        ));
        assert!(!compatible(
            hedged(1200.0, Qualifier::Approximate),
            exact(2000.0)
        ));
        assert!(compatible(hedged(500.0, Qualifier::AtMost), exact(480.0)));
        assert!(!compatible(
            hedged(500.0, Qualifier::AtMost),
            hedged(600.0, Qualifier::AtLeast)
        ));
    }
}
