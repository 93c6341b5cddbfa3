//! Spec descriptions as documentation text.
//!
//! Descriptions are CommonMark that often carries raw HTML (`<strong>`,
//! `<a href>`, `<code>`). Rustdoc would print such tags literally or, worse,
//! interpret them, so the few tags specs use are turned into Markdown and the
//! rest are dropped, keeping their text.

/// Turns a description into documentation text: HTML tags rendered as
/// Markdown, entities decoded, blank edges trimmed. Returns `None` for a
/// description with no text.
#[must_use]
pub fn doc_text(description: &str) -> Option<String> {
    let mut out = String::with_capacity(description.len());
    // The `href` of each open `<a>`, printed after the link text: relative
    // links cannot be resolved from generated docs, so they stay visible.
    let mut links: Vec<(usize, Option<String>)> = Vec::new();
    let mut rest = description;
    while let Some(start) = rest.find('<') {
        out.push_str(&decode_entities(&rest[..start]));
        let after = &rest[start..];
        let Some(end) = after.find('>') else {
            // A lone `<` is text, not a tag.
            out.push_str(&decode_entities(after));
            rest = "";
            break;
        };
        let tag = &after[1..end];
        rest = &after[end + 1..];
        render_tag(tag, &mut out, &mut links);
    }
    out.push_str(&decode_entities(rest));
    let text = tidy_lines(&out);
    if text.is_empty() { None } else { Some(text) }
}

fn render_tag(tag: &str, out: &mut String, links: &mut Vec<(usize, Option<String>)>) {
    let closing = tag.starts_with('/');
    let body = tag.trim_start_matches('/').trim_end_matches('/').trim();
    let name: String = body
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase();
    match (name.as_str(), closing) {
        ("strong" | "b", _) => out.push_str("**"),
        ("em" | "i", _) => out.push('*'),
        ("code" | "tt", _) => out.push('`'),
        ("br", _) => out.push('\n'),
        ("p" | "div" | "ul" | "ol" | "table", _) => out.push_str("\n\n"),
        ("li", false) => out.push_str("\n- "),
        ("tr", false) => out.push('\n'),
        ("td" | "th", false) => out.push(' '),
        ("a", false) => links.push((out.len(), attribute(body, "href"))),
        ("a", true) => match links.pop() {
            Some((start, Some(href)))
                if href.starts_with("http://") || href.starts_with("https://") =>
            {
                out.insert(start, '[');
                out.push_str("](");
                out.push_str(&href.replace([' ', ')'], ""));
                out.push(')');
            }
            Some((_, Some(href))) => {
                out.push_str(" (`");
                out.push_str(&href.replace('`', ""));
                out.push_str("`)");
            }
            _ => {}
        },
        _ => {}
    }
}

/// The value of `name="…"` (or single quotes, or bare) in a tag's body.
fn attribute(tag_body: &str, name: &str) -> Option<String> {
    let lower = tag_body.to_ascii_lowercase();
    let at = lower.find(&format!("{name}="))? + name.len() + 1;
    let value = &tag_body[at..];
    let value = match value.chars().next()? {
        quote @ ('"' | '\'') => value[1..].split(quote).next()?,
        _ => value.split_whitespace().next()?,
    };
    Some(decode_entities(value))
}

fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
}

/// Trims trailing spaces, turns runs of blank lines into one, and drops
/// control characters that would make odd doc comments.
///
/// Rustdoc compiles code blocks as doctests, so a spec's JSON or shell
/// example must not become one: fences are marked `text` (`rust,ignore` for
/// Rust), and indentation that would make an indented code
/// block is removed outside fences.
fn tidy_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank_run = 0;
    let mut in_fence = false;
    for line in text.lines() {
        // Tabs become spaces: clippy rejects tabs in doc comments.
        let line: String = line
            .replace('\t', "    ")
            .chars()
            .filter(|&c| !c.is_control() && !is_bidi_control(c))
            .collect();
        let trimmed = line.trim();
        let line = if let Some(info) = trimmed.strip_prefix("```") {
            in_fence = !in_fence;
            match (in_fence, info.trim().to_ascii_lowercase().as_str()) {
                // Highlighted, but a fragment from a spec never compiles alone.
                (true, "rust") => "```rust,ignore".to_owned(),
                (true, _) => "```text".to_owned(),
                (false, _) => "```".to_owned(),
            }
        } else if in_fence {
            line.trim_end().to_owned()
        } else {
            trimmed.to_owned()
        };
        let line = line.as_str();
        if line.trim().is_empty() {
            blank_run += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_run > 0 { "\n\n" } else { "\n" });
        }
        blank_run = 0;
        out.push_str(line);
    }
    if in_fence {
        // An unclosed fence would swallow whatever rustdoc puts after it.
        out.push_str("\n```");
    }
    out
}

/// Characters that reorder how text displays: rustc refuses them in
/// comments (`text_direction_codepoint_in_comment`), and they can make code
/// read differently from what it does.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Spec text that the output quotes on one line (the title, the version):
/// line breaks and other control characters become spaces, and direction
/// characters are dropped, so it cannot leave a `//` comment.
#[must_use]
pub fn one_line(text: &str) -> String {
    text.chars()
        .filter(|&c| !is_bidi_control(c))
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// Spec text (a name, a value, a pointer) as one Markdown code span, exactly
/// as written: the fence is longer than any run of backticks inside, control
/// and direction characters are shown escaped, and the empty string says so.
#[must_use]
pub fn code_span(text: &str) -> String {
    if text.is_empty() {
        return String::from("*(empty)*");
    }
    let mut shown = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() || is_bidi_control(c) {
            shown.extend(c.escape_unicode());
        } else {
            shown.push(c);
        }
    }
    let longest_run = shown.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest_run + 1);
    // A span that starts or ends with a backtick needs a space to part it
    // from the fence; Markdown strips one space from each side.
    let pad = if shown.starts_with('`') || shown.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{shown}{pad}{fence}")
}

#[cfg(test)]
mod tests {
    use super::{code_span, doc_text};

    #[test]
    fn code_spans_hold_any_text() {
        let cases = [
            ("plain", "`plain`"),
            ("", "*(empty)*"),
            ("`", "`` ` ``"),
            ("a``b", "```a``b```"),
            ("*/", "`*/`"),
            ("bell\u{7}", "`bell\\u{7}`"),
            ("rtl\u{202e}x", "`rtl\\u{202e}x`"),
        ];
        for (input, expected) in cases {
            assert_eq!(code_span(input), expected, "input {input:?}");
        }
    }

    #[test]
    fn renders_html_as_markdown() {
        let cases = [
            ("plain text", "plain text"),
            ("a <strong>bold</strong> word", "a **bold** word"),
            ("use <code>true</code>", "use `true`"),
            ("<i>slanted</i>", "*slanted*"),
            (
                "see <a href='/docs/auth/' target='blank'>the guide</a>.",
                "see the guide (`/docs/auth/`).",
            ),
            (
                "see <a href=\"https://example.com/x\">this</a>",
                "see [this](https://example.com/x)",
            ),
            ("one<br/>two", "one\ntwo"),
            ("a &lt;b&gt; &amp; c", "a <b> & c"),
            ("x < y", "x < y"),
            ("para one\n\n\n\npara two  ", "para one\n\npara two"),
            ("<p>first</p><p>second</p>", "first\n\nsecond"),
            ("<ul><li>one</li><li>two</li></ul>", "- one\n- two"),
            ("bell\u{7} char", "bell char"),
            ("right\u{202e}left", "rightleft"),
            ("a\tb", "a    b"),
            ("x\n\n    indented code", "x\n\nindented code"),
            ("```\n{\"a\": 1}\n```", "```text\n{\"a\": 1}\n```"),
            ("```json\n  {}\n```", "```text\n  {}\n```"),
            (
                "```rust\nlet a = 1;\n```",
                "```rust,ignore\nlet a = 1;\n```",
            ),
            ("```\nunclosed", "```text\nunclosed\n```"),
        ];
        for (input, expected) in cases {
            assert_eq!(
                doc_text(input).as_deref(),
                Some(expected),
                "input {input:?}"
            );
        }
    }

    #[test]
    fn empty_descriptions_have_no_docs() {
        assert_eq!(doc_text(""), None);
        assert_eq!(doc_text("  \n <br> "), None);
    }
}
