//! Which links may leave a shared kiosk. Decided on the link's parsed address (its protocol
//! and origin, as the browser resolves them), never on how its text begins: `//other.host/`
//! and `https://<own host>.other.host/` look like inside links to a prefix test.

/// What a click on a link does in kiosk mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkTarget {
    /// One of Pelita's own pages or files: followed as usual.
    Inside,
    /// Another site, a phone number, a message or mail app, a download (`data:`, `blob:`):
    /// shown as a QR code instead; nothing is downloaded onto the kiosk.
    Outside,
    /// Script in a link: never run.
    Blocked,
}

/// Classifies a link by its resolved `protocol` (`https:`) and `origin`, against the kiosk's
/// own origin.
pub fn link_target(protocol: &str, origin: &str, own_origin: &str) -> LinkTarget {
    match protocol.to_ascii_lowercase().as_str() {
        "javascript:" | "vbscript:" => LinkTarget::Blocked,
        "http:" | "https:" if origin == own_origin => LinkTarget::Inside,
        _ => LinkTarget::Outside,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OWN: &str = "https://pelita.example";

    #[test]
    fn own_pages_stay_inside() {
        assert_eq!(link_target("https:", OWN, OWN), LinkTarget::Inside);
    }

    #[test]
    fn lookalike_origins_are_outside() {
        // `//other.host/x` resolves to the other host's origin.
        assert_eq!(link_target("https:", "https://other.host", OWN), LinkTarget::Outside);
        // A host that starts with the kiosk's own name is another host.
        assert_eq!(link_target("https:", "https://pelita.example.other.host", OWN), LinkTarget::Outside);
        assert_eq!(link_target("http:", "http://pelita.example", OWN), LinkTarget::Outside, "another scheme is another origin");
        for protocol in ["tel:", "sms:", "mailto:", "whatsapp:", "intent:", "data:", "DATA:", "blob:"] {
            assert_eq!(link_target(protocol, "null", OWN), LinkTarget::Outside, "{protocol}");
        }
    }

    #[test]
    fn script_links_are_blocked() {
        assert_eq!(link_target("javascript:", "null", OWN), LinkTarget::Blocked);
        assert_eq!(link_target("JavaScript:", "null", OWN), LinkTarget::Blocked);
    }
}
