# Paramètres : préférences, règles d'appel, où Callboard garde ses données, et mises à jour.

settings-title = Paramètres
settings-purpose = Choisissez votre pays par défaut pour les numéros de téléphone et votre fuseau horaire, et voyez où Callboard garde vos informations.
settings-loading = Chargement de vos paramètres…

## Préférences

settings-preferences = Préférences
settings-numbers-title = Numéros et heure
settings-numbers-description = Chaque formulaire, import et planification lit les numéros et les heures ainsi.
settings-country = Pays par défaut des numéros de téléphone
settings-country-hint = Les numéros saisis sans + ni indicatif pays sont lus comme des numéros de ce pays.
settings-country-option = { $name } ({ $code })
settings-zone = Fuseau horaire
settings-zone-hint = Les dates et heures que vous choisissez sont lues dans ce fuseau. Choisissez « Fuseau horaire de cet ordinateur » pour suivre l'horloge de cet ordinateur.
settings-zone-computer = Fuseau horaire de cet ordinateur ({ $zone })
settings-saving = Enregistrement…
settings-save = Enregistrer
settings-saved = ✓ Enregistré.

## Où Callboard garde vos informations

settings-places = Où Callboard garde vos informations
settings-places-secrets = Identifiants et clés API
settings-places-secrets-where = { $keychain }. Jamais dans un fichier.
settings-places-data = Comptes, paramètres et historique de ce qui a été envoyé
settings-places-data-where = Dans le dossier de Callboard sur cet ordinateur.
settings-open-folder = Ouvrir le dossier
settings-advanced = Avancé
settings-places-settings-file = Comptes et paramètres
settings-places-journal-file = Historique de ce qui a été envoyé

## Mises à jour

settings-updates = Mises à jour
settings-updates-current = Vous utilisez Callboard { $version }.
settings-updates-current-updated = Vous utilisez Callboard { $version }. Il a été mis à jour depuis la version { $from }.
settings-updates-automatic = Rechercher les mises à jour automatiquement (une fois par jour, jamais pendant un envoi en masse)
settings-updates-checking = Recherche…
settings-updates-check = Rechercher maintenant
settings-updates-last-checked = Dernière recherche : { $moment }.
settings-updates-up-to-date = Callboard est à jour.
settings-updates-available = La version { $version } est disponible.
settings-updates-published = Publiée le { $moment }.
settings-updates-whats-new = Nouveautés
settings-updates-download = Téléchargement
settings-updates-downloading = Téléchargement… { $done }
settings-updates-downloading-of = Téléchargement… { $done } sur { $total }
settings-updates-installing = Installation… Votre ordinateur peut vous demander votre mot de passe pour l'autoriser.
settings-updates-restarting = Redémarrage dans la version { $version }…
settings-updates-install-note = Callboard se ferme un instant et se rouvre dans la nouvelle version. Rien de ce que vous avez envoyé n'est perdu : la mise à jour attend qu'un envoi en masse se termine ou qu'une réponse arrive.
settings-updates-install = Installer et redémarrer

## Règles d'appel

settings-rules-loading = Chargement des règles d'appel…
settings-rules-title = Règles d'appel
settings-rules-description = La France (en semaine de 10:00 à 13:00 et de 14:00 à 20:00, hors jours fériés, 4 appels sur 30 jours) et les États-Unis (8:00–21:00 heure locale, États plus stricts) ont des règles intégrées. Callboard les vérifie ; ce n'est pas un conseil juridique.
settings-rules-from = De
settings-rules-to = À
settings-rules-days = Jours
settings-rules-other-countries = Autres pays
settings-rules-other-countries-hint = Les personnes des pays sans règle intégrée ne sont appelées que pendant ces heures, à leur heure locale.
settings-rules-default-words = Appels entre { $from } et { $to }, heure locale, { $days }.
settings-rules-saving = Enregistrement…
settings-rules-save-default = Enregistrer la règle par défaut
settings-rules-saved = Enregistré.
settings-rules-no-account = Ajoutez un compte pour définir les règles propres à un client.
settings-rules-client = Les règles propres à un client
settings-rules-client-hint = Plus strictes que la loi, pour un compte. Les règles d'un client ne font que retirer des créneaux d'appel, jamais en ajouter.
settings-rules-account = Compte
settings-rules-narrower = Des heures d'appel plus restreintes pour ce client
settings-rules-max = Au plus ce nombre d'appels à une même personne
settings-rules-per-days = sur ce nombre de jours
settings-rules-consent = Ce sont des appels commerciaux (démarchage) : en France, à partir du 11 août 2026, les personnes sans date de consentement prouvée ne sont pas appelées. Laissez décoché pour les appels liés à un contrat en cours (rappels, relances).
settings-rules-save-client = Enregistrer les règles de ce client

settings-agency-title = Votre agence
settings-agency-description = Imprimé en haut des relevés que vous envoyez à vos clients.
settings-agency-name = Nom de l’agence
settings-agency-logo = Fichier du logo
settings-agency-logo-hint = L’emplacement complet du logo sur cet ordinateur (un fichier PNG ou JPEG). Laissez vide pour ne pas en mettre.
settings-agency-save = Enregistrer
settings-agency-saved = Enregistré.
