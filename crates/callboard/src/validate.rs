//! Plain-language checks for what people type into forms or bring in from spreadsheets.
//!
//! Every check returns the cleaned value to send, or a [`FieldProblem`] whose message can be
//! shown as it is under the field; the caller knows which field it was and attaches its name.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::str::FromStr;
use std::sync::{Arc, LazyLock, Mutex, OnceLock};

use phonenumber::country::Id as CountryId;
use phonenumber::metadata::{Descriptor, DATABASE};
use phonenumber::{Metadata, Mode};
use regex_automata::meta::Regex;
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input};
use serde::Serialize;
use specta::Type;

use crate::words::Words;

mod digits;
use digits::DigitsReader;

/// Why a value was refused, in words an account manager understands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type, thiserror::Error)]
#[error("{message}")]
pub struct FieldProblem {
    pub message: String,
}

impl FieldProblem {
    /// Worded now, in the current language: the message is shown as it is.
    fn new(words: impl Into<Words>) -> Self {
        Self {
            message: words.into().text(),
        }
    }
}

/// A country for the "default country" select in Settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct CountryOption {
    /// ISO 3166-1 alpha-2 code, e.g. "FR".
    pub code: String,
    /// English name, e.g. "France".
    pub name: String,
    /// International calling code without the plus, e.g. 33.
    pub calling_code: u16,
}

/// A language for the lead language select.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct LanguageOption {
    /// ISO 639-1 code, e.g. "fr".
    pub code: String,
    /// English name, e.g. "French".
    pub name: String,
}

/// Normalises a phone number to E.164 ("+33612345678").
///
/// Numbers written without a country code are read as numbers of `default_country`
/// (ISO 3166-1 alpha-2, e.g. "FR"). The number must be a real, assignable number according to
/// libphonenumber's metadata, not merely the right length.
pub fn phone_e164(input: &str, default_country: &str) -> Result<String, FieldProblem> {
    PhoneReader::new(default_country).e164(input)
}

/// [`phone_e164`] for many numbers of one default country (a spreadsheet): the country is
/// looked up once, and the example its messages give is worked out once. Shared by threads.
pub struct PhoneReader {
    country: Result<DefaultCountry, FieldProblem>,
}

struct DefaultCountry {
    id: CountryId,
    metadata: &'static Metadata,
    /// The English name, as written after "a phone number from".
    name: String,
    example: OnceLock<String>,
    /// Reads numbers written as digits only; `None` where phonenumber reads them all.
    digits: Option<DigitsReader>,
}

impl PhoneReader {
    pub fn new(default_country: &str) -> Self {
        let country_code = default_country.trim().to_ascii_uppercase();
        let known = CountryId::from_str(&country_code)
            .ok()
            .zip(DATABASE.by_id(country_code.as_str()));
        let country = match known {
            Some((id, metadata)) => Ok(DefaultCountry {
                id,
                metadata,
                name: country_name(&country_code),
                example: OnceLock::new(),
                digits: DigitsReader::new(metadata),
            }),
            None => Err(FieldProblem::new(
                Words::new("errors-field-unknown-country").arg("country", default_country.trim()),
            )),
        };
        Self { country }
    }

    /// The number `input` in E.164, or why it is refused.
    pub fn e164(&self, input: &str) -> Result<String, FieldProblem> {
        let country = self.country.as_ref().map_err(Clone::clone)?;
        let input = input.trim();
        if input.is_empty() {
            return Err(FieldProblem::new(
                Words::new("errors-field-phone-empty").arg("example", country.example()),
            ));
        }

        let not_a_number = || {
            let written_internationally = input.starts_with('+') || input.starts_with("00");
            let words = if written_internationally {
                Words::new("errors-field-phone-invalid")
            } else {
                Words::new("errors-field-phone-not-from-country").arg("country", &country.name)
            };
            FieldProblem::new(words.arg("example", country.example()))
        };

        let written = compact_digits(input);
        let digits = country.digits.as_ref();
        if let Some((code, national)) = digits.and_then(|digits| digits.read(&written)) {
            if let Some(valid) = validity(code, national) {
                return if valid {
                    Ok(format!("+{code}{national}"))
                } else {
                    Err(not_a_number())
                };
            }
        }

        let number =
            phonenumber::parse(Some(country.id), written.as_ref()).map_err(|_| not_a_number())?;
        let national = number.national().to_string();
        let valid = validity(number.code().value(), &national)
            .unwrap_or_else(|| phonenumber::is_valid(&number));
        if !valid {
            return Err(not_a_number());
        }
        // E.164 has no room for an extension: dropping it silently would dial the wrong person.
        if number.extension().is_some() {
            return Err(FieldProblem::new("errors-field-phone-extension"));
        }
        // What `number.format().mode(Mode::E164)` writes, without the international layout
        // that formatter looks up (and throws away) on the way.
        Ok(format!("+{}{national}", number.code().value()))
    }
}

/// `input` without the single spaces, dots or dashes people put between groups of digits
/// ("06.12.34.56.78", "202-555-0101", "+33 6 12 34 56 78": after a `+`, spaces only, as
/// phonenumber reads "+4977.6.346" as no number at all), when it is written only that way:
/// phonenumber drops them too and reads the same number (the property tests below check every
/// verdict against phonenumber on the written form), but its parser looks each character up in
/// long lists, so the written form costs it half as much again as "0612345678".
fn compact_digits(input: &str) -> Cow<'_, str> {
    let digits = input.strip_prefix('+').unwrap_or(input);
    let separators: &[char] = if digits.len() < input.len() {
        &[' ']
    } else {
        &[' ', '.', '-']
    };
    let mut groups = digits.split(separators);
    let digit_groups = groups
        .clone()
        .all(|group| !group.is_empty() && group.bytes().all(|byte| byte.is_ascii_digit()));
    if !digit_groups || groups.nth(1).is_none() {
        return Cow::Borrowed(input);
    }
    let plus = &input[..input.len() - digits.len()];
    Cow::Owned(
        std::iter::once(plus)
            .chain(digits.split(separators))
            .collect(),
    )
}

impl DefaultCountry {
    fn example(&self) -> &str {
        self.example
            .get_or_init(|| example_number(self.id, self.metadata))
    }
}

/// `phonenumber::is_valid` for the number `+{code}{national}`, with the same metadata and the
/// same rules (`source_for`, then a known `number_type`), but with each pattern compiled once.
/// phonenumber looks every pattern up by its text in one LRU cache behind one lock: validity
/// cost more than parsing, and threads checking a spreadsheet together waited on each other.
/// `None` when a pattern of the code does not compile: phonenumber decides.
fn validity(code: u16, national: &str) -> Option<bool> {
    thread_local! {
        static KNOWN: RefCell<HashMap<u16, Arc<CallingCodePatterns>>> = RefCell::default();
    }
    let patterns = KNOWN.with_borrow_mut(|known| {
        known
            .entry(code)
            .or_insert_with(|| CallingCodePatterns::shared(code))
            .clone()
    });
    match patterns.as_ref() {
        CallingCodePatterns::Compiled(regions) => Some(regions.is_valid(national)),
        CallingCodePatterns::Unknown => Some(false),
        CallingCodePatterns::NotCompiled => None,
    }
}

enum CallingCodePatterns {
    Compiled(RegionsOfCode),
    /// No region has this calling code: no number with it is valid.
    Unknown,
    /// A pattern that the `regex` crate refused: phonenumber decides, as before.
    NotCompiled,
}

impl CallingCodePatterns {
    /// The patterns of `code`, compiled by the first thread that needs them.
    fn shared(code: u16) -> Arc<Self> {
        static COMPILED: LazyLock<Mutex<HashMap<u16, Arc<CallingCodePatterns>>>> =
            LazyLock::new(Mutex::default);
        let mut compiled = COMPILED.lock().unwrap_or_else(|e| e.into_inner());
        compiled
            .entry(code)
            .or_insert_with(|| Arc::new(Self::compile(code)))
            .clone()
    }

    fn compile(code: u16) -> Self {
        let Some(region_ids) = DATABASE.region(&code) else {
            return Self::Unknown;
        };
        let regions = match region_ids.as_slice() {
            // Non-geographic numbers (+800…) have the code's own metadata.
            ["001"] => DATABASE
                .by_code(&code)
                .and_then(|metadata| metadata.first().copied())
                .map(|metadata| RegionsOfCode::One(RegionPatterns::compile(metadata)))
                .ok_or(()),
            [id] if id.parse::<CountryId>().is_ok() => DATABASE
                .by_id(*id)
                .map(|metadata| RegionsOfCode::One(RegionPatterns::compile(metadata)))
                .ok_or(()),
            [_] => Err(()),
            ids => Ok(RegionsOfCode::Several(
                ids.iter()
                    .filter_map(|id| DATABASE.by_id(*id))
                    .map(RegionPatterns::compile)
                    .collect(),
            )),
        };
        match regions {
            Ok(regions) if regions.compiled() => Self::Compiled(regions),
            Ok(_) => Self::NotCompiled,
            Err(()) => Self::Unknown,
        }
    }
}

enum RegionsOfCode {
    One(Option<RegionPatterns>),
    /// In the database's order (the main country first), each told by its leading digits or,
    /// without them, by the number matching one of its kinds.
    Several(Vec<Option<RegionPatterns>>),
}

impl RegionsOfCode {
    fn compiled(&self) -> bool {
        match self {
            Self::One(region) => region.is_some(),
            Self::Several(regions) => regions.iter().all(Option::is_some),
        }
    }

    fn is_valid(&self, national: &str) -> bool {
        match self {
            Self::One(region) => region.as_ref().is_some_and(|region| region.knows(national)),
            Self::Several(regions) => regions
                .iter()
                .flatten()
                .find(|region| match &region.leading_digits {
                    Some(leading_digits) => starts_with_match(leading_digits, national),
                    None => region.knows(national),
                })
                .is_some_and(|region| region.knows(national)),
        }
    }
}

struct RegionPatterns {
    leading_digits: Option<Regex>,
    general: KindPattern,
    /// Mobile, fixed line, premium rate, toll free, shared cost, VoIP, personal, pager, UAN
    /// and voicemail: the kinds `number_type` tells apart before answering "unknown".
    kinds: Vec<KindPattern>,
}

struct KindPattern {
    pattern: Regex,
    possible_lengths: Vec<u16>,
}

impl RegionPatterns {
    fn compile(metadata: &Metadata) -> Option<Self> {
        let descriptors = metadata.descriptors();
        // Any order answers "some kind matches"; the usual kinds first end the search soonest.
        let kinds = [
            descriptors.mobile(),
            descriptors.fixed_line(),
            descriptors.premium_rate(),
            descriptors.toll_free(),
            descriptors.shared_cost(),
            descriptors.voip(),
            descriptors.personal_number(),
            descriptors.pager(),
            descriptors.uan(),
            descriptors.voicemail(),
        ];
        Some(Self {
            leading_digits: match metadata.leading_digits() {
                Some(pattern) => Some(compile_pattern(pattern.as_str())?),
                None => None,
            },
            general: KindPattern::compile(descriptors.general())?,
            kinds: kinds
                .into_iter()
                .flatten()
                .map(KindPattern::compile)
                .collect::<Option<_>>()?,
        })
    }

    /// `number_type(metadata, national) != Type::Unknown`.
    fn knows(&self, national: &str) -> bool {
        self.general.matches(national) && self.kinds.iter().any(|kind| kind.matches(national))
    }
}

impl KindPattern {
    fn compile(descriptor: &Descriptor) -> Option<Self> {
        Some(Self {
            pattern: compile_pattern(descriptor.national_number().as_str())?,
            possible_lengths: descriptor.possible_length().to_vec(),
        })
    }

    /// `Descriptor::is_match`: a possible length, and the pattern matching from the start.
    fn matches(&self, national: &str) -> bool {
        let length_is_possible = self.possible_lengths.is_empty()
            || u16::try_from(national.len())
                .is_ok_and(|length| self.possible_lengths.contains(&length));
        length_is_possible && starts_with_match(&self.pattern, national)
    }
}

/// As phonenumber builds its patterns (the `regex` crate is this engine with these options).
fn compile_pattern(source: &str) -> Option<Regex> {
    Regex::builder()
        .syntax(syntax::Config::new().ignore_whitespace(true))
        .build(source)
        .ok()
}

/// phonenumber asks whether the leftmost match starts at the first digit, which is whether
/// some match starts there: a search anchored at the start says it without scanning further.
fn starts_with_match(pattern: &Regex, national: &str) -> bool {
    pattern.is_match(Input::new(national).anchored(Anchored::Yes))
}

/// A mobile number of `country_code` as people write it internationally, from libphonenumber's
/// own examples; a generic pattern where the metadata has none.
fn example_number(country: CountryId, metadata: &Metadata) -> String {
    metadata
        .descriptors()
        .mobile()
        .and_then(|mobile| mobile.example())
        .and_then(|national| phonenumber::parse(Some(country), national).ok())
        .map(|number| number.format().mode(Mode::International).to_string())
        .unwrap_or_else(|| {
            Words::new("errors-field-phone-example-generic")
                .arg("code", metadata.country_code().to_string())
                .text()
        })
}

fn country_name(country_code: &str) -> String {
    COUNTRIES
        .iter()
        .find(|(code, _)| *code == country_code)
        .map_or_else(|| country_code.to_owned(), |(_, name)| (*name).to_owned())
}

/// Checks an email address the way a person would: one `@`, something before it, a domain with
/// a dot after it, no spaces. Deliverability is the platform's business, not a form's.
pub fn email(input: &str) -> Result<String, FieldProblem> {
    let problem = || FieldProblem::new("errors-field-email");
    let address = input.trim();
    if address.chars().any(char::is_whitespace) {
        return Err(problem());
    }
    let (local, domain) = address.split_once('@').ok_or_else(problem)?;
    let domain_is_plausible =
        domain.contains('.') && domain.split('.').all(|label| !label.is_empty());
    if local.is_empty() || domain.contains('@') || !domain_is_plausible {
        return Err(problem());
    }
    Ok(address.to_owned())
}

/// Accepts an ISO 639-1 code ("fr", "EN") or its English name ("French") and returns the
/// lowercase code, since spreadsheets carry either.
pub fn language(input: &str) -> Result<String, FieldProblem> {
    let wanted = input.trim();
    LANGUAGES
        .iter()
        .find(|(code, name)| code.eq_ignore_ascii_case(wanted) || name.eq_ignore_ascii_case(wanted))
        .map(|(code, _)| (*code).to_owned())
        .ok_or_else(|| FieldProblem::new("errors-field-language-code"))
}

/// Every ISO 639-1 language with its English name, sorted by name, for a select.
pub fn languages() -> Vec<LanguageOption> {
    let mut options: Vec<LanguageOption> = LANGUAGES
        .iter()
        .map(|(code, name)| LanguageOption {
            code: (*code).to_owned(),
            name: (*name).to_owned(),
        })
        .collect();
    options.sort_by(|a, b| a.name.cmp(&b.name));
    options
}

/// Common countries with their calling codes, sorted by English name, for the default country
/// select. Calling codes come from libphonenumber so they always agree with [`phone_e164`].
pub fn countries() -> Vec<CountryOption> {
    let mut options: Vec<CountryOption> = COUNTRIES
        .iter()
        .filter_map(|(code, name)| {
            DATABASE.by_id(*code).map(|metadata| CountryOption {
                code: (*code).to_owned(),
                name: (*name).to_owned(),
                calling_code: metadata.country_code(),
            })
        })
        .collect();
    options.sort_by(|a, b| a.name.cmp(&b.name));
    options
}

/// Returns the trimmed value, or a message naming the field when it is blank. `field_label` is
/// the catalogue id of the field's name (`errors-field-label-…`).
pub fn required(field_label: &str, input: &str) -> Result<String, FieldProblem> {
    let value = input.trim();
    if value.is_empty() {
        return Err(FieldProblem::new(
            Words::new("errors-field-required").arg("field", Words::new(field_label)),
        ));
    }
    Ok(value.to_owned())
}

const DIGITS_ONLY: &str = "errors-field-amount-digits";

/// The largest credit or minute top-up accepted in one go; anything above is almost certainly
/// a typo (an extra zero or a pasted phone number).
const LARGEST_AMOUNT: f64 = 1_000_000.0;

/// Reads a top-up amount: digits with at most two decimals, either "." or "," as the decimal
/// separator ("1,5" is 1.5, as written in France), more than zero and at most 1,000,000.
pub fn positive_amount(input: &str) -> Result<f64, FieldProblem> {
    let written = input.trim();
    if written.is_empty() {
        return Err(FieldProblem::new("errors-field-amount-empty"));
    }
    if written.starts_with('-') {
        return Err(FieldProblem::new("errors-field-amount-not-positive"));
    }
    let decimal_separators = written.chars().filter(|c| matches!(c, '.' | ',')).count();
    let only_digits_and_separator = written
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | ','));
    if decimal_separators > 1 || !only_digits_and_separator {
        return Err(FieldProblem::new(DIGITS_ONLY));
    }
    let normalised = written.replace(',', ".");
    let (whole, decimals) = normalised.split_once('.').unwrap_or((&normalised, ""));
    if whole.is_empty() && decimals.is_empty() {
        return Err(FieldProblem::new(DIGITS_ONLY));
    }
    if decimals.len() > 2 {
        return Err(FieldProblem::new("errors-field-amount-decimals"));
    }
    // Only digits and at most one "." remain, which Rust always parses.
    let amount: f64 = normalised
        .parse()
        .map_err(|_| FieldProblem::new(DIGITS_ONLY))?;
    if amount <= 0.0 {
        return Err(FieldProblem::new("errors-field-amount-not-positive"));
    }
    if amount > LARGEST_AMOUNT {
        return Err(FieldProblem::new(
            Words::new("errors-field-amount-too-large").arg("largest", LARGEST_AMOUNT),
        ));
    }
    Ok(amount)
}

/// Checks a webhook address: it must be a full https:// address, because the platform will
/// post call details, including phone numbers, to it.
pub fn https_url(input: &str) -> Result<String, FieldProblem> {
    let written = input.trim();
    // The url crate refuses an https address without a host, so parsing covers "https://".
    let url =
        url::Url::parse(written).map_err(|_| FieldProblem::new("errors-field-url-incomplete"))?;
    if url.scheme() != "https" {
        return Err(FieldProblem::new("errors-field-url-not-https"));
    }
    Ok(written.to_owned())
}

/// ISO 3166-1 alpha-2 code and English name of the countries offered as default country.
/// ASCII names keep the byte-wise sort alphabetical.
const COUNTRIES: &[(&str, &str)] = &[
    ("DZ", "Algeria"),
    ("AR", "Argentina"),
    ("AU", "Australia"),
    ("AT", "Austria"),
    ("BD", "Bangladesh"),
    ("BE", "Belgium"),
    ("BR", "Brazil"),
    ("BG", "Bulgaria"),
    ("CM", "Cameroon"),
    ("CA", "Canada"),
    ("CL", "Chile"),
    ("CN", "China"),
    ("CO", "Colombia"),
    ("HR", "Croatia"),
    ("CY", "Cyprus"),
    ("CZ", "Czechia"),
    ("DK", "Denmark"),
    ("EG", "Egypt"),
    ("EE", "Estonia"),
    ("FI", "Finland"),
    ("FR", "France"),
    ("GF", "French Guiana"),
    ("PF", "French Polynesia"),
    ("DE", "Germany"),
    ("GH", "Ghana"),
    ("GR", "Greece"),
    ("GP", "Guadeloupe"),
    ("HK", "Hong Kong"),
    ("HU", "Hungary"),
    ("IS", "Iceland"),
    ("IN", "India"),
    ("ID", "Indonesia"),
    ("IE", "Ireland"),
    ("IL", "Israel"),
    ("IT", "Italy"),
    ("CI", "Ivory Coast"),
    ("JP", "Japan"),
    ("KE", "Kenya"),
    ("LV", "Latvia"),
    ("LB", "Lebanon"),
    ("LT", "Lithuania"),
    ("LU", "Luxembourg"),
    ("MG", "Madagascar"),
    ("MY", "Malaysia"),
    ("ML", "Mali"),
    ("MT", "Malta"),
    ("MQ", "Martinique"),
    ("YT", "Mayotte"),
    ("MX", "Mexico"),
    ("MC", "Monaco"),
    ("MA", "Morocco"),
    ("NL", "Netherlands"),
    ("NC", "New Caledonia"),
    ("NZ", "New Zealand"),
    ("NG", "Nigeria"),
    ("NO", "Norway"),
    ("PK", "Pakistan"),
    ("PE", "Peru"),
    ("PH", "Philippines"),
    ("PL", "Poland"),
    ("PT", "Portugal"),
    ("QA", "Qatar"),
    ("RE", "Reunion"),
    ("RO", "Romania"),
    ("SA", "Saudi Arabia"),
    ("SN", "Senegal"),
    ("RS", "Serbia"),
    ("SG", "Singapore"),
    ("SK", "Slovakia"),
    ("SI", "Slovenia"),
    ("ZA", "South Africa"),
    ("KR", "South Korea"),
    ("ES", "Spain"),
    ("SE", "Sweden"),
    ("CH", "Switzerland"),
    ("TW", "Taiwan"),
    ("TH", "Thailand"),
    ("TN", "Tunisia"),
    ("TR", "Turkey"),
    ("UA", "Ukraine"),
    ("AE", "United Arab Emirates"),
    ("GB", "United Kingdom"),
    ("US", "United States"),
    ("VN", "Vietnam"),
];

/// All ISO 639-1 codes with their English names.
const LANGUAGES: &[(&str, &str)] = &[
    ("aa", "Afar"),
    ("ab", "Abkhazian"),
    ("ae", "Avestan"),
    ("af", "Afrikaans"),
    ("ak", "Akan"),
    ("am", "Amharic"),
    ("an", "Aragonese"),
    ("ar", "Arabic"),
    ("as", "Assamese"),
    ("av", "Avaric"),
    ("ay", "Aymara"),
    ("az", "Azerbaijani"),
    ("ba", "Bashkir"),
    ("be", "Belarusian"),
    ("bg", "Bulgarian"),
    ("bi", "Bislama"),
    ("bm", "Bambara"),
    ("bn", "Bengali"),
    ("bo", "Tibetan"),
    ("br", "Breton"),
    ("bs", "Bosnian"),
    ("ca", "Catalan"),
    ("ce", "Chechen"),
    ("ch", "Chamorro"),
    ("co", "Corsican"),
    ("cr", "Cree"),
    ("cs", "Czech"),
    ("cu", "Church Slavic"),
    ("cv", "Chuvash"),
    ("cy", "Welsh"),
    ("da", "Danish"),
    ("de", "German"),
    ("dv", "Divehi"),
    ("dz", "Dzongkha"),
    ("ee", "Ewe"),
    ("el", "Greek"),
    ("en", "English"),
    ("eo", "Esperanto"),
    ("es", "Spanish"),
    ("et", "Estonian"),
    ("eu", "Basque"),
    ("fa", "Persian"),
    ("ff", "Fulah"),
    ("fi", "Finnish"),
    ("fj", "Fijian"),
    ("fo", "Faroese"),
    ("fr", "French"),
    ("fy", "Western Frisian"),
    ("ga", "Irish"),
    ("gd", "Scottish Gaelic"),
    ("gl", "Galician"),
    ("gn", "Guarani"),
    ("gu", "Gujarati"),
    ("gv", "Manx"),
    ("ha", "Hausa"),
    ("he", "Hebrew"),
    ("hi", "Hindi"),
    ("ho", "Hiri Motu"),
    ("hr", "Croatian"),
    ("ht", "Haitian Creole"),
    ("hu", "Hungarian"),
    ("hy", "Armenian"),
    ("hz", "Herero"),
    ("ia", "Interlingua"),
    ("id", "Indonesian"),
    ("ie", "Interlingue"),
    ("ig", "Igbo"),
    ("ii", "Sichuan Yi"),
    ("ik", "Inupiaq"),
    ("io", "Ido"),
    ("is", "Icelandic"),
    ("it", "Italian"),
    ("iu", "Inuktitut"),
    ("ja", "Japanese"),
    ("jv", "Javanese"),
    ("ka", "Georgian"),
    ("kg", "Kongo"),
    ("ki", "Kikuyu"),
    ("kj", "Kuanyama"),
    ("kk", "Kazakh"),
    ("kl", "Kalaallisut"),
    ("km", "Khmer"),
    ("kn", "Kannada"),
    ("ko", "Korean"),
    ("kr", "Kanuri"),
    ("ks", "Kashmiri"),
    ("ku", "Kurdish"),
    ("kv", "Komi"),
    ("kw", "Cornish"),
    ("ky", "Kyrgyz"),
    ("la", "Latin"),
    ("lb", "Luxembourgish"),
    ("lg", "Ganda"),
    ("li", "Limburgish"),
    ("ln", "Lingala"),
    ("lo", "Lao"),
    ("lt", "Lithuanian"),
    ("lu", "Luba-Katanga"),
    ("lv", "Latvian"),
    ("mg", "Malagasy"),
    ("mh", "Marshallese"),
    ("mi", "Maori"),
    ("mk", "Macedonian"),
    ("ml", "Malayalam"),
    ("mn", "Mongolian"),
    ("mr", "Marathi"),
    ("ms", "Malay"),
    ("mt", "Maltese"),
    ("my", "Burmese"),
    ("na", "Nauru"),
    ("nb", "Norwegian Bokmal"),
    ("nd", "North Ndebele"),
    ("ne", "Nepali"),
    ("ng", "Ndonga"),
    ("nl", "Dutch"),
    ("nn", "Norwegian Nynorsk"),
    ("no", "Norwegian"),
    ("nr", "South Ndebele"),
    ("nv", "Navajo"),
    ("ny", "Chichewa"),
    ("oc", "Occitan"),
    ("oj", "Ojibwa"),
    ("om", "Oromo"),
    ("or", "Odia"),
    ("os", "Ossetian"),
    ("pa", "Punjabi"),
    ("pi", "Pali"),
    ("pl", "Polish"),
    ("ps", "Pashto"),
    ("pt", "Portuguese"),
    ("qu", "Quechua"),
    ("rm", "Romansh"),
    ("rn", "Kirundi"),
    ("ro", "Romanian"),
    ("ru", "Russian"),
    ("rw", "Kinyarwanda"),
    ("sa", "Sanskrit"),
    ("sc", "Sardinian"),
    ("sd", "Sindhi"),
    ("se", "Northern Sami"),
    ("sg", "Sango"),
    ("si", "Sinhala"),
    ("sk", "Slovak"),
    ("sl", "Slovenian"),
    ("sm", "Samoan"),
    ("sn", "Shona"),
    ("so", "Somali"),
    ("sq", "Albanian"),
    ("sr", "Serbian"),
    ("ss", "Swati"),
    ("st", "Southern Sotho"),
    ("su", "Sundanese"),
    ("sv", "Swedish"),
    ("sw", "Swahili"),
    ("ta", "Tamil"),
    ("te", "Telugu"),
    ("tg", "Tajik"),
    ("th", "Thai"),
    ("ti", "Tigrinya"),
    ("tk", "Turkmen"),
    ("tl", "Tagalog"),
    ("tn", "Tswana"),
    ("to", "Tongan"),
    ("tr", "Turkish"),
    ("ts", "Tsonga"),
    ("tt", "Tatar"),
    ("tw", "Twi"),
    ("ty", "Tahitian"),
    ("ug", "Uyghur"),
    ("uk", "Ukrainian"),
    ("ur", "Urdu"),
    ("uz", "Uzbek"),
    ("ve", "Venda"),
    ("vi", "Vietnamese"),
    ("vo", "Volapuk"),
    ("wa", "Walloon"),
    ("wo", "Wolof"),
    ("xh", "Xhosa"),
    ("yi", "Yiddish"),
    ("yo", "Yoruba"),
    ("za", "Zhuang"),
    ("zh", "Chinese"),
    ("zu", "Zulu"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_numbers_in_every_usual_writing_become_e164() {
        for written in [
            "+33 6 12 34 56 78",
            "06 12 34 56 78",
            "06.12.34.56.78",
            "0033612345678",
            " +33612345678 ",
        ] {
            assert_eq!(
                phone_e164(written, "FR").as_deref(),
                Ok("+33612345678"),
                "{written}"
            );
        }
    }

    #[test]
    fn us_uk_and_german_numbers_become_e164() {
        assert_eq!(
            phone_e164("(202) 555-0101", "US").as_deref(),
            Ok("+12025550101")
        );
        assert_eq!(
            phone_e164("020 7946 0958", "GB").as_deref(),
            Ok("+442079460958")
        );
        assert_eq!(
            phone_e164("07400 123456", "gb").as_deref(),
            Ok("+447400123456")
        );
        assert_eq!(phone_e164("030 901820", "DE").as_deref(), Ok("+4930901820"));
        assert_eq!(
            phone_e164("0151 23456789", "DE").as_deref(),
            Ok("+4915123456789")
        );
    }

    #[test]
    fn a_number_with_its_country_code_ignores_the_default_country() {
        assert_eq!(
            phone_e164("+44 20 7946 0958", "FR").as_deref(),
            Ok("+442079460958")
        );
    }

    #[test]
    fn a_number_of_the_right_shape_but_not_assignable_is_refused() {
        // Right characters, wrong numbers: too short, a French number starting with 0 after
        // the country code, a US exchange starting with 0.
        let problem = phone_e164("01 23", "FR").unwrap_err();
        assert_eq!(
            problem.message,
            "This doesn't look like a phone number from France. Write it with the country code, for example +33 6 12 34 56 78."
        );
        assert!(phone_e164("+33 0 12 34 56 78", "FR").is_err());
        assert!(phone_e164("(202) 055-0101", "US").is_err());
    }

    #[test]
    fn text_and_empty_input_are_refused_with_an_example() {
        assert!(phone_e164("call me", "FR")
            .unwrap_err()
            .message
            .contains("+33 6 12 34 56 78"));
        assert!(phone_e164("  ", "US")
            .unwrap_err()
            .message
            .starts_with("Enter a phone number, for example +1 "));
    }

    #[test]
    fn an_invalid_international_number_asks_to_check_the_country_code() {
        let problem = phone_e164("+999 1234", "FR").unwrap_err();
        assert!(
            problem.message.contains("Check the country code"),
            "{}",
            problem.message
        );
    }

    #[test]
    fn an_unknown_default_country_is_explained() {
        let problem = phone_e164("06 12 34 56 78", "XX").unwrap_err();
        assert_eq!(
            problem.message,
            "\"XX\" is not a country Callboard knows. Choose the default country in Settings."
        );
    }

    #[test]
    fn extensions_are_refused_rather_than_dropped() {
        let problem = phone_e164("+1 202-555-0101 ext. 12", "US").unwrap_err();
        assert!(
            problem.message.contains("extensions"),
            "{}",
            problem.message
        );
    }

    #[test]
    fn single_separators_between_digits_are_dropped_before_parsing_and_nothing_else_is() {
        assert_eq!(compact_digits("06.12.34.56.78"), "0612345678");
        assert_eq!(compact_digits("+33 6 12 34"), "+3361234");
        assert_eq!(compact_digits("0033.6.12-34"), "003361234");
        assert!(matches!(compact_digits("+33612345678"), Cow::Borrowed(_)));
        for kept in [
            "+1 202-555-0101 ext. 12",
            "06 12 34 56 78 / 06 11",
            "+33 6 +12",
            "+33 (0)6 12",
            "+33.6.12",
            "06  12",
            "0612.",
        ] {
            assert_eq!(compact_digits(kept), kept);
        }
    }

    /// What `phone_e164` answered before its patterns were compiled once: phonenumber's own
    /// validity check and E.164 formatter.
    fn phonenumber_e164(input: &str, country: CountryId) -> Option<String> {
        let number = phonenumber::parse(Some(country), input.trim()).ok()?;
        (phonenumber::is_valid(&number) && number.extension().is_none())
            .then(|| number.format().mode(Mode::E164).to_string())
    }

    /// Whether `input` is valid, after checking that phonenumber says the same.
    fn same_verdict_as_phonenumber(input: &str, country: &str) -> bool {
        let id = CountryId::from_str(country).unwrap();
        let verdict = phone_e164(input, country).ok();
        assert_eq!(
            verdict,
            phonenumber_e164(input, id),
            "{input:?} read in {country}"
        );
        verdict.is_some()
    }

    /// Every kind of example number of every region libphonenumber knows, written
    /// internationally and nationally, and with its last digits changed or cut.
    #[test]
    fn validity_and_e164_agree_with_phonenumber_for_every_region() {
        let regions: Vec<_> = DATABASE.iter().collect();
        assert!(regions.len() > 200);
        let (mut valid, mut refused) = (0, 0);
        for metadata in regions {
            let descriptors = metadata.descriptors();
            let examples = [
                descriptors.general(),
                descriptors.fixed_line().unwrap_or(descriptors.general()),
                descriptors.mobile().unwrap_or(descriptors.general()),
                descriptors.toll_free().unwrap_or(descriptors.general()),
                descriptors.premium_rate().unwrap_or(descriptors.general()),
                descriptors.voip().unwrap_or(descriptors.general()),
                descriptors.uan().unwrap_or(descriptors.general()),
            ]
            .into_iter()
            .filter_map(Descriptor::example);
            let default_country = if CountryId::from_str(metadata.id()).is_ok() {
                metadata.id()
            } else {
                "FR"
            };
            for example in examples {
                let code = metadata.country_code();
                let variants = [
                    format!("+{code} {example}"),
                    format!("+{code}{}", &example[..example.len() - 1]),
                    format!("+{code}{example}9"),
                    format!("+{code}{}0", &example[..example.len() - 1]),
                    format!("+{code}{}{}", &example[..1], &example[..example.len() - 1]),
                    format!("0{example}"),
                    example.to_owned(),
                ];
                for variant in &variants {
                    if same_verdict_as_phonenumber(variant, default_country) {
                        valid += 1;
                    } else {
                        refused += 1;
                    }
                }
            }
        }
        assert!(
            valid > 1000 && refused > 1000,
            "{valid} valid, {refused} refused"
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        /// Digits as people type them, with or without a country code, in some countries
        /// whose calling code is shared by several regions (+1, +7, +44, +262, +599).
        #[test]
        fn validity_and_e164_agree_with_phonenumber_on_typed_digits(
            prefix in "(\\+1|\\+7|\\+33|\\+44|\\+262|\\+599|\\+800|\\+39|\\+49|00|0|)",
            digits in "[0-9 .()-]{3,16}",
            country in "(FR|US|CA|GB|JE|RU|KZ|RE|IT|DE|CW|BR)",
        ) {
            let _ = same_verdict_as_phonenumber(&format!("{prefix}{digits}"), &country);
        }

        /// Groups of digits with one space, dot or dash between them, as spreadsheets hold
        /// them: the writing `compact_digits` shortens before phonenumber reads it.
        #[test]
        fn validity_and_e164_agree_with_phonenumber_on_grouped_digits(
            prefix in "(\\+1|\\+7|\\+33|\\+44|\\+262|\\+599|\\+39|\\+49|00|0|)",
            groups in proptest::collection::vec("[0-9]{1,4}", 1..7),
            separator in "[ .-]",
            separated_prefix in proptest::bool::ANY,
            country in "(FR|US|CA|GB|JE|RU|KZ|RE|IT|DE|CW|BR)",
        ) {
            let joint = if separated_prefix { separator.as_str() } else { "" };
            let written = format!("{prefix}{joint}{}", groups.join(&separator));
            let _ = same_verdict_as_phonenumber(&written, &country);
        }
    }

    fn example_for(code: &str) -> String {
        let metadata = DATABASE.by_id(code).unwrap();
        example_number(CountryId::from_str(code).unwrap(), metadata)
    }

    #[test]
    fn example_numbers_come_from_the_metadata() {
        assert_eq!(example_for("FR"), "+33 6 12 34 56 78");
        assert!(example_for("DE").starts_with("+49 "));
    }

    #[test]
    fn emails_are_trimmed_and_checked_for_shape() {
        assert_eq!(
            email("  marie.dupont@example.fr ").as_deref(),
            Ok("marie.dupont@example.fr")
        );
        assert_eq!(
            email("a+tag@mail.example.co.uk").as_deref(),
            Ok("a+tag@mail.example.co.uk")
        );
        for bad in [
            "",
            "marie",
            "@example.com",
            "marie@example",
            "marie@@example.com",
            "marie@exa@mple.com",
            "marie dupont@example.com",
            "marie@example..com",
            "marie@.example.com",
            "marie@example.com.",
        ] {
            assert_eq!(
                email(bad).unwrap_err().message,
                "An email address looks like name@example.com.",
                "{bad:?}"
            );
        }
    }

    #[test]
    fn languages_are_iso_639_1_codes_in_lowercase() {
        assert_eq!(language("fr").as_deref(), Ok("fr"));
        assert_eq!(language(" EN ").as_deref(), Ok("en"));
        assert_eq!(language("French").as_deref(), Ok("fr"));
        for bad in ["", "fra", "xx", "fr-FR", "Klingon"] {
            assert!(
                language(bad)
                    .unwrap_err()
                    .message
                    .contains("for example fr for French"),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn the_language_list_is_complete_unique_and_sorted_by_name() {
        let options = languages();
        assert_eq!(options.len(), 183, "ISO 639-1 has 183 codes");
        let mut codes: Vec<&str> = options.iter().map(|option| option.code.as_str()).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), options.len(), "codes are unique");
        assert!(options.windows(2).all(|pair| pair[0].name < pair[1].name));
        assert!(options
            .iter()
            .all(|option| option.code.len() == 2
                && option.code.chars().all(|c| c.is_ascii_lowercase())));
        assert!(options.contains(&LanguageOption {
            code: "de".into(),
            name: "German".into()
        }));
    }

    #[test]
    fn countries_are_known_to_libphonenumber_and_sorted_by_name() {
        let options = countries();
        assert_eq!(options.len(), COUNTRIES.len(), "every country has metadata");
        assert!(options.len() >= 60);
        assert!(options.windows(2).all(|pair| pair[0].name < pair[1].name));
        let calling_code = |code: &str| {
            options
                .iter()
                .find(|option| option.code == code)
                .map(|option| option.calling_code)
        };
        assert_eq!(calling_code("FR"), Some(33));
        assert_eq!(calling_code("US"), Some(1));
        assert_eq!(calling_code("GB"), Some(44));
        assert_eq!(calling_code("DE"), Some(49));
        assert_eq!(calling_code("RE"), Some(262));
    }

    #[test]
    fn every_offered_country_has_an_example_number() {
        for (code, _) in COUNTRIES {
            let example = example_for(code);
            assert!(
                phone_e164(&example, code).is_ok(),
                "{code}: the example {example} must itself be accepted"
            );
        }
    }

    #[test]
    fn required_fields_are_trimmed_and_blank_ones_named() {
        assert_eq!(
            required("errors-field-label-name", "  Marie ").as_deref(),
            Ok("Marie")
        );
        assert_eq!(
            required("errors-field-label-name", " \t")
                .unwrap_err()
                .message,
            "The name can't be empty."
        );
    }

    #[test]
    fn amounts_accept_a_dot_or_a_comma_and_two_decimals() {
        assert_eq!(positive_amount("10"), Ok(10.0));
        assert_eq!(positive_amount(" 10.5 "), Ok(10.5));
        assert_eq!(positive_amount("1,5"), Ok(1.5));
        assert_eq!(positive_amount("0.01"), Ok(0.01));
        assert_eq!(positive_amount(".5"), Ok(0.5));
        assert_eq!(positive_amount("1000000"), Ok(1_000_000.0));
    }

    #[test]
    fn amounts_refuse_zero_negatives_text_extra_decimals_and_absurd_sizes() {
        let message = |input: &str| positive_amount(input).unwrap_err().message;
        assert_eq!(message("0"), "The amount must be more than zero.");
        assert_eq!(message("0,00"), "The amount must be more than zero.");
        assert_eq!(message("-5"), "The amount must be more than zero.");
        assert_eq!(message(""), "Enter an amount, for example 10 or 10.50.");
        for text in ["ten", "10€", "1e3", "inf", "1.000,50", "1 000", ".", "+5"] {
            assert_eq!(
                message(text),
                "Write the amount with digits only, for example 10 or 10.50.",
                "{text:?}"
            );
        }
        assert_eq!(
            message("10.505"),
            "Use at most two decimals, for example 10.50."
        );
        assert!(message("1000000.01").contains("more than 1,000,000"));
        assert!(message("33612345678").contains("more than 1,000,000"));
    }

    #[test]
    fn webhook_urls_must_be_complete_https_addresses() {
        assert_eq!(
            https_url(" https://hooks.example.com/awaz?token=1 ").as_deref(),
            Ok("https://hooks.example.com/awaz?token=1")
        );
        assert!(https_url("http://hooks.example.com/awaz")
            .unwrap_err()
            .message
            .starts_with("The address must start with https://"));
        assert!(https_url("ftp://hooks.example.com")
            .unwrap_err()
            .message
            .starts_with("The address must start with https://"));
        assert!(https_url("hooks.example.com/awaz")
            .unwrap_err()
            .message
            .starts_with("This isn't a complete web address."));
        assert!(https_url("")
            .unwrap_err()
            .message
            .starts_with("This isn't a complete web address."));
    }
}
