# L'écran Webhooks : les webhooks Awaz, listés, ajoutés et supprimés (ui/src/screens/webhooks).

webhooks-title = Webhooks
webhooks-purpose = Un webhook est une adresse web à vous (celle de votre CRM, par exemple) qu'Awaz prévient de chaque appel à chaque changement de statut.
webhooks-loading-agents = Chargement de vos agents IA…

## La liste

webhooks-list-title = Vos webhooks
webhooks-list-description = Les adresses qu'Awaz prévient actuellement.
webhooks-loading = Chargement de vos webhooks…
webhooks-none = Aucun webhook pour l'instant. Ajoutez-en un ci-dessous pour être prévenu des appels au fur et à mesure.
webhooks-column-address = Adresse
webhooks-column-statuses = Prévenu pour
webhooks-column-agents = Appels de
webhooks-column-actions = Actions
webhooks-every-status = Tous les statuts
webhooks-every-agent = Tous les agents
webhooks-delete = Supprimer…
webhooks-delete-label = Supprimer le webhook { $address }…
webhooks-delete-question = Supprimer le webhook { $address } ?
webhooks-delete-confirm = Supprimer le webhook
webhooks-deleting = Suppression…
webhooks-delete-warning = Awaz ne préviendra plus cette adresse d'aucun appel. Vous pourrez l'ajouter à nouveau plus tard.
webhooks-deleted = Le webhook est supprimé : { $address } n'est plus prévenue des appels.
webhooks-delete-where-to-check = actualisez cet écran et vérifiez si l'adresse figure encore dans la liste.

## Ajouter un webhook

webhooks-add-title = Ajouter un webhook
webhooks-add-description = Ajouter une adresse déjà présente dans la liste remplace ses choix.
webhooks-added = Ajouté : Awaz préviendra { $address } des appels.
webhooks-add-another = Ajouter un autre webhook
webhooks-form-legend = Le webhook
webhooks-field-url = Adresse web
webhooks-field-url-hint = L'adresse à laquelle Awaz envoie le détail de chaque appel, par exemple { $example }. Elle doit commencer par { $scheme }, car ce détail comprend des numéros de téléphone.
webhooks-statuses-legend = La prévenir quand un appel est…
webhooks-statuses-hint = Ne cochez rien pour être prévenu de tous les statuts.
webhooks-agents-legend = Pour les appels passés par
webhooks-agents-hint = Ne cochez rien pour tous les agents IA, y compris ceux ajoutés plus tard.
webhooks-adding = Ajout…
webhooks-add = Ajouter le webhook
webhooks-add-where-to-check = cherchez l'adresse dans « Vos webhooks » ci-dessus (il faudra peut-être actualiser).
