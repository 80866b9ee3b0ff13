//! Writing compact JSON: objects, arrays, strings, whole numbers and `null`, in the
//! order written.

use std::fmt::Write;

/// Compact JSON, written in order.
#[derive(Default)]
pub struct JsonOut(String);

impl JsonOut {
    pub fn finish(self) -> String {
        self.0
    }

    /// `{`; then `key` before each member, and `end_object`.
    pub fn begin_object(&mut self) {
        self.0.push('{');
    }

    pub fn end_object(&mut self) {
        self.0.push('}');
    }

    pub fn begin_array(&mut self) {
        self.0.push('[');
    }

    pub fn end_array(&mut self) {
        self.0.push(']');
    }

    /// A member's name (and the comma before it, if needed).
    pub fn key(&mut self, name: &str) {
        self.separate();
        self.string(name);
        self.0.push(':');
    }

    /// An array element that is an object: the comma before it, if needed, and `{`.
    pub fn begin_element_object(&mut self) {
        self.separate();
        self.begin_object();
    }

    pub fn optional_string(&mut self, value: Option<&str>) {
        match value {
            Some(value) => self.string(value),
            None => self.0.push_str("null"),
        }
    }

    pub fn number(&mut self, value: u64) {
        let _ = write!(self.0, "{value}");
    }

    fn separate(&mut self) {
        if !matches!(self.0.chars().next_back(), Some('{' | '[') | None) {
            self.0.push(',');
        }
    }

    /// A JSON string: quotes, backslashes and control characters escaped; everything
    /// else (accents included) written as is, in UTF-8.
    pub fn string(&mut self, value: &str) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let out = &mut self.0;
        out.push('"');
        for c in value.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                c if (c as u32) < 0x20 => {
                    out.push_str("\\u00");
                    out.push(HEX[(c as usize) >> 4] as char);
                    out.push(HEX[(c as usize) & 0xF] as char);
                }
                c => out.push(c),
            }
        }
        out.push('"');
    }
}

#[cfg(test)]
mod tests {
    use super::JsonOut;

    #[test]
    fn writes_nested_values_with_commas_in_the_right_places() {
        let mut out = JsonOut::default();
        out.begin_object();
        out.key("a");
        out.number(1);
        out.key("list");
        out.begin_array();
        for title in [Some("x"), None] {
            out.begin_element_object();
            out.key("t");
            out.optional_string(title);
            out.end_object();
        }
        out.end_array();
        out.key("empty");
        out.begin_object();
        out.end_object();
        out.end_object();
        assert_eq!(
            out.finish(),
            r#"{"a":1,"list":[{"t":"x"},{"t":null}],"empty":{}}"#
        );
    }

    #[test]
    fn escapes_what_json_requires() {
        let mut out = JsonOut::default();
        out.string("« é » \"q\" \\ \n\t\r \u{1} \u{1f} </script> \u{2028}");
        assert_eq!(
            out.finish(),
            "\"« é » \\\"q\\\" \\\\ \\n\\t\\r \\u0001 \\u001f </script> \u{2028}\""
        );
    }
}
