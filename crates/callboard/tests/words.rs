//! The words Rust writes: the catalogues it reads are complete in both languages and match the
//! code exactly, and French comes out when the language is French, switched without a restart.
//!
//! The current language is one value for the process: the tests that change it hold
//! `LANGUAGE` so they do not see each other's.

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use awaz::TopUpKind;
use callboard::awaz_actions::{export_top_ups, plan_top_up, TopUpForm};
use callboard::journal::{ActionKind, Begin, Journal, NewAction};
use callboard::words::{self, Language, Words, RUST_FILES};
use callboard::{Error, JsonFileSettings, MemorySettings, Preferences, SettingsStore};
use chrono::NaiveDate;

static LANGUAGE: Mutex<()> = Mutex::new(());

/// Holds the process's language for one test and puts English back afterwards.
struct Speaking(#[allow(dead_code)] MutexGuard<'static, ()>);

impl Speaking {
    fn in_(language: Language) -> Speaking {
        let guard = LANGUAGE.lock().unwrap_or_else(|e| e.into_inner());
        words::set_current(language);
        Speaking(guard)
    }
}

impl Drop for Speaking {
    fn drop(&mut self) {
        words::set_current(Language::English);
    }
}

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Message id → (attribute names, variable names), read from one language's Rust files.
type Catalogue = BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)>;

fn catalogue(language: &str) -> Catalogue {
    let mut messages = Catalogue::new();
    for file in RUST_FILES {
        let text = std::fs::read_to_string(repository().join("locales").join(language).join(file))
            .unwrap();
        let mut current: Option<String> = None;
        for line in text.lines() {
            if line.trim_start().starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let starts_message = line.starts_with(|c: char| c.is_ascii_lowercase());
            if starts_message {
                let id = line.split('=').next().unwrap().trim().to_owned();
                assert!(
                    messages.insert(id.clone(), Default::default()).is_none(),
                    "{language}/{file}: {id} twice"
                );
                current = Some(id);
            }
            let id = current.clone().expect("a line inside a message");
            let entry = messages.get_mut(&id).unwrap();
            if let Some(attribute) = line.trim_start().strip_prefix('.') {
                entry
                    .0
                    .insert(attribute.split('=').next().unwrap().trim().to_owned());
            }
            for piece in line.split('$').skip(1) {
                let name: String = piece
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                entry.1.insert(name);
            }
        }
    }
    messages
}

/// Every string literal in the Rust sources that looks like an id of a Rust-owned file.
fn ids_in_code() -> BTreeSet<String> {
    let areas: Vec<String> = RUST_FILES
        .iter()
        .map(|file| format!("\"{}-", file.trim_end_matches(".ftl")))
        .collect();
    let mut found = BTreeSet::new();
    let mut folders = vec![
        repository().join("crates/callboard/src"),
        repository().join("src-tauri/src"),
        repository().join("crates/cli/src"),
    ];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            if path.extension().is_none_or(|extension| extension != "rs") {
                continue;
            }
            let source = std::fs::read_to_string(&path).unwrap();
            for area in &areas {
                for (start, _) in source.match_indices(area.as_str()) {
                    let literal: String = source[start + 1..]
                        .chars()
                        .take_while(|c| *c != '"')
                        .collect();
                    let id = literal.split('.').next().unwrap().to_owned();
                    if id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    {
                        found.insert(id);
                    }
                }
            }
        }
    }
    found
}

#[test]
fn both_languages_have_the_same_messages_with_the_same_values() {
    let english = catalogue("en");
    let french = catalogue("fr");
    let only = |a: &Catalogue, b: &Catalogue| -> Vec<String> {
        a.keys()
            .filter(|id| !b.contains_key(*id))
            .cloned()
            .collect()
    };
    assert_eq!(
        only(&english, &french),
        Vec::<String>::new(),
        "not in French"
    );
    assert_eq!(
        only(&french, &english),
        Vec::<String>::new(),
        "not in English"
    );
    for (id, (attributes, variables)) in &english {
        let (french_attributes, french_variables) = &french[id];
        assert_eq!(attributes, french_attributes, "attributes of {id}");
        // French may use a value English leaves out only by selecting on it; the reverse would
        // lose a value a person needs.
        assert!(
            variables.is_subset(french_variables),
            "{id}: French lacks {:?}",
            variables.difference(french_variables).collect::<Vec<_>>()
        );
        // Field messages (`errors-field-…`) are the title of `errors-input-invalid-field`.
        if id.starts_with("errors-") && !id.starts_with("errors-field-") {
            assert!(attributes.contains("next"), "{id} has no next step");
        }
    }
}

#[test]
fn every_message_rust_reads_is_used_and_every_id_used_exists() {
    let defined: BTreeSet<String> = catalogue("en").into_keys().collect();
    let used = ids_in_code();
    let missing: Vec<_> = used.difference(&defined).collect();
    let unused: Vec<_> = defined.difference(&used).collect();
    assert!(
        missing.is_empty(),
        "used in Rust but not in the catalogue: {missing:?}"
    );
    assert!(
        unused.is_empty(),
        "in the catalogue but never used by Rust: {unused:?}"
    );
}

#[test]
fn every_message_formats_in_every_language() {
    for id in catalogue("en").keys() {
        for language in Language::ALL {
            let text = words::word_in(language, id, &BTreeMap::new());
            assert!(
                !text.trim().is_empty() && text != *id,
                "{id} in {language:?}"
            );
        }
    }
}

#[test]
fn english_is_the_default_and_explanations_read_as_before() {
    let _english = Speaking::in_(Language::English);
    let explanation = Error::ConfirmationChanged.explain();
    assert_eq!(explanation.code, "journal.confirmation_changed");
    assert_eq!(
        explanation.title,
        "Not sent: this is not exactly what you confirmed."
    );
    assert_eq!(
        explanation.next_step,
        "Review it again and confirm what you see."
    );
}

#[test]
fn an_explanation_is_french_when_the_language_is_french_and_carries_its_values() {
    let _french = Speaking::in_(Language::French);
    let explanation = Error::NeedsSignIn {
        account_name: "Acme – GetVocal".to_owned(),
    }
    .explain();
    assert_eq!(explanation.code, "accounts.needs_sign_in");
    assert_eq!(
        explanation.title,
        "Vous devez vous reconnecter à «\u{202f}Acme – GetVocal\u{202f}»."
    );
    assert!(
        explanation.next_step.starts_with("Ouvrez Comptes"),
        "{}",
        explanation.next_step
    );
    assert_eq!(explanation.args["account"], "Acme – GetVocal");

    let busy = Error::Awaz(awaz::Error::RateLimited {
        until: "2026-12-07T14:05:00Z".parse().unwrap(),
    })
    .explain();
    assert_eq!(
        busy.title,
        "Awaz demande à Callboard de ralentir (100 requêtes par minute)."
    );
    assert_eq!(busy.next_step, "Réessayez après 14:05 UTC.");
}

#[test]
fn a_journal_summary_follows_the_language_without_a_restart() {
    let _french = Speaking::in_(Language::French);
    let journal = Journal::in_memory().unwrap();
    let summary = Words::new("journal-awaz-top-up")
        .arg("amount", 1234.5)
        .arg("kind", "credits")
        .arg("workspace", "north-clinic@callboard.test");
    let Begin::Fresh(id) = journal
        .begin(NewAction {
            action_key: "k1".to_owned(),
            kind: ActionKind::AwazCredits,
            account_id: "acc-1".to_owned(),
            account_name: "Acme – Awaz".to_owned(),
            summary,
            subject: Some("north-clinic@callboard.test".to_owned()),
            request: serde_json::json!({ "credits": 1234.5 }),
        })
        .unwrap()
    else {
        panic!("a new key is fresh");
    };
    let record = journal.get(id).unwrap().unwrap();
    assert_eq!(
        record.summary,
        "Ajouter 1\u{202f}234,50 crédits à north-clinic@callboard.test"
    );

    // The same stored row, read after switching: English, with no restart.
    words::set_current(Language::English);
    assert_eq!(
        journal.get(id).unwrap().unwrap().summary,
        "Add 1,234.50 credits to north-clinic@callboard.test"
    );
}

#[test]
fn plurals_and_numbers_follow_the_language() {
    let _french = Speaking::in_(Language::French);
    let question = |amount: &str, kind| {
        plan_top_up(&TopUpForm {
            workspace: "north-clinic@callboard.test".to_owned(),
            kind,
            amount: amount.to_owned(),
        })
        .unwrap()
        .question
    };
    assert_eq!(
        question("1", TopUpKind::Credits),
        "Ajouter 1 crédit à north-clinic@callboard.test\u{202f}?"
    );
    assert_eq!(
        question("30", TopUpKind::Minutes),
        "Ajouter 30 minutes à north-clinic@callboard.test\u{202f}?"
    );
    words::set_current(Language::English);
    assert_eq!(
        question("1", TopUpKind::Minutes),
        "Add 1 minute to north-clinic@callboard.test?"
    );
    assert_eq!(
        question("10.5", TopUpKind::Credits),
        "Add 10.50 credits to north-clinic@callboard.test?"
    );
}

#[test]
fn numbers_and_dates_are_written_the_language_s_way() {
    assert_eq!(words::number(1234.5, Language::French), "1\u{202f}234,50");
    assert_eq!(words::number(1234.5, Language::English), "1,234.50");
    assert_eq!(words::number(-1_000_000.0, Language::English), "-1,000,000");
    assert_eq!(words::number(25.0, Language::French), "25");

    let _french = Speaking::in_(Language::French);
    let monday = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
    assert_eq!(words::date(monday), "lundi 7 décembre 2026");
    let first = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    assert_eq!(words::date(first), "mardi 1er décembre 2026");
    words::set_current(Language::English);
    assert_eq!(words::date(monday), "Monday 7 December 2026");
}

#[test]
fn csv_headers_are_in_the_current_language() {
    let _french = Speaking::in_(Language::French);
    let folder = tempfile::tempdir().unwrap();
    let exported = export_top_ups(&[], folder.path()).unwrap();
    let text = std::fs::read_to_string(&exported.path).unwrap();
    assert_eq!(
        text.trim_start_matches('\u{feff}').trim_end(),
        "Date (UTC),Compte,Espace client,Action,Résultat,Motif"
    );
}

#[test]
fn the_pseudo_locale_is_accented_longer_and_bracketed_with_values_untouched() {
    let _pseudo = Speaking::in_(Language::Pseudo);
    let explanation = Error::NeedsSignIn {
        account_name: "Acme".to_owned(),
    }
    .explain();
    let english = words::word_in(
        Language::English,
        "errors-accounts-needs-sign-in",
        &BTreeMap::from([("account".to_owned(), "Acme".into())]),
    );
    assert!(
        explanation.title.starts_with("[Ýöü ñééd"),
        "{}",
        explanation.title
    );
    assert!(explanation.title.ends_with(']'));
    // The dots follow each piece of text, so some land before the value.
    assert!(explanation.title.contains("Acme”"), "{}", explanation.title);
    assert!(
        explanation.title.chars().count() as f64 >= english.chars().count() as f64 * 1.2,
        "{} vs {english}",
        explanation.title
    );
}

#[test]
fn the_language_comes_from_the_variable_then_settings_then_the_system() {
    let _guard = Speaking::in_(Language::English);
    assert_eq!(Language::of_system_locale(Some("fr-FR")), Language::French);
    assert_eq!(
        Language::of_system_locale(Some("fr_CA.UTF-8")),
        Language::French
    );
    assert_eq!(Language::of_system_locale(Some("en-GB")), Language::English);
    assert_eq!(Language::of_system_locale(Some("de-DE")), Language::English);
    assert_eq!(Language::of_system_locale(None), Language::English);

    let before = std::env::var(words::LANGUAGE_VARIABLE).ok();
    // SAFETY: the tests that read the variable hold `LANGUAGE`.
    unsafe { std::env::set_var(words::LANGUAGE_VARIABLE, "en-XA") };
    assert_eq!(words::resolve(Some("fr")), Language::Pseudo);
    unsafe { std::env::remove_var(words::LANGUAGE_VARIABLE) };
    assert_eq!(words::resolve(Some("fr")), Language::French);
    assert_eq!(words::resolve(Some("en")), Language::English);
    if let Some(value) = before {
        unsafe { std::env::set_var(words::LANGUAGE_VARIABLE, value) };
    }
}

#[test]
fn settings_saved_before_languages_existed_still_load() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("settings.json");
    std::fs::write(
        &path,
        r#"{"accounts":[],"preferences":{"default_country":"FR","time_zone":null},"recent_workspaces":[]}"#,
    )
    .unwrap();
    let settings = JsonFileSettings::new(&path).load().unwrap();
    assert_eq!(settings.preferences.language, None);
    let chosen = Preferences {
        language: Some(" FR ".to_owned()),
        ..settings.preferences
    };
    assert_eq!(chosen.normalized().unwrap().language.as_deref(), Some("fr"));
}

#[tokio::test]
async fn choosing_a_language_saves_it_and_speaks_it_at_once() {
    let _guard = Speaking::in_(Language::English);
    let folder = tempfile::tempdir().unwrap();
    let settings = Arc::new(MemorySettings::new());
    let callboard = support::open_with_settings(folder.path(), settings.clone()).await;

    let saved = callboard.set_language("fr").unwrap();
    assert_eq!(saved.preferences.language.as_deref(), Some("fr"));
    assert_eq!(
        settings.load().unwrap().preferences.language.as_deref(),
        Some("fr")
    );
    assert_eq!(words::current(), Language::French);
    assert_eq!(
        Error::ConfirmationChanged.explain().title,
        "Non envoyé\u{202f}: ce n'est pas exactement ce que vous avez confirmé."
    );

    let refused = callboard.set_language("de").unwrap_err().explain();
    assert_eq!(refused.field.as_deref(), Some("language"));
    assert_eq!(
        refused.title,
        "Callboard parle anglais (en) et français (fr), pas «\u{202f}de\u{202f}»."
    );

    callboard.set_language("en").unwrap();
    assert_eq!(
        Error::ConfirmationChanged.explain().title,
        "Not sent: this is not exactly what you confirmed."
    );
}

#[test]
fn form_checks_start_times_and_callee_clocks_speak_french() {
    use callboard::{calling, validate, when};
    let _french = Speaking::in_(Language::French);
    let tuesday = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    assert_eq!(words::short_date(tuesday, true), "mar. 24 nov. 2026");
    assert_eq!(
        validate::positive_amount("2000000").unwrap_err().message,
        "C'est plus de 1\u{202f}000\u{202f}000. Vérifiez le montant\u{202f}: une recharge ne peut pas dépasser ce chiffre."
    );
    assert_eq!(
        validate::required("errors-field-label-your-name", " ")
            .unwrap_err()
            .message,
        "Votre nom ne peut pas être vide."
    );
    let at = when::ScheduleAt {
        date: "2026-11-24".into(),
        time: "00:30".into(),
        zone: "Europe/Paris".into(),
    };
    let now = "2026-03-01T12:00:00Z".parse().unwrap();
    assert_eq!(
        when::resolve(&at, now).unwrap().description,
        "mar. 24 nov. 2026, 00:30 Europe/Paris (23:30 UTC le lun. 23 nov.)"
    );
    let moment = "2026-12-07T13:05:00Z".parse().unwrap();
    assert_eq!(
        calling::callee_clock("+33612345678", moment, words::short_day_time),
        "lun. 7 déc. 14:05, Europe/Paris"
    );
    words::set_current(Language::English);
    assert_eq!(
        calling::callee_clock("+33612345678", moment, words::short_day_time),
        "Mon 7 Dec 14:05, Europe/Paris"
    );
}

/// Every shape of the calling rules' decisions, from the rules themselves.
fn rule_decisions() -> Vec<calling_rules::Reason> {
    use calling_rules::{Attempt, AttemptLimit, LocalHours, Placement, Rules, Tightening};
    let at = |text: &str| text.parse::<chrono::DateTime<chrono::Utc>>().unwrap();
    let reason = |placement: Placement| match placement {
        Placement::Moved { reason, .. } | Placement::Refused { reason } => reason,
        Placement::Now => panic!("the rules allowed the call"),
    };
    let french = "+33612345678";
    let saturday = at("2026-12-05T10:00:00Z");
    let rules = Rules::builtin(LocalHours::weekdays_nine_to_seven());
    let called = |times: &[&str], refused: bool| -> Vec<Attempt> {
        times
            .iter()
            .map(|time| Attempt {
                at: at(time),
                refused,
            })
            .collect()
    };
    let closed_client = Tightening {
        hours: Some(LocalHours {
            days: calling_rules::WEEKDAYS.to_vec(),
            from: "12:00:00".parse().unwrap(),
            to: "12:00:00".parse().unwrap(),
        }),
        ..Tightening::default()
    };
    let strict_client = Tightening {
        attempts: Some(AttemptLimit {
            attempts: 1,
            days: 7,
        }),
        ..Tightening::default()
    };
    vec![
        // French weekend, Settings' hours (a British number), the agency's closed day.
        reason(rules.place(french, saturday, &[])),
        reason(rules.place("+447700900123", at("2026-12-07T20:30:00Z"), &[])),
        reason(rules.place("+447700900123", saturday, &[])),
        // Attempt limit, refusal cool-down, a client's limit, a client with no hours at all.
        reason(rules.place(
            french,
            at("2026-12-08T10:00:00Z"),
            &called(
                &[
                    "2026-12-01T10:00:00Z",
                    "2026-12-02T10:00:00Z",
                    "2026-12-03T10:00:00Z",
                    "2026-12-04T10:00:00Z",
                ],
                false,
            ),
        )),
        reason(rules.place(
            french,
            at("2026-12-08T10:00:00Z"),
            &called(&["2026-12-01T10:00:00Z"], true),
        )),
        reason(rules.clone().with_tightening(strict_client).place(
            french,
            at("2026-12-08T10:00:00Z"),
            &called(&["2026-12-07T10:00:00Z"], false),
        )),
        reason(rules.clone().with_tightening(closed_client).place(
            french,
            at("2026-12-08T10:00:00Z"),
            &[],
        )),
        reason(rules.place("12345", saturday, &[])),
        rules
            .consent_required(french, saturday)
            .expect("French consent law"),
    ]
}

#[test]
fn the_calling_rules_decisions_are_worded_in_the_language() {
    let decisions = rule_decisions();
    {
        let _english = Speaking::in_(Language::English);
        // The rules' own English sentence is the one Callboard words from their codes.
        for reason in &decisions {
            assert_eq!(
                callboard::rule_words::sentence(reason),
                reason.plain,
                "{reason:?}"
            );
        }
    }
    let _french = Speaking::in_(Language::French);
    let sentences: Vec<String> = decisions
        .iter()
        .map(callboard::rule_words::sentence)
        .collect();
    for (sentence, reason) in sentences.iter().zip(&decisions) {
        assert!(
            !sentence.contains("moved") && !sentence.contains("calls already"),
            "{sentence}"
        );
        assert_ne!(sentence, &reason.plain);
    }
    assert_eq!(
        sentences[0],
        "Week-end en France\u{202f}: déplacé au lundi 7 décembre 10:00 (Europe/Paris)"
    );
    assert_eq!(
        callboard::rule_words::name(&decisions[0]),
        "Week-end en France"
    );
    assert!(
        sentences[4].contains("refus exprimé le mardi 1er décembre 2026 11:00 (Europe/Paris)"),
        "{}",
        sentences[4]
    );
    assert!(
        sentences[5].contains("Au plus 1 appels par personne sur 7 jours"),
        "{}",
        sentences[5]
    );
}
