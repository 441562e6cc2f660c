import { Screen } from "../../components/Screen";
import { Tabs, type Tab } from "../../components/Tabs";
import { CallLog } from "./CallLog";
import { Everything } from "./Everything";
import { Journal } from "./Journal";
import "../../components/forms.css";
import "../getvocal.css";

/** "Everything" first (both platforms merged), then each platform's own log. */
const tabs: readonly Tab[] = [{ id: "everything", label: "Everything", Component: Everything }, { id: "journal", label: "What Callboard did", Component: Journal }, { id: "awaz-calls", label: "Awaz calls", Component: CallLog }];

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
