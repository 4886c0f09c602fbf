//! Catching the learner's panic, so a check can say what it expected.
//!
//! When the learner's code panics (an `unwrap()` on a row that is not there, a `todo!()` left
//! in), the test would end with their panic alone, and the learner would never read the check's
//! words ("a missing row is an ordinary answer: return `Ok(None)`"). A check wraps the call in
//! [`catch_panic`] and fails with its own message, the learner's panic quoted inside it.

use std::future::Future;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::pin::Pin;
use std::task::{Context, Poll};

/// Run `future`; `Err` holds the message of a panic inside it. The panic is still printed by
/// the panic hook where it happened, with its file and line.
///
/// ```ignore
/// let found = harness::catch_panic(get_user(&pool, 999)).await.unwrap_or_else(|panic| {
///     panic!("[get_by_id_sqlx] get_user(999) panicked ({panic}): a missing row is an \
///             ordinary answer, Ok(None)")
/// });
/// ```
pub async fn catch_panic<F: Future>(future: F) -> Result<F::Output, String> {
    CatchPanic {
        future: Box::pin(future),
    }
    .await
}

/// Run a call into the learner's code; when it panics, fail with the check's own words, the
/// learner's panic quoted inside them (`[exercise] <what> panicked ("..."). <advice>`). A
/// `todo!()` still in place gets no advice about panics: it only needs writing.
pub async fn unless_it_panics<T>(
    exercise: &str,
    what: &str,
    advice: &str,
    call: impl Future<Output = T>,
) -> T {
    match catch_panic(call).await {
        Ok(output) => output,
        Err(panic) if is_a_todo(&panic) => {
            panic!("[{exercise}] {what} panicked (\"{panic}\"): {TODO_LEFT}, the code to write")
        }
        Err(panic) => panic!("[{exercise}] {what} panicked (\"{panic}\"). {advice}"),
    }
}

/// What a check says of a `todo!()` still in place (and how the harness recognises it).
pub const TODO_LEFT: &str = "its todo!() is still there";

/// Whether a panic's message is a `todo!()` that was never replaced (directly, or as a check
/// reported it through [`unless_it_panics`]): nothing to inspect in a database, only code to
/// write.
pub fn is_a_todo(message: &str) -> bool {
    message.starts_with("not yet implemented") || message.contains(TODO_LEFT)
}

struct CatchPanic<F> {
    future: Pin<Box<F>>,
}

impl<F: Future> Future for CatchPanic<F> {
    type Output = Result<F::Output, String>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let future = self.future.as_mut();
        match catch_unwind(AssertUnwindSafe(|| future.poll(cx))) {
            Ok(Poll::Pending) => Poll::Pending,
            Ok(Poll::Ready(output)) => Poll::Ready(Ok(output)),
            Err(payload) => Poll::Ready(Err(message(payload.as_ref()))),
        }
    }
}

/// The text of a panic's payload (`panic!("...")` gives a `&str` or a `String`).
pub fn message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(text) = payload.downcast_ref::<&str>() {
        (*text).to_string()
    } else if let Some(text) = payload.downcast_ref::<String>() {
        text.clone()
    } else {
        "a panic with no message".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn passes_the_output_through() {
        assert_eq!(catch_panic(async { 7 }).await, Ok(7));
    }

    #[tokio::test]
    #[should_panic(expected = "[x] f(1) panicked (\"no row\"). Return None.")]
    async fn a_learner_panic_is_told_in_the_check_words() {
        unless_it_panics("x", "f(1)", "Return None.", async { panic!("no row") }).await
    }

    #[tokio::test]
    async fn turns_a_panic_into_its_message() {
        let caught = catch_panic(async {
            tokio::task::yield_now().await;
            panic!("no row for id {}", 999);
        })
        .await;
        assert_eq!(caught, Err::<(), _>("no row for id 999".to_string()));
    }
}
