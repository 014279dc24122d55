use serde::Serialize;

/// The two languages Pelita speaks. Indonesian is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "id")]
    Id,
    #[serde(rename = "en")]
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "id" => Some(Lang::Id),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// A text in both languages. In JSON: `{"id": "…", "en": "…"}` (`id` is Indonesian).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Text {
    #[serde(rename = "id")]
    pub ind: String,
    pub en: String,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Id => &self.ind,
            Lang::En => &self.en,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Source {
    pub title: String,
    pub url: String,
}

/// How a contact can be reached. The app turns each kind into a real link.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ChannelKind {
    Phone,
    Whatsapp,
    Sms,
    Email,
    Web,
}

/// One way to reach a contact.
///
/// `value` is a phone number in international form (`+85512813282`) for phone, WhatsApp and
/// SMS, an address for e-mail, an https URL for web. A short or domestic number that only
/// works inside one country (`117`, `0800-1000`) is allowed for `phone` when `scope` names
/// that country (`KH`, `ID`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Channel {
    pub kind: ChannelKind,
    pub label: Text,
    pub value: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// Where a contact belongs on `/kontak`, embassy first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ContactGroup {
    Embassy,
    Cambodia,
    Indonesia,
    Organisation,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Contact {
    pub id: String,
    pub group: ContactGroup,
    pub title: Text,
    pub summary: Text,
    pub channels: Vec<Channel>,
    /// Where it is, by landmark (street numbers only when the fact sheet rates them H or M).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Text>,
    /// Plain-language notes: what they help with, what is not published, cautions.
    pub notes: Vec<Text>,
    pub keywords: Vec<String>,
    pub sources: Vec<Source>,
    pub verified: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Guide {
    pub id: String,
    pub title: Text,
    /// One line: what this guide is for.
    pub summary: Text,
    /// Numbered steps: what to do now.
    pub steps: Vec<Text>,
    /// What to bring.
    pub bring: Vec<Text>,
    /// What to say (for example when calling the hotline).
    pub say: Vec<Text>,
    /// Cautions and background, in plain words.
    pub notes: Vec<Text>,
    /// Contact ids to reach for this situation, embassy first.
    pub contacts: Vec<String>,
    /// Related guide or checklist ids.
    pub related: Vec<String>,
    /// Words people really type: synonyms, slang, English.
    pub keywords: Vec<String>,
    pub sources: Vec<Source>,
    pub verified: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ChecklistItem {
    pub id: String,
    pub text: Text,
    /// Why this item matters, one line.
    pub why: Text,
}

/// How serious a verdict is; drives colour and wording.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Ok,
    Caution,
    Danger,
}

/// A verdict applies when at least `min` items are ticked; the highest matching `min` wins.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Verdict {
    pub min: u32,
    pub level: Level,
    pub title: Text,
    pub steps: Vec<Text>,
    pub contacts: Vec<String>,
    pub guides: Vec<String>,
}

/// Whether ticking an item is a warning sign (scam checks) or a good sign (readiness).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Counting {
    /// Verdicts count ticked items (red flags).
    #[default]
    Ticked,
    /// Verdicts count items not yet ticked (gaps in preparation).
    Unticked,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Checklist {
    pub id: String,
    pub title: Text,
    pub summary: Text,
    pub items: Vec<ChecklistItem>,
    pub counting: Counting,
    pub verdicts: Vec<Verdict>,
    pub keywords: Vec<String>,
    pub sources: Vec<Source>,
    pub verified: String,
}

/// A figure or statement on the about page, with where it comes from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Fact {
    pub text: Text,
    pub sources: Vec<Source>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AboutSection {
    pub id: String,
    pub title: Text,
    pub paragraphs: Vec<Text>,
    pub facts: Vec<Fact>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct About {
    pub sections: Vec<AboutSection>,
    pub sources: Vec<Source>,
    pub verified: String,
}

/// One group of words that mean the same to a searcher (kbri / kedutaan / embassy …).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SynonymGroup(pub Vec<String>);

/// The data file names, as served under `/data/`. The app fetches each of them at start.
pub const CONTACTS_FILE: &str = "contacts.json";
pub const GUIDES_FILE: &str = "guides.json";
pub const CHECKLISTS_FILE: &str = "checklists.json";
pub const ABOUT_FILE: &str = "about.json";
pub const SYNONYMS_FILE: &str = "synonyms.json";

/// Everything Pelita shows, parsed and validated once; the whole app reads it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Catalogue {
    pub contacts: Vec<Contact>,
    pub guides: Vec<Guide>,
    pub checklists: Vec<Checklist>,
    pub about: Option<About>,
    pub synonyms: Vec<SynonymGroup>,
}

/// What kind of entry an id names; also the first segment of its route.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EntryKind {
    Contact,
    Guide,
    Checklist,
}

impl EntryKind {
    pub fn path_prefix(self) -> &'static str {
        match self {
            EntryKind::Contact => "/kontak/",
            EntryKind::Guide => "/panduan/",
            EntryKind::Checklist => "/cek/",
        }
    }
}

impl Catalogue {
    pub fn contact(&self, id: &str) -> Option<&Contact> {
        self.contacts.iter().find(|c| c.id == id)
    }

    pub fn guide(&self, id: &str) -> Option<&Guide> {
        self.guides.iter().find(|g| g.id == id)
    }

    pub fn checklist(&self, id: &str) -> Option<&Checklist> {
        self.checklists.iter().find(|c| c.id == id)
    }

    /// Which kind of entry an id belongs to, if any.
    pub fn kind_of(&self, id: &str) -> Option<EntryKind> {
        if self.contact(id).is_some() {
            Some(EntryKind::Contact)
        } else if self.guide(id).is_some() {
            Some(EntryKind::Guide)
        } else if self.checklist(id).is_some() {
            Some(EntryKind::Checklist)
        } else {
            None
        }
    }

    /// The title of any entry, for links between entries.
    pub fn title_of(&self, id: &str) -> Option<&Text> {
        self.contact(id)
            .map(|c| &c.title)
            .or_else(|| self.guide(id).map(|g| &g.title))
            .or_else(|| self.checklist(id).map(|c| &c.title))
    }

    /// The route of any entry: `/kontak/…`, `/panduan/…` or `/cek/…`.
    pub fn path_of(&self, id: &str) -> Option<String> {
        self.kind_of(id).map(|k| format!("{}{}", k.path_prefix(), id))
    }
}
