// Sixteenth round (issue 2): social-security portability is not return policy. Compact paragraphs
// and agreements say migrant workers keep their pensions and benefits "when they return home" /
// "при возвращении в страну происхождения"; the return theme then fired on a condition clause.
// Negatives of the return theme void it where entitlements, benefits or pensions are carried on
// return; a sentence about returnees' reintegration keeps the theme. Sentences written for this
// test; none is a passage of tests/fixtures/passages.jsonl.
import { describe, expect, it } from "vitest";
import { themes } from "./tag-helpers";

describe("portability wording and the return theme through tag()", () => {
  const PORTABILITY: [string, string][] = [
    ["en", "Bilateral agreements let migrant workers keep their earned pension entitlements when they return home."],
    ["ru", "Трудящиеся-мигранты сохраняют право на пенсии и пособия при возвращении в страну происхождения."],
  ];
  it.each(PORTABILITY)("%s: labour migration, not return: %s", (_lang, text) => {
    const got = themes(text);
    expect(got).toContain("labour-migration");
    expect(got).not.toContain("return-reintegration");
  });

  it("keeps the return theme for returnees' reintegration", () => {
    expect(themes("Returning migrants will receive reintegration grants and job counselling when they return home.")).toContain(
      "return-reintegration",
    );
  });
});
