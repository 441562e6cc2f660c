import { createContext, useContext } from "react";

/**
 * Ways from one screen to another that carry what to show. A call's page is opened from
 * History, Upcoming calls, Home and Leads by the call's History key ("journal:12",
 * "bulk:3:14:call", "awaz:<account>:<call>"); App shows it over the screen it came from, which
 * keeps its filters and scroll for "Back".
 */
export type Navigation = {
  openCall: (key: string) => void;
  /** Shows another screen by its id in `screens` (Home's "Due top-ups" card opens Clients). */
  openScreen?: (id: string) => void;
};

// Outside App (screens under test) opening a call or a screen does nothing.
const NavigationContext = createContext<Navigation>({ openCall: () => {}, openScreen: () => {} });

export const NavigationProvider = NavigationContext.Provider;

export function useNavigation(): Navigation {
  return useContext(NavigationContext);
}
