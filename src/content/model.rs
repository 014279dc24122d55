use crate::lang::Lang;

/// A text in both languages. In JSON: `{"id": "…", "en": "…"}` (`id` is Indonesian).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Text {
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

/// A step, an item to bring, a line to say or a note. Every one is backed by its entry's
/// sources unless it is Pelita's own `advice`, which the page marks as such ("Saran Pelita").
/// In JSON a text with an optional flag: `{"id": "…", "en": "…", "advice": true}`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Point {
    pub text: Text,
    pub advice: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    pub title: String,
    pub url: String,
}

/// How a contact can be reached. The app turns each kind into a real link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Channel {
    pub kind: ChannelKind,
    pub label: Text,
    pub value: String,
    pub scope: Option<String>,
    pub note: Option<Text>,
}

/// Where a contact belongs on `/kontak`, embassy first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ContactGroup {
    Embassy,
    Cambodia,
    Indonesia,
    Organisation,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contact {
    pub id: String,
    /// The short neutral address (`/p/<code>`): what Pelita's links, the history, shared links
    /// and QR codes show instead of the telling id. Kept in the data, stable across editions.
    pub code: String,
    pub group: ContactGroup,
    pub title: Text,
    pub summary: Text,
    pub channels: Vec<Channel>,
    /// Where it is, by landmark (street numbers only when the fact sheet rates them H or M).
    pub location: Option<Text>,
    /// Plain-language notes: what they help with, what no public source gives, cautions.
    pub notes: Vec<Point>,
    pub keywords: Vec<String>,
    pub sources: Vec<Source>,
    pub verified: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Guide {
    pub id: String,
    /// The neutral address, as for contacts.
    pub code: String,
    pub title: Text,
    /// One line: what this guide is for.
    pub summary: Text,
    /// The one thing to do or not do, in one or two sentences: the page opens with it.
    pub answer: Text,
    /// Numbered steps: what to do now.
    pub steps: Vec<Point>,
    /// What to bring.
    pub bring: Vec<Point>,
    /// What to say (for example when calling the hotline).
    pub say: Vec<Point>,
    /// Cautions and background, in plain words.
    pub notes: Vec<Point>,
    /// Contact ids to reach for this situation, embassy first.
    pub contacts: Vec<String>,
    /// Related guide or checklist ids.
    pub related: Vec<String>,
    /// Words people really type: synonyms, slang, English.
    pub keywords: Vec<String>,
    pub sources: Vec<Source>,
    pub verified: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChecklistItem {
    pub id: String,
    pub text: Text,
    /// Why this item matters, one line.
    pub why: Text,
    /// Ticked alone, it gives the checklist's most serious verdict: a passport taken, not
    /// being allowed to leave, a ransom to get out. Only in checklists that count ticks.
    pub decisive: bool,
}

/// How serious a verdict is; drives colour and wording.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Ok,
    Caution,
    Danger,
}

/// A verdict applies when at least `min` items are ticked; the highest matching `min` wins,
/// and a ticked decisive item gives the last (most serious) verdict whatever the count.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub min: u32,
    pub level: Level,
    pub title: Text,
    pub steps: Vec<Point>,
    pub contacts: Vec<String>,
    pub guides: Vec<String>,
}

/// Whether ticking an item is a warning sign (scam checks) or a good sign (readiness).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Counting {
    /// Verdicts count ticked items (red flags).
    #[default]
    Ticked,
    /// Verdicts count items not yet ticked (gaps in preparation).
    Unticked,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checklist {
    pub id: String,
    /// The neutral address, as for contacts.
    pub code: String,
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
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fact {
    pub text: Text,
    pub sources: Vec<Source>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AboutSection {
    pub id: String,
    pub title: Text,
    pub paragraphs: Vec<Text>,
    pub facts: Vec<Fact>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct About {
    pub sections: Vec<AboutSection>,
    pub sources: Vec<Source>,
    pub verified: String,
    /// When Pelita's makers last reviewed the content as a whole (`YYYY-MM-DD`); a copy much
    /// older than this tells its reader to update (`content::edition`).
    pub edition: String,
}

/// One step of the way home (FACTS §8), for the tracker at `/langkah-pulang`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WayHomeStep {
    pub id: String,
    /// A few words, for the list.
    pub title: Text,
    /// What happens at this step.
    pub what: Text,
    pub bring: Vec<Point>,
    /// What it costs, only where a source says so.
    pub cost: Option<Text>,
    /// The guide that explains this step.
    pub guide: String,
    /// The whole step is Pelita's own advice rather than a sourced fact.
    pub advice: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WayHome {
    pub steps: Vec<WayHomeStep>,
    pub sources: Vec<Source>,
    pub verified: String,
}

/// One group of words that mean the same to a searcher (kbri / kedutaan / embassy …).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SynonymGroup(pub Vec<String>);

/// One list of `lexicon.json`: how one group of people writes when they search (everyday
/// Javanese, chat Indonesian, English questions …), and where the list comes from. Search reads
/// a typed word through it before anything else (`search::colloquial`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WordList {
    pub name: String,
    pub source: String,
    /// A word people type that the content never uses, then the content's words for it:
    /// `mulih pulang`, `pulkam pulang kampung`.
    pub means: Vec<String>,
    /// Words that only make a question or a sentence (`piye`, `please`): no weight in a query.
    pub fillers: Vec<String>,
}

/// The data file names, as in `public/data/` and in the bundle the app downloads.
pub const CONTACTS_FILE: &str = "contacts.json";
pub const GUIDES_FILE: &str = "guides.json";
pub const CHECKLISTS_FILE: &str = "checklists.json";
pub const ABOUT_FILE: &str = "about.json";
pub const SYNONYMS_FILE: &str = "synonyms.json";
pub const WAY_HOME_FILE: &str = "way-home.json";
pub const LEXICON_FILE: &str = "lexicon.json";

/// The neutral codes of the pages that are not entries but whose names would tell (the help
/// message's emergency page, the number check, the way home): `/p/<code>`, like entries.
/// `route::Route` gives them their pages; no entry may take one.
pub const PAGE_CODES: [&str; 3] = ["h2", "n5", "w7"];

/// Everything Pelita shows, parsed and validated once; the whole app reads it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Catalogue {
    pub contacts: Vec<Contact>,
    pub guides: Vec<Guide>,
    pub checklists: Vec<Checklist>,
    pub about: Option<About>,
    pub synonyms: Vec<SynonymGroup>,
    pub way_home: Option<WayHome>,
    pub lexicon: Vec<WordList>,
}

/// What kind of entry an id names (its page is `route::Route::of_entry`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EntryKind {
    Contact,
    Guide,
    Checklist,
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

    /// The entry whose neutral address is `/p/<code>`: its kind and id.
    pub fn entry_by_code(&self, code: &str) -> Option<(EntryKind, &str)> {
        let contacts = self.contacts.iter().map(|c| (EntryKind::Contact, &c.id, &c.code));
        let guides = self.guides.iter().map(|g| (EntryKind::Guide, &g.id, &g.code));
        let checklists = self.checklists.iter().map(|c| (EntryKind::Checklist, &c.id, &c.code));
        contacts.chain(guides).chain(checklists).find(|(_, _, c)| *c == code).map(|(kind, id, _)| (kind, id.as_str()))
    }

    /// The neutral code of any entry.
    pub fn code_of(&self, id: &str) -> Option<&str> {
        self.contact(id)
            .map(|c| &c.code)
            .or_else(|| self.guide(id).map(|g| &g.code))
            .or_else(|| self.checklist(id).map(|c| &c.code))
            .map(String::as_str)
    }

    /// The title of any entry, for links between entries.
    pub fn title_of(&self, id: &str) -> Option<&Text> {
        self.contact(id)
            .map(|c| &c.title)
            .or_else(|| self.guide(id).map(|g| &g.title))
            .or_else(|| self.checklist(id).map(|c| &c.title))
    }
}
