# Mots de la liste d'opposition et des règles d'appel, rédigés par Rust (do_not_call.rs).

rules-do-not-call-refusal = Non appelé : { $phone } figure sur la liste d'opposition (ajouté { $source } par { $added_by } le { $day } : { $reason }).
rules-source-by-hand = à la main
rules-source-spreadsheet = depuis un tableur
rules-source-call-details = depuis le détail d'un appel
rules-source-national-list = depuis un fichier national d'opposition
# Enregistré avec le numéro quand la personne ne donne pas de motif.
rules-default-reason = A demandé à ne pas être appelé
rules-reason-from-file = { $reason } (fichier { $file })

# Les décisions des règles d'appel telles que présentées (calling.rs) ; `$reason` est la phrase de la règle elle-même.
rules-consent-statement = { $by } a confirmé disposer du consentement préalable de chaque personne de « { $list } » pour être appelée pour « { $account } ».
rules-refusal-effect = Callboard n'appellera pas le { $phone } pour « { $account } » : { $reason }.
rules-refusal-no-wait = Enregistré. Les règles d'appel du pays du { $phone } n'imposent aucun délai après un refus : ajoutez le numéro à la liste d'opposition si cette personne ne doit plus jamais être appelée.
rules-moved-note = { $reason } (règle { $rule })
rules-refused-note = Non appelé : { $reason }
rules-moved-group = { $count ->
        [one] { $count } appel déplacé
       *[other] { $count } appels déplacés
    } au { $moment } : { $rule }

# Les phrases des règles d'appel elles-mêmes (rule_words.rs), faites du code et des valeurs de chaque règle.
rules-unknown-zone = Impossible de savoir dans quel fuseau horaire se trouve le { $phone } : ses heures d'appel locales ne peuvent pas être vérifiées
rules-moved = { $rule } : déplacé au { $moment } ({ $zone })
rules-no-window = { $rule } : aucun moment autorisé dans les { $days } prochains jours ({ $zone })
rules-refusal-wait = { $rule } : refus exprimé le { $refused } ; nouvel appel possible à partir du { $allowed }
rules-limit = { $rule } : déjà { $count } appels
rules-limit-wait = { $limit } ; nouvel appel possible à partir du { $allowed }
rules-consent-since = { $rule } (depuis le { $since })
# Un moment à l'heure de la personne appelée : « lundi 7 décembre 2026 14:05 (Europe/Paris) ».
rules-moment = { $day } { $time } ({ $zone })
# Règles qu'ajoute Callboard pour un envoi (bulk/plan.rs).
rules-run-hours = en dehors des heures d'appel choisies pour cet envoi
rules-no-opening = Callboard n'a trouvé aucun moment dans les semaines à venir où les règles permettent cet appel
# Les noms des règles, au début de leurs phrases et dans la vérification d'un envoi.
rules-name-fr-hours = En dehors des heures d'appel autorisées en France (lun.-ven. 10:00-13:00, 14:00-20:00)
rules-name-fr-weekend = Week-end en France
rules-name-fr-holiday = Jour férié en France
rules-name-fr-attempts = Au plus 4 appels par personne sur 30 jours (loi française)
rules-name-fr-refusal = Refus exprimé : la loi française interdit de rappeler pendant 60 jours
rules-name-fr-consent = La loi française exige le consentement préalable et prouvable de la personne pour l'appeler
rules-name-us-hours = En dehors des heures d'appel autorisées aux États-Unis (8:00-21:00, heure locale)
rules-name-us-state-hours = En dehors des heures d'appel autorisées en Floride (8:00-20:00, heure locale)
rules-name-us-state-attempts = Au plus 3 appels par personne sur 24 heures (loi de Floride)
rules-name-default-hours = En dehors des heures d'appel définies dans les Paramètres ({ $window })
rules-name-default-days = Jour sans appels selon les Paramètres
rules-name-client-hours = En dehors des heures d'appel de ce client ({ $window })
rules-name-client-days = Jour sans appels pour ce client
rules-name-client-attempts = Au plus { $limit } appels par personne sur { $days } jours (règle de ce client)
