import { useEffect, useId, useMemo, useState, type FormEvent } from "react";
import type { AppInfo, Explanation, Preferences } from "../../bindings";
import { useBackend } from "../../backend";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Field } from "../../components/Field";
import { Loading } from "../../components/Loading";
import { Screen } from "../../components/Screen";
import { thrownToExplanation } from "../../errors";
import { rememberPreferences } from "../../preferences";
import "../../components/forms.css";
import { CallingRulesSection } from "./CallingRules";
import { UpdatesSection } from "./Updates";

/** Countries people most often call, by name, with the ISO code phone numbers are read with. */
export const countries: [code: string, name: string][] = [
  ["AR", "Argentina"],
  ["AU", "Australia"],
  ["AT", "Austria"],
  ["BE", "Belgium"],
  ["BR", "Brazil"],
  ["CA", "Canada"],
  ["CN", "China"],
  ["DK", "Denmark"],
  ["EG", "Egypt"],
  ["FI", "Finland"],
  ["FR", "France"],
  ["DE", "Germany"],
  ["GR", "Greece"],
  ["IN", "India"],
  ["ID", "Indonesia"],
  ["IE", "Ireland"],
  ["IL", "Israel"],
  ["IT", "Italy"],
  ["JP", "Japan"],
  ["KE", "Kenya"],
  ["LU", "Luxembourg"],
  ["MY", "Malaysia"],
  ["MX", "Mexico"],
  ["MA", "Morocco"],
  ["NL", "Netherlands"],
  ["NZ", "New Zealand"],
  ["NG", "Nigeria"],
  ["NO", "Norway"],
  ["PK", "Pakistan"],
  ["PH", "Philippines"],
  ["PL", "Poland"],
  ["PT", "Portugal"],
  ["QA", "Qatar"],
  ["RO", "Romania"],
  ["SA", "Saudi Arabia"],
  ["SG", "Singapore"],
  ["ZA", "South Africa"],
  ["KR", "South Korea"],
  ["ES", "Spain"],
  ["SE", "Sweden"],
  ["CH", "Switzerland"],
  ["TN", "Tunisia"],
  ["TR", "Turkey"],
  ["AE", "United Arab Emirates"],
  ["GB", "United Kingdom"],
  ["US", "United States"],
];

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The zone this computer's clock uses, as the web view sees it. */
function computerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Every zone the web view knows. */
function knownTimeZones(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  return intl.supportedValuesOf?.("timeZone") ?? [];
}

export function SettingsScreen() {
  const backend = useBackend();
  const [preferences, setPreferences] = useState<Preferences | null>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [loadProblem, setLoadProblem] = useState<Explanation | null>(null);

  useEffect(() => {
    let current = true;
    Promise.all([backend.getSettings(), backend.appInfo()]).then(
      ([settings, appInfo]) => {
        if (!current) return;
        setPreferences(settings.preferences);
        setInfo(appInfo);
      },
      (thrown: unknown) => {
        if (current) setLoadProblem(thrownToExplanation(thrown));
      },
    );
    return () => {
      current = false;
    };
  }, [backend]);

  return (
    <Screen id="settings" title="Settings" purpose="Set your default country for phone numbers and your time zone, and see where Callboard keeps your information.">
      {loadProblem && <ErrorNotice error={loadProblem} />}
      {!loadProblem && !preferences && <Loading label="Loading your settings…" />}
      {preferences && <PreferencesForm saved={preferences} />}
      <CallingRulesSection />
      {info && <Places places={info.places} />}
      <UpdatesSection />
    </Screen>
  );
}

/** Where Callboard keeps things: in words, with "Open folder"; the paths under Advanced. */
function Places({ places }: { places: AppInfo["places"] }) {
  const backend = useBackend();
  const [problem, setProblem] = useState<Explanation | null>(null);
  async function openFolder() {
    setProblem(null);
    try {
      const result = await backend.openFolder("data");
      if (result.status === "error") setProblem(result.error);
    } catch (thrown) {
      setProblem(thrownToExplanation(thrown));
    }
  }
  return (
    <section className="places" aria-label="Where Callboard keeps your information" data-testid="places">
      <h2>Where Callboard keeps your information</h2>
      <dl className="facts">
        <dt>Sign-ins and API keys</dt>
        <dd data-testid="place-keychain">{capitalized(places.keychain)}. Never in a file.</dd>
        <dt>Accounts, settings and the history of what was sent</dt>
        <dd>In Callboard's folder on this computer.</dd>
      </dl>
      <div className="form-actions">
        <button type="button" className="button secondary" onClick={openFolder} data-testid="open-data-folder">
          Open folder
        </button>
      </div>
      {problem && <ErrorNotice error={problem} />}
      <details className="advanced" data-technical data-testid="settings-advanced">
        <summary>Advanced</summary>
        <dl className="facts">
          <dt>Accounts and settings</dt>
          <dd>
            <code data-testid="place-settings">{places.settings_file}</code>
          </dd>
          <dt>History of what was sent</dt>
          <dd>
            <code data-testid="place-journal">{places.journal_file}</code>
          </dd>
        </dl>
      </details>
    </section>
  );
}

function PreferencesForm({ saved }: { saved: Preferences }) {
  const backend = useBackend();
  const [country, setCountry] = useState(saved.default_country);
  const [timeZone, setTimeZone] = useState(saved.time_zone ?? "");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Explanation | null>(null);
  const [done, setDone] = useState(false);
  const countryId = useId();
  const zoneId = useId();
  const zones = useMemo(knownTimeZones, []);
  const listed = countries.some(([code]) => code === country);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    setDone(false);
    try {
      const result = await backend.savePreferences({ default_country: country, time_zone: timeZone === "" ? null : timeZone });
      if (result.status === "ok") {
        setDone(true);
        rememberPreferences(result.data.preferences);
        setTimeZone(result.data.preferences.time_zone ?? "");
      } else {
        setProblem(result.error);
      }
    } catch (thrown) {
      setProblem(thrownToExplanation(thrown));
    } finally {
      setBusy(false);
    }
  }

  const problemFor = (field: string) => (problem?.field === field ? problem.title : null);

  return (
    <form className="stacked-form" onSubmit={submit} aria-label="Preferences" data-testid="preferences-form">
      <Field
        id={countryId}
        name="default_country"
        label="Default country for phone numbers"
        hint="Numbers typed without a + and country code are read as numbers of this country."
        problem={problemFor("default_country")}
      >
        <select id={countryId} value={country} onChange={(event) => setCountry(event.target.value)} data-testid="field-default_country">
          {!listed && <option value={country}>{country}</option>}
          {countries.map(([code, name]) => (
            <option key={code} value={code}>
              {name} ({code})
            </option>
          ))}
        </select>
      </Field>
      <Field
        id={zoneId}
        name="time_zone"
        label="Time zone"
        hint="Dates and times you pick are read in this zone. Choose “This computer's time zone” to follow this computer's clock."
        problem={problemFor("time_zone")}
      >
        <select id={zoneId} value={timeZone} onChange={(event) => setTimeZone(event.target.value)} data-testid="field-time_zone">
          <option value="">This computer's time zone ({computerTimeZone()})</option>
          {timeZone !== "" && !zones.includes(timeZone) && <option value={timeZone}>{timeZone}</option>}
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </select>
      </Field>
      {problem && !["default_country", "time_zone"].includes(problem.field ?? "") && <ErrorNotice error={problem} />}
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy} data-testid="save-preferences">
          {busy ? "Saving…" : "Save"}
        </button>
        {done && (
          <span className="saved-note" role="status" data-testid="preferences-saved">
            ✓ Saved.
          </span>
        )}
      </div>
    </form>
  );
}
