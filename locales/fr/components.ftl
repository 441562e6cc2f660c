# Éléments communs à tous les écrans (ui/src/components/*, ui/src/when.ts).

components-retry = Réessayer
components-close = Fermer
components-open = Ouvrir
components-done = Terminé
components-keep-it = Conserver
components-technical-details = Détails techniques

## Une panne en mots simples (ErrorNotice)

components-error-show-details = Afficher les détails techniques
components-error-hide-details = Masquer les détails techniques
components-error-code = Code d'erreur :

## La réponse à une action, hors succès (ActionNotice)

components-earlier-sending = Cette demande est encore en cours d'envoi.
components-earlier-wait = Attendez sa réponse avant de faire autre chose.
components-earlier-not-applied = Cette même demande a déjà été envoyée et n'a pas été appliquée.
components-unknown-title = Nous ne savons pas si ceci a été appliqué : « { $summary } ».
components-unknown-no-answer = La demande a été envoyée, mais aucune réponse n'est revenue.
components-unknown-check-getvocal = Ne la renvoyez pas tout de suite. Vérifiez d'abord dans GetVocal (ou dans l'Historique de Callboard).
components-unknown-checked = J'ai vérifié : elle n'a pas été appliquée
components-unknown-try-again = Réessayer

## Se reconnecter sur place (SignInAgain)

components-sign-in-again = Se reconnecter
components-sign-in-signing = Connexion…
components-sign-in-password = Mot de passe de ce compte GetVocal
components-sign-in-done = Vous êtes reconnecté. Appuyez une nouvelle fois sur le bouton ci-dessus pour envoyer ce que vous avez préparé.

## Choisir un compte (AccountPicker)

components-account-loading = Chargement de vos comptes { $platform }…
components-account-none = Aucun compte { $platform } pour l'instant. Ajoutez-en un d'abord dans Comptes.
components-account-label = Compte { $platform }

## Maintenant ou plus tard (WhenPicker)

components-when = Quand
components-when-now = Maintenant
components-when-later = À une date et une heure
components-when-date = Date
components-when-time = Heure
components-when-zone = Fuseau horaire
    .hint = Le vôtre par défaut. Choisissez celui du lead pour fixer une heure selon son heure locale.

## Dates et heures (when.ts)

components-zone-time = heure de { $city }
components-moment-in-zone = { $moment } ({ $zone })

## Annuler des appels en attente (CancelWaitingCalls)

components-cancel-none-chosen = Annuler les appels en attente…
components-cancel-open = { $count ->
        [one] Annuler les appels en attente de { $who }…
       *[other] Annuler les appels en attente de { $count } personnes…
    }
components-cancel-question = { $count ->
        [one] Annuler tous les appels en attente de { $who } ?
       *[other] Annuler tous les appels en attente de { $count } personnes ?
    }
components-cancel-confirm = Annuler les appels
components-cancel-busy = Annulation…
components-cancel-keep = Les conserver
components-cancel-warning = Les appels planifiés et en file d'attente sont supprimés de GetVocal. Les appels déjà passés ne sont pas concernés. Cette action est définitive.
components-cancel-no-answer = Aucune réponse n'est revenue.
components-cancel-finished = Terminé : { $calls ->
        [one] { $calls } appel en attente annulé
       *[other] { $calls } appels en attente annulés
    } pour { $people ->
        [one] { $people } personne
       *[other] { $people } personnes
    }.
components-cancel-finished-mixed = Terminé : { $done ->
        [one] { $done } personne traitée
       *[other] { $done } personnes traitées
    }, { $others } à vérifier.
components-cancel-problem-who = { $who } :
components-cancel-unknown = nous ne savons pas si les appels ont été annulés ({ $reason }). Vérifiez dans GetVocal avant de réessayer.
components-cancelled = { $count ->
        [one] { $count } appel en attente de { $who } a été annulé.
       *[other] { $count } appels en attente de { $who } ont été annulés.
    }
components-cancelled-none = { $who } n'avait aucun appel en attente à annuler.

## Issues : un seul vocabulaire pour toutes les plateformes (OutcomeBadge)

components-outcome-upcoming = À venir
    .hint = En attente de son heure, ou en cours d'appel.
components-outcome-reached = Joint
    .hint = La personne a décroché.
components-outcome-not-reached = Non joint
    .hint = Occupé, messagerie ou pas de réponse.
components-outcome-failed = Échec
    .hint = L'appel n'a pas pu être passé.
components-outcome-cancelled = Annulé
    .hint = Annulé avant d'avoir lieu.
components-outcome-needs-check = À vérifier
    .hint = Callboard ne sait pas comment il s'est terminé : vérifiez sur la plateforme avant de réessayer.
components-outcome-pending = En cours d'envoi
    .hint = En route en ce moment.
components-outcome-done = Appliqué
    .hint = La plateforme l'a appliqué.
components-outcome-refused = Refusé
    .hint = La plateforme l'a refusé ; rien n'a été appliqué.
components-outcome-show-ours = Afficher le terme de Callboard
components-outcome-show-theirs = { $hint } Cliquez pour voir ce qu'indique { $source }.
components-outcome-their-word = { $source } : { $status }
