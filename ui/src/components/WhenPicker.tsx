import { useEffect, useId, useState } from "react";
import type { Explanation, ScheduleAt } from "../bindings";
import { useBackend } from "../backend";
import { Field } from "./Field";
import { useWords } from "../i18n";

/** "Now", or a date and time on the clock of a chosen time zone. */
export type When = { mode: "now" } | ({ mode: "later" } & ScheduleAt);

/** What the engine says about the chosen moment: its description, or why it can't be used. */
export type Preview = { state: "none" } | { state: "ok"; description: string } | { state: "problem"; problem: Explanation };

/**
 * Now or later; for later a date, a time and a time zone, with the moment described live in
 * that zone and in UTC ("Tue 24 Nov 2026, 15:00 Europe/Paris (14:00 UTC)"), or the reason it
 * can't be used (in the past, a time skipped by a clock change…) under the field concerned.
 */
export function WhenPicker({
  value,
  onChange,
  zones,
  defaultZone,
  preview,
  problem,
}: {
  value: When;
  onChange: (value: When) => void;
  zones: string[];
  /** Settings' zone, else this computer's. */
  defaultZone: string;
  /** From {@link usePreview} on the same value (the caller also uses it to confirm). */
  preview: Preview;
  /** A refusal of the last submission, when it was about the date, time or zone. */
  problem: Explanation | null;
}) {
  const ids = useId();
  const { t } = useWords();
  const later = value.mode === "later" ? value : null;
  const fieldProblem = (field: string) =>
    (preview.state === "problem" && preview.problem.field === field ? preview.problem.title : null) ?? (problem?.field === field ? problem.title : null);

  return (
    <fieldset className="when-picker">
      <legend>{t("components-when")}</legend>
      <div className="choice-row" role="radiogroup">
        <label>
          <input type="radio" name={`${ids}-mode`} checked={value.mode === "now"} onChange={() => onChange({ mode: "now" })} data-testid="field-when-now" />{" "}
          {t("components-when-now")}
        </label>
        <label>
          <input
            type="radio"
            name={`${ids}-mode`}
            checked={value.mode === "later"}
            onChange={() => onChange({ mode: "later", date: "", time: "", zone: defaultZone })}
            data-testid="field-when-later"
          />{" "}
          {t("components-when-later")}
        </label>
      </div>
      {later && (
        <>
          <div className="when-fields">
            <Field id={`${ids}-date`} name="date" label={t("components-when-date")} problem={fieldProblem("date")}>
              <input
                id={`${ids}-date`}
                type="date"
                value={later.date}
                onChange={(event) => onChange({ ...later, date: event.target.value })}
                data-testid="field-date"
              />
            </Field>
            <Field id={`${ids}-time`} name="time" label={t("components-when-time")} problem={fieldProblem("time")}>
              <input
                id={`${ids}-time`}
                type="time"
                value={later.time}
                onChange={(event) => onChange({ ...later, time: event.target.value })}
                data-testid="field-time"
              />
            </Field>
            <Field id={`${ids}-zone`} name="zone" label={t("components-when-zone")} hint={t("components-when-zone.hint")} problem={fieldProblem("zone")}>
              <select id={`${ids}-zone`} value={later.zone} onChange={(event) => onChange({ ...later, zone: event.target.value })} data-testid="field-zone">
                {zones.map((zone) => (
                  <option key={zone} value={zone}>
                    {zone.replaceAll("_", " ")}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          {preview.state === "ok" && (
            <p className="preview" role="status" data-testid="schedule-preview">
              {preview.description}
            </p>
          )}
        </>
      )}
    </fieldset>
  );
}

/** Asks the engine to describe the moment each time the date, time or zone changes. */
export function usePreview(value: When): Preview {
  const backend = useBackend();
  const [preview, setPreview] = useState<Preview>({ state: "none" });
  const [date, time, zone] = value.mode === "later" ? [value.date, value.time, value.zone] : ["", "", ""];

  useEffect(() => {
    if (!date || !time) {
      setPreview({ state: "none" });
      return;
    }
    // Only the answer for what is on screen now may be shown.
    let current = true;
    backend.previewScheduleTime({ date, time, zone }).then(
      (result) => {
        if (!current) return;
        setPreview(result.status === "ok" ? { state: "ok", description: result.data } : { state: "problem", problem: result.error });
      },
      () => {
        if (current) setPreview({ state: "none" });
      },
    );
    return () => {
      current = false;
    };
  }, [backend, date, time, zone]);

  return preview;
}

/** The moment to send: `null` for now. */
export function scheduleAt(value: When): ScheduleAt | null {
  return value.mode === "later" ? { date: value.date, time: value.time, zone: value.zone } : null;
}
