//! A forgiving scanner for XML and HTML: tags, text and CDATA in document order, plus entity
//! decoding and an HTML-to-text converter. It is enough for DOCX's `word/document.xml` and the
//! HTML in job descriptions; it builds no tree and never fails, so broken markup still yields
//! its text.

use super::text::TextBuilder;

/// One piece of markup, borrowed from the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MarkupEvent<'a> {
    /// `<name attrs>` or `<name attrs/>`. `name` keeps its namespace prefix (`w:p`).
    Start {
        name: &'a str,
        attributes: &'a str,
        self_closing: bool,
    },
    /// `</name>`.
    End { name: &'a str },
    /// Text between tags, with entities still encoded.
    Text(&'a str),
    /// The contents of `<![CDATA[...]]>`, which has no entities.
    Cdata(&'a str),
}

/// Iterates over the [`MarkupEvent`]s of `markup`, skipping comments, processing instructions
/// and doctypes. An unclosed tag at the end is read as text.
pub(crate) struct MarkupScanner<'a> {
    rest: &'a str,
}

impl<'a> MarkupScanner<'a> {
    pub(crate) fn new(markup: &'a str) -> MarkupScanner<'a> {
        MarkupScanner { rest: markup }
    }

    /// The raw text up to `</name>`, consuming the closing tag too. `<script>` and `<style>`
    /// contents are not markup: a "<p>" inside a JSON string is just text.
    pub(crate) fn raw_text_until_end_of(&mut self, name: &str) -> &'a str {
        let closing = format!("</{}", name.to_ascii_lowercase());
        // ASCII lowercasing keeps every byte offset, so offsets found in `lower` fit `rest`.
        let lower = self.rest.to_ascii_lowercase();
        let Some(start) = lower.find(&closing) else {
            return std::mem::take(&mut self.rest);
        };
        let raw = &self.rest[..start];
        let after = &self.rest[start..];
        let end = after.find('>').map_or(after.len(), |idx| idx + 1);
        self.rest = &after[end..];
        raw
    }
}

impl<'a> Iterator for MarkupScanner<'a> {
    type Item = MarkupEvent<'a>;

    fn next(&mut self) -> Option<MarkupEvent<'a>> {
        loop {
            if self.rest.is_empty() {
                return None;
            }
            let Some(rest) = self.rest.strip_prefix('<') else {
                let end = self.rest.find('<').unwrap_or(self.rest.len());
                let (text, rest) = self.rest.split_at(end);
                self.rest = rest;
                return Some(MarkupEvent::Text(text));
            };
            let skipped = [("!--", "-->"), ("?", "?>"), ("!", ">")]
                .into_iter()
                .find(|(open, _)| rest.starts_with(open) && !rest.starts_with("![CDATA["));
            if let Some((open, close)) = skipped {
                self.rest = rest[open.len()..]
                    .find(close)
                    .map_or("", |idx| &rest[open.len() + idx + close.len()..]);
                continue;
            }
            if let Some(cdata) = rest.strip_prefix("![CDATA[") {
                let end = cdata.find("]]>").unwrap_or(cdata.len());
                self.rest = cdata.get(end + 3..).unwrap_or("");
                return Some(MarkupEvent::Cdata(&cdata[..end]));
            }
            let starts_like_tag = rest.starts_with(|c: char| c.is_alphabetic() || c == '/');
            let Some(close) = rest.find('>').filter(|_| starts_like_tag) else {
                // A lone "<" as in "salary < 50k" is text.
                let end = rest.find('<').map_or(self.rest.len(), |idx| idx + 1);
                let (text, rest) = self.rest.split_at(end);
                self.rest = rest;
                return Some(MarkupEvent::Text(text));
            };
            let tag = &rest[..close];
            self.rest = &rest[close + 1..];
            if let Some(name) = tag.strip_prefix('/') {
                return Some(MarkupEvent::End { name: name.trim() });
            }
            let self_closing = tag.ends_with('/');
            let tag = tag.trim_end_matches('/');
            let name_end = tag.find(char::is_whitespace).unwrap_or(tag.len());
            return Some(MarkupEvent::Start {
                name: &tag[..name_end],
                attributes: &tag[name_end..],
                self_closing,
            });
        }
    }
}

/// The value of attribute `name` in a tag's attribute text, entities decoded.
pub(crate) fn attribute(attributes: &str, name: &str) -> Option<String> {
    let mut rest = attributes;
    while let Some(idx) = rest.find(name) {
        let before_ok = rest[..idx].ends_with(char::is_whitespace) || idx == 0;
        let after = rest[idx + name.len()..].trim_start();
        if before_ok && let Some(value) = after.strip_prefix('=') {
            let value = value.trim_start();
            let quote = value.chars().next()?;
            if quote == '"' || quote == '\'' {
                let inner = &value[1..];
                let end = inner.find(quote).unwrap_or(inner.len());
                return Some(decode_entities(&inner[..end]));
            }
        }
        rest = &rest[idx + name.len()..];
    }
    None
}

/// Named entities beyond XML's five that job boards and word processors use.
const NAMED_ENTITIES: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{00A0}'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("hellip", '…'),
    ("bull", '•'),
    ("middot", '·'),
    ("euro", '€'),
    ("pound", '£'),
    ("yen", '¥'),
    ("copy", '©'),
    ("reg", '®'),
    ("trade", '™'),
    ("deg", '°'),
    ("times", '×'),
    ("eacute", 'é'),
    ("egrave", 'è'),
    ("aacute", 'á'),
    ("agrave", 'à'),
    ("iacute", 'í'),
    ("oacute", 'ó'),
    ("uacute", 'ú'),
    ("ntilde", 'ñ'),
    ("ccedil", 'ç'),
    ("uuml", 'ü'),
    ("ouml", 'ö'),
    ("auml", 'ä'),
    ("euml", 'ë'),
    ("szlig", 'ß'),
];

/// Decodes `&name;`, `&#NNN;` and `&#xHH;`. Unknown or malformed references stay as written.
pub(crate) fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut decoded = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(idx) = rest.find('&') {
        decoded.push_str(&rest[..idx]);
        rest = &rest[idx..];
        let reference = rest[1..]
            .find(';')
            .filter(|&end| end <= 10)
            .map(|end| &rest[1..end + 1]);
        match reference.and_then(entity_char) {
            Some(c) => {
                decoded.push(c);
                rest = &rest[reference.map_or(0, str::len) + 2..];
            }
            None => {
                decoded.push('&');
                rest = &rest[1..];
            }
        }
    }
    decoded.push_str(rest);
    decoded
}

fn entity_char(reference: &str) -> Option<char> {
    if let Some(number) = reference.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        return char::from_u32(code).filter(|&c| c != '\0');
    }
    NAMED_ENTITIES
        .iter()
        .find(|(name, _)| *name == reference)
        .map(|&(_, c)| c)
}

/// Whether `text` holds HTML tags (`<p>`, `</li>`, `<br/>`), as job descriptions exported from
/// boards often do.
pub(crate) fn looks_like_html(text: &str) -> bool {
    MarkupScanner::new(text).any(|event| match event {
        MarkupEvent::Start { name, .. } | MarkupEvent::End { name } => {
            HTML_BLOCKS.contains(&name.to_ascii_lowercase().as_str())
                || HTML_INLINE.contains(&name.to_ascii_lowercase().as_str())
        }
        _ => false,
    })
}

/// Tags that start a new line.
const HTML_BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "pre",
    "hr",
    "dt",
    "dd",
    "dl",
    "main",
    "aside",
    "nav",
    "figure",
    "figcaption",
    "address",
];

/// Inline tags, recognized only so [`looks_like_html`] accepts descriptions that use nothing
/// else.
const HTML_INLINE: &[&str] = &[
    "b", "i", "em", "strong", "span", "a", "u", "small", "sup", "sub", "td", "th",
];

/// Converts HTML to plain text: tags are dropped, entities decoded, block elements end lines,
/// list items start with "• ", table cells are separated by tabs, and `<script>`/`<style>`
/// contents are dropped. Markup encoded as entities (`&lt;p&gt;`, as some boards export) is
/// decoded and converted too, so no tag survives.
pub(crate) fn html_to_text(html: &str) -> String {
    let text = html_to_text_once(html);
    if looks_like_html(&text) {
        html_to_text_once(&text)
    } else {
        text
    }
}

fn html_to_text_once(html: &str) -> String {
    let mut builder = TextBuilder::default();
    let mut scanner = MarkupScanner::new(html);
    let mut preformatted_depth = 0usize;
    while let Some(event) = scanner.next() {
        match event {
            MarkupEvent::Text(text) if preformatted_depth > 0 => {
                builder.push_preformatted(&decode_entities(text));
            }
            MarkupEvent::Text(text) => builder.push_inline(&decode_entities(text)),
            MarkupEvent::Cdata(text) => builder.push_inline(text),
            MarkupEvent::Start {
                name, self_closing, ..
            } => {
                let name = name.to_ascii_lowercase();
                match name.as_str() {
                    "script" | "style" | "head" | "template" if !self_closing => {
                        scanner.raw_text_until_end_of(&name);
                    }
                    "li" => {
                        builder.line_break();
                        builder.push_inline("• ");
                    }
                    "td" | "th" => builder.push_tab(),
                    "pre" => {
                        builder.paragraph_break();
                        preformatted_depth += usize::from(!self_closing);
                    }
                    "p" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "blockquote" | "table"
                    | "ul" | "ol" | "dl" | "hr" => builder.paragraph_break(),
                    _ if HTML_BLOCKS.contains(&name.as_str()) => builder.line_break(),
                    _ => {}
                }
            }
            MarkupEvent::End { name } => {
                let name = name.to_ascii_lowercase();
                match name.as_str() {
                    "pre" => {
                        preformatted_depth = preformatted_depth.saturating_sub(1);
                        builder.paragraph_break();
                    }
                    "p" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "blockquote" | "table"
                    | "ul" | "ol" | "dl" => builder.paragraph_break(),
                    _ if HTML_BLOCKS.contains(&name.as_str()) => builder.line_break(),
                    _ => {}
                }
            }
        }
    }
    builder.finish().replace('\u{00A0}', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scanner_yields_tags_text_and_cdata() {
        let events: Vec<MarkupEvent<'_>> = MarkupScanner::new(
            "<?xml v?><!-- c --><w:p a=\"1\"><w:t>A &amp; B</w:t><w:br/><![CDATA[<x>]]></w:p>",
        )
        .collect();
        assert_eq!(
            events,
            [
                MarkupEvent::Start {
                    name: "w:p",
                    attributes: " a=\"1\"",
                    self_closing: false
                },
                MarkupEvent::Start {
                    name: "w:t",
                    attributes: "",
                    self_closing: false
                },
                MarkupEvent::Text("A &amp; B"),
                MarkupEvent::End { name: "w:t" },
                MarkupEvent::Start {
                    name: "w:br",
                    attributes: "",
                    self_closing: true
                },
                MarkupEvent::Cdata("<x>"),
                MarkupEvent::End { name: "w:p" },
            ]
        );
    }

    #[test]
    fn entities_decode_and_unknown_ones_stay() {
        assert_eq!(
            decode_entities("R&amp;D &#233;t&#xE9; &ndash; &bogus; & done &#0;"),
            "R&D été – &bogus; & done &#0;"
        );
        assert_eq!(
            attribute(" w:val=\"a&amp;b\" x='2'", "x").as_deref(),
            Some("2")
        );
        assert_eq!(
            attribute(" w:val=\"a&amp;b\"", "w:val").as_deref(),
            Some("a&b")
        );
        assert_eq!(attribute(" xw:val=\"1\"", "w:val"), None);
    }

    #[test]
    fn html_becomes_plain_text_without_markup() {
        let html = "<style>p{color:red}</style><h2>About</h2><p>We bake &amp; ship.</p>\
                    <ul><li>5+ years <b>Rust</b></li><li>SQL</li></ul><script>alert(1)</script>\
                    <p>Pay &lt; 50k? No: <a href=\"x\">apply</a>.</p>";
        assert_eq!(
            html_to_text(html),
            "About\n\nWe bake & ship.\n\n• 5+ years Rust\n• SQL\n\nPay < 50k? No: apply."
        );
    }

    #[test]
    fn entity_encoded_html_is_converted_too() {
        let text =
            html_to_text("&lt;p&gt;Build &lt;b&gt;APIs&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ship&lt;/p&gt;");
        assert_eq!(text, "Build APIs\n\nShip");
        assert!(looks_like_html("<p>x</p>"));
        assert!(!looks_like_html("salary < 50k and > 30k"));
    }
}
