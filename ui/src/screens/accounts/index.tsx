import { ComingSoon, Screen } from "../../components/Screen";

export function AccountsScreen() {
  return (
    <Screen id="accounts" title="Accounts" purpose="Connect your GetVocal and Awaz accounts, and sign in to or out of them.">
      <ComingSoon />
    </Screen>
  );
}
