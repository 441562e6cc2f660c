import { ComingSoon, Screen } from "../../components/Screen";

export function ScheduleScreen() {
  return (
    <Screen id="schedule" title="Schedule" purpose="Choose who to call, which AI agent calls them, and when.">
      <ComingSoon />
    </Screen>
  );
}
