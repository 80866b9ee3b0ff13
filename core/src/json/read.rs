//! Reading JSON.
//!
//! Strict JSON (RFC 8259) into a small tree. The formats hold only objects, arrays,
//! strings, whole numbers and `null`, so a number keeps its value only when it is a
//! whole number that fits in a `u64`. A general JSON library brings float parsing
//! and its tables into the wasm (what miniserde's parser cost: docs/performance.md).
//! `core/tests/notes_json.rs` checks this reader against serde_json on valid and broken
//! inputs alike.

/// A JSON value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Json {
    Null,
    Bool(bool),
    /// `Some` for a whole number from 0 to `u64::MAX` written without fraction or
    /// exponent; `None` for any other number.
    Number(Option<u64>),
    String(String),
    Array(Vec<Json>),
    /// Members in the order written, a repeated name as many times as it is written
    /// (the reader of the formats refuses repeated fields; a repeated note id keeps its
    /// last note). Finding repeats here would cost time quadratic in the members.
    Object(Vec<(String, Json)>),
}

/// Nesting deeper than this is refused (as serde_json does), so a hostile file
/// cannot exhaust the stack.
pub const MAX_DEPTH: usize = 128;

/// The value `text` holds, or `None` if it is not JSON. A leading byte order mark is
/// skipped (text editors on some systems add one).
pub fn parse(text: &str) -> Option<Json> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = Reader {
        bytes: text.as_bytes(),
        at: 0,
    };
    let value = reader.value(0)?;
    reader.skip_space();
    (reader.at == reader.bytes.len()).then_some(value)
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.at += 1;
        Some(b)
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// Consumes `byte` after any space, if it is next.
    fn eat(&mut self, byte: u8) -> bool {
        self.skip_space();
        let found = self.peek() == Some(byte);
        self.at += usize::from(found);
        found
    }

    fn literal(&mut self, word: &[u8], value: Json) -> Option<Json> {
        let found = self.bytes.get(self.at..self.at + word.len()) == Some(word);
        self.at += word.len();
        found.then_some(value)
    }

    fn value(&mut self, depth: usize) -> Option<Json> {
        self.skip_space();
        match self.peek()? {
            b'{' | b'[' if depth >= MAX_DEPTH => None,
            b'{' => {
                self.at += 1;
                let mut members: Vec<(String, Json)> = Vec::new();
                if !self.eat(b'}') {
                    loop {
                        self.skip_space();
                        let name = self.string()?;
                        if !self.eat(b':') {
                            return None;
                        }
                        members.push((name, self.value(depth + 1)?));
                        if self.eat(b'}') {
                            break;
                        }
                        if !self.eat(b',') {
                            return None;
                        }
                    }
                }
                Some(Json::Object(members))
            }
            b'[' => {
                self.at += 1;
                let mut elements = Vec::new();
                if !self.eat(b']') {
                    loop {
                        elements.push(self.value(depth + 1)?);
                        if self.eat(b']') {
                            break;
                        }
                        if !self.eat(b',') {
                            return None;
                        }
                    }
                }
                Some(Json::Array(elements))
            }
            b'"' => self.string().map(Json::String),
            b't' => self.literal(b"true", Json::Bool(true)),
            b'f' => self.literal(b"false", Json::Bool(false)),
            b'n' => self.literal(b"null", Json::Null),
            _ => self.number(),
        }
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    fn number(&mut self) -> Option<Json> {
        let negative = self.peek() == Some(b'-');
        self.at += usize::from(negative);
        let mut whole = Some(0u64);
        match self.next()? {
            b'0' => {}
            first @ b'1'..=b'9' => {
                whole = Some(u64::from(first - b'0'));
                while let Some(d @ b'0'..=b'9') = self.peek() {
                    self.at += 1;
                    whole = whole
                        .and_then(|n| n.checked_mul(10))
                        .and_then(|n| n.checked_add(u64::from(d - b'0')));
                }
            }
            _ => return None,
        }
        let mut exact = !negative;
        if self.peek() == Some(b'.') {
            self.at += 1;
            self.digits()?;
            exact = false;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            self.digits()?;
            exact = false;
        }
        // "-0" is zero, but not written as a whole number of the formats.
        Some(Json::Number(whole.filter(|_| exact)))
    }

    /// One or more digits.
    fn digits(&mut self) -> Option<()> {
        let start = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        (self.at > start).then_some(())
    }

    fn string(&mut self) -> Option<String> {
        if self.next()? != b'"' {
            return None;
        }
        let mut out = String::new();
        loop {
            // Copy the run up to the next quote, backslash or control character whole.
            let start = self.at;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.at += 1;
            }
            // The input is a &str and the run stops at ASCII bytes: still UTF-8.
            out.push_str(std::str::from_utf8(&self.bytes[start..self.at]).ok()?);
            match self.next()? {
                b'"' => return Some(out),
                b'\\' => {
                    let c = match self.next()? {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.unicode_escape()?,
                        _ => return None,
                    };
                    out.push(c);
                }
                // A raw control character.
                _ => return None,
            }
        }
    }

    /// After `\u`: one code point, from a surrogate pair if need be.
    fn unicode_escape(&mut self) -> Option<char> {
        let first = self.hex4()?;
        let code = match first {
            0xd800..=0xdbff => {
                if self.next()? != b'\\' || self.next()? != b'u' {
                    return None;
                }
                let second = self.hex4()?;
                if !(0xdc00..=0xdfff).contains(&second) {
                    return None;
                }
                0x10000 + ((first - 0xd800) << 10) + (second - 0xdc00)
            }
            _ => first,
        };
        // A lone low surrogate is not a char: refused, as serde_json does.
        char::from_u32(code)
    }

    fn hex4(&mut self) -> Option<u32> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = char::from(self.next()?).to_digit(16)?;
            code = code * 16 + digit;
        }
        Some(code)
    }
}
