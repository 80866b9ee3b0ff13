//! The notes formats' JSON reader (`json::read`) against serde_json: the same
//! inputs are accepted, with the same values, and the same are refused.

use plan_levis_core::json::read::{parse, Json, MAX_DEPTH};
use serde_json::Value;

/// serde_json's value in the reader's terms (numbers: whole u64 or nothing).
fn from_serde(value: &Value) -> Json {
    match value {
        Value::Null => Json::Null,
        Value::Bool(b) => Json::Bool(*b),
        Value::Number(n) => Json::Number(n.as_u64()),
        Value::String(s) => Json::String(s.clone()),
        Value::Array(a) => Json::Array(a.iter().map(from_serde).collect()),
        Value::Object(o) => {
            let mut members: Vec<_> = o.iter().map(|(k, v)| (k.clone(), from_serde(v))).collect();
            members.sort_by(|a, b| a.0.cmp(&b.0));
            Json::Object(members)
        }
    }
}

/// As serde_json's map holds it: a repeated name keeps its last value, names sorted.
fn sorted(value: Json) -> Json {
    match value {
        Json::Array(a) => Json::Array(a.into_iter().map(sorted).collect()),
        Json::Object(o) => {
            let mut members: Vec<(String, Json)> = Vec::new();
            for (k, v) in o {
                members.retain(|(name, _)| *name != k);
                members.push((k, sorted(v)));
            }
            members.sort_by(|a, b| a.0.cmp(&b.0));
            Json::Object(members)
        }
        other => other,
    }
}

#[track_caller]
fn agrees_with_serde_json(text: &str) {
    let ours = parse(text).map(sorted);
    let theirs = serde_json::from_str::<Value>(text);
    // One known difference: a number too large for a float (`1E400`) is refused by
    // serde_json, and read by ours as "not a whole number that fits" (JSON sets no
    // limit; the notes refuse any such number in their fields anyway).
    if theirs
        .as_ref()
        .is_err_and(|e| e.to_string().starts_with("number out of range"))
    {
        return;
    }
    assert_eq!(ours, theirs.ok().map(|v| from_serde(&v)), "input: {text:?}");
}

const CASES: &[&str] = &[
    // Valid.
    "null",
    "true",
    "false",
    "0",
    "7",
    "-0",
    "-12",
    "1.5",
    "1e3",
    "1E+3",
    "2e-3",
    "0.0",
    "18446744073709551615",
    "18446744073709551616",
    "123456789012345678901234567890",
    r#""""#,
    r#""a""#,
    r#""é ✓ 🎉""#,
    r#""\" \\ \/ \b \f \n \r \t""#,
    r#""\u00e9\u2028\ud83c\udf89""#,
    "[]",
    "[ ]",
    "[1,2,3]",
    "[[],[[]]]",
    "{}",
    "{ }",
    r#"{"a":1}"#,
    r#" { "a" : [ 1 , { "b" : null } ] } "#,
    r#"{"a":1,"a":2}"#,
    r#"{"b":1,"a":2,"b":3}"#,
    "\t\n\r [1]\n",
    r#"{"version":1,"notes":{"axe-1":{"text":"Note","updated_ms":1700000000000}}}"#,
    // Broken.
    "",
    " ",
    "nul",
    "nulls",
    "tru",
    "True",
    "01",
    "-",
    "+1",
    ".5",
    "1.",
    "1e",
    "1e+",
    "0x10",
    "1 2",
    "NaN",
    "Infinity",
    r#"""#,
    r#""abc"#,
    r#""\x""#,
    r#""\u12""#,
    r#""\u12g4""#,
    "\"a\nb\"",
    "\"tab\there\"",
    r#""\ud800""#,
    r#""\udc00""#,
    r#""\ud800\u0041""#,
    r#""\ud800x""#,
    "[",
    "]",
    "[1,]",
    "[,1]",
    "[1 2]",
    "{",
    "}",
    r#"{"a"}"#,
    r#"{"a":}"#,
    r#"{"a":1,}"#,
    r#"{a:1}"#,
    r#"{"a" 1}"#,
    r#"{"a":1 "b":2}"#,
    "{1:2}",
    "[1]]",
    "{}}",
    "'a'",
    "[true false]",
];

#[test]
fn the_reader_agrees_with_serde_json_on_valid_and_broken_inputs() {
    for text in CASES {
        agrees_with_serde_json(text);
    }
}

#[test]
fn the_reader_agrees_with_serde_json_on_damaged_exports() {
    // Every one-byte deletion, and a thousand pseudo-random one-byte changes, of a
    // real export file (a fixed seed: the same inputs on every run).
    let export = r#"{"format":"plan-levis-notes","version":1,"plan_id":"levis-2023-2024","exported_at":"2026-11-26T12:00:00.000Z","notes":[{"item_id":"axe-1","item_title":"Titre « é »","text":"Ligne 1\nLigne \"2\" \\ \u00e9 🎉","updated_ms":1700000000000},{"item_id":"x","item_title":null,"text":"","updated_ms":0}]}"#;
    agrees_with_serde_json(export);
    for at in 0..export.len() {
        if export.is_char_boundary(at) && export.is_char_boundary(at + 1) {
            agrees_with_serde_json(&format!("{}{}", &export[..at], &export[at + 1..]));
        }
    }
    let replacements = b"{}[]:,\"\\ 0159-.eEtfnu\n\x01a";
    let mut seed: u64 = 0x2023_2024;
    let mut next = |bound: usize| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as usize % bound
    };
    let ascii: Vec<usize> = (0..export.len())
        .filter(|&i| export.as_bytes()[i].is_ascii())
        .collect();
    for _ in 0..1000 {
        let mut bytes = export.as_bytes().to_vec();
        bytes[ascii[next(ascii.len())]] = replacements[next(replacements.len())];
        agrees_with_serde_json(std::str::from_utf8(&bytes).unwrap());
    }
}

#[test]
fn nesting_is_limited_so_a_hostile_file_cannot_exhaust_the_stack() {
    let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    assert!(parse(&nested(MAX_DEPTH)).is_some());
    assert_eq!(parse(&nested(MAX_DEPTH + 1)), None);
    assert_eq!(parse(&nested(100_000)), None);
    let objects = format!(
        "{}1{}",
        r#"{"a":"#.repeat(MAX_DEPTH + 1),
        "}".repeat(MAX_DEPTH + 1)
    );
    assert_eq!(parse(&objects), None);
}

#[test]
fn a_byte_order_mark_before_the_value_is_skipped() {
    assert_eq!(
        parse("\u{feff}{\"a\":null}"),
        Some(Json::Object(vec![("a".to_owned(), Json::Null)]))
    );
    assert_eq!(parse("{\"a\":null}\u{feff}"), None);
}

#[test]
fn a_repeated_name_is_kept_as_written() {
    let number = |n| Json::Number(Some(n));
    assert_eq!(
        parse(r#"{"b":1,"a":2,"b":3}"#),
        Some(Json::Object(vec![
            ("b".to_owned(), number(1)),
            ("a".to_owned(), number(2)),
            ("b".to_owned(), number(3)),
        ]))
    );
}

mod properties {
    //! The same, on generated documents: valid ones written by serde_json, the same
    //! damaged at random, and random text. `PROPTEST_CASES=N` runs more.
    use super::agrees_with_serde_json;
    use proptest::prelude::*;
    use serde_json::Value;

    fn json_value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<u64>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            any::<f64>()
                .prop_filter("finite", |f| f.is_finite())
                .prop_map(Value::from),
            any::<String>().prop_map(Value::String),
        ];
        leaf.prop_recursive(6, 64, 8, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
                prop::collection::vec((any::<String>(), inner), 0..8)
                    .prop_map(|members| Value::Object(members.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn valid_documents(value in json_value(), pretty in any::<bool>()) {
            let text = if pretty {
                serde_json::to_string_pretty(&value).unwrap()
            } else {
                serde_json::to_string(&value).unwrap()
            };
            agrees_with_serde_json(&text);
        }

        #[test]
        fn damaged_documents(
            value in json_value(),
            edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..4),
        ) {
            let mut bytes = serde_json::to_vec(&value).unwrap();
            for (at, byte, kind) in edits {
                if bytes.is_empty() {
                    bytes.push(byte);
                    continue;
                }
                let at = at.index(bytes.len());
                match kind {
                    0 => bytes[at] = byte,
                    1 => { bytes.remove(at); }
                    _ => bytes.insert(at, byte),
                }
            }
            // The reader takes text: damage that breaks UTF-8 never reaches it.
            if let Ok(text) = String::from_utf8(bytes) {
                agrees_with_serde_json(&text);
            }
        }

        #[test]
        fn random_text(text in any::<String>()) {
            agrees_with_serde_json(&text);
        }

        #[test]
        fn random_json_like_text(text in "[\\[\\]{}:,\" \\\\0-9a-z.eE+-]{0,40}") {
            agrees_with_serde_json(&text);
        }
    }
}

#[test]
fn a_number_too_large_for_a_float_is_not_a_whole_number() {
    assert_eq!(
        parse(r#"{"n":1E400,"m":-2e309}"#),
        Some(Json::Object(vec![
            ("n".to_owned(), Json::Number(None)),
            ("m".to_owned(), Json::Number(None)),
        ]))
    );
}
