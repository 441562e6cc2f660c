# Les mots de la ligne de commande (crates/cli) : ce qu'elle affiche pour la personne, ses échecs
# et la marche à suivre (`.next`), ses questions, ses tableaux et son `--help`. La sortie JSON
# n'est pas traduite : ses clés restent en anglais pour les scripts.

cli-could-not-start = Callboard n'a pas pu démarrer : { $error }.
cli-output-failed = Impossible d'écrire le résultat : { $error }.

# `$doing` est l'un des `cli-doing-…` ci-dessous.
cli-folder-in-use = Callboard est ouvert sur cet ordinateur : fermez-le, ou utilisez l'application pour { $doing }. Rien n'a été envoyé.
    .next = Un seul programme à la fois peut utiliser les fichiers de Callboard (dans { $folder }).
cli-doing-top-up = recharger
cli-doing-list-accounts = afficher les comptes
cli-doing-list-clients = afficher les clients
cli-doing-export-clients = exporter les clients
cli-doing-find-client = trouver le client
cli-doing-send-batch = envoyer un lot de recharges
cli-doing-write-statement = établir un relevé
cli-doing-list-top-ups = afficher les recharges

# Ouvrir Callboard et choisir le compte Awaz (open.rs).
cli-no-saved-account = Callboard n'a encore aucun compte enregistré sur cet ordinateur.
    .next = Ouvrez l'application Callboard et ajoutez votre compte Awaz dans Comptes (avec « Se souvenir sur cet ordinateur ») : la ligne de commande utilise les comptes de l'application.
cli-no-data-folder = Le dossier des données d'applications de cet ordinateur est introuvable.
    .next = Vérifiez que votre compte utilisateur a bien un dossier personnel.
# Un nom dans une liste de noms : « Cliniques – Awaz », « Dentaire – Awaz ».
cli-quoted = « { $name } »
cli-unknown-awaz-account = Callboard n'a pas de compte Awaz « { $wanted } ».
cli-use-one-of = Utilisez l'un de ceux-ci : { $names }.
cli-no-awaz-account = Callboard n'a encore aucun compte Awaz.
    .next = Ajoutez-en un dans l'application Callboard (Comptes).
cli-several-awaz-accounts = Callboard a plusieurs comptes Awaz : indiquez lequel avec --account.
cli-account-needs-key = « { $account } » n'a pas de clé API utilisable sur cet ordinateur.
    .next = Ouvrez l'application Callboard et redonnez sa clé à ce compte (Comptes).

# Confirmation (confirm.rs, batch.rs).
cli-confirm-no-terminal = Non envoyé : « { $what } » demande votre confirmation, et aucun terminal ne permet de la demander.
    .next = Relancez la commande avec --yes pour confirmer à l'avance.
cli-confirm-prompt = { $what } ? [o/N]
cli-answered-no = Non envoyé : vous avez répondu non.
# « Ajouter 25 crédits à North Clinic (north-clinic@example.com) » ; `$count` est le montant,
# pour accorder le mot qui le suit.
cli-confirm-one-line = Ajouter { $amount } { cli-kind } à { $line }
# `$what` : la question du lot, ou `cli-confirm-one-line` ; `$names` : les comptes.
cli-confirm-from = { $what } depuis { $accounts ->
        [one] le compte Awaz
       *[other] les comptes Awaz
    } { $names }

# Un type de recharge dans une phrase ou une cellule ; `$count` est le montant.
cli-kind = { $kind ->
        [minutes] { $count ->
            [one] minute
           *[other] minutes
        }
       *[credits] { $count ->
            [one] crédit
           *[other] crédits
        }
    }

# Lots (batch.rs).
cli-no-file = Le fichier { $path } n'existe pas.
cli-batch-not-sendable = Non envoyé : { $count ->
        [one] 1 ligne
       *[other] { $count } lignes
    } du fichier ne { $count ->
        [one] peut
       *[other] peuvent
    } pas être { $count ->
        [one] utilisée
       *[other] utilisées
    } (voir ci-dessus).
    .next = Corrigez { $file } et relancez la commande.
cli-dry-run = Essai à blanc : rien n'a été envoyé. { $question }
cli-line-progress = Ligne { $position } : { $line } — { $outcome }
cli-pausing = Mise en pause après la ligne en cours d'envoi…
# Un modèle d'indicatif : `$bar`, `$pos`, `$len` et `$eta` sont ses propres emplacements.
cli-progress = { $bar } { $pos }/{ $len } recharges envoyées (encore { $eta })
cli-review-total = Total : { $amount } { cli-kind } ({ $lines ->
        [one] 1 ligne
       *[other] { $lines } lignes
    })
cli-review-left-out = Écartée : { $problem }
cli-batch-counts = { $done } { $done ->
        [one] effectuée
       *[other] effectuées
    }, { $refused } { $refused ->
        [one] refusée
       *[other] refusées
    }, { $unknown } { $unknown ->
        [one] incertaine (à vérifier)
       *[other] incertaines (à vérifier)
    }, { $blocked } non { $blocked ->
        [one] envoyée
       *[other] envoyées
    }.
cli-batch-check-unknown = Vérifiez les recharges incertaines dans Awaz, puis réglez-les dans l'application Callboard (Historique) : elles ne seront pas renvoyées.
cli-batch-paused = En pause : reprenez-le dans l'application Callboard (Clients, lots).
# Une ligne d'un lot : son client et son espace de travail.
cli-line-label = { $name } ({ $workspace })
cli-stage-waiting = à envoyer
cli-stage-sending = incertaine (interrompue) : vérifiez avant de réessayer
cli-stage-done = effectuée
cli-stage-refused = refusée
cli-stage-unknown = incertaine : à vérifier
cli-stage-blocked = non envoyée
cli-stage-skipped = ignorée (envoyée dans un autre lot)
cli-stage-with-reason = { $stage } : { $reason }

# En-têtes de colonnes des tableaux et des listes CSV.
cli-column-number = N°
cli-column-client = Client
cli-column-workspace = Espace de travail
cli-column-kind = Type
cli-column-amount = Montant
cli-column-reference = Référence
cli-column-from-account = Compte d'envoi
cli-column-outcome = Résultat
cli-column-name = Nom
cli-column-platform = Plateforme
cli-column-signed-in-as = Connecté en tant que
cli-column-status = État
cli-column-address = Adresse
cli-column-id = Identifiant
cli-column-workspace-email = E-mail de l'espace de travail
cli-column-workspace-id = Identifiant de l'espace de travail
cli-column-tags = Étiquettes
cli-column-next-due = Prochaine échéance
cli-column-archived = Archivé
cli-column-sent = Envoyée le
cli-column-account = Compte
cli-column-reason = Motif

# Comptes (accounts.rs).
cli-no-accounts = Aucun compte pour l'instant : ajoutez-les dans l'application Callboard (Comptes).
cli-account-ready = prêt
cli-account-needs-sign-in = reconnectez-vous dans l'application

# Clients (clients.rs).
cli-archived = oui
cli-clients-exported = { $rows ->
        [one] 1 client écrit
       *[other] { $rows } clients écrits
    } dans { $path }.
cli-no-such-client = Le carnet n'a pas de client « { $name } ».
    .next = `callboard clients list` affiche le carnet ; ajoutez des clients dans l'application Callboard (Clients).
cli-several-clients = Plusieurs clients du carnet s'appellent « { $name } ».
    .next = Désignez plutôt le client par l'e-mail ou l'identifiant de son espace de travail.

# Relevés (statement.rs).
cli-statement-written = Relevé de { $client } pour { $month } ({ $rows ->
        [one] 1 recharge
       *[other] { $rows } recharges
    }) écrit dans { $path }.
cli-statement-format = --out { $path } : donnez un fichier se terminant par .pdf ou .csv, ou précisez le format avec --format.

# Une recharge (top_up.rs).
cli-credits-or-minutes = Indiquez soit --credits, soit --minutes.
cli-client-or-workspace = Indiquez --client ou --workspace.
cli-client-without-workspace = Le client « { $client } » n'a pas d'espace de travail Awaz dans le carnet.
    .next = Ajoutez l'e-mail ou l'identifiant de son espace de travail dans l'application Callboard (Clients).
cli-not-sent = Non envoyé : { $outcome }
# « 25 crédits à north-clinic@example.com »
cli-top-up-summary = { $amount } { cli-kind } à { $workspace }
cli-top-up-done = C'est fait : ajout de { $summary }.
cli-top-up-done-balance = C'est fait : ajout de { $summary }. L'espace de travail a maintenant { $credits } crédits et { $minutes } minutes.
cli-top-up-unknown = Envoyé, mais la réponse s'est perdue : l'ajout de { $summary } est peut-être passé. Il est mis de côté pour vérification et ne sera pas renvoyé : consultez le solde de l'espace de travail dans Awaz, puis réglez-le dans l'application Callboard (Historique).
cli-top-up-not-done = Non effectué : { $summary } : { $outcome }

# Liste des recharges (top_ups.rs). `$outcome` est celui du JSON : done, not_applied, unknown, sending.
cli-dates-reversed = --from { $from } est après --to { $to }.
cli-top-up-outcome = { $outcome ->
        [done] effectuée
        [not_applied] non appliquée
        [unknown] incertaine
       *[sending] en cours d'envoi
    }

# `--help` (help.rs) : à quoi sert chaque commande et chaque option, avec des exemples. Les mots
# de clap lui-même (Usage, Commands, Options, « Print help », « [default: …] », ses erreurs
# d'arguments) restent en anglais.
cli-help-about = La ligne de commande de Callboard : recharges de fin de mois et listes depuis des scripts.
cli-help-long-about =
    La ligne de commande de Callboard : recharges de fin de mois et listes depuis des scripts.

    C'est l'application Callboard elle-même, lancée avec une commande (un seul programme à installer
    et à mettre à jour) : elle utilise les comptes de l'application (leurs clés restent dans le
    trousseau de cet ordinateur), ses réglages et son journal, et les mêmes règles — chaque recharge
    est enregistrée avant d'être envoyée et n'est jamais envoyée deux fois, une réponse perdue est
    mise de côté pour vérification, et rien n'est envoyé sans une confirmation qui nomme le total
    (--yes, ou une question dans le terminal). Lancez `callboard` sans commande pour ouvrir la fenêtre.

    Un seul des deux fonctionne à la fois : tant que la fenêtre de Callboard est ouverte, la ligne de
    commande le signale et n'envoie rien.

    Sous Windows, l'application n'a pas de console à elle : lancée avec une commande, elle écrit dans
    la console d'où elle a été lancée. Dans les scripts cmd.exe, utilisez `start /wait callboard ...`
    pour l'attendre et obtenir son code de sortie ; PowerShell attend de lui-même.
cli-help-exit-codes =
    Codes de sortie :
      0  Fait : tout ce qui était demandé a été appliqué.
      1  Non fait, rien d'appliqué : la plateforme a refusé, ou la saisie était erronée.
      2  Utilisation : arguments erronés, ou un envoi sans --yes alors qu'aucun terminal ne permet de demander.
      3  Résultat incertain : envoyé, mais la réponse s'est perdue. C'est mis de côté dans le journal
         pour vérification et jamais renvoyé ; vérifiez dans Awaz, puis réglez-le dans l'application (Historique).
      4  Callboard est ouvert sur cet ordinateur : fermez-le, ou faites-le dans l'application. Rien n'a été envoyé.
      5  Vous avez répondu non à la confirmation. Rien n'a été envoyé.
cli-help-accounts = Affiche les comptes de Callboard (jamais leurs clés) et indique si chacun est utilisable maintenant.
    .examples =
        Exemples :
          callboard accounts
          callboard accounts --format json
cli-help-clients = Le carnet de clients : l'afficher, ou l'exporter dans le CSV que l'application importe.
    .examples =
        Exemples :
          callboard clients list --format json
          callboard clients export --out clients.csv
cli-help-clients-list = Affiche les clients du carnet (les archivés avec --archived).
    .examples =
        Exemples :
          callboard clients list
          callboard clients list --tag mensuel --format json
          callboard clients list --search clinique --archived --format csv > clients.csv
cli-help-clients-list-tag = Seulement les clients qui ont cette étiquette.
cli-help-clients-list-search = Seulement les clients dont le nom, l'espace de travail, les étiquettes ou les notes contiennent ce texte.
cli-help-clients-list-archived = Les clients archivés aussi.
cli-help-clients-export = Écrit tout le carnet (clients archivés compris) dans un fichier CSV que l'application peut importer.
    .examples =
        Exemples :
          callboard clients export --out clients.csv
cli-help-top-up = Ajoute des crédits ou des minutes à l'espace de travail Awaz d'un client.
    .examples =
        Exemples :
          callboard top-up --client "Clinique du Nord" --credits 25
          callboard top-up --client "Clinique du Nord" --minutes 500 --reference FAC-2026-11 --yes
          callboard top-up --workspace clinique-nord@example.com --credits 10.50 --account "Cliniques – Awaz" --yes --format json
cli-help-client = Le client, par son nom dans le carnet (ou l'e-mail ou l'identifiant de son espace de travail).
cli-help-top-up-workspace = Un espace de travail, par son adresse e-mail ou son identifiant (dans le carnet ou non).
cli-help-top-up-credits = Crédits à ajouter, par exemple 25 ou 10.50.
cli-help-top-up-minutes = Minutes à ajouter, par exemple 500.
cli-help-top-up-reference = Votre référence (un numéro de facture…), qui figure sur le relevé du client.
cli-help-top-up-account = Le compte Awaz d'envoi (son nom ou son identifiant) ; par défaut celui du client dans le carnet, sinon le seul.
cli-help-yes = Confirme à l'avance : envoie sans demander (nécessaire quand aucun terminal ne permet de demander).
cli-help-top-up-format = Comment afficher le résultat (json : le lot de cette seule ligne, tel que `batch` l'affiche).
cli-help-top-ups = Affiche les recharges envoyées depuis cet ordinateur, les plus récentes d'abord.
    .examples =
        Exemples :
          callboard top-ups --from 2026-11-01 --to 2026-11-30
          callboard top-ups --from 2026-11-01 --to 2026-11-30 --format csv > novembre.csv
          callboard top-ups --workspace clinique-nord@example.com --format json
cli-help-top-ups-from = Premier jour, inclus (AAAA-MM-JJ, dans le fuseau horaire choisi dans les Paramètres).
cli-help-top-ups-to = Dernier jour, inclus (AAAA-MM-JJ).
cli-help-top-ups-workspace = Seulement les recharges de cet espace de travail (e-mail ou identifiant).
cli-help-batch = Envoie les recharges d'un fichier CSV (colonnes workspace, kind, amount, reference), après une seule confirmation qui nomme les totaux.
    .examples =
        Le fichier : une recharge par ligne, avec une ligne d'en-tête qui nomme les colonnes workspace
        (un e-mail, un identifiant ou le nom d'un client du carnet), kind (credits ou minutes), amount
        et, si besoin, reference. Exemple :

          workspace,kind,amount,reference
          Clinique du Nord,minutes,500,FAC-2026-11
          cabinet-dentaire-sud@example.com,credits,25.50,FAC-2026-12

        Exemples :
          callboard batch fin-de-mois.csv --dry-run
          callboard batch fin-de-mois.csv
          callboard batch fin-de-mois.csv --yes --format json > resultat.json
cli-help-batch-file = Le fichier CSV des recharges.
cli-help-batch-dry-run = Vérifie chaque ligne et affiche le récapitulatif (lignes, totaux par type, lignes écartées) ; n'envoie rien.
cli-help-batch-account = Le compte Awaz pour les espaces de travail dont le client n'en a pas dans le carnet (nom ou identifiant) ; par défaut le seul.
cli-help-statement = Écrit le relevé des recharges d'un client pour un mois, en PDF ou en CSV.
    .examples =
        Exemples :
          callboard statement --client "Clinique du Nord" --month 2026-11 --out clinique-nord-2026-11.pdf
          callboard statement --client clinique-nord@example.com --month 2026-11 --out novembre.csv
cli-help-statement-month = Le mois, par exemple 2026-11.
cli-help-statement-out = Le fichier à écrire ; .pdf ou .csv (ou un dossier, avec --format).
cli-help-statement-format = PDF ou CSV ; par défaut selon l'extension du fichier.
# Les valeurs de `--format` d'une liste.
cli-help-format-table = Colonnes alignées, pour la lecture
cli-help-format-json = Un tableau JSON, avec tous les champs
cli-help-format-csv = Les colonnes du tableau en CSV (UTF-8 avec indicateur d'ordre des octets, comme les exports de l'application)
