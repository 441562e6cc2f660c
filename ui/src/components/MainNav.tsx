import { Fragment } from "react";
import { useWords } from "../i18n";
import { preloadScreen, screenGroups, screens, type ScreenId } from "../screens";

/** The sidebar's list of screens; screens of one group (API keys, Webhooks) sit under its heading. */
export function MainNav({ selected, onSelect }: { selected: ScreenId; onSelect: (id: ScreenId) => void }) {
  const { t } = useWords();
  return (
    <nav aria-label={t("app-nav-label")}>
      <ul>
        {screens.map((screen, index) => {
          const group = "group" in screen ? screen.group : undefined;
          const previous = screens[index - 1];
          const startsGroup = group && (!previous || !("group" in previous) || previous.group !== group);
          const groupName = group ? t(screenGroups[group]) : undefined;
          return (
            <Fragment key={screen.id}>
              {startsGroup && (
                <li className="nav-group" aria-hidden="true" data-testid={`nav-group-${group}`}>
                  {groupName}
                </li>
              )}
              <li className={group ? "nav-grouped" : undefined}>
                <button
                  type="button"
                  className="nav-item"
                  data-testid={`nav-${screen.id}`}
                  aria-current={screen.id === selected ? "page" : undefined}
                  aria-label={group ? t("app-nav-grouped", { screen: t(screen.label), group: groupName }) : undefined}
                  onClick={() => onSelect(screen.id)}
                  onPointerEnter={() => preloadScreen(screen.id)}
                  onFocus={() => preloadScreen(screen.id)}
                >
                  {t(screen.label)}
                </button>
              </li>
            </Fragment>
          );
        })}
      </ul>
    </nav>
  );
}
