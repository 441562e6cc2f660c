# L’écran Importer : un tableur de personnes devient des leads GetVocal ou des contacts Awaz (ui/src/screens/import).

import-title = Importer
import-purpose = Transformez un tableur de personnes en leads GetVocal ou en contacts Awaz, et programmez un appel pour chacune si vous le souhaitez.
import-another = Importer un autre fichier
import-steps = Étapes
import-step-choose = Choisir un tableur
import-step-columns = Vérifier les colonnes
import-step-fix = Corriger les lignes
import-step-send = Envoyer
import-open-file = Fichier :
import-open-file-rows = { $count ->
    [one] { $count } ligne
   *[other] { $count } lignes
}
import-choose-another = Choisir un autre fichier
import-reading-file = Lecture du fichier…
import-checking-again = Nouvelle vérification des lignes…
import-back = Retour
import-next = Suivant : { $step }

## Lecture du fichier

import-separator-commas = des virgules
import-separator-commas-name = Virgules ( , )
import-separator-semicolons = des points-virgules
import-separator-semicolons-name = Points-virgules ( ; )
import-separator-tabs = des tabulations
import-separator-tabs-name = Tabulations
import-separator-bars = des barres verticales
import-separator-bars-name = Barres verticales ( | )
import-separator-other = « { $character } »
import-encoding-utf8 = caractères internationaux (UTF-8)
import-encoding-utf8-name = International (UTF-8)
import-encoding-utf8-bom = caractères internationaux (UTF-8, tel qu’Excel l’enregistre)
import-encoding-utf8-bom-name = International (UTF-8 d’Excel)
import-encoding-windows1252 = caractères d’Europe de l’Ouest (Windows)
import-encoding-windows1252-name = Europe de l’Ouest (Windows)
import-reading = Colonnes séparées par { $separator }, { $encoding }, { $header ->
    [yes] la première ligne donne le nom des colonnes
   *[no] sans ligne d’en-tête (la première ligne est une personne)
}

## Destination des lignes

import-target-getvocal = Leads GetVocal
import-target-awaz = Contacts Awaz
import-record-count = { $target ->
    [awaz_contacts] { $count ->
        [one] { $count } contact
       *[other] { $count } contacts
    }
   *[other] { $count ->
        [one] { $count } lead
       *[other] { $count } leads
    }
}
import-field-phone = Numéro de téléphone
import-field-name = Nom
import-field-first-name = Prénom
import-field-last-name = Nom de famille
import-field-email = Adresse e-mail
import-field-company-name = Entreprise
import-field-customer-lead-id = Votre propre identifiant pour cette personne (Lead ID)
import-field-language = Langue de l’appel
import-field-consent-date = Date du consentement (quand la personne a accepté d’être appelée)
import-field-consent-source = Origine du consentement (comment elle a accepté)

## Jours des plages d’appel

import-days-every = tous les jours
import-days-none = aucun jour
import-days-range = du { $first } au { $last }

## Étape 1 : choisir un tableur

import-file-unreadable = Callboard n’a pas pu lire « { $name } ». Vérifiez que le fichier n’est pas ouvert dans un autre logiciel, puis réessayez.
import-choose-heading = 1. Choisir un tableur
import-choose-intro = Callboard lit le fichier sur cet ordinateur. Rien n’est envoyé avant la dernière étape, et seulement après votre confirmation.
import-drop-let-go = Relâchez pour ouvrir ce fichier
import-drop-here = Déposez un fichier CSV n’importe où dans cette fenêtre
import-drop-or = ou
import-choose-file = Choisir un fichier…
import-path-form = Ouvrir un fichier par son emplacement
import-path-label = Ou saisissez l’emplacement du fichier
import-path-example = p. ex. C:\Users\ana\Documents\leads.csv
import-path-opening = Ouverture…
import-path-open = Ouvrir
import-good-file = À quoi ressemble un bon fichier
import-good-file-csv = Un fichier CSV : dans Excel, Numbers ou LibreOffice, choisissez « Enregistrer sous » → « CSV ».
import-good-file-rows = Une personne par ligne, et une première ligne qui nomme les colonnes, p. ex. « Téléphone, Prénom, Nom, E-mail ».
import-good-file-phone = Un numéro de téléphone sur chaque ligne. Les numéros sans + ni indicatif pays sont lus avec le pays par défaut choisi dans les Paramètres.
import-good-file-extra = Toutes les autres colonnes (date de naissance, numéro de contrat…) peuvent être transmises à l’agent IA comme informations complémentaires.

## Étape 2 : vérifier les colonnes

import-columns-heading = 2. Vérifier les colonnes
import-columns-intro = Callboard a deviné comment « { $name } » est écrit et ce que contient chaque colonne. Corrigez ce qui vous semble faux.
import-reading-heading = Lecture du fichier
import-reading-sentence = { $reading }.
import-separator-label = Colonnes séparées par
import-encoding-label = Caractères
import-encoding-hint = Si les accents s’affichent mal (Ã© au lieu de é), essayez l’autre choix.
import-has-header = La première ligne donne le nom des colonnes
import-send-to = Envoyer vers
import-target-getvocal-hint = Chaque ligne devient un lead : une personne que le persona IA de GetVocal peut appeler.
import-target-awaz-hint = Chaque ligne devient un contact dans Awaz : une personne qu’un agent IA Awaz peut appeler. Awaz demande un nom, un numéro de téléphone et une adresse e-mail.
import-mapping-heading = Quelle colonne correspond à quoi
import-mapping-problems = Avant de continuer :
import-mapping-ok = Chaque colonne a sa place.
import-mapping-column = Colonne de votre fichier
import-mapping-example = Exemple
import-mapping-becomes = Devient
import-mapping-choice = Ce que devient « { $header } »
import-mapping-static = Information complémentaire pour l’agent IA (static_data)
import-mapping-ignored = Ne pas importer
import-static-key = Nom de l’information complémentaire tirée de « { $header } »
import-default-country = Pays des numéros sans indicatif
import-default-country-hint = Deux lettres, p. ex. FR pour la France, US pour les États-Unis : avec FR, « 06 12 34 56 78 » est lu +33 6 12 34 56 78.

## Étape 3 : corriger les lignes

import-fix-heading = 3. Corriger les lignes
import-fix-intro = Chaque ligne a été vérifiée. Les lignes à corriger ne sont pas envoyées : corrigez-les ici, ou corrigez le fichier et ouvrez-le à nouveau.
import-summary-ready = { $count ->
    [one] { $count } prête
   *[other] { $count } prêtes
}
import-summary-need-fix = { $count } à corriger
import-summary-duplicates = { $count ->
    [one] { $count } doublon
   *[other] { $count } doublons
}
import-summary-total = { $count ->
    [one] sur { $count } ligne
   *[other] sur { $count } lignes
}
import-duplicate-hint = { $target ->
    [get_vocal_leads] Un doublon est une personne déjà présente sur une ligne précédente (même numéro de téléphone ou même Lead ID) : seule la première ligne est envoyée, pour que personne ne soit appelé deux fois.
   *[other] Un doublon est une personne déjà présente sur une ligne précédente (même numéro de téléphone) : seule la première ligne est envoyée, pour que personne ne soit appelé deux fois.
}
import-all-ready = { $count ->
    [one] { $records } est prêt à être envoyé.
   *[other] Les { $records } sont prêts à être envoyés.
}
import-only-problems = N’afficher que les lignes à corriger
import-local-times-failed = L’heure locale des personnes n’a pas pu être lue pour l’instant ; Callboard réessaie dans une minute. Les règles d’appel sont quand même vérifiées avant tout envoi.
import-rows-line = Ligne
import-rows-status = État
import-rows-local-time = Leur heure locale
    .title = Déduite de chaque numéro de téléphone : le fuseau horaire de la personne (plusieurs quand la zone du numéro en couvre plusieurs).
import-show-more = { $count ->
    [one] Afficher { $count } ligne de plus
   *[other] Afficher { $count } lignes de plus
}
import-ready-sample = { $count ->
    [one] La première ligne prête est affichée ; les autres sont prêtes aussi.
   *[other] Les { $count } premières lignes prêtes sont affichées ; les autres sont prêtes aussi.
}
import-row-do-not-call = Ne pas appeler
import-row-fixed = Corrigée — prête
import-row-ready = Prête
import-row-duplicate = Doublon de la ligne { $line }
import-row-needs-fix = À corriger
import-row-unknown-zone = Fuseau horaire inconnu
import-cell = Ligne { $line }, colonne { $column }

## Consentement pour toute une liste (dans la confirmation de l’étape d’envoi)

import-consent-acknowledged = Consentement déclaré le { $when } : { $statement } Les heures d’appel ci-dessus en tiennent compte.
import-consent-form = Consentement pour cette liste
import-consent-would-allow = { $count ->
    [one] { $count } appel est décalé ou refusé par des règles qui ne s’appliquent pas aux personnes ayant accepté d’être appelées.
   *[other] { $count } appels sont décalés ou refusés par des règles qui ne s’appliquent pas aux personnes ayant accepté d’être appelées.
}
import-consent-intro = Si vous disposez du consentement préalable de chaque personne de « { $file } » à être appelée pour « { $account } », vous pouvez l’indiquer ici. Cela lève uniquement ce que la loi lève pour les personnes ayant donné leur consentement :
import-consent-lifts-france = les jours et horaires d’appel en France (Code de la consommation, article D223-9) ;
import-consent-lifts-us = les horaires d’appel fédéraux des États-Unis, de 8:00 à 21:00 (47 CFR 64.1200(c)(1)) ;
import-consent-lifts-date = en France à partir du 11 août 2026, l’obligation d’une date de consentement sur chaque ligne (loi n° 2025-594).
import-consent-keeps = Cela ne lève jamais la limite d’appels par personne, les 60 jours qui suivent un refus, les règles propres à un État (comme celles de la Floride), les horaires définis dans les Paramètres, les règles propres à ce client, ni la liste « Ne pas appeler ».
import-consent-recorded = Votre nom, ce fichier, le compte et l’heure sont enregistrés dans le journal de Callboard et ne peuvent pas être supprimés ensuite. Sans cette déclaration, rien ne change : les appels partent aux heures ci-dessus.
import-consent-holds = Je dispose du consentement préalable de chaque personne de « { $file } » à être appelée pour « { $account } », et je peux le prouver.
import-consent-name = Votre nom
import-consent-recording = Enregistrement…
import-consent-record = Enregistrer ma déclaration

## Étape 4 : envoyer

import-send-loading-agents = Chargement des agents IA de ce compte…
import-send-missing-persona = Choisissez le persona qui passe les appels.
import-send-missing-agent = Choisissez l’agent IA qui passe les appels.
import-send-missing-from = Choisissez le numéro d’où partent les appels.
import-send-missing-start = Choisissez une date et une heure de début dans le futur.
import-send-missing-days = Cochez au moins un jour pour les plages d’appel.
import-send-hours-order = Les plages d’appel doivent finir après leur début.
import-send-spacing-whole = Le délai entre deux appels doit être un nombre entier de secondes, 1 ou plus.
import-send-heading = 4. Envoyer
import-send-will-create = { $count ->
    [one] { $records } sera créé dans « { $account } ».
   *[other] { $records } seront créés dans « { $account } ».
}
import-send-left-out = { $count ->
    [one] { $count } ligne est laissée de côté (elle est à corriger ou en doublon).
   *[other] { $count } lignes sont laissées de côté (elles sont à corriger ou en doublon).
}
import-send-with-calls = Programmer aussi un appel pour chaque personne
import-send-persona = Persona (agent IA)
import-send-agent = Agent IA
import-send-persona-hint = Le persona qui parle ; il se configure dans GetVocal.
import-send-agent-hint = L’agent qui parle ; il se configure dans Awaz.
import-send-no-persona = Aucun persona pour l’instant — créez-en un dans GetVocal
import-send-no-agent = Aucun agent IA pour l’instant — créez-en un dans Awaz
import-send-from = Appeler depuis
import-send-from-hint = Le numéro que les personnes voient quand leur téléphone sonne.
import-send-no-phone = Aucun numéro pour l’instant — ajoutez-en un dans Awaz
import-send-spacing = Secondes entre deux appels
import-send-spacing-hint = Les appels partent l’un après l’autre, à cet intervalle, pour ne pas submerger votre équipe ni les lignes. 60 convient à la plupart des équipes.
import-send-review = Vérifier…
import-send-confirm = Confirmer l’import
import-send-left-out-confirm = { $count ->
    [one] La ligne à corriger ou en doublon n’est pas envoyée.
   *[other] Les { $count } lignes à corriger ou en doublon ne sont pas envoyées.
}
import-send-while-running = Vous pouvez mettre en pause ou annuler pendant l’envoi. Si Callboard est fermé, il vous propose de terminer le reste à la prochaine ouverture.
import-send-starting = Démarrage…
import-send-start = Oui, démarrer
import-send-not-now = Pas maintenant
import-send-question = Créer { $records } dans « { $account } » ?
import-send-question-calls = Créer { $records } dans « { $account } » et programmer { $count ->
        [one] { $count } appel
       *[other] { $count } appels
    } avec « { $agent } »{ $from ->
        [none] {""}
       *[other] {" "}depuis le { $from }
    }{ $hours ->
        [yes] {" "}entre { $hoursFrom } et { $hoursTo } ({ $zone }), { $days }
       *[other] {""}
    }, { $start ->
        [now] à partir de maintenant
        [later] à partir du moment choisi ({ $startDescription })
       *[other] à partir de l’heure choisie
    }, { $spacing ->
        [one] un appel par seconde
       *[other] un appel toutes les { $spacing } secondes
    } ?
import-review-refused = { $count ->
    [one] { $count } ligne est refusée et ne sera pas envoyée : voir pourquoi ci-dessous.
   *[other] { $count } lignes sont refusées et ne seront pas envoyées : voir pourquoi ci-dessous.
}
import-review-all-inside = Chaque appel tombe dans les plages d’appel de la personne appelée.
import-review-rows = Heure locale et heure d’appel de chaque personne
import-review-person = Personne
import-review-local-now = Leur heure locale actuelle
import-review-call-starts = Début de l’appel (leur heure)
import-review-why = Pourquoi
import-review-unknown-zone = fuseau inconnu
import-review-not-called = Pas appelé
import-hours = Plages d’appel
import-hours-only = N’appeler que pendant ces plages
import-hours-hint = Les appels qui tomberaient en dehors de ces plages attendent le prochain jour autorisé, dans le fuseau horaire choisi.
import-hours-from = De
import-hours-to = À
import-hours-zone = Fuseau horaire
import-hours-zone-hint = En général, le fuseau des personnes appelées.
import-hours-days = Jours
import-hours-words = Appels entre { $from } et { $to } ({ $zone }), { $days }.

## Un import interrompu par la fermeture de Callboard

import-interrupted = Import interrompu
import-interrupted-title = Un import a été interrompu ({ $done } sur { $total } terminés).
import-interrupted-words = { $records } pour « { $account } » : { $count ->
        [one] { $count } personne n’a pas encore été envoyée
       *[other] { $count } personnes n’ont pas encore été envoyées
    }. Ce qui a déjà été confirmé n’est jamais envoyé deux fois.
import-resume = Reprendre
import-discard = Abandonner
import-discard-question = { $count ->
    [one] Laisser de côté la personne pas encore envoyée ?
   *[other] Laisser de côté les { $count } personnes pas encore envoyées ?
}
import-discard-rest = Abandonner le reste
import-discard-keep = Garder

## Suivi d’un envoi

import-progress = Avancement
import-progress-intro = { $count ->
        [one] { $count } personne de votre tableur, qui devient
       *[other] { $count } personnes de votre tableur, chacune devenant
    } { $target ->
        [awaz_contacts] un contact
       *[other] un lead
    } dans « { $account } » (avec son appel, si vous l’avez demandé).
import-progress-bar = Lignes envoyées
import-progress-handled = { $percent } traité
import-count-done = Terminées
import-count-failed = En échec
import-count-skipped = Écartées
    .title = Pas envoyées : une règle d’appel ou la liste « Ne pas appeler » ne permet pas de les appeler.
import-count-unknown = En vérification
    .title = Envoyées, mais la réponse de la plateforme s’est perdue : Callboard vérifie avant de renvoyer.
import-count-waiting = En attente
    .title = Pas encore envoyées : elles attendent leur tour ou le feu vert de la plateforme.
import-throttled = Awaz nous demande de patienter — reprise à { $time }. Rien n’est perdu ; le reste part automatiquement.
import-pause = Pause
import-cancel = Annuler…
import-cancel-dialog = Annuler l’import
import-cancel-question = { $count ->
    [one] Arrêter maintenant et laisser de côté la personne pas encore envoyée ?
   *[other] Arrêter maintenant et laisser de côté les { $count } personnes pas encore envoyées ?
}
import-cancel-words = Ce qui est fait reste fait. L’import ne pourra pas être repris ensuite.
import-cancel-confirm = Arrêter l’import
import-cancel-keep = Continuer
import-see-history = { $target ->
    [awaz_contacts] Chaque contact et chaque appel figurent dans Historique → Tout.
   *[other] Chaque lead et chaque appel figurent dans Historique → Tout.
}
import-headline-running = Envoi en cours… { $done } sur { $total } terminés
import-headline-paused = { $count ->
    [one] En pause — { $count } personne attend. Rien de plus n’est envoyé tant que vous ne reprenez pas.
   *[other] En pause — { $count } personnes attendent. Rien de plus n’est envoyé tant que vous ne reprenez pas.
}
import-headline-interrupted = Interrompu — { $done } sur { $total } terminés
import-headline-stopped = Arrêté — { $done } sur { $total } terminés
import-headline-finished-all = { $count ->
    [one] Terminé : { $count } personne traitée
   *[other] Terminé : les { $count } personnes sont traitées
}
import-headline-finished = Terminé : { $parts }
import-headline-done = { $count ->
    [one] { $count } terminée
   *[other] { $count } terminées
}
import-headline-skipped = { $count ->
    [one] { $count } écartée par les règles d’appel
   *[other] { $count } écartées par les règles d’appel
}
import-headline-failed = { $count ->
    [one] { $count } en échec
   *[other] { $count } en échec
}
import-headline-unknown = { $count } à vérifier
import-stage-lead = Création du lead
import-stage-contact = Création du contact
import-stage-call = Programmation de l’appel

## Lignes d’un envoi terminé qui ne sont pas passées

import-failed-loading = Chargement des lignes qui ne sont pas passées…
import-failed-heading = Lignes qui ne sont pas passées
import-failed-intro = Chacune garde sa raison. Relancez-les une fois la cause corrigée, ou exportez-les pour les corriger dans votre tableur.
import-rows-phone = Téléphone
import-failed-refused = La plateforme l’a refusée.
import-retry-rows = { $count ->
    [one] Relancer cette ligne
   *[other] Relancer ces { $count } lignes
}
import-skipped = Lignes écartées par les règles d’appel
import-skipped-heading = Écartées : les règles d’appel n’autorisent pas ces appels
import-skipped-intro = Rien n’a été envoyé pour { $count ->
        [one] cette personne
       *[other] ces { $count } personnes
    } : un nouvel envoi se heurterait à la même règle. Chacune indique quelle règle a bloqué l’appel et, si elle en autorise un plus tard, à partir de quand : importez-les à nouveau à partir de ce moment. Un numéro de la liste « Ne pas appeler » n’est rappelé qu’une fois retiré de la liste.
import-skipped-reason = Une règle d’appel n’autorise pas cet appel.
import-check = Lignes à vérifier
import-check-heading = Lignes à vérifier : elles sont peut-être passées
import-check-intro = Callboard les a envoyées, mais la réponse de { $platform } s’est perdue : elles y sont peut-être déjà. Cherchez chacune dans { $platform } par son numéro de téléphone avant de choisir ci-dessous. Rien n’est renvoyé tant que vous n’avez pas indiqué ce que vous avez trouvé.
import-check-all = Choisir toutes les lignes à vérifier
import-check-stopped-at = Arrêtée à
import-check-what = À vérifier
import-check-line = Ligne { $line } : { $who }
import-check-unknown = Nous ne savons pas si celle-ci est passée. Cherchez-la dans { $platform } avant de la renvoyer.
import-check-went-through = J’ai vérifié : elles sont passées
import-check-not-through = J’ai vérifié : elles ne sont pas passées — renvoyer
import-check-chosen = { $count ->
    [one] { $count } ligne choisie
   *[other] { $count } lignes choisies
}
import-resolve-applied = { $count ->
    [one] Marquer { $count } ligne comme passée ?
   *[other] Marquer { $count } lignes comme passées ?
}
import-resolve-again = { $count ->
    [one] Renvoyer { $count } ligne ?
   *[other] Renvoyer { $count } lignes ?
}
import-resolve-applied-calls = Rien n’est renvoyé et personne n’est rappelé : leurs appels sont comptés comme passés.
import-resolve-applied-go-on = { $target ->
        [awaz_contacts] Leur contact
       *[other] Leur lead
    } est compté comme créé. Si cet import programme des appels, jusqu’à { $count ->
        [one] { $count } personne peut
       *[other] { $count } personnes peuvent
    } être appelées maintenant (celles dont l’appel n’était pas encore programmé).
import-resolve-again-calls = Callboard les renvoie à { $platform }. Jusqu’à { $count ->
        [one] { $count } personne peut être appelée.
       *[other] { $count } personnes peuvent être appelées.
    }
import-resolve-again-warning = Ne le faites que si vous avez vérifié qu’elles ne sont pas dans { $platform } : toute personne déjà présente pourrait être ajoutée ou appelée deux fois.
import-resolve-applied-yes = Oui, elles sont passées
import-resolve-again-yes = Oui, les renvoyer
import-resolve-cancel = Annuler
