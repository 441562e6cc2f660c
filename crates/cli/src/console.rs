//! The app is a GUI program on Windows (no console of its own in release builds): the command
//! line writes to the console it was started from, attached before anything is printed.

#[cfg(windows)]
pub fn attach_to_parent() {
    use windows_sys::Win32::System::Console::{AttachConsole, ATTACH_PARENT_PROCESS};
    // SAFETY: a plain Win32 call without pointers; failing (no parent console, or one already
    // attached) leaves the process as it was.
    unsafe {
        AttachConsole(ATTACH_PARENT_PROCESS);
    }
}

#[cfg(not(windows))]
pub fn attach_to_parent() {}
