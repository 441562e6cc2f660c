import { ComingSoon, Screen } from "../../components/Screen";

export function SettingsScreen() {
  return (
    <Screen id="settings" title="Settings" purpose="Set your default country for phone numbers, your time zone, and the address each platform is reached at.">
      <ComingSoon />
    </Screen>
  );
}
