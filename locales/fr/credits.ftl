# L’écran Crédits : recharges de l’espace client Awaz d’un client (ui/src/screens/credits).

credits-title = Crédits
credits-purpose = Ajoutez des crédits ou des minutes à l’espace client Awaz d’un client. Chaque recharge est envoyée une seule fois et conservée dans la liste ci-dessous.
credits-top-up = Recharger un espace client
credits-top-up-intro = Vous verrez exactement ce qui sera ajouté, et à qui, avant tout envoi.
credits-added = { $kind ->
        [minutes] { $amount } minutes ajoutées
       *[credits] { $amount } crédits ajoutés
    } à { $workspace }.
credits-again = Recharger à nouveau
credits-balance = { $workspace } dispose maintenant de { $credits ->
        [one] { $credits } crédit
       *[other] { $credits } crédits
    } et { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
credits-form = La recharge
credits-workspace = Espace client
credits-workspace-hint = L’adresse e-mail avec laquelle l’espace client Awaz est enregistré, ou son identifiant. Les espaces rechargés récemment vous sont proposés.
credits-kind = À ajouter
credits-kind-credits = Crédits
credits-kind-minutes = Minutes
credits-kind-hint = Les crédits paient l’utilisation de l’espace client ; les minutes sont du temps d’appel.
credits-amount-credits = Crédits à ajouter
credits-amount-minutes = Minutes à ajouter
credits-amount-hint = Un nombre supérieur à zéro, par exemple 25 ou 10,50.
credits-recent = Récents :
credits-locked = Le formulaire est verrouillé pendant que vous vérifiez : ce que vous confirmez est exactement ce qui est envoyé. Annulez pour le modifier.
credits-checking = Vérification…
credits-review = Vérifier la recharge
credits-confirm = { $kind ->
    [minutes] Oui, ajouter les minutes
   *[credits] Oui, ajouter les crédits
}
credits-sent-once = Elle est envoyée une seule fois à Awaz et enregistrée sur cet ordinateur.
credits-earlier = Cette recharge a déjà été envoyée : { $summary }.
credits-earlier-on-its-way = Elle est encore en cours d’envoi. Attendez sa réponse dans la liste ci-dessous.

## Une recharge dont le résultat est inconnu

credits-what-to-check = Ouvrez l’espace client { $workspace } dans Awaz et regardez { $kind ->
        [minutes] son solde de minutes et son historique de minutes
       *[credits] son solde de crédits et son historique de crédits
    }. Si « { $summary } » y figure (vers { $when }), elle est passée. Callboard ne peut pas lire le solde d’un espace client dans Awaz : il n’y a que vous qui puissiez le vérifier.
credits-what-to-check-unknown = auquel elle a été envoyée
credits-unsettled = Attention : une recharge précédente vers cet espace client est peut-être passée — « { $summary } », envoyée le { $when } depuis « { $account } ».
credits-unsettled-on-its-way = Elle est encore en cours d’envoi vers Awaz. Rien de nouveau n’est envoyé avant sa réponse.
credits-look-again = Vérifier à nouveau
credits-cancel = Annuler
credits-unsettled-may-have = Callboard l’a envoyée, mais Awaz (ou un serveur intermédiaire) a répondu par une erreur après l’avoir reçue : elle a donc peut-être été appliquée. Rien de nouveau n’est envoyé tant que vous n’avez pas vérifié et indiqué ce que vous avez trouvé.
credits-settle-applied = Elle est passée
credits-settle-not-applied = Elle n’est pas passée
credits-unsettled-after = Après votre réponse, la question de la nouvelle recharge vous sera reposée avant tout envoi.
credits-unknown = Elle est peut-être passée : { $summary }.
credits-unknown-words = Awaz (ou un serveur intermédiaire) a répondu par une erreur après l’avoir reçue. Ne la renvoyez pas tout de suite : si elle a été appliquée, la renvoyer l’ajouterait deux fois.
credits-unknown-records = Voici tout ce que Callboard a envoyé à cet espace client, avec la réponse d’Awaz :
credits-unknown-resend = J’ai vérifié — elle n’a PAS été appliquée, renvoyer
credits-unknown-applied = Elle a été appliquée — rien de plus à faire
credits-unknown-confirm-again = Avant de renvoyer, il vous sera demandé de confirmer à nouveau.
credits-reading-records = Lecture des enregistrements de Callboard…

## Toutes les recharges envoyées

credits-journal = Recharges
credits-journal-intro = Toutes les recharges envoyées depuis cet ordinateur, de la plus récente à la plus ancienne, avec la réponse d’Awaz.
credits-journal-loading = Chargement des recharges…
credits-journal-empty = Aucune recharge pour l’instant.
credits-when = Date
credits-what = Quoi
credits-account = Compte
credits-outcome = Résultat
