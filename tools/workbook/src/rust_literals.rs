//! The string literals of Rust source that are given to a function or follow a marker, as the compiler reads them: the
//! runner's sentences (`tr("...")`, see `lang`) and the checks' failure messages (`"[{exercise}]
//! ..."`, see `check_messages`) are collected this way for translation. Only plain `"..."`
//! literals: escapes and `\` line continuations are undone, raw strings are not looked at.

/// The literal given first to each call of the function `name` in `source`: `tr("...")`, also
/// with the literal on the next line, but not `str("...")` (another name ending the same way).
pub fn first_arguments(source: &str, name: &str) -> Vec<String> {
    let call = format!("{name}(");
    let mut found = Vec::new();
    for (at, _) in source.match_indices(&call) {
        let before = source[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let arguments = source[at + call.len()..].trim_start();
        if let Some(body) = arguments.strip_prefix('"')
            && let Some((literal, _)) = decode(body)
        {
            found.push(literal);
        }
    }
    found
}

/// The values of the `const NAME: &str = "...";` items of `source`.
pub fn const_strs(source: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (at, _) in source.match_indices("const ") {
        let item = &source[at + "const ".len()..];
        let Some(colon) = item.find(':') else {
            continue;
        };
        let name = &item[..colon];
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_uppercase() || c == '_') {
            continue;
        }
        let Some(value) = item[colon + 1..].trim_start().strip_prefix("&str") else {
            continue;
        };
        if let Some(body) = value
            .trim_start()
            .strip_prefix('=')
            .map(str::trim_start)
            .and_then(|v| v.strip_prefix('"'))
            && let Some((literal, _)) = decode(body)
        {
            found.push(literal);
        }
    }
    found
}

/// Each literal in `source` that starts right after `marker` (which ends with the opening `"`).
pub fn after(source: &str, marker: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = source;
    while let Some(at) = rest.find(marker) {
        let start = &rest[at + marker.len()..];
        if let Some((literal, used)) = decode(start) {
            found.push(literal);
            rest = &start[used..];
        } else {
            rest = start;
        }
    }
    found
}

/// Every literal in `source` whose text starts with `prefix` (the `"` not included).
pub fn starting_with(source: &str, prefix: &str) -> Vec<String> {
    after(source, &format!("\"{prefix}"))
        .into_iter()
        .map(|rest| format!("{prefix}{rest}"))
        .collect()
}

/// The literal whose body starts `text` (just after its opening quote), and the bytes it took
/// up to and including its closing quote.
fn decode(text: &str) -> Option<(String, usize)> {
    let mut out = String::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((out, i + 1)),
            '\\' => match chars.next()?.1 {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                'r' => out.push('\r'),
                '0' => out.push('\0'),
                '\n' => {
                    // A line continuation: the newline and the next line's indentation go.
                    while chars.peek().is_some_and(|(_, c)| c.is_whitespace()) {
                        chars.next();
                    }
                }
                other => out.push(other),
            },
            c => out.push(c),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_are_read_as_the_compiler_reads_them() {
        let source = "x(tr(\"Hello \\\"you\\\"\"), tr(\"one \\\n               two\\n\"));";
        assert_eq!(after(source, "tr(\""), ["Hello \"you\"", "one two\n"]);
    }

    #[test]
    fn calls_are_found_by_their_name_only() {
        let source = "tr(\"a\"); trf(\n    \"b {x}\",\n    &[]); push_str(\"c\"); ptr(\"d\");";
        assert_eq!(first_arguments(source, "tr"), ["a"]);
        assert_eq!(first_arguments(source, "trf"), ["b {x}"]);
    }

    #[test]
    fn const_strings_are_found() {
        let source = "const ADVICE: &str =\n    \"Do it \\\n     right.\";\nconst N: usize = 3;";
        assert_eq!(const_strs(source), ["Do it right."]);
    }

    #[test]
    fn prefixed_literals_keep_their_prefix() {
        let source = "panic!(\"[{exercise}] it broke: {e}\"); let s = \"[other]\";";
        assert_eq!(
            starting_with(source, "[{exercise}] "),
            ["[{exercise}] it broke: {e}"]
        );
    }
}
