import { Screen } from "../../components/Screen";
import { Tabs, type Tab } from "../../components/Tabs";
import { AwazCall } from "./AwazCall";
import { GetVocalCall } from "./GetVocalCall";
import { UpcomingCalls } from "./Upcoming";
import "../../components/forms.css";
import "../getvocal.css";

/** One tab per platform; each platform's helper adds its own entry. */
const tabs: readonly Tab[] = [
  { id: "getvocal-call", label: "GetVocal call", Component: GetVocalCall },
  { id: "awaz-call", label: "Awaz call", Component: AwazCall },
  { id: "upcoming", label: "Upcoming calls", Component: UpcomingCalls },
];

export function ScheduleScreen() {
  return (
    <Screen id="schedule" title="Schedule" purpose="Choose who to call, which AI agent calls them, and when.">
      <Tabs label="Calls" tabs={tabs} />
    </Screen>
  );
}
