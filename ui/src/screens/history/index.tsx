import { Screen } from "../../components/Screen";
import { useWords } from "../../i18n";
import { Tabs, type Tab } from "../../components/Tabs";
import { CallLog } from "./CallLog";
import { Everything } from "./Everything";
import { Journal } from "./Journal";
import "../../components/forms.css";
import "../getvocal.css";

/** "Everything" first (both platforms merged), then each platform's own log. */
export function HistoryScreen() {
  const { t } = useWords();
  const tabs: readonly Tab[] = [
    { id: "everything", label: t("history-tab-everything"), Component: Everything },
    { id: "journal", label: t("history-tab-journal"), Component: Journal },
    { id: "awaz-calls", label: t("history-tab-awaz-calls"), Component: CallLog },
  ];
  return (
    <Screen id="history" title={t("history-title")} purpose={t("history-purpose")}>
      <Tabs label={t("history-title")} tabs={tabs} />
    </Screen>
  );
}
