//! `cargo workbook class`: the instructor's commands. `class init` and `class drop` make and
//! remove a class on a shared server (roles, progress database); `class` shows the board in the
//! terminal, and `class serve` serves it as a web page for the projector. See the `class`
//! module for what a class is.

use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use harness::{Server, block_on};

use crate::class::board::{self, Board};
use crate::class::roles::{self, Plan};
use crate::class::{budget, web};
use crate::workbook::Workbook;

/// The instructor's board, and the class's setup on a shared server
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  cargo workbook class init postgres://admin:PASSWORD@127.0.0.1:5432/workbook --learners 30 --host 192.168.1.20:5432
  cargo workbook class --url postgres://admin:PASSWORD@127.0.0.1:5432/workbook
  cargo workbook class serve --url postgres://admin:PASSWORD@127.0.0.1:5432/workbook
  cargo workbook class drop postgres://admin:PASSWORD@127.0.0.1:5432/workbook")]
pub struct Args {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    board: BoardArgs,
}

#[derive(Debug, clap::Subcommand)]
enum Command {
    /// Create the learners' roles and the class's progress database; print each learner's .env line
    Init(InitArgs),
    /// Remove the roles, their databases and the progress database that `class init` made
    Drop(DropArgs),
    /// Serve the board as a web page, for the projector
    Serve(ServeArgs),
}

#[derive(Debug, clap::Args)]
struct BoardArgs {
    /// The server, as an admin (default: DATABASE_URL)
    #[arg(long, global = true)]
    url: Option<String>,
    /// The class's progress database
    #[arg(long, global = true, default_value = crate::class::PROGRESS_DATABASE)]
    class: String,
    /// Print the board once and stop (default: redraw every 2 s until Ctrl-C)
    #[arg(long)]
    once: bool,
    /// Print the board as JSON (once)
    #[arg(long)]
    json: bool,
}

#[derive(Debug, clap::Args)]
struct InitArgs {
    /// A URL whose user may create roles and databases (a superuser's, or CREATEROLE + CREATEDB)
    admin_url: String,
    /// How many learners: roles learner01, learner02, ...
    #[arg(long, conflicts_with = "names")]
    learners: Option<u32>,
    /// Or their names (comma-separated): each becomes a role
    #[arg(long, value_delimiter = ',')]
    names: Vec<String>,
    /// The address learners reach the server at, host:port (default: the admin URL's; on the
    /// instructor's laptop, give its address on the room's network)
    #[arg(long)]
    host: Option<String>,
    /// Give learners who already have a role a new password too
    #[arg(long)]
    new_passwords: bool,
    /// One role for the whole room instead, with this name, sized for --learners N: each learner
    /// is then named by WORKBOOK_LEARNER in their .env (or their system user name), and a name
    /// already taken by another machine is refused
    #[arg(
        long,
        value_name = "ROLE",
        requires = "learners",
        conflicts_with = "names"
    )]
    shared_role: Option<String>,
}

#[derive(Debug, clap::Args)]
struct DropArgs {
    /// The admin URL `class init` was given
    admin_url: String,
}

#[derive(Debug, clap::Args)]
struct ServeArgs {
    /// Where to listen: 127.0.0.1 (this machine only) unless you say otherwise
    #[arg(long, default_value = "127.0.0.1:7878")]
    bind: SocketAddr,
}

pub fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let class = &args.board.class;
    match &args.command {
        Some(Command::Init(init)) => self::init(init, class),
        Some(Command::Drop(drop)) => self::drop(&drop.admin_url, class),
        Some(Command::Serve(serve)) => self::serve(&args.board, serve.bind),
        None => self::board(&args.board),
    }
}

fn init(args: &InitArgs, class: &str) -> anyhow::Result<ExitCode> {
    let (learners, shared_by) = match &args.shared_role {
        Some(role) => (
            roles::learner_names(None, std::slice::from_ref(role))?,
            args.learners,
        ),
        None => (roles::learner_names(args.learners, &args.names)?, None),
    };
    let plan = Plan {
        learners,
        progress: roles::progress_name(Some(class))?,
        host: args.host.clone(),
        new_passwords: args.new_passwords,
        shared_by,
    };
    let admin = Server::explicit(&args.admin_url);
    let seats = block_on(roles::init(&admin, &plan))?;
    let room = plan.shared_by.map_or(plan.learners.len(), |n| n as usize);
    let (max, needed) = block_on(server_size(&admin, room))?;
    println!(
        "Class `{}` on {}: {} learner(s), each a role of their own with CREATEDB and a \
         CONNECTION LIMIT of {} ({} per check × {} checks at once + {} for the runner: measured, \
         see CONTRIBUTING.md).",
        plan.progress,
        admin.redacted_url(),
        seats.len(),
        budget::per_learner(),
        budget::PER_CHECK,
        budget::CHECKS_AT_ONCE,
        budget::RUNNER_OWN
    );
    if max < needed {
        println!(
            "Warning: the server's max_connections is {max}; this class needs {needed} when every \
             learner checks at once. Raise it (the classroom profile of docker-compose.yml: \
             CLASSROOM_MAX_CONNECTIONS={needed}) or expect \"the server is full\" at busy moments."
        );
    } else {
        println!("The server's max_connections ({max}) holds them all at once ({needed}).");
    }
    if let Some(n) = plan.shared_by {
        println!(
            "One role for the room, `{}`, for {n} learners (CONNECTION LIMIT {}). Every seat gets \
             the same line, plus its own WORKBOOK_LEARNER=<name> line in .env: the name is how \
             the board and the test databases tell learners apart, and a name another machine \
             has taken is refused. A role per learner needs none of this.",
            plan.learners[0],
            budget::per_learner() * n
        );
    }
    let new: Vec<_> = seats.iter().filter(|s| s.env_line.is_some()).collect();
    if !new.is_empty() {
        println!(
            "\nEach learner's line for .env in their workbook folder. The passwords are shown \
             this once and stored nowhere (the server keeps only a SCRAM hash):\n"
        );
        for seat in &new {
            println!(
                "{:<12} {}",
                seat.role,
                seat.env_line.as_deref().unwrap_or("")
            );
        }
    }
    let kept: Vec<&str> = seats
        .iter()
        .filter(|s| s.env_line.is_none())
        .map(|s| s.role.as_str())
        .collect();
    if !kept.is_empty() {
        println!(
            "\nAlready set up, passwords unchanged: {} (--new-passwords gives them new ones).",
            kept.join(", ")
        );
    }
    println!(
        "\nThe board: cargo workbook class --url <admin URL>   (or `class serve` for the projector)"
    );
    Ok(ExitCode::SUCCESS)
}

/// The server's max_connections, and what `learners` learners need at once (plus 10 for the
/// instructor and the server's reserved slots).
async fn server_size(admin: &Server, learners: usize) -> anyhow::Result<(u32, u32)> {
    let mut conn = admin.connect().await?;
    let max: i32 = sqlx::query_scalar("SELECT current_setting('max_connections')::int")
        .fetch_one(&mut conn)
        .await?;
    let learners = u32::try_from(learners).unwrap_or(u32::MAX);
    Ok((
        u32::try_from(max).unwrap_or(0),
        learners.saturating_mul(budget::per_learner()) + 10,
    ))
}

fn drop(admin_url: &str, class: &str) -> anyhow::Result<ExitCode> {
    let admin = Server::explicit(admin_url);
    let progress = roles::progress_name(Some(class))?;
    let dropped = block_on(roles::drop(&admin, &progress))?;
    if dropped.roles.is_empty() && dropped.databases.is_empty() {
        println!(
            "No class `{progress}` on {}: nothing to drop.",
            admin.redacted_url()
        );
    } else {
        println!(
            "Dropped {} database(s) ({}) and {} role(s) ({}).",
            dropped.databases.len(),
            dropped.databases.join(", "),
            dropped.roles.len(),
            dropped.roles.join(", ")
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// The progress database, connected to as the admin.
fn progress_server(args: &BoardArgs) -> anyhow::Result<Server> {
    let url = match &args.url {
        Some(url) => url.clone(),
        None => harness::rule::setting("DATABASE_URL")
            .context("which server? Give the admin URL with --url (or set DATABASE_URL to it)")?,
    };
    let progress = roles::progress_name(Some(&args.class))?;
    Ok(Server::explicit(
        Server::explicit(url).url_for(progress.as_str()),
    ))
}

/// Read the board now.
fn read_board(server: &Server, order: &[(String, u32)]) -> anyhow::Result<Board> {
    block_on(async {
        let mut conn = server.connect().await?;
        let (learners, verdicts) = board::load(&mut conn).await.with_context(|| {
            format!(
                "reading the class's progress from {} (made by `cargo workbook class init`?)",
                server.redacted_url()
            )
        })?;
        let now: i64 = sqlx::query_scalar("SELECT extract(epoch FROM now())::bigint")
            .fetch_one(&mut conn)
            .await?;
        Ok(Board::from_verdicts(&learners, &verdicts, order, now))
    })
}

/// The workbook's exercises in order, with their levels: the board's columns.
fn exercise_order() -> anyhow::Result<Vec<(String, u32)>> {
    let workbook = Workbook::open()?;
    Ok(workbook
        .manifest
        .exercises
        .iter()
        .map(|e| (e.id.clone(), e.level))
        .collect())
}

fn board(args: &BoardArgs) -> anyhow::Result<ExitCode> {
    let server = progress_server(args)?;
    let order = exercise_order()?;
    if args.json {
        println!("{}", serde_json::to_string(&read_board(&server, &order)?)?);
        return Ok(ExitCode::SUCCESS);
    }
    loop {
        let text = read_board(&server, &order)?.to_text(terminal_width());
        if args.once {
            print!("{text}");
            return Ok(ExitCode::SUCCESS);
        }
        // Clear the screen and draw again: a board, not a log.
        print!("\x1b[2J\x1b[H{text}\n(redrawn every 2 s; Ctrl-C to stop)\n");
        std::thread::sleep(Duration::from_secs(2));
    }
}

fn terminal_width() -> usize {
    crossterm::terminal::size().map_or(100, |(w, _)| usize::from(w))
}

fn serve(args: &BoardArgs, bind: SocketAddr) -> anyhow::Result<ExitCode> {
    let server = progress_server(args)?;
    let order = exercise_order()?;
    // Fail now, in the terminal, rather than on the projector.
    read_board(&server, &order)?;
    let source: web::BoardSource = Arc::new(move || {
        let board = read_board(&server, &order)?;
        Ok(serde_json::to_string(&board)?)
    });
    web::serve(bind, source, |addr| {
        println!("The class board: http://{addr}/   (Ctrl-C to stop)");
        if addr.ip().is_loopback() {
            println!("Only this machine can open it; --bind 0.0.0.0:7878 to show it to others.");
        }
    })?;
    Ok(ExitCode::SUCCESS)
}
