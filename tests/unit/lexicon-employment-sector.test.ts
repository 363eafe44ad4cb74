// Sixteenth round (issue 2): the employment sector through recruitment and placement agencies
// and job counselling beside migrants (recruitment / placement agencies, agences de placement,
// orientación laboral, кадровые агентства, agenții de recrutare, مكاتب الاستقدام). Sector terms
// count only near a migration anchor, so the same agencies for the civil service get no tags.
// Sentences written for this test; none is a passage of tests/fixtures/passages.jsonl.
import { describe, expect, it } from "vitest";
import { tag } from "../../shared/tagger/index";
import { sectors } from "./tag-helpers";

describe("employment sector wording through tag()", () => {
  const CASES: [string, string][] = [
    ["en", "Licensed recruitment agencies that place migrant workers must publish their fees."],
    ["fr", "Les agences de placement qui recrutent des travailleurs migrants doivent être agréées."],
    ["es", "Las personas retornadas recibirán orientación laboral en las oficinas provinciales."],
    ["ru", "Кадровые агентства, направляющие трудовых мигрантов, проходят ежегодную проверку."],
    ["ro", "Agențiile de recrutare care plasează lucrători migranți sunt verificate anual."],
    ["ar", "تخضع مكاتب الاستقدام التي تستقدم العمال المهاجرين للرقابة."],
  ];
  it.each(CASES)("%s: gets the employment sector: %s", (_lang, text) => {
    expect(sectors(text)).toContain("employment");
  });

  it("gives no tags to recruitment agencies without migrants", () => {
    expect(tag("Recruitment agencies for the civil service publish vacancies online.").tags).toEqual([]);
  });
});
