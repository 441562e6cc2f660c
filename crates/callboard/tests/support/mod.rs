//! Setup shared by the test binaries and the bulk benchmarks: a Callboard whose secrets (and,
//! unless given, settings) live in memory, accounts on the simulator's seeded tenants, and a
//! file opened as an import.

// Each test binary and benchmark compiles this module whole but uses only a part of it.
#![allow(dead_code)]

use std::path::Path;
use std::sync::Arc;

use std::time::Duration;

use callboard::awaz_actions::{self, AwazCallForm};
use callboard::bulk::{
    BulkCalls, BulkRequest, BulkRuns, CallStart, CallWho, ImportChange, ImportPreview,
    ImportSessions, ImportSource, JobState, RunOptions,
};
use callboard::calling::{AccountRules, Calling};
use callboard::getvocal_actions::{self, CallWhen, LeadForm};
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

/// The seeded Awaz tenant's reception agent and first phone.
pub const RECEPTION_AGENT: &str = "65ff9abe3fdcbe533d3be143";
pub const FIRST_PHONE: &str = "661d7fb88bcadcf1d86fd8b0";

/// The seeded Awaz tenant's reception agent, calling from its first phone.
pub fn awaz_reception() -> CallWho {
    CallWho::Awaz {
        agent_id: RECEPTION_AGENT.to_owned(),
        from_phone_id: FIRST_PHONE.to_owned(),
    }
}

/// Sends the people of `csv` (a file's text, saved in `dir`) to the account as `target` records
/// with a call each by `who`, now, a minute apart, and waits until the run stops. Returns the
/// runs (they must live as long as the test) and the run's id.
pub async fn people_called_now(
    callboard: &Callboard,
    dir: &Path,
    account_id: &str,
    csv: &str,
    target: Target,
    who: CallWho,
) -> (BulkRuns, i64) {
    let path = dir.join("people.csv");
    std::fs::write(&path, csv).unwrap();
    let imports = ImportSessions::default();
    let import_id = import_file(&imports, &path, target).import_id;
    let bulk = BulkRuns::open(callboard, RunOptions::default()).unwrap();
    let calls = BulkCalls {
        who,
        start: CallStart::Now,
        window: None,
        spacing_seconds: 60,
    };
    let job = bulk
        .start(
            callboard,
            &imports,
            BulkRequest {
                import_id,
                account_id: account_id.to_owned(),
                calls: Some(calls),
            },
        )
        .await
        .unwrap();
    let job_id = i64::from(job.id);
    while bulk.status(job_id).unwrap().state == JobState::Running {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    (bulk, job_id)
}

pub struct HistoryScenario {
    _sim: Simulator,
    _dir: tempfile::TempDir,
    pub callboard: Callboard,
    _bulk: BulkRuns,
    pub getvocal: String,
    pub awaz: String,
}

/// What History is tested on: a GetVocal lead with a formula for a name, an Awaz call from the schedule screen, and a
/// bulk run of two Awaz contacts with calls.
pub async fn history_scenario() -> HistoryScenario {
    let sim = Simulator::start(SimConfig::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let callboard = open(dir.path()).await;
    // A name a spreadsheet would run as a formula.
    let getvocal = add_getvocal(&callboard, &sim, "=SUM(A1:A9)").await;
    let awaz = add_awaz(&callboard, &sim, "Clinics – Awaz").await;

    // The French people below are called without a recorded consent date: this client's
    // lists are not covered by the consent law (see the calling rules).
    without_consent_law(&callboard, &awaz);

    getvocal_actions::create_lead(
        &callboard,
        &getvocal,
        "lead-1".to_owned(),
        &LeadForm {
            phone_number: "+33612345678".to_owned(),
            first_name: "=HYPERLINK(\"http://evil.test\")".to_owned(),
            last_name: "Dupont".to_owned(),
            ..LeadForm::default()
        },
    )
    .await
    .unwrap();
    awaz_actions::schedule_call(
        &callboard,
        &awaz,
        "call-1".to_owned(),
        AwazCallForm {
            agent_id: RECEPTION_AGENT.to_owned(),
            from_phone_id: FIRST_PHONE.to_owned(),
            contact_name: "Marie Curie".to_owned(),
            contact_phone: "+33698765432".to_owned(),
            when: CallWhen::Now,
        },
    )
    .await
    .unwrap();

    let (bulk, _) = people_called_now(
        &callboard,
        dir.path(),
        &awaz,
                "Name,Phone,Email\nAda Lovelace,+33 6 11 11 11 11,ada@example.fr\nAlan Turing,+33 6 22 22 22 22,alan@example.fr\n",
        Target::AwazContacts,
        awaz_reception(),
    )
    .await;
    HistoryScenario {
        _sim: sim,
        _dir: dir,
        callboard,
        _bulk: bulk,
        getvocal,
        awaz,
    }
}
