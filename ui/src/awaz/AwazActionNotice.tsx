import type { ComponentProps } from "react";
import { ActionNotice } from "../components/ActionNotice";
import { useWords } from "../i18n";

/**
 * The answer of an Awaz action other than success: the shared notice, with an unknown outcome
 * that names what to look at in Awaz (`whereToCheck`).
 */
export function AwazActionNotice({ whereToCheck, ...notice }: Omit<ComponentProps<typeof ActionNotice>, "explainUnknown"> & { whereToCheck: string }) {
  const { t } = useWords();
  return (
    <ActionNotice
      {...notice}
      explainUnknown={(record) => ({
        title: t("awaz-unknown-title", { summary: record.summary }),
        explanation: <p>{t("awaz-unknown-explanation", { where: whereToCheck })}</p>,
      })}
    />
  );
}
