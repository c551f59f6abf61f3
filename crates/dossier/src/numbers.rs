//! Numbers and lines as dossier writes them for people: the terminal
//! reports and the web pages share these so a figure reads the same in both.

/// Groups thousands with commas; keeps fractions as they are.
pub fn format_number(value: f64) -> String {
    if !value.is_finite() {
        return "?".to_string();
    }
    if value.fract() != 0.0 || value.abs() >= 1e15 {
        return format!("{value}");
    }
    let digits = format!("{}", value.abs() as u64);
    let mut grouped = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    if value < 0.0 {
        grouped.insert(0, '-');
    }
    grouped
}

/// Cuts text to at most `max_chars` characters on one line, with an ellipsis.
pub fn truncate(text: &str, max_chars: usize) -> String {
    let single_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if single_line.chars().count() <= max_chars {
        return single_line;
    }
    let cut: String = single_line
        .chars()
        .take(max_chars.saturating_sub(1))
        .collect();
    format!("{cut}\u{2026}")
}
