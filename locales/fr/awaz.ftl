# Éléments communs aux écrans Awaz et aux exports CSV (ui/src/awaz/*).

## Issue inconnue d'une action Awaz (AwazActionNotice) ; $where indique où regarder dans Awaz.

awaz-unknown-title = Nous ne savons pas si ceci a été appliqué : { $summary }.
awaz-unknown-explanation = La demande a été envoyée, mais la réponse d'Awaz n'est jamais arrivée. Ne la renvoyez pas tout de suite : { $where }

## Confirmations (Confirm)

awaz-confirm-sending = Envoi…
awaz-confirm-cancel = Annuler

## Export CSV (ExportButton)

awaz-export = { $rows ->
        [one] Exporter { $rows } ligne en CSV
       *[other] Exporter { $rows } lignes en CSV
    }
awaz-export-saving = Enregistrement…
awaz-export-saved = { $rows ->
        [one] { $rows } ligne enregistrée dans votre dossier Téléchargements, sous le nom « { $file } ». Le fichier s'ouvre dans Excel, Numbers ou LibreOffice.
       *[other] { $rows } lignes enregistrées dans votre dossier Téléchargements, sous le nom « { $file } ». Le fichier s'ouvre dans Excel, Numbers ou LibreOffice.
    }
awaz-open-folder = Ouvrir le dossier

## Les statuts d'appel d'Awaz en mots simples (callStatus)

awaz-status-scheduled = Planifié
    .hint = En attente de l'heure de l'appel.
awaz-status-pickup = Décroché
    .hint = La personne a décroché.
awaz-status-completed = Terminé
    .hint = L'appel s'est terminé normalement.
awaz-status-outcome = Résultats prêts
    .hint = L'appel est terminé et ce que l'agent a appris est disponible.
awaz-status-busy = Occupé
    .hint = La ligne était occupée.
awaz-status-voicemail = Messagerie
    .hint = Une messagerie vocale a répondu.
awaz-status-failed = Échec
    .hint = L'appel n'a pas pu être passé.
awaz-status-canceled = Annulé
    .hint = L'appel a été annulé avant d'avoir lieu.
awaz-status-unknown = Un statut que Callboard ne connaît pas encore.
