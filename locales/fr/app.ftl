# Le cadre de l'application : marque, version, menu principal, bandeau de démonstration, et les
# pannes que la fenêtre constate elle-même. Chaque nom du menu est le titre de son écran.

app-brand = Callboard
app-version = Version { $version }

## Menu principal

app-nav-label = Principal
app-nav-grouped = { $screen } ({ $group })
app-nav-home = Accueil
app-nav-accounts = Comptes
app-nav-leads = Leads
app-nav-import = Importer
app-nav-schedule = Planifier
app-nav-history = Historique
app-nav-do-not-call = Ne pas appeler
app-nav-credits = Crédits
app-nav-clients = Clients
app-nav-api-keys = Clés API
app-nav-webhooks = Webhooks
app-nav-settings = Paramètres
app-nav-group-integrations = Intégrations

## Bandeau de démonstration

app-demo-title = Espace de démonstration
app-demo-text = Vous essayez Callboard avec des données d'exemple conservées sur cet ordinateur. Aucun appel n'est réellement passé, rien n'est facturé. La démonstration prend fin dès que vous ajoutez un vrai compte.

## Pannes constatées par la fenêtre elle-même (non formulées par le moteur)

app-error-engine-unavailable = Le moteur de l'application n'est pas disponible
    .next = Ouvrez Callboard depuis son application de bureau. Cette fenêtre ne peut pas joindre GetVocal ni Awaz à elle seule.
app-error-unexpected = Un problème est survenu dans Callboard
    .next = Réessayez. Si cela se reproduit, redémarrez Callboard.

# Pendant le chargement d'un écran ouvert pour la première fois.
app-loading-screen = Ouverture…
