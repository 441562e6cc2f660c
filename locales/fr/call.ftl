# La page d'un appel : qui, quand, comment il s'est passé, ce que l'IA a appris, et les autres appels de la personne.

call-title = Appel à { $who }
call-title-loading = Un appel
call-purpose = Tout ce que Callboard sait de cet appel et de la personne appelée.
call-back = ← Retour
call-loading = Chargement de l'appel…
call-unknown-number = un numéro inconnu
# L'appel tel que la liste « Ne pas appeler » et les refus l'enregistrent.
call-record = appel { $platform } du { $moment }

## Les faits de l'appel

call-facts-title = L'appel
call-who = Qui
call-name-not-known = Nom inconnu
call-when = Quand (votre heure)
call-their-time = Heure locale de la personne
call-their-time-not-known = Inconnue pour ce numéro
call-their-time-same = La même que la vôtre
call-duration = Durée
call-duration-not-said = { $platform } ne l'indique pas
call-persona = Persona (agent IA)
call-agent = Agent IA
call-not-known = Inconnu
call-from = Numéro présenté
call-account = Compte
call-outcome = Résultat

## Ce que l'IA a appris

call-findings-title = Ce que l'IA a appris
call-findings-problem = Awaz n'a pas pu être interrogé pour le moment ({ $problem }). Rouvrez cette page dans un instant.
call-findings-not-yet = Rien pour l'instant : l'appel n'a pas encore eu lieu.
call-findings-did-not-happen = Rien : l'appel n'a pas eu lieu.
call-findings-getvocal = GetVocal ne partage pas avec d'autres applications ce que son IA a appris : ouvrez l'appel dans GetVocal pour le lire.
call-findings-awaz-later = Rien pour l'instant. Awaz l'écrit ici une fois l'appel terminé et analysé par son IA.
call-finding-yes = Oui
call-finding-no = Non
call-finding-nothing = Rien trouvé

## Tout sur la même personne

call-person-title = Tout sur { $who }
call-person-description = Les autres appels et actions avec le même numéro de téléphone, du plus récent au plus ancien.
call-person-empty = Rien d'autre pour l'instant : c'est la première fois que Callboard traite ce numéro.
call-column-when = Quand
call-column-what = Action
call-column-outcome = Résultat
call-column-open = Ouvrir

## Détails techniques

call-platform-id = Identifiant d'appel { $platform }
call-lead-id = Identifiant de lead GetVocal
call-persona-id = Identifiant de la persona
call-agent-id = Identifiant de l'agent
call-status-word = Statut technique
call-finding-key = Nom technique de « { $label } »
call-history-entry = Entrée d'historique
