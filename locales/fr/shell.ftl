# Mots de l'application de bureau, rédigés par Rust (src-tauri/src/lib.rs).

# Où sont gardées les connexions (Réglages → « Où Callboard garde ses données »).
shell-keychain-macos = le trousseau de votre Mac (l'application Trousseau d'accès), sous le nom « { $name } »
shell-keychain-windows = le Gestionnaire d'identification de Windows, sous le nom « { $name } »
shell-keychain-linux = le trousseau de votre ordinateur (GNOME Keyring ou KWallet, l'application Mots de passe et clés), sous le nom « { $name } »

# Notification de bureau au démarrage quand des recharges récurrentes sont arrivées à échéance.
shell-due-notification-title = Recharges à vérifier
shell-due-notification-body = { $count ->
    [one] 1 recharge planifiée est arrivée à échéance. Ouvrez Callboard pour la vérifier ; rien n’est envoyé avant votre confirmation.
   *[other] { $count } recharges planifiées sont arrivées à échéance. Ouvrez Callboard pour les vérifier ; rien n’est envoyé avant votre confirmation.
}
