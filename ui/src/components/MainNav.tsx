import { Fragment } from "react";
import { screens, type ScreenId } from "../screens";

/** The sidebar's list of screens; screens of one group (API keys, Webhooks) sit under its heading. */
export function MainNav({ selected, onSelect }: { selected: ScreenId; onSelect: (id: ScreenId) => void }) {
  return (
    <nav aria-label="Main">
      <ul>
        {screens.map((screen, index) => {
          const group = "group" in screen ? screen.group : undefined;
          const previous = screens[index - 1];
          const startsGroup = group && (!previous || !("group" in previous) || previous.group !== group);
          return (
            <Fragment key={screen.id}>
              {startsGroup && (
                <li className="nav-group" aria-hidden="true" data-testid={`nav-group-${group.toLowerCase()}`}>
                  {group}
                </li>
              )}
              <li className={group ? "nav-grouped" : undefined}>
                <button
                  type="button"
                  className="nav-item"
                  data-testid={`nav-${screen.id}`}
                  aria-current={screen.id === selected ? "page" : undefined}
                  aria-label={group ? `${screen.label} (${group})` : undefined}
                  onClick={() => onSelect(screen.id)}
                >
                  {screen.label}
                </button>
              </li>
            </Fragment>
          );
        })}
      </ul>
    </nav>
  );
}
