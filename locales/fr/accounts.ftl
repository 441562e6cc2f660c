# L'écran Comptes : la liste, l'ajout d'un compte, la reconnexion (ui/src/screens/accounts).

accounts-title = Comptes
accounts-purpose = Connectez vos comptes GetVocal et Awaz, et connectez-vous ou déconnectez-vous.
accounts-loading = Chargement de vos comptes…
accounts-none = Aucun compte pour l'instant. Ajoutez votre compte GetVocal ou Awaz ci-dessous.
accounts-added = « { $name } » est ajouté et connecté.
accounts-cancel = Annuler

## Un compte de la liste

accounts-practice = Compte d'essai
accounts-connected = Connecté
accounts-needs-sign-in = Connexion requise
accounts-signs-in-with = Se connecte avec
accounts-an-api-key = Une clé API
accounts-kept = Connexion conservée
accounts-kept-nothing = Rien n'est conservé : reconnectez-vous pour utiliser ce compte
accounts-kept-demo = Seulement tant que Callboard est ouvert (compte d'essai)
accounts-kept-keychain = Dans le trousseau de cet ordinateur
accounts-kept-memory = Seulement tant que Callboard est ouvert : reconnectez-vous après l'avoir rouvert
accounts-signs-in-as = Se connecte en tant que
accounts-company-id = Identifiant d'entreprise
accounts-server-address = Adresse du serveur
accounts-sign-in-again = Se reconnecter
accounts-sign-out = Se déconnecter
accounts-signed-out = Vous êtes déconnecté de « { $name } ». Ses identifiants ont été supprimés de cet ordinateur.
accounts-signed-in-again = Vous êtes de nouveau connecté à « { $name } ».
accounts-remove = Supprimer…
accounts-remove-question = Supprimer « { $name } » de Callboard ?
accounts-remove-confirm = Supprimer « { $name } »
accounts-removing = Suppression…
accounts-remove-explained = Ses identifiants sont supprimés de cet ordinateur. Rien ne change dans { $platform } même, et vous pourrez ajouter ce compte à nouveau plus tard.
accounts-removed = « { $name } » a été supprimé.

## Ajouter un compte

accounts-add = Ajouter un compte
accounts-add-section = Ajouter un compte
accounts-add-which = Quel compte voulez-vous ajouter ?
accounts-choice-getvocal-password = GetVocal — e-mail et mot de passe
    .description = Connectez-vous comme sur le site de GetVocal.
accounts-choice-getvocal-api-key = GetVocal — clé API
    .description = Utilisez l'identifiant et le secret d'une clé API créée dans GetVocal.
accounts-choice-awaz = Awaz — clé API
    .description = Utilisez une clé API d'Awaz (Settings → Integrations → API Keys).
accounts-field-name = Nom du compte
    .hint = Le nom que vous lui donnez, par exemple « { $example } ».
accounts-field-company-id = Identifiant d'entreprise
    .hint = Fourni par GetVocal.
accounts-field-email = E-mail
accounts-field-password = Mot de passe
    .hint = Utilisé une seule fois pour vous connecter. Callboard n'enregistre jamais votre mot de passe.
accounts-field-key-id = Identifiant de la clé API
    .hint = Affiché dans GetVocal à côté du nom de la clé.
accounts-field-secret = Secret de la clé API
    .hint = Affiché une seule fois par GetVocal, à la création de la clé.
accounts-field-awaz-key = Clé API Awaz
    .hint = Dans Awaz : Settings → Integrations → API Keys.
accounts-advanced = Options avancées
accounts-field-base-url = Adresse du serveur
    .hint = Laissez vide pour utiliser le vrai service { $platform }. Ne la renseignez que si l'on vous a donné une autre adresse.
accounts-remember = Se souvenir sur cet ordinateur (enregistré dans le trousseau de votre ordinateur)
accounts-remember-off = Vous devrez vous reconnecter à chaque ouverture de Callboard.
accounts-checking = Vérification auprès du service…

## Se reconnecter depuis la ligne du compte

accounts-reconnect-label = Se reconnecter à { $name }
accounts-reconnect-password = Mot de passe de { $who }
accounts-signing-in = Connexion…
accounts-sign-in = Se connecter
