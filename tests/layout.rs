//! The crate's layout rules (CONTRIBUTING.md, "Layout"), checked on the
//! source tree (named paths only: a method call is not seen):
//!
//! - dependencies point one way: no top-level module of `src/` names,
//!   through a `crate::`, `super::` or `use child::` path, a module that names
//!   it back, directly or around a circle (the crate root's re-exports are
//!   left out: they are the public paths, not a layer); inside a module, the
//!   same holds for its submodules (each may name the parent, whose types
//!   they implement);
//! - `chars` (the tables and the character classes) names no other module;
//! - every source file stays under 700 lines (the aim is about 600).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The source files under `dir`, recursively.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("read src/") {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module path of a file under `src/`: `src/lib.rs` → `[]`,
/// `src/a.rs` and `src/a/mod.rs` → `[a]`, `src/a/b.rs` → `[a, b]`.
fn module_of(src: &Path, file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src).expect("under src/");
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let last = parts.pop().expect("a file name");
    let stem = last.trim_end_matches(".rs");
    if stem != "mod" && stem != "lib" {
        parts.push(stem.to_owned());
    }
    parts
}

/// The code of `text` without comments (line comments and doc comments; the
/// crate has no block comments).
fn code(text: &str) -> String {
    text.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The paths that follow `prefix` (`crate::` or `super::`) in `code`, as
/// lists of lower-case segments, braced groups expanded
/// (`crate::a::{b, c::{d, E}}` → `a::b`, `a::c::d`, `a::c`).
fn paths_after(code: &str, prefix: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find(prefix) {
        let before = rest[..at].chars().next_back();
        rest = &rest[at + prefix.len()..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
            continue; // `super::` inside `super::super::`, or `$crate::`
        }
        expand(rest, &[], &mut out);
    }
    out
}

/// Pushes the paths of the use tree at the start of `s` onto `out`, each
/// after `head`; returns the rest of `s`.
fn expand<'s>(s: &'s str, head: &[String], out: &mut Vec<Vec<String>>) -> &'s str {
    let (segs, tail) = segments(s);
    let path: Vec<String> = head.iter().chain(&segs).cloned().collect();
    let Some(mut group) = tail.strip_prefix('{') else {
        out.push(path);
        return tail;
    };
    loop {
        group = expand(group.trim_start(), &path, out);
        // Skip the rest of this item (`self`, a capitalized name, `as x`).
        let stop = group.find([',', '}', '{']).unwrap_or(group.len());
        group = &group[stop..];
        match group.chars().next() {
            Some(',') => group = &group[1..],
            Some('}') => return &group[1..],
            _ => return group,
        }
    }
}

/// The leading `a::b::` segments of `s` (lower-case names only: a
/// capitalized name is an item, not a module), and what follows them.
fn segments(s: &str) -> (Vec<String>, &str) {
    let mut segs = Vec::new();
    let mut rest = s;
    loop {
        let len = rest
            .find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'))
            .unwrap_or(rest.len());
        if len == 0 {
            return (segs, rest);
        }
        segs.push(rest[..len].to_owned());
        match rest[len..].strip_prefix("::") {
            Some(r) => rest = r,
            None => return (segs, &rest[len..]),
        }
    }
}

/// The module graph of `src/`: each module, and the modules it names.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let modules: BTreeSet<Vec<String>> = files.iter().map(|f| module_of(&src, f)).collect();
    // The longest module that is a prefix of `path`.
    let resolve = |path: &[String]| -> Vec<String> {
        (0..=path.len())
            .rev()
            .map(|n| path[..n].to_vec())
            .find(|p| modules.contains(p))
            .unwrap_or_default()
    };
    let mut graph = BTreeMap::new();
    for file in &files {
        let me = module_of(&src, file);
        let text = code(&fs::read_to_string(file).expect("read a source file"));
        let mut targets: Vec<Vec<String>> = paths_after(&text, "crate::");
        let parent = &me[..me.len().saturating_sub(1)];
        for p in paths_after(&text, "super::") {
            targets.push(parent.iter().chain(&p).cloned().collect());
        }
        // `use child::…` and `self::child::…`: a path into a submodule.
        for prefix in ["use ", "self::"] {
            for p in paths_after(&text, prefix) {
                let path: Vec<String> = me.iter().chain(&p).cloned().collect();
                if p.first().is_some_and(|c| c != "self") && modules.contains(&path[..=me.len()]) {
                    targets.push(path);
                }
            }
        }
        let deps: BTreeSet<String> = targets
            .iter()
            .map(|t| resolve(t))
            .filter(|t| !t.is_empty() && *t != me)
            .map(|t| t.join("::"))
            .collect();
        graph.insert(me.join("::"), deps);
    }
    graph.remove(""); // the crate root: its re-exports are the public paths
    graph
}

/// A circle of modules in `graph`, if there is one.
fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        stack: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = stack.iter().position(|n| n == node) {
            let mut cycle = stack[at..].to_vec();
            cycle.push(node.to_owned());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        stack.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(c) = visit(next, graph, stack, done) {
                return Some(c);
            }
        }
        stack.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|n| visit(n, graph, &mut Vec::new(), &mut done))
}

#[test]
fn the_path_parser_reads_groups_and_super() {
    let code = "use crate::{chars::{self, Block}, offsets::MapBuilder};\nuse super::trace::Out;\nlet x = crate::chars::BLOCK;";
    assert_eq!(
        paths_after(code, "crate::"),
        [
            vec!["chars", "self"],
            vec!["chars"],
            vec!["offsets"],
            vec!["chars"]
        ]
    );
    assert_eq!(paths_after(code, "super::"), [vec!["trace"]]);
}

/// `graph` seen from `module`'s children (or, for `""`, from the top-level
/// modules): each file counts as the child it is in, and edges leaving the
/// children (to `module` itself or outside it) are left out.
fn children_graph(
    graph: &BTreeMap<String, BTreeSet<String>>,
    module: &str,
) -> BTreeMap<String, BTreeSet<String>> {
    let child = |m: &str| -> Option<String> {
        let rest = if module.is_empty() {
            m
        } else {
            m.strip_prefix(module)?.strip_prefix("::")?
        };
        let first = rest.split("::").next()?;
        Some(if module.is_empty() {
            first.to_owned()
        } else {
            format!("{module}::{first}")
        })
    };
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (m, deps) in graph {
        let Some(from) = child(m) else { continue };
        let entry = out.entry(from.clone()).or_default();
        entry.extend(deps.iter().filter_map(|d| child(d)).filter(|d| *d != from));
    }
    out
}

#[test]
fn module_dependencies_point_one_way() {
    // Top-level modules: one way. Inside a module, its submodules: one way
    // too; a submodule may name its parent (the types the parent defines
    // and re-exports), as the parent names its submodules.
    let graph = graph();
    let mut parents: BTreeSet<String> = BTreeSet::from([String::new()]);
    for m in graph.keys() {
        if let Some((parent, _)) = m.rsplit_once("::") {
            parents.insert(parent.to_owned());
        }
    }
    for parent in &parents {
        let layer = children_graph(&graph, parent);
        // The graph, for the record (`cargo test --test layout -- --nocapture`).
        println!("{}:", if parent.is_empty() { "crate" } else { parent });
        for (module, deps) in &layer {
            let deps: Vec<&str> = deps.iter().map(String::as_str).collect();
            println!("  {module} -> {}", deps.join(", "));
        }
        assert_eq!(
            find_cycle(&layer),
            None,
            "a circle of modules in {parent:?}"
        );
    }
}

#[test]
fn chars_is_a_leaf() {
    let graph = graph();
    for (module, deps) in &graph {
        if module == "chars" || module.starts_with("chars::") {
            let outside: Vec<&String> = deps
                .iter()
                .filter(|d| *d != "chars" && !d.starts_with("chars::"))
                .collect();
            assert!(outside.is_empty(), "{module} names {outside:?}");
        }
    }
}

#[test]
fn source_files_stay_small() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["src", "cli/src", "python/src"] {
        if root.join(dir).is_dir() {
            rust_files(&root.join(dir), &mut files);
        }
    }
    let long: Vec<String> = files
        .iter()
        .filter_map(|f| {
            let lines = fs::read_to_string(f).ok()?.lines().count();
            (lines > 700).then(|| format!("{} ({lines} lines)", f.display()))
        })
        .collect();
    assert!(long.is_empty(), "files over 700 lines: {long:?}");
}
