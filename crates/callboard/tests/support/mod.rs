//! Setup shared by the test binaries and the bulk benchmarks: a Callboard whose secrets (and,
//! unless given, settings) live in memory, accounts on the simulator's seeded tenants, and a
//! file opened as an import.

// Each test binary and benchmark compiles this module whole but uses only a part of it.
#![allow(dead_code)]

use std::path::Path;
use std::sync::Arc;

use callboard::bulk::{ImportChange, ImportPreview, ImportSessions, ImportSource};
use callboard::calling::{AccountRules, Calling};
use callboard::import::Target;
use callboard::{
    AwazAccountForm, Callboard, GetVocalPasswordForm, MemorySecrets, MemorySettings, OpenOptions,
    SettingsStore,
};
use simulator::{seed, SimConfig, Simulator};

/// Callboard on `data_dir`, its settings and secrets in memory.
pub async fn open(data_dir: &Path) -> Callboard {
    open_with_settings(data_dir, Arc::new(MemorySettings::new())).await
}

/// Callboard on `data_dir`, keeping its settings in `settings` and its secrets in memory.
pub async fn open_with_settings(data_dir: &Path, settings: Arc<dyn SettingsStore>) -> Callboard {
    Callboard::open(OpenOptions {
        data_dir: data_dir.to_owned(),
        settings,
        keychain: Arc::new(MemorySecrets::new()),
        demo: false,
    })
    .await
    .unwrap()
}

/// A simulator whose Awaz rate limit is `budget` (shortened windows keep runs brief).
pub async fn simulator_with_awaz_budget(budget: awaz::RateBudget) -> Simulator {
    Simulator::start(SimConfig {
        rate_limit: budget.requests,
        rate_window: budget.window,
        ..SimConfig::default()
    })
    .await
    .unwrap()
}

/// The form for the simulator's seeded GetVocal tenant as a person fills it, to be remembered.
pub fn getvocal_form(sim: &Simulator) -> GetVocalPasswordForm {
    GetVocalPasswordForm {
        name: "Acme – GetVocal".to_owned(),
        base_url: Some(sim.getvocal_url()),
        email: seed::GETVOCAL_EMAIL.to_owned(),
        password: seed::GETVOCAL_PASSWORD.to_owned(),
        company_id: seed::GETVOCAL_COMPANY_ID.to_owned(),
        remember: true,
    }
}

/// The form for the simulator's seeded Awaz tenant as a person fills it, to be remembered.
pub fn awaz_form(sim: &Simulator) -> AwazAccountForm {
    AwazAccountForm {
        name: "Acme – Awaz".to_owned(),
        base_url: Some(sim.awaz_url()),
        api_key: seed::AWAZ_API_KEY.to_owned(),
        remember: true,
    }
}

/// Adds the simulator's seeded GetVocal tenant as `name`, signed in by password and not
/// remembered; returns the account's id.
pub async fn add_getvocal(callboard: &Callboard, sim: &Simulator, name: &str) -> String {
    callboard
        .add_getvocal_with_password(GetVocalPasswordForm {
            name: name.to_owned(),
            remember: false,
            ..getvocal_form(sim)
        })
        .await
        .unwrap()
        .id
}

/// Adds the simulator's seeded Awaz tenant as `name` by its API key, not remembered; returns
/// the account's id.
pub async fn add_awaz(callboard: &Callboard, sim: &Simulator, name: &str) -> String {
    callboard
        .add_awaz(AwazAccountForm {
            name: name.to_owned(),
            remember: false,
            ..awaz_form(sim)
        })
        .await
        .unwrap()
        .id
}

/// Records that the account's lists are not covered by the consent law, so people without a
/// recorded consent date can be called.
pub fn without_consent_law(callboard: &Callboard, account_id: &str) {
    Calling::new(callboard.database().clone())
        .save_account_rules(AccountRules {
            account_id: account_id.to_owned(),
            consent_rules_apply: false,
            ..AccountRules::default()
        })
        .unwrap();
}

/// Opens the file at `path` as an import of French numbers sent to `target`; returns its
/// preview.
pub fn import_file(imports: &ImportSessions, path: &Path, target: Target) -> ImportPreview {
    let preview = imports
        .open(
            ImportSource::Path {
                path: path.display().to_string(),
            },
            "FR",
        )
        .unwrap();
    imports
        .update(
            &preview.import_id,
            ImportChange {
                target: Some(target),
                ..ImportChange::default()
            },
        )
        .unwrap()
}
