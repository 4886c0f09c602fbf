//! `cargo workbook book [--lang en|zh-CN]`: build the book in both languages (mdBook and its
//! translation plugins installed once if they are not there), serve it on this machine, and
//! open it in a browser at the page's language: the one asked for, else the learner's (see
//! `cargo workbook lang`). Every page has a switch to the other language.

use std::net::{Ipv4Addr, SocketAddr};
use std::process::ExitCode;

use anyhow::{Context, bail};

use crate::lang::{self, Lang, trf};
use crate::workbook::Workbook;

/// Serve the book and open it in your browser
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  cargo workbook book\n  cargo workbook book --lang zh-CN")]
pub struct Args {
    /// en or zh-CN (default: the language of the runner, see `cargo workbook lang`)
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// Build it and say where, without serving it
    #[arg(long)]
    pub build_only: bool,
}

pub fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let language = match args.lang.as_deref() {
        None => lang::current(),
        Some(text) => match Lang::parse(text) {
            Some(language) => language,
            None => bail!("there is no book in `{text}`: en or zh-CN"),
        },
    };
    let workbook = Workbook::open_quietly()?;
    let site = match crate::book_i18n::build_both(&workbook.root) {
        Ok(site) => site,
        // Offline, with no translation plugins to install: the English book needs only mdBook.
        Err(why) if language == Lang::En => {
            eprintln!("note: only the English book is built ({why:#})");
            english_only(&workbook.root)?
        }
        Err(why) => return Err(why),
    };
    let start = match language {
        Lang::En => "",
        Lang::ZhCn => "zh-CN/",
    };
    if args.build_only {
        println!("{}", site.join(start).join("index.html").display());
        return Ok(ExitCode::SUCCESS);
    }
    crate::book_site::serve(
        &site,
        SocketAddr::from((Ipv4Addr::LOCALHOST, 3000)),
        |address| {
            let url = format!("http://{address}/{start}");
            println!(
                "{}",
                trf(
                    "Serving the book at {url} (Ctrl-C stops it).",
                    &[("url", &url)]
                )
            );
            crate::book_site::open_browser(&url);
        },
    )?;
    Ok(ExitCode::SUCCESS)
}

/// The English book alone, built with mdBook (its translation plugin is optional); the site.
fn english_only(root: &std::path::Path) -> anyhow::Result<std::path::PathBuf> {
    let status = std::process::Command::new(crate::mdbook::ensure()?)
        .current_dir(root)
        .args(["build", "book"])
        .status()
        .context("running mdbook")?;
    if !status.success() {
        bail!("mdbook could not build the book (its errors are above)");
    }
    Ok(root.join("book/book"))
}
