//! The kiosk's QR code as SVG: the encoder's modules, each drawn once, inside a quiet
//! zone of four modules. (That it scans is checked on screen, with a real decoder, by
//! tests/e2e/kiosk.test.mjs.)
#![cfg(feature = "phone-qr")]

use plan_levis_core::kiosk::qr_code::{qr_svg_path, QUIET_ZONE};
use qrcodegen::{QrCode, QrCodeEcc};

/// The dark modules an SVG path of `M x y h n v1 h-n z` rectangles paints.
fn painted(path: &str, side: u32) -> Vec<Vec<bool>> {
    let mut grid = vec![vec![false; side as usize]; side as usize];
    for rect in path.split('M').filter(|r| !r.is_empty()) {
        let (x, rest) = rect.split_once(' ').unwrap();
        let (y, rest) = rest.split_once('h').unwrap();
        let (run, rest) = rest.split_once("v1h-").unwrap();
        assert_eq!(
            rest,
            format!("{run}z"),
            "a one-module-high rectangle: {rect}"
        );
        let (x, y, run): (usize, usize, usize) =
            (x.parse().unwrap(), y.parse().unwrap(), run.parse().unwrap());
        for cell in &mut grid[y][x..x + run] {
            assert!(!*cell, "painted twice at {x},{y}");
            *cell = true;
        }
    }
    grid
}

#[test]
fn the_path_draws_exactly_the_encoder_s_modules_inside_a_quiet_zone() {
    for text in [
        "https://example.org/plan/?element=programme-mada&lang=fr",
        "http://127.0.0.1:8080/?q=logement%20social&axe=2,5&partenaire=sdsc,cisss-ca&lang=en",
    ] {
        let (side, path) = qr_svg_path(text).unwrap();
        let qr = QrCode::encode_text(text, QrCodeEcc::Medium).unwrap();
        assert_ne!(
            qr.error_correction_level(),
            QrCodeEcc::Low,
            "level M or higher"
        );
        assert_eq!(side, qr.size() as u32 + 2 * QUIET_ZONE);
        let grid = painted(&path, side);
        for (y, row) in grid.iter().enumerate() {
            for (x, &dark) in row.iter().enumerate() {
                let module = |v: usize| v as i32 - QUIET_ZONE as i32;
                let expected = qr.get_module(module(x), module(y));
                assert_eq!(dark, expected, "{text}: module {x},{y}");
            }
        }
        // The quiet zone is light all round.
        let q = QUIET_ZONE as usize;
        assert!(grid[..q]
            .iter()
            .chain(&grid[side as usize - q..])
            .all(|row| row.iter().all(|d| !d)));
        assert!(grid
            .iter()
            .all(|row| row[..q].iter().chain(&row[side as usize - q..]).all(|d| !d)));
    }
}

#[test]
fn a_text_too_long_for_any_qr_code_gives_none() {
    assert_eq!(qr_svg_path(&"x".repeat(5000)), None);
}
