// Cooperation, coordination and families wording through the whole tagger (issue 2, tenth
// round), each beside a look-alike that uses the same words on another subject or between
// domestic bodies. Sentences written for this test; none is a passage of
// tests/fixtures/passages.jsonl.
import { describe, expect, it } from "vitest";
import { tag, THRESHOLDS } from "../../shared/tagger/index";
import { themes } from "./tag-helpers";

describe("tenth-round cooperation, coordination and families terms through tag()", () => {
  const POSITIVES: [string, string, string][] = [
    [
      "en",
      "(b) Agree with countries of destination on minimum standards for the employment contracts of migrant domestic workers.",
      "international-cooperation",
    ],
    ["en", "(d) Run pre-departure courses for labour migrants together with partner countries and their employers.", "international-cooperation"],
    [
      "en",
      "We commit to offer technical assistance to countries that wish to set up reception and screening procedures for migrants arriving by sea.",
      "international-cooperation",
    ],
    [
      "en",
      "Migrant workers employed in the territory of the other Party shall be covered by its occupational accident insurance.",
      "international-cooperation",
    ],
    ["fr", "Les travailleurs migrants seront recrutés en concertation avec les pays de destination et avec les pays d'origine.", "international-cooperation"],
    ["es", "Los datos sobre migrantes desaparecidos se compartirán con los países de origen y con los países de tránsito.", "international-cooperation"],
    ["ru", "Обмен сведениями о трудовых мигрантах ведется со странами происхождения на основе соглашений.", "international-cooperation"],
    [
      "en",
      "The Migration Department shall ensure coordination between ministries so that every sectoral plan takes account of returning migrants.",
      "governance-coordination",
    ],
    [
      "fr",
      "Le décret organise la coordination entre les ministères chargés de l'emploi et de l'intérieur en matière de migration de travail.",
      "governance-coordination",
    ],
    [
      "en",
      "District social workers will visit the spouses and children who remain in the country of origin while migrants work abroad.",
      "families-left-behind",
    ],
  ];

  it.each(POSITIVES)("[%s] %s -> %s", (_lang, text, theme) => {
    expect(tag(text).relevance).toBeGreaterThanOrEqual(THRESHOLDS.relevance);
    expect(themes(text)).toContain(theme);
  });

  it("needs a word between States for technical assistance to mean cooperation", () => {
    const text = "The Ministry gives technical assistance to municipalities that open advice desks for migrants.";
    expect(tag(text).relevance).toBeGreaterThanOrEqual(THRESHOLDS.relevance);
    expect(themes(text)).not.toContain("international-cooperation");
  });

  it("reads the portability of pensions as labour mobility, not as a rights claim", () => {
    // Commitments on portable social security are labelled labour migration and social
    // protection (objective 22), not migrants' rights.
    const text = "We commit to conclude agreements on the portability of pensions earned by migrant workers.";
    expect(themes(text)).not.toContain("migrant-rights-protection");
  });

  const LOOKALIKES: [string, string][] = [
    ["en", "We commit to harmonise sanitary controls with countries of origin and countries of destination of agricultural exports."],
    ["en", "(c) Provide technical assistance to partner countries for the modernisation of their customs laboratories."],
    ["en", "A Council on Cultural Heritage ensures coordination between ministries and designates a focal point in each line ministry."],
    ["fr", "La coordination entre les ministères chargés du tourisme et des transports relève d'un comité national."],
    ["es", "Las exportaciones de café se coordinarán con los países de destino y con los países socios del acuerdo comercial."],
    ["en", "The company pays the spouses and children of employees who remain at home a monthly allowance during strikes."],
  ];

  it.each(LOOKALIKES)("[%s] look-alike gets no tag: %s", (_lang, text) => {
    const r = tag(text);
    expect(r.relevance).toBeLessThan(THRESHOLDS.relevance);
    expect(r.tags.filter((t) => t.facet === "theme")).toEqual([]);
  });
});
