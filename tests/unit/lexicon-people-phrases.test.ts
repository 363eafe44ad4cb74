// Theme phrases that carry half their weight to the relevance gate pass it alone, so a generic
// one makes any text "about migration". "Money sent home" and "moving to the cities" are said of
// treasuries and companies too: they count only in a sentence that names people (cue set
// `persons`, shared/taxonomy/lexicon/cues.ts). Sentences written for this test; none is a
// passage of tests/fixtures/passages.jsonl.
import { describe, expect, it } from "vitest";
import { tag } from "../../shared/tagger/index";
import { relevant, themes } from "./tag-helpers";

describe("remittance and rural-exodus phrases need people in their sentence", () => {
  const CASES: [string, string][] = [
    ["Families in the north rely on money sent home by relatives working in Russia.", "remittances"],
    ["Migrants send money home every month to pay for school fees.", "remittances"],
    ["Many young people are moving to the cities in search of work, leaving older relatives behind.", "internal-migration-urbanisation"],
    ["Rural households moved to urban areas after three years of drought.", "internal-migration-urbanisation"],
  ];
  it.each(CASES)("%s → %s", (text, theme) => {
    expect(relevant(text)).toBe(true);
    expect(themes(text)).toContain(theme);
  });

  const LOOK_ALIKES = [
    "The central bank reported that money sent home by the Treasury to the regions rose by 4%.",
    "Retail companies are moving to the cities where demand is growing.",
    "Data centres moved to urban areas with cheaper electricity.",
  ];
  it.each(LOOK_ALIKES)("a look-alike gets no tags: %s", (text) => {
    expect(relevant(text)).toBe(false);
    expect(tag(text).tags).toEqual([]);
  });
});

describe("voluntary and forced return count near migration words only", () => {
  it.each([
    "The programme supports the voluntary return of migrants stranded in transit countries.",
    "Assisted voluntary return and reintegration helps returnees start a business at home.",
  ])("keeps the return theme: %s", (text) => {
    expect(themes(text)).toContain("return-reintegration");
  });
  it.each([
    "The airline announced the voluntary return of two leased aircraft to the lessor.",
    "The court ordered the forced return of the seized vehicles to their owners.",
  ])("a look-alike gets no tags: %s", (text) => {
    expect(tag(text).tags).toEqual([]);
  });
});
