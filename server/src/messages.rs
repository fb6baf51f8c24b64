//! The whole message registry: the core's blocks (shared words, domain field messages,
//! vocabularies), the app's (page texts, server-function messages, mail texts) and the
//! server's own (plain routes). Its tests are the completeness check: every text in both
//! languages with the same placeholders, and every block declared in the source listed
//! here, so a new text cannot bypass the registry.

use opstap_core::i18n::Block;

/// The server's own blocks.
pub const BLOCKS: &[&Block] = &[
    &crate::web::downloads::WEB_DOWNLOADS,
    &crate::web::reports::WEB_REPORTS,
];

/// Every block of the portal.
pub fn registry() -> Vec<&'static Block> {
    [
        opstap_core::messages::BLOCKS,
        opstap_core::messages::VOCABULARIES,
        app::i18n::BLOCKS,
        BLOCKS,
    ]
    .concat()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::{Path, PathBuf};

    #[test]
    fn every_message_is_complete_in_both_languages() {
        let blocks = registry();
        assert_eq!(opstap_core::i18n::problems(&blocks), Vec::<String>::new());
        let count: usize = blocks.iter().map(|b| b.messages.len()).sum();
        // The registry holds the portal's texts, not a handful (a guard against an
        // emptied list passing the check above).
        assert!(count > 600, "only {count} messages in the registry");
    }

    fn sources() -> Vec<(PathBuf, String)> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut out = Vec::new();
        let mut dirs: Vec<PathBuf> = ["core/src", "app/src", "server/src"]
            .iter()
            .map(|d| root.join(d))
            .collect();
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).expect("a source folder") {
                let path = entry.expect("a folder entry").path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).expect("a source file");
                    // Tests sit at the end of a file; their example blocks are not texts.
                    let text = match text.find("#[cfg(test)]") {
                        Some(at) => text[..at].to_string(),
                        None => text,
                    };
                    out.push((path, text));
                }
            }
        }
        out
    }

    #[test]
    fn every_declared_block_is_registered_and_no_text_bypasses_them() {
        let registered: std::collections::BTreeSet<&str> =
            registry().iter().map(|b| b.name).collect();
        let mut declared = Vec::new();
        let mut vocabularies = 0;
        for (path, text) in sources() {
            let shown = path.display().to_string();
            for line in text.lines() {
                let code = line.trim_start();
                if code.starts_with("//") {
                    continue;
                }
                if let Some(rest) = code.split("messages! { ").nth(1) {
                    let name = rest.split_whitespace().next().unwrap_or_default();
                    declared.push(name.to_string());
                    assert!(
                        registered.contains(name),
                        "{shown}: block {name} is not in the registry"
                    );
                }
                if code.starts_with("text_enum! {") {
                    vocabularies += 1;
                }
                // A message made on the spot would not be in any block.
                let allowed = shown.ends_with("core/src/i18n.rs")
                    || shown.ends_with("core/src/domain/mod.rs");
                assert!(
                    allowed || !code.contains("T::new("),
                    "{shown}: a message outside the registry: {code}"
                );
            }
        }
        assert_eq!(
            vocabularies,
            opstap_core::messages::VOCABULARIES.len(),
            "a vocabulary is missing from the registry"
        );
        // Each registered block is declared once (names are unique, see `problems`).
        for name in &registered {
            let is_vocabulary = opstap_core::messages::VOCABULARIES
                .iter()
                .any(|b| b.name == *name);
            assert!(
                is_vocabulary || declared.iter().any(|d| d == name),
                "{name} is registered but not declared"
            );
        }
    }
}
