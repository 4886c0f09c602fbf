//! `cargo workbook db ...`: the embedded PostgreSQL server, a private server started from the
//! local PostgreSQL binaries and reachable through a unix socket only. When `DATABASE_URL` is
//! set (environment or `.env`), the workbook uses that server instead, and these commands say so.

use std::process::ExitCode;

use anyhow::bail;
use harness::block_on;
use harness::embedded::Embedded;

use crate::workbook;

/// The workbook's PostgreSQL server.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Example:\n  cargo workbook db psql wbt_3f2a_insert_sqlx_alice_is_stored_and_her_id_come_5d41c2_2a1f0"
)]
pub struct Args {
    #[command(subcommand)]
    pub command: Db,
}

#[derive(Debug, clap::Subcommand)]
pub enum Db {
    /// Start it (tests and the runner also start it when needed)
    Start,
    /// Stop it
    Stop,
    /// Where it is and whether it runs
    Status,
    /// Print the URL tests use (starts the server if needed)
    Url,
    /// Open psql on it, on database DB if given (a failed check prints the name of its)
    Psql {
        #[arg(value_name = "DB")]
        database: Option<String>,
    },
    /// Drop the databases kept by failed checks
    Clean,
}

pub fn run(args: &Args) -> anyhow::Result<ExitCode> {
    match &args.command {
        Db::Start => {
            workbook::database()?;
        }
        Db::Stop => {
            let embedded = Embedded::locate()?;
            if embedded.stop()? {
                println!(
                    "Stopped the embedded PostgreSQL ({}).",
                    embedded.dir.display()
                );
            } else {
                println!("The embedded PostgreSQL was not running.");
            }
        }
        Db::Status => status(),
        Db::Url => println!("{}", harness::find_or_start_server()?.url),
        Db::Psql { database } => {
            let server = harness::find_or_start_server()?;
            let url = match database {
                Some(db) => server.url_for(db),
                None => server.url.clone(),
            };
            return psql(&url);
        }
        Db::Clean => {
            let server = workbook::database()?;
            // On a class's shared role, only with a name of one's own: the databases to drop
            // are found by it.
            workbook::join_class(&server)?;
            let dropped = block_on(harness::fresh::drop_kept_databases(&server))?;
            println!("Dropped {} kept test database(s).", dropped.len());
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn status() {
    if let Some(server) = harness::rule::configured() {
        println!(
            "DATABASE_URL is set ({}): {}\nThe workbook uses that server; the embedded one is not used.",
            server.origin,
            server.redacted_url()
        );
    }
    match Embedded::locate() {
        Ok(embedded) => println!(
            "Embedded PostgreSQL: {}\n  data    {}\n  socket  {}\n  log     {}\n  url     {}",
            if embedded.is_running() {
                "running"
            } else {
                "stopped"
            },
            embedded.data.display(),
            embedded.socket_dir.display(),
            embedded.log.display(),
            embedded.url()
        ),
        Err(e) => println!("Embedded PostgreSQL: not available. {e}"),
    }
}

fn psql(url: &str) -> anyhow::Result<ExitCode> {
    use std::os::unix::process::CommandExt;
    let program = harness::binaries::psql();
    let error = std::process::Command::new(&program).arg(url).exec();
    bail!(
        "could not run {}: {error}. psql comes with PostgreSQL's client package \
         (Debian/Ubuntu: postgresql-client).",
        program.display()
    )
}
