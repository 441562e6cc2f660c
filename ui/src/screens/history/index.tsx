import { Screen } from "../../components/Screen";
import { Tabs, type Tab } from "../../components/Tabs";
import { CallLog } from "./CallLog";
import { Journal } from "./Journal";
import "../../components/forms.css";
import "../getvocal.css";

/** "What Callboard did" first; each platform's helper adds its own logs. */
const tabs: readonly Tab[] = [{ id: "journal", label: "What Callboard did", Component: Journal }, { id: "awaz-calls", label: "Awaz calls", Component: CallLog }];

export function HistoryScreen() {
  return (
    <Screen
      id="history"
      title="History"
      purpose="Everything Callboard sent for you — leads, calls, keys, top-ups — and how each one ended."
    >
      <Tabs label="History" tabs={tabs} />
    </Screen>
  );
}
