//! The instructor's board: what the class's progress database says, in the three views a room
//! needs. The grid (learners × exercises, each cell the learner's last verdict), who has been
//! on one exercise longest or failed it most (whom to visit), and per exercise the most common
//! failing check and message (what to explain to the whole room).
//!
//! [`Board::from_verdicts`] computes it from the verdicts alone, so it is tested without a
//! database; [`load`] reads them; [`Board::to_text`] is the terminal's view, and the web page
//! ([`super::web`]) draws the same board from its JSON.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;
use sqlx::PgConnection;

/// One recorded verdict, as the board reads it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Verdict {
    pub learner: String,
    pub exercise: String,
    pub status: String,
    pub failing_check: Option<String>,
    pub message: Option<String>,
    /// Seconds since 1970.
    pub at: i64,
}

#[derive(Debug, Serialize)]
pub struct Board {
    /// The columns: every exercise someone has checked, in the workbook's order.
    pub exercises: Vec<Column>,
    pub learners: Vec<Row>,
    /// Whom to visit first: on one exercise longest, then failing it most.
    pub stuck: Vec<Stuck>,
    /// Per exercise, the failure most learners share now, most shared first.
    pub common: Vec<Common>,
    /// Verdicts recorded in all.
    pub verdicts: usize,
}

#[derive(Debug, Serialize)]
pub struct Column {
    pub id: String,
    pub level: u32,
}

#[derive(Debug, Serialize)]
pub struct Row {
    pub learner: String,
    /// The last status per column: `done`, `todo`, `does_not_compile`, or empty (not checked).
    pub cells: Vec<String>,
    pub done: usize,
}

#[derive(Debug, Serialize)]
pub struct Stuck {
    pub learner: String,
    pub exercise: String,
    /// Seconds since their first verdict on it.
    pub for_seconds: i64,
    /// Verdicts on it that were not a pass.
    pub failures: usize,
    pub message: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Common {
    pub exercise: String,
    pub failing_check: Option<String>,
    pub message: Option<String>,
    /// Learners whose last verdict on the exercise is this failure.
    pub learners: usize,
    /// Learners whose last verdict on the exercise is a failure of any kind.
    pub failing: usize,
}

/// Read every verdict (and every learner `class init` made, checked in or not).
pub async fn load(conn: &mut PgConnection) -> Result<(Vec<String>, Vec<Verdict>), sqlx::Error> {
    let learners =
        sqlx::query_scalar("SELECT role::text FROM workbook_learners WHERE NOT shared ORDER BY 1")
            .fetch_all(&mut *conn)
            .await?;
    let verdicts = sqlx::query_as(
        "SELECT learner, exercise, status, failing_check, message,
                extract(epoch FROM at)::bigint AS at
         FROM workbook_verdicts ORDER BY at, id",
    )
    .fetch_all(conn)
    .await?;
    Ok((learners, verdicts))
}

impl Board {
    /// The board of `verdicts` (in the order they were recorded), for `learners` (shown even
    /// before their first verdict), with columns in the order of `order` (exercise id, level),
    /// at time `now`.
    pub fn from_verdicts(
        learners: &[String],
        verdicts: &[Verdict],
        order: &[(String, u32)],
        now: i64,
    ) -> Board {
        let mut names: Vec<String> = learners.to_vec();
        for v in verdicts {
            if !names.contains(&v.learner) {
                names.push(v.learner.clone());
            }
        }
        let exercises: Vec<Column> = order
            .iter()
            .filter(|(id, _)| verdicts.iter().any(|v| &v.exercise == id))
            .map(|(id, level)| Column {
                id: id.clone(),
                level: *level,
            })
            .collect();
        // The last verdict of each learner on each exercise.
        let mut last: HashMap<(&str, &str), &Verdict> = HashMap::new();
        for v in verdicts {
            last.insert((v.learner.as_str(), v.exercise.as_str()), v);
        }
        let rows: Vec<Row> = names
            .iter()
            .map(|learner| {
                let cells: Vec<String> = exercises
                    .iter()
                    .map(|c| {
                        last.get(&(learner.as_str(), c.id.as_str()))
                            .map(|v| v.status.clone())
                            .unwrap_or_default()
                    })
                    .collect();
                let done = cells.iter().filter(|c| *c == "done").count();
                Row {
                    learner: learner.clone(),
                    cells,
                    done,
                }
            })
            .collect();

        let mut stuck: Vec<Stuck> = names
            .iter()
            .filter_map(|learner| {
                let theirs: Vec<&Verdict> =
                    verdicts.iter().filter(|v| &v.learner == learner).collect();
                let latest = theirs.last()?;
                if latest.status == "done" {
                    return None;
                }
                let on_it: Vec<&&Verdict> = theirs
                    .iter()
                    .filter(|v| v.exercise == latest.exercise)
                    .collect();
                Some(Stuck {
                    learner: learner.clone(),
                    exercise: latest.exercise.clone(),
                    for_seconds: now - on_it.first().map_or(now, |v| v.at),
                    failures: on_it.iter().filter(|v| v.status != "done").count(),
                    message: latest.message.clone(),
                })
            })
            .collect();
        stuck.sort_by(|a, b| {
            b.for_seconds
                .cmp(&a.for_seconds)
                .then(b.failures.cmp(&a.failures))
                .then(a.learner.cmp(&b.learner))
        });

        let mut common = Vec::new();
        for column in &exercises {
            let mut counts: BTreeMap<(Option<String>, Option<String>), usize> = BTreeMap::new();
            for learner in &names {
                if let Some(v) = last.get(&(learner.as_str(), column.id.as_str()))
                    && v.status != "done"
                {
                    *counts
                        .entry((v.failing_check.clone(), v.message.clone()))
                        .or_default() += 1;
                }
            }
            let failing = counts.values().sum();
            // The most shared failure; among equals, the first by name, so the board is stable.
            if let Some(((check, message), learners)) = counts
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
            {
                common.push(Common {
                    exercise: column.id.clone(),
                    failing_check: check,
                    message,
                    learners,
                    failing,
                });
            }
        }
        common.sort_by(|a, b| b.learners.cmp(&a.learners).then(b.failing.cmp(&a.failing)));

        Board {
            exercises,
            learners: rows,
            stuck,
            common,
            verdicts: verdicts.len(),
        }
    }

    /// The board for a terminal `width` columns wide: one character per cell (`#` done, `x`
    /// failing, `!` does not compile, `.` not checked), then the two lists.
    pub fn to_text(&self, width: usize) -> String {
        let mut out = String::new();
        let name_width = self
            .learners
            .iter()
            .map(|r| r.learner.chars().count())
            .max()
            .unwrap_or(7)
            .clamp(7, 20);
        out.push_str(&format!(
            "{} learner(s), {} verdict(s).  # done  x failing  ! does not compile  . not checked\n\n",
            self.learners.len(),
            self.verdicts
        ));
        // The level of each column, as a header line.
        let levels: String = self
            .exercises
            .iter()
            .map(|c| char::from_digit(c.level, 10).unwrap_or('?'))
            .collect();
        out.push_str(&format!("{:name_width$}  {levels}  done\n", "level"));
        for row in &self.learners {
            let cells: String = row
                .cells
                .iter()
                .map(|c| match c.as_str() {
                    "done" => '#',
                    "todo" => 'x',
                    "does_not_compile" => '!',
                    _ => '.',
                })
                .collect();
            let name: String = row.learner.chars().take(name_width).collect();
            out.push_str(&format!("{name:name_width$}  {cells}  {}\n", row.done));
        }
        out.push_str("\nOn one exercise longest (visit first):\n");
        if self.stuck.is_empty() {
            out.push_str("  nobody\n");
        }
        for s in self.stuck.iter().take(5) {
            let line = format!(
                "  {:name_width$}  {}  {} min, {} failed check(s): {}",
                s.learner,
                s.exercise,
                s.for_seconds / 60,
                s.failures,
                s.message.as_deref().unwrap_or("")
            );
            out.push_str(&cut(&line, width));
            out.push('\n');
        }
        out.push_str("\nMost common failure per exercise (explain to the room):\n");
        if self.common.is_empty() {
            out.push_str("  none\n");
        }
        for c in self.common.iter().take(5) {
            let line = format!(
                "  {}: {} of {} failing learner(s): {} {}",
                c.exercise,
                c.learners,
                c.failing,
                c.failing_check.as_deref().unwrap_or("(does not compile)"),
                c.message.as_deref().unwrap_or("")
            );
            out.push_str(&cut(&line, width));
            out.push('\n');
        }
        out
    }
}

/// `line` cut to `width` characters.
fn cut(line: &str, width: usize) -> String {
    if line.chars().count() <= width {
        return line.to_string();
    }
    let mut cut: String = line.chars().take(width.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(learner: &str, exercise: &str, status: &str, check: &str, at: i64) -> Verdict {
        Verdict {
            learner: learner.into(),
            exercise: exercise.into(),
            status: status.into(),
            failing_check: (!check.is_empty()).then(|| check.into()),
            message: (!check.is_empty()).then(|| format!("{check} said no")),
            at,
        }
    }

    #[test]
    fn the_grid_shows_each_learners_last_verdict() {
        let order = [
            ("a".to_string(), 1),
            ("b".to_string(), 1),
            ("c".to_string(), 2),
        ];
        let verdicts = [
            v("ada", "a", "todo", "a::one", 10),
            v("ada", "a", "done", "", 20),
            v("ada", "b", "todo", "b::two", 30),
            v("bob", "a", "does_not_compile", "", 15),
        ];
        let learners = ["ada".to_string(), "bob".to_string(), "cy".to_string()];
        let board = Board::from_verdicts(&learners, &verdicts, &order, 100);
        let ids: Vec<&str> = board.exercises.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["a", "b"], "columns: checked exercises, in order");
        assert_eq!(board.learners[0].cells, ["done", "todo"]);
        assert_eq!(board.learners[1].cells, ["does_not_compile", ""]);
        assert_eq!(board.learners[2].cells, ["", ""], "cy has not checked in");
        assert_eq!(board.learners[0].done, 1);
        // Bob has been on `a` since 15, Ada on `b` since 30.
        assert_eq!(board.stuck[0].learner, "bob");
        assert_eq!(board.stuck[0].for_seconds, 85);
        assert_eq!(board.stuck[1].learner, "ada");
        assert_eq!(board.stuck[1].exercise, "b");
        let text = board.to_text(80);
        assert!(text.contains("ada      #x  1"), "{text}");
        assert!(text.contains("bob      !.  0"), "{text}");
    }

    #[test]
    fn the_most_shared_failure_is_what_to_explain() {
        let order = [("a".to_string(), 1)];
        let verdicts = [
            v("l1", "a", "todo", "a::rolls_back", 1),
            v("l2", "a", "todo", "a::rolls_back", 2),
            v("l3", "a", "todo", "a::returns_id", 3),
            v("l4", "a", "todo", "a::returns_id", 4),
            v("l4", "a", "done", "", 5),
        ];
        let board = Board::from_verdicts(&[], &verdicts, &order, 10);
        assert_eq!(board.common.len(), 1);
        let common = &board.common[0];
        assert_eq!(common.failing_check.as_deref(), Some("a::rolls_back"));
        assert_eq!((common.learners, common.failing), (2, 3));
        assert!(
            board.stuck.iter().all(|s| s.learner != "l4"),
            "l4 passed: not stuck"
        );
    }
}
