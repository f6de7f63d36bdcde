//! HTML building blocks shared by the session report and the workshop cohort page.
//!
//! Everything a user typed goes through [`escape`] before it reaches the page, both in text
//! and in (double- or single-quoted) attribute values.

/// Escape `s` for HTML text and quoted attribute values: `&`, `<`, `>`, `"` and `'` become
/// character references. Control characters other than tab, newline and carriage return
/// (which HTML does not allow) are dropped, so the output is always well-formed text.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escapes_markup_quotes_and_ampersands() {
        assert_eq!(
            escape(r#"<script>alert("x" & 'y')</script>"#),
            "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;"
        );
        assert_eq!(escape("&amp;"), "&amp;amp;");
    }

    #[test]
    fn keeps_text_and_drops_control_characters() {
        assert_eq!(escape("Søren Ærø — å\nline"), "Søren Ærø — å\nline");
        assert_eq!(escape("a\u{0}b\u{7}c\u{1b}d"), "abcd");
        assert_eq!(escape(""), "");
    }
}
