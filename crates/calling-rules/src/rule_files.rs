//! The calling rules of `rules/*.toml`, embedded and parsed once. Each file covers one country or
//! region (or one US state) and each of its rules carries the law or regulator page it comes from.

use std::sync::OnceLock;

use chrono::{Datelike, Duration, NaiveDate, NaiveTime, Weekday};
use serde::Deserialize;

use crate::calendar::easter_sunday;

/// Every rule file, by name, as compiled into the crate.
pub(crate) const FILES: [(&str, &str); 3] = [
    ("fr.toml", include_str!("../rules/fr.toml")),
    ("us.toml", include_str!("../rules/us.toml")),
    ("us-fl.toml", include_str!("../rules/us-fl.toml")),
];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RuleFile {
    pub id: String,
    pub name: String,
    pub version: u32,
    pub effective: NaiveDate,
    /// ISO 3166 regions of the numbers it covers (libphonenumber's region of the number).
    pub regions: Vec<String>,
    /// For a US state's file: its USPS code; the state comes from the number's area code.
    pub state: Option<String>,
    pub hours: Option<HoursRule>,
    pub holidays: Option<HolidayRule>,
    #[serde(default)]
    pub attempts: Vec<AttemptRule>,
    pub refusal: Option<RefusalRule>,
    pub consent: Option<ConsentRule>,
}

/// Calls only on `days`, within `windows`, in the callee's local time.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct HoursRule {
    pub rule_id: String,
    pub code: String,
    pub label: String,
    pub closed_day_code: String,
    pub closed_day_label: String,
    pub days: Vec<Weekday>,
    pub windows: Vec<[NaiveTime; 2]>,
    /// The law lifts this rule for callees whose consent the agency holds (journaled acknowledgement).
    pub consent_lifts: bool,
    pub source: String,
}

/// No calls on these days, in the callee's local calendar.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct HolidayRule {
    pub rule_id: String,
    pub code: String,
    pub label: String,
    pub consent_lifts: bool,
    pub source: String,
    pub fixed: Vec<FixedHoliday>,
    /// Days counted from Easter Sunday.
    #[serde(default)]
    pub easter: Vec<EasterHoliday>,
    /// Holidays of one region only.
    #[serde(default)]
    pub regional: Vec<RegionalHoliday>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FixedHoliday {
    /// "MM-DD"
    pub date: String,
    pub name: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct EasterHoliday {
    pub offset: i64,
    pub name: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RegionalHoliday {
    pub region: String,
    /// "MM-DD"
    pub date: String,
    pub name: String,
}

/// At most `attempts` calls or attempted calls to one person in any `days` days.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct AttemptRule {
    pub rule_id: String,
    pub code: String,
    pub label: String,
    pub attempts: u32,
    pub days: u32,
    pub source: String,
}

/// No call for `days` full calendar days after the person said no.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RefusalRule {
    pub rule_id: String,
    pub code: String,
    pub label: String,
    pub days: u32,
    pub source: String,
}

/// From `required_from`, a call needs the person's provable prior consent.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ConsentRule {
    pub rule_id: String,
    pub code: String,
    pub label: String,
    pub required_from: NaiveDate,
    pub source: String,
}

fn month_day(text: &str, year: i32) -> Option<NaiveDate> {
    let (month, day) = text.split_once('-')?;
    NaiveDate::from_ymd_opt(year, month.parse().ok()?, day.parse().ok()?)
}

impl HolidayRule {
    /// The holiday falling on `date` for a number of `region`, by name.
    pub fn on(&self, date: NaiveDate, region: Option<&str>) -> Option<&str> {
        let fixed = self
            .fixed
            .iter()
            .map(|h| (h.date.as_str(), h.name.as_str()));
        let regional = self
            .regional
            .iter()
            .filter(|h| Some(h.region.as_str()) == region)
            .map(|h| (h.date.as_str(), h.name.as_str()));
        let easter = easter_sunday(date.year());
        fixed
            .chain(regional)
            .find(|(day, _)| month_day(day, date.year()) == Some(date))
            .map(|(_, name)| name)
            .or_else(|| {
                self.easter
                    .iter()
                    .find(|h| easter + Duration::days(h.offset) == date)
                    .map(|h| h.name.as_str())
            })
    }
}

/// One rule of a file as it is cited: id, code, English label, source.
pub(crate) struct RuleRef<'a> {
    pub rule_id: &'a str,
    pub code: &'a str,
    pub label: &'a str,
    pub source: &'a str,
}

macro_rules! rule_ref {
    ($rule:expr) => {
        RuleRef {
            rule_id: &$rule.rule_id,
            code: &$rule.code,
            label: &$rule.label,
            source: &$rule.source,
        }
    };
}

impl RuleFile {
    /// Every rule of the file, in the file's order.
    pub fn rules(&self) -> Vec<RuleRef<'_>> {
        let mut rules = Vec::new();
        rules.extend(self.hours.iter().map(|r| rule_ref!(r)));
        rules.extend(self.holidays.iter().map(|r| rule_ref!(r)));
        rules.extend(self.attempts.iter().map(|r| rule_ref!(r)));
        rules.extend(self.refusal.iter().map(|r| rule_ref!(r)));
        rules.extend(self.consent.iter().map(|r| rule_ref!(r)));
        rules
    }

    fn sources(&self) -> Vec<&str> {
        self.rules().into_iter().map(|r| r.source).collect()
    }

    /// What a parser cannot check: every rule cites a web source, windows run forward, dates exist.
    fn check(&self) -> Result<(), String> {
        if self.sources().is_empty() {
            return Err("has no rule".into());
        }
        if let Some(bad) = self
            .sources()
            .into_iter()
            .find(|s| !s.starts_with("https://"))
        {
            return Err(format!("source {bad:?} is not a web address"));
        }
        if let Some(hours) = &self.hours {
            if hours.windows.iter().any(|[from, to]| from >= to) {
                return Err(format!("{}: a window ends before it starts", hours.rule_id));
            }
        }
        if let Some(holidays) = &self.holidays {
            let dates = holidays.fixed.iter().map(|h| &h.date);
            let dates = dates.chain(holidays.regional.iter().map(|h| &h.date));
            // 2028 is a leap year, so "02-29" would pass.
            if let Some(bad) = dates.into_iter().find(|d| month_day(d, 2028).is_none()) {
                return Err(format!("holiday date {bad:?} is not MM-DD"));
            }
        }
        if self.attempts.iter().any(|a| a.attempts == 0 || a.days == 0) {
            return Err("an attempt limit needs at least one attempt and one day".into());
        }
        Ok(())
    }
}

pub(crate) fn parse(name: &str, text: &str) -> Result<RuleFile, String> {
    let file: RuleFile = toml::from_str(text).map_err(|e| format!("{name}: {e}"))?;
    file.check().map_err(|e| format!("{name}: {e}"))?;
    Ok(file)
}

/// The embedded rule files, parsed on first use.
pub(crate) fn builtin() -> &'static [RuleFile] {
    static FILES_PARSED: OnceLock<Vec<RuleFile>> = OnceLock::new();
    FILES_PARSED.get_or_init(|| {
        FILES
            .iter()
            // Embedded data: `every_rule_file_parses_and_cites_its_sources` keeps this from failing.
            .map(|(name, text)| parse(name, text).unwrap_or_else(|e| panic!("rule file {e}")))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_file_parses_and_cites_its_sources() {
        let on_disk: Vec<String> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/rules"))
            .unwrap()
            .map(|entry| entry.unwrap().file_name().into_string().unwrap())
            .collect();
        for name in &on_disk {
            assert!(
                FILES.iter().any(|(embedded, _)| embedded == name),
                "{name} is not embedded"
            );
        }
        for (name, text) in FILES {
            let file = parse(name, text).unwrap();
            assert!(file.version >= 1 && !file.regions.is_empty(), "{name}");
            assert!(!file.sources().is_empty(), "{name} cites no source");
            // The file's comments cite the law too, for a person reading it.
            assert!(text.contains("# ") && text.contains("https://"), "{name}");
        }
        assert_eq!(builtin().len(), FILES.len());
    }

    #[test]
    fn a_rule_without_a_source_is_rejected() {
        let text = FILES[1].1.replace(
            "source = \"https://www.ecfr.gov/current/title-47/chapter-I/subchapter-B/part-64/subpart-L/section-64.1200\"",
            "source = \"\"",
        );
        assert!(parse("us.toml", &text)
            .unwrap_err()
            .contains("not a web address"));
        let text = FILES[1]
            .1
            .replace("[\"08:00\", \"21:00\"]", "[\"21:00\", \"08:00\"]");
        assert!(parse("us.toml", &text)
            .unwrap_err()
            .contains("ends before it starts"));
    }
}
