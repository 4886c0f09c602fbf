//! Database URLs shown to people, with the password hidden.

/// `postgres://user:secret@host/db` becomes `postgres://user:***@host/db`.
///
/// Works on malformed URLs too (that is when it is needed most): it only looks for the
/// `scheme://user:password@` shape and leaves everything else as written.
pub fn redact(url: &str) -> String {
    let Some(scheme_end) = url.find("://") else {
        return url.to_string();
    };
    let rest = &url[scheme_end + 3..];
    let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let Some(at) = rest[..authority_end].rfind('@') else {
        return url.to_string();
    };
    let userinfo = &rest[..at];
    match userinfo.find(':') {
        Some(colon) => format!(
            "{}{}:***{}",
            &url[..scheme_end + 3],
            &userinfo[..colon],
            &rest[at..]
        ),
        None => url.to_string(),
    }
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
    }
}
