//! Query strings (`?vue=matrice&q=logement+social`) in the
//! `application/x-www-form-urlencoded` form that browsers and `URLSearchParams` use.
//!
//! Written here rather than taken from the `form_urlencoded` crate: the same rules in
//! a few lines, which keeps the crate's generic parser and its 256-entry table of
//! `%XX` strings out of the app's first visit (bytes measured in
//! docs/performance.md). `core/tests/query_string.rs` holds both functions to the crate's
//! output.

/// The `key=value` pairs of a query string (without its `?`), decoded: `+` is a space,
/// `%XX` a byte, and bytes that are not UTF-8 become U+FFFD.
pub fn pairs(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(key), decode(value))
        })
        .collect()
}

fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let hex = |at: usize| bytes.get(at).and_then(|b| char::from(*b).to_digit(16));
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        match (bytes[at], hex(at + 1), hex(at + 2)) {
            (b'+', _, _) => out.push(b' '),
            (b'%', Some(high), Some(low)) => {
                out.push((high * 16 + low) as u8);
                at += 2;
            }
            (byte, _, _) => out.push(byte),
        }
        at += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Add `key=value` to a query string being built, encoded. Letters, digits, `*-._`
/// and commas stay as they are (commas read better than `%2C`, and a query may hold
/// them), spaces become `+`, every other byte `%XX`.
pub fn append_pair(query: &mut String, key: &str, value: &str) {
    if !query.is_empty() {
        query.push('&');
    }
    encode(query, key);
    query.push('=');
    encode(query, value);
}

fn encode(out: &mut String, text: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &byte in text.as_bytes() {
        match byte {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'*' | b'-' | b'.' | b'_' | b',' => {
                out.push(char::from(byte))
            }
            b' ' => out.push('+'),
            _ => {
                out.push('%');
                out.push(char::from(HEX[usize::from(byte >> 4)]));
                out.push(char::from(HEX[usize::from(byte & 15)]));
            }
        }
    }
}
