# The Webhooks screen: Awaz webhooks, listed, added and deleted (ui/src/screens/webhooks).

webhooks-title = Webhooks
webhooks-purpose = A webhook is a web address of yours (for example your CRM's) that Awaz tells about each call as its status changes.
webhooks-loading-agents = Loading your AI agents…

## The list

webhooks-list-title = Your webhooks
webhooks-list-description = The addresses Awaz notifies now.
webhooks-loading = Loading your webhooks…
webhooks-none = No webhooks yet. Add one below to be told about calls as they happen.
webhooks-column-address = Address
webhooks-column-statuses = Told about
webhooks-column-agents = Calls of
webhooks-column-actions = Actions
webhooks-every-status = Every status
webhooks-every-agent = Every agent
webhooks-delete = Delete…
webhooks-delete-label = Delete the webhook { $address }…
webhooks-delete-question = Delete the webhook { $address }?
webhooks-delete-confirm = Delete the webhook
webhooks-deleting = Deleting…
webhooks-delete-warning = Awaz will no longer tell this address about any call. You can add it again later.
webhooks-deleted = The webhook is deleted: { $address } is no longer told about calls.
webhooks-delete-where-to-check = refresh this screen and see whether the address is still listed.

## Adding a webhook

webhooks-add-title = Add a webhook
webhooks-add-description = Adding an address that is already listed replaces its choices.
webhooks-added = Added: Awaz will tell { $address } about calls.
webhooks-add-another = Add another webhook
webhooks-form-legend = The webhook
webhooks-field-url = Web address
webhooks-field-url-hint = Where Awaz sends each call's details, for example { $example }. It must start with { $scheme } because the details include phone numbers.
webhooks-statuses-legend = Tell it when a call is…
webhooks-statuses-hint = Tick none to be told about every status.
webhooks-agents-legend = For calls made by
webhooks-agents-hint = Tick none for every AI agent, including ones added later.
webhooks-adding = Adding…
webhooks-add = Add webhook
webhooks-add-where-to-check = look for the address in “Your webhooks” above (it may take a refresh).
