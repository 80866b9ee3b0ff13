//! Strings built from pieces without `core::fmt`.
//!
//! `format!` and `to_string()` on numbers bring Rust's formatting machinery
//! (`fmt::write`, `Formatter::pad`, the `Display` impls and their vtables) into the
//! wasm; the app only ever joins texts and whole numbers, so it writes them with
//! [`cat!`](crate::cat) instead (docs/performance.md).

/// Something [`cat!`](crate::cat) can append to a `String`.
pub trait Piece {
    fn push_to(&self, out: &mut String);
}

impl Piece for str {
    fn push_to(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl Piece for String {
    fn push_to(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl Piece for char {
    fn push_to(&self, out: &mut String) {
        out.push(*self);
    }
}

impl<T: Piece + ?Sized> Piece for &T {
    fn push_to(&self, out: &mut String) {
        (**self).push_to(out);
    }
}

macro_rules! whole_numbers {
    ($($t:ty),*) => {$(
        impl Piece for $t {
            fn push_to(&self, out: &mut String) {
                push_number(out, *self as u64);
            }
        }
    )*};
}
whole_numbers!(u8, u16, u32, u64, usize);

/// Appends `n` in decimal digits.
pub fn push_number(out: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut start = digits.len();
    loop {
        start -= 1;
        digits[start] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &digits[start..] {
        out.push(d as char);
    }
}

/// Joins texts, characters and whole numbers into a new `String`:
/// `cat!("filtre-axe-", n)` is `format!("filtre-axe-{n}")` without `core::fmt`.
#[macro_export]
macro_rules! cat {
    ($($piece:expr),* $(,)?) => {{
        #[allow(unused_mut)]
        let mut out = ::std::string::String::new();
        $( $crate::text::Piece::push_to(&$piece, &mut out); )*
        out
    }};
}

#[cfg(test)]
mod tests {

    #[test]
    fn numbers_are_written_like_display() {
        for n in [0, 1, 9, 10, 99, 100, 12_345, u32::MAX as u64, u64::MAX] {
            assert_eq!(cat!(n), n.to_string());
        }
    }

    #[test]
    fn pieces_are_joined_in_order() {
        let name = String::from("OMH");
        let n: u8 = 2;
        assert_eq!(
            cat!("axe ", n, " : ", name, ' ', &"x", 1000usize),
            "axe 2 : OMH x1000"
        );
        assert_eq!(cat!(), "");
    }
}
