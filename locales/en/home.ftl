# The Home dashboard (ui/src/screens/home).

home-title = Home
home-purpose = Each account at a glance: today's and upcoming calls, calls that need a look, recent top-ups and its AI callers.
home-loading-accounts = Loading your accounts…
home-no-accounts = No accounts yet. Open Accounts to add your GetVocal or Awaz account.

## One account's card

home-card-getvocal = GetVocal · AI personas that place calls
home-card-awaz = Awaz · AI agents and the phone numbers they call from
home-needs-sign-in = Sign-in needed. Open Accounts and choose “Sign in again” to see this { $platform } account.
home-loading-calls = Loading calls…
home-upcoming-title = Calls to come
home-upcoming-none = No call to come.
home-upcoming-count = { $today ->
        [0] None today
       *[other] { $today } today
    }, { $all } in all.
home-to-check-title = Needs a look
home-to-check-none = Nothing: every call of the last two weeks went through.
home-top-ups-title = Recent top-ups
home-top-ups-none = No top-up from this account yet.

## What the account's AI callers are

home-personas-title = AI personas
home-loading-personas = Loading personas…
home-personas-none = No personas yet. Once a persona is set up in GetVocal, it appears here.
home-loading-directory = Loading agents and phone numbers…
home-agents-title = AI agents
home-agents-none = No AI agents yet. Once an agent is set up in Awaz, it appears here.
home-phones-title = Phone numbers you call from
home-phones-none = No phone numbers yet. Add one in Awaz before placing calls.
