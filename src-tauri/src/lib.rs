//! The desktop shell: plugins, managed state, the command list and the TypeScript bindings.
//! Every command is a few lines that call `callboard`; no product logic lives here.

mod commands;

use callboard::Workspace;
use tauri::Manager;

/// The typed command list, shared by the app and the bindings export.
pub fn specta_builder() -> tauri_specta::Builder<tauri::Wry> {
    tauri_specta::Builder::<tauri::Wry>::new()
        // Provider types are read leniently (serde defaults) but always sent whole: one TS type each.
        .disable_serde_phases()
        .commands(tauri_specta::collect_commands![
            commands::app::app_info,
            commands::getvocal::getvocal_personas,
            commands::awaz::awaz_agents,
            commands::awaz::awaz_phones,
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
            // Until accounts can be added, every start is a demo start (`--demo` is accepted
            // for the day a configured account would otherwise win).
            let workspace = tauri::async_runtime::block_on(Workspace::start_demo())?;
            app.manage(workspace);
            Ok(())
        })
        .run(tauri::generate_context!())
        .expect("Callboard could not start its window");
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
