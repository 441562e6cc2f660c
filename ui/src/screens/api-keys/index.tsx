import { ComingSoon, Screen } from "../../components/Screen";

export function ApiKeysScreen() {
  return (
    <Screen id="api-keys" title="API keys" purpose="Create, list and revoke the GetVocal API keys of your accounts.">
      <ComingSoon />
    </Screen>
  );
}
