# Words of the desktop shell, worded by Rust (src-tauri/src/lib.rs).

# Where sign-ins are kept (Settings → "Where Callboard keeps things").
shell-keychain-macos = your Mac's Keychain (the Keychain Access app), under the name “{ $name }”
shell-keychain-windows = Windows Credential Manager, under the name “{ $name }”
shell-keychain-linux = your computer's keyring (GNOME Keyring or KWallet, the Passwords and Keys app), under the name “{ $name }”

# A desktop notification on start when recurring top-ups have come due.
shell-due-notification-title = Top-ups to review
shell-due-notification-body = { $count ->
    [one] 1 planned top-up is due. Open Callboard to review it; nothing is sent before you confirm.
   *[other] { $count } planned top-ups are due. Open Callboard to review them; nothing is sent before you confirm.
}
