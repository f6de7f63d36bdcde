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

/// The start of a self-contained page, up to and including `<body>`: the doctype,
/// `<html lang>`, the Content-Security-Policy first in `<head>` (then the charset, still within
/// the first 1024 bytes), viewport, no referrer, the generator, the title (`title_html` must be
/// escaped already) and the inline `style`.
pub fn page_start(lang: crate::model::Language, title_html: &str, style: &str) -> String {
    let mut h = String::with_capacity(style.len() + 1024);
    h.push_str("<!DOCTYPE html>\n<html lang=\"");
    h.push_str(lang.code());
    h.push_str("\">\n<head>\n<meta http-equiv=\"Content-Security-Policy\" content=\"");
    h.push_str(&escape(super::CONTENT_SECURITY_POLICY));
    h.push_str(
        "\" />\n<meta charset=\"utf-8\" />\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n\
         <meta name=\"referrer\" content=\"no-referrer\" />\n<meta name=\"generator\" content=\"SSI Coach ",
    );
    h.push_str(env!("CARGO_PKG_VERSION"));
    h.push_str("\" />\n<title>");
    h.push_str(title_html);
    h.push_str("</title>\n<style>");
    h.push_str(&crate::tokens::css_variables());
    h.push_str(style);
    h.push_str("</style>\n</head>\n<body>\n");
    h
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
