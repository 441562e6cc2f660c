import { useEffect, useId, useMemo, useState, type FormEvent } from "react";
import type { AppInfo, Explanation, Preferences } from "../../bindings";
import { useBackend } from "../../backend";
import { Card } from "../../components/Card";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Field } from "../../components/Field";
import { Loading } from "../../components/Loading";
import { Screen } from "../../components/Screen";
import { thrownToExplanation } from "../../errors";
import { localeOf, useWords } from "../../i18n";
import { rememberPreferences } from "../../preferences";
import "../../components/forms.css";
import "./Settings.css";
import { AgencySection } from "./Agency";
import { AppearanceSection } from "./Appearance";
import { CallingRulesSection } from "./CallingRules";
import { UpdatesSection } from "./Updates";

/** Countries people most often call, by the ISO code phone numbers are read with. */
export const countryCodes: readonly string[] = [
  "AR",
  "AU",
  "AT",
  "BE",
  "BR",
  "CA",
  "CN",
  "DK",
  "EG",
  "FI",
  "FR",
  "DE",
  "GR",
  "IN",
  "ID",
  "IE",
  "IL",
  "IT",
  "JP",
  "KE",
  "LU",
  "MY",
  "MX",
  "MA",
  "NL",
  "NZ",
  "NG",
  "NO",
  "PK",
  "PH",
  "PL",
  "PT",
  "QA",
  "RO",
  "SA",
  "SG",
  "ZA",
  "KR",
  "ES",
  "SE",
  "CH",
  "TN",
  "TR",
  "AE",
  "GB",
  "US",
];

/** The countries by name in the language on screen, in its alphabetical order. */
function countriesByName(locale: string): [code: string, name: string][] {
  const names = new Intl.DisplayNames([locale], { type: "region" });
  const byName: [string, string][] = countryCodes.map((code) => [code, names.of(code) ?? code]);
  return byName.sort(([, a], [, b]) => a.localeCompare(b, locale));
}

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
  const { t } = useWords();

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
    <Screen id="settings" title={t("settings-title")} purpose={t("settings-purpose")}>
      <Card title={t("settings-numbers-title")} description={t("settings-numbers-description")}>
        {/* As tall as the form, so that nothing below moves when the settings arrive. */}
        <div className="preferences-body">
          {loadProblem && <ErrorNotice error={loadProblem} />}
          {!loadProblem && !preferences && <Loading label={t("settings-loading")} />}
          {preferences && <PreferencesForm saved={preferences} />}
        </div>
      </Card>
      <AppearanceSection />
      <AgencySection />
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
  const { t } = useWords();
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
    <section className="places" aria-label={t("settings-places")} data-testid="places">
      <h2>{t("settings-places")}</h2>
      <dl className="facts">
        <dt>{t("settings-places-secrets")}</dt>
        <dd data-testid="place-keychain">{t("settings-places-secrets-where", { keychain: capitalized(places.keychain) })}</dd>
        <dt>{t("settings-places-data")}</dt>
        <dd>{t("settings-places-data-where")}</dd>
      </dl>
      <div className="form-actions">
        <button type="button" className="button secondary" onClick={openFolder} data-testid="open-data-folder">
          {t("settings-open-folder")}
        </button>
      </div>
      {problem && <ErrorNotice error={problem} />}
      <details className="advanced" data-technical data-testid="settings-advanced">
        <summary>{t("settings-advanced")}</summary>
        <dl className="facts">
          <dt>{t("settings-places-settings-file")}</dt>
          <dd>
            <code data-testid="place-settings">{places.settings_file}</code>
          </dd>
          <dt>{t("settings-places-journal-file")}</dt>
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
  const { t, language } = useWords();
  const countries = useMemo(() => countriesByName(localeOf(language)), [language]);
  const listed = countryCodes.includes(country);

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
    <form className="stacked-form" onSubmit={submit} aria-label={t("settings-preferences")} data-testid="preferences-form">
      <Field id={countryId} name="default_country" label={t("settings-country")} hint={t("settings-country-hint")} problem={problemFor("default_country")}>
        <select id={countryId} value={country} onChange={(event) => setCountry(event.target.value)} data-testid="field-default_country">
          {!listed && <option value={country}>{country}</option>}
          {countries.map(([code, name]) => (
            <option key={code} value={code}>
              {t("settings-country-option", { name, code })}
            </option>
          ))}
        </select>
      </Field>
      <Field id={zoneId} name="time_zone" label={t("settings-zone")} hint={t("settings-zone-hint")} problem={problemFor("time_zone")}>
        <select id={zoneId} value={timeZone} onChange={(event) => setTimeZone(event.target.value)} data-testid="field-time_zone">
          <option value="">{t("settings-zone-computer", { zone: computerTimeZone() })}</option>
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
          {busy ? t("settings-saving") : t("settings-save")}
        </button>
        {done && (
          <span className="saved-note" role="status" data-testid="preferences-saved">
            {t("settings-saved")}
          </span>
        )}
      </div>
    </form>
  );
}
