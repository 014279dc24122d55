//! Which browser a page is open in, as far as Pelita needs to know: the in-app browsers of
//! Facebook, Instagram and TikTok, where a link opened in those apps lands, cannot install
//! Pelita or keep it offline. Pure logic on the user-agent string.

/// An app whose built-in browser Pelita is open in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InAppBrowser {
    Facebook,
    Instagram,
    TikTok,
}

impl InAppBrowser {
    pub fn name(self) -> &'static str {
        match self {
            InAppBrowser::Facebook => "Facebook",
            InAppBrowser::Instagram => "Instagram",
            InAppBrowser::TikTok => "TikTok",
        }
    }
}

/// The in-app browser `user_agent` belongs to, if it is one of those. Each app adds its own
/// token to the system WebView's user agent (`FBAN`/`FBAV`/`FB_IAB`, `Instagram`,
/// `musical_ly`/`BytedanceWebview`/`TikTok`).
pub fn in_app_browser(user_agent: &str) -> Option<InAppBrowser> {
    // Instagram's agent also carries Facebook's tokens on some phones: it is checked first.
    if user_agent.contains("Instagram") {
        Some(InAppBrowser::Instagram)
    } else if ["FBAN/", "FBAV/", "FB_IAB", "FBIOS"].iter().any(|token| user_agent.contains(token)) {
        Some(InAppBrowser::Facebook)
    } else if ["musical_ly", "BytedanceWebview", "TikTok", "trill_"].iter().any(|token| user_agent.contains(token)) {
        Some(InAppBrowser::TikTok)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_apps_are_told_apart_by_their_tokens() {
        let facebook = "Mozilla/5.0 (Linux; Android 12; SM-A125F Build/SP1A.210812.016; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.210 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/447.0.0.41.108;]";
        let facebook_ios = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/446.0.0.27.112;FBBV/551063617]";
        let instagram = "Mozilla/5.0 (Linux; Android 13; Redmi Note 12; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.230 Mobile Safari/537.36 Instagram 312.1.0.34.111 Android";
        let tiktok = "Mozilla/5.0 (Linux; Android 11; V2027; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/119.0.6045.193 Mobile Safari/537.36 trill_320003 JsSdk/1.0 NetType/WIFI Channel/googleplay AppName/musical_ly app_version/32.0.3 ByteLocale/id ByteFullLocale/id Region/ID BytedanceWebview/d8a21c6";
        assert_eq!(in_app_browser(facebook), Some(InAppBrowser::Facebook));
        assert_eq!(in_app_browser(facebook_ios), Some(InAppBrowser::Facebook));
        assert_eq!(in_app_browser(instagram), Some(InAppBrowser::Instagram));
        assert_eq!(in_app_browser(tiktok), Some(InAppBrowser::TikTok));
    }

    #[test]
    fn ordinary_browsers_are_not_in_app() {
        for agent in [
            "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0",
            "Mozilla/5.0 (Linux; Android 12; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0 Mobile Safari/537.36",
            "",
        ] {
            assert_eq!(in_app_browser(agent), None, "{agent}");
        }
    }
}
