import { ComingSoon, Screen } from "../../components/Screen";

export function WebhooksScreen() {
  return (
    <Screen id="webhooks" title="Webhooks" purpose="Choose web addresses that Awaz notifies whenever a call changes status.">
      <ComingSoon />
    </Screen>
  );
}
