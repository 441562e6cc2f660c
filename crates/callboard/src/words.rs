//! Every sentence Rust writes for a person, in the person's language: the Fluent catalogues at
//! the repository's root (`locales/<language>/<area>.ftl`, see `locales/README.md`), embedded in
//! the binary. The window reads the same files with `@fluent/bundle`.
//!
//! The current language is one value for the whole process (explanations are worded deep inside
//! the domain, far from any window), switched at run time by [`set_current`]: what is worded
//! afterwards is in the new language, nothing restarts.
//!
//! Fluent because it was made for this: plurals and grammatical cases are the translator's
//! choice inside the catalogue (`{ $count -> [one] … *[other] … }`), not `if`s in the code, and
//! the same files serve both sides.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

/// Overrides the language for this run (`en`, `fr`, `en-XA`): tests and the pseudo-locale run.
pub const LANGUAGE_VARIABLE: &str = "CALLBOARD_LANGUAGE";

/// The catalogue files Rust reads; the other `.ftl` files are the window's.
pub const RUST_FILES: [&str; 7] = [
    "errors.ftl",
    "journal.ftl",
    "exports.ftl",
    "dates.ftl",
    "shell.ftl",
    "rules.ftl",
    "cli.ftl",
];

const ENGLISH: [&str; 7] = [
    include_str!("../../../locales/en/errors.ftl"),
    include_str!("../../../locales/en/journal.ftl"),
    include_str!("../../../locales/en/exports.ftl"),
    include_str!("../../../locales/en/dates.ftl"),
    include_str!("../../../locales/en/shell.ftl"),
    include_str!("../../../locales/en/rules.ftl"),
    include_str!("../../../locales/en/cli.ftl"),
];

const FRENCH: [&str; 7] = [
    include_str!("../../../locales/fr/errors.ftl"),
    include_str!("../../../locales/fr/journal.ftl"),
    include_str!("../../../locales/fr/exports.ftl"),
    include_str!("../../../locales/fr/dates.ftl"),
    include_str!("../../../locales/fr/shell.ftl"),
    include_str!("../../../locales/fr/rules.ftl"),
    include_str!("../../../locales/fr/cli.ftl"),
];

/// The languages Callboard speaks, plus the pseudo-locale that shows hard-coded words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    English,
    French,
    /// English accented and about 30% longer, in brackets: a screen showing plain English or a
    /// cut-off label has a word that does not come from the catalogue, or no room to grow.
    Pseudo,
}

impl Language {
    pub const ALL: [Language; 3] = [Language::English, Language::French, Language::Pseudo];

    /// `en`, `fr`, `en-XA`: the code the window and the settings file use.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::French => "fr",
            Language::Pseudo => "en-XA",
        }
    }

    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL
            .into_iter()
            .find(|language| language.code().eq_ignore_ascii_case(code.trim()))
    }

    /// French when the system's language is French (`fr`, `fr-FR`, `fr_CA.UTF-8`…), English
    /// for anything else or nothing.
    pub fn of_system_locale(locale: Option<&str>) -> Language {
        match locale {
            Some(locale) if locale.to_ascii_lowercase().starts_with("fr") => Language::French,
            _ => Language::English,
        }
    }
}

/// The language to speak: [`LANGUAGE_VARIABLE`], else the person's choice in Settings, else
/// the system's language.
pub fn resolve(preference: Option<&str>) -> Language {
    std::env::var(LANGUAGE_VARIABLE)
        .ok()
        .and_then(|code| Language::from_code(&code))
        .or_else(|| preference.and_then(Language::from_code))
        .unwrap_or_else(|| Language::of_system_locale(sys_locale::get_locale().as_deref()))
}

/// English until someone resolves the language (tests that never open a Callboard).
static CURRENT: AtomicU8 = AtomicU8::new(0);

pub fn current() -> Language {
    Language::ALL[usize::from(CURRENT.load(Ordering::Relaxed))]
}

/// What is worded from now on is in `language`.
pub fn set_current(language: Language) {
    let index = Language::ALL
        .iter()
        .position(|known| *known == language)
        .unwrap_or(0);
    CURRENT.store(index as u8, Ordering::Relaxed);
}

/// A value given to a message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum WordArg {
    /// Formatted the language's way (`1,234.50` / `1 234,50`) and usable for plurals.
    Number(f64),
    Text(String),
    /// Other words, worded in the same language first ("Call Ana now" inside "…. Moved to
    /// Monday").
    Words(Box<Words>),
}

impl From<&str> for WordArg {
    fn from(text: &str) -> Self {
        WordArg::Text(text.to_owned())
    }
}

impl From<String> for WordArg {
    fn from(text: String) -> Self {
        WordArg::Text(text)
    }
}

impl From<&String> for WordArg {
    fn from(text: &String) -> Self {
        WordArg::Text(text.clone())
    }
}

impl From<Words> for WordArg {
    fn from(words: Words) -> Self {
        WordArg::Words(Box::new(words))
    }
}

impl From<f64> for WordArg {
    fn from(number: f64) -> Self {
        WordArg::Number(number)
    }
}

impl From<u32> for WordArg {
    fn from(number: u32) -> Self {
        WordArg::Number(f64::from(number))
    }
}

impl From<u16> for WordArg {
    fn from(number: u16) -> Self {
        WordArg::Number(f64::from(number))
    }
}

impl From<usize> for WordArg {
    fn from(number: usize) -> Self {
        WordArg::Number(number as f64)
    }
}

impl WordArg {
    /// As text, for what crosses to the window as parameters (numbers unformatted).
    pub fn plain(&self) -> String {
        match self {
            WordArg::Number(number) => number.to_string(),
            WordArg::Text(text) => text.clone(),
            WordArg::Words(words) => words.text(),
        }
    }
}

/// A catalogue message and its values: what is stored when the words must follow a later
/// change of language (a journal summary is worded each time it is read).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Words {
    /// `id` or `id.attribute`.
    pub id: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub args: BTreeMap<String, WordArg>,
}

impl From<&str> for Words {
    fn from(id: &str) -> Words {
        Words::new(id)
    }
}

impl Words {
    pub fn new(id: &str) -> Words {
        Words {
            id: id.to_owned(),
            args: BTreeMap::new(),
        }
    }

    pub fn arg(mut self, name: &str, value: impl Into<WordArg>) -> Words {
        self.args.insert(name.to_owned(), value.into());
        self
    }

    /// In the current language.
    pub fn text(&self) -> String {
        self.text_in(current())
    }

    pub fn text_in(&self, language: Language) -> String {
        word_in(language, &self.id, &self.args)
    }
}

/// The words of each id, in the current language: a CSV file's column headers.
pub fn each(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|id| word(id)).collect()
}

/// The words of `id` (or `id.attribute`) without values, in the current language.
pub fn word(id: &str) -> String {
    word_in(current(), id, &BTreeMap::new())
}

/// The words of `id` (or `id.attribute`) in `language`. A missing id or value shows itself (the
/// id, or the value's name in braces) rather than an empty sentence; the catalogue tests keep
/// both from happening.
pub fn word_in(language: Language, id: &str, args: &BTreeMap<String, WordArg>) -> String {
    let text = format_in(language, id, args);
    match language {
        Language::Pseudo => format!("[{text}]"),
        _ => text,
    }
}

fn format_in(language: Language, id: &str, args: &BTreeMap<String, WordArg>) -> String {
    let bundle = bundle(language);
    let (message_id, attribute) = match id.split_once('.') {
        Some((message, attribute)) => (message, Some(attribute)),
        None => (id, None),
    };
    let pattern = bundle
        .get_message(message_id)
        .and_then(|message| match attribute {
            Some(attribute) => message.get_attribute(attribute).map(|a| a.value()),
            None => message.value(),
        });
    let Some(pattern) = pattern else {
        tracing::error!("no words for {id:?} in {}", language.code());
        return id.to_owned();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        let value = match value {
            WordArg::Number(number) => FluentValue::from(*number),
            WordArg::Text(text) => FluentValue::String(Cow::Borrowed(text.as_str())),
            WordArg::Words(words) => {
                FluentValue::String(Cow::Owned(format_in(language, &words.id, &words.args)))
            }
        };
        fluent_args.set(name.as_str(), value);
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    for error in errors {
        tracing::error!("words for {id:?} in {}: {error}", language.code());
    }
    text.into_owned()
}

/// `value` as the language writes numbers: `1,234` and `10.50` in English, `1 234` and `10,50`
/// in French (with the narrow no-break space the window's `Intl` also uses). A fraction gets
/// two decimals: the amounts Callboard words have at most two.
pub fn number(value: f64, language: Language) -> String {
    let (group, decimal) = match language {
        Language::French => ('\u{202f}', ','),
        Language::English | Language::Pseudo => (',', '.'),
    };
    let plain = if value.fract() == 0.0 {
        format!("{:.0}", value.abs())
    } else {
        format!("{:.2}", value.abs())
    };
    let (whole, fraction) = plain.split_once('.').unwrap_or((&plain, ""));
    let mut grouped = String::new();
    for (index, digit) in whole.chars().enumerate() {
        if index > 0 && (whole.len() - index) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(digit);
    }
    let sign = if value < 0.0 { "-" } else { "" };
    if fraction.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}{decimal}{fraction}")
    }
}

/// An amount as the person typed it ("1500", "10.5", "75.50": no grouping, its own decimals),
/// with the current language's decimal separator ("10,5").
pub fn typed_number(typed: &str) -> String {
    match current() {
        Language::French => typed.replace('.', ","),
        Language::English | Language::Pseudo => typed.to_owned(),
    }
}

/// A day as the language writes it in a sentence: "Monday 7 December 2026", "lundi 7 décembre
/// 2026" (names from the catalogue, message `dates-date`).
pub fn date(day: NaiveDate) -> String {
    Words::new("dates-date")
        .arg(
            "weekday",
            Words::new("dates-weekday").arg("weekday", weekday(day)),
        )
        .arg("day", day.day())
        .arg("month", Words::new("dates-month").arg("month", day.month()))
        // Text: a year is never written with a thousands separator.
        .arg("year", day.year().to_string())
        .text()
}

/// A day in few letters, as in a list or next to a time: "Tue 24 Nov 2026", "mar. 24 nov.
/// 2026"; without the year ("Tue 24 Nov") when `with_year` is false.
pub fn short_date(day: NaiveDate, with_year: bool) -> String {
    short_date_words(day, with_year).text()
}

fn short_date_words(day: NaiveDate, with_year: bool) -> Words {
    let words = Words::new(if with_year { "dates-date" } else { "dates-day" })
        .arg(
            "weekday",
            Words::new("dates-weekday-short").arg("weekday", weekday(day)),
        )
        .arg("day", day.day())
        .arg(
            "month",
            Words::new("dates-month-short").arg("month", day.month()),
        );
    if with_year {
        words.arg("year", day.year().to_string())
    } else {
        words
    }
}

/// A day without its year, in full: "Monday 7 December", "lundi 7 décembre".
pub fn day(day: NaiveDate) -> String {
    Words::new("dates-day")
        .arg(
            "weekday",
            Words::new("dates-weekday").arg("weekday", weekday(day)),
        )
        .arg("day", day.day())
        .arg("month", Words::new("dates-month").arg("month", day.month()))
        .text()
}

/// A short day and its 24-hour time: "Tue 24 Nov 2026, 15:00", "mar. 24 nov. 2026, 15:00".
pub fn short_date_time(moment: NaiveDateTime, with_year: bool) -> String {
    Words::new("dates-day-time")
        .arg("day", short_date_words(moment.date(), with_year))
        .arg("time", time(moment))
        .text()
}

/// A short day without its year and its time, for a column of a list: "Tue 24 Nov 15:00".
pub fn short_day_time(moment: NaiveDateTime) -> String {
    Words::new("dates-day-time-compact")
        .arg("day", short_date_words(moment.date(), false))
        .arg("time", time(moment))
        .text()
}

/// A day in full and its 24-hour time: "Monday 7 December 14:05".
pub fn day_time(moment: NaiveDateTime) -> String {
    Words::new("dates-day-time-compact")
        .arg("day", day(moment.date()))
        .arg("time", time(moment))
        .text()
}

/// A 24-hour time, as both languages write it: "14:05".
pub fn time(moment: NaiveDateTime) -> String {
    moment.format("%H:%M").to_string()
}

fn weekday(day: NaiveDate) -> u32 {
    day.weekday().number_from_monday()
}

struct Bundles([FluentBundle<FluentResource>; 3]);

fn bundle(language: Language) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: OnceLock<Bundles> = OnceLock::new();
    let bundles = BUNDLES.get_or_init(|| Bundles(Language::ALL.map(build)));
    &bundles.0[Language::ALL
        .iter()
        .position(|known| *known == language)
        .unwrap_or(0)]
}

fn build(language: Language) -> FluentBundle<FluentResource> {
    let (locale, sources) = match language {
        Language::English | Language::Pseudo => ("en", ENGLISH),
        Language::French => ("fr", FRENCH),
    };
    let locale = locale.parse().expect("a valid language tag");
    let mut bundle = FluentBundle::new_concurrent(vec![locale]);
    // Isolation marks around values would land in CSV cells and copied text.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match language {
        Language::French => format_french::<_>,
        Language::English | Language::Pseudo => format_english::<_>,
    }));
    if language == Language::Pseudo {
        bundle.set_transform(Some(pseudo_text));
    }
    for source in sources {
        let resource = FluentResource::try_new(source.to_owned())
            .expect("the catalogues parse (checked by the words tests)");
        bundle
            .add_resource(resource)
            .expect("no message id twice (checked by the words tests)");
    }
    bundle
}

fn format_english<M>(value: &FluentValue, _: &M) -> Option<String> {
    format_number(value, Language::English)
}

fn format_french<M>(value: &FluentValue, _: &M) -> Option<String> {
    format_number(value, Language::French)
}

fn format_number(value: &FluentValue, language: Language) -> Option<String> {
    match value {
        FluentValue::Number(value) => Some(number(value.value, language)),
        _ => None,
    }
}

/// The same transform as the window's (`ui/src/i18n/catalogue.ts`): letters accented, and a
/// tail of dots about 30% of the letters long. Values are not transformed.
fn pseudo_text(text: &str) -> Cow<'_, str> {
    let accented: String = text.chars().map(accented).collect();
    let letters = text.chars().filter(char::is_ascii_alphabetic).count();
    if letters == 0 {
        return Cow::Owned(accented);
    }
    Cow::Owned(accented + &"·".repeat((letters * 3).div_ceil(10)))
}

fn accented(letter: char) -> char {
    match letter {
        'a' => 'á',
        'e' => 'é',
        'i' => 'í',
        'o' => 'ö',
        'u' => 'ü',
        'y' => 'ý',
        'c' => 'ç',
        'n' => 'ñ',
        's' => 'š',
        'z' => 'ž',
        'A' => 'Á',
        'E' => 'É',
        'I' => 'Í',
        'O' => 'Ö',
        'U' => 'Ü',
        'Y' => 'Ý',
        'C' => 'Ç',
        'N' => 'Ñ',
        'S' => 'Š',
        'Z' => 'Ž',
        other => other,
    }
}
