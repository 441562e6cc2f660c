import { Screen } from "../../components/Screen";
import { useWords } from "../../i18n";
import { Tabs, type Tab } from "../../components/Tabs";
import { AwazCall } from "./AwazCall";
import { GetVocalCall } from "./GetVocalCall";
import { UpcomingCalls } from "./Upcoming";
import "../../components/forms.css";
import "../getvocal.css";

export function ScheduleScreen() {
  const { t } = useWords();
  /** One tab per platform, then the calls still to come. */
  const tabs: readonly Tab[] = [
    { id: "getvocal-call", label: t("schedule-tab-getvocal"), Component: GetVocalCall },
    { id: "awaz-call", label: t("schedule-tab-awaz"), Component: AwazCall },
    { id: "upcoming", label: t("schedule-upcoming-title"), Component: UpcomingCalls },
  ];
  return (
    <Screen id="schedule" title={t("schedule-title")} purpose={t("schedule-purpose")}>
      <Tabs label={t("schedule-tabs-label")} tabs={tabs} />
    </Screen>
  );
}
