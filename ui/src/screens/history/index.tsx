import { ComingSoon, Screen } from "../../components/Screen";

export function HistoryScreen() {
  return (
    <Screen id="history" title="History" purpose="See the calls, leads and top-ups made from Callboard, and save them as a spreadsheet.">
      <ComingSoon />
    </Screen>
  );
}
