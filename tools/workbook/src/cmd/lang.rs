//! `cargo workbook lang [en|zh-CN|auto]`: the language the runner speaks (its own sentences, the
//! hints, the checks' failures) and the book opens in. Remembered until changed; `auto` goes
//! back to following the locale.

use std::process::ExitCode;

use anyhow::bail;

use crate::lang::{self, Lang, tr, trf};
use crate::progress;

/// The runner's language: English or Simplified Chinese (简体中文)
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  cargo workbook lang zh-CN\n  cargo workbook lang en\n  \
                        cargo workbook lang auto"
)]
pub struct Args {
    /// en, zh-CN, or auto (follow the locale); without it, say which is in use
    #[arg(value_name = "LANG")]
    pub lang: Option<String>,
}

pub fn run(args: &Args) -> anyhow::Result<ExitCode> {
    match args.lang.as_deref() {
        None => {
            let how = if progress::lang().is_some() {
                tr("chosen with `cargo workbook lang`")
            } else {
                tr("from your locale; `cargo workbook lang zh-CN` or `lang en` chooses")
            };
            println!(
                "{}",
                trf(
                    "Language: {lang} ({how}).",
                    &[("lang", &lang::current().code()), ("how", &how)]
                )
            );
        }
        Some("auto") => {
            progress::set_lang(None);
            let now = lang::from_locale().unwrap_or(Lang::En);
            println!(
                "{}",
                trf(
                    "Language: {lang} ({how}).",
                    &[("lang", &now.code()), ("how", &tr("from your locale"))]
                )
            );
        }
        Some(text) => {
            let Some(chosen) = Lang::parse(text) else {
                bail!(trf(
                    "there is no language `{text}` here: en, zh-CN, or auto",
                    &[("text", &text)]
                ));
            };
            progress::set_lang(Some(chosen.code()));
            // Said in the language chosen, not the one this process started in.
            match chosen {
                Lang::ZhCn => println!(
                    "语言：简体中文。练习册的提示、检查结果和书都将使用中文；`cargo workbook lang en` 切回英文。"
                ),
                Lang::En => println!(
                    "Language: English. `cargo workbook lang zh-CN` switches to Chinese (中文)."
                ),
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
