//! An equality check whose failure a learner can read.
//!
//! `assert_eq!` ends a failure with `left: ...` and `right: ...`: which is which, and which one
//! is the answer's? A check's failure says, in words, what it expected and what it found:
//!
//! ```
//! harness::expect_eq!(2 + 2, 4, "[insert_sqlx] two and two");
//! ```
//!
//! fails (when it does) with the message, then `expected: 4` and `found: 5` on lines of their
//! own. The first argument is what the code under check produced, the second what it should
//! have.

/// Panic with the message and both values, labelled, unless `found == expected`.
#[macro_export]
macro_rules! expect_eq {
    ($found:expr, $expected:expr $(,)?) => {
        $crate::expect_eq!($found, $expected, "not what the check expected")
    };
    ($found:expr, $expected:expr, $($message:tt)+) => {
        match (&$found, &$expected) {
            (found, expected) => {
                if found != expected {
                    panic!(
                        "{}\n  expected: {:?}\n  found:    {:?}",
                        format_args!($($message)+),
                        expected,
                        found
                    );
                }
            }
        }
    };
}

#[cfg(test)]
mod tests {
    #[test]
    fn equal_values_pass() {
        expect_eq!(2 + 2, 4, "two and two");
    }

    #[test]
    fn a_difference_is_told_in_words() {
        let panic = std::panic::catch_unwind(|| expect_eq!(2 + 3, 4, "[x] {} and {}", 2, 3))
            .expect_err("5 is not 4");
        let message = crate::panics::message(panic.as_ref());
        assert!(
            message == "[x] 2 and 3\n  expected: 4\n  found:    5",
            "{message}"
        );
    }
}
