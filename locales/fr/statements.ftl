# Relevés de recharges (crates/statements) : le PDF et le CSV joints à une facture.

statements-title = Relevé de recharges
statements-file-stem = releve

## Le bloc sous le titre

statements-client = Client
statements-workspaces = { $count ->
    [one] Espace client
   *[other] Espaces client
}
statements-period = Période
statements-time-zone = Heures indiquées en
statements-month-name = { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
}
# Un mois entier, par ex. « novembre 2026 ».
statements-period-month = { $month } { $year }
statements-period-range = du { $from } au { $to }
statements-date-long = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }

## Résumé et sections

statements-summary-heading = Totaux — recharges effectuées uniquement
statements-not-counted-summary = { $count ->
    [0] Toutes les recharges de la période sont comptées.
    [one] 1 recharge n’est pas comptée (refusée ou en attente de vérification) ; elle est listée à part à la fin.
   *[other] { $count } recharges ne sont pas comptées (refusées ou en attente de vérification) ; elles sont listées à part à la fin.
}
statements-section-done = Recharges effectuées
statements-section-not-counted = Non comptées
statements-not-counted-note = Ces recharges sont listées pour mémoire et ne figurent pas dans les totaux. Une recharge refusée n’a pas été appliquée. Une recharge en attente de vérification a un résultat inconnu : vérifiez le solde de l’espace client dans Awaz avant de la facturer.
statements-no-lines = Aucune recharge sur cette période.
statements-none-done = Aucune recharge effectuée sur cette période.
statements-total = Total
statements-continued = { $section } (suite)

## Colonnes du tableau (PDF et CSV)

statements-column-date = Date et heure
statements-column-workspace = Espace client
statements-column-kind = Type
statements-column-amount = Montant
statements-column-reference = Référence
statements-column-sent-by = Envoyée par
statements-column-from-account = Depuis le compte
statements-column-outcome = Résultat
statements-column-refusal-reason = Motif du refus
statements-column-counted = Comptée dans les totaux
statements-column-action-key = Clé d’action

statements-from-account = depuis { $account }
statements-kind-credits = crédits
statements-kind-minutes = minutes
statements-outcome-done = Effectuée
statements-outcome-refused = Refusée
statements-outcome-unknown = En attente de vérification — non comptée
statements-yes = oui
statements-no = non

## Pied de page

statements-page = Page { $page } sur { $pages }
