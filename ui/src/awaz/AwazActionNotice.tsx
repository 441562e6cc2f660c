import type { ComponentProps } from "react";
import { ActionNotice } from "../components/ActionNotice";

/**
 * The answer of an Awaz action other than success: the shared notice, with an unknown outcome
 * that names what to look at in Awaz (`whereToCheck`).
 */
export function AwazActionNotice({ whereToCheck, ...notice }: Omit<ComponentProps<typeof ActionNotice>, "explainUnknown"> & { whereToCheck: string }) {
  return (
    <ActionNotice
      {...notice}
      explainUnknown={(record) => ({
        title: `We don't know if it was applied: ${record.summary}.`,
        explanation: <p>The request was sent, but Awaz's answer never arrived. Don't send it again yet: {whereToCheck}</p>,
      })}
    />
  );
}
