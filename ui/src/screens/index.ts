import type { ComponentType } from "react";
import { AccountsScreen } from "./accounts";
import { ApiKeysScreen } from "./api-keys";
import { CreditsScreen } from "./credits";
import { DoNotCallScreen } from "./do-not-call";
import { HistoryScreen } from "./history";
import { HomeScreen } from "./home";
import { ImportScreen } from "./import";
import { LeadsScreen } from "./leads";
import { ScheduleScreen } from "./schedule";
import { SettingsScreen } from "./settings";
import { WebhooksScreen } from "./webhooks";

/**
 * The navigation, in the order it is shown. `id` names the test ids `nav-<id>` and `screen-<id>`;
 * screens with a `group` are listed together under that heading.
 */
export const screens = [
  { id: "home", label: "Home", Component: HomeScreen },
  { id: "accounts", label: "Accounts", Component: AccountsScreen },
  { id: "leads", label: "Leads", Component: LeadsScreen },
  { id: "import", label: "Import", Component: ImportScreen },
  { id: "schedule", label: "Schedule", Component: ScheduleScreen },
  { id: "history", label: "History", Component: HistoryScreen },
  { id: "do-not-call", label: "Do not call", Component: DoNotCallScreen },
  { id: "credits", label: "Credits", Component: CreditsScreen },
  { id: "api-keys", label: "API keys", group: "Integrations", Component: ApiKeysScreen },
  { id: "webhooks", label: "Webhooks", group: "Integrations", Component: WebhooksScreen },
  { id: "settings", label: "Settings", Component: SettingsScreen },
] as const satisfies readonly { id: string; label: string; group?: string; Component: ComponentType }[];

export type ScreenId = (typeof screens)[number]["id"];
