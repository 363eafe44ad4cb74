// Round 24 (docs/tagging-quality.md, "Twenty-fourth round"): how English national text names
// migrants and movement without "migration", and three sector precision rules.
// Gate: deportees and persons returned involuntarily; people, households and families displaced
// (by a named hazard for the climate theme; cue set `hazards`, ./cues.ts); relocation of
// communities, villages or households where a hazard is named; workers going abroad or leaving the
// country for jobs; seasonal worker schemes abroad; "workers returning from <destination>" without a
// work word; health staff leaving for richer or destination countries.
// Sectors: children enrolled in school or named as a migrant's spouse and children are not
// youth-children; a compact's "we commit to invest in skills" is not finance-economy; a list of
// ministries in a coordination clause gives no sector.
// Sentences written for this test; none is a passage of tests/fixtures/passages.jsonl.
import { describe, expect, it } from "vitest";
import { relevant, sectors, themes } from "./tag-helpers";

describe("English national wording of movement passes the gate", () => {
  const CASES: [string, string | null][] = [
    ["People deported from the United States often arrive with no family to meet them.", null],
    ["Persons returned involuntarily from abroad receive a reception package and counselling.", "return-reintegration"],
    ["Thousands of people were displaced by the hurricane and remain in shelters.", "climate-environmental-mobility"],
    ["Families displaced by the floods will receive rental support until their homes are rebuilt.", "climate-environmental-mobility"],
    ["The plan provides for the relocation of villages threatened by coastal erosion, with the consent of their people.", "climate-environmental-mobility"],
    ["Reduce displacement caused by cyclones and support those who lost their land.", "climate-environmental-mobility"],
    ["The Bureau registered 600,000 workers going abroad for employment in 2023.", "labour-migration"],
    ["Every year some 500,000 young people leave the country for jobs in the Gulf and Malaysia.", "labour-migration"],
    ["Under the seasonal worker scheme, workers spend up to nine months picking fruit in Australia and New Zealand.", "labour-migration"],
    ["Workers returning from the Gulf receive skills certification and loans.", "return-reintegration"],
    ["The outflow of doctors and nurses to richer countries has left rural clinics without staff.", "skills-education-mobility"],
    ["Rural-urban drift has swollen the informal settlements around the capital.", "internal-migration-urbanisation"],
  ];
  it.each(CASES)("%s", (text, theme) => {
    expect(relevant(text)).toBe(true);
    if (theme) expect(themes(text)).toContain(theme);
  });
});

describe("look-alikes of that wording stay untagged", () => {
  const LOOKALIKES = [
    "The earthquake design code limits the lateral displacement of each storey under seismic loads.",
    "The flood displaced sand and gravel onto the coastal road, which was closed for a week.",
    "The storm displaced several buoys and navigation markers in the harbour.",
    "Because of erosion, the coastal road will be relocated inland and landowners compensated.",
    "The relocation of the central market after the flood will be completed in June; households nearby will be consulted.",
    "Ministry staff will be relocated to the new building, which is built to withstand hurricanes.",
    "Officials going abroad on official duty must obtain prior approval under their employment contract.",
    "The delegation went abroad for a week of trade talks on the fisheries contract.",
    "Damaged goods returned involuntarily by the buyer after the cyclone are exempt from duty.",
    "The outflow of nurses from district hospitals to private clinics in the capital continues.",
    "The seasonal worker scheme for the coffee harvest pays a daily rate set by the Wages Council.",
    "The floods forced households to move their livestock and grain stores to the upper floor.",
  ];
  it.each(LOOKALIKES)("%s", (text) => {
    expect(relevant(text)).toBe(false);
    expect(themes(text)).toEqual([]);
  });
});

describe("sector precision", () => {
  it("does not give youth-children to children enrolled in school or to a migrant's spouse and children", () => {
    const school = "One-stop centres will help immigrants register with a doctor and enrol their children in the nearest school.";
    expect(sectors(school)).toContain("education");
    expect(sectors(school)).not.toContain("youth-children");
    const family = "Spouses and children of migrant workers who stay at home may join the municipal social assistance scheme.";
    expect(sectors(family)).not.toContain("youth-children");
    // Children as the subject of protection keep it.
    expect(sectors("The immigration detention of children shall end in favour of community-based care.")).toContain("youth-children");
  });

  it("does not give finance-economy to a commitment to invest in skills", () => {
    const text = "We commit to invest in the skills of migrants and of the communities they leave, through training partnerships with employers.";
    expect(sectors(text)).not.toContain("finance-economy");
    expect(sectors("Returnees may invest their savings in small businesses through the diaspora bank.")).toContain("finance-economy");
  });

  it("gives no sector to a list of ministries in a coordination clause", () => {
    const text =
      "The Migration Council brings together the ministries of interior, labour, foreign affairs, health and education to review migration policy.";
    expect(sectors(text)).toEqual([]);
    expect(sectors("Migrants in an irregular situation shall have access to emergency health care.")).toContain("health");
  });
});
