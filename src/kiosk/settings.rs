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
    /// Where Pelita is public (`https://…`, no trailing slash), for QR codes that carry a page
    /// to a visitor's phone; `None` when the deployment has not set one a phone can open (unset,
    /// or a loopback or private-network address): then staff are told to set it up.
    pub public_url: Option<String>,
}

impl KioskSettings {
    /// Reads the settings from the values of the `pelita-kiosk`, `pelita-idle-seconds` and
    /// `pelita-public-url` meta tags.
    pub fn from_meta(kiosk: Option<&str>, idle: Option<&str>, public_url: Option<&str>) -> KioskSettings {
        let idle_seconds = idle
            .and_then(|s| s.trim().parse::<u32>().ok())
            .filter(|s| (10..=3600).contains(s))
            .unwrap_or(DEFAULT_IDLE_SECONDS);
        let public_url = public_url.map(|u| u.trim().trim_end_matches('/')).filter(|u| reachable_from_a_phone(u)).map(str::to_string);
        KioskSettings { always_on: kiosk.is_some_and(KioskSettings::turns_on), idle_seconds, public_url }
    }

    /// Whether the `pelita-kiosk` setting turns kiosk mode on for every visitor.
    pub fn turns_on(setting: &str) -> bool {
        matches!(setting.trim(), "on" | "1" | "true")
    }
}

/// Whether a visitor's phone, on its own data, can open `url`: https, and a host that is not
/// this machine (`localhost`, `127.…`, `::1`) or a private network (`10.…`, `192.168.…`,
/// `172.16–31.…`, `*.local`, `*.lan`).
fn reachable_from_a_phone(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("https://") else { return false };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = host.rsplit_once(':').filter(|(_, port)| port.bytes().all(|b| b.is_ascii_digit())).map_or(host, |(h, _)| h);
    let mut octets = host.split('.').map(|part| part.parse::<u8>().ok());
    let private_ip = match (octets.next().flatten(), octets.next().flatten()) {
        (Some(127 | 10 | 0), _) | (Some(192), Some(168)) | (Some(169), Some(254)) => true,
        (Some(172), Some(b)) => (16..=31).contains(&b),
        _ => false,
    };
    let local_name = host == "localhost" || host.ends_with(".local") || host.ends_with(".lan") || host.starts_with('[');
    host.contains('.') && !private_ip && !local_name
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_when_nothing_is_set() {
        let s = KioskSettings::from_meta(None, None, None);
        assert_eq!(s, KioskSettings { always_on: false, idle_seconds: 90, public_url: None });
    }

    #[test]
    fn deployment_values_win_and_bad_ones_are_ignored() {
        let s = KioskSettings::from_meta(Some("on"), Some("45"), Some("https://pelita.example/"));
        assert_eq!(s, KioskSettings { always_on: true, idle_seconds: 45, public_url: Some("https://pelita.example".into()) });
        let s = KioskSettings::from_meta(Some("off"), Some("2"), Some("javascript:alert(1)"));
        assert_eq!(s, KioskSettings { always_on: false, idle_seconds: 90, public_url: None });
        assert_eq!(KioskSettings::from_meta(None, Some("soon"), None).idle_seconds, 90);
    }

    /// A QR code with the kiosk's own local address would open nothing on a visitor's phone.
    #[test]
    fn only_an_address_a_phone_can_open_is_a_public_url() {
        for public in ["https://pelita.example", "https://pelita.example:8443", "https://kbri.example.org/pelita"] {
            assert!(reachable_from_a_phone(public), "{public}");
        }
        for local in ["http://pelita.example", "https://localhost", "https://127.0.0.1:8080", "https://10.0.0.5", "https://192.168.1.20",
            "https://172.20.0.1", "https://kiosk.local", "https://pelita.lan", "https://[::1]", "https://intranet", ""] {
            assert!(!reachable_from_a_phone(local), "{local}");
        }
        assert!(reachable_from_a_phone("https://172.32.0.1"), "outside 172.16/12");
    }
}
