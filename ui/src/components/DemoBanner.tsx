import { useWords } from "../i18n";

/**
 * Shown only while demo mode lasts: the engine ends it (and the practice accounts) as soon as
 * a real account is added, and the app then asks again and takes the banner away, so nothing
 * real is ever sent under it.
 */
export function DemoBanner() {
  const { t } = useWords();
  return (
    <div className="demo-banner" role="note" data-testid="demo-banner">
      <strong>{t("app-demo-title")}</strong>
      <span>{t("app-demo-text")}</span>
    </div>
  );
}
