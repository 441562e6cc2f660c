import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { AccountSummary, HistoryRow } from "../bindings";
import { useBackend } from "../backend";
import { useWords } from "../i18n";
import { screens, type ScreenId } from "../screens";
import "./CommandPalette.css";
import { usePaused } from "./usePaused";

/** Where a choice in the palette leads. */
export type PaletteTarget = { screen: ScreenId } | { call: string };

type Choice = { id: string; group: string; label: string; hint?: string; target: PaletteTarget };

/** The key shortcuts are held with: Cmd on a Mac, Ctrl elsewhere. */
export const MODIFIER = typeof navigator !== "undefined" && /Mac/.test(navigator.platform) ? "⌘" : "Ctrl";

/** How many recent actions a search shows: enough to find one, few enough to read. */
const RECENT_ACTIONS_SHOWN = 5;

/** Finds any screen, account, client workspace or recent action by typing (Ctrl/Cmd+K). */
export function CommandPalette({ onChoose, onClose }: { onChoose: (target: PaletteTarget) => void; onClose: () => void }) {
  const { t } = useWords();
  const backend = useBackend();
  const [text, setText] = useState("");
  const [active, setActive] = useState(0);
  const [accounts, setAccounts] = useState<AccountSummary[]>([]);
  const [workspaces, setWorkspaces] = useState<string[]>([]);
  const [actions, setActions] = useState<HistoryRow[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();

  useEffect(() => {
    input.current?.focus();
    // The palette is useful without these: a failed read just leaves its group empty.
    backend.listAccounts().then(
      (answer) => answer.status === "ok" && setAccounts(answer.data),
      () => {},
    );
    backend.getSettings().then(
      (settings) => setWorkspaces(settings.recent_workspaces),
      () => {},
    );
  }, [backend]);

  const searched = usePaused(text.trim());
  useEffect(() => {
    let current = true;
    backend.history({ text: searched || null }, null).then(
      (answer) => current && answer.status === "ok" && setActions(answer.data.rows.slice(0, RECENT_ACTIONS_SHOWN)),
      () => {},
    );
    return () => {
      current = false;
    };
  }, [backend, searched]);

  const choices = useMemo(() => {
    const wanted = text.trim().toLocaleLowerCase();
    const matches = (words: string) => !wanted || words.toLocaleLowerCase().includes(wanted);
    const all: Choice[] = [
      ...screens.map((screen, index) => ({
        id: `screen-${screen.id}`,
        group: t("palette-group-screens"),
        label: t(screen.label),
        hint: index < 9 ? t("palette-shortcut", { modifier: MODIFIER, key: index + 1 }) : undefined,
        target: { screen: screen.id } as PaletteTarget,
      })),
      ...accounts.map((account) => ({
        id: `account-${account.id}`,
        group: t("palette-group-accounts"),
        label: account.name,
        hint: account.platform === "getvocal" ? "GetVocal" : "Awaz",
        target: { screen: "accounts" } as PaletteTarget,
      })),
      ...workspaces.map((workspace) => ({
        id: `workspace-${workspace}`,
        group: t("palette-group-workspaces"),
        label: workspace,
        hint: t("palette-top-up"),
        target: { screen: "credits" } as PaletteTarget,
      })),
    ].filter((choice) => matches(`${choice.label} ${choice.hint ?? ""}`));
    // Recent actions are already matched by the history's own search.
    const recent: Choice[] = actions.map((row) => ({
      id: `action-${row.key}`,
      group: t("palette-group-recent"),
      label: row.title,
      hint: row.account_name,
      target: row.kind === "call" ? { call: row.key } : { screen: "history" },
    }));
    return [...all, ...recent];
  }, [t, text, accounts, workspaces, actions]);

  const shown = Math.min(active, Math.max(choices.length - 1, 0));

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((shown + step + choices.length) % Math.max(choices.length, 1));
    } else if (event.key === "Enter" && choices[shown]) {
      event.preventDefault();
      onChoose(choices[shown].target);
    } else if (event.key === "Escape") {
      event.preventDefault();
      onClose();
    }
  }

  return (
    <div className="palette-backdrop" onMouseDown={onClose}>
      <div role="dialog" aria-modal="true" aria-label={t("palette-title")} className="palette" onMouseDown={(event) => event.stopPropagation()}>
        <input
          ref={input}
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-activedescendant={choices[shown] ? `${listId}-${shown}` : undefined}
          aria-label={t("palette-search")}
          placeholder={t("palette-search")}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          data-testid="palette-input"
        />
        <ul id={listId} role="listbox" aria-label={t("palette-title")} className="palette-list">
          {choices.length === 0 && <li className="palette-empty">{t("palette-nothing")}</li>}
          {choices.map((choice, index) => (
            <li
              key={choice.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === shown}
              className={index === shown ? "palette-choice active" : "palette-choice"}
              onMouseEnter={() => setActive(index)}
              onClick={() => onChoose(choice.target)}
            >
              <span className="palette-group">{choice.group}</span>
              <span className="palette-label">{choice.label}</span>
              {choice.hint && <span className="palette-hint">{choice.hint}</span>}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
