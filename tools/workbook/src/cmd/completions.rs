//! `cargo workbook completions SHELL`: a completion script for the learner's shell.

use std::process::ExitCode;

use clap::CommandFactory;
use clap_complete::Shell;

/// Print a shell completion script.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Example (bash):\n  cargo workbook completions bash > ~/.local/share/bash-completion/completions/cargo-workbook"
)]
pub struct Args {
    /// The shell
    pub shell: Shell,
}

pub fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let mut command = crate::Cli::command();
    clap_complete::generate(
        args.shell,
        &mut command,
        "cargo-workbook",
        &mut std::io::stdout(),
    );
    Ok(ExitCode::SUCCESS)
}
