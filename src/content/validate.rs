//! What a decoded catalogue must keep beyond its shape: unique slugs, both languages, sources
//! that are articles, dates, phone numbers in a form a phone can dial, and references between
//! entries that resolve. One function per kind of entry; every problem names the file, the
//! entry (`-` for the file as a whole) and the field inside that entry.

use std::collections::BTreeSet;

use super::decode::At;
use super::problem::Problem;
use super::mention::{parts, Page, Part, Target};
use super::model::*;
use super::phone;
use super::verify::{verify, Verification};

/// Every problem with a parsed catalogue.
pub fn validate(cat: &Catalogue) -> Vec<Problem> {
    let mut problems = Vec::new();
    unique_ids(cat, &mut problems);
    for contact in &cat.contacts {
        validate_contact(contact, &mut Check::new(cat, CONTACTS_FILE, &contact.id, &mut problems));
    }
    for guide in &cat.guides {
        validate_guide(guide, cat, &mut Check::new(cat, GUIDES_FILE, &guide.id, &mut problems));
    }
    for checklist in &cat.checklists {
        validate_checklist(checklist, cat, &mut Check::new(cat, CHECKLISTS_FILE, &checklist.id, &mut problems));
    }
    if let Some(about) = &cat.about {
        validate_about(about, cat, &mut problems);
    }
    validate_synonyms(&cat.synonyms, &mut Check::new(cat, SYNONYMS_FILE, "-", &mut problems));
    validate_lexicon(cat, &mut problems);
    if let Some(way_home) = &cat.way_home {
        validate_way_home(way_home, cat, &mut problems);
    }
    problems
}

/// Ids are slugs, and unique across contacts, guides and checklists: one id, one page. So are
/// the neutral codes of their addresses (`/p/<code>`), which no fixed page uses either.
fn unique_ids(cat: &Catalogue, problems: &mut Vec<Problem>) {
    // A BTreeSet of Strings, like the stored answers': one set type in the wasm (a HashSet
    // brought its own hashing, and a set of `&str` its own code; bench/SIZE.md).
    let mut seen = BTreeSet::new();
    // Inserted one by one: collecting into the set would bring a sort of strings (2 KB).
    let mut codes = BTreeSet::new();
    for code in PAGE_CODES {
        codes.insert(code.to_string());
    }
    let ids = cat.contacts.iter().map(|c| (CONTACTS_FILE, &c.id, &c.code))
        .chain(cat.guides.iter().map(|g| (GUIDES_FILE, &g.id, &g.code)))
        .chain(cat.checklists.iter().map(|c| (CHECKLISTS_FILE, &c.id, &c.code)));
    for (file, id, code) in ids {
        let mut c = Check::new(cat, file, id, problems);
        let short = (2..=4).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
        if !short {
            c.fail(&At::ROOT.key("code"), quoted(code, "is not a code of 2 to 4 lowercase letters or digits"));
        } else if !codes.insert(code.clone()) {
            c.fail(&At::ROOT.key("code"), quoted(code, "is the address of another page"));
        }
        c.slug(&At::ROOT.key("id"), id);
        if Page::NAMES.iter().any(|(name, _)| name == id) {
            c.fail(&At::ROOT.key("id"), quoted(id, "is the name of a page that texts mention"));
        }
        if !seen.insert(id.clone()) {
            c.fail(&At::ROOT.key("id"), quoted(id, "is used by more than one entry"));
        }
    }
}

fn validate_contact(contact: &Contact, c: &mut Check) {
    let root = At::ROOT;
    c.text(&root.key("title"), &contact.title);
    c.text(&root.key("summary"), &contact.summary);
    let channels = root.key("channels");
    for (i, channel) in contact.channels.iter().enumerate() {
        c.channel(&channels.index(i), channel);
    }
    if let Some(location) = &contact.location {
        c.text(&root.key("location"), location);
    }
    c.points(&root.key("notes"), &contact.notes);
    c.keywords(&contact.keywords);
    c.sourced(&contact.sources, &contact.verified);
}

fn validate_guide(guide: &Guide, cat: &Catalogue, c: &mut Check) {
    let root = At::ROOT;
    c.text(&root.key("title"), &guide.title);
    c.text(&root.key("summary"), &guide.summary);
    c.text(&root.key("answer"), &guide.answer);
    if guide.steps.is_empty() {
        c.fail(&root.key("steps"), "a guide needs at least one step");
    }
    c.points(&root.key("steps"), &guide.steps);
    c.points(&root.key("bring"), &guide.bring);
    c.points(&root.key("say"), &guide.say);
    c.points(&root.key("notes"), &guide.notes);
    c.refs(&root.key("contacts"), &guide.contacts, |id| cat.contact(id).is_some(), "contact");
    c.refs(&root.key("related"), &guide.related, |id| cat.guide(id).is_some() || cat.checklist(id).is_some(), "guide or checklist");
    c.keywords(&guide.keywords);
    c.sourced(&guide.sources, &guide.verified);
}

fn validate_checklist(checklist: &Checklist, cat: &Catalogue, c: &mut Check) {
    let root = At::ROOT;
    c.text(&root.key("title"), &checklist.title);
    c.text(&root.key("summary"), &checklist.summary);
    let items = root.key("items");
    if checklist.items.is_empty() {
        c.fail(&items, "a checklist needs at least one item");
    }
    let mut item_ids = BTreeSet::new();
    for (i, item) in checklist.items.iter().enumerate() {
        let at = items.index(i);
        if !is_slug(&item.id) || !item_ids.insert(item.id.clone()) {
            c.fail(&at.key("id"), quoted(&item.id, "is not a unique slug in this checklist"));
        }
        c.text(&at.key("text"), &item.text);
        c.text(&at.key("why"), &item.why);
        if item.decisive && checklist.counting != Counting::Ticked {
            c.fail(&at.key("decisive"), "only a checklist that counts ticked items can have a decisive item");
        }
    }
    let verdicts = root.key("verdicts");
    if checklist.verdicts.first().map(|v| v.min) != Some(0) {
        c.fail(&verdicts.index(0).key("min"), "the first verdict must start at 0 so every answer has one");
    }
    for (i, verdict) in checklist.verdicts.iter().enumerate() {
        let at = verdicts.index(i);
        if i > 0 && verdict.min <= checklist.verdicts[i - 1].min {
            c.fail(&at.key("min"), "verdict thresholds must rise");
        }
        if verdict.min as usize > checklist.items.len() {
            c.fail(&at.key("min"), "threshold is higher than the number of items");
        }
        c.text(&at.key("title"), &verdict.title);
        if verdict.steps.is_empty() {
            c.fail(&at.key("steps"), "a verdict always gives next steps");
        }
        c.points(&at.key("steps"), &verdict.steps);
        c.refs(&at.key("contacts"), &verdict.contacts, |id| cat.contact(id).is_some(), "contact");
        c.refs(&at.key("guides"), &verdict.guides, |id| cat.guide(id).is_some(), "guide");
    }
    c.keywords(&checklist.keywords);
    c.sourced(&checklist.sources, &checklist.verified);
}

/// Each section is an entry of about.json (named by its id); sources, dates and the edition
/// belong to the file as a whole.
fn validate_about(about: &About, cat: &Catalogue, problems: &mut Vec<Problem>) {
    let root = At::ROOT;
    let mut section_ids = BTreeSet::new();
    for section in &about.sections {
        let mut c = Check::new(cat, ABOUT_FILE, &section.id, problems);
        if !is_slug(&section.id) || !section_ids.insert(section.id.clone()) {
            c.fail(&root.key("id"), quoted(&section.id, "is not a unique slug"));
        }
        c.text(&root.key("title"), &section.title);
        c.texts(&root.key("paragraphs"), &section.paragraphs);
        let facts = root.key("facts");
        for (i, fact) in section.facts.iter().enumerate() {
            let at = facts.index(i);
            c.text(&at.key("text"), &fact.text);
            if fact.sources.is_empty() {
                c.fail(&at.key("sources"), "every figure needs a source");
            }
            c.sources(&at.key("sources"), &fact.sources);
        }
    }
    let mut c = Check::new(cat, ABOUT_FILE, "-", problems);
    c.sourced(&about.sources, &about.verified);
    c.date(&root.key("edition"), &about.edition);
}

fn validate_synonyms(groups: &[SynonymGroup], c: &mut Check) {
    let synonyms = At::ROOT.key("synonyms");
    for (i, group) in groups.iter().enumerate() {
        if group.0.len() < 2 || group.0.iter().any(|w| w.trim().is_empty()) {
            c.fail(&synonyms.index(i), "a synonym group needs two or more non-empty words");
        }
    }
}

/// Search reads a typed word through the lexicon as one normalised word (lowercase ASCII
/// letters and digits: `search::normalize` gives nothing else for Latin text), so a word of any
/// other shape would never be read. A meaning follows its word, one space between words. Each
/// list says where it comes from, and a word is in the lexicon once.
fn validate_lexicon(cat: &Catalogue, problems: &mut Vec<Problem>) {
    let mut seen = BTreeSet::new();
    for list in &cat.lexicon {
        let mut c = Check::new(cat, LEXICON_FILE, &list.name, problems);
        let root = At::ROOT;
        if list.source.trim().is_empty() {
            c.fail(&root.key("source"), "a list says where its words come from");
        }
        for (field, words, with_meaning) in [("means", &list.means, true), ("fillers", &list.fillers, false)] {
            let at = root.key(field);
            for (i, words) in words.iter().enumerate() {
                c.lexicon_words(&at.index(i), words, with_meaning, &mut seen);
            }
        }
    }
}

/// Each step is an entry of way-home.json (named by its id).
fn validate_way_home(way_home: &WayHome, cat: &Catalogue, problems: &mut Vec<Problem>) {
    let root = At::ROOT;
    if way_home.steps.is_empty() {
        Check::new(cat, WAY_HOME_FILE, "-", problems).fail(&root.key("steps"), "the way home needs at least one step");
    }
    let mut step_ids = BTreeSet::new();
    for step in &way_home.steps {
        let mut c = Check::new(cat, WAY_HOME_FILE, &step.id, problems);
        if !is_slug(&step.id) || !step_ids.insert(step.id.clone()) {
            c.fail(&root.key("id"), quoted(&step.id, "is not a unique slug"));
        }
        c.text(&root.key("title"), &step.title);
        c.text(&root.key("what"), &step.what);
        c.points(&root.key("bring"), &step.bring);
        if let Some(cost) = &step.cost {
            c.text(&root.key("cost"), cost);
        }
        c.reference(&root.key("guide"), &step.guide, &|id| cat.guide(id).is_some(), "guide");
    }
    Check::new(cat, WAY_HOME_FILE, "-", problems).sourced(&way_home.sources, &way_home.verified);
}

/// Collects problems for one entry of one file. Fields are `At` paths, written out only for a
/// problem: most data has none, and formatting every path up front cost wasm (bench/SIZE.md).
struct Check<'a> {
    cat: &'a Catalogue,
    file: &'static str,
    entry: &'a str,
    problems: &'a mut Vec<Problem>,
}

/// `'value' rest`, the shape of most messages.
fn quoted(value: &str, rest: &str) -> String {
    ["'", value, "' ", rest].concat()
}

impl<'a> Check<'a> {
    fn new(cat: &'a Catalogue, file: &'static str, entry: &'a str, problems: &'a mut Vec<Problem>) -> Check<'a> {
        Check { cat, file, entry, problems }
    }

    fn fail(&mut self, at: &At, message: impl Into<String>) {
        self.problems.push(Problem {
            file: self.file.into(),
            entry: self.entry.into(),
            field: at.path(),
            message: message.into(),
        });
    }

    /// One entry of the lexicon: a word, then (`with_meaning`) the content's words for it.
    fn lexicon_words(&mut self, at: &At, words: &str, with_meaning: bool, seen: &mut BTreeSet<String>) {
        let word = words.split_once(' ').map_or(words, |(word, _)| word);
        // Lowercase letters and digits, single spaces between words: no space first or last,
        // none doubled. A byte loop: a substring search would bring its code into the wasm.
        let mut shape = !words.is_empty() && with_meaning == (word.len() < words.len());
        let mut after_space = true;
        for b in words.bytes() {
            let space = b == b' ';
            shape &= (space && !after_space) || b.is_ascii_lowercase() || b.is_ascii_digit();
            after_space = space;
        }
        if !shape || after_space {
            let what = if with_meaning {
                "is not a word and its meaning (lowercase letters and digits, one space between words)"
            } else {
                "is not one word (lowercase letters and digits)"
            };
            self.fail(at, quoted(words, what));
        }
        if !seen.insert(word.into()) {
            self.fail(at, quoted(word, "is in the lexicon twice"));
        }
    }

    fn slug(&mut self, at: &At, id: &str) {
        if !is_slug(id) {
            self.fail(at, quoted(id, "is not a lowercase slug (a-z, 0-9, -)"));
        }
    }

    fn text(&mut self, at: &At, text: &Text) {
        for (lang, text) in [("id", &text.ind), ("en", &text.en)] {
            let at = at.key(lang);
            if text.trim().is_empty() {
                self.fail(&at, "text is empty");
            }
            for part in parts(text) {
                if let Some(problem) = self.mention_problem(part) {
                    self.fail(&at, problem);
                }
            }
        }
    }

    fn lists_number(&self, number: &str) -> bool {
        let dialled = phone::tel_href(number);
        dialled.is_some() && self.cat.contacts.iter().flat_map(|c| &c.channels).any(|ch| phone::tel_href(&ch.value) == dialled)
    }

    /// What keeps a piece of a text from leading where it says (`content::mention`).
    fn mention_problem(&self, part: Part) -> Option<String> {
        let Part::Mention { target, label } = part else {
            return match part {
                Part::Broken(mark) => Some(quoted(mark, "is not a mention: [[id]], [[id|words]], [[+number]] or [[page|words]]")),
                _ => None,
            };
        };
        match target {
            Target::Entry(id) if self.cat.kind_of(id).is_none() => Some(quoted(id, "is not a known entry")),
            // As a contact writes it: the page makes it that contact's action by its digits.
            Target::Number(number) if !self.lists_number(number) => Some(quoted(number, "is not a number any contact lists, written as it does")),
            Target::Page(..) if label.is_none() => Some("a mention of a page needs its words: [[page|words]]".into()),
            Target::Page(Page::NumberCheck, Some(number)) if verify(self.cat, number) == Verification::Invalid => {
                Some(quoted(number, "is not a phone number to check"))
            }
            _ => None,
        }
    }

    fn texts(&mut self, at: &At, texts: &[Text]) {
        for (i, t) in texts.iter().enumerate() {
            self.text(&at.index(i), t);
        }
    }

    fn points(&mut self, at: &At, points: &[Point]) {
        for (i, point) in points.iter().enumerate() {
            self.text(&at.index(i), &point.text);
        }
    }

    fn https(&mut self, at: &At, url: &str) {
        if !is_https_url(url) {
            self.fail(at, quoted(url, "is not an https URL"));
        }
    }

    fn date(&mut self, at: &At, date: &str) {
        if !is_date(date) {
            self.fail(at, quoted(date, "is not a date YYYY-MM-DD"));
        }
    }

    /// Sources a person can open and check: titled, and the article itself, not a site's
    /// home page.
    fn sources(&mut self, at: &At, sources: &[Source]) {
        for (i, s) in sources.iter().enumerate() {
            let source = at.index(i);
            if s.title.trim().is_empty() {
                self.fail(&source.key("title"), "source title is empty");
            }
            let url = source.key("url");
            if !is_https_url(&s.url) {
                self.fail(&url, quoted(&s.url, "is not an https URL"));
            } else if !is_article_url(&s.url) {
                self.fail(&url, quoted(&s.url, "is a site's home page: cite the article itself"));
            }
        }
    }

    fn sourced(&mut self, sources: &[Source], verified: &str) {
        let at = At::ROOT.key("sources");
        if sources.is_empty() {
            self.fail(&at, "at least one source is required");
        }
        self.sources(&at, sources);
        // As precise as the newest source: a month it gives is never made into a day.
        let month = verified.len() == 7 && parse_date(&[verified, "-01"].concat()).is_some();
        if !month && !is_date(verified) {
            self.fail(&At::ROOT.key("verified"), quoted(verified, "is not a date YYYY-MM-DD or a month YYYY-MM"));
        }
    }

    fn keywords(&mut self, keywords: &[String]) {
        let at = At::ROOT.key("keywords");
        for (i, k) in keywords.iter().enumerate() {
            if k.trim().is_empty() {
                self.fail(&at.index(i), "keyword is empty");
            }
        }
    }

    fn reference(&mut self, at: &At, id: &str, exists: &impl Fn(&str) -> bool, what: &str) {
        if !exists(id) {
            self.fail(at, quoted(id, &["is not a known ", what].concat()));
        }
    }

    fn refs(&mut self, at: &At, ids: &[String], exists: impl Fn(&str) -> bool, what: &str) {
        for (i, id) in ids.iter().enumerate() {
            self.reference(&at.index(i), id, &exists, what);
        }
    }

    fn channel(&mut self, at: &At, channel: &Channel) {
        self.text(&at.key("label"), &channel.label);
        if let Some(note) = &channel.note {
            self.text(&at.key("note"), note);
        }
        let value = channel.value.as_str();
        let value_at = at.key("value");
        match channel.kind {
            ChannelKind::Phone if channel.scope.is_some() => {
                if phone::domestic(value).is_none() && phone::international(value).is_none() {
                    self.fail(&value_at, quoted(value, "is not a phone number"));
                }
            }
            ChannelKind::Phone | ChannelKind::Whatsapp | ChannelKind::Sms => {
                if phone::international(value).is_none() {
                    self.fail(
                        &value_at,
                        quoted(value, "is not in international form (+country code); a short or domestic number needs a 'scope'"),
                    );
                }
            }
            ChannelKind::Email => {
                let ok = value.split_once('@').is_some_and(|(user, host)| {
                    !user.is_empty() && host.contains('.') && !value.contains(char::is_whitespace)
                });
                if !ok {
                    self.fail(&value_at, quoted(value, "is not an e-mail address"));
                }
            }
            ChannelKind::Web => self.https(&value_at, value),
        }
        if let Some(scope) = &channel.scope {
            // The page names the country: only the two Pelita's readers are in.
            if channel.kind != ChannelKind::Phone || !matches!(scope.as_str(), "KH" | "ID") {
                self.fail(&at.key("scope"), "scope is KH or ID, on a phone channel");
            }
        }
    }
}

/// A lowercase URL-safe slug: `kbri-phnom-penh`.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        // Bytes, not `contains("--")`: a substring search brings core's two-way searcher (1 KB).
        && !id.as_bytes().windows(2).any(|pair| pair == b"--")
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// `https://` and a host, no spaces.
pub fn is_https_url(url: &str) -> bool {
    let host = url.strip_prefix("https://").unwrap_or("");
    !host.is_empty() && !host.starts_with('/') && !url.contains(char::is_whitespace)
}

/// An https URL that names a page on its site (a path or a query), not the site itself.
pub fn is_article_url(url: &str) -> bool {
    let rest = url.strip_prefix("https://").unwrap_or(url);
    let after_host = rest.find(['/', '?', '#']).map_or("", |i| &rest[i..]);
    let page = after_host.split('#').next().unwrap_or("");
    !matches!(page, "" | "/" | "?" | "/?")
}

/// `YYYY-MM-DD` with a plausible month and day.
pub fn is_date(s: &str) -> bool {
    parse_date(s).is_some()
}

/// The year, month and day of a `YYYY-MM-DD` date from 2000 on.
pub fn parse_date(s: &str) -> Option<(u32, u32, u32)> {
    let b = s.as_bytes();
    let shape = b.len() == 10 && b[4] == b'-' && b[7] == b'-';
    if !shape || !b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit()) {
        return None;
    }
    let number = |range: std::ops::Range<usize>| s[range].parse::<u32>().ok();
    match (number(0..4)?, number(5..7)?, number(8..10)?) {
        (y @ 2000.., m @ 1..=12, d @ 1..=31) => Some((y, m, d)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::fixtures;

    #[test]
    fn slugs() {
        assert!(is_slug("kbri-phnom-penh"));
        assert!(is_slug("polisi-kamboja-117"));
        for bad in ["KBRI", "a b", "-a", "a-", "a--b", ""] {
            assert!(!is_slug(bad), "{bad}");
        }
    }

    #[test]
    fn dates() {
        assert_eq!(parse_date("2026-02-03"), Some((2026, 2, 3)));
        for bad in ["2026-2-3", "2026-13-01", "2026-01-32", "03-02-2026", "1999-01-01", "yesterday", "2026-01-0a"] {
            assert!(!is_date(bad), "{bad}");
        }
    }

    #[test]
    fn article_urls_name_a_page_not_a_site() {
        for article in [
            "https://babel.antaranews.com/berita/546410/kbri-phnom-penh-3595-wni-bukan-korban-tppo",
            "https://www.suarasurabaya.net/?p=870932",
            "https://radarjabar.disway.id/amp/688823",
        ] {
            assert!(is_article_url(article), "{article}");
        }
        for home in ["https://www.idxchannel.com", "https://www.idxchannel.com/", "https://kemlu.go.id/?", "https://x.id/#top"] {
            assert!(!is_article_url(home), "{home}");
        }
    }

    fn problems_of(cat: &Catalogue) -> Vec<String> {
        validate(cat).iter().map(ToString::to_string).collect()
    }

    #[test]
    fn the_fixture_is_valid() {
        assert_eq!(problems_of(&fixtures::catalogue()), Vec::<String>::new());
    }

    #[test]
    fn each_kind_of_entry_names_its_file_entry_and_field() {
        let mut cat = fixtures::catalogue();
        cat.contacts[0].channels[0].value = "012 813 282".into();
        cat.guides[0].steps[1].text.en.clear();
        cat.guides[0].related.push("no-such-entry".into());
        cat.checklists[0].items[0].id = "Bad Id".into();
        cat.checklists[0].verdicts[1].guides = vec!["cek-tawaran-kerja".into()];
        let about = cat.about.as_mut().expect("fixture has about");
        about.sections[0].facts[0].sources[0].url = "https://kemlu.go.id".into();
        about.edition = "soon".into();
        cat.synonyms.push(SynonymGroup(vec!["sendiri".into()]));
        let way_home = cat.way_home.as_mut().expect("fixture has the way home");
        way_home.steps[0].guide = "nowhere".into();
        cat.guides[0].notes.push(fixtures::point("Lihat [[tidak-ada]], [[+855 12 810 005]], [[cek-nomor]] dan [[di-kbri", "See [[paspor-ditahan]]."));
        let problems = problems_of(&cat);
        for expected in [
            "contacts.json: entry 'kbri-phnom-penh', field 'channels[0].value': '012 813 282' is not in international form",
            "guides.json: entry 'paspor-ditahan', field 'steps[1].en': text is empty",
            "guides.json: entry 'paspor-ditahan', field 'related[1]': 'no-such-entry' is not a known guide or checklist",
            "checklists.json: entry 'cek-kerja-paksa', field 'items[0].id': 'Bad Id' is not a unique slug in this checklist",
            "checklists.json: entry 'cek-kerja-paksa', field 'verdicts[1].guides[0]': 'cek-tawaran-kerja' is not a known guide",
            "about.json: entry 'situasi', field 'facts[0].sources[0].url': 'https://kemlu.go.id' is a site's home page",
            "about.json: entry '-', field 'edition': 'soon' is not a date YYYY-MM-DD",
            "synonyms.json: entry '-', field 'synonyms[1]': a synonym group needs two or more non-empty words",
            "way-home.json: entry 'lapor-kbri', field 'guide': 'nowhere' is not a known guide",
            "guides.json: entry 'paspor-ditahan', field 'notes[0].id': 'tidak-ada' is not a known entry",
            "guides.json: entry 'paspor-ditahan', field 'notes[0].id': '+855 12 810 005' is not a number any contact lists",
            "guides.json: entry 'paspor-ditahan', field 'notes[0].id': a mention of a page needs its words",
            "guides.json: entry 'paspor-ditahan', field 'notes[0].id': '[[di-kbri' is not a mention",
        ] {
            assert!(problems.iter().any(|p| p.starts_with(expected)), "missing: {expected}\nin: {problems:#?}");
        }
        assert_eq!(problems.len(), 13, "{problems:#?}");
    }

    #[test]
    fn a_lexicon_word_of_the_wrong_shape_or_twice_is_named() {
        let mut cat = fixtures::catalogue();
        let list = &mut cat.lexicon[0];
        list.means.push("Duit uang".into());
        list.means.push("ortu orang  tua".into());
        list.means.push("bali".into());
        list.fillers.push("mulih".into());
        list.fillers.push("gimana dong".into());
        list.source.clear();
        let problems = problems_of(&cat);
        for expected in [
            "lexicon.json: entry 'jawa', field 'source': a list says where its words come from",
            "lexicon.json: entry 'jawa', field 'means[1]': 'Duit uang' is not a word and its meaning",
            "lexicon.json: entry 'jawa', field 'means[2]': 'ortu orang  tua' is not a word and its meaning",
            "lexicon.json: entry 'jawa', field 'means[3]': 'bali' is not a word and its meaning",
            "lexicon.json: entry 'jawa', field 'fillers[1]': 'mulih' is in the lexicon twice",
            "lexicon.json: entry 'jawa', field 'fillers[2]': 'gimana dong' is not one word",
        ] {
            assert!(problems.iter().any(|p| p.starts_with(expected)), "missing: {expected}\nin: {problems:#?}");
        }
        assert_eq!(problems.len(), 6, "{problems:#?}");
    }

    #[test]
    fn an_id_used_twice_is_named_in_both_files() {
        let mut cat = fixtures::catalogue();
        cat.guides[0].id = cat.contacts[0].id.clone();
        let problems = problems_of(&cat);
        assert!(problems.iter().any(|p| p.starts_with("guides.json: entry 'kbri-phnom-penh', field 'id': 'kbri-phnom-penh' is used by more than one entry")), "{problems:#?}");
    }

    #[test]
    fn a_decisive_item_needs_a_checklist_that_counts_ticks() {
        let mut cat = fixtures::catalogue();
        cat.checklists[0].counting = Counting::Unticked;
        let problems = problems_of(&cat);
        assert!(problems.iter().any(|p| p.contains("field 'items[0].decisive': only a checklist that counts ticked items")), "{problems:#?}");
    }
}
