//! Generates one `MessageKey` constant per key of the message catalogue, so that code naming a
//! key that does not exist (misspelt, renamed, removed) does not compile, and the catalogue's
//! texts one language per file: English, compiled into every build, and a pack for each other
//! language (`languages/fr-<hash>.json`) holding its messages and criterion texts, which the
//! browser app fetches when that language is chosen instead of carrying all three in its
//! download. A pack's name carries a digest of its content, so a browser never mixes a pack of
//! one release with the app of another.
//!
//! A key `session.error.wrong_passphrase` becomes `msg::session::ERROR_WRONG_PASSPHRASE`: one
//! module per first part of the key, the rest in capitals with `.` and `-` as `_`. Two keys that
//! would get the same name stop the build. Files and keys are written in sorted order, so the
//! output depends on nothing but the files.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

use sha2::{Digest, Sha256};

const MESSAGE_FOLDER: &str = "src/i18n/messages";
/// The languages every message is written in; English first, as the one always compiled in.
const LANGUAGES: [&str; 3] = ["en", "fr", "es"];
/// The criteria catalogue, whose texts are split the same way.
const CRITERIA_FILE: &str = "src/domain/catalogue/criteria.json";
/// Where language packs go, in `OUT_DIR` and in the built app alike.
const PACK_FOLDER: &str = "languages";

fn main() {
    println!("cargo:rerun-if-changed={MESSAGE_FOLDER}");
    let mut files: Vec<String> = fs::read_dir(MESSAGE_FOLDER)
        .expect("the message folder is readable")
        .map(|entry| entry.expect("a message file entry").file_name())
        .filter_map(|name| name.to_str()?.strip_suffix(".json").map(str::to_owned))
        .collect();
    files.sort();

    // module -> constant -> (key, English text)
    let mut modules: BTreeMap<String, BTreeMap<String, (String, String)>> = BTreeMap::new();
    // language -> key -> text
    let mut texts: BTreeMap<&str, BTreeMap<String, String>> = BTreeMap::new();
    for file in &files {
        let path = format!("{MESSAGE_FOLDER}/{file}.json");
        println!("cargo:rerun-if-changed={path}");
        let text = fs::read_to_string(&path).expect("a message file is readable");
        let messages: BTreeMap<String, serde_json::Value> = serde_json::from_str(&text)
            .unwrap_or_else(|error| panic!("{path} is not a JSON object of messages: {error}"));
        for (key, message) in messages {
            let (module, rest) = key
                .split_once('.')
                .unwrap_or_else(|| panic!("message key {key} has no `area.` prefix"));
            let constant = rest.replace(['.', '-'], "_").to_ascii_uppercase();
            let module = module.replace('-', "_");
            assert!(
                valid_name(&module) && valid_name(&constant),
                "message key {key} cannot be named in Rust"
            );
            for language in LANGUAGES {
                let text = message[language].as_str().unwrap_or_else(|| {
                    panic!("message {key} in {path} has no text for `{language}`")
                });
                texts
                    .entry(language)
                    .or_default()
                    .insert(key.clone(), text.to_owned());
            }
            let english = message["en"].as_str().unwrap_or_default().to_owned();
            let earlier = modules
                .entry(module.clone())
                .or_default()
                .insert(constant.clone(), (key.clone(), english));
            if let Some((other, _)) = earlier {
                panic!("message keys {other} and {key} would both be msg::{module}::{constant}");
            }
        }
    }

    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    split_criteria(Path::new(&out_dir), &mut texts);
    write_language_files(Path::new(&out_dir), &texts);

    let mut out = String::new();
    for (module, constants) in &modules {
        let _ = writeln!(out, "/// The messages whose keys start with `{module}.`.");
        let _ = writeln!(out, "pub mod {module} {{\n    use super::MessageKey;");
        for (constant, (key, english)) in constants {
            let _ = writeln!(
                out,
                "    #[doc = {:?}]\n    pub const {constant}: MessageKey = MessageKey::new({key:?});",
                format!("`{key}`: {english}")
            );
        }
        out.push_str("}\n\n");
    }
    out.push_str(
        "/// Every key of the catalogue, sorted by name.\npub const ALL: &[MessageKey] = &[\n",
    );
    for (module, constants) in &modules {
        for constant in constants.keys() {
            let _ = writeln!(out, "    {module}::{constant},");
        }
    }
    out.push_str("];\n");

    fs::write(Path::new(&out_dir).join("msg.rs"), out)
        .expect("the generated message keys can be written");
}

/// Writes the criteria catalogue as the browser app compiles it in, `criteria.json` in
/// `OUT_DIR`: each text in English with the key of its French and Spanish in the language packs
/// (`{"en": …, "key": "criteria.categories.3.criteria.3.1.text"}`), which are added to `texts`.
/// A key is the text's path in the file, array items named by their `id` or `number`.
fn split_criteria(out_dir: &Path, texts: &mut BTreeMap<&str, BTreeMap<String, String>>) {
    println!("cargo:rerun-if-changed={CRITERIA_FILE}");
    let file = fs::read_to_string(CRITERIA_FILE).expect("the criteria file is readable");
    let mut criteria: serde_json::Value =
        serde_json::from_str(&file).expect("the criteria file is JSON");
    assert!(
        texts["en"].keys().all(|key| !key.starts_with("criteria.")),
        "message keys must not start with `criteria.`: those name the criteria's texts"
    );
    split_texts(&mut criteria, "criteria", texts);
    let stripped = serde_json::to_string(&criteria).expect("JSON serializes");
    fs::write(out_dir.join("criteria.json"), stripped).expect("the criteria can be written");
}

/// Moves the French and Spanish of every text under `value` (found at `path`) into `texts`,
/// leaving English and the key.
fn split_texts(
    value: &mut serde_json::Value,
    path: &str,
    texts: &mut BTreeMap<&str, BTreeMap<String, String>>,
) {
    match value {
        serde_json::Value::Object(fields) if fields.contains_key("en") => {
            for language in &LANGUAGES[1..] {
                let text = fields.remove(*language).and_then(|text| match text {
                    serde_json::Value::String(text) => Some(text),
                    _ => None,
                });
                let text = text.unwrap_or_else(|| panic!("{path} has no text for `{language}`"));
                let earlier = texts
                    .entry(*language)
                    .or_default()
                    .insert(path.to_owned(), text);
                assert!(
                    earlier.is_none(),
                    "two texts of the criteria file are named {path}"
                );
            }
            fields.insert("key".to_owned(), serde_json::Value::String(path.to_owned()));
        }
        serde_json::Value::Object(fields) => {
            for (name, field) in fields.iter_mut() {
                split_texts(field, &format!("{path}.{name}"), texts);
            }
        }
        serde_json::Value::Array(items) => {
            for (index, item) in items.iter_mut().enumerate() {
                let name = ["id", "number"]
                    .iter()
                    .find_map(|field| match item.get(*field) {
                        Some(serde_json::Value::String(name)) => Some(name.clone()),
                        Some(serde_json::Value::Number(number)) => Some(number.to_string()),
                        _ => None,
                    })
                    .unwrap_or_else(|| index.to_string());
                split_texts(item, &format!("{path}.{name}"), texts);
            }
        }
        _ => {}
    }
}

/// Writes `english.json` (compiled in), each other language's pack under `languages/` named by
/// its digest, and `language_packs.rs`, which names the packs for the app and compiles them in
/// for builds that carry every language.
fn write_language_files(out_dir: &Path, texts: &BTreeMap<&str, BTreeMap<String, String>>) {
    let json = |texts: &BTreeMap<String, String>| {
        serde_json::to_string(texts).expect("a map of strings serializes")
    };
    fs::write(out_dir.join("english.json"), json(&texts["en"]))
        .expect("the English texts can be written");
    let packs = out_dir.join(PACK_FOLDER);
    fs::create_dir_all(&packs).expect("the language pack folder can be made");
    let mut names = String::new();
    for (language, constant) in [("fr", "FRENCH"), ("es", "SPANISH")] {
        let pack = json(&texts[language]);
        let digest = Sha256::digest(pack.as_bytes());
        let hex: String = digest[..8]
            .iter()
            .map(|byte| format!("{byte:02x}"))
            .collect();
        let file = format!("{language}-{hex}.json");
        fs::write(packs.join(&file), &pack).expect("a language pack can be written");
        let _ = writeln!(
            names,
            "/// Where the {language} pack is, relative to the app's folder.\n\
             pub const {constant}_FILE: &str = \"{PACK_FOLDER}/{file}\";\n\
             /// The {language} pack itself, for builds that carry every language.\n\
             #[cfg(any(test, feature = \"all-languages\"))]\n\
             pub const {constant}_PACK: &str = include_str!(concat!(env!(\"OUT_DIR\"), \"/{PACK_FOLDER}/{file}\"));"
        );
    }
    fs::write(out_dir.join("language_packs.rs"), names)
        .expect("the language pack names can be written");
}

/// Whether `name` is a plain Rust identifier (and not a keyword a message area could clash with).
fn valid_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|first| first.is_ascii_alphabetic() || first == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !matches!(
            name,
            "self" | "super" | "crate" | "mod" | "type" | "use" | "in" | "fn"
        )
}
