//! The QR code of an address as SVG (feature `phone-qr`: the kiosk's build only, so the
//! citizens' wasm holds no encoder). Encoded by the `qrcodegen` crate.

use qrcodegen::{QrCode, QrCodeEcc};

/// Light modules around the code, on each side: the four the QR standard asks for.
pub const QUIET_ZONE: u32 = 4;

/// The QR code of `text`, at error correction level M or higher (`qrcodegen` raises it
/// when that fits in the same size): the side of its square in modules, quiet zone
/// included, and an SVG path of its dark modules, each row's runs as one rectangle.
/// `None` if the text is too long for any QR code.
pub fn qr_svg_path(text: &str) -> Option<(u32, String)> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = qr.size();
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !qr.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < size && qr.get_module(x, y) {
                x += 1;
            }
            let run = (x - start) as u32;
            path.push_str(&format!(
                "M{} {}h{run}v1h-{run}z",
                start as u32 + QUIET_ZONE,
                y as u32 + QUIET_ZONE
            ));
        }
    }
    Some((size as u32 + 2 * QUIET_ZONE, path))
}
