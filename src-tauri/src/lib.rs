//! The desktop shell: plugins, managed state, the command list and the TypeScript bindings.
//! Every command is a few lines that call `callboard`; no product logic lives here.

mod commands;
mod settings_store;

use std::sync::Arc;

use callboard::bulk::{BulkRuns, ImportSessions, RunOptions};
use callboard::history::History;
use callboard::{Callboard, Keychain, OpenOptions};
use serde::Serialize;
use specta::Type;
use tauri::Manager;

use settings_store::PluginSettings;

/// The keychain's service name: development builds never share secrets with released ones.
const KEYCHAIN_SERVICE: &str = if cfg!(debug_assertions) {
    "app.callboard.desktop.dev"
} else {
    "app.callboard.desktop"
};

/// Where Callboard keeps things on this computer, for the Settings screen.
#[derive(Debug, Clone, Serialize, Type)]
pub struct Places {
    /// The settings file (accounts without their secrets, preferences).
    pub settings_file: String,
    /// The history of what was sent.
    pub journal_file: String,
    /// Where passwords' tokens and API keys are kept, in plain words.
    pub keychain: String,
}

/// The typed command list, shared by the app and the bindings export.
pub fn specta_builder() -> tauri_specta::Builder<tauri::Wry> {
    tauri_specta::Builder::<tauri::Wry>::new()
        // Provider types are read leniently (serde defaults) but always sent whole: one TS type each.
        .disable_serde_phases()
        .commands(tauri_specta::collect_commands![
            commands::app::app_info,
            commands::accounts::list_accounts,
            commands::accounts::add_getvocal_account_with_password,
            commands::accounts::add_getvocal_account_with_api_key,
            commands::accounts::add_awaz_account,
            commands::accounts::sign_in_again,
            commands::accounts::use_getvocal_api_key,
            commands::accounts::use_awaz_api_key,
            commands::accounts::sign_out,
            commands::accounts::remove_account,
            commands::settings::get_settings,
            commands::settings::save_preferences,
            commands::getvocal::getvocal_personas,
            commands::getvocal::getvocal_api_keys,
            commands::getvocal::getvocal_create_api_key,
            commands::getvocal::getvocal_revoke_api_key,
            commands::getvocal::getvocal_create_lead,
            commands::getvocal::getvocal_known_leads,
            commands::getvocal::getvocal_place_call,
            commands::getvocal::getvocal_cancel_calls,
            commands::getvocal::lead_languages,
            commands::getvocal::schedule_time_zones,
            commands::getvocal::preview_schedule_time,
            commands::history::action_history,
            commands::history::history,
            commands::history::history_chart,
            commands::history::history_export,
            commands::import::import_open,
            commands::import::import_update,
            commands::import::import_fix_cell,
            commands::bulk::bulk_start,
            commands::bulk::bulk_jobs,
            commands::bulk::bulk_status,
            commands::bulk::bulk_pause,
            commands::bulk::bulk_resume,
            commands::bulk::bulk_cancel,
            commands::bulk::bulk_failed_rows,
            commands::bulk::bulk_retry_rows,
            commands::bulk::bulk_export_failed,
            commands::awaz::awaz_agents,
            commands::awaz::awaz_phones,
            commands::awaz::awaz_directory,
            commands::awaz::awaz_known_contacts,
            commands::awaz::awaz_save_contact,
            commands::awaz::awaz_schedule_call,
            commands::awaz::awaz_calls,
            commands::awaz::awaz_call,
            commands::awaz::awaz_export_calls,
            commands::awaz::awaz_hooks,
            commands::awaz::awaz_subscribe_hook,
            commands::awaz::awaz_delete_hook,
            commands::awaz::awaz_plan_top_up,
            commands::awaz::awaz_top_up,
            commands::awaz::awaz_top_ups,
            commands::awaz::awaz_export_top_ups,
            commands::awaz::awaz_throttle,
        ])
}

pub fn run() {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "warn,callboard=info".into()),
        )
        .init();

    let builder = specta_builder();
    tauri::Builder::default()
        .plugin(tauri_plugin_store::Builder::default().build())
        .invoke_handler(builder.invoke_handler())
        .setup(move |app| {
            builder.mount_events(app);
            let data_dir = app.path().app_data_dir()?;
            let places = Places {
                settings_file: PluginSettings::path(app)?.display().to_string(),
                journal_file: data_dir
                    .join(callboard::service::JOURNAL_FILE)
                    .display()
                    .to_string(),
                keychain: keychain_words(),
            };
            let options = OpenOptions {
                data_dir: data_dir.clone(),
                settings: Arc::new(PluginSettings::open(app)?),
                keychain: Arc::new(Keychain::new(KEYCHAIN_SERVICE)),
                // Without saved accounts Callboard opens in demo mode anyway.
                demo: std::env::args().any(|argument| argument == "--demo"),
            };
            let callboard = tauri::async_runtime::block_on(Callboard::open(options))?;
            // After Callboard: opening it brings the journal file's schema up to date.
            let bulk = BulkRuns::open(&data_dir, RunOptions::default())?;
            app.manage(callboard);
            app.manage(bulk);
            app.manage(ImportSessions::default());
            app.manage(History::default());
            app.manage(places);
            Ok(())
        })
        .run(tauri::generate_context!())
        .expect("Callboard could not start its window");
}

fn keychain_words() -> String {
    let place = if cfg!(target_os = "macos") {
        "your Mac's Keychain (the Keychain Access app)"
    } else if cfg!(target_os = "windows") {
        "Windows Credential Manager"
    } else {
        "your computer's keyring (GNOME Keyring or KWallet, the Passwords and Keys app)"
    };
    format!("{place}, under the name “{KEYCHAIN_SERVICE}”")
}

#[cfg(test)]
mod bindings {
    use std::path::PathBuf;

    /// Fails when `ui/src/bindings.ts` no longer matches the Rust commands. Run with
    /// `CALLBOARD_UPDATE_BINDINGS=1` to rewrite the committed file.
    #[test]
    fn typescript_bindings_are_current() {
        let committed = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ui/src/bindings.ts");
        let fresh = tempfile::NamedTempFile::new().unwrap();
        super::specta_builder()
            .export(typescript(), fresh.path())
            .expect("bindings export");
        let fresh = std::fs::read_to_string(fresh.path()).unwrap();
        if std::env::var_os("CALLBOARD_UPDATE_BINDINGS").is_some() {
            std::fs::write(&committed, &fresh).unwrap();
        }
        let current = std::fs::read_to_string(&committed).unwrap_or_default();
        assert!(
            current == fresh,
            "ui/src/bindings.ts is stale: run `CALLBOARD_UPDATE_BINDINGS=1 cargo test -p callboard-app --lib bindings`"
        );
    }

    fn typescript() -> specta_typescript::Typescript {
        specta_typescript::Typescript::default()
            .header("// Generated from the Rust commands by tauri-specta. Do not edit.\n")
    }
}
