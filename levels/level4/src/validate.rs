//! What a request must look like before it reaches the store. Each rule fails with a message
//! for the client (an HTTP 422).

use rust_decimal::Decimal;

/// A name: 1 to 50 characters, not only spaces.
pub fn name(name: &str) -> Result<(), String> {
    if name.trim().is_empty() {
        return Err("name must not be empty".into());
    }
    if name.chars().count() > 50 {
        return Err("name must be at most 50 characters".into());
    }
    Ok(())
}

/// An email: at most 100 characters, one `@` with something on both sides and a dot in the
/// domain, no spaces. (Whether it receives mail only sending one can tell.)
pub fn email(email: &str) -> Result<(), String> {
    let valid = email.len() <= 100
        && !email.contains(char::is_whitespace)
        && email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
        });
    if valid {
        Ok(())
    } else {
        Err(format!("{email:?} is not an email address"))
    }
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
        return Err(format!("{what} is too large"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules() {
        assert!(name("Alice").is_ok());
        assert!(name("  ").is_err());
        assert!(name(&"x".repeat(51)).is_err());
        assert!(email("alice@example.com").is_ok());
        for bad in [
            "alice",
            "@example.com",
            "alice@",
            "a b@example.com",
            "alice@example",
            "a@b@c.d",
        ] {
            assert!(email(bad).is_err(), "{bad}");
        }
        assert!(balance("100.00".parse().unwrap()).is_ok());
        assert!(balance("-0.01".parse().unwrap()).is_err());
        assert!(balance("0.001".parse().unwrap()).is_err());
        assert!(amount("0".parse().unwrap()).is_err());
        assert!(amount("10000000000".parse().unwrap()).is_err());
    }
}
