//! Query strings (`?vue=matrice&q=logement+social&axe=2,5`) in the
//! `application/x-www-form-urlencoded` form that browsers and `URLSearchParams` use,
//! read and written by the `form_urlencoded` crate.

/// The `key=value` pairs of a query string (without its `?`), decoded: `+` is a space,
/// `%XX` a byte, and bytes that are not UTF-8 become U+FFFD.
pub fn pairs(query: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect()
}

/// Add `key=value` to a query string being built, encoded.
pub fn append_pair(query: &mut String, key: &str, value: &str) {
    append_list(query, key, [value]);
}

/// Add `key=a,b,c` to a query string being built: each value encoded, and the commas
/// between them left as they are (`?axe=2,5` reads better than `?axe=2%2C5`, in an
/// address people share). The reader splits the decoded value on commas.
pub fn append_list<'a>(query: &mut String, key: &str, values: impl IntoIterator<Item = &'a str>) {
    if !query.is_empty() {
        query.push('&');
    }
    query.extend(form_urlencoded::byte_serialize(key.as_bytes()));
    query.push('=');
    for (i, value) in values.into_iter().enumerate() {
        if i > 0 {
            query.push(',');
        }
        query.extend(form_urlencoded::byte_serialize(value.as_bytes()));
    }
}
