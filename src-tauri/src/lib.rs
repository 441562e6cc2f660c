//! The desktop shell: plugins, managed state, the command list and the TypeScript bindings.
//! Every command is a few lines that call `callboard`; no product logic lives here.

mod commands;
mod events;
mod startup;
mod updates;

use std::path::Path;

use callboard::data_folder;

use serde::Serialize;
use specta::Type;
use tauri::{AppHandle, Manager};

/// The keychain's service name, shared with the command line (crates/cli).
pub(crate) use callboard::data_folder::KEYCHAIN_SERVICE;

/// Where Callboard keeps things on this computer, for the Settings screen.
#[derive(Debug, Clone, Default, Serialize, Type)]
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
        // One vocabulary of outcomes: the words and the status table, written once in Rust.
        .typ::<callboard::outcome::OutcomeGroup>()
        .constant("OUTCOMES", callboard::outcome::OUTCOMES)
        .constant("CALL_STATUSES", callboard::outcome::CALL_STATUSES)
        .commands(tauri_specta::collect_commands![
            commands::app::app_info,
            commands::app::startup_problem,
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
            commands::settings::set_language,
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
            commands::history::settle_action,
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
            commands::bulk::bulk_resolve_rows,
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
            commands::bulk::bulk_review,
            commands::calling::calling_settings,
            commands::calling::calling_save_default_rule,
            commands::calling::calling_save_account_rules,
            commands::calling::calling_acknowledge_consent,
            commands::calling::calling_review_call,
            commands::calling::calling_callees,
            commands::calling::calling_record_refusal,
            commands::calling::do_not_call_list,
            commands::calling::do_not_call_add,
            commands::calling::do_not_call_add_file,
            commands::calling::do_not_call_remove,
            commands::calling::do_not_call_export,
            commands::lists::leads_book,
            commands::lists::upcoming_calls,
            commands::lists::calls_to_check,
            commands::lists::call_page,
            commands::lists::open_folder,
            commands::clients::clients_list,
            commands::clients::clients_save,
            commands::clients::clients_set_archived,
            commands::clients::clients_fill_from_history,
            commands::clients::clients_history,
            commands::clients::clients_export,
            commands::clients::clients_import,
            commands::clients::batch_draft,
            commands::clients::batch_draft_due,
            commands::clients::batch_confirm,
            commands::clients::batch_pause,
            commands::clients::batch_resume,
            commands::clients::batch_discard,
            commands::clients::batch_view,
            commands::clients::batches_list,
            commands::clients::plans_list,
            commands::clients::plan_save,
            commands::clients::plan_set_active,
            commands::clients::due_top_ups,
            commands::clients::due_top_up_pass_over,
            commands::clients::statement_top_ups,
            commands::clients::export_statement,
            commands::clients::save_agency,
            updates::update_status,
            updates::update_check,
            updates::update_check_automatically,
            updates::update_install,
        ])
        .events(tauri_specta::collect_events![
            events::BulkProgress,
            events::ActionRecorded,
            events::AwazThrottleChanged,
            events::UpdateStatusChanged,
            events::HistoryChanged,
            commands::clients::ClientBatchProgress,
        ])
}

pub fn run() {
    draw_without_compositing();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "warn,callboard=info".into()),
        )
        .init();

    let context = tauri::generate_context!();
    let builder = specta_builder();
    tauri::Builder::default()
        // First, so a second launch exits before it opens anything.
        .plugin(single_instance(&context.config().identifier))
        .plugin(updates::plugin())
        // Only Rust notifies (recurring top-ups due); the window has no notification permission.
        .plugin(tauri_plugin_notification::init())
        .invoke_handler(builder.invoke_handler())
        .setup(move |app| {
            builder.mount_events(app);
            app.manage(events::ThrottleFollowers::default());
            // Nothing slow before the window's first paint: Callboard opens in the background.
            app.manage(startup::begin(app));
            app.manage(updates::Updates::new(app.handle()));
            updates::start_automatic_checks(app.handle());
            events::start_forwarding(app.handle());
            Ok(())
        })
        .run(context)
        .expect("Callboard could not start its window");
}

/// On Linux, WebKitGTK draws the page in software rather than through its OpenGL compositor:
/// Callboard is forms and tables, the compositor's OpenGL start-up cost a third of a second
/// before the first frame and about 100 MiB in the page's process (measured with
/// `scripts/bench-startup.sh`), and it is what shows a blank window on some graphics drivers.
/// WebKit reads only whether its variable is set, so the way back is Callboard's own
/// `CALLBOARD_COMPOSITING=1` (the end-to-end tests use it: WebKitWebDriver's screenshots never
/// answer without the compositor). A `WEBKIT_DISABLE_COMPOSITING_MODE` the person set is kept.
/// Called first thing, before any thread exists to read the environment at the same time.
fn draw_without_compositing() {
    const SWITCH: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";
    let compositor_asked =
        std::env::var_os("CALLBOARD_COMPOSITING").is_some_and(|value| value == "1");
    if cfg!(target_os = "linux") && !compositor_asked && std::env::var_os(SWITCH).is_none() {
        std::env::set_var(SWITCH, "1");
    }
}

pub(crate) fn places(data_dir: &Path) -> Places {
    Places {
        settings_file: data_folder::settings_path(data_dir).display().to_string(),
        journal_file: data_dir
            .join(callboard::service::JOURNAL_FILE)
            .display()
            .to_string(),
        keychain: keychain_words(),
    }
}

/// One Callboard window per data folder: a second launch brings the first window forward and
/// exits. (Another program opening the same folder is stopped by its lock, see
/// `callboard::DataLock`.)
fn single_instance(identifier: &str) -> tauri::plugin::TauriPlugin<tauri::Wry> {
    let plugin = tauri_plugin_single_instance::Builder::new().callback(|app, _args, _cwd| {
        show_main_window(app);
    });
    // On Linux instances meet on the session bus, under a name per data folder, so test runs
    // with data folders of their own can share a session; elsewhere the plugin keys on the
    // app's identifier (one data folder per user).
    match data_folder::app_data_dir() {
        Some(data_dir) => plugin.dbus_id(single_instance_id(identifier, &data_dir)),
        None => plugin,
    }
    .build()
}

/// A D-Bus name for the instances on `data_dir`: the identifier, then a hash of the folder
/// (FNV-1a, stable across builds, so every version of the app meets under the same name).
fn single_instance_id(identifier: &str, data_dir: &Path) -> String {
    let hash = data_dir
        .as_os_str()
        .as_encoded_bytes()
        .iter()
        .fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
            (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
        });
    format!("{identifier}.data_{hash:016x}")
}

fn show_main_window(app: &AppHandle) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

/// In the current language: the window asks again after a change of language.
pub(crate) fn keychain_words() -> String {
    let place = if cfg!(target_os = "macos") {
        "shell-keychain-macos"
    } else if cfg!(target_os = "windows") {
        "shell-keychain-windows"
    } else {
        "shell-keychain-linux"
    };
    callboard::words::Words::new(place)
        .arg("name", KEYCHAIN_SERVICE)
        .text()
}

#[cfg(test)]
mod single_instance_names {
    use super::*;

    #[test]
    fn each_data_folder_has_its_own_single_instance_name() {
        let id = |folder: &str| single_instance_id("app.callboard.desktop", Path::new(folder));
        let home = id("/home/ana/.local/share/app.callboard.desktop");
        assert_eq!(home, id("/home/ana/.local/share/app.callboard.desktop"));
        assert_ne!(home, id("/tmp/callboard-e2e-1/data/app.callboard.desktop"));
        // A valid D-Bus name: dot-separated elements of letters, digits and `_`, none starting
        // with a digit.
        assert!(home.len() < 255);
        for element in home.split('.') {
            assert!(!element.is_empty() && !element.starts_with(|c: char| c.is_ascii_digit()));
            assert!(element
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_'));
        }
    }
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

#[cfg(test)]
mod shared_data_folder {
    /// The command line finds the data folder without Tauri (`callboard::data_folder`): it is
    /// Tauri's `app_data_dir` only while the identifier agrees and no override is configured.
    #[test]
    fn the_command_line_opens_the_data_folder_tauri_gives_the_window() {
        let config: serde_json::Value =
            serde_json::from_str(include_str!("../tauri.conf.json")).unwrap();
        assert_eq!(config["identifier"], callboard::data_folder::APP_IDENTIFIER);
        let app = &config["app"];
        assert!(app.get("appDirectoriesOverride").is_none());
        assert!(app.get("app-directories-override").is_none());
    }
}
