//! Case- and accent-insensitive matching for French text.
//!
//! `aines` finds « aînés », `oeuvre` finds « œuvre », `cisss` finds « CISSS-CA ».
//! A small table covers the Latin letters French (and the plan) uses; other letters
//! of the Latin, Greek and Cyrillic alphabets are only lowercased, anything else is kept
//! as is. Kept by hand rather than a Unicode normalisation crate, or even
//! `char::to_lowercase`, to keep their tables out of the wasm (docs/performance.md
//! has what they weigh). Only the plan's text is searched, so a character can only match
//! if it folds to one of the plan's: `core/tests/explore_engine.rs` checks, for every
//! character, that this folding agrees with the full Unicode one on those.

/// Fold a whole string (for queries and haystacks).
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        push_folded(ch, &mut out);
    }
    out
}

pub(super) fn push_folded(ch: char, out: &mut String) {
    let base = match ch {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'a',
        'ç' | 'Ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
        'ñ' | 'Ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => 'y',
        'œ' | 'Œ' => return out.push_str("oe"),
        'æ' | 'Æ' => return out.push_str("ae"),
        'ᵉ' => 'e',
        '’' | '‘' | 'ʼ' => '\'',
        '–' | '—' | '‑' => '-',
        '\u{a0}' | '\u{202f}' => ' ',
        // Combining accents (`e` then U+0301, as some keyboards and copy-paste write
        // « é »): the letter before them is folded already.
        '\u{300}'..='\u{36f}' => return,
        c if c.is_ascii() => c.to_ascii_lowercase(),
        c => match simple_lowercase(c) {
            lower if lower != c => return push_folded(lower, out),
            _ => c,
        },
    };
    out.push(base);
}

/// The lowercase of a capital of the Latin-1 and Latin Extended-A blocks, of the
/// unaccented Greek capitals and of the basic Cyrillic ones (plus the Kelvin and
/// Ångström signs); any other character unchanged.
pub fn simple_lowercase(c: char) -> char {
    let u = c as u32;
    let lower = match u {
        0xC0..=0xDE if u != 0xD7 => u + 0x20,
        0x130 => 'i' as u32,
        0x100..=0x137 | 0x14A..=0x177 if u & 1 == 0 => u + 1,
        0x139..=0x148 | 0x179..=0x17E if u & 1 == 1 => u + 1,
        0x178 => 0xFF,
        0x391..=0x3AB if u != 0x3A2 => u + 0x20,
        0x400..=0x40F => u + 0x50,
        0x410..=0x42F => u + 0x20,
        0x212A => 'k' as u32, // Kelvin sign
        0x212B => 0xE5,       // Ångström sign
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_french_letters() {
        for (text, folded) in [
            ("aînés", "aines"),
            ("Logement", "logement"),
            ("CISSS-CA", "cisss-ca"),
            ("main d'œuvre", "main d'oeuvre"),
            ("Édifier", "edifier"),
            ("4ᵉ", "4e"),
            ("l’habitation", "l'habitation"),
            ("200\u{202f}000\u{a0}$", "200 000 $"),
        ] {
            assert_eq!(fold(text), folded, "{text}");
        }
    }
}
