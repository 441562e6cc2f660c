import { ComingSoon, Screen } from "../../components/Screen";

export function LeadsScreen() {
  return (
    <Screen id="leads" title="Leads" purpose="Add the people you want to call on GetVocal, one at a time or from a spreadsheet.">
      <ComingSoon />
    </Screen>
  );
}
