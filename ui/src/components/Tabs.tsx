import { useId, useRef, useState, type ComponentType, type KeyboardEvent } from "react";

export type Tab = { id: string; label: string; Component: ComponentType };

/**
 * A row of tabs over one panel; only the chosen tab's content is mounted. Keyboard as screen
 * readers expect: Tab reaches the chosen tab only, arrows (and Home/End) choose another.
 */
export function Tabs({ label, tabs }: { label: string; tabs: readonly Tab[] }) {
  const [selected, setSelected] = useState(tabs[0].id);
  const ids = useId();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const Selected = tabs.find((tab) => tab.id === selected)!.Component;

  function onKeyDown(event: KeyboardEvent, index: number) {
    const last = tabs.length - 1;
    const next = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setSelected(tabs[next].id);
    buttons.current[next]?.focus();
  }

  return (
    <>
      <div className="tabs" role="tablist" aria-label={label}>
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(button) => {
              buttons.current[index] = button;
            }}
            type="button"
            role="tab"
            id={`${ids}-tab-${tab.id}`}
            aria-controls={`${ids}-panel`}
            className="tab"
            aria-selected={tab.id === selected}
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => setSelected(tab.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
            data-testid={`tab-${tab.id}`}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${ids}-panel`} aria-labelledby={`${ids}-tab-${selected}`}>
        <Selected />
      </div>
    </>
  );
}
