//! When a buddy should next get in touch. A check-in may name the next date; otherwise the
//! pairing's rhythm counts from the last check-in, or from the start of the placement.

use super::kinds::Rhythm;

/// The first contact is due within a week of the start, whatever the rhythm.
pub const FIRST_CONTACT_DAYS: i64 = 7;

/// Day number (since 1970-01-01) the next check-in is due.
pub fn next_checkin_due(
    start: i64,
    rhythm: Rhythm,
    last_held: Option<i64>,
    planned_next: Option<i64>,
) -> i64 {
    match (last_held, planned_next) {
        (Some(_), Some(planned)) => planned,
        (Some(last), None) => last + rhythm.days(),
        (None, _) => start + rhythm.days().min(FIRST_CONTACT_DAYS),
    }
}

/// Orders items by due day, earliest (most overdue) first; ties keep their order.
pub fn sort_by_due<T>(items: &mut [T], due: impl Fn(&T) -> i64) {
    items.sort_by_key(|item| due(item));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_contact_is_within_a_week() {
        assert_eq!(next_checkin_due(100, Rhythm::Monthly, None, None), 107);
        assert_eq!(next_checkin_due(100, Rhythm::Weekly, None, None), 107);
    }

    #[test]
    fn rhythm_counts_from_last_checkin_unless_a_date_was_planned() {
        assert_eq!(
            next_checkin_due(100, Rhythm::Fortnightly, Some(120), None),
            134
        );
        assert_eq!(
            next_checkin_due(100, Rhythm::Fortnightly, Some(120), Some(125)),
            125
        );
    }

    #[test]
    fn most_overdue_comes_first() {
        let mut items = vec![("b", 30), ("a", 10), ("c", 20)];
        sort_by_due(&mut items, |i| i.1);
        assert_eq!(
            items.iter().map(|i| i.0).collect::<Vec<_>>(),
            ["a", "c", "b"]
        );
    }
}
