import { useState, type ComponentType } from "react";

export type Tab = { id: string; label: string; Component: ComponentType };

/** A row of tabs over one panel; only the chosen tab's content is mounted. */
export function Tabs({ label, tabs }: { label: string; tabs: readonly Tab[] }) {
  const [selected, setSelected] = useState(tabs[0].id);
  const Selected = tabs.find((tab) => tab.id === selected)!.Component;
  return (
    <>
      <div className="tabs" role="tablist" aria-label={label}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            className="tab"
            aria-selected={tab.id === selected}
            onClick={() => setSelected(tab.id)}
            data-testid={`tab-${tab.id}`}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel">
        <Selected />
      </div>
    </>
  );
}
