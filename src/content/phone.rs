//! Phone numbers: the data writes them as people read them (`+855 12 813 282`); links and
//! comparisons need the bare international form (`+85512813282`).

/// The number as `+` and digits only, when `written` is in international form: a leading `+`,
/// a country code that does not start with 0, 8 to 15 digits in all, and only spaces, dashes,
/// dots or brackets between them.
pub fn international(written: &str) -> Option<String> {
    let rest = written.trim().strip_prefix('+')?;
    let digits = digits_only(rest)?;
    let plausible = (8..=15).contains(&digits.len()) && !digits.starts_with('0');
    plausible.then(|| format!("+{digits}"))
}

/// The digits of a short or domestic number (`117`, `0800-1000`), for a `tel:` link that only
/// works inside one country.
pub fn domestic(written: &str) -> Option<String> {
    let digits = digits_only(written.trim())?;
    (3..=12).contains(&digits.len()).then_some(digits)
}

/// The `tel:` link for a number in either form.
pub fn tel_href(written: &str) -> Option<String> {
    international(written)
        .or_else(|| domestic(written))
        .map(|n| format!("tel:{n}"))
}

/// The WhatsApp link (`https://wa.me/85512813282`) for an international number.
pub fn whatsapp_href(written: &str) -> Option<String> {
    international(written).map(|n| format!("https://wa.me/{}", &n[1..]))
}

/// The `sms:` link for an international number.
pub fn sms_href(written: &str) -> Option<String> {
    international(written).map(|n| format!("sms:{n}"))
}

fn digits_only(s: &str) -> Option<String> {
    let mut digits = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '0'..='9' => digits.push(c),
            ' ' | '-' | '.' | '(' | ')' => {}
            _ => return None,
        }
    }
    (!digits.is_empty()).then_some(digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn international_strips_separators() {
        assert_eq!(international("+855 12 813 282").as_deref(), Some("+85512813282"));
        assert_eq!(international("+62-811-8080-141").as_deref(), Some("+628118080141"));
        assert_eq!(international(" +62 (21) 2924 4800 ").as_deref(), Some("+622129244800"));
    }

    #[test]
    fn international_rejects_local_and_garbage() {
        assert_eq!(international("012 813 282"), None);
        assert_eq!(international("+0 12 813 282"), None);
        assert_eq!(international("+855 12 813 28x"), None);
        assert_eq!(international("+855"), None);
        assert_eq!(international("+1234567890123456"), None);
        assert_eq!(international(""), None);
    }

    #[test]
    fn domestic_numbers_keep_their_digits() {
        assert_eq!(domestic("117").as_deref(), Some("117"));
        assert_eq!(domestic("0800-1000").as_deref(), Some("08001000"));
        assert_eq!(domestic("11"), None);
        assert_eq!(domestic("call 117"), None);
    }

    #[test]
    fn links_for_each_channel() {
        assert_eq!(tel_href("+855 12 813 282").as_deref(), Some("tel:+85512813282"));
        assert_eq!(tel_href("117").as_deref(), Some("tel:117"));
        assert_eq!(
            whatsapp_href("+855 61 844 661").as_deref(),
            Some("https://wa.me/85561844661")
        );
        assert_eq!(whatsapp_href("117"), None);
        assert_eq!(sms_href("+855 12 813 282").as_deref(), Some("sms:+85512813282"));
    }
}
