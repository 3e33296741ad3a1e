//! Turns the English catalog's keys into constants (`crate::i18n::k`), so
//! the compiler checks every key the code names: a typo is a compile error,
//! a key nobody uses a dead-code warning (`-D warnings` makes it an error).
//! `app.all_stages` becomes `k::app::ALL_STAGES` (a `Key`); plural forms
//! (`counts.rejections.one`, `.other`) become one `k::counts::REJECTIONS`
//! (a `Plural`). A segment that is not a Rust name is spelled as one:
//! `check-in` as `check_in`, `1` as `n1`, `return` as `r#return`. Keys the
//! build scripts read (the page's title, the embed's fallback link) are
//! used there, not in Rust, and say so.

use std::collections::BTreeMap;
use std::fmt::Write;

const PLURAL_FORMS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
const KEYWORDS: [&str; 8] = ["return", "type", "mod", "use", "match", "self", "in", "ref"];

/// The scripts that take words from the catalogs at build time.
const BUILD_SCRIPTS: [&str; 2] = ["scripts/build-i18n.mjs", "scripts/finish-dist.mjs"];

#[derive(Default)]
struct Module {
    consts: BTreeMap<String, (String, &'static str, bool)>,
    children: BTreeMap<String, Module>,
}

fn module_name(segment: &str) -> String {
    let name = segment.replace('-', "_");
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("n{name}")
    } else if KEYWORDS.contains(&name.as_str()) {
        format!("r#{name}")
    } else {
        name
    }
}

fn write_module(out: &mut String, module: &Module, depth: usize) {
    let indent = "    ".repeat(depth);
    for (name, (key, kind, by_build)) in &module.consts {
        if *by_build {
            let _ = writeln!(
                out,
                "{indent}#[allow(dead_code)] // read by the build scripts"
            );
        }
        let _ = writeln!(out, "{indent}pub const {name}: {kind} = {kind}({key:?});");
    }
    for (name, child) in &module.children {
        let _ = writeln!(out, "{indent}pub mod {name} {{");
        let _ = writeln!(
            out,
            "{indent}    #[allow(unused_imports)]\n{indent}    use crate::i18n::{{Key, Plural}};"
        );
        write_module(out, child, depth + 1);
        let _ = writeln!(out, "{indent}}}");
    }
}

fn main() {
    println!("cargo:rerun-if-changed=i18n/en.json");
    let scripts: String = BUILD_SCRIPTS
        .iter()
        .map(|path| {
            println!("cargo:rerun-if-changed={path}");
            std::fs::read_to_string(path).unwrap_or_default()
        })
        .collect();
    let text = std::fs::read_to_string("i18n/en.json").expect("i18n/en.json");
    let catalog: BTreeMap<String, String> =
        serde_json::from_str(&text).expect("i18n/en.json: a flat object of strings");
    let mut root = Module::default();
    for key in catalog.keys() {
        let mut segments: Vec<&str> = key.split('.').collect();
        let (name, full, kind) = match segments.last() {
            Some(form) if PLURAL_FORMS.contains(form) && segments.len() > 2 => {
                segments.pop();
                let stem = segments.join(".");
                (segments.pop().unwrap_or_default(), stem, "Plural")
            }
            _ => {
                let last = segments.pop().unwrap_or_default();
                (last, key.clone(), "Key")
            }
        };
        let mut module = &mut root;
        for segment in segments {
            module = module.children.entry(module_name(segment)).or_default();
        }
        let name = name.replace('-', "_").to_uppercase();
        let name = if name.starts_with(|c: char| c.is_ascii_digit()) {
            format!("N{name}")
        } else {
            name
        };
        let by_build = scripts.contains(&format!("'{full}'"));
        module.consts.insert(name, (full, kind, by_build));
    }
    let mut out = String::new();
    write_module(&mut out, &root, 0);
    let path = std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("keys.rs");
    std::fs::write(path, out).expect("write keys.rs");
}
