# Mots de l'application de bureau, rédigés par Rust (src-tauri/src/lib.rs).

# Où sont gardées les connexions (Réglages → « Où Callboard garde ses données »).
shell-keychain-macos = le trousseau de votre Mac (l'application Trousseau d'accès), sous le nom « { $name } »
shell-keychain-windows = le Gestionnaire d'identification de Windows, sous le nom « { $name } »
shell-keychain-linux = le trousseau de votre ordinateur (GNOME Keyring ou KWallet, l'application Mots de passe et clés), sous le nom « { $name } »
