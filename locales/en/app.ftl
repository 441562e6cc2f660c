# The app's frame: brand, version, the main menu, the demo banner, and the words of failures
# the window itself notices (ui/src/App.tsx, screens/index.ts, components/MainNav.tsx,
# components/DemoBanner.tsx, errors.ts). Owner: the UI shell.

app-brand = Callboard
app-version = Version { $version }

## Main menu (each name is the screen's own title)

app-nav-label = Main
# A screen listed under a group's heading, as a screen reader says it.
app-nav-grouped = { $screen } ({ $group })
app-nav-home = Home
app-nav-accounts = Accounts
app-nav-leads = Leads
app-nav-import = Import
app-nav-schedule = Schedule
app-nav-history = History
app-nav-do-not-call = Do not call
app-nav-credits = Credits
app-nav-clients = Clients
app-nav-api-keys = API keys
app-nav-webhooks = Webhooks
app-nav-settings = Settings
app-nav-group-integrations = Integrations

## Demo banner

app-demo-title = Demo workspace
app-demo-text = You are trying Callboard with practice data kept on this computer. Nothing is really called or charged. Adding a real account ends the demo.

## Failures the window notices itself (not worded by the engine)

app-error-engine-unavailable = The app's engine is not available
    .next = Open Callboard from its desktop app. This window cannot reach GetVocal or Awaz on its own.
app-error-unexpected = Something went wrong inside Callboard
    .next = Try again. If it keeps happening, restart Callboard.

# While a screen opened for the first time is loading.
app-loading-screen = Opening…
