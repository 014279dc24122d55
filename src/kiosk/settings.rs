//! What a deployment can set for kiosk mode, read from `<meta>` tags in index.html.

/// Idle seconds before the "still there?" countdown, unless the deployment sets another.
pub const DEFAULT_IDLE_SECONDS: u32 = 90;
/// How long the countdown lasts before the screen resets for the next visitor.
pub const COUNTDOWN_SECONDS: u32 = 15;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KioskSettings {
    /// The deployment turns kiosk mode on for every visitor.
    pub always_on: bool,
    pub idle_seconds: u32,
    /// Where Pelita is public, for QR codes that carry a page to a visitor's phone.
    pub public_url: String,
}

impl KioskSettings {
    /// Reads the settings from the values of the `pelita-kiosk`, `pelita-idle-seconds` and
    /// `pelita-public-url` meta tags; `origin` stands in for an unset public URL.
    pub fn from_meta(kiosk: Option<&str>, idle: Option<&str>, public_url: Option<&str>, origin: &str) -> KioskSettings {
        let idle_seconds = idle
            .and_then(|s| s.trim().parse::<u32>().ok())
            .filter(|s| (10..=3600).contains(s))
            .unwrap_or(DEFAULT_IDLE_SECONDS);
        let public_url = public_url
            .map(str::trim)
            .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
            .unwrap_or(origin)
            .trim_end_matches('/')
            .to_string();
        KioskSettings { always_on: kiosk.is_some_and(KioskSettings::turns_on), idle_seconds, public_url }
    }

    /// Whether the `pelita-kiosk` setting turns kiosk mode on for every visitor.
    pub fn turns_on(setting: &str) -> bool {
        matches!(setting.trim(), "on" | "1" | "true")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_when_nothing_is_set() {
        let s = KioskSettings::from_meta(None, None, None, "http://127.0.0.1:8080");
        assert_eq!(s, KioskSettings { always_on: false, idle_seconds: 90, public_url: "http://127.0.0.1:8080".into() });
    }

    #[test]
    fn deployment_values_win_and_bad_ones_are_ignored() {
        let s = KioskSettings::from_meta(Some("on"), Some("45"), Some("https://pelita.example/"), "http://x");
        assert_eq!(s, KioskSettings { always_on: true, idle_seconds: 45, public_url: "https://pelita.example".into() });
        let s = KioskSettings::from_meta(Some("off"), Some("2"), Some("javascript:alert(1)"), "http://x");
        assert_eq!(s, KioskSettings { always_on: false, idle_seconds: 90, public_url: "http://x".into() });
        assert_eq!(KioskSettings::from_meta(None, Some("soon"), None, "o").idle_seconds, 90);
    }
}
