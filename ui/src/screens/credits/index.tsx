import { ComingSoon, Screen } from "../../components/Screen";

export function CreditsScreen() {
  return (
    <Screen id="credits" title="Credits" purpose="Top up a client workspace's credits or minutes on Awaz.">
      <ComingSoon />
    </Screen>
  );
}
