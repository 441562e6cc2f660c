# L’écran Historique : tout ce que Callboard a envoyé, et le journal des appels Awaz (ui/src/screens/history).

history-title = Historique
history-purpose = Tout ce que Callboard a envoyé pour vous — leads, appels, clés, recharges — et comment chaque envoi s’est terminé.
history-tab-everything = Tout
history-tab-journal = Ce que Callboard a fait
history-tab-awaz-calls = Appels Awaz

## Tout : les deux plateformes dans une seule liste

history-kind-call = Appel
history-kind-lead = Lead
history-kind-top-up = Recharge
history-kind-contact = Contact
history-kind-webhook = Webhook
history-kind-api-key = Clé API
history-kind-cancel = Appels annulés
history-range-problem = Le premier jour doit précéder le dernier.
history-platform = Plateforme
history-account = Compte
history-all-accounts = Tous les comptes
history-from = Du
history-to = Au
history-order = Ordre
history-newest = Plus récents d’abord
history-oldest = Plus anciens d’abord
history-search = Rechercher
history-search-placeholder = Nom, numéro de téléphone…
history-outcome = Résultat
history-outcome-all = (tous — cochez-en pour ne voir que ceux-là)
history-loading = Chargement de l’historique…
history-drawing-chart = Dessin du graphique…
history-nothing-matches = Rien ne correspond à ces filtres.
history-count = { $count ->
    [one] { $count } entrée
   *[other] { $count } entrées
}
history-incomplete = Seuls les appels Awaz les plus récents ont été chargés. Choisissez une période plus courte pour voir les plus anciens.
history-when = Date
history-where = Où
history-what = Quoi
history-loading-more = Chargement d’autres entrées…

## Le graphique des appels par résultat

history-chart-title = Appels par résultat, par jour
history-chart-axis = Appels
history-chart-empty = Aucun appel sur ces dates pour l’instant.
history-chart-summary = Appels par résultat, par jour : { $totals }
history-chart-total = { $outcome } : { $count }
history-chart-legend = { $outcome } : { $count }

## Ce que Callboard a fait : le journal de chaque requête

history-both-platforms = Les deux
history-journal-search-placeholder = Nom, numéro de téléphone, Lead ID…
history-journal-no-match = Rien ne correspond à cette recherche.
history-journal-empty = Rien pour l’instant. Les leads, appels, clés et recharges que vous envoyez apparaissent ici.
history-started = Début
history-finished = Fin
history-no-answer-yet = Pas encore de réponse
history-about = Concerne
history-why = Pourquoi
history-request = Ce que Callboard a envoyé
history-response = Ce qui a été répondu

## Appels Awaz

history-calls-intro = Les plus récents d’abord. Choisissez un appel pour voir ce que l’agent IA a appris.
history-calls-search = Rechercher par nom ou téléphone
    .placeholder = Nom ou téléphone…
history-calls-status = État
history-calls-every-status = Tous les états
history-calls-searching = { $count ->
    [one] Recherche dans l’appel chargé jusqu’ici. Chargez-en plus pour chercher aussi dans les appels plus anciens.
   *[other] Recherche dans les { $count } appels chargés jusqu’ici. Chargez-en plus pour chercher aussi dans les appels plus anciens.
}
history-calls-none = Aucun appel pour l’instant.
history-calls-no-match = Aucun appel chargé ne correspond.
history-calls-contact = Contact
history-calls-phone = Téléphone
history-calls-unnamed = Contact sans nom
history-calls-loading = Chargement des appels…
history-calls-load-more = Charger plus d’appels
history-calls-all-loaded = Tous les appels sont affichés.
history-call-details = Détails de l’appel
history-call-close = Fermer
history-call-loading = Chargement de l’appel…
history-call-email = E-mail
history-call-id = Identifiant de l’appel Awaz
history-call-found-out = Ce que l’agent IA a appris
history-call-no-variables = Rien pour l’instant. Les réponses apparaissent ici une fois l’appel terminé avec des résultats.
history-variable-not-given = — (non donné)
history-variable-yes = Oui
history-variable-no = Non
