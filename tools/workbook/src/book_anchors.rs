//! Links to a heading (`[text](page.md#some-heading)`) must survive translation. mdBook makes a
//! heading's id from its text, so in the Chinese book `## On the projector` gets a Chinese id
//! and every link to `#on-the-projector` would land at the top of the page. A heading that a
//! link targets therefore carries its id explicitly (`## On the projector {#on-the-projector}`),
//! which mdBook keeps whatever the text becomes; verify fails on a link whose target does not.

use std::path::Path;

/// Each link to `page#id` whose page has no heading carrying `{#id}`, as "from.md -> to.md#id".
pub fn problems(root: &Path) -> Vec<String> {
    let src = root.join("book/src");
    let mut found = Vec::new();
    for page in crate::reading_time::pages(root) {
        let text = std::fs::read_to_string(&page).unwrap_or_default();
        let mut rest = text.as_str();
        while let Some(at) = rest.find("](") {
            let link = &rest[at + 2..];
            let end = link.find(')').unwrap_or(link.len());
            let target = &link[..end];
            rest = &link[end..];
            let Some((file, id)) = target.split_once('#') else {
                continue;
            };
            if file.contains("://") || id.is_empty() {
                continue;
            }
            let target_page = if file.is_empty() {
                page.clone()
            } else {
                page.parent().unwrap_or(&src).join(file)
            };
            let target_text = std::fs::read_to_string(&target_page).unwrap_or_default();
            let explicit = format!("{{#{id}}}");
            if !target_text
                .lines()
                .any(|l| l.starts_with('#') && l.trim_end().ends_with(&explicit))
            {
                let from = page
                    .strip_prefix(&src)
                    .unwrap_or(&page)
                    .display()
                    .to_string();
                found.push(format!("{from} -> {target}"));
            }
        }
    }
    found
}
