//! The help message to the embassy ("Minta bantuan KBRI"): what a person chose and typed,
//! written as one short, complete message in Indonesian, whatever language the page is in,
//! and the WhatsApp and SMS links that carry it. Pelita sends nothing itself: the person's own
//! WhatsApp or SMS does. Pure logic, tested natively.

use crate::content::percent_encode;
use crate::content::phone;

/// What is happening, as the form offers it. A person may tick several.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Situation {
    CannotLeave,
    PassportHeld,
    HurtOrIll,
    LeftNeedHome,
    SomeoneElse,
    Other,
}

impl Situation {
    pub const ALL: [Situation; 6] = [
        Situation::CannotLeave,
        Situation::PassportHeld,
        Situation::HurtOrIll,
        Situation::LeftNeedHome,
        Situation::SomeoneElse,
        Situation::Other,
    ];

    /// Its value in the form.
    pub fn code(self) -> &'static str {
        match self {
            Situation::CannotLeave => "tidak-bisa-keluar",
            Situation::PassportHeld => "paspor-ditahan",
            Situation::HurtOrIll => "sakit",
            Situation::LeftNeedHome => "mau-pulang",
            Situation::SomeoneElse => "orang-lain",
            Situation::Other => "lainnya",
        }
    }

    /// How the message says it, in Indonesian.
    fn said(self) -> &'static str {
        match self {
            Situation::CannotLeave => "saya tidak bisa keluar dari tempat saya sekarang",
            Situation::PassportHeld => "paspor saya ditahan",
            Situation::HurtOrIll => "saya terluka atau sakit",
            Situation::LeftNeedHome => "saya sudah keluar dan perlu bantuan untuk pulang",
            Situation::SomeoneElse => "saya minta bantuan untuk orang lain",
            Situation::Other => "keadaan lain",
        }
    }
}

/// Where the passport is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Passport {
    WithMe,
    HeldBySomeone,
    Lost,
}

impl Passport {
    pub const ALL: [Passport; 3] = [Passport::WithMe, Passport::HeldBySomeone, Passport::Lost];

    /// Its value in the form.
    pub fn code(self) -> &'static str {
        match self {
            Passport::WithMe => "ada",
            Passport::HeldBySomeone => "ditahan",
            Passport::Lost => "hilang",
        }
    }

    fn said(self) -> &'static str {
        match self {
            Passport::WithMe => "ada pada saya",
            Passport::HeldBySomeone => "ditahan orang lain",
            Passport::Lost => "hilang atau tidak ada",
        }
    }
}

/// The device's position, as the browser gave it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Position {
    pub latitude: f64,
    pub longitude: f64,
    /// Radius in metres within which the true position lies (95%).
    pub accuracy: f64,
}

/// Everything the form collects. Every field is optional.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HelpRequest {
    pub situations: Vec<Situation>,
    pub people: Option<u32>,
    pub passport: Option<Passport>,
    /// Free text: a building, a company name, a landmark.
    pub place: String,
    /// A number to reach the person.
    pub reach_me: String,
    pub position: Option<Position>,
}

/// The longest a typed field may be in the message: enough for a landmark or a number, short
/// enough that the whole message stays one screen (and a few SMS).
pub const MAX_PLACE_CHARS: usize = 200;
pub const MAX_NUMBER_CHARS: usize = 40;
/// More people than this is written as this many: a typo should not read as a crowd.
pub const MAX_PEOPLE: u32 = 500;

/// The form's field names.
pub const SITUATION_FIELD: &str = "keadaan";
pub const PEOPLE_FIELD: &str = "jumlah";
pub const PASSPORT_FIELD: &str = "paspor";
pub const PLACE_FIELD: &str = "lokasi";
pub const REACH_ME_FIELD: &str = "nomor";

impl HelpRequest {
    /// The request the form's fields say (`name`, `value` pairs, as the browser's form data
    /// lists them); unknown names and values are ignored. The position is not a field.
    pub fn from_fields(fields: &[(String, String)]) -> HelpRequest {
        let mut request = HelpRequest::default();
        for (name, value) in fields {
            match name.as_str() {
                SITUATION_FIELD => request.situations.extend(Situation::ALL.into_iter().filter(|s| s.code() == value)),
                PEOPLE_FIELD => request.people = value.trim().parse().ok(),
                PASSPORT_FIELD => request.passport = Passport::ALL.into_iter().find(|p| p.code() == value),
                PLACE_FIELD => request.place = value.clone(),
                REACH_ME_FIELD => request.reach_me = value.clone(),
                _ => {}
            }
        }
        // In the form's order, however the browser listed them, and each once.
        request.situations = Situation::ALL.into_iter().filter(|s| request.situations.contains(s)).collect();
        request
    }

    /// The message, in Indonesian, one fact a line.
    pub fn message(&self) -> String {
        let mut lines = vec!["Halo KBRI Phnom Penh. Saya WNI dan butuh bantuan.".to_string()];
        if !self.situations.is_empty() {
            let said: Vec<&str> = self.situations.iter().map(|s| s.said()).collect();
            lines.push(["Keadaan: ", &said.join("; "), "."].concat());
        }
        if let Some(people) = self.people.filter(|n| *n > 0) {
            lines.push(["Jumlah orang: ", &people.min(MAX_PEOPLE).to_string(), "."].concat());
        }
        if let Some(passport) = self.passport {
            lines.push(["Paspor: ", passport.said(), "."].concat());
        }
        let place = one_line(&self.place, MAX_PLACE_CHARS);
        if !place.is_empty() {
            lines.push(["Lokasi: ", &place].concat());
        }
        if let Some(position) = self.position.filter(|p| p.is_plausible()) {
            lines.push(["Koordinat: ", &position.coordinates(), " (akurasi sekitar ", &position.accuracy_metres(), " m)"].concat());
        }
        let number = one_line(&self.reach_me, MAX_NUMBER_CHARS);
        if !number.is_empty() {
            lines.push(["Nomor saya: ", &number].concat());
        }
        lines.join("\n")
    }
}

impl Position {
    fn is_plausible(&self) -> bool {
        (-90.0..=90.0).contains(&self.latitude) && (-180.0..=180.0).contains(&self.longitude) && self.accuracy.is_finite() && self.accuracy >= 0.0
    }

    /// `11.55610, 104.92820`: five decimals, about a metre. Written through whole numbers, so
    /// no float formatting code is needed.
    fn coordinates(&self) -> String {
        [fixed5(self.latitude), fixed5(self.longitude)].join(", ")
    }

    fn accuracy_metres(&self) -> String {
        // Metres are whole, and a reading of tens of kilometres says as much.
        (self.accuracy.round().min(1_000_000.0) as u64).to_string()
    }
}

/// `value` with five decimals.
fn fixed5(value: f64) -> String {
    let scaled = (value * 100_000.0).round() as i64;
    let sign = if scaled < 0 { "-" } else { "" };
    let whole = scaled.unsigned_abs() / 100_000;
    let fraction = (scaled.unsigned_abs() % 100_000).to_string();
    [sign, &whole.to_string(), ".", &"0".repeat(5 - fraction.len()), &fraction].concat()
}

/// Typed text as one line: line breaks and runs of spaces become one space, control
/// characters go, and it is cut to `max` characters.
fn one_line(text: &str, max: usize) -> String {
    let mut out = String::new();
    for word in text.split(|c: char| c.is_whitespace() || c.is_control()).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    match out.char_indices().nth(max) {
        Some((cut, _)) => out[..cut].trim_end().to_string(),
        None => out,
    }
}

/// The WhatsApp link to `number` with the message written in.
pub fn whatsapp_href(number: &str, message: &str) -> Option<String> {
    phone::whatsapp_href(number).map(|href| [href.as_str(), "?text=", &percent_encode(message)].concat())
}

/// The SMS link to `number` with the message written in (`?body=` is what both Android and
/// iOS read).
pub fn sms_href(number: &str, message: &str) -> Option<String> {
    phone::sms_href(number).map(|href| [href.as_str(), "?body=", &percent_encode(message)].concat())
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOTLINE: &str = "+855 12 813 282";

    #[test]
    fn an_empty_form_still_asks_for_help() {
        assert_eq!(HelpRequest::default().message(), "Halo KBRI Phnom Penh. Saya WNI dan butuh bantuan.");
    }

    #[test]
    fn every_choice_has_its_words() {
        for situation in Situation::ALL {
            let request = HelpRequest { situations: vec![situation], ..HelpRequest::default() };
            assert!(request.message().contains(situation.said()), "{situation:?}");
        }
        for passport in Passport::ALL {
            let request = HelpRequest { passport: Some(passport), ..HelpRequest::default() };
            assert!(request.message().ends_with(&["Paspor: ", passport.said(), "."].concat()), "{passport:?}");
        }
    }

    #[test]
    fn a_full_form_reads_as_one_complete_message() {
        let field = |name: &str, value: &str| (name.to_string(), value.to_string());
        let mut request = HelpRequest::from_fields(&[
            field(SITUATION_FIELD, "paspor-ditahan"),
            field(PEOPLE_FIELD, " 3 "),
            field(SITUATION_FIELD, "tidak-bisa-keluar"),
            field(PASSPORT_FIELD, "ditahan"),
            field(PLACE_FIELD, "Gedung biru dekat pasar,\n  lantai 3"),
            field(REACH_ME_FIELD, "+855 97 000 0000"),
            field("lain", "diabaikan"),
        ]);
        request.position = Some(Position { latitude: 11.556104, longitude: 104.928203, accuracy: 23.6 });
        assert_eq!(
            request.message(),
            "Halo KBRI Phnom Penh. Saya WNI dan butuh bantuan.\n\
             Keadaan: saya tidak bisa keluar dari tempat saya sekarang; paspor saya ditahan.\n\
             Jumlah orang: 3.\n\
             Paspor: ditahan orang lain.\n\
             Lokasi: Gedung biru dekat pasar, lantai 3\n\
             Koordinat: 11.55610, 104.92820 (akurasi sekitar 24 m)\n\
             Nomor saya: +855 97 000 0000"
        );
        request.situations.retain(|s| *s != Situation::CannotLeave);
        assert!(request.message().contains("Keadaan: paspor saya ditahan."));
    }

    #[test]
    fn form_fields_are_read_however_they_come() {
        let field = |name: &str, value: &str| (name.to_string(), value.to_string());
        assert_eq!(HelpRequest::from_fields(&[]), HelpRequest::default());
        let odd = HelpRequest::from_fields(&[
            field(SITUATION_FIELD, "lainnya"),
            field(SITUATION_FIELD, "lainnya"),
            field(SITUATION_FIELD, "terbang"),
            field(PEOPLE_FIELD, "tiga"),
            field(PASSPORT_FIELD, "dicuri"),
        ]);
        assert_eq!(odd, HelpRequest { situations: vec![Situation::Other], ..HelpRequest::default() });
        for situation in Situation::ALL {
            assert_eq!(HelpRequest::from_fields(&[field(SITUATION_FIELD, situation.code())]).situations, [situation]);
        }
        for passport in Passport::ALL {
            assert_eq!(HelpRequest::from_fields(&[field(PASSPORT_FIELD, passport.code())]).passport, Some(passport));
        }
    }

    #[test]
    fn the_location_is_there_only_when_given_and_plausible() {
        let at = |latitude, longitude, accuracy| HelpRequest { position: Some(Position { latitude, longitude, accuracy }), ..HelpRequest::default() };
        assert!(!HelpRequest::default().message().contains("Koordinat"));
        assert!(at(-8.65, 115.2167, 5.0).message().contains("Koordinat: -8.65000, 115.21670 (akurasi sekitar 5 m)"));
        assert!(at(0.000004, -0.5, 0.0).message().contains("Koordinat: 0.00000, -0.50000"));
        assert!(!at(91.0, 0.0, 5.0).message().contains("Koordinat"));
        assert!(!at(10.0, 10.0, f64::NAN).message().contains("Koordinat"));
    }

    #[test]
    fn typed_text_cannot_break_the_message_or_the_link() {
        let request = HelpRequest {
            place: "A & B #3 ?x=1 \"kutip\" 100% \u{0}\u{7}\r\nbaris".into(),
            reach_me: "   ".into(),
            people: Some(0),
            ..HelpRequest::default()
        };
        let message = request.message();
        assert!(message.ends_with("Lokasi: A & B #3 ?x=1 \"kutip\" 100% baris"), "{message}");
        assert!(!message.contains("Nomor saya") && !message.contains("Jumlah orang"));
        let href = whatsapp_href(HOTLINE, &message).expect("a link");
        assert!(href.starts_with("https://wa.me/85512813282?text=Halo%20KBRI"));
        let query = &href["https://wa.me/85512813282?text=".len()..];
        assert!(!query.contains(['&', '#', '?', ' ', '\n', '"']), "{query}");
        assert_eq!(crate::route::percent_decode(query), message);
        let sms = sms_href(HOTLINE, &message).expect("a link");
        assert!(sms.starts_with("sms:+85512813282?body=Halo%20KBRI"));
    }

    #[test]
    fn the_message_stays_short() {
        let request = HelpRequest {
            situations: Situation::ALL.to_vec(),
            people: Some(1_000_000),
            passport: Some(Passport::Lost),
            place: "sangat panjang ".repeat(100),
            reach_me: "9".repeat(100),
            position: Some(Position { latitude: -89.999999, longitude: -179.999999, accuracy: 1e12 }),
        };
        let message = request.message();
        assert!(message.chars().count() < 700, "{} characters", message.chars().count());
        assert!(message.contains("Jumlah orang: 500."));
        assert!(message.contains(&["Nomor saya: ", &"9".repeat(MAX_NUMBER_CHARS)].concat()));
        assert!(message.contains("akurasi sekitar 1000000 m"));
    }
}
