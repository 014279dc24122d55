//! QR codes that carry a number or a page from the kiosk to a visitor's phone.

use qrcode::{Color, EcLevel, QrCode};

use crate::content::{phone, Catalogue, ChannelKind, EntryKind};

/// What a QR code for an entry carries: a contact's first phone number as `tel:` (so the
/// phone offers to call it), anything else as the entry's public address under `base_url`.
pub fn qr_payload(catalogue: &Catalogue, id: &str, base_url: &str) -> Option<String> {
    let kind = catalogue.kind_of(id)?;
    if kind == EntryKind::Contact {
        let contact = catalogue.contact(id)?;
        let number = contact
            .channels
            .iter()
            .filter(|ch| matches!(ch.kind, ChannelKind::Phone | ChannelKind::Whatsapp))
            .find_map(|ch| phone::tel_href(&ch.value));
        if number.is_some() {
            return number;
        }
    }
    let path = catalogue.path_of(id)?;
    Some(format!("{}{}", base_url.trim_end_matches('/'), path))
}

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
    use crate::content::{Channel, Contact, ContactGroup, Guide, Text};

    fn text() -> Text {
        Text { ind: "x".into(), en: "x".into() }
    }

    fn contact(id: &str, channels: Vec<Channel>) -> Contact {
        Contact {
            id: id.into(),
            group: ContactGroup::Embassy,
            title: text(),
            summary: text(),
            channels,
            location: None,
            notes: vec![],
            keywords: vec![],
            sources: vec![],
            verified: "2026-01-01".into(),
        }
    }

    fn catalogue() -> Catalogue {
        let channel = |kind, value: &str| Channel { kind, label: text(), value: value.into(), scope: None, note: None };
        Catalogue {
            contacts: vec![
                contact("kbri-phnom-penh", vec![channel(ChannelKind::Web, "https://kemlu.go.id"), channel(ChannelKind::Phone, "+855 12 813 282")]),
                contact("licadho", vec![channel(ChannelKind::Web, "https://www.licadho-cambodia.org")]),
            ],
            guides: vec![Guide {
                id: "paspor-ditahan".into(),
                title: text(),
                summary: text(),
                steps: vec![text()],
                bring: vec![],
                say: vec![],
                notes: vec![],
                contacts: vec![],
                related: vec![],
                keywords: vec![],
                sources: vec![],
                verified: "2026-01-01".into(),
            }],
            ..Catalogue::default()
        }
    }

    #[test]
    fn a_contact_with_a_number_carries_the_number() {
        assert_eq!(qr_payload(&catalogue(), "kbri-phnom-penh", "https://x.org").as_deref(), Some("tel:+85512813282"));
    }

    #[test]
    fn guides_and_contacts_without_a_number_carry_their_public_address() {
        let cat = catalogue();
        assert_eq!(qr_payload(&cat, "paspor-ditahan", "https://pelita.example/").as_deref(), Some("https://pelita.example/panduan/paspor-ditahan"));
        assert_eq!(qr_payload(&cat, "licadho", "https://pelita.example").as_deref(), Some("https://pelita.example/kontak/licadho"));
        assert_eq!(qr_payload(&cat, "no-such-entry", "https://pelita.example"), None);
    }

    #[test]
    fn svg_has_a_quiet_zone_and_draws_modules() {
        let svg = QrSvg::encode("tel:+85512813282").expect("encodes");
        // Version 1 or 2 for so short a payload: 21 or 25 modules, plus 8 of quiet zone.
        assert!(svg.size == 29 || svg.size == 33, "{}", svg.size);
        assert!(svg.path.starts_with("M4 4h1v1h-1z"), "the finder pattern starts at the corner");
        assert!(svg.path.matches('M').count() > 100);
    }
}
