//! Kiosk mode for a shared touchscreen: its settings, read from the address the kiosk
//! browser is started with, the inactivity clock, and the address a phone opens to
//! continue the kiosk's view. Pure: times and addresses are passed in.

pub mod phone_link;
#[cfg(feature = "phone-qr")]
pub mod qr_code;

/// Default inactivity before the warning, in seconds.
pub const DEFAULT_IDLE_SECONDS: u32 = 90;
/// How long the warning counts down before everything is cleared (WCAG 2.2.1 asks for
/// at least 20 seconds to answer).
pub const WARNING_SECONDS: u32 = 30;
/// Shortest accepted inactivity delay (short delays are for tests and demos).
pub const MIN_IDLE_SECONDS: u32 = 2;
pub const MAX_IDLE_SECONDS: u32 = 3600;
/// Default time between two checks for a new version of the app, in minutes, while the
/// kiosk runs (it also checks after each visitor).
pub const DEFAULT_UPDATE_MINUTES: u32 = 60;
pub const MIN_UPDATE_MINUTES: u32 = 1;
/// One day.
pub const MAX_UPDATE_MINUTES: u32 = 1440;

/// Searches a kiosk visitor can start by tapping (there is no keyboard). Each one
/// finds something in the plan (checked by a test).
pub const SUGGESTED_SEARCHES: [&str; 8] = [
    "logement",
    "aînés",
    "immigration",
    "transport",
    "bénévole",
    "sécurité",
    "environnement",
    "organismes",
];

/// Kiosk settings, from the kiosk's address: `kiosque/?delai=90` (seconds of
/// inactivity before the warning); `&ecoute=non` turns « Écouter » off (a kiosk
/// without speakers, or in a quiet room); `&maj=60`, the minutes between two checks
/// for a new version of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KioskConfig {
    pub idle_seconds: u32,
    pub warning_seconds: u32,
    /// Whether items can be read aloud (« Écouter »).
    pub read_aloud: bool,
    /// Minutes between two checks for a new version.
    pub update_minutes: u32,
}

impl KioskConfig {
    /// The settings the address gives; defaults for what it leaves out or gets wrong.
    pub fn from_query(query: &str) -> Self {
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut idle = DEFAULT_IDLE_SECONDS;
        let mut read_aloud = true;
        let mut update_minutes = DEFAULT_UPDATE_MINUTES;
        for (key, value) in crate::query_string::pairs(query) {
            let number = value.trim().parse::<u32>().ok();
            match (key.as_str(), number) {
                ("ecoute", _) => read_aloud = !matches!(value.trim(), "non" | "0"),
                ("delai", Some(seconds)) => {
                    idle = seconds.clamp(MIN_IDLE_SECONDS, MAX_IDLE_SECONDS);
                }
                ("maj", Some(minutes)) => {
                    update_minutes = minutes.clamp(MIN_UPDATE_MINUTES, MAX_UPDATE_MINUTES);
                }
                _ => {}
            }
        }
        KioskConfig {
            idle_seconds: idle,
            warning_seconds: WARNING_SECONDS,
            read_aloud,
            update_minutes,
        }
    }

    /// The parameters that keep the settings across reloads, for the address bar.
    pub fn to_query_pair(self) -> String {
        let quiet = if self.read_aloud { "" } else { "&ecoute=non" };
        let mut pair = format!("delai={}{quiet}", self.idle_seconds);
        if self.update_minutes != DEFAULT_UPDATE_MINUTES {
            pair.push_str(&format!("&maj={}", self.update_minutes));
        }
        pair
    }
}

/// Where the inactivity clock stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdlePhase {
    /// Someone is using it.
    Active,
    /// Nobody has touched it for a while: ask, and count down.
    Warning { seconds_left: u32 },
    /// Nobody answered: clear everything.
    Expired,
}

/// Time since the last activity, turned into a phase.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct IdleClock {
    config: KioskConfig,
    last_activity_ms: f64,
}

impl IdleClock {
    pub fn new(config: KioskConfig, now_ms: f64) -> Self {
        IdleClock {
            config,
            last_activity_ms: now_ms,
        }
    }

    /// A touch, a key, a scroll, or « continuer ».
    pub fn activity(&mut self, now_ms: f64) {
        self.last_activity_ms = now_ms;
    }

    pub fn phase(&self, now_ms: f64) -> IdlePhase {
        let idle_ms = (now_ms - self.last_activity_ms).max(0.0);
        let warn_at = f64::from(self.config.idle_seconds) * 1000.0;
        let expire_at = warn_at + f64::from(self.config.warning_seconds) * 1000.0;
        if idle_ms < warn_at {
            IdlePhase::Active
        } else if idle_ms < expire_at {
            IdlePhase::Warning {
                seconds_left: ((expire_at - idle_ms) / 1000.0).ceil() as u32,
            }
        } else {
            IdlePhase::Expired
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kiosk_settings_come_from_the_address() {
        let config = KioskConfig::from_query("");
        assert_eq!(config.idle_seconds, 90);
        assert!(
            config.warning_seconds >= 20,
            "WCAG 2.2.1: at least 20 s to answer"
        );
        assert_eq!(KioskConfig::from_query("?axe=2").idle_seconds, 90);
        let delay = |query| KioskConfig::from_query(query).idle_seconds;
        assert_eq!(delay("?axe=2&delai=45"), 45);
        assert_eq!(delay("delai=45"), 45);
        assert_eq!(delay("delai=0"), 2);
        assert_eq!(delay("delai=99999"), 3600);
        assert_eq!(delay("delai=abc"), 90);
        assert_eq!(
            KioskConfig::from_query("delai=45").to_query_pair(),
            "delai=45"
        );
        assert!(config.read_aloud, "« Écouter » is on by default");
        let quiet = KioskConfig::from_query("?delai=45&ecoute=non");
        assert!(!quiet.read_aloud);
        assert_eq!(quiet.to_query_pair(), "delai=45&ecoute=non");
        assert!(!KioskConfig::from_query("ecoute=0").read_aloud);
        assert!(KioskConfig::from_query("ecoute=oui").read_aloud);
    }

    #[test]
    fn the_city_sets_how_often_a_kiosk_looks_for_a_new_version() {
        let minutes = |query| KioskConfig::from_query(query).update_minutes;
        assert_eq!(minutes(""), 60);
        assert_eq!(minutes("delai=45&maj=15"), 15);
        assert_eq!(minutes("maj=0"), 1);
        assert_eq!(minutes("maj=100000"), 1440);
        assert_eq!(minutes("maj=souvent"), 60);
        let config = KioskConfig::from_query("delai=45&maj=15&ecoute=non");
        assert_eq!(config.to_query_pair(), "delai=45&ecoute=non&maj=15");
        assert_eq!(KioskConfig::from_query(&config.to_query_pair()), config);
        assert_eq!(
            KioskConfig::from_query("maj=60").to_query_pair(),
            "delai=90",
            "the default is not written out"
        );
    }

    #[test]
    fn the_clock_warns_then_expires() {
        let config = KioskConfig::from_query("delai=90");
        let mut clock = IdleClock::new(config, 1_000.0);
        assert_eq!(clock.phase(1_000.0), IdlePhase::Active);
        assert_eq!(clock.phase(90_999.0), IdlePhase::Active);
        assert_eq!(
            clock.phase(91_000.0),
            IdlePhase::Warning { seconds_left: 30 }
        );
        assert_eq!(
            clock.phase(111_500.0),
            IdlePhase::Warning { seconds_left: 10 }
        );
        assert_eq!(clock.phase(121_000.0), IdlePhase::Expired);
        clock.activity(115_000.0);
        assert_eq!(
            clock.phase(121_000.0),
            IdlePhase::Active,
            "continuer starts over"
        );
        assert_eq!(
            clock.phase(0.0),
            IdlePhase::Active,
            "a clock going back is not idle"
        );
    }
}
