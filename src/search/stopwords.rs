//! Words too common to say anything about what a text is for, in either language. They are
//! not indexed, and dropped from a query that has other words. `atas` is one of them: as a
//! preposition (`atas nama`) it is everywhere, and `atasan` (boss) would otherwise stem into it.

/// Sorted, so lookups are a binary search.
#[rustfmt::skip]
const STOPWORDS: &[&str] = &[
    "a", "ada", "adalah", "agar", "akan", "an", "and", "anda", "apa", "are", "as", "at", "atas",
    "atau", "bagaimana", "bahwa", "be", "bisa", "by", "can", "cara", "dan", "dari", "dengan",
    "di", "dia", "do", "does", "for", "from", "gimana", "harus", "how", "i", "if", "in",
    "ingin", "ini", "is", "it", "itu", "jika", "juga", "kalau", "kami", "kamu", "kapan",
    "karena", "ke", "kita", "mana", "mau", "me", "mereka", "my", "of", "oleh", "on", "or",
    "pada", "saya", "the", "this", "to", "untuk", "want", "was", "what", "when", "where",
    "which", "who", "with", "yang", "you", "your",
];

pub fn is_stopword(word: &str) -> bool {
    STOPWORDS.binary_search(&word).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_sorted_so_search_works() {
        assert!(STOPWORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(is_stopword("yang") && is_stopword("the") && is_stopword("di"));
        assert!(!is_stopword("paspor") && !is_stopword("pulang") && !is_stopword("tidak"));
    }
}
