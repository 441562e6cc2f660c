import { lazy, type ComponentType, type ReactNode } from "react";
import { HomeScreen } from "./home";

/** A screen whose code loads the first time it is opened, or sooner when asked to (`preload`). */
export type LaterScreen<Props extends object = object> = ComponentType<Props> & { preload: () => void };

/**
 * A screen's code, loaded the first time it is opened: the window starts with Home's code only,
 * so its first frame and its memory do not pay for screens not opened yet. `preload` starts the
 * same load early (the pointer or the focus on the screen's menu entry), so the click that
 * follows finds the code there; a load that failed is tried again by the next ask.
 */
export function later<Name extends string, Props extends object = object>(
  load: () => Promise<Record<Name, (props: Props) => ReactNode>>,
  name: Name,
): LaterScreen<Props> {
  let loading: Promise<Record<Name, (props: Props) => ReactNode>> | undefined;
  const loaded = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  const screen = lazy<(props: Props) => ReactNode>(async () => ({ default: (await loaded())[name] }));
  return Object.assign(screen, { preload: () => void loaded().catch(() => {}) });
}

const AccountsScreen = later(() => import("./accounts"), "AccountsScreen");
const ApiKeysScreen = later(() => import("./api-keys"), "ApiKeysScreen");
const ClientsScreen = later(() => import("./clients"), "ClientsScreen");
const CreditsScreen = later(() => import("./credits"), "CreditsScreen");
const DoNotCallScreen = later(() => import("./do-not-call"), "DoNotCallScreen");
const HistoryScreen = later(() => import("./history"), "HistoryScreen");
const ImportScreen = later(() => import("./import"), "ImportScreen");
const LeadsScreen = later(() => import("./leads"), "LeadsScreen");
const ScheduleScreen = later(() => import("./schedule"), "ScheduleScreen");
const SettingsScreen = later(() => import("./settings"), "SettingsScreen");
const WebhooksScreen = later(() => import("./webhooks"), "WebhooksScreen");

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

/** Starts loading a screen's code ahead of the click that opens it (Home's is always there). */
export function preloadScreen(id: ScreenId) {
  const { Component } = screens.find((screen) => screen.id === id) ?? {};
  if (Component && "preload" in Component) Component.preload();
}
