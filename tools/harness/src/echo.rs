//! SQLAlchemy's `echo=True` for the demos: print each statement as it runs, readably.
//!
//! sqlx logs a statement as a `tracing` event with the SQL in a `db.statement` field (or, for
//! short statements, only in `summary`); the diesel track logs it as the event's message. This
//! layer prints either as one line, `SQL  <statement>`, whitespace collapsed, and other events
//! as `LEVEL message`.

use std::fmt::Write as _;

use tracing::field::{Field, Visit};
use tracing::{Event, Level, Subscriber};
use tracing_subscriber::filter::LevelFilter;
use tracing_subscriber::layer::{Context, SubscriberExt};
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::{Layer, Registry};

/// Install the echo printer as this process's subscriber, for events at INFO and above.
pub fn install() {
    let _ = Registry::default()
        .with(Echo.with_filter(LevelFilter::INFO))
        .try_init();
}

struct Echo;

impl<S: Subscriber> Layer<S> for Echo {
    fn on_event(&self, event: &Event<'_>, _ctx: Context<'_, S>) {
        let mut fields = Fields::default();
        event.record(&mut fields);
        let target = event.metadata().target();
        let line = if target == "sqlx::query" || target == "diesel" {
            let sql = fields
                .statement
                .filter(|s| !s.trim().is_empty())
                .or(fields.summary)
                .unwrap_or(fields.message);
            format!("SQL  {}", collapse(&sql))
        } else {
            let level = event.metadata().level();
            let rest = if fields.rest.is_empty() {
                String::new()
            } else {
                format!(" ({})", fields.rest.trim())
            };
            format!("{:<5}{}{rest}", level_name(level), fields.message)
        };
        println!("{line}");
    }
}

fn level_name(level: &Level) -> &'static str {
    match *level {
        Level::ERROR => "ERROR",
        Level::WARN => "WARN",
        Level::INFO => "INFO",
        Level::DEBUG => "DEBUG",
        Level::TRACE => "TRACE",
    }
}

fn collapse(sql: &str) -> String {
    sql.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[derive(Default)]
struct Fields {
    message: String,
    statement: Option<String>,
    summary: Option<String>,
    rest: String,
}

impl Visit for Fields {
    fn record_str(&mut self, field: &Field, value: &str) {
        match field.name() {
            "db.statement" => self.statement = Some(value.to_string()),
            "summary" => self.summary = Some(value.to_string()),
            "message" => self.message = value.to_string(),
            _ => self.record_debug(field, &value),
        }
    }

    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        if field.name() == "message" {
            self.message = format!("{value:?}");
        } else {
            let _ = write!(self.rest, " {}={value:?}", field.name());
        }
    }
}
