//! "Is this really the embassy?": reads a number however a person wrote it and says whether
//! Pelita lists it.
//!
//! Reading a number (`normalize_any`), by how it starts once links and separators are gone:
//!
//! | written as                        | read as                                              |
//! |-----------------------------------|------------------------------------------------------|
//! | `+…` or `00…`                     | international; for +855 and +62 the national part must fit that country, and a trunk 0 kept after the code (`+62 0812…`, `+855 (0)12…`) is dropped |
//! | `855…`, `62…` (no `+`)            | the same, when the rest fits the country: how wa.me links and many people write it |
//! | `0` + 8–9 digits                  | Cambodian (+855)                                     |
//! | `0` + 10–12 digits                | Indonesian (+62): longer than any Cambodian number   |
//! | bare digits                       | only when the length fits one country alone: 8 digits is Cambodian (`12813282`), 10–12 is Indonesian; 9 fits both, so it is refused |
//!
//! The one real overlap is a leading 0 with 9 more digits (`088 123 4567`): a Cambodian
//! number, or one of Indonesia's oldest 10-digit mobiles. It is read as Cambodian, because the
//! people using Pelita are in Cambodia, where a number shown with a leading 0 is a Cambodian
//! one. Whatever was read is returned, so the page can show the user how it understood them.
//!
//! The guess can only make "official" out of digits that are exactly a listed Cambodian
//! number as dialled in Cambodia; any other wrong guess says "not listed", the cautious answer.

use std::ops::RangeInclusive;

use super::model::{Catalogue, Channel, ChannelKind};
use super::phone;

/// What Pelita can say about a number someone typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verification {
    /// Listed: `normalized` is the number as compared (`+85512813282`, or the digits of a short
    /// code such as `117`); `listings` holds every contact and channel that lists it.
    Official { normalized: String, listings: Vec<Listing> },
    /// A phone number Pelita does not list: the international form, or the digits of a short
    /// code.
    Unknown { normalized: String },
    /// Not a phone number Pelita can read.
    Invalid,
}

/// One contact that lists the number, and which of its channels (indexes into
/// `Contact::channels`): a number is often listed both as phone and as WhatsApp.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Listing {
    pub contact_id: String,
    pub channels: Vec<usize>,
}

/// Looks `input` up among the phone, WhatsApp and SMS channels of every contact.
///
/// Short and domestic numbers (`117`, `0800-1000`) are listed with a `scope`; they match when
/// the digits typed equal theirs, as dialled inside that country.
pub fn verify(catalogue: &Catalogue, input: &str) -> Verification {
    let Some(written) = Written::read(input) else {
        return Verification::Invalid;
    };
    let international = written.international();
    let local = (!written.plus).then_some(written.digits.as_str());
    let listings = listings(catalogue, |channel| {
        let same_international =
            international.is_some() && phone::international(&channel.value) == international;
        let same_local = channel.scope.is_some()
            && local.is_some()
            && phone::domestic(&channel.value).as_deref() == local;
        same_international || same_local
    });
    let (normalized, readable) = match (international, local) {
        (Some(number), _) => (number, true),
        (None, Some(digits)) => (digits.to_string(), is_short_code(digits)),
        (None, None) => return Verification::Invalid,
    };
    if !listings.is_empty() {
        Verification::Official { normalized, listings }
    } else if readable {
        Verification::Unknown { normalized }
    } else {
        Verification::Invalid
    }
}

/// Every contact with a phone, WhatsApp or SMS channel for which `lists_number` holds.
fn listings(catalogue: &Catalogue, lists_number: impl Fn(&Channel) -> bool) -> Vec<Listing> {
    let is_number =
        |channel: &Channel| matches!(channel.kind, ChannelKind::Phone | ChannelKind::Whatsapp | ChannelKind::Sms);
    catalogue
        .contacts
        .iter()
        .filter_map(|contact| {
            let channels: Vec<usize> = contact
                .channels
                .iter()
                .enumerate()
                .filter(|(_, channel)| is_number(channel) && lists_number(channel))
                .map(|(index, _)| index)
                .collect();
            (!channels.is_empty()).then(|| Listing { contact_id: contact.id.clone(), channels })
        })
        .collect()
}

/// Any way a person writes a Cambodian, Indonesian or other international number, as `+` and
/// digits; `None` when it is not one, or when it cannot tell which country (see the module
/// notes for the rules).
pub fn normalize_any(input: &str) -> Option<String> {
    Written::read(input)?.international()
}

/// Emergency and service short codes (`117`, `1280`, `14045`): dialled as they are, in one
/// country. Longer bare numbers are parts of longer numbers, not numbers of their own.
fn is_short_code(digits: &str) -> bool {
    (3..=5).contains(&digits.len()) && !digits.starts_with('0')
}

/// More digits than any phone number has (E.164 allows 15); reading stops there, so a long
/// paste is refused at once.
const MAX_DIGITS: usize = 15;

/// Links people paste instead of a number, matched without regard to case.
const LINK_PREFIXES: [&str; 5] = ["tel:", "sms:", "https://wa.me/", "http://wa.me/", "wa.me/"];

/// A number as typed: whether it started with `+`, and its digits.
struct Written {
    plus: bool,
    digits: String,
}

impl Written {
    /// The digits of `input`, allowing a link prefix, one leading `+` and separators between
    /// digits; `None` for anything else.
    fn read(input: &str) -> Option<Written> {
        let number = strip_link(input.trim());
        let mut plus = false;
        let mut digits = String::with_capacity(MAX_DIGITS);
        for c in number.chars() {
            match c {
                '0'..='9' if digits.len() < MAX_DIGITS => digits.push(c),
                '+' if !plus && digits.is_empty() => plus = true,
                c if is_separator(c) => {}
                _ => return None,
            }
        }
        (!digits.is_empty()).then_some(Written { plus, digits })
    }

    fn international(&self) -> Option<String> {
        let digits = self.digits.as_str();
        if self.plus {
            return with_calling_code(digits);
        }
        if let Some(after_prefix) = digits.strip_prefix("00") {
            return with_calling_code(after_prefix);
        }
        if let Some(national) = digits.strip_prefix('0') {
            // Cambodia first: it decides the one length both countries use (module notes).
            return HOME_COUNTRIES
                .iter()
                .find(|country| country.fits(national))
                .map(|country| country.international(national));
        }
        HOME_COUNTRIES
            .iter()
            .find_map(|country| country.after_calling_code(digits))
            .or_else(|| only_country_for(digits))
    }
}

/// Separators people put between digits: spaces (also the non-breaking ones copied from web
/// pages), dashes of every width, dots, slashes and brackets.
fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '.' | '/' | '(' | ')' | '\u{2010}'..='\u{2015}' | '\u{2212}')
}

/// The number inside a `tel:`, `sms:` or wa.me link, without parameters (`?text=…`, `;ext=…`);
/// other text unchanged.
fn strip_link(text: &str) -> &str {
    let link_rest = LINK_PREFIXES.iter().find_map(|prefix| {
        let head = text.get(..prefix.len())?;
        let rest = text.get(prefix.len()..)?;
        head.eq_ignore_ascii_case(prefix).then_some(rest)
    });
    match link_rest {
        Some(rest) => rest.split(['?', ';']).next().unwrap_or(rest),
        None => text,
    }
}

/// `digits` that begin with a calling code, as `+` and digits.
fn with_calling_code(digits: &str) -> Option<String> {
    match HOME_COUNTRIES.iter().find(|country| digits.starts_with(country.calling_code)) {
        Some(country) => country.after_calling_code(digits),
        // Another country: its numbering is not known here, only that it is plausible.
        None => phone::international(&format!("+{digits}")),
    }
}

/// A bare national number, when its length fits exactly one home country.
fn only_country_for(national: &str) -> Option<String> {
    let mut fitting = HOME_COUNTRIES.iter().filter(|country| country.fits(national));
    match (fitting.next(), fitting.next()) {
        (Some(country), None) => Some(country.international(national)),
        _ => None,
    }
}

/// A country whose national numbers Pelita knows well enough to read without a `+`.
struct Country {
    calling_code: &'static str,
    /// Lengths of a national number: after the calling code, without the trunk 0.
    national_digits: RangeInclusive<usize>,
}

/// Order matters: the first country that fits a number with a leading 0 wins.
const HOME_COUNTRIES: [Country; 2] = [
    // Mobiles 0xx xxx xxx and 0xx xxx xxxx; landlines 023 xxx xxx.
    Country { calling_code: "855", national_digits: 8..=9 },
    // Mobiles 08xx… of 10 to 13 digits with the 0; Jakarta landlines 021 xxxx xxxx.
    Country { calling_code: "62", national_digits: 9..=12 },
];

impl Country {
    /// National numbers never start with 0 in either country: that digit is the trunk prefix.
    fn fits(&self, national: &str) -> bool {
        self.national_digits.contains(&national.len()) && !national.starts_with('0')
    }

    fn international(&self, national: &str) -> String {
        format!("+{}{national}", self.calling_code)
    }

    /// `digits` that start with this country's calling code, when the rest is one of its
    /// numbers; a trunk 0 kept after the code is dropped.
    fn after_calling_code(&self, digits: &str) -> Option<String> {
        let rest = digits.strip_prefix(self.calling_code)?;
        let national = rest.strip_prefix('0').unwrap_or(rest);
        self.fits(national).then(|| self.international(national))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::fixtures::{channel, contact, embassy_channels, scoped};

    const PROTECTION: &str = "+85512813282";
    const CONSULAR: &str = "+85561844661";

    fn catalogue() -> Catalogue {
        Catalogue {
            contacts: vec![
                contact("kbri-phnom-penh", embassy_channels()),
                contact("polisi-kamboja", vec![scoped("117", "KH")]),
                contact("bp2mi", vec![scoped("0800-1000", "ID"), channel(ChannelKind::Whatsapp, "+62 812 9007 0027")]),
            ],
            ..Catalogue::default()
        }
    }

    /// Every way the brief lists of writing a Cambodian number, for the national part given
    /// as its three groups (`12`, `813`, `282`).
    fn cambodian_spellings(a: &str, b: &str, c: &str) -> Vec<String> {
        vec![
            format!("0{a} {b} {c}"),
            format!("0 {a} {b} {c}"),
            format!("{a}{b}{c}"),
            format!("+855-{a}-{b}-{c}"),
            format!("855 {a} {b} {c}"),
            format!("855{a}{b}{c}"),
            format!("(+855) {a} {b}{c}"),
            format!("00855 {a} {b} {c}"),
            format!("+855 (0){a} {b} {c}"),
            format!("+855\u{a0}{a}\u{a0}{b}\u{a0}{c}"),
            format!("0{a}.{b}.{c}"),
            format!("tel:+855{a}{b}{c}"),
            format!("https://wa.me/855{a}{b}{c}?text=Halo"),
            format!("  WA.ME/855{a}{b}{c}  "),
        ]
    }

    #[test]
    fn every_spelling_of_the_embassy_hotlines_is_official() {
        let catalogue = catalogue();
        for (groups, expected, channels) in [
            (("12", "813", "282"), PROTECTION, vec![0, 1]),
            (("61", "844", "661"), CONSULAR, vec![2, 3]),
        ] {
            for written in cambodian_spellings(groups.0, groups.1, groups.2) {
                assert_eq!(normalize_any(&written).as_deref(), Some(expected), "{written}");
                assert_eq!(
                    verify(&catalogue, &written),
                    Verification::Official {
                        normalized: expected.into(),
                        listings: vec![Listing {
                            contact_id: "kbri-phnom-penh".into(),
                            channels: channels.clone(),
                        }],
                    },
                    "{written}"
                );
            }
        }
    }

    #[test]
    fn the_known_fake_number_is_not_official() {
        for written in ["+855 12 810 005", "012 810 005", "85512810005"] {
            assert_eq!(
                verify(&catalogue(), written),
                Verification::Unknown { normalized: "+85512810005".into() },
                "{written}"
            );
        }
    }

    #[test]
    fn garbage_is_invalid() {
        let long_digits = "1".repeat(500);
        let long_text = "+855 12 813 282 ".repeat(32);
        let garbage = [
            "", "   ", "abc", "+", "12", "++85512813282", "+855 12 813 28x", "0812-abc",
            "📞 012 813 282", "😀", "+855 12 813 282 / +855 61 844 661", "971234567",
            "012 813 2", "+855 1 2345", "+0 12 813 282", "tel:", "wa.me/",
            &long_digits, &long_text,
        ];
        for written in garbage {
            assert_eq!(verify(&catalogue(), written), Verification::Invalid, "{written:?}");
            assert_eq!(normalize_any(written), None, "{written:?}");
        }
    }

    #[test]
    fn indonesian_numbers_normalise() {
        for written in [
            "0812 9007 0027",
            "0812-9007-0027",
            "+62 812 9007 0027",
            "+62 0812 9007 0027",
            "62812 9007 0027",
            "6281290070027",
            "0062 812 9007 0027",
            "812 9007 0027",
            "wa.me/6281290070027",
        ] {
            assert_eq!(normalize_any(written).as_deref(), Some("+6281290070027"), "{written}");
        }
        assert_eq!(normalize_any("(021) 2924 4800").as_deref(), Some("+622129244800"));
        assert_eq!(normalize_any("0812 345 678 9").as_deref(), Some("+628123456789"));
    }

    #[test]
    fn a_leading_zero_with_nine_digits_is_read_as_cambodian() {
        assert_eq!(normalize_any("088 123 4567").as_deref(), Some("+855881234567"));
        assert_eq!(normalize_any("0881 234 567").as_deref(), Some("+855881234567"));
    }

    #[test]
    fn other_countries_are_read_from_their_plus_or_00() {
        assert_eq!(normalize_any("+66 2 123 4567").as_deref(), Some("+6621234567"));
        assert_eq!(normalize_any("0066 2 123 4567").as_deref(), Some("+6621234567"));
    }

    #[test]
    fn short_codes_match_their_scoped_channel() {
        let catalogue = catalogue();
        assert_eq!(
            verify(&catalogue, "117"),
            Verification::Official {
                normalized: "117".into(),
                listings: vec![Listing { contact_id: "polisi-kamboja".into(), channels: vec![0] }],
            }
        );
        assert_eq!(verify(&catalogue, "118"), Verification::Unknown { normalized: "118".into() });
    }

    #[test]
    fn domestic_numbers_match_their_scoped_channel() {
        assert_eq!(
            verify(&catalogue(), "0800 1000"),
            Verification::Official {
                normalized: "08001000".into(),
                listings: vec![Listing { contact_id: "bp2mi".into(), channels: vec![0] }],
            }
        );
    }

    #[test]
    fn indonesian_whatsapp_is_official() {
        assert_eq!(
            verify(&catalogue(), "0812 9007 0027"),
            Verification::Official {
                normalized: "+6281290070027".into(),
                listings: vec![Listing { contact_id: "bp2mi".into(), channels: vec![1] }],
            }
        );
    }
}
