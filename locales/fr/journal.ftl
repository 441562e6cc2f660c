# Résumés du journal et questions de confirmation, rédigés par Rust (awaz_actions.rs,
# getvocal_actions.rs). Un résumé est enregistré sous forme d'identifiant et de valeurs, et
# rédigé à chaque lecture : il suit le changement de langue.

journal-awaz-save-contact = Enregistrer le contact { $name } ({ $phone })
journal-awaz-call-now = Appeler { $name } ({ $phone }) maintenant
journal-awaz-call-at = Appeler { $name } ({ $phone }) le { $when }
journal-awaz-subscribe-hook = Prévenir { $url } des appels
journal-awaz-delete-hook = Ne plus prévenir { $url }
# « Ajouter 25 crédits à north-clinic@callboard.test »
journal-awaz-top-up = Ajouter { $amount } { $kind ->
        [minutes] { $amount ->
            [one] minute
           *[other] minutes
        }
       *[credits] { $amount ->
            [one] crédit
           *[other] crédits
        }
    } à { $workspace }
journal-awaz-top-up-question = { journal-awaz-top-up } ?
journal-getvocal-create-api-key = Créer la clé API « { $name } »
journal-getvocal-revoke-api-key = Révoquer la clé API « { $name } »
journal-getvocal-create-lead = Créer le prospect { $lead }
journal-getvocal-call-now = Appeler { $lead } maintenant
journal-getvocal-call-at = Appeler { $lead } le { $when }
journal-getvocal-cancel-calls = Annuler les appels prévus de { $lead }
# Un résumé suivi de ce que les règles d'appel y ont changé.
journal-with-note = { $summary }. { $note }
# Un prospect que Callboard n'a pas créé, connu seulement par son identifiant GetVocal.
journal-getvocal-lead-id = le prospect { $id }

# Enregistré comme motif de ce qu'une exécution précédente a laissé en route (store.rs).
journal-interrupted-action = Callboard s'est fermé avant l'arrivée de la réponse : la demande a peut-être été appliquée, ou non. Vérifiez avant de réessayer.
journal-interrupted-row = Callboard s'est fermé avant l'arrivée de la réponse ; tout est vérifié avant le moindre nouvel envoi.

# Pendant qu'Awaz demande à Callboard de patienter (awaz_actions.rs).
journal-awaz-waiting-rate-limited = Awaz nous a demandé de patienter — reprise à { $time }. Rien n'est perdu ; gardez cette fenêtre ouverte.
journal-awaz-waiting-unavailable = Awaz est très sollicité et nous a demandé de patienter — reprise à { $time }. Rien n'est perdu ; gardez cette fenêtre ouverte.

# Notes sur les lignes d'un envoi groupé (bulk/), rédigées quand la ligne change.
journal-bulk-checked = Vérifié par vous : c'est passé.
journal-bulk-getvocal-lost = Aucune réponse n'est revenue de GetVocal : cet appel a peut-être été passé. Regardez les appels du prospect { $name } ({ $phone }) dans GetVocal ; renvoyez-le seulement s'il n'y en a aucun.
journal-bulk-awaz-lost = Aucune réponse n'est revenue d'Awaz : ce contact a peut-être été enregistré, ou pas, et Awaz ne permet pas de le rechercher. Vérifiez les contacts dans Awaz ; renvoyez-le seulement s'il n'y est pas.
journal-bulk-call-log-unreadable = Callboard n'a pas pu consulter le journal d'appels Awaz : { $problem }
journal-bulk-no-answer = pas de réponse
journal-bulk-gave-up-unknown = Callboard n'a pas pu savoir si c'est passé après { $tries } tentatives. Dernier problème : { $last }
journal-bulk-gave-up = Arrêté après { $tries } tentatives. Dernier problème : { $last }

# Ce que la personne a constaté en vérifiant une action au résultat incertain (journal.rs).
journal-settled-applied = Vérifié par vous : c'est passé.
journal-settled-not-applied = Vérifié par vous : ce n'est pas passé.

# La confirmation d'un lot de recharges (clients/batch.rs) : « Ajouter 1500 minutes et 75,50
# crédits à 3 espaces de travail ? ». Le `$count` d'un montant est sa valeur, pour accorder le mot qui suit.
journal-batch-question = Ajouter { $amounts } à { $count ->
        [one] 1 espace de travail
       *[other] { $count } espaces de travail
    } ?
journal-batch-amount = { $amount } { $kind ->
        [minutes] { $count ->
            [one] minute
           *[other] minutes
        }
       *[credits] { $count ->
            [one] crédit
           *[other] crédits
        }
    }
journal-batch-amounts = { $first } et { $second }

# Comment un compte se connecte, quand ce n'est pas par e-mail (accounts.rs) : « clé API 8a0d719f… », ou « clé API ».
journal-account-key-label = { $shown ->
        [none] Clé API
        [whole] Clé API { $start }
       *[cut] Clé API { $start }…
    }

# Les comptes d'essai du mode démonstration (service.rs), nommés dans la langue du moment.
journal-demo-getvocal = Démo GetVocal
journal-demo-awaz = Démo Awaz

# Titres de l'historique pour les lignes d'envois groupés et les appels lus dans un journal d'appels, rédigés à la lecture.
journal-history-call = Appel à { $who }
journal-history-lead = Créer le prospect { $who }
journal-history-contact = Enregistrer le contact { $who }
