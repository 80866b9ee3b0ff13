//! Query strings: what is written reads back, lists keep their commas, and addresses
//! look as people share them.

use plan_levis_core::query_string::{append_list, append_pair, pairs};

#[test]
fn lists_keep_the_commas_between_values() {
    let mut query = String::new();
    append_list(&mut query, "axe", ["2", "5"]);
    append_pair(&mut query, "q", "logement social");
    assert_eq!(query, "axe=2,5&q=logement+social");
    assert_eq!(
        pairs(&query),
        [
            ("axe".to_owned(), "2,5".to_owned()),
            ("q".to_owned(), "logement social".to_owned())
        ]
    );
}

#[test]
fn a_comma_inside_one_value_is_encoded() {
    let mut query = String::new();
    append_pair(&mut query, "q", "2,5");
    assert_eq!(query, "q=2%2C5");
}

mod properties {
    //! On generated texts. `PROPTEST_CASES=N` runs more.
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn what_is_written_reads_back(pairs_in in prop::collection::vec((any::<String>(), any::<String>()), 0..5)) {
            let mut query = String::new();
            for (key, value) in &pairs_in {
                append_pair(&mut query, key, value);
            }
            prop_assert_eq!(pairs(&query), pairs_in);
        }

        #[test]
        fn a_list_reads_back_as_its_values_joined_by_commas(values in prop::collection::vec("[^,]{0,12}", 1..5)) {
            let mut query = String::new();
            append_list(&mut query, "k", values.iter().map(String::as_str));
            prop_assert_eq!(pairs(&query), vec![("k".to_owned(), values.join(","))]);
        }
    }
}
