// Hides the extra console window on Windows release builds (the command line attaches to the
// console it was started from, see crates/cli).
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    // `callboard top-up …`, `callboard --help`: the command line, before any Tauri code runs
    // (no window, no single-instance check; the data folder's lock keeps it from writing
    // while the window is open).
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if callboard_cli::is_command(&args) {
        return callboard_cli::run(args);
    }
    callboard_app::run();
    std::process::ExitCode::SUCCESS
}
