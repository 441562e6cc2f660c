import { useId, useState } from "react";
import { Card } from "../../components/Card";
import { Field } from "../../components/Field";
import { CHOOSABLE_LANGUAGES, useWords, type Language } from "../../i18n";
import { chooseTheme, chosenTheme, type ThemeChoice } from "../../theme";

/** Each language by its own name, so a person who cannot read the current one still finds theirs. */
const LANGUAGE_NAMES: Record<(typeof CHOOSABLE_LANGUAGES)[number], string> = { en: "English", fr: "Français" };

const THEME_WORDS: Record<ThemeChoice, string> = {
  system: "appearance-theme-system",
  light: "appearance-theme-light",
  dark: "appearance-theme-dark",
};

/** Language and light/dark theme: both apply at once, without a restart, and are kept. */
export function AppearanceSection() {
  const { t, language, choose } = useWords();
  const [theme, setTheme] = useState<ThemeChoice>(chosenTheme);
  const languageId = useId();
  const themeName = useId();
  return (
    <Card title={t("appearance-title")} description={t("appearance-description")}>
      <div className="form stacked-form">
        <Field id={languageId} name="language" label={t("appearance-language")}>
          <select id={languageId} value={language === "en-XA" ? "en" : language} onChange={(event) => choose(event.target.value as Language)}>
            {CHOOSABLE_LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {LANGUAGE_NAMES[code]}
              </option>
            ))}
          </select>
        </Field>
        <fieldset className="toggle">
          <legend>{t("appearance-theme")}</legend>
          {(Object.keys(THEME_WORDS) as ThemeChoice[]).map((choice) => (
            <label key={choice} className={theme === choice ? "toggle-option chosen" : "toggle-option"}>
              <input
                type="radio"
                name={themeName}
                value={choice}
                checked={theme === choice}
                onChange={() => {
                  setTheme(choice);
                  chooseTheme(choice);
                }}
              />
              {t(THEME_WORDS[choice])}
            </label>
          ))}
        </fieldset>
      </div>
    </Card>
  );
}
