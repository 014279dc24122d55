//! Facts the page frame shows on every page, before and without the data files.
//!
//! They duplicate `contacts.json` and `index.html` on purpose, so the hotline survives broken
//! data; a native test keeps all three identical.

/// KBRI Phnom Penh's citizen-protection hotline (FACTS §1, confidence H).
pub const PROTECTION_HOTLINE: &str = "+855 12 813 282";

/// Where the quick-exit button sends the user: a neutral, widely used public site that draws no
/// attention on a phone someone else picks up. `index.html` links to it too, for before the app
/// starts; a native test keeps the two identical. The about page (`about.json`) names it.
pub const QUICK_EXIT_SITE: &str = "https://www.google.com/";

/// The contact that the frame's hotline belongs to.
pub const EMBASSY_ID: &str = "kbri-phnom-penh";

/// The contact for Cambodia's police, shown on the emergency page as an informed choice.
pub const POLICE_ID: &str = "polisi-kamboja-117";

/// What the home page offers first: the situations people come with most. Since the January
/// 2026 crackdown most have just left a compound, with no passport, and want to go home.
pub const HOME_FEATURED: [&str; 6] = [
    "setelah-keluar",
    "pulang-ke-indonesia",
    "tanpa-paspor-splp",
    "paspor-ditahan",
    "cek-tawaran-kerja",
    "penipuan-atas-nama-kbri",
];

/// The home page's way in for family members in Indonesia: their guide, the fake "rescuers"
/// who ask families for money, and the contacts that work from Indonesia (the embassy's
/// WhatsApp hotline too: the person is in Cambodia).
pub const HOME_FAMILY: [&str; 5] = ["untuk-keluarga", "penipuan-jemput-pulang", "kbri-phnom-penh", "kp2mi", "polisi-indonesia-110"];

/// What the embassy kiosk's start screen features: the visitor is already at the embassy.
pub const KIOSK_FEATURED: &str = "di-kbri";

/// Where the way-home tracker keeps its marks among the stored answers (the steps it has
/// done, like a checklist's ticks).
pub const WAY_HOME_LIST: &str = "langkah-pulang";

/// Lists whose answers are kept on the phone only when the person says so: what someone who
/// checks the phone must not find (the forced-labour signs, the way home).
pub const ASK_BEFORE_KEEPING: [&str; 2] = ["cek-kerja-paksa", WAY_HOME_LIST];
