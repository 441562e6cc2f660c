import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { WordsProvider } from "../../i18n";
import { durationWords, findingWords } from ".";

describe("A call's findings and units, in French", () => {
  it("words yes/no and nothing found in French, and writes numbers and durations the French way", () => {
    render(<WordsProvider language="fr">{null}</WordsProvider>);
    const finding = (value: Parameters<typeof findingWords>[0]["value"]) => findingWords({ key: "k", label: "l", value });
    expect(finding({ kind: "yes_no", yes: true })).toBe("Oui");
    expect(finding({ kind: "yes_no", yes: false })).toBe("Non");
    expect(finding({ kind: "nothing" })).toBe("Rien trouvé");
    expect(finding({ kind: "number", number: 1234.5 })).toBe("1\u202f234,5");
    expect(durationWords(200)).toMatch(/^3\smin\s20\ss$/);
  });
});
