# Le tableau de bord Accueil (ui/src/screens/home).

home-title = Accueil
home-purpose = Chaque compte en un coup d'œil : les appels du jour et à venir, ceux qui demandent une vérification, les dernières recharges et ses agents IA.
home-loading-accounts = Chargement de vos comptes…
home-no-accounts = Aucun compte pour l'instant. Ouvrez Comptes pour ajouter votre compte GetVocal ou Awaz.

## La carte d'un compte

home-card-getvocal = GetVocal · des personas IA qui passent les appels
home-card-awaz = Awaz · des agents IA et les numéros depuis lesquels ils appellent
home-needs-sign-in = Connexion requise. Ouvrez Comptes et choisissez « Se reconnecter » pour voir ce compte { $platform }.
home-loading-calls = Chargement des appels…
home-upcoming-title = Appels à venir
home-upcoming-none = Aucun appel à venir.
home-upcoming-count = { $today ->
        [0] Aucun aujourd'hui
       *[other] { $today } aujourd'hui
    }, { $all } au total.
home-to-check-title = À vérifier
home-to-check-none = Rien : tous les appels des deux dernières semaines sont passés.
home-top-ups-title = Dernières recharges
home-top-ups-none = Aucune recharge depuis ce compte pour l'instant.

## Les agents IA du compte

home-personas-title = Personas IA
home-loading-personas = Chargement des personas…
home-personas-none = Aucune persona pour l'instant. Dès qu'une persona est configurée dans GetVocal, elle apparaît ici.
home-loading-directory = Chargement des agents et des numéros…
home-agents-title = Agents IA
home-agents-none = Aucun agent IA pour l'instant. Dès qu'un agent est configuré dans Awaz, il apparaît ici.
home-phones-title = Numéros depuis lesquels vous appelez
home-phones-none = Aucun numéro pour l'instant. Ajoutez-en un dans Awaz avant de passer des appels.
