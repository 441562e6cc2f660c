import { Fragment, type ReactNode } from "react";
import { useWords, type WordArgs } from "../i18n";

/**
 * A catalogue sentence with elements inside it (an address drawn apart, a name in bold): each
 * placeable named in `parts` is drawn as that element, in the place the language puts it, so the
 * sentence is never pieced together from fragments.
 */
export function Sentence({ id, args, parts }: { id: string; args?: WordArgs; parts: Record<string, ReactNode> }) {
  const { t } = useWords();
  const names = Object.keys(parts);
  // Private-use characters mark where each part goes; no catalogue text contains them.
  const marked = Object.fromEntries(names.map((name, index) => [name, `\uE000${index}\uE001`]));
  const pieces = t(id, { ...args, ...marked }).split(/\uE000(\d+)\uE001/);
  return (
    <>
      {pieces.map((piece, index) => (
        <Fragment key={index}>{index % 2 === 1 ? parts[names[Number(piece)]] : piece}</Fragment>
      ))}
    </>
  );
}
