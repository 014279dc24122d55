//! A QR code drawn as one SVG path.

use qrcode::{Color, EcLevel, QrCode};

/// A QR code as one SVG path: every dark module a unit square, on a quiet zone of 4 modules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrSvg {
    /// Width and height of the view box, quiet zone included.
    pub size: usize,
    /// The `d` attribute of the path that draws the dark modules.
    pub path: String,
}

const QUIET_ZONE: usize = 4;

impl QrSvg {
    /// Encodes `payload` with medium error correction (survives a scratched or glary screen).
    pub fn encode(payload: &str) -> Option<QrSvg> {
        let code = QrCode::with_error_correction_level(payload.as_bytes(), EcLevel::M).ok()?;
        let width = code.width();
        let mut path = String::new();
        for (i, color) in code.to_colors().iter().enumerate() {
            if *color == Color::Dark {
                let (x, y) = (i % width + QUIET_ZONE, i / width + QUIET_ZONE);
                path.push_str(&format!("M{x} {y}h1v1h-1z"));
            }
        }
        Some(QrSvg { size: width + 2 * QUIET_ZONE, path })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn svg_has_a_quiet_zone_and_draws_modules() {
        let svg = QrSvg::encode("tel:+85512813282").expect("encodes");
        // Version 1 or 2 for so short a payload: 21 or 25 modules, plus 8 of quiet zone.
        assert!(svg.size == 29 || svg.size == 33, "{}", svg.size);
        assert!(svg.path.starts_with("M4 4h1v1h-1z"), "the finder pattern starts at the corner");
        assert!(svg.path.matches('M').count() > 100);
    }

    #[test]
    fn a_payload_too_long_for_any_version_is_refused() {
        assert_eq!(QrSvg::encode(&"x".repeat(4000)), None);
    }
}
