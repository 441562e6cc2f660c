import type { ComponentType } from "react";
import { AccountsScreen } from "./accounts";
import { ApiKeysScreen } from "./api-keys";
import { ClientsScreen } from "./clients";
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
 * `label` is the catalogue id of the screen's name in the menu; screens with a `group` are
 * listed together under that heading.
 */
export const screens = [
  { id: "home", label: "app-nav-home", Component: HomeScreen },
  { id: "accounts", label: "app-nav-accounts", Component: AccountsScreen },
  { id: "leads", label: "app-nav-leads", Component: LeadsScreen },
  { id: "import", label: "app-nav-import", Component: ImportScreen },
  { id: "schedule", label: "app-nav-schedule", Component: ScheduleScreen },
  { id: "history", label: "app-nav-history", Component: HistoryScreen },
  { id: "do-not-call", label: "app-nav-do-not-call", Component: DoNotCallScreen },
  { id: "credits", label: "app-nav-credits", Component: CreditsScreen },
  { id: "clients", label: "app-nav-clients", Component: ClientsScreen },
  { id: "api-keys", label: "app-nav-api-keys", group: "integrations", Component: ApiKeysScreen },
  { id: "webhooks", label: "app-nav-webhooks", group: "integrations", Component: WebhooksScreen },
  { id: "settings", label: "app-nav-settings", Component: SettingsScreen },
] as const satisfies readonly { id: string; label: string; group?: ScreenGroup; Component: ComponentType }[];

/** The headings screens are grouped under, with the catalogue id of their words. */
export const screenGroups = { integrations: "app-nav-group-integrations" } as const;
export type ScreenGroup = keyof typeof screenGroups;

export type ScreenId = (typeof screens)[number]["id"];
