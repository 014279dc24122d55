//! When a kiosk visitor has walked away: counted in whole seconds by one steady tick, so
//! nothing is scheduled or cancelled per touch (a screen that runs for days must not pile up
//! timers).

use super::settings::COUNTDOWN_SECONDS;

/// What the screen should show after a tick.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdleState {
    /// Someone is using it (or was, recently).
    Active,
    /// "Still there?", with the seconds left before the reset.
    Countdown(u32),
    /// Nobody answered: start over for the next visitor.
    Reset,
}

#[derive(Clone, Debug)]
pub struct IdleClock {
    idle_limit: u32,
    idle_for: u32,
}

impl IdleClock {
    pub fn new(idle_seconds: u32) -> IdleClock {
        IdleClock { idle_limit: idle_seconds, idle_for: 0 }
    }

    /// A touch, click or key: the visitor is here.
    pub fn activity(&mut self) {
        self.idle_for = 0;
    }

    /// One more second without activity.
    pub fn tick(&mut self) -> IdleState {
        self.idle_for = self.idle_for.saturating_add(1);
        if self.idle_for < self.idle_limit {
            return IdleState::Active;
        }
        match (self.idle_limit + COUNTDOWN_SECONDS).saturating_sub(self.idle_for) {
            0 => IdleState::Reset,
            left => IdleState::Countdown(left),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(clock: &mut IdleClock, seconds: u32) -> IdleState {
        (0..seconds).map(|_| clock.tick()).last().unwrap_or(IdleState::Active)
    }

    #[test]
    fn countdown_starts_at_the_limit_and_resets_after_it() {
        let mut clock = IdleClock::new(90);
        assert_eq!(run(&mut clock, 89), IdleState::Active);
        assert_eq!(clock.tick(), IdleState::Countdown(15));
        assert_eq!(run(&mut clock, 14), IdleState::Countdown(1));
        assert_eq!(clock.tick(), IdleState::Reset);
    }

    #[test]
    fn activity_cancels_the_countdown_and_starts_over() {
        let mut clock = IdleClock::new(90);
        assert_eq!(run(&mut clock, 95), IdleState::Countdown(10));
        clock.activity();
        assert_eq!(clock.tick(), IdleState::Active);
        assert_eq!(run(&mut clock, 88), IdleState::Active);
        assert_eq!(clock.tick(), IdleState::Countdown(15));
    }
}
