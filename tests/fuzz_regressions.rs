//! Replays every input under `fuzz/corpus/<target>/` and
//! `fuzz/artifacts/<target>/` through the same invariant checks the fuzz
//! targets run, on the stable toolchain: CI without nightly still catches
//! every known crash.

use std::path::Path;

use arabic_text::invariants::fuzz_target;

fn replay(dir: &Path) -> usize {
    let Ok(targets) = std::fs::read_dir(dir) else {
        return 0;
    };
    let mut count = 0;
    for target in targets.filter_map(Result::ok) {
        let name = target.file_name().to_string_lossy().into_owned();
        let Ok(files) = std::fs::read_dir(target.path()) else {
            continue;
        };
        for file in files.filter_map(Result::ok) {
            let path = file.path();
            if path
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
            {
                continue;
            }
            let data = std::fs::read(&path).expect("readable fuzz input");
            let result = std::panic::catch_unwind(|| fuzz_target(&name, &data));
            match result {
                Ok(true) => count += 1,
                Ok(false) => panic!("{}: unknown fuzz target {name:?}", path.display()),
                Err(_) => panic!("{} fails target {name}", path.display()),
            }
        }
    }
    count
}

#[test]
fn every_corpus_and_artifact_input_passes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let corpus = replay(&root.join("corpus"));
    let artifacts = replay(&root.join("artifacts"));
    assert!(corpus > 0, "the fuzz corpus is empty");
    eprintln!("replayed {corpus} corpus inputs and {artifacts} artifacts");
}
