//! What a request must look like before it reaches the store. Each rule normalises first, then
//! checks, and fails with a message for the client that names the field (an HTTP 422). The
//! store is given the normalised value: what is checked is what is stored.
//!
//! The rules a real service needs, and why:
//!
//! - **A name** is trimmed of spaces and invisible characters at both ends, then must hold 1 to
//!   50 characters (the column's size), at least one of them visible, and no control character
//!   (NUL, which PostgreSQL's text cannot hold; a tab; a line break, which would forge lines in
//!   a log or a CSV export) and no text-direction override (which makes a name display as
//!   something else).
//! - **An email** is trimmed and written in lower case: mail providers ignore case, people type
//!   it both ways, and `Alice@Example.com` must not be a second user beside `alice@example.com`.
//!   It must be printable ASCII with no space (so no NUL, no zero-width space that would make a
//!   look-alike second address), one `@`, a local part of 1 to 64 characters without a leading,
//!   trailing or doubled dot, and a domain of at least two labels of letters, digits and `-`
//!   (an internationalised domain is written as its `xn--` form). At most 100 characters.
//!   Whether it receives mail only sending one can tell.

use rust_decimal::Decimal;

/// The longest name, in characters (`VARCHAR(50)`).
pub const NAME_MAX: usize = 50;
/// The longest email (`VARCHAR(100)`).
pub const EMAIL_MAX: usize = 100;

/// A name as stored, or why it cannot be one.
pub fn name(raw: &str) -> Result<String, String> {
    if raw.chars().any(char::is_control) {
        return Err(
            "name must not contain control characters (such as NUL, a tab or a line break)".into(),
        );
    }
    if raw.chars().any(is_direction_override) {
        return Err("name must not contain text-direction controls".into());
    }
    let name = raw.trim_matches(|c: char| c.is_whitespace() || is_invisible(c));
    if !name.chars().any(|c| !c.is_whitespace() && !is_invisible(c)) {
        return Err("name must have at least one visible character".into());
    }
    if name.chars().count() > NAME_MAX {
        return Err(format!("name must be at most {NAME_MAX} characters"));
    }
    Ok(name.to_string())
}

/// An email as stored (trimmed, in lower case), or why it cannot be one.
pub fn email(raw: &str) -> Result<String, String> {
    let email = raw.trim().to_ascii_lowercase();
    if !email.chars().all(|c| c.is_ascii_graphic()) {
        return Err(
            "email must be printable ASCII without spaces (write an internationalised domain in \
             its xn-- form)"
                .into(),
        );
    }
    if email.len() > EMAIL_MAX {
        return Err(format!("email must be at most {EMAIL_MAX} characters"));
    }
    let valid = email
        .split_once('@')
        .is_some_and(|(local, domain)| local_part_ok(local) && domain_ok(domain));
    if valid {
        Ok(email)
    } else {
        Err(format!("email {email:?} is not an email address"))
    }
}

fn local_part_ok(local: &str) -> bool {
    (1..=64).contains(&local.len())
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && !local.contains('@')
}

fn domain_ok(domain: &str) -> bool {
    let labels: Vec<&str> = domain.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|label| {
            (1..=63).contains(&label.len())
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                && !label.starts_with('-')
                && !label.ends_with('-')
        })
}

/// Characters that take no space and show nothing: zero-width spaces and joiners, the byte
/// order mark, the soft hyphen, Hangul fillers, variation selectors, tags. Inside a name some
/// have a use (a joiner in an emoji or in Persian); a name of nothing else has none.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{115F}'
            | '\u{1160}'
            | '\u{17B4}'
            | '\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{2060}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0000}'..='\u{E007F}'
    )
}

/// The controls that make text display in another order than it is written ("Trojan Source").
fn is_direction_override(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A balance: not negative, at most two decimals, below 10^10 (NUMERIC(12,2)).
pub fn balance(balance: Decimal) -> Result<(), String> {
    money(balance, "balance")?;
    if balance.is_sign_negative() {
        return Err("balance must not be negative".into());
    }
    Ok(())
}

/// A transfer amount: positive, at most two decimals, below 10^10.
pub fn amount(amount: Decimal) -> Result<(), String> {
    money(amount, "amount")?;
    if amount <= Decimal::ZERO {
        return Err("amount must be positive".into());
    }
    Ok(())
}

fn money(value: Decimal, what: &str) -> Result<(), String> {
    if value.normalize().scale() > 2 {
        return Err(format!("{what} must have at most two decimals"));
    }
    if value.abs() >= Decimal::from(10_000_000_000_i64) {
        return Err(format!("{what} must be less than 10000000000.00"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_then_checked() {
        assert_eq!(name("  Alice ").as_deref(), Ok("Alice"));
        assert_eq!(name("\u{200B}Alice\u{FEFF}").as_deref(), Ok("Alice"));
        // 50 characters and a trailing space: 50 are stored.
        let fifty = "x".repeat(50);
        assert_eq!(name(&format!("{fifty} ")), Ok(fifty));
        // A joiner inside a name is kept (emoji sequences, Persian).
        assert!(name("Ana\u{200D}Lu").is_ok());
        for bad in [
            "",
            "  ",
            "\u{200B}\u{200B}",
            "\u{3164}",
            "Bob\0",
            "Bob\r\nINFO forged",
            "Bob\tSmith",
            "\u{202E}evil",
            &"x".repeat(51),
        ] {
            assert!(name(bad).is_err(), "{bad:?} was accepted");
        }
    }

    #[test]
    fn emails_are_lowercased_then_checked() {
        assert_eq!(
            email(" Alice@Example.COM ").as_deref(),
            Ok("alice@example.com")
        );
        assert!(email("a.b+tag@mail.example.co.uk").is_ok());
        assert!(email("x@xn--bcher-kva.de").is_ok());
        for bad in [
            "alice",
            "@example.com",
            "alice@",
            "a b@example.com",
            "alice@example",
            "a@b@c.d",
            "a@b..c",
            "a@.b.c",
            "a@b.c.",
            "a@-b.c",
            ".a@b.c",
            "a..b@c.d",
            "ali\u{200B}ce@example.com",
            "alice@example.com\0",
            "alice@bücher.de",
        ] {
            assert!(email(bad).is_err(), "{bad:?} was accepted");
        }
        assert!(email(&format!("{}@example.com", "a".repeat(64))).is_ok());
        assert!(email(&format!("{}@example.com", "a".repeat(65))).is_err());
    }

    #[test]
    fn money_rules() {
        assert!(balance("100.00".parse().unwrap()).is_ok());
        assert!(balance("-0.01".parse().unwrap()).is_err());
        assert!(balance("0.001".parse().unwrap()).is_err());
        assert!(amount("0".parse().unwrap()).is_err());
        assert!(amount("10000000000".parse().unwrap()).is_err());
    }
}
