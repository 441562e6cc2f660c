# En-têtes de colonnes des exports CSV et mots de leurs cellules, rédigés par Rust.

exports-when-utc = Date (UTC)
exports-account = Compte
exports-platform = Plateforme
exports-workspace = Espace client
exports-what = Action
exports-outcome = Résultat
exports-reason = Motif
exports-status = Statut
exports-title = Intitulé
exports-details = Détails
exports-call-id = Identifiant de l'appel
exports-contact = Contact
exports-phone = Téléphone
exports-email = E-mail
exports-name = Nom
exports-line = Ligne
exports-stopped-at = Arrêté à l'étape
exports-added-by = Ajouté par
exports-why = Motif
exports-how = Origine
exports-added-utc = Ajouté le (UTC)

exports-outcome-pending = Envoi en cours (ou interrompu : vérifiez avant de réessayer)
exports-outcome-succeeded = Fait
exports-outcome-failed = Non appliqué
exports-outcome-unknown = Inconnu : vérifiez avant de réessayer

exports-bulk-skipped = ignoré : interdit par les règles d'appel ou la liste d'opposition
exports-bulk-to-check = à vérifier : a peut-être abouti
exports-bulk-failed = échec
exports-stage-lead = prospect
exports-stage-contact = contact
exports-stage-call = appel

exports-kind-call = Appel
exports-kind-lead = Prospect
exports-kind-top-up = Recharge
exports-kind-contact = Contact
exports-kind-webhook = Webhook
exports-kind-api-key = Clé API
exports-kind-cancel = Appels annulés

exports-group-upcoming = À venir
exports-group-reached = Joint
exports-group-not-reached = Non joint
exports-group-failed = Échec
exports-group-cancelled = Annulé
exports-group-needs-check = À vérifier
exports-group-pending = En cours d'envoi
exports-group-done = Fait
exports-group-refused = Refusé

# Le fichier des clients (clients/book.rs) ; un fichier se relit avec les en-têtes de l'une ou l'autre langue.
exports-clients-workspace-email = E-mail de l'espace de travail
exports-clients-workspace-id = Identifiant de l'espace de travail
exports-clients-account-id = Identifiant du compte
exports-clients-tags = Étiquettes
exports-clients-notes = Notes
exports-clients-archived = Archivé
exports-yes = oui
exports-no = non
# Une colonne sans en-tête d'un fichier importé.
exports-import-column = Colonne { $number }
# Qui a envoyé une recharge, quand le compte de cet ordinateur n'a pas de nom de connexion.
exports-sender-this-computer = cet ordinateur
