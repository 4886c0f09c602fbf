//! Database URLs shown to people, with the password hidden.

/// `postgres://user:secret@host/db` becomes `postgres://user:***@host/db`.
///
/// Works on malformed URLs too (that is when it is needed most), so it does not parse: the
/// password is whatever lies between the first `:` after `scheme://` and the last `@` (a
/// password may hold `/`, `?`, `#` or `@` that a parser would stop at). A `password=` given as a
/// query parameter, or in a `key=value` connection string, is hidden too.
pub fn redact(url: &str) -> String {
    let hidden = hide_parameter(url);
    let Some(at) = hidden.rfind('@') else {
        return hidden;
    };
    if let Some(scheme_end) = hidden.find("://").filter(|end| *end < at) {
        let userinfo = &hidden[scheme_end + 3..at];
        return match userinfo.find(':') {
            Some(colon) => format!(
                "{}{}:***{}",
                &hidden[..scheme_end + 3],
                &userinfo[..colon],
                &hidden[at..]
            ),
            // A user and no password: nothing to hide.
            None => hidden,
        };
    }
    // Not `scheme://user:password@` (`postgres:/u:p@h`, `u:p@h`): whatever comes before the `@`
    // may be a password, so all of it is hidden but a scheme.
    let scheme = hidden[..at]
        .find(":/")
        .filter(|end| {
            hidden[..*end]
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c))
        })
        .map_or("", |end| &hidden[..end + 2]);
    format!("{scheme}***{}", &hidden[at..])
}

/// `password=secret` (after `?`, `&` or a space, or at the start) becomes `password=***`.
fn hide_parameter(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(found) = rest.find("password=") {
        let starts_a_parameter =
            found == 0 || matches!(rest.as_bytes()[found - 1], b'?' | b'&' | b' ');
        let value_start = found + "password=".len();
        out.push_str(&rest[..value_start]);
        rest = &rest[value_start..];
        if starts_a_parameter {
            let end = rest.find(['&', ' ']).unwrap_or(rest.len());
            out.push_str("***");
            rest = &rest[end..];
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::redact;

    #[test]
    fn hides_the_password_and_nothing_else() {
        assert_eq!(
            redact("postgres://workbook:s3cret@127.0.0.1:5432/workbook"),
            "postgres://workbook:***@127.0.0.1:5432/workbook"
        );
        assert_eq!(
            redact("postgres://u:p@x@h/db?sslmode=disable"),
            "postgres://u:***@h/db?sslmode=disable"
        );
        assert_eq!(redact("postgres://u@h/db"), "postgres://u@h/db");
        assert_eq!(
            redact("postgres:///postgres?host=/tmp/s"),
            "postgres:///postgres?host=/tmp/s"
        );
        assert_eq!(redact("not a url"), "not a url");
        // Malformed, the password still hidden: characters a parser would stop at.
        assert_eq!(
            redact("postgres://u:se/cr?e#t@h:5432/db"),
            "postgres://u:***@h:5432/db"
        );
        assert_eq!(
            redact("postgres://u:p@ss@h:badport/db"),
            "postgres://u:***@h:badport/db"
        );
        assert_eq!(
            redact("postgres://h/db?user=u&password=s3cret&sslmode=disable"),
            "postgres://h/db?user=u&password=***&sslmode=disable"
        );
        assert_eq!(
            redact("postgresql:/u:s3cret@host/db"),
            "postgresql:/***@host/db"
        );
        assert_eq!(redact("u:s3cret@host"), "***@host");
        assert_eq!(
            redact("host=h user=u password=s3cret dbname=d"),
            "host=h user=u password=*** dbname=d"
        );
    }
}
