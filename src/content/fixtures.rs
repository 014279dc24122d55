//! Entries for unit tests: small builders with valid defaults, and one small catalogue that
//! passes validation. A test changes only what it is about (`Contact { title, ..contact(…) }`).

use super::model::*;

pub fn text(ind: &str, en: &str) -> Text {
    Text { ind: ind.into(), en: en.into() }
}

/// The same words in both languages.
pub fn same(words: &str) -> Text {
    text(words, words)
}

pub fn point(ind: &str, en: &str) -> Point {
    Point { text: text(ind, en), advice: false }
}

/// One article source, dated.
pub fn sources() -> Vec<Source> {
    vec![Source { title: "KBRI imbau WNI waspada (noa.co.id, 2025-12-08)".into(), url: "https://www.noa.co.id/kbri-imbau".into() }]
}

pub fn words(list: &[&str]) -> Vec<String> {
    list.iter().map(|w| w.to_string()).collect()
}

pub fn channel(kind: ChannelKind, value: &str) -> Channel {
    Channel { kind, label: text("Telepon", "Phone"), value: value.into(), scope: None, note: None }
}

/// A short or domestic number that only works inside `scope`.
pub fn scoped(value: &str, scope: &str) -> Channel {
    Channel { scope: Some(scope.into()), ..channel(ChannelKind::Phone, value) }
}

/// The embassy's two hotlines, each to call and on WhatsApp, and Kemlu's website.
pub fn embassy_channels() -> Vec<Channel> {
    vec![
        channel(ChannelKind::Whatsapp, "+855 12 813 282"),
        channel(ChannelKind::Phone, "+855 12 813 282"),
        channel(ChannelKind::Whatsapp, "+855 61 844 661"),
        channel(ChannelKind::Phone, "+855 61 844 661"),
        channel(ChannelKind::Web, "https://kemlu.go.id"),
    ]
}

/// A neutral code made from the id, different for different fixture ids.
pub fn code(id: &str) -> String {
    let hash = id.bytes().fold(2166136261u32, |h, b| (h ^ u32::from(b)).wrapping_mul(16777619));
    (0..3).map(|i| char::from(b"abcdefghijkmnpqrstuvwxyz23456789"[(hash >> (i * 5)) as usize % 32])).collect()
}

pub fn contact(id: &str, channels: Vec<Channel>) -> Contact {
    Contact {
        id: id.into(),
        code: code(id),
        group: ContactGroup::Embassy,
        title: same(id),
        summary: text("Ringkasan", "Summary"),
        channels,
        location: None,
        notes: Vec::new(),
        keywords: Vec::new(),
        sources: sources(),
        verified: "2025-12-08".into(),
    }
}

pub fn guide(id: &str) -> Guide {
    Guide {
        id: id.into(),
        code: code(id),
        title: same(id),
        summary: text("Ringkasan", "Summary"),
        answer: text("Jawaban.", "The answer."),
        steps: vec![point("Hubungi KBRI.", "Contact the embassy.")],
        bring: Vec::new(),
        say: Vec::new(),
        notes: Vec::new(),
        contacts: Vec::new(),
        related: Vec::new(),
        keywords: Vec::new(),
        sources: sources(),
        verified: "2025-12-08".into(),
    }
}

pub fn item(id: &str) -> ChecklistItem {
    ChecklistItem { id: id.into(), text: same(id), why: text("Kenapa", "Why"), decisive: false }
}

pub fn verdict(min: u32, level: Level) -> Verdict {
    Verdict {
        min,
        level,
        title: text("Putusan", "Verdict"),
        steps: vec![point("Hubungi KBRI.", "Contact the embassy.")],
        contacts: Vec::new(),
        guides: Vec::new(),
    }
}

pub fn checklist(id: &str, items: Vec<ChecklistItem>, verdicts: Vec<Verdict>) -> Checklist {
    Checklist {
        id: id.into(),
        code: code(id),
        title: same(id),
        summary: text("Ringkasan", "Summary"),
        items,
        counting: Counting::Ticked,
        verdicts,
        keywords: Vec::new(),
        sources: sources(),
        verified: "2025-12-08".into(),
    }
}

/// A small catalogue that passes validation: the embassy and the police, two guides, the
/// forced-labour checklist with a decisive item, the about page, one synonym group and the way
/// home.
pub fn catalogue() -> Catalogue {
    let embassy = contact(
        "kbri-phnom-penh",
        vec![channel(ChannelKind::Whatsapp, "+855 12 813 282"), channel(ChannelKind::Phone, "+855 12 813 282")],
    );
    let police = Contact { group: ContactGroup::Cambodia, ..contact("polisi-kamboja-117", vec![scoped("117", "KH")]) };
    let held = Guide {
        steps: vec![point("Hubungi KBRI.", "Contact the embassy."), point("Catat nama bos.", "Write down the boss's name.")],
        contacts: vec![embassy.id.clone()],
        related: vec!["cek-kerja-paksa".into()],
        ..guide("paspor-ditahan")
    };
    let splp = Guide { related: vec![held.id.clone()], ..guide("tanpa-paspor-splp") };
    let forced = checklist(
        "cek-kerja-paksa",
        vec![ChecklistItem { decisive: true, ..item("paspor-diambil") }, item("hp-diambil"), item("beda-janji")],
        vec![verdict(0, Level::Ok), Verdict { guides: vec![held.id.clone()], ..verdict(1, Level::Caution) }, verdict(2, Level::Danger)],
    );
    let about = About {
        sections: vec![AboutSection {
            id: "situasi".into(),
            title: text("Situasi", "The situation"),
            paragraphs: vec![text("Paragraf.", "Paragraph.")],
            facts: vec![Fact { text: text("Angka.", "A figure."), sources: sources() }],
        }],
        sources: sources(),
        verified: "2025-12-08".into(),
        edition: "2026-12-01".into(),
    };
    let way_home = WayHome {
        steps: vec![WayHomeStep {
            id: "lapor-kbri".into(),
            title: text("Lapor ke KBRI", "Report to the embassy"),
            what: text("Datang ke KBRI.", "Go to the embassy."),
            bring: Vec::new(),
            cost: None,
            guide: splp.id.clone(),
            advice: false,
        }],
        sources: sources(),
        verified: "2025-12-08".into(),
    };
    Catalogue {
        contacts: vec![embassy, police],
        guides: vec![held, splp],
        checklists: vec![forced],
        about: Some(about),
        synonyms: vec![SynonymGroup(words(&["kbri", "kedutaan"]))],
        way_home: Some(way_home),
        lexicon: vec![WordList {
            name: "jawa".into(),
            source: "Everyday Javanese".into(),
            means: words(&["mulih pulang"]),
            fillers: words(&["piye"]),
        }],
    }
}
