# Ne pas appeler : la liste unique des numéros que Callboard n'appelle jamais, et les actions depuis la page d'un appel.

do-not-call-title = Ne pas appeler
do-not-call-purpose = Les numéros que Callboard n'appelle jamais, sur GetVocal comme sur Awaz, depuis aucun compte : les imports et les appels un par un les refusent en expliquant pourquoi.

## Comment un numéro est arrivé sur la liste

do-not-call-how-by-hand = à la main
do-not-call-how-spreadsheet = depuis un tableur
do-not-call-how-call-details = depuis un appel
do-not-call-how-national-list = depuis une liste nationale d'opposition

## Ajouter des numéros

do-not-call-your-name = Votre nom
do-not-call-your-name-hint = Conservé avec chaque numéro, pour que chacun voie qui l'a ajouté.
do-not-call-add-title = Ajouter un numéro
do-not-call-add-description = Pour une personne qui a demandé à ne plus être appelée.
do-not-call-phone = Numéro de téléphone
do-not-call-phone-hint = Toute écriture habituelle ; un numéro sans indicatif pays utilise votre pays par défaut.
do-not-call-reason = Motif (facultatif)
do-not-call-reason-hint = Vide signifie « A demandé à ne pas être appelé ».
do-not-call-adding = Ajout…
do-not-call-add = Ajouter à la liste
do-not-call-added = Le { $phone } est sur la liste. Callboard ne l'appellera pas.
do-not-call-file-title = Ajouter des numéros depuis un fichier
do-not-call-file-description = Un tableur enregistré au format CSV, ou une liste nationale d'opposition comme un fichier de résultat Bloctel. Sur chaque ligne, la première cellule qui contient un numéro de téléphone est ajoutée ; les numéros peuvent être écrits avec ou sans « + ».
do-not-call-file = Fichier
do-not-call-file-kind = Type de fichier
do-not-call-file-spreadsheet = Un tableur de personnes qui ont refusé
do-not-call-file-national = Une liste nationale d'opposition (par ex. Bloctel)
do-not-call-file-add = Ajouter les numéros du fichier
do-not-call-file-report = { $added ->
    [one] { $added } ajouté
   *[other] { $added } ajoutés
}, { $already } déjà sur la liste.
do-not-call-file-report-skipped = { $added ->
    [one] { $added } ajouté
   *[other] { $added } ajoutés
}, { $already } déjà sur la liste. { $skipped ->
    [one] { $skipped } ligne ne contenait aucun numéro de téléphone :
   *[other] { $skipped } lignes ne contenaient aucun numéro de téléphone :
}
do-not-call-file-line = Ligne { $line } : { $text }
do-not-call-file-line-empty = Ligne { $line } : (vide)

## La liste

do-not-call-list-title = La liste
do-not-call-list-description = Du plus récent au plus ancien. Chaque numéro indique qui l'a ajouté, quand et pourquoi.
do-not-call-search = Chercher un numéro ou un nom
do-not-call-loading = Lecture de la liste…
do-not-call-empty = Aucun numéro sur la liste pour l'instant.
do-not-call-column-number = Numéro
do-not-call-column-why = Motif
do-not-call-column-added-by = Ajouté par
do-not-call-column-when = Quand
do-not-call-column-remove = Retirer
do-not-call-added-by = { $who } ({ $how })
do-not-call-added-by-for-account = { $who } ({ $how }, { $account })
do-not-call-remove = Retirer…
do-not-call-remove-question = Retirer le { $phone } de la liste « Ne pas appeler » ?
do-not-call-remove-confirm = Le retirer, les appels redeviennent possibles
do-not-call-removing = Retrait…
do-not-call-remove-explained = Callboard pourra de nouveau appeler ce numéro. Il avait été ajouté par { $who } : « { $reason } ». Votre nom est conservé avec le retrait.
do-not-call-remove-needs-name = Saisissez d'abord votre nom dans « Votre nom » ci-dessus.
do-not-call-exporting = Export…
do-not-call-export = Exporter la liste (CSV)
do-not-call-exported = { $rows ->
    [one] { $rows } numéro enregistré dans { $path }
   *[other] { $rows } numéros enregistrés dans { $path }
}

## Depuis la page d'un appel : quand la personne ne veut pas être appelée

do-not-call-caller-heading = Si cette personne ne veut pas être appelée
do-not-call-they-said-no = La personne a refusé…
do-not-call-dont-call-again = Ne plus appeler…
do-not-call-confirm = Confirmer
do-not-call-refusal-question = Enregistrer que la personne au { $number } a refusé pendant cet appel ?
do-not-call-refusal-explained = Pour un numéro français, Callboard ne l'appellera alors plus pour « { $account } » pendant les 60 jours pleins qui suivent (Code de la consommation, article D223-9). Le refus compte aussi comme un appel dans les limites par personne.
do-not-call-refusal-explained-any-account = Pour un numéro français, Callboard ne l'appellera alors plus pour ce compte pendant les 60 jours pleins qui suivent (Code de la consommation, article D223-9). Le refus compte aussi comme un appel dans les limites par personne.
do-not-call-add-question = Ajouter le { $number } à la liste « Ne pas appeler » ?
do-not-call-add-explained = Callboard n'appellera plus jamais ce numéro, depuis aucun compte, ni sur GetVocal ni sur Awaz, tant que personne ne l'a retiré de la liste.
do-not-call-caller-name-hint = Conservé avec l'action, pour que chacun voie qui l'a faite.
do-not-call-record-refusal = Enregistrer son refus
do-not-call-add-everywhere = Ajouter à la liste « Ne pas appeler »
do-not-call-not-now = Pas maintenant
# Le motif conservé avec un numéro ajouté depuis la page d'un appel.
do-not-call-reason-from-call = A demandé à ne plus être appelé ({ $call })
do-not-call-listed-everywhere = Le { $phone } est sur la liste « Ne pas appeler » : Callboard ne l'appellera plus, depuis aucun compte.
