//! The layers inside this crate, checked: until they are crates of their own (issue #18),
//! this test is what stops a lower layer from importing a higher one. It reads the source
//! files and looks at every `crate::<module>` they name.
//!
//! From the bottom: `domain`, `wire`, `i18n` and `error` (plain rules and data) name only
//! each other; `store` (SQL) names those and itself; `ui` (shared components) names those
//! and itself. Pages, the shell and server functions may name everything below them.

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    const CORE: &[&str] = &["domain", "wire", "i18n", "error"];

    /// Imports of a higher layer that are known and tolerated for now, with the reason.
    const TOLERATED: &[(&str, &str)] = &[
        // The password field renders the island loader, which lives with the shell's
        // asset names; it moves with the asset code when the crates are split.
        ("ui/forms.rs", "shell"),
        // The error pages set the HTTP status through the request context in `auth::ssr`.
        ("ui/errors.rs", "auth"),
    ];

    fn src() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
    }

    fn files(dir: &Path, out: &mut Vec<PathBuf>) {
        let entries = std::fs::read_dir(dir).expect("read source folder");
        for entry in entries {
            let path = entry.expect("folder entry").path();
            if path.is_dir() {
                files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }

    /// The top-level modules of this crate that `text` names as `crate::<module>`.
    fn named_modules(text: &str) -> Vec<String> {
        text.match_indices("crate::")
            .map(|(i, _)| {
                text[i + "crate::".len()..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect::<String>()
            })
            .filter(|m| !m.is_empty())
            .collect()
    }

    /// Every import of `layer` (a folder, or a file without `.rs`) outside `allowed`.
    fn violations(layer: &str, allowed: &[&str]) -> Vec<String> {
        let root = src();
        let mut paths = Vec::new();
        let folder = root.join(layer);
        if folder.is_dir() {
            files(&folder, &mut paths);
        } else {
            paths.push(root.join(format!("{layer}.rs")));
        }
        assert!(!paths.is_empty(), "no source for layer {layer}");
        let mut found = Vec::new();
        for path in paths {
            let text = std::fs::read_to_string(&path).expect("read source file");
            let relative = path
                .strip_prefix(&root)
                .expect("under src")
                .to_string_lossy()
                .replace('\\', "/");
            for module in named_modules(&text) {
                let tolerated = TOLERATED
                    .iter()
                    .any(|(file, m)| *file == relative && *m == module);
                if !allowed.contains(&module.as_str()) && !tolerated {
                    found.push(format!("{relative} names crate::{module}"));
                }
            }
        }
        found.sort();
        found.dedup();
        found
    }

    #[test]
    fn the_core_names_only_the_core() {
        for layer in CORE {
            assert_eq!(violations(layer, CORE), Vec::<String>::new(), "{layer}");
        }
    }

    #[test]
    fn the_store_names_only_the_core_and_itself() {
        let allowed: Vec<&str> = CORE.iter().copied().chain(["store"]).collect();
        assert_eq!(violations("store", &allowed), Vec::<String>::new());
    }

    #[test]
    fn shared_components_name_only_the_core_and_themselves() {
        let allowed: Vec<&str> = CORE.iter().copied().chain(["ui"]).collect();
        assert_eq!(violations("ui", &allowed), Vec::<String>::new());
    }

    #[test]
    fn a_higher_import_is_found() {
        let text = "use crate::domain::Role;\nuse crate::candidates::CandidateRecord;";
        assert_eq!(named_modules(text), vec!["domain", "candidates"]);
    }
}
