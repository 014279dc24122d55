//! Every piece of interface text, in Indonesian and English, in one typed table.
//!
//! A constant per string keeps it free at run time and makes a missing translation a compile
//! error rather than a blank on screen.

use crate::lang::Lang;

/// One interface string in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UiText {
    pub ind: &'static str,
    pub en: &'static str,
}

impl UiText {
    pub const fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Id => self.ind,
            Lang::En => self.en,
        }
    }
}

const fn t(ind: &'static str, en: &'static str) -> UiText {
    UiText { ind, en }
}

/// A count and its noun: Indonesian does not change the noun (`1 hasil`, `2 hasil`), English
/// does (`1 result`, `2 results`). Every count on screen goes through `Count::of`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Count {
    pub ind: &'static str,
    pub one: &'static str,
    pub other: &'static str,
}

impl Count {
    pub fn of(self, n: u32, lang: Lang) -> String {
        let noun = match lang {
            Lang::Id => self.ind,
            Lang::En if n == 1 => self.one,
            Lang::En => self.other,
        };
        [n.to_string().as_str(), " ", noun].concat()
    }
}

const fn count(ind: &'static str, one: &'static str, other: &'static str) -> Count {
    Count { ind, one, other }
}

pub const SKIP_TO_CONTENT: UiText = t("Langsung ke isi", "Skip to content");
pub const CALL: UiText = t("Telepon", "Call");
pub const HOME_FAMILY_TITLE: UiText = t("Keluarga di Indonesia?", "Family in Indonesia?");
pub const SHARE: UiText = t("Bagikan", "Share");
pub const PRINT: UiText = t("Cetak", "Print");
pub const TAKE_HOME: UiText = t("Bawa ke HP", "Take it to your phone");
pub const TAKE_HOME_NOTE: UiText = t(
    "Pindai dengan kamera HP Anda. Teksnya terbaca tanpa internet; alamatnya membuka halaman ini.",
    "Scan with your phone's camera. Its text reads without internet; its address opens this page.",
);
pub const KIOSK_SETUP: UiText = t(
    "Untuk petugas: alamat publik Pelita belum diatur (pelita-public-url), jadi tidak ada kode QR. Lihat deploy/kiosk/README.md.",
    "For staff: Pelita's public address is not set (pelita-public-url), so there is no QR code. See deploy/kiosk/README.md.",
);
pub const HOTLINE_WHATSAPP: UiText = t("WhatsApp KBRI", "WhatsApp the embassy");
pub const CALL_MAY_FAIL_SHORT: UiText = t("bisa tidak diangkat", "may not be answered");
pub const CALL_MAY_FAIL: UiText = t("Kirim pesan WhatsApp dulu kalau bisa.", "Send a WhatsApp message first if you can.");

pub const NAV_HOME: UiText = t("Beranda", "Home");
pub const NAV_CONTACTS: UiText = t("Kontak", "Contacts");
pub const NAV_GUIDES: UiText = t("Panduan", "Guides");
pub const NAV_CHECKLISTS: UiText = t("Cek", "Checks");
pub const NAV_ABOUT: UiText = t("Tentang", "About");
pub const NAV_MAIN: UiText = t("Menu utama", "Main menu");

pub const HOME_TITLE: UiText = t("Informasi untuk WNI di Kamboja", "Information for Indonesians in Cambodia");
pub const HOME_INTRO: UiText = t(
    "Panduan, kontak resmi dan daftar cek. Bisa dipakai tanpa internet setelah dibuka sekali.",
    "Guides, official contacts and checklists. Works without internet after one visit.",
);
pub const SEARCH_LABEL: UiText = t("Cari panduan atau kontak", "Search guides or contacts");
pub const SEARCH_PLACEHOLDER: UiText = t("contoh: paspor ditahan", "e.g. passport taken");
pub const SEARCH_BUTTON: UiText = t("Cari", "Search");
pub const HOME_QUICK: UiText = t("Paling sering dicari", "Most needed");

pub const EMERGENCY_TITLE: UiText = t("Darurat: hubungi KBRI dulu", "Emergency: contact the embassy first");
pub const EMERGENCY_INTRO: UiText = t(
    "Kalau Anda dalam bahaya, hubungi hotline KBRI Phnom Penh. Lewat WhatsApp juga bisa.",
    "If you are in danger, contact the Indonesian Embassy's hotline. WhatsApp works too.",
);

// "Minta bantuan KBRI": the help message, always written in Indonesian for the embassy.
pub const HELP_TITLE: UiText = t("Minta bantuan KBRI", "Ask the embassy for help");
pub const HELP_LINK: UiText = t("Tulis pesan minta bantuan", "Write a message asking for help");
pub const HELP_INTRO: UiText = t(
    "Pilih yang benar untuk Anda. Semua boleh dikosongkan. Pesannya ditulis dalam bahasa Indonesia untuk KBRI.",
    "Choose what is true for you. Everything may be left empty. The message is written in Indonesian for the embassy.",
);
pub const HELP_NOTHING_SENT: UiText = t(
    "Pelita tidak mengirim apa pun: WhatsApp atau SMS Anda sendiri yang mengirim, dan Pelita tidak menyimpan pesan ini.",
    "Pelita sends nothing: your own WhatsApp or SMS sends it, and Pelita does not keep this message.",
);
pub const HELP_WHAT: UiText = t("Apa yang terjadi?", "What is happening?");
pub const HELP_CANNOT_LEAVE: UiText = t("Saya tidak bisa keluar", "I cannot leave");
pub const HELP_PASSPORT_HELD: UiText = t("Paspor saya ditahan", "My passport is held");
pub const HELP_HURT: UiText = t("Saya terluka atau sakit", "I am hurt or ill");
pub const HELP_GO_HOME: UiText = t("Saya sudah keluar dan mau pulang", "I have left and need to go home");
pub const HELP_SOMEONE_ELSE: UiText = t("Orang lain yang butuh bantuan", "Someone else needs help");
pub const HELP_OTHER: UiText = t("Lainnya", "Other");
pub const HELP_PEOPLE: UiText = t("Berapa orang?", "How many people?");
pub const HELP_PASSPORT: UiText = t("Paspor", "Passport");
pub const HELP_PASSPORT_WITH_ME: UiText = t("Ada pada saya", "I have it");
pub const HELP_PASSPORT_BY_SOMEONE: UiText = t("Ditahan orang lain", "Someone else holds it");
pub const HELP_PASSPORT_LOST: UiText = t("Hilang / tidak ada", "Lost / I have none");
pub const HELP_PLACE: UiText = t("Di mana Anda? Nama gedung, perusahaan, atau tanda di dekat Anda", "Where are you? A building, a company name, or a landmark near you");
pub const HELP_ADD_LOCATION: UiText = t("Tambahkan lokasi saya", "Add my location");
pub const HELP_LOCATING: UiText = t("Mencari lokasi…", "Finding your location…");
pub const HELP_LOCATION_ADDED: UiText = t("Lokasi ditambahkan ke pesan.", "Location added to the message.");
pub const HELP_LOCATION_REMOVE: UiText = t("Hapus lokasi", "Remove location");
pub const HELP_LOCATION_DENIED: UiText = t(
    "HP tidak mengizinkan Pelita melihat lokasi. Tulis tempat Anda di kolom di atas: pesannya tetap bisa dikirim.",
    "The phone did not let Pelita see the location. Write where you are in the box above: the message still works.",
);
pub const HELP_LOCATION_FAILED: UiText = t(
    "Lokasi tidak ditemukan. Tulis tempat Anda di kolom di atas: pesannya tetap bisa dikirim.",
    "The location could not be found. Write where you are in the box above: the message still works.",
);
pub const HELP_REACH_ME: UiText = t("Nomor yang bisa dihubungi", "A number to reach you");
pub const HELP_PREVIEW: UiText = t("Pesan Anda", "Your message");
pub const HELP_COPY: UiText = t("Salin pesan", "Copy message");
pub const HELP_SEND_WHATSAPP: UiText = t("Kirim lewat WhatsApp", "Send by WhatsApp");
pub const HELP_SEND_SMS: UiText = t("Kirim lewat SMS", "Send by SMS");
pub const HELP_AT_KIOSK: UiText = t(
    "Anda sudah di KBRI. Sampaikan keadaan Anda langsung ke petugas.",
    "You are at the embassy. Tell the staff about your situation in person.",
);
pub const EMERGENCY_WHERE: UiText = t("Di mana KBRI", "Where the embassy is");
pub const EMERGENCY_POLICE: UiText = t("Polisi Kamboja: pilihan Anda", "Cambodian police: your choice");

pub const CONTACTS_TITLE: UiText = t("Kontak", "Contacts");
pub const GROUP_EMBASSY: UiText = t("Kedutaan (KBRI)", "Embassy (KBRI)");
pub const GROUP_CAMBODIA: UiText = t("Di Kamboja", "In Cambodia");
pub const GROUP_INDONESIA: UiText = t("Di Indonesia", "In Indonesia");
pub const GROUP_ORGANISATION: UiText = t("Organisasi", "Organisations");
pub const CHANNELS: UiText = t("Cara menghubungi", "How to reach them");
pub const LOCATION: UiText = t("Lokasi", "Location");
pub const ONLY_IN: UiText = t("Hanya bisa dari dalam", "Works only from inside");
pub const COUNTRY_KH: UiText = t("Kamboja", "Cambodia");
pub const COUNTRY_ID: UiText = t("Indonesia", "Indonesia");

pub const GUIDES_TITLE: UiText = t("Panduan", "Guides");
pub const STEPS: UiText = t("Yang harus dilakukan sekarang", "What to do now");
pub const BRING: UiText = t("Yang dibawa", "What to bring");
pub const SAY: UiText = t("Yang dikatakan", "What to say");
pub const NOTES: UiText = t("Perlu diketahui", "Good to know");
pub const WHO_TO_CONTACT: UiText = t("Siapa yang dihubungi", "Who to contact");
pub const RELATED: UiText = t("Lihat juga", "See also");

pub const CHECKLISTS_TITLE: UiText = t("Daftar cek", "Checklists");
pub const WHY: UiText = t("Kenapa penting?", "Why does it matter?");

pub const SEARCH_TITLE: UiText = t("Cari", "Search");
pub const SEARCH_EMPTY: UiText = t("Ketik apa yang Anda cari.", "Type what you are looking for.");
pub const SEARCH_PREPARING: UiText = t("Menyiapkan pencarian…", "Getting search ready…");

pub const ABOUT_TITLE: UiText = t("Tentang Pelita", "About Pelita");

pub const SOURCES: UiText = t("Sumber", "Sources");
// The date of the newest source that states the facts, not the date anyone checked them.
pub const SOURCE_DATE: UiText = t("Tanggal sumber:", "Source date:");
pub const ADVICE: UiText = t("Saran Pelita", "Pelita's advice");
pub const ADVICE_ALL: UiText = t("Semua di bawah ini saran Pelita, bukan dari sumber.", "All of these are Pelita's advice, not from a source.");
pub const EDITION: UiText = t("Isi Pelita terakhir ditinjau:", "Pelita's content was last reviewed:");
pub const DAYS: Count = count("hari", "day", "days");
pub const STALE_CONTENT: UiText = t("Isi Pelita di HP ini sudah lama:", "The content on this phone is old:");
pub const STALE_CONTENT_AGO: UiText = t("lalu. Mungkin ada yang sudah berubah.", "ago. Some of it may have changed.");
pub const STALE_CONTENT_UPDATE: UiText = t(
    "Buka Pelita sekali saat ada internet untuk memperbaruinya.",
    "Open Pelita once while you have internet to update it.",
);

pub const NOT_FOUND_TITLE: UiText = t("Halaman tidak ditemukan", "Page not found");
pub const NOT_FOUND_BODY: UiText = t(
    "Alamat ini tidak ada di Pelita. Hotline KBRI tetap di atas.",
    "This address is not in Pelita. The embassy hotline is still at the top.",
);
pub const BACK_HOME: UiText = t("Kembali ke beranda", "Back to home");

pub const DATA_ERROR_TITLE: UiText = t("Isi aplikasi tidak bisa dimuat", "The app's content could not be loaded");
pub const DATA_ERROR_BODY: UiText = t(
    "Hotline KBRI di atas tetap bisa dipakai. Coba muat ulang halaman nanti.",
    "The embassy hotline above still works. Try reloading the page later.",
);
pub const DATA_ERROR_DETAILS: UiText = t("Rincian untuk pengelola", "Details for the maintainers");

pub const CHECKLIST_HINT: UiText = t("Centang yang benar untuk Anda. Jawaban tidak dikirim ke mana pun.", "Tick what is true for you. Answers are never sent anywhere.");
pub const STORED_TITLE: UiText = t("Data Pelita di HP ini", "Pelita's data on this phone");
pub const CHECKLIST_COUNT: UiText = t("dari", "of");
pub const CHECKLIST_COUNT_TICKED: UiText = t("dicentang", "ticked");
pub const CHECKLIST_CLEAR: UiText = t("Hapus jawaban saya", "Clear my answers");
pub const CHECKLIST_NEXT: UiText = t("Langkah berikutnya", "Next steps");
pub const CHECKLIST_RESET_NOTICE: UiText = t(
    "Jawaban yang tersimpan tidak bisa dibaca (rusak atau dari versi lama), jadi daftar dikosongkan. Salinan lamanya disimpan sampai Anda menekan Mengerti.",
    "Your saved answers could not be read (damaged or from an old version), so the list was reset. The old copy is kept until you tap OK.",
);
pub const CHECKLIST_RESET_OK: UiText = t("Mengerti", "OK");
pub const WAY_HOME_TITLE: UiText = t("Langkah pulang saya", "My way home");
pub const WAY_HOME_INTRO: UiText = t(
    "Langkah-langkah pulang ke Indonesia, berurutan. Centang yang sudah Anda lewati: langkah berikutnya ditandai.",
    "The steps home to Indonesia, in order. Tick the ones you have done: the next step is marked.",
);
pub const WAY_HOME_DONE: UiText = t("Sudah saya lewati", "I have done this");
pub const WAY_HOME_NEXT: UiText = t("Langkah berikutnya", "Next step");
pub const WAY_HOME_ALL_DONE: UiText = t("Semua langkah sudah Anda tandai. Selamat sampai di rumah.", "You have marked every step. Welcome home.");
pub const WAY_HOME_CLEAR: UiText = t("Hapus tanda saya", "Clear my marks");
pub const WAY_HOME_LINK: UiText = t("Langkah pulang saya: tandai di mana Anda sekarang", "My way home: mark where you are now");
pub const COST: UiText = t("Biaya", "Cost");
pub const READ_GUIDE: UiText = t("Baca panduannya", "Read the guide");
// What Pelita keeps on the phone, and erasing it.
pub const KEEP_ASK: UiText = t(
    "Simpan jawaban ini di HP ini? Kalau HP Anda diperiksa orang lain, lebih aman tidak disimpan: jawaban hilang saat Pelita ditutup.",
    "Keep these answers on this phone? If someone else checks your phone, it is safer not to: the answers are gone when Pelita is closed.",
);
pub const KEEP_YES: UiText = t("Ya, simpan di HP ini", "Yes, keep them on this phone");
pub const KEEP_NO: UiText = t("Jangan simpan", "Do not keep them");
pub const KEEP_KEPT: UiText = t("Jawaban ini disimpan di HP ini.", "These answers are kept on this phone.");
pub const KEEP_STOP: UiText = t("Berhenti menyimpan", "Stop keeping them");
pub const KEEP_NOT_KEPT: UiText = t("Jawaban ini tidak disimpan: hilang saat Pelita ditutup.", "These answers are not kept: they are gone when Pelita is closed.");
pub const ERASE_ALL: UiText = t("Hapus semua data Pelita di HP ini", "Erase all of Pelita's data on this phone");
pub const ERASED: UiText = t("Sudah dihapus: ", "Erased: ");
pub const ERASED_ANSWERS: UiText = t("jawaban daftar cek dan langkah pulang", "checklist answers and the way-home steps");
pub const ERASED_LANGUAGE: UiText = t("pilihan bahasa", "the language choice");
pub const ERASED_OTHER: UiText = t("data Pelita lainnya", "other Pelita data");
pub const ERASED_NOTHING: UiText = t("Tidak ada data Pelita yang tersimpan di HP ini.", "Pelita has nothing stored on this phone.");
pub const CALL_HOTLINE: UiText = t("Hubungi hotline KBRI", "Contact the embassy hotline");

pub const COPY_NUMBER: UiText = t("Salin nomor", "Copy number");
pub const COPIED: UiText = t("Disalin ✓", "Copied ✓");
pub const COPIED_KEPT: UiText = t(
    "Disalin ✓ HP menyimpannya di papan klip sampai Anda menyalin hal lain.",
    "Copied ✓ The phone keeps it on the clipboard until you copy something else.",
);
pub const STORAGE_FULL: UiText = t(
    "Memori HP penuh: jawaban Anda tidak bisa disimpan. Jawaban tetap terlihat sampai halaman ditutup.",
    "The phone's storage is full: your answers cannot be saved. They stay on screen until the page is closed.",
);
pub const COPY_FAILED: UiText = t("Tidak bisa menyalin. Tulis saja.", "Could not copy. Write it down.");
pub const SAVE_CONTACT: UiText = t("Simpan ke HP", "Save to phone");
pub const SHOW_DRIVER: UiText = t("Tunjukkan ke sopir", "Show this to a driver");
pub const DRIVER_ASK: UiText = t("Please take me to:", "Please take me to:");
pub const CLOSE: UiText = t("Tutup", "Close");

pub const VERIFY_TITLE: UiText = t("Cek nomor: KBRI asli atau palsu?", "Check a number: real embassy or fake?");
pub const VERIFY_INTRO: UiText = t(
    "Ada yang mengaku dari KBRI dan minta uang? Masukkan nomornya. Pelita membandingkan dengan nomor resmi yang tercatat di sini, tanpa internet.",
    "Someone claims to be the embassy and asks for money? Enter their number. Pelita compares it with the official numbers listed here, offline.",
);
pub const VERIFY_LABEL: UiText = t("Nomor telepon atau WhatsApp", "Phone or WhatsApp number");
pub const VERIFY_OFFICIAL: UiText = t("Nomor resmi", "Official number");
pub const VERIFY_OFFICIAL_BODY: UiText = t("Nomor ini tercatat di Pelita sebagai:", "This number is listed in Pelita as:");
pub const VERIFY_UNKNOWN: UiText = t("Nomor ini TIDAK ada di daftar resmi", "This number is NOT on the official list");
pub const VERIFY_INVALID: UiText = t(
    "Ini bukan nomor telepon yang bisa dibaca. Tulis lengkap, contoh: +855 12 813 282 atau 012 813 282.",
    "This is not a phone number we can read. Write it in full, for example +855 12 813 282 or 012 813 282.",
);
pub const VERIFY_WARNING: UiText = t(
    "KBRI tidak pernah minta uang, kecuali biaya resmi SPLP (surat pengganti paspor). Jangan kirim uang. Kalau ragu, hubungi hotline resmi:",
    "The embassy never asks for money, except the official fee for the SPLP (emergency travel document). Do not send money. If in doubt, contact the official hotline:",
);
pub const VERIFY_READ_AS: UiText = t("Dibaca sebagai", "Read as");
pub const VERIFY_LINK: UiText = t("Cek nomor KBRI asli", "Check if a number is the real embassy");

pub const SEARCH_NO_RESULTS: UiText = t("Tidak ada hasil untuk pencarian ini.", "No results for this search.");
pub const SEARCH_NO_RESULTS_HELP: UiText = t(
    "Coba kata lain, lihat semua panduan, atau langsung hubungi hotline KBRI:",
    "Try other words, see all guides, or contact the embassy hotline directly:",
);
pub const SEARCH_ALL_GUIDES: UiText = t("Lihat semua panduan", "See all guides");
pub const RESULTS: Count = count("hasil", "result", "results");
pub const KIND_CONTACT: UiText = t("Kontak", "Contact");
pub const KIND_GUIDE: UiText = t("Panduan", "Guide");
pub const KIND_CHECKLIST: UiText = t("Daftar cek", "Checklist");

pub const QR_SCAN: UiText = t("Pindai dengan kamera HP Anda untuk membawa ini", "Scan with your phone's camera to take this with you");
pub const QR_LABEL: UiText = t("Kode QR", "QR code");
pub const QR_HELD_LINK: UiText = t(
    "Layar ini tidak bisa menelepon atau membuka situs lain. Pindai kode ini dengan HP Anda:",
    "This screen cannot call or open other sites. Scan this code with your phone:",
);
pub const STILL_THERE: UiText = t("Masih di sini?", "Still there?");
pub const STILL_THERE_BODY: UiText = t(
    "Layar akan kembali ke awal dan menghapus semua yang Anda buka dalam",
    "The screen will go back to the start and erase everything you opened in",
);
pub const SECONDS: Count = count("detik", "second", "seconds");
pub const STILL_HERE: UiText = t("Ya, saya masih di sini", "Yes, I am still here");
pub const CHOOSE_LANGUAGE: UiText = t("Pilih bahasa · Choose language", "Pilih bahasa · Choose language");
pub const KIOSK_WELCOME: UiText = t(
    "Sentuh layar untuk mencari panduan dan kontak. Bawa pulang nomor dan panduan ke HP Anda dengan kode QR.",
    "Touch the screen to find guides and contacts. Take numbers and guides to your own phone with a QR code.",
);

// The language switch shows a short code to fit a phone's header; its name says the language
// in full and starts with the code, so speech users can say what they see.
pub const LANGUAGE_SWITCH_SHORT: UiText = t("EN", "ID");
pub const LANGUAGE_SWITCH_NAME: UiText = t("EN: English", "ID: Bahasa Indonesia");
pub const HOTLINE_REGION: UiText = t("Hotline KBRI Phnom Penh", "Indonesian Embassy hotline");
pub const QUICK_EXIT: UiText = t("Keluar cepat", "Quick exit");
pub const LISTEN: UiText = t("Dengarkan", "Listen");
pub const LISTEN_STOP: UiText = t("Berhenti", "Stop");

// The app's own state, under the hotline: a new version waiting, and working offline.
pub const UPDATE_READY: UiText = t("Versi baru tersedia — muat ulang", "New version available — reload");
pub const IN_APP_BEFORE: UiText = t("Pelita terbuka di dalam ", "Pelita is open inside ");
pub const IN_APP_AFTER: UiText = t(
    ". Di sini Pelita tidak bisa dipasang atau dipakai tanpa internet. Buka di Chrome atau Safari: ketuk menu ⋯ lalu “Buka di browser”.",
    ". Here Pelita cannot be installed or used without internet. Open it in Chrome or Safari: tap the ⋯ menu, then “Open in browser”.",
);
// Drawn at build time where a part of a page needs the app, shown only where it cannot run.
pub const WITHOUT_APP_SEARCH: UiText = t(
    "Pencarian hanya bekerja saat aplikasi Pelita berjalan, dan di browser ini aplikasinya tidak berjalan. Semua panduan dan kontak tetap bisa dibuka:",
    "Search only works while the Pelita app runs, and it does not run in this browser. Every guide and contact still opens:",
);
pub const WITHOUT_APP_CHECKLIST: UiText = t(
    "Hasilnya dihitung oleh aplikasi Pelita, yang tidak berjalan di browser ini. Baca daftarnya: kalau satu saja benar untuk Anda, hubungi KBRI.",
    "The result is worked out by the Pelita app, which does not run in this browser. Read the list: if even one is true for you, contact the embassy.",
);
pub const WITHOUT_APP_VERIFY: UiText = t(
    "Cek nomor hanya bekerja saat aplikasi Pelita berjalan, dan di browser ini aplikasinya tidak berjalan. Nomor resmi KBRI ada di halaman kontaknya:",
    "The number check only works while the Pelita app runs, and it does not run in this browser. The embassy's official numbers are on its contact page:",
);
pub const WITHOUT_APP_HELP: UiText = t(
    "Di browser ini aplikasi Pelita tidak berjalan, jadi pilihan di atas tidak masuk ke pesan. Tombol WhatsApp tetap membuka pesan ke hotline: tulis sendiri keadaan Anda, jumlah orang, paspor, lokasi dan nomor Anda.",
    "The Pelita app does not run in this browser, so the choices above do not go into the message. The WhatsApp button still opens a message to the hotline: write your situation, how many people, your passport, where you are and your number yourself.",
);
pub const WITHOUT_APP_WAY_HOME: UiText = t(
    "Menandai langkah hanya bekerja saat aplikasi Pelita berjalan. Langkah-langkahnya tetap bisa dibaca di bawah.",
    "Marking steps only works while the Pelita app runs. The steps can still be read below.",
);
pub const OFFLINE_NOTICE: UiText = t("Offline — isi tetap bisa dibaca", "Offline — content still available");

// pelita.html, Pelita in one file to keep and pass on (src/pocket.rs), written at build time:
// none of this reaches the app. The about page offers the file in its own words (about.json).
pub const POCKET_INTRO: UiText = t(
    "Semua kontak, panduan dan daftar cek Pelita dalam satu file, untuk dibaca tanpa internet.",
    "All of Pelita's contacts, guides and checklists in one file, to read without internet.",
);
pub const POCKET_CHECK: UiText = t(
    "Salinan yang diteruskan orang bisa sudah diubah. Sebelum menghubungi nomor dari salinan ini, cocokkan dengan Cek nomor di Pelita yang Anda buka sendiri dari alamat resminya.",
    "A copy passed on by someone may have been changed. Before you contact a number from this copy, check it with the number check in Pelita, opened yourself from its own address.",
);
pub const POCKET_OFFLINE_ONLY: UiText = t(
    "Alamat online Pelita tidak diatur saat salinan ini dibuat, jadi salinan ini tidak punya tautan ke halaman bahasa Inggris atau ke bagian Pelita yang perlu aplikasinya.",
    "Pelita's online address was not set when this copy was made, so it has no links to the English pages or to the parts of Pelita that need the app.",
);
pub const POCKET_CONTENTS: UiText = t("Daftar isi", "Contents");
pub const POCKET_BACK: UiText = t("Kembali ke daftar isi", "Back to the contents");
// The link to a page's English twin online, in English whatever the file's language.
pub const POCKET_ENGLISH: UiText = t("Read this in English (online)", "Read this in English (online)");
pub const POCKET_RULES: UiText = t("Cara membaca hasilnya", "How to read the result");
pub const POCKET_RULES_HOW: UiText = t(
    "Di salinan ini hasilnya tidak dihitung otomatis. Hitung sendiri yang Anda centang, lalu baca hasil yang cocok.",
    "This copy does not work out the result. Count your own ticks, then read the result that fits.",
);
pub const POCKET_DECISIVE: UiText = t("Satu tanda ini saja sudah berarti:", "This one sign alone already means:");
// A verdict's rule in words (`pocket::rule`): "Kalau 2 sampai 3 dicentang".
pub const RULE_NONE_TICKED: UiText = t("Kalau tidak ada yang dicentang", "If none is ticked");
pub const RULE_ALL_TICKED: UiText = t("Kalau semua sudah dicentang", "If every item is ticked");
pub const RULE_IF: UiText = t("Kalau", "If");
pub const RULE_TO: UiText = t("sampai", "to");
pub const RULE_OR_MORE: UiText = t("atau lebih", "or more");
pub const RULE_TICKED_ONE: UiText = t("dicentang", "is ticked");
pub const RULE_TICKED: UiText = t("dicentang", "are ticked");
pub const RULE_UNTICKED_ONE: UiText = t("belum dicentang", "is not ticked yet");
pub const RULE_UNTICKED: UiText = t("belum dicentang", "are not ticked yet");

// The wall poster (src/poster.rs), written at build time: none of this reaches the app.
pub const POSTER_HOW: UiText = t(
    "Poster untuk dinding penampungan atau kantor. Cetak halaman ini di kertas A4 lewat menu browser (Cetak). Buka",
    "A poster for the wall of a shelter or office. Print this page on A4 paper from the browser's menu (Print). Open",
);
pub const POSTER_WHATSAPP_FIRST: UiText = t(
    "Hotline KBRI adalah nomor WhatsApp: kirim pesan WhatsApp dulu. Telepon biasa mungkin tidak diangkat.",
    "The embassy's hotlines are WhatsApp numbers: send a WhatsApp message first. An ordinary call may not be answered.",
);
pub const POSTER_MONEY: UiText = t("Soal uang", "About money");
pub const POSTER_SIGNS: UiText = t("Lima tanda terkuat tawaran kerja palsu", "The five strongest signs of a fake job offer");
pub const POSTER_QR: UiText = t("Kode QR ke Pelita", "QR code to Pelita");
pub const POSTER_SCAN: UiText = t(
    "Pindai dengan kamera HP untuk membuka Pelita: semua kontak, panduan dan daftar cek, juga tanpa internet setelah dibuka sekali.",
    "Scan with a phone's camera to open Pelita: every contact, guide and checklist, offline too after one visit.",
);
pub const POSTER_NO_ADDRESS: UiText = t(
    "Tanpa kode QR: alamat publik Pelita belum diatur (pelita-public-url, lihat docs/deploy.md).",
    "No QR code: Pelita's public address is not set (pelita-public-url, see docs/deploy.md).",
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_agree_with_their_number() {
        assert_eq!(RESULTS.of(1, Lang::En), "1 result");
        assert_eq!(RESULTS.of(2, Lang::En), "2 results");
        assert_eq!(RESULTS.of(0, Lang::En), "0 results");
        assert_eq!(RESULTS.of(1, Lang::Id), "1 hasil");
        assert_eq!(SECONDS.of(1, Lang::En), "1 second");
        assert_eq!(SECONDS.of(15, Lang::Id), "15 detik");
        assert_eq!(DAYS.of(121, Lang::En), "121 days");
    }
}

