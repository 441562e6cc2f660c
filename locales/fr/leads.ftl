# Écran Leads : les leads créés par Callboard, et le formulaire qui en ajoute un sur GetVocal.

leads-title = Leads
leads-purpose = Un lead est une personne que GetVocal va appeler. Retrouvez les personnes ajoutées, appelez-les, ou ajoutez-en une nouvelle.

## Le carnet de leads

leads-book-title = Vos leads
leads-book-description = Toutes les personnes ajoutées depuis Callboard, à la main ou par un import, de la plus récente à la plus ancienne. Choisissez « Appeler » pour en appeler une, ou cochez-en plusieurs pour annuler leurs appels en attente.
leads-book-loading = Chargement de vos leads…
leads-book-empty = Aucun lead pour l'instant. Ajoutez-en un ci-dessous, ou importez un tableur depuis l'écran Importer.
leads-search = Rechercher
leads-search-placeholder = Nom, numéro de téléphone ou référence
leads-column-choose = Choisir
leads-column-name = Nom
leads-column-phone = Numéro de téléphone
leads-column-their-time = Heure locale actuelle
leads-column-account = Compte
leads-column-calls = Appels
leads-column-last-call = Dernier appel
leads-column-actions = Actions
leads-choose = Choisir { $who }
leads-no-name = (sans nom)
leads-imported = Importé
leads-imported-tip = Ajouté par un import
leads-time-not-known = Inconnue
leads-time-same = La même que la vôtre
leads-calls-none = Pas encore appelé
leads-calls-waiting = Appel en attente
leads-calls-called = Appelé
leads-calls-cancelled = Appels annulés
leads-open-call = Ouvrir l'appel
leads-open-call-description = Ouvrir le dernier appel à { $who }
leads-call = Appeler…
leads-nobody-matches = Personne ne correspond à « { $search } ».
leads-cannot-change = GetVocal ne permet pas de modifier un lead une fois créé : pour en corriger un, ajoutez-le à nouveau avec les bonnes informations.
leads-call-panel = Appeler { $who }
leads-call-panel-close = Fermer

## Ajouter un lead

leads-add-title = Ajouter un lead
leads-add-description = Seul le numéro de téléphone est obligatoire.
leads-add-legend = Le lead
leads-field-phone = Numéro de téléphone
leads-field-phone-hint = Le numéro que GetVocal va appeler. Écrivez-le comme vous voulez ; un numéro sans + ni indicatif pays est lu avec le pays par défaut des Paramètres.
leads-field-first-name = Prénom
leads-field-first-name-hint = L'agent IA peut saluer la personne par son prénom.
leads-field-last-name = Nom
leads-field-last-name-hint = Facultatif.
leads-field-email = Adresse e-mail
leads-field-email-hint = Facultatif, par exemple marie.dupont@exemple.fr.
leads-field-company = Entreprise
leads-field-company-hint = Facultatif : là où travaille la personne.
leads-field-reference = Votre référence
leads-field-reference-hint = Facultatif : votre propre identifiant pour cette personne, par exemple celui de votre CRM. Si GetVocal a déjà un lead avec cette référence, il garde celui-là.
leads-field-language = Langue
leads-field-language-hint = La langue dans laquelle l'agent IA parle à cette personne.
leads-language-default = Langue par défaut de GetVocal
leads-creating = Création…
leads-create = Créer le lead
leads-details = Informations complémentaires
leads-details-hint = Des informations que l'agent IA peut utiliser pendant l'appel, chacune avec un nom et une valeur, par exemple DATE_DE_NAISSANCE → 06/04/1998.
leads-detail-name = Nom de l'information { $number }
leads-detail-name-placeholder = Nom, par ex. DATE_DE_NAISSANCE
leads-detail-value = Valeur de l'information { $number }
leads-detail-value-placeholder = Valeur, par ex. 06/04/1998
leads-detail-remove = Retirer
leads-detail-add = Ajouter une information

## Ce qu'a donné l'ajout d'un lead

leads-result-existed = GetVocal connaissait déjà { $who } : le lead existant a été conservé.
leads-result-added = Lead ajouté : { $who }.
leads-result-another = Ajouter un autre lead
leads-result-who = Qui
leads-result-already-existed = Existait déjà
leads-result-created = Créé
leads-result-phone = Numéro de téléphone
leads-result-reference = Votre référence
leads-result-next = Le lead figure dans la liste ci-dessus : choisissez « Appeler », ou ouvrez Planifier.
leads-result-lead-id = Identifiant de lead GetVocal :
