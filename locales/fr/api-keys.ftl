# L'écran Clés API : les clés GetVocal, créées et révoquées (ui/src/screens/api-keys).

api-keys-title = Clés API
api-keys-purpose = Une clé API permet à un autre programme (ou à Callboard lui-même) d'utiliser votre compte GetVocal sans votre mot de passe. Créez-en une, ou révoquez celle qui ne doit plus fonctionner.

## La liste

api-keys-list-title = Vos clés API
api-keys-list-description = Une clé révoquée cesse aussitôt de fonctionner et ne peut pas être réactivée.
api-keys-loading = Chargement des clés API…
api-keys-none = Aucune clé API pour l'instant. Créez-en une ci-dessus.
api-keys-column-name = Nom
api-keys-column-created = Créée le
api-keys-column-state = État
api-keys-column-actions = Actions
api-keys-no-name = (sans nom)
api-keys-revoked-on = Révoquée le { $when }
api-keys-active = Active
api-keys-revoke = Révoquer…
api-keys-revoke-question = Révoquer la clé « { $name } » ?
api-keys-revoke-question-unnamed = Révoquer la clé sans nom ?
api-keys-revoke-confirm = Révoquer la clé
api-keys-revoking = Révocation…
api-keys-revoke-warning = Tout ce qui utilise cette clé cesse aussitôt de fonctionner. Cette action est définitive.
api-keys-revoked = La clé « { $name } » est révoquée : elle ne fonctionne plus.
api-keys-revoked-unnamed = La clé sans nom est révoquée : elle ne fonctionne plus.

## Créer une clé

api-keys-create-title = Créer une clé API
api-keys-field-name = Nom de la clé
    .hint = Indiquez qui ou quoi va l'utiliser, par exemple « Tableau de suivi ». Vous seul voyez ce nom.
api-keys-creating = Création…
api-keys-create = Créer la clé
api-keys-already-created = La clé « { $name } » a déjà été créée par cette même demande.
api-keys-already-created-secret = Son secret a été affiché à ce moment-là et ne peut plus l'être. Si personne ne l'a copié, révoquez la clé ci-dessous et créez-en une nouvelle.
api-keys-done = Terminé
api-keys-created = La clé « { $name } » est créée.
api-keys-secret-warning-title = Vous ne reverrez plus ce secret.
api-keys-secret-warning = Copiez-le maintenant et conservez-le en lieu sûr, par exemple dans un gestionnaire de mots de passe.
api-keys-key-name = Nom de la clé
api-keys-secret = Secret
api-keys-key-id = Identifiant de la clé :
api-keys-copied = Copié
api-keys-copy = Copier le secret
api-keys-in-use = Ce compte utilise désormais cette clé
api-keys-use-for-account = Utiliser cette clé pour « { $account } »
api-keys-hide-secret = Je l'ai enregistré — masquer le secret
