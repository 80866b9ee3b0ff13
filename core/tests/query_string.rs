//! The hand-written query string code reads and writes what the `form_urlencoded`
//! crate (the URL standard's reference form) does.

use plan_levis_core::query_string::{append_pair, pairs};

const TEXTS: &[&str] = &[
    "",
    "logement",
    "logement social",
    "aînés",
    "Lévis & St-Lambert-de-Lauzon",
    "a=b",
    "1+1",
    "100 %",
    "2,5",
    "*-._~!'()",
    "«\u{a0}guillemets\u{a0}»",
    "emoji 🙂",
    "tab\tand\nnewline",
];

#[test]
fn encoding_is_the_crate_s_with_commas_kept() {
    for key in ["q", "clé"] {
        for value in TEXTS {
            let mut ours = String::new();
            append_pair(&mut ours, key, value);
            append_pair(&mut ours, "lang", "en");
            let theirs = form_urlencoded::Serializer::new(String::new())
                .append_pair(key, value)
                .append_pair("lang", "en")
                .finish()
                .replace("%2C", ",");
            assert_eq!(ours, theirs, "{value:?}");
        }
    }
}

#[test]
fn decoding_is_the_crate_s() {
    let mut queries: Vec<String> = TEXTS
        .iter()
        .map(|value| {
            form_urlencoded::Serializer::new(String::new())
                .append_pair("q", value)
                .finish()
        })
        .collect();
    // What people type or cut by hand: raw characters, stray `%`, broken escapes,
    // bytes that are not UTF-8, empty and repeated separators, keys without values.
    queries.extend(
        [
            "q=aînés&axe=2,5",
            "q=%",
            "q=%2",
            "q=%zz%41",
            "q=%E9t%E9",
            "q=%C3%A9&&vue=matrice&",
            "element",
            "=x",
            "a=1=2",
            "q=a+b%2Bc",
            "%71=%76",
        ]
        .map(str::to_owned),
    );
    for query in &queries {
        let theirs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        assert_eq!(pairs(query), theirs, "{query:?}");
    }
}

mod properties {
    //! The same on generated texts and queries. `PROPTEST_CASES=N` runs more.
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_pair_is_encoded_as_the_crate_encodes_it(key in any::<String>(), value in any::<String>()) {
            let mut ours = String::new();
            append_pair(&mut ours, &key, &value);
            let theirs = form_urlencoded::Serializer::new(String::new())
                .append_pair(&key, &value)
                .finish()
                .replace("%2C", ",");
            prop_assert_eq!(ours, theirs);
        }

        #[test]
        fn any_query_is_read_as_the_crate_reads_it(query in "([a-z=&%+,]|%[0-9A-Fa-f]{0,2}|\\PC){0,40}") {
            let theirs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect();
            prop_assert_eq!(pairs(&query), theirs);
        }

        #[test]
        fn what_is_written_reads_back(pairs_in in prop::collection::vec((any::<String>(), any::<String>()), 0..5)) {
            let mut query = String::new();
            for (key, value) in &pairs_in {
                append_pair(&mut query, key, value);
            }
            prop_assert_eq!(pairs(&query), pairs_in);
        }
    }
}
