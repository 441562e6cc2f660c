# L'écran Clients (ui/src/screens/clients) : le carnet de clients, les recharges groupées, les recharges récurrentes, les relevés.

clients-title = Clients
clients-purpose = Les clients de votre agence et leurs espaces client Awaz : rechargez-en plusieurs à la fois, planifiez des recharges récurrentes et enregistrez les relevés mensuels.
clients-loading = Chargement de vos clients…
clients-empty = Aucun client ne correspond. Ajoutez-en un, ou remplissez le carnet à partir de vos recharges passées.
clients-add = Ajouter un client
clients-add-title = Nouveau client
clients-edit = Modifier
clients-edit-title = Modifier { $name }
clients-fill = Remplir à partir des recharges passées
clients-filled = { $count ->
    [0] Aucun nouvel espace client trouvé dans vos recharges passées.
    [one] 1 client ajouté à partir de vos recharges passées.
   *[other] { $count } clients ajoutés à partir de vos recharges passées.
}
clients-search = Rechercher
clients-tag = Étiquette
clients-tag-any = Toutes les étiquettes
clients-show-archived = Afficher les clients archivés
clients-archived = Archivé
clients-archive = Archiver
clients-unarchive = Désarchiver
clients-pick = Sélectionner { $name }
clients-back = ← Retour aux clients

## En-têtes de tableau

clients-column-pick = Choix
clients-column-client = Client
clients-column-workspace = Espace client
clients-column-next-due = Prochaine recharge prévue
clients-column-kind = Type
clients-column-amount = Montant
clients-column-reference = Référence
clients-column-account = Envoyé depuis
clients-column-outcome = Résultat
clients-column-send = Envoyer
clients-column-due = Date
clients-column-month = Mois
clients-column-total = Total
clients-column-count = Recharges
clients-column-when = Date

## Le formulaire client

clients-name = Nom du client
clients-workspace-email = E-mail de l'espace client
clients-workspace-hint = L'adresse e-mail sous laquelle l'espace client Awaz est enregistré. Indiquez-la, l'identifiant de l'espace, ou les deux.
clients-workspace-id = Identifiant de l'espace client
clients-account = Compte Awaz
clients-account-hint = Le compte Awaz depuis lequel les recharges de ce client sont envoyées.
clients-account-none = À choisir lors de la recharge
clients-tags = Étiquettes
clients-tags-hint = Des mots pour regrouper les clients, séparés par des virgules, par exemple : forfait, Paris.
clients-notes = Notes
clients-save = Enregistrer
clients-saving = Enregistrement…
clients-cancel = Annuler
clients-checking = Vérification…

## Types et montants

clients-kind = À ajouter
clients-kind-credits = Crédits
clients-kind-minutes = Minutes
clients-amount = Montant
clients-amount-hint = Un nombre supérieur à zéro, par exemple 25 ou 10,50.
clients-amount-credits = { $amount } crédits
clients-amount-minutes = { $amount } minutes
clients-reference = Référence
clients-reference-hint = Figure sur le relevé du client, par exemple un numéro de facture ou de commande.

## Plusieurs clients à la fois

clients-several-title = Recharger plusieurs clients
clients-several-intro = Cochez des clients dans la liste, choisissez une étiquette ou utilisez un fichier CSV. Vous vérifiez chaque ligne avant tout envoi.
clients-top-up-picked = { $count ->
    [0] Recharger les clients cochés
    [one] Recharger 1 client coché
   *[other] Recharger { $count } clients cochés
}
clients-top-up-tag = Recharger tous les clients étiquetés « { $tag } »
clients-top-up-csv = Recharger à partir d'un fichier CSV
clients-batch-for-clients = { $count ->
    [one] Recharger 1 client
   *[other] Recharger { $count } clients
}
clients-batch-for-tag = Recharger tous les clients étiquetés « { $tag } »
clients-batch-for-csv = Recharger à partir d'un fichier CSV
clients-batch-intro = La même recharge pour chaque client. Rien n'est envoyé avant que vous ne confirmiez.
clients-batch-csv-path = Fichier CSV
clients-batch-csv-hint = Le chemin complet d'un fichier avec les colonnes workspace, kind, amount et reference.
clients-batch-account = Compte Awaz pour les clients qui n'en ont pas
clients-batch-account-hint = Les clients dont le compte est indiqué gardent le leur.
clients-batch-review = Vérifier les recharges
clients-batch-review-title = Vérifiez les recharges
clients-batch-title = Recharges
clients-batch-total = { $amount } au total ({ $lines ->
    [one] 1 ligne
   *[other] { $lines } lignes
})
clients-batch-left-out = Ces lignes ont été écartées :
clients-batch-send = Envoyer ces recharges
clients-batch-confirm = Oui, les envoyer
clients-batch-confirm-note = Chaque recharge est envoyée une seule fois. Si aucune réponse ne revient, la ligne est mise de côté pour que vous vérifiiez, jamais renvoyée.
clients-batch-discard = Ne pas envoyer
clients-batch-counts = Faites : { $done } · Refusées : { $refused } · À vérifier : { $unknown } · Restant à envoyer : { $waiting }
clients-batch-pause = Mettre en pause
clients-batch-resume = Reprendre
clients-batch-retry-blocked = Réessayer les lignes mises de côté
clients-batch-close = Retour aux clients

## Le résultat de chaque ligne

clients-stage-waiting = En attente
clients-stage-sending = Envoi…
clients-stage-done = Faite
clients-stage-refused = Refusée
clients-stage-unknown = Inconnu — à vérifier
clients-stage-unknown-next = Regardez le solde de l'espace client dans Awaz, puis indiquez dans l'Historique si la recharge a été ajoutée. Elle ne sera pas renvoyée d'elle-même.
clients-stage-blocked = Pas encore envoyée
clients-stage-blocked-next = Rien n'a été envoyé. Elle sera réessayée à la reprise.
clients-stage-skipped = Déjà envoyée dans un autre lot

## Lots non terminés

clients-unfinished-title = Recharges non terminées
clients-unfinished-line = { $question } — { $done } sur { $lines } faites.
clients-unfinished-resume = Reprendre
clients-unfinished-open = Afficher

## Recharges à faire

clients-due-title = { $count ->
    [one] 1 recharge prévue est à faire
   *[other] { $count } recharges prévues sont à faire
}
clients-due-intro = Ces recharges récurrentes ont atteint leur date. Décochez celles que vous ne voulez pas envoyer maintenant, puis vérifiez-les.
clients-due-missed = Date dépassée
clients-due-pass-over = Ne pas envoyer celle-ci
clients-due-tick = Envoyer la recharge de { $name } du { $date }
clients-due-on = Prévue le { $date }
clients-due-review = { $count ->
    [0] Vérifier les recharges à faire
    [one] Vérifier 1 recharge à faire
   *[other] Vérifier { $count } recharges à faire
}
clients-due-banner = { $count ->
    [one] 1 recharge prévue est à faire.
   *[other] { $count } recharges prévues sont à faire.
}
clients-due-banner-open = Vérifier
clients-home-due-title = Recharges à faire
clients-home-due-description = Des recharges récurrentes de clients attendent votre confirmation.
clients-home-due-line = { $name } : { $amount }, { $date }

## La page d'un client

clients-months-title = Totaux par mois
clients-months-empty = Aucune recharge faite pour l'instant.
clients-top-ups-title = Recharges
clients-top-ups-empty = Aucune recharge envoyée à ce client pour l'instant.
clients-state-pending = En cours
clients-state-done = Faite
clients-state-refused = Refusée
clients-state-unknown = Inconnu — à vérifier
clients-plans-title = Recharges récurrentes
clients-plans-intro = Une recharge prévue chaque mois (ou tous les quelques mois). À sa date, Callboard vous demande de la confirmer.
clients-plans-empty = Aucune recharge récurrente pour ce client.
clients-plan-schedule = Quand
clients-plan-every = { $months ->
    [one] Le { $day } de chaque mois
   *[other] Le { $day }, tous les { $months } mois
}
clients-plan-next = Prochaine date
clients-plan-stopped = Arrêtée
clients-plan-stop = Arrêter
clients-plan-restart = Reprendre
clients-plan-add = Planifier une recharge récurrente
clients-plan-day = Jour du mois
clients-plan-day-hint = De 1 à 31 ; dans les mois plus courts, le dernier jour du mois.
clients-plan-every-months = Tous les combien de mois

## Relevés et fichiers

clients-statement-title = Relevé…
clients-statement-month = Mois
clients-statement-format = Fichier
clients-statement-pdf = PDF, à envoyer au client
clients-statement-csv = CSV, pour un tableur
clients-statement-save = Enregistrer le relevé
clients-statement-saved = { $file } enregistré dans votre dossier Téléchargements.
clients-open-folder = Ouvrir le dossier
clients-file-title = Le carnet de clients en fichier
clients-export = Exporter le carnet (CSV)
clients-exported = { $rows ->
    [one] 1 client enregistré
   *[other] { $rows } clients enregistrés
} dans { $file } (dossier Téléchargements).
clients-import-path = Fichier CSV à importer
clients-import-hint = Le chemin complet d'un fichier avec les mêmes colonnes que l'export. Un espace client déjà dans le carnet est mis à jour.
clients-import = Importer
clients-imported = Ajoutés : { $added } · Mis à jour : { $updated }
