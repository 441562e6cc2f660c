//! What `phonenumber::parse` reads in a number written as digits only ("0612345678",
//! "+33612345678", as spreadsheets hold most numbers once `compact_digits` has dropped their
//! separators): the same steps on the same metadata, without phonenumber's way there. Its
//! parser first checks the whole text character by character against long lists, then matches
//! each pattern through one LRU cache behind one lock: a number cost more than reading its row
//! of the file, and threads checking a spreadsheet together waited on each other.
//!
//! Only the common paths are followed; anything else (an international prefix such as "00", a
//! national number starting with the country's own calling code, a country whose national
//! prefix is read by a pattern, a number phonenumber would refuse) answers `None` and
//! phonenumber reads it as written. The property test below compares every answer with
//! phonenumber's in every region.

use phonenumber::metadata::DATABASE;
use phonenumber::Metadata;
use regex_automata::meta::Regex;

use super::{compile_pattern, starts_with_match};

/// The longest national number read here: its digits fit phonenumber's 56-bit national number.
const LONGEST_NATIONAL: usize = 16;

/// phonenumber's shortest national number (`MIN_LENGTH_FOR_NSN`).
const SHORTEST_NATIONAL: usize = 2;

/// The default country's rules for reading digits.
pub(super) struct DigitsReader {
    calling_code: u16,
    calling_code_digits: String,
    /// What is dialled before an international number from this country ("00").
    international_prefix: Option<Regex>,
    national_prefix: Option<String>,
    /// The general descriptor's possible lengths, as phonenumber's `length` reads them.
    possible_lengths: Vec<u16>,
    possible_local_lengths: Vec<u16>,
}

impl DigitsReader {
    /// `None` for a country whose national prefix is read by a pattern, or whose international
    /// prefix the `regex` crate refuses: phonenumber reads all its numbers.
    pub(super) fn new(metadata: &Metadata) -> Option<Self> {
        if metadata.national_prefix_for_parsing().is_some() {
            return None;
        }
        let general = metadata.descriptors().general();
        Some(Self {
            calling_code: metadata.country_code(),
            calling_code_digits: metadata.country_code().to_string(),
            international_prefix: match metadata.international_prefix() {
                Some(pattern) => Some(compile_pattern(pattern.as_str())?),
                None => None,
            },
            national_prefix: metadata.national_prefix().map(str::to_owned),
            possible_lengths: general.possible_length().to_vec(),
            possible_local_lengths: general.possible_local_length().to_vec(),
        })
    }

    /// The calling code and national number that `phonenumber::parse` gives `written`, or
    /// `None` when `written` is not a `+` and digits, or takes a path not followed here.
    pub(super) fn read<'a>(&self, written: &'a str) -> Option<(u16, &'a str)> {
        let (international, digits) = match written.strip_prefix('+') {
            Some(digits) => (true, digits),
            None => (false, written),
        };
        if !(3..=17).contains(&digits.len()) || !digits.bytes().all(|byte| byte.is_ascii_digit()) {
            return None;
        }
        if self
            .international_prefix
            .as_ref()
            .is_some_and(|prefix| starts_with_match(prefix, digits))
        {
            return None;
        }
        let (calling_code, national) = if international {
            // The first one to three digits that are a calling code, as phonenumber takes it.
            if digits.starts_with('0') {
                return None;
            }
            (1..=3).find_map(|length| {
                let code: u16 = digits[..length].parse().ok()?;
                DATABASE.by_code(&code).map(|_| (code, &digits[length..]))
            })?
        } else {
            // phonenumber may take such a number as written with its calling code.
            if digits.starts_with(&self.calling_code_digits) {
                return None;
            }
            (self.calling_code, digits)
        };
        let national = self.without_national_prefix(national);
        let national_value = national.trim_start_matches('0');
        let readable = (SHORTEST_NATIONAL..=LONGEST_NATIONAL).contains(&national.len())
            && !national_value.is_empty();
        readable.then_some((calling_code, national))
    }

    /// phonenumber strips the default country's national prefix twice (once reading the national
    /// number, once more after it), and keeps the result unless it is too short.
    fn without_national_prefix<'a>(&self, national: &'a str) -> &'a str {
        let Some(prefix) = self.national_prefix.as_deref() else {
            return national;
        };
        let once = national.strip_prefix(prefix).unwrap_or(national);
        let twice = once.strip_prefix(prefix).unwrap_or(once);
        if self.is_too_short(twice) {
            national
        } else {
            twice
        }
    }

    /// phonenumber's `length(metadata, number, Type::Unknown) == TooShort`.
    fn is_too_short(&self, national: &str) -> bool {
        let Some(&minimum) = self.possible_lengths.first() else {
            return false;
        };
        let length = u16::try_from(national.len()).unwrap_or(u16::MAX);
        !self.possible_local_lengths.contains(&length) && length < minimum
    }
}

#[cfg(test)]
mod tests {
    use std::str::FromStr;

    use phonenumber::country::Id as CountryId;
    use proptest::prelude::*;

    use super::*;

    /// What phonenumber reads: the calling code and national number, or nothing.
    fn phonenumber_reads(written: &str, country: CountryId) -> Option<(u16, String)> {
        let number = phonenumber::parse(Some(country), written).ok()?;
        Some((number.code().value(), number.national().to_string()))
    }

    /// Every region phonenumber can take as a default country.
    fn regions() -> Vec<(CountryId, &'static Metadata)> {
        DATABASE
            .iter()
            .filter_map(|metadata| {
                let id = CountryId::from_str(metadata.id()).ok()?;
                Some((id, DATABASE.by_id(metadata.id())?))
            })
            .collect()
    }

    #[test]
    fn usual_french_numbers_are_read_here_and_others_are_left_to_phonenumber() {
        let reader = DigitsReader::new(DATABASE.by_id("FR").unwrap()).unwrap();
        assert_eq!(reader.read("0612345678"), Some((33, "612345678")));
        assert_eq!(reader.read("612345678"), Some((33, "612345678")));
        assert_eq!(reader.read("+33612345678"), Some((33, "612345678")));
        assert_eq!(reader.read("+4915123456789"), Some((49, "15123456789")));
        for left in [
            "0033612345678",
            "33612345678",
            "06 12",
            "+0612",
            "0",
            "00",
            "+33",
        ] {
            assert_eq!(reader.read(left), None, "{left}");
        }
        assert!(DigitsReader::new(DATABASE.by_id("GB").unwrap()).is_none());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        /// In any region, digits that start like a number of that region, of another, or
        /// like nothing: whatever is read here is what phonenumber reads.
        #[test]
        fn what_is_read_here_is_what_phonenumber_reads(
            region in proptest::sample::select(regions()),
            start in prop_oneof![
                Just(String::new()),
                Just("+".to_owned()),
                "\\+[0-9]{1,3}",
                "0{1,3}",
                "[0-9]{1,3}",
            ],
            with_code in any::<bool>(),
            with_national_prefix in any::<bool>(),
            rest in "[0-9]{0,16}",
        ) {
            let (id, metadata) = region;
            let mut written = start;
            if with_code {
                written.push_str(&metadata.country_code().to_string());
            }
            if with_national_prefix {
                written.push_str(metadata.national_prefix().unwrap_or(""));
            }
            written.push_str(&rest);
            if let Some(reader) = DigitsReader::new(metadata) {
                if let Some((code, national)) = reader.read(&written) {
                    prop_assert_eq!(
                        Some((code, national.to_owned())),
                        phonenumber_reads(&written, id),
                        "{:?} in {}", written, metadata.id()
                    );
                }
            }
        }
    }
}
