//! How old the content on this device is. An installed copy can go months without a network;
//! after `STALE_AFTER_DAYS` past its edition every page says so and asks for one visit with
//! internet, without hiding anything.

use super::validate::parse_date;

/// How long content stays current before the pages say it may be out of date.
pub const STALE_AFTER_DAYS: i64 = 120;

/// Days from `edition` to `today` (both `YYYY-MM-DD`); `None` if either is not a date.
pub fn age_in_days(edition: &str, today: &str) -> Option<i64> {
    Some(day_number(today)? - day_number(edition)?)
}

/// The age in days when the content is older than `STALE_AFTER_DAYS`, else `None`. A device
/// clock set before the edition gives a negative age, which is not stale.
pub fn stale_age(edition: &str, today: &str) -> Option<i64> {
    age_in_days(edition, today).filter(|&days| days > STALE_AFTER_DAYS)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
fn day_number(date: &str) -> Option<i64> {
    let (year, month, day) = parse_date(date)?;
    let (year, month, day) = (i64::from(year), i64::from(month), i64::from(day));
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_from_march = (month + 9) % 12;
    let day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    Some(era * 146_097 + day_of_era - 719_468)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_counted_across_months_years_and_leap_days() {
        assert_eq!(day_number("1970-01-01"), None, "dates before 2000 are not content dates");
        assert_eq!(age_in_days("2026-12-01", "2026-12-01"), Some(0));
        assert_eq!(age_in_days("2026-12-01", "2027-01-01"), Some(31));
        assert_eq!(age_in_days("2028-02-28", "2028-03-01"), Some(2), "2028 is a leap year");
        assert_eq!(age_in_days("2100-02-28", "2100-03-01"), Some(1), "2100 is not");
        assert_eq!(age_in_days("2000-01-01", "2026-12-01"), Some(9831));
        assert_eq!(age_in_days("2026-12-01", "soon"), None);
    }

    #[test]
    fn content_goes_stale_after_120_days() {
        assert_eq!(stale_age("2026-12-01", "2027-03-31"), None, "120 days is still current");
        assert_eq!(stale_age("2026-12-01", "2027-04-01"), Some(121));
        assert_eq!(stale_age("2026-12-01", "2026-06-01"), None, "a clock behind the edition");
        assert_eq!(stale_age("not a date", "2030-01-01"), None);
    }
}
