# Explications des erreurs, rédigées par Rust (crates/callboard/src/error.rs, updates.rs).
# Le message est le titre (ce qui s'est passé) ; l'attribut `.next` dit quoi faire ensuite.
# Voir locales/README.md pour la correspondance entre codes et identifiants.

errors-settings-invalid-base-url = L'adresse { $platform } est inutilisable : { $reason }.
    .next = Saisissez l'adresse complète, commençant par https://, par exemple { $example }.
errors-demo-unavailable = L'espace d'entraînement n'a pas pu démarrer sur cet ordinateur.
    .next = Fermez Callboard puis rouvrez-le. Si le problème persiste, transmettez les détails techniques au support.
errors-input-invalid-field = { $message }
    .next = Corrigez et réessayez. Tout le reste de votre saisie est conservé.
errors-accounts-unknown = Ce compte n'existe plus dans Callboard.
    .next = Choisissez un autre compte, ou ajoutez-le de nouveau dans Comptes.
errors-import-unknown = Ce fichier n'est plus ouvert dans Callboard.
    .next = Rouvrez le fichier ; rien n'a été envoyé à partir de celui-ci.
errors-bulk-unknown = Cet envoi groupé n'existe plus dans Callboard.
    .next = Rouvrez la liste des envois et choisissez-en un autre.
errors-accounts-needs-sign-in = Vous devez vous reconnecter à « { $account } ».
    .next = Ouvrez Comptes et choisissez « Se reconnecter ». Votre saisie est conservée : vous pourrez l'envoyer ensuite.
errors-storage-failed = Callboard n'a pas pu lire ou écrire ses propres fichiers sur cet ordinateur.
    .next = Vérifiez que le disque n'est pas plein, puis réessayez. Si le problème persiste, redémarrez Callboard.
errors-storage-folder-in-use = Callboard est déjà ouvert sur cet ordinateur (ou un autre programme utilise ses fichiers).
    .next = Passez à la fenêtre Callboard déjà ouverte, ou fermez-la et rouvrez Callboard. Ses fichiers se trouvent dans { $folder }.
errors-storage-settings-damaged = Le fichier de réglages de Callboard est endommagé : vos comptes enregistrés ne peuvent pas être lus.
    .next = Rien n'a été modifié. Restaurez { $path } depuis une sauvegarde, ou déplacez-le ailleurs pour repartir sans comptes enregistrés (votre historique est conservé).
errors-accounts-wrong-platform = « { $account } » n'est pas { $needed ->
        [getvocal] un compte GetVocal
        [getvocal-password] un compte GetVocal qui se connecte par e-mail et mot de passe
       *[awaz] un compte Awaz
    }.
    .next = Choisissez un autre compte pour cela.
errors-journal-unsettled-earlier = Non envoyé : une demande précédente peut encore aboutir — « { $summary } », envoyée le { $date } à { $time } UTC.
    .next = Vérifiez d'abord { $subject } dans { $platform }, puis indiquez à Callboard si elle a abouti. Vous pourrez ensuite en envoyer une nouvelle.
errors-journal-already-settled = « { $summary } » est déjà réglé.
    .next = Rien de plus à faire : la liste en indique le résultat.
errors-journal-confirmation-changed = Non envoyé : ce n'est pas exactement ce que vous avez confirmé.
    .next = Relisez et confirmez ce que vous voyez.

errors-keychain-locked = Le trousseau de votre ordinateur est verrouillé : Callboard ne peut ni lire ni enregistrer la connexion de ce compte.
    .next = Déverrouillez le trousseau (reconnectez-vous à votre session, ou ouvrez l'application Mots de passe et clés), puis réessayez.
errors-keychain-unavailable = Aucun trousseau n'est disponible sur cet ordinateur : la connexion ne peut pas être enregistrée.
    .next = Décochez « Se souvenir sur cet ordinateur » pour la garder en mémoire jusqu'à la fermeture de Callboard, ou demandez à votre service informatique d'activer un trousseau.
errors-keychain-failed = Le trousseau de votre ordinateur n'a pas pu enregistrer ou lire la connexion de ce compte.
    .next = Réessayez. Si le problème persiste, décochez « Se souvenir sur cet ordinateur » et transmettez les détails techniques au support.

errors-getvocal-session-expired = Votre session GetVocal a expiré.
    .next = Reconnectez-vous. Votre travail en cours est conservé et pourra être envoyé ensuite.
errors-getvocal-already-queued = Un appel est déjà prévu pour ce prospect.
    .next = Attendez que cet appel ait lieu, ou annulez d'abord les appels prévus pour ce prospect.
errors-getvocal-call-limit-reached = Le nombre maximal d'appels pour ce prospect est atteint (ou un appel est déjà prévu).
    .next = GetVocal ne rappellera pas ce prospect pour le moment. Demandez à votre contact GetVocal s'il faut plus de tentatives.
errors-getvocal-invalid-field = GetVocal n'a pas accepté le champ « { $field } » : { $message }
    .next = Corrigez le champ « { $field } » et renvoyez. Tout le reste de votre saisie est conservé.
errors-getvocal-invalid-input = Callboard n'a pas pu préparer cette demande pour GetVocal.
    .next = Vérifiez votre saisie et réessayez.

errors-awaz-missing-key = La clé API Awaz manque.
    .next = Ajoutez la clé API du compte dans Comptes (dans Awaz : Paramètres → Intégrations → Clés API).
errors-awaz-invalid-key = Awaz indique que la clé API est erronée ou a été révoquée.
    .next = Copiez une nouvelle clé depuis Awaz (Paramètres → Intégrations → Clés API) et mettez le compte à jour.
errors-awaz-rate-limited = Awaz demande à Callboard de ralentir ({ $limit } requêtes par minute).
    .next = Réessayez après { $time } UTC.
errors-awaz-unavailable = Awaz est très sollicité en ce moment et demande à tout le monde de patienter.
    .next = Réessayez après { $time } UTC. Si cela dure, écrivez à hello@awaz.ai.
errors-awaz-invalid-input = Callboard n'a pas pu préparer cette demande pour Awaz.
    .next = Vérifiez votre saisie et réessayez.

errors-provider-redirected = { $platform } a renvoyé Callboard vers une autre adresse (HTTP { $status }).
    .next = Callboard ne suit jamais ces redirections : vos identifiants ne partent pas ailleurs. Vérifiez l'adresse du serveur du compte dans Comptes.
errors-provider-rejected = { $platform } n'a pas pu accepter cette demande : { $message }
    .next = Vérifiez le formulaire et renvoyez. Votre saisie est conservée.
errors-provider-not-signed-in = { $platform } a refusé vos identifiants.
    .next = Vérifiez l'e-mail et le mot de passe (ou la clé) du compte dans Comptes, puis reconnectez-vous.
errors-provider-forbidden = Votre compte { $platform } n'a pas le droit de faire cela.
    .next = Demandez l'accès à l'administrateur de votre espace client { $platform }.
errors-provider-not-found = { $platform } ne l'a pas trouvé : { $message }
    .next = Il a peut-être été supprimé. Actualisez la liste et réessayez.
errors-provider-rate-limited = { $platform } demande à Callboard de ralentir.
    .next = Patientez une minute et réessayez.
errors-provider-server-error = { $platform } rencontre des difficultés en ce moment.
    .next = Réessayez dans quelques minutes. Votre saisie n'est pas perdue.
errors-provider-unexpected-status = { $platform } a répondu par une erreur inattendue : { $message }
    .next = Réessayez ; si le problème persiste, transmettez les détails techniques au support.
errors-provider-timeout = { $platform } n'a pas répondu à temps.
    .next = Vérifiez votre connexion internet et réessayez. Votre saisie est conservée.
errors-provider-unreachable = Callboard n'arrive pas à joindre { $platform }.
    .next = Vérifiez votre connexion internet et réessayez. Votre saisie est conservée.
errors-provider-interrupted = La connexion avec { $platform } a été interrompue.
    .next = Vérifiez votre connexion internet et réessayez. Votre saisie est conservée.
errors-provider-outcome-unknown = La demande est peut-être passée : la réponse s'est perdue en route.
    .next = Ne la renvoyez pas tout de suite. Vérifiez dans { $platform } si elle a été appliquée, puis indiquez à Callboard ce que vous avez constaté.
errors-provider-outcome-unknown-status = La demande est peut-être passée : { $platform } (ou un serveur intermédiaire) a répondu par une erreur (HTTP { $status }) après l'avoir reçue.
    .next = Ne la renvoyez pas tout de suite. Vérifiez dans { $platform } si elle a été appliquée, puis indiquez à Callboard ce que vous avez constaté.
errors-provider-unreadable-answer = { $platform } a envoyé une réponse que Callboard ne sait pas lire (HTTP { $status }).
    .next = Réessayez dans un instant. Si le problème persiste, transmettez les détails techniques au support.

errors-update-bulk-running = La mise à jour attend : un envoi groupé est en cours.
    .next = Laissez-le se terminer (ou annulez-le dans Import), puis choisissez de nouveau « Installer et redémarrer ».
errors-update-write-in-flight = La mise à jour attend : Callboard attend encore une réponse de GetVocal ou d'Awaz.
    .next = Réessayez dans quelques secondes, une fois la réponse arrivée.
errors-update-offline = Callboard n'arrive pas à joindre son serveur de mises à jour.
    .next = Vérifiez que cet ordinateur est connecté à internet, puis choisissez de nouveau « Vérifier maintenant ». Callboard continue de fonctionner en attendant.
errors-update-not-signed = La mise à jour téléchargée n'est pas signée par l'éditeur de Callboard : elle n'a pas été installée.
    .next = Rien n'a été modifié et vous pouvez continuer à travailler. Réessayez plus tard ; si cela se reproduit, prévenez votre service informatique : le téléchargement a peut-être été endommagé ou falsifié.
errors-update-install-failed = La mise à jour a été téléchargée mais n'a pas pu être installée.
    .next = Callboard continue de fonctionner comme avant. Réessayez en saisissant le mot de passe de votre ordinateur quand il est demandé, ou installez la nouvelle version depuis la page de téléchargement.
errors-update-check-failed = Callboard n'a pas pu vérifier les mises à jour.
    .next = Réessayez plus tard. Callboard continue de fonctionner en attendant.

# Messages des champs de formulaire vérifiés par Rust (titre de `errors-input-invalid-field`).
errors-field-unknown-language = Callboard parle anglais (en) et français (fr), pas « { $code } ».
errors-field-unknown-country = Callboard ne connaît pas le pays « { $country } ». Choisissez le pays par défaut dans les Paramètres.
errors-field-phone-empty = Saisissez un numéro de téléphone, par exemple { $example }.
errors-field-phone-invalid = Ce numéro de téléphone ne semble pas valide. Vérifiez l'indicatif du pays et les chiffres, par exemple { $example }.
errors-field-phone-not-from-country = Ce numéro ne ressemble pas à un numéro de ce pays ({ $country }). Écrivez-le avec l'indicatif du pays, par exemple { $example }.
errors-field-phone-extension = Callboard ne peut pas composer de poste. Retirez le poste et gardez le numéro principal.
# L'exemple donné quand un pays n'a pas d'exemple de numéro mobile.
errors-field-phone-example-generic = +{ $code } suivi du numéro
errors-field-email = Une adresse e-mail s'écrit comme nom@exemple.fr.
errors-field-language-code = Utilisez un code de langue à deux lettres, par exemple fr pour le français ou en pour l'anglais.
errors-field-required = { $field } ne peut pas être vide.
errors-field-amount-empty = Saisissez un montant, par exemple 10 ou 10,50.
errors-field-amount-digits = Écrivez le montant uniquement avec des chiffres, par exemple 10 ou 10,50.
errors-field-amount-not-positive = Le montant doit être supérieur à zéro.
errors-field-amount-decimals = Deux décimales au maximum, par exemple 10,50.
errors-field-amount-too-large = C'est plus de { $largest }. Vérifiez le montant : une recharge ne peut pas dépasser ce chiffre.
errors-field-url-incomplete = Cette adresse web est incomplète. Elle ressemble à https://exemple.fr/webhooks/appels.
errors-field-url-not-https = L'adresse doit commencer par https:// pour que les détails des appels soient chiffrés pendant leur envoi.

# Noms des champs, en `$field` de `errors-field-required` (début de phrase).
errors-field-label-name = Le nom
errors-field-label-agent = L'agent IA
errors-field-label-from-phone = Le numéro d'appel sortant
errors-field-label-contact-name = Le nom du contact
errors-field-label-workspace = L'espace de travail
errors-field-label-your-name = Votre nom
errors-field-label-key-name = Le nom de la clé
errors-field-label-key = La clé
errors-field-label-persona = Le persona
errors-field-label-lead = Le prospect
errors-field-label-client-name = Le nom du client

# Noms des champs de GetVocal, en `$field` de `errors-getvocal-invalid-field`.
errors-field-getvocal-phone-number = numéro de téléphone
errors-field-getvocal-first-name = prénom
errors-field-getvocal-last-name = nom
errors-field-getvocal-email = e-mail
errors-field-getvocal-language = langue
errors-field-getvocal-persona-id = persona
errors-field-getvocal-lead-id = prospect
errors-field-getvocal-name = nom
errors-field-getvocal-timezone = fuseau horaire

# Champs vides des formulaires de compte : `errors-field-enter` avec un `errors-field-what-…` en `$what`.
errors-field-enter = Saisissez { $what }.
errors-field-what-account-name = un nom pour ce compte
errors-field-what-getvocal-password = votre mot de passe GetVocal
errors-field-what-company-id = l'identifiant de l'entreprise
errors-field-what-key-id = l'identifiant de la clé API
errors-field-what-key-secret = le secret de la clé API
errors-field-what-awaz-key = la clé API Awaz
errors-field-what-workspace = l'e-mail ou l'identifiant de l'espace de travail
errors-field-what-getvocal-email = l'adresse e-mail avec laquelle vous vous connectez à GetVocal
errors-field-not-email = « { $email } » n'est pas une adresse e-mail (par exemple nom@entreprise.fr).

# La date, l'heure et le fuseau d'une heure de début (when.rs).
errors-field-date-format = Choisissez une date écrite année-mois-jour, par exemple 2026-11-24.
errors-field-time-format = Choisissez une heure écrite heures:minutes sur 24 heures, par exemple 15:00.
errors-field-unknown-zone = Callboard ne connaît pas le fuseau horaire « { $zone } ». Choisissez-en un dans la liste, par exemple Europe/Paris.
errors-field-time-skipped = { $time } n'existe pas le { $date } à { $zone } : on passe à l'heure d'été à ce moment-là.
errors-field-time-skipped-choose = { $time } n'existe pas le { $date } à { $zone } : on passe à l'heure d'été à ce moment-là. Choisissez { $next } ou plus tard.
errors-field-date-passed = Cette date est passée : nous sommes le { $today } à { $zone }.
errors-field-time-passed = Cette heure est passée : il est { $now } à { $zone }. Choisissez une heure plus tardive, ou appelez maintenant.

# Le carnet de clients (clients/).
errors-field-clients-workspace-taken = Un autre client du carnet a déjà cet espace de travail.
errors-field-clients-book-columns = Le fichier doit avoir une colonne Nom et une colonne E-mail de l'espace de travail ou Identifiant de l'espace de travail.
errors-field-clients-line = Ligne { $line } : { $problem }
errors-field-clients-workspace-id = Un identifiant d'espace de travail n'a ni espace ni @ (l'e-mail a son propre champ).
errors-field-clients-workspace-missing = Saisissez l'e-mail de l'espace de travail Awaz du client, son identifiant, ou les deux.
errors-field-clients-unknown-client = Le client { $id } n'est plus dans le carnet.
errors-field-clients-unknown-plan = Il n'y a pas de plan { $id }.
errors-field-clients-unknown-batch = Il n'y a pas de lot { $id }.
errors-field-clients-day-of-month = Choisissez un jour du mois entre 1 et 31.
errors-field-clients-every-months = Choisissez une fréquence de 1 à 12 mois.
errors-field-clients-month = Choisissez un mois, écrit comme 2026-11.
errors-field-clients-no-client-with-tag = Aucun client du carnet n'a l'étiquette « { $tag } ».
errors-field-clients-batch-columns = Le fichier doit avoir les colonnes workspace, kind et amount (reference est facultative).
errors-field-clients-kind = le type est « credits » ou « minutes ».
errors-field-clients-no-account = { $client } n'a pas de compte Awaz d'envoi ; choisissez-en un dans le carnet ou pour le lot.
errors-field-clients-line-client = { $client } : { $problem }
errors-field-clients-unsettled = Une recharge précédente de { $workspace } n'est pas réglée (« { $summary } ») : vérifiez-la d'abord dans l'Historique.
errors-field-clients-nothing-sendable = Aucune ligne ne peut être envoyée. { $problem }
errors-field-clients-nothing-to-top-up = Il n'y a rien à recharger.
errors-field-clients-already-confirmed = Déjà confirmée dans un autre lot.
errors-field-clients-unreadable-csv = Le fichier n'a pas pu être lu comme un CSV : { $error }

# Import d'un fichier (import/) : le nom du champ commence chaque message à son sujet.
errors-field-import-phone = Numéro de téléphone
errors-field-import-name = Nom
errors-field-import-first-name = Prénom
errors-field-import-last-name = Nom de famille
errors-field-import-email = Adresse e-mail
errors-field-import-company-name = Entreprise
errors-field-import-lead-id = Identifiant du prospect
errors-field-import-language = Langue
errors-field-import-consent-date = Date du consentement
errors-field-import-consent-source = Origine du consentement
errors-field-import-choose-column = Choisissez la colonne qui contient le champ « { $field } ».
errors-field-import-chosen-twice = « { $field } » est choisi pour { $count } colonnes ; gardez-en une.
errors-field-import-not-here = « { $field } » ne peut pas être importé ici.
errors-field-import-awaz-no-extra = Les contacts Awaz n'ont pas de données supplémentaires ; ignorez plutôt cette colonne.
errors-field-import-extra-unnamed = Donnez un nom à chaque colonne de données supplémentaires.
errors-field-import-extra-twice = Le nom de donnée supplémentaire { $key } est utilisé deux fois.
errors-field-import-named = { $field } : { $problem }
errors-field-import-repeat-phone = { $field } : même numéro qu'à la ligne { $line }. Seule la première ligne qui l'a est gardée.
errors-field-import-repeat-lead-id = { $field } : même identifiant qu'à la ligne { $line }. Seule la première ligne qui l'a est gardée.
errors-field-import-awaz-email = { $field } : Awaz a besoin d'une adresse e-mail pour chaque contact.
errors-field-import-extra-cells = Ligne { $line } : { $count ->
        [one] une valeur de plus
       *[other] { $count } valeurs de plus
    } qu'il n'y a de colonnes ({ $values }). Un séparateur à l'intérieur d'une valeur doit être entouré de guillemets.

# Envois groupés (bulk/) : ouverture d'un fichier, plage d'appel, qui appelle.
errors-field-bulk-damaged = Ce fichier est arrivé endommagé. Choisissez-le de nouveau.
errors-field-bulk-columns-changed = Indiquez de nouveau où va chaque colonne : les colonnes du fichier ont changé.
errors-field-bulk-no-such-cell = La ligne { $line } n'a pas cette cellule.
errors-field-bulk-nothing-ready = Aucune ligne ne peut encore être envoyée : corrigez d'abord les lignes qui ont un problème.
errors-field-bulk-unreadable = Callboard n'a pas pu lire ce fichier : { $error }.
errors-field-bulk-folder = « { $name } » est un dossier, pas un fichier.
errors-field-bulk-too-large = Ce fichier dépasse { $megabytes } Mo. Découpez-le en fichiers plus petits et ouvrez-les un par un.
errors-field-bulk-window-time = Écrivez l'heure sous la forme heures:minutes sur 24 heures, par exemple 09:00.
errors-field-bulk-window-order = La plage d'appel doit finir après son début, par exemple de 09:00 à 18:00.
errors-field-bulk-window-zone = Choisissez un fuseau horaire dans la liste, par exemple Europe/Paris.
errors-field-bulk-window-days = Choisissez au moins un jour où les personnes peuvent être appelées.
errors-field-bulk-who = Ces lignes vont vers { $platform } : choisissez qui les appelle là-bas.

# Autres messages de champs.
errors-field-rules-attempts = Indiquez à la fois un nombre d'appels (1 ou plus) et un nombre de jours, ou aucun des deux.
errors-field-rules-window-order = La plage d'appel doit finir après son début, par exemple de 09:00 à 19:00.
errors-field-not-on-list = Ce numéro n'est pas dans la liste.
errors-field-not-csv = « { $name } » n'est pas un tableur enregistré en CSV. Dans votre tableur, choisissez « Enregistrer sous » → CSV, puis ouvrez ce fichier.
errors-field-awaz-workspace = Saisissez l'adresse e-mail de l'espace de travail (nom@exemple.fr) ou son identifiant, sans espaces.
errors-field-history-page-stale = Cette page de l'historique n'est plus à jour : rouvrez l'Historique.
errors-field-history-day = Écrivez le jour sous la forme année-mois-jour, par exemple 2026-11-24.
errors-field-call-gone = Cet appel n'est plus dans l'historique de Callboard.
errors-field-getvocal-detail-unnamed = Donnez un nom au détail « { $value } », par exemple DATE_OF_BIRTH.
errors-field-getvocal-detail-twice = « { $key } » est utilisé deux fois. Donnez à chaque détail supplémentaire son propre nom.
errors-field-default-country = Choisissez un pays dans la liste (un code à deux lettres comme FR ou US).
errors-field-no-file = Il n'y a pas de fichier à l'emplacement { $path }.
errors-field-awaz-unknown-status = Awaz ne prévient pas pour le statut « { $status } ».
# Le logo de l'agence choisi dans les Paramètres, quand un relevé est établi (clients/statement.rs).
errors-field-clients-logo-unreadable = Le logo de l'agence { $path } n'a pas pu être lu : { $error }
errors-field-clients-logo-unusable = Le logo de l'agence ne peut pas être affiché : { $problem }
# Pourquoi l'adresse d'une plateforme est inutilisable : `$reason` de `errors-settings-invalid-base-url`.
errors-field-base-url-not-an-address = ce n'est pas une adresse web
errors-field-base-url-sign-in-inside = elle ne doit contenir ni nom d'utilisateur ni mot de passe (les identifiants vont dans les champs du compte)
errors-field-base-url-not-secure = seules les adresses sécurisées https:// sont acceptées
errors-field-base-url-not-https = elle doit commencer par https://
