//! Inline directives: `raikit-disable [ids]`, `raikit-enable [ids]` and
//! `raikit-disable-next-line [ids]`, in HTML/Markdown comments or, for plain
//! text and docx, on a line of their own. No ids means every rule.

use super::document::Format;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    Disable,
    Enable,
    NextLine,
}

#[derive(Debug, Clone)]
struct Directive {
    kind: Kind,
    ids: Vec<String>,
    /// Offset in the original where the directive ends.
    at: usize,
}

/// Where rules are switched off, in original byte offsets.
#[derive(Debug, Clone, Default)]
pub struct Suppressions {
    /// (start, end, ids, except); empty ids = all rules but `except`.
    regions: Vec<(usize, usize, Vec<String>, Vec<String>)>,
    /// Rule ids named by any directive: document-level findings are dropped
    /// when their rule is named explicitly anywhere.
    named: Vec<String>,
}

/// True for a line that is only a directive (so text parsers can skip it).
pub fn is_directive_line(line: &str) -> bool {
    let t = line.trim().trim_start_matches("<!--").trim_start_matches('#').trim_start_matches("//").trim_start();
    t.starts_with("raikit-disable") || t.starts_with("raikit-enable")
}

impl Suppressions {
    pub fn scan(original: &str, format: Format) -> Suppressions {
        let directives = match format {
            Format::Markdown | Format::Html => comments(original),
            Format::Text | Format::Docx => lines(original),
        };
        let mut s = Suppressions::default();
        // Open `raikit-disable` regions: (start, ids, except).
        let mut open: Vec<(usize, Vec<String>, Vec<String>)> = Vec::new();
        for d in directives {
            for id in &d.ids {
                if !s.named.contains(id) {
                    s.named.push(id.clone());
                }
            }
            match d.kind {
                Kind::Disable => open.push((d.at, d.ids, Vec::new())),
                Kind::Enable => {
                    let mut still_open = Vec::new();
                    for (start, ids, except) in open.drain(..) {
                        s.regions.push((start, d.at, ids.clone(), except.clone()));
                        if d.ids.is_empty() {
                            continue;
                        }
                        if ids.is_empty() {
                            // "disable all" then "enable x": everything but x stays off.
                            let mut except = except;
                            except.extend(d.ids.iter().cloned());
                            still_open.push((d.at, ids, except));
                        } else {
                            let kept: Vec<String> = ids.into_iter().filter(|i| !d.ids.contains(i)).collect();
                            if !kept.is_empty() {
                                still_open.push((d.at, kept, except));
                            }
                        }
                    }
                    open = still_open;
                }
                Kind::NextLine => {
                    let line_start = original[d.at.min(original.len())..].find('\n').map_or(original.len(), |p| d.at + p + 1);
                    // Skip blank lines so the directive reaches the next text line.
                    let mut start = line_start;
                    while original[start..].starts_with('\n') || original[start..].starts_with("\r\n") {
                        start += if original[start..].starts_with('\n') { 1 } else { 2 };
                    }
                    let end = original[start..].find('\n').map_or(original.len(), |p| start + p);
                    s.regions.push((start, end, d.ids, Vec::new()));
                }
            }
        }
        for (start, ids, except) in open {
            s.regions.push((start, usize::MAX, ids, except));
        }
        s
    }

    /// True when `rule` is switched off at original offset `at`.
    pub fn suppresses(&self, rule: &str, at: usize) -> bool {
        self.regions
            .iter()
            .any(|(start, end, ids, except)| {
                *start <= at
                    && at < *end
                    && if ids.is_empty() { !except.iter().any(|e| e == rule) } else { ids.iter().any(|i| i == rule) }
            })
    }

    /// True when a directive names `rule` explicitly.
    pub fn names(&self, rule: &str) -> bool {
        self.named.iter().any(|n| n == rule)
    }
}

fn parse(body: &str, at: usize) -> Option<Directive> {
    let body = body.trim();
    let (kind, rest) = if let Some(rest) = body.strip_prefix("raikit-disable-next-line") {
        (Kind::NextLine, rest)
    } else if let Some(rest) = body.strip_prefix("raikit-disable") {
        (Kind::Disable, rest)
    } else if let Some(rest) = body.strip_prefix("raikit-enable") {
        (Kind::Enable, rest)
    } else {
        return None;
    };
    if !(rest.is_empty() || rest.starts_with(char::is_whitespace)) {
        return None;
    }
    let ids = rest
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    Some(Directive { kind, ids, at })
}

fn comments(src: &str) -> Vec<Directive> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(p) = src[from..].find("<!--") {
        let body_start = from + p + 4;
        let Some(q) = src[body_start..].find("-->") else { break };
        let end = body_start + q + 3;
        if let Some(d) = parse(&src[body_start..body_start + q], end) {
            out.push(d);
        }
        from = end;
    }
    out
}

fn lines(src: &str) -> Vec<Directive> {
    let mut out = Vec::new();
    let mut pos = 0;
    for line in src.split_inclusive('\n') {
        let end = pos + line.trim_end_matches(['\n', '\r']).len();
        if is_directive_line(line) {
            let body = line.trim().trim_start_matches("<!--").trim_end_matches("-->").trim_start_matches('#').trim_start_matches("//");
            if let Some(d) = parse(body, end) {
                out.push(d);
            }
        }
        pos += line.len();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_open_and_close() {
        let src = "a\n<!-- raikit-disable hedged-obligation -->\nb\n<!-- raikit-enable -->\nc";
        let s = Suppressions::scan(src, Format::Markdown);
        let b = src.find("\nb").unwrap() + 1;
        let c = src.rfind('c').unwrap();
        assert!(s.suppresses("hedged-obligation", b));
        assert!(!s.suppresses("vague-frequency", b));
        assert!(!s.suppresses("hedged-obligation", c));
        assert!(!s.suppresses("hedged-obligation", 0));
    }

    #[test]
    fn next_line_and_disable_all_in_text() {
        let src = "one\nraikit-disable-next-line\n\ntwo\nthree\n# raikit-disable\nfour";
        let s = Suppressions::scan(src, Format::Text);
        assert!(s.suppresses("any-rule", src.find("two").unwrap()));
        assert!(!s.suppresses("any-rule", src.find("three").unwrap()));
        assert!(s.suppresses("any-rule", src.find("four").unwrap()));
        assert!(!s.suppresses("any-rule", 0));
    }

    #[test]
    fn enable_one_rule_inside_disable_all() {
        let src = "<!-- raikit-disable -->\nx\n<!-- raikit-enable long-sentence -->\ny";
        let s = Suppressions::scan(src, Format::Html);
        let y = src.rfind('y').unwrap();
        assert!(s.suppresses("long-sentence", src.find('x').unwrap()));
        assert!(!s.suppresses("long-sentence", y));
        assert!(s.suppresses("passive-duty", y));
    }

    #[test]
    fn lookalike_words_are_not_directives() {
        assert!(parse("raikit-disabled foo", 0).is_none());
        assert!(!is_directive_line("We will not raikit-disable anything"));
    }
}
