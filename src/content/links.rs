//! The link a channel opens, and dates as people read them.

use super::model::{Channel, ChannelKind};
use crate::lang::Lang;
use super::phone;

/// The `href` for a channel: tel:, WhatsApp, sms:, mailto: or the https URL itself.
pub fn channel_href(channel: &Channel) -> Option<String> {
    let value = channel.value.as_str();
    match channel.kind {
        ChannelKind::Phone => phone::tel_href(value),
        ChannelKind::Whatsapp => phone::whatsapp_href(value),
        ChannelKind::Sms => phone::sms_href(value),
        ChannelKind::Email => Some(format!("mailto:{value}")),
        ChannelKind::Web => Some(value.to_string()),
    }
}

/// Percent-encodes everything but unreserved characters, for URL query values and `data:` URLs.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(byte as char),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

const MONTHS_ID: [&str; 12] = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
];
const MONTHS_EN: [&str; 12] = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
];

/// `2025-12-08` as `8 Desember 2025` / `8 December 2025`, a month `2026-01` as `Januari
/// 2026`; anything else is shown as it is.
pub fn human_date(iso: &str, lang: Lang) -> String {
    let mut parts = iso.splitn(3, '-');
    let (Some(year), Some(month)) = (parts.next(), parts.next()) else {
        return iso.to_string();
    };
    let names = match lang {
        Lang::Id => &MONTHS_ID,
        Lang::En => &MONTHS_EN,
    };
    let day = parts.next().map(str::parse::<u32>);
    match (month.parse::<usize>(), day) {
        (Ok(m @ 1..=12), Some(Ok(d))) => format!("{d} {} {year}", names[m - 1]),
        (Ok(m @ 1..=12), None) => [names[m - 1], " ", year].concat(),
        _ => iso.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::fixtures::channel;

    #[test]
    fn every_kind_gets_its_link() {
        let href = |k, v| channel_href(&channel(k, v));
        assert_eq!(href(ChannelKind::Phone, "+855 12 813 282").as_deref(), Some("tel:+85512813282"));
        assert_eq!(href(ChannelKind::Phone, "117").as_deref(), Some("tel:117"));
        assert_eq!(href(ChannelKind::Whatsapp, "+855 61 844 661").as_deref(), Some("https://wa.me/85561844661"));
        assert_eq!(href(ChannelKind::Sms, "+855 12 813 282").as_deref(), Some("sms:+85512813282"));
        assert_eq!(href(ChannelKind::Email, "a@b.id").as_deref(), Some("mailto:a@b.id"));
        assert_eq!(href(ChannelKind::Web, "https://kemlu.go.id").as_deref(), Some("https://kemlu.go.id"));
    }

    #[test]
    fn dates_read_naturally() {
        assert_eq!(human_date("2025-12-08", Lang::Id), "8 Desember 2025");
        assert_eq!(human_date("2026-02-03", Lang::En), "3 February 2026");
        assert_eq!(human_date("2026-01", Lang::Id), "Januari 2026");
        assert_eq!(human_date("soon", Lang::En), "soon");
        assert_eq!(human_date("2026-13-01", Lang::En), "2026-13-01");
    }
}
