//! What the QR codes carry from the kiosk to a visitor's phone: a number or a page.

use crate::content::{channel_href, Catalogue, ChannelKind, EntryKind};
use crate::lang::Lang;
use crate::route::entry_href;

/// What a QR code for an entry carries: a contact's first number as the data lists it (the
/// embassy's WhatsApp hotline as a wa.me link, which opens the chat; another's as `tel:`), anything
/// else as the entry's public address under `base_url`.
pub fn qr_payload(catalogue: &Catalogue, id: &str, base_url: &str, lang: Lang) -> Option<String> {
    let kind = catalogue.kind_of(id)?;
    if kind == EntryKind::Contact {
        let contact = catalogue.contact(id)?;
        let number = contact
            .channels
            .iter()
            .filter(|ch| matches!(ch.kind, ChannelKind::Phone | ChannelKind::Whatsapp))
            .find_map(channel_href);
        if number.is_some() {
            return number;
        }
    }
    let path = entry_href(catalogue, id, lang)?;
    Some([base_url.trim_end_matches('/'), &path].concat())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::fixtures::{self, channel, contact};
    use crate::content::Contact;

    fn catalogue() -> Catalogue {
        let mut cat = fixtures::catalogue();
        // A contact whose first channel is a website, and one with no number at all.
        cat.contacts[0].channels.insert(0, channel(ChannelKind::Web, "https://kemlu.go.id"));
        cat.contacts.push(Contact { ..contact("licadho", vec![channel(ChannelKind::Web, "https://www.licadho-cambodia.org")]) });
        cat
    }

    #[test]
    fn a_contact_with_a_number_carries_the_number() {
        assert_eq!(qr_payload(&catalogue(), "kbri-phnom-penh", "https://x.org", Lang::Id).as_deref(), Some("https://wa.me/85512813282"));
    }

    #[test]
    fn guides_and_contacts_without_a_number_carry_their_public_address() {
        let cat = catalogue();
        assert_eq!(qr_payload(&cat, "paspor-ditahan", "https://pelita.example/", Lang::Id).as_deref(), Some(["https://pelita.example/p/", &fixtures::code("paspor-ditahan")].concat().as_str()));
        assert_eq!(qr_payload(&cat, "licadho", "https://pelita.example", Lang::En).as_deref(), Some(["https://pelita.example/en/p/", &fixtures::code("licadho")].concat().as_str()));
        assert_eq!(qr_payload(&cat, "no-such-entry", "https://pelita.example", Lang::Id), None);
    }
}
