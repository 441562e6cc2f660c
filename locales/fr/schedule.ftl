# Écran Planifier : les formulaires d'appel GetVocal et Awaz, et les appels à venir.

schedule-title = Planifier
schedule-purpose = Choisissez qui appeler, quel agent IA passe l'appel, et quand.
schedule-tabs-label = Appels
schedule-tab-getvocal = Appel GetVocal
schedule-tab-awaz = Appel Awaz
schedule-upcoming-title = Appels à venir

## Commun aux deux formulaires d'appel

schedule-call-legend = L'appel
schedule-review = Vérifier l'appel…
schedule-another-call = Planifier un autre appel
schedule-result-status = État
schedule-result-when = Quand
schedule-result-when-now = Maintenant
schedule-result-calls = Numéro appelé
schedule-result-from = Numéro présenté
schedule-result-what = Détail
schedule-confirm-label = Confirmer l'appel
schedule-confirm-sending = Envoi en cours…
schedule-confirm-now = Appeler maintenant
schedule-confirm-schedule = Planifier l'appel
schedule-not-now = Pas maintenant
# Suit « le » dans la question de confirmation, tant que le moteur n'a pas décrit le moment.
schedule-moment-fallback = jour et à l'heure choisis ci-dessus

## Appel GetVocal

schedule-getvocal-loading = Chargement des personas et des leads…
schedule-getvocal-lead-by-id = le lead dont l'identifiant GetVocal est { $id }
schedule-getvocal-title = Appeler un lead
schedule-getvocal-description = La persona est l'agent IA qui parle ; le lead est la personne qu'elle appelle.
schedule-getvocal-persona = Persona (agent IA)
schedule-getvocal-persona-hint = Configurée dans GetVocal : chaque persona a son propre script et sa propre voix.
schedule-getvocal-no-persona = Aucune persona pour l'instant — créez-en une dans GetVocal
schedule-getvocal-lead = Lead (la personne appelée)
schedule-getvocal-lead-hint = Les leads que vous avez ajoutés dans Callboard, du plus récent au plus ancien. Pour un autre lead, choisissez « Un autre lead » et collez son identifiant de lead GetVocal.
schedule-getvocal-lead-typed = Un autre lead (saisir son identifiant GetVocal)
schedule-getvocal-lead-id = Identifiant de lead GetVocal
schedule-getvocal-lead-id-placeholder = Identifiant de lead GetVocal, par ex. 3f2b…
schedule-getvocal-confirm-now = Appeler { $lead } maintenant avec « { $persona } » ?
schedule-getvocal-confirm-at = Planifier un appel à { $lead } avec « { $persona } » le { $moment } ?
schedule-getvocal-scheduled = L'appel à { $lead } est planifié.
schedule-getvocal-on-its-way = L'appel à { $lead } est en route : GetVocal le passe dans quelques instants.
schedule-getvocal-listed = Il figure dans Appels à venir et dans l'Historique.
schedule-getvocal-call-id = Identifiant d'appel GetVocal :
schedule-cancel-title = Annuler les appels en attente
schedule-cancel-description = Arrête tous les appels de ce lead qui sont planifiés ou en file d'attente. Les appels déjà passés ne sont pas concernés.

## Ce que disent les règles d'appel avant la confirmation

schedule-rules-unknown = Callboard ne connaît pas le numéro de ce lead : il ne peut donc ni afficher son heure locale ni vérifier les règles d'appel.
schedule-rules-local-time = Heure locale de la personne : { $time }
schedule-rules-local-time-named = Heure locale de { $name } : { $time }
schedule-rules-moved = Les règles d'appel déplacent cet appel : { $why }

## Appel Awaz

schedule-awaz-loading = Chargement des agents, des numéros et des contacts…
schedule-awaz-the-contact = le contact
schedule-awaz-no-number = (pas encore de numéro)
schedule-awaz-confirm-now = Faire appeler { $name } au { $phone } par « { $agent } » maintenant, depuis le { $from } ?
schedule-awaz-confirm-at = Faire appeler { $name } au { $phone } par « { $agent } » le { $moment }, depuis le { $from } ?
schedule-awaz-title = Planifier un appel Awaz
schedule-awaz-description = L'agent IA est celui qui parle ; le contact est la personne qu'il appelle ; le numéro est celui qu'elle voit s'afficher.
schedule-awaz-scheduled = L'appel à { $name } est planifié.
schedule-awaz-taken = Awaz a bien reçu l'appel à { $name }.
schedule-awaz-listed = Il figure dans Appels à venir et dans l'Historique, avec ses résultats une fois l'appel terminé.
schedule-awaz-show-details = Afficher le détail ici
schedule-awaz-call-id = Identifiant d'appel Awaz :
schedule-awaz-agent = Agent IA
schedule-awaz-agent-hint = Configuré dans Awaz : chaque agent a son propre script et sa propre voix.
schedule-awaz-no-agent = Aucun agent IA pour l'instant — créez-en un dans Awaz
schedule-awaz-from = Numéro présenté
schedule-awaz-from-hint = Le numéro qui s'affiche sur le téléphone du contact.
schedule-awaz-no-phone = Aucun numéro pour l'instant — ajoutez-en un dans Awaz
schedule-awaz-contact = Contact
schedule-awaz-contact-hint = Une personne enregistrée ou déjà appelée, ou saisissez une nouvelle personne ci-dessous.
schedule-awaz-someone-new = Une nouvelle personne (saisir son nom et son numéro)
schedule-awaz-contact-name = Nom du contact
schedule-awaz-contact-name-hint = L'agent peut l'accueillir par son nom.
schedule-awaz-contact-phone = Numéro de téléphone du contact
schedule-awaz-contact-phone-hint = Écrivez-le comme vous voulez ; sans + ni indicatif pays, il est lu avec le pays par défaut des Paramètres.
schedule-awaz-where-to-check = cherchez l'appel dans Historique → Appels Awaz.

## Enregistrer un contact Awaz

schedule-contact-title = Enregistrer un contact
schedule-contact-description = Gardez une personne dans Awaz pour l'appeler plus tard ; elle apparaît ensuite dans la liste Contact ci-dessus.
schedule-contact-description-with-lists = Gardez une personne dans Awaz pour l'appeler plus tard ; elle apparaît ensuite dans la liste Contact ci-dessus. Vos listes de contacts dans Awaz : { $lists }.
schedule-contact-saved = Contact enregistré dans Awaz : { $name } ({ $phone }).
schedule-contact-another = Enregistrer un autre contact
schedule-contact-reopen = Rouvrez cet onglet pour le choisir dans le formulaire d'appel ci-dessus.
schedule-contact-legend = Le contact
schedule-contact-name = Nom
schedule-contact-phone = Numéro de téléphone
schedule-contact-phone-hint = Sans + ni indicatif pays, il est lu avec le pays par défaut des Paramètres.
schedule-contact-email = Adresse e-mail
schedule-contact-email-hint = Par exemple anne@exemple.fr.
schedule-contact-saving = Enregistrement…
schedule-contact-save = Enregistrer le contact
schedule-contact-where-to-check = ouvrez les contacts dans Awaz et cherchez ce numéro.

## Appels à venir

schedule-upcoming-description = Tous les appels planifiés depuis Callboard qui n'ont pas encore eu lieu, du plus proche au plus lointain, sur GetVocal et Awaz.
schedule-upcoming-loading = Chargement des appels à venir…
schedule-upcoming-empty = Aucun appel à venir. Planifiez-en un dans les autres onglets.
schedule-upcoming-column-choose = Choisir
schedule-upcoming-column-who = Qui
schedule-upcoming-column-when = Quand
schedule-upcoming-column-agent = Agent IA
schedule-upcoming-column-account = Compte
schedule-upcoming-column-open = Ouvrir
schedule-upcoming-choose = Choisir l'appel à { $who }
schedule-upcoming-awaz-cannot-cancel = Awaz ne permet pas d'annuler un appel depuis l'extérieur : annulez-le directement dans Awaz.
schedule-upcoming-today = Aujourd'hui
schedule-upcoming-awaz-note = Les appels Awaz ne peuvent pas être annulés depuis Callboard : Awaz ne le permet pas depuis l'extérieur. Annulez-les dans Awaz.
schedule-upcoming-their-time = Heure locale : { $time }
