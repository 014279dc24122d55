//! A vCard (RFC 6350, version 3.0 for the widest phone support) so a contact can be saved
//! to the phone's address book in one tap.

use super::model::{ChannelKind, Contact};
use crate::lang::Lang;
use super::links::percent_encode;
use super::phone;

/// The vCard text for a contact: its name, phone numbers, e-mail and websites.
pub fn vcard(contact: &Contact, lang: Lang) -> String {
    let mut lines = vec![
        "BEGIN:VCARD".to_string(),
        "VERSION:3.0".to_string(),
        format!("FN:{}", escape(contact.title.get(lang))),
        format!("ORG:{}", escape(contact.title.get(lang))),
    ];
    let mut seen_numbers = Vec::new();
    for channel in &contact.channels {
        let value = channel.value.as_str();
        match channel.kind {
            ChannelKind::Phone | ChannelKind::Whatsapp | ChannelKind::Sms => {
                let number = phone::international(value).or_else(|| phone::domestic(value));
                // A number listed for calls and for WhatsApp is one address-book entry.
                if let Some(number) = number.filter(|n| !seen_numbers.contains(n)) {
                    lines.push(format!("TEL;TYPE=VOICE:{number}"));
                    seen_numbers.push(number);
                }
            }
            ChannelKind::Email => lines.push(format!("EMAIL:{}", escape(value))),
            ChannelKind::Web => lines.push(format!("URL:{}", escape(value))),
        }
    }
    if let Some(location) = &contact.location {
        lines.push(format!("NOTE:{}", escape(location.get(lang))));
    }
    lines.push("END:VCARD".to_string());
    lines.join("\r\n") + "\r\n"
}

/// Escapes the characters vCard treats as structure.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

/// A `data:` URL for the vCard, for `<a download>`: works offline, nothing is uploaded.
pub fn vcard_data_url(contact: &Contact, lang: Lang) -> String {
    format!("data:text/vcard;charset=utf-8,{}", percent_encode(&vcard(contact, lang)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::fixtures::{contact, embassy_channels, same};

    fn embassy() -> Contact {
        Contact {
            title: same("KBRI Phnom Penh; Kedutaan"),
            location: Some(same("Opposite the memorial, Phnom Penh")),
            ..contact("kbri-phnom-penh", embassy_channels())
        }
    }

    #[test]
    fn vcard_lists_each_number_once_with_escaped_text() {
        let card = vcard(&embassy(), Lang::Id);
        assert!(card.starts_with("BEGIN:VCARD\r\nVERSION:3.0\r\n"));
        assert!(card.ends_with("END:VCARD\r\n"));
        assert!(card.contains("FN:KBRI Phnom Penh\\; Kedutaan\r\n"));
        assert_eq!(card.matches("TEL;TYPE=VOICE:+85512813282").count(), 1);
        assert!(card.contains("TEL;TYPE=VOICE:+85561844661"));
        assert!(card.contains("URL:https://kemlu.go.id"));
        assert!(card.contains("NOTE:Opposite the memorial\\, Phnom Penh"));
    }

    #[test]
    fn data_url_is_fully_encoded() {
        let url = vcard_data_url(&embassy(), Lang::En);
        assert!(url.starts_with("data:text/vcard;charset=utf-8,BEGIN%3AVCARD%0D%0A"));
        assert!(!url[30..].contains(' '));
        assert!(!url[30..].contains('\n'));
    }
}
