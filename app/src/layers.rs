//! The one layer inside this crate, checked. The core (`opstap_core`) and the store
//! (`opstap_store`) are crates below this one, so the compiler stops them from naming a
//! page. Inside the app, `ui` (form fields, tables, error pages shared by every area) sits
//! below the areas and the shell: it may name the crates below, `i18n` and `request` (the
//! request context), never a page area. This test reads the source files and looks at every `crate::<module>` they name.

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    /// What `ui` may name of this crate's own modules (the core and store crates, which
    /// this crate re-exports, are not modules here and always allowed).
    /// `request` (the request context and answers) sits below every page, like `i18n`.
    const UI_MAY_NAME: &[&str] = &["i18n", "request", "ui"];

    /// Imports of a higher layer that are known and tolerated for now, with the reason.
    const TOLERATED: &[(&str, &str)] = &[
        // The password field renders the island loader, which lives with the shell's
        // asset names; it moves with the asset code when the crates are split.
        ("ui/forms.rs", "shell"),
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

    /// The top-level modules of this crate that the source `text` of the module at
    /// `module_path` (`["domain", "fields"]` for `domain/fields.rs`) names: through
    /// `crate::x`, `crate::{x, y::z}`, or `super::` chains that climb to the crate root.
    fn named_modules(text: &str, module_path: &[&str]) -> Vec<String> {
        let word = |rest: &str| -> String {
            rest.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect()
        };
        let mut named = Vec::new();
        // The first name of each item of a `{…}` group, at the group's own level.
        let group = |rest: &str, named: &mut Vec<String>| {
            let mut depth = 0;
            let mut item_start = true;
            for (i, c) in rest.char_indices() {
                match c {
                    '{' => {
                        depth += 1;
                        if depth == 1 {
                            item_start = true;
                            continue;
                        }
                    }
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    ',' if depth == 1 => {
                        item_start = true;
                        continue;
                    }
                    _ => {}
                }
                if depth == 1 && item_start && !c.is_whitespace() {
                    item_start = false;
                    let w = word(&rest[i..]);
                    if !w.is_empty() && w != "self" {
                        named.push(w);
                    }
                }
            }
        };
        for (i, _) in text.match_indices("crate::") {
            let rest = &text[i + "crate::".len()..];
            if rest.starts_with('{') {
                group(rest, &mut named);
            } else {
                named.push(word(rest));
            }
        }
        let mut i = 0;
        while let Some(found) = text[i..].find("super::") {
            let start = i + found;
            let before = text[..start].chars().next_back();
            let mut end = start;
            let mut climbs = 0;
            while text[end..].starts_with("super::") {
                climbs += 1;
                end += "super::".len();
            }
            i = end;
            if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            // `super` of a `mod.rs` or a top-level file is one level up from its module.
            if climbs >= module_path.len() {
                let rest = &text[end..];
                if rest.starts_with('{') {
                    group(rest, &mut named);
                } else {
                    named.push(word(rest));
                }
            }
        }
        named.retain(|m| !m.is_empty());
        named
    }

    /// The crate's own top-level modules, from `lib.rs` (a name from `super::` inside an
    /// inline module, such as `use super::T` in `i18n::msg`, is not one of them).
    fn top_level_modules() -> Vec<String> {
        let lib = std::fs::read_to_string(src().join("lib.rs")).expect("read lib.rs");
        lib.lines()
            .filter_map(|l| {
                let l = l.trim();
                let l = l.strip_prefix("pub ").unwrap_or(l);
                l.strip_prefix("mod ")?
                    .strip_suffix(';')
                    .map(str::to_string)
            })
            .collect()
    }

    /// Every import of `layer` (a folder, or a file without `.rs`) outside `allowed`.
    fn violations(layer: &str, allowed: &[&str]) -> Vec<String> {
        violations_and_tolerated(layer, allowed).0
    }

    /// The violations, and the tolerated imports that were found (`file module`).
    fn violations_and_tolerated(layer: &str, allowed: &[&str]) -> (Vec<String>, Vec<String>) {
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
        let mut seen = Vec::new();
        for path in paths {
            let text = std::fs::read_to_string(&path).expect("read source file");
            let relative = path
                .strip_prefix(&root)
                .expect("under src")
                .to_string_lossy()
                .replace('\\', "/");
            let mut module_path: Vec<&str> = relative.trim_end_matches(".rs").split('/').collect();
            if module_path.last() == Some(&"mod") {
                module_path.pop();
            }
            let top_level = top_level_modules();
            for module in named_modules(&text, &module_path)
                .into_iter()
                .filter(|m| top_level.contains(m))
            {
                let tolerated = TOLERATED
                    .iter()
                    .any(|(file, m)| *file == relative && *m == module);
                if tolerated {
                    seen.push(format!("{relative} {module}"));
                }
                if !allowed.contains(&module.as_str()) && !tolerated {
                    found.push(format!("{relative} names crate::{module}"));
                }
            }
        }
        found.sort();
        found.dedup();
        (found, seen)
    }

    #[test]
    fn shared_components_name_only_the_layers_below_and_themselves() {
        assert_eq!(violations("ui", UI_MAY_NAME), Vec::<String>::new());
    }

    #[test]
    fn the_crates_modules_are_read_from_lib_rs() {
        let modules = top_level_modules();
        for m in ["i18n", "ui", "candidates", "shell", "layers"] {
            assert!(modules.contains(&m.to_string()), "{m}: {modules:?}");
        }
    }

    #[test]
    fn every_toleration_is_still_needed() {
        let (_, seen) = violations_and_tolerated("ui", UI_MAY_NAME);
        for (file, module) in TOLERATED {
            assert!(
                seen.contains(&format!("{file} {module}")),
                "{file} no longer names crate::{module}: remove it from TOLERATED"
            );
        }
    }

    #[test]
    fn a_higher_import_is_found_however_it_is_written() {
        let text = "use crate::domain::Role;\nuse crate::candidates::CandidateRecord;";
        assert_eq!(
            named_modules(text, &["store", "x"]),
            vec!["domain", "candidates"]
        );
        let grouped = "use crate::{\n    auth::SessionUser,\n    domain::{Role, kinds::Sector},\n    self,\n};";
        assert_eq!(
            named_modules(grouped, &["store", "x"]),
            vec!["auth", "domain"]
        );
        // From `store/mod.rs`, `super::` is the crate root; from `store/x.rs` it is the store.
        let up = "use super::shell::Refused;\nuse super::super::openings::OpeningRow;";
        assert_eq!(named_modules(up, &["store"]), vec!["shell", "openings"]);
        assert_eq!(named_modules(up, &["store", "x"]), vec!["openings"]);
        assert_eq!(
            named_modules("use super::Db;", &["store", "x"]),
            Vec::<String>::new()
        );
    }
}
