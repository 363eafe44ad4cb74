// The country gazetteer: codes, coverage, and what the names match in text written for the test.
import { describe, expect, it } from "vitest";
import { buildEngine, parseTerms } from "../../shared/tagger/compile";
import { score } from "../../shared/tagger/score";
import { COUNTRIES, PROGRAMME_COUNTRIES } from "../../shared/taxonomy/countries";

const keysOf = (text: string): string[] =>
  parseTerms(text).map((p) => p.words.map((w) => (w.stem ? `${w.text}*` : w.text)).join(" "));

describe("COUNTRIES", () => {
  it("has at least 170 entries with unique three-letter codes", () => {
    expect(COUNTRIES.length).toBeGreaterThanOrEqual(170);
    const codes = COUNTRIES.map((c) => c.iso3);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{3}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("gives every entry a display name and English names that parse", () => {
    for (const c of COUNTRIES) {
      expect(c.en.trim(), c.iso3).not.toBe("");
      expect(c.names.en?.trim(), c.iso3).toBeTruthy();
      for (const text of Object.values(c.names)) expect(() => parseTerms(text ?? "")).not.toThrow();
    }
  });

  it("names the programme countries in at least five languages", () => {
    expect(PROGRAMME_COUNTRIES).toHaveLength(8);
    for (const iso3 of PROGRAMME_COUNTRIES) {
      const c = COUNTRIES.find((x) => x.iso3 === iso3);
      expect(c, iso3).toBeDefined();
      const langs = Object.entries(c?.names ?? {}).filter(([, t]) => t && t.trim() !== "");
      expect(langs.length, iso3).toBeGreaterThanOrEqual(5);
    }
  });

  it("lists no name twice within a country and gives no name to two countries", () => {
    const owner = new Map<string, string>();
    for (const c of COUNTRIES) {
      const own = new Set<string>();
      for (const text of Object.values(c.names)) {
        for (const k of keysOf(text ?? "")) {
          expect(own.has(k), `${c.iso3}: "${k}" twice`).toBe(false);
          own.add(k);
          const o = owner.get(k);
          expect(o === undefined || o === c.iso3, `"${k}" in ${o} and ${c.iso3}`).toBe(true);
          owner.set(k, c.iso3);
        }
      }
    }
  });
});

describe("country names in text", () => {
  const engine = buildEngine({
    anchors: { en: "migration" },
    weak: {},
    negatives: {},
    ambiguous: {},
    domainCues: {},
    facets: {},
    countries: COUNTRIES,
    linksFrom: () => [],
  });
  const countries = (text: string): string[] => score(text, engine.matcher.scan(text), engine, {}).country;

  it.each([
    ["Закон Кыргызской Республики о внешней трудовой миграции", "KGZ"],
    ["Кыргыз Республикасынын мыйзамы", "KGZ"],
    ["Hotărârea Guvernului Republicii Moldova privind diaspora", "MDA"],
    ["Стратегия Республики Молдова в области миграции", "MDA"],
    ["Закон о управљању миграцијама Републике Србије", "SRB"],
    ["Zakon o upravljanju migracijama Republike Srbije", "SRB"],
    ["الاستراتيجية الوطنية للهجرة واللجوء بالمملكة المغربية", "MAR"],
    ["Stratégie nationale d'immigration et d'asile du Royaume du Maroc", "MAR"],
    ["وزارة الشؤون الاجتماعية بالجمهورية التونسية", "TUN"],
    ["La stratégie nationale migratoire de la Tunisie", "TUN"],
    ["Ley Orgánica de Movilidad Humana de la República del Ecuador", "ECU"],
    ["Jamaica's National Policy on International Migration and Development", "JAM"],
    ["Politique migratoire de la Jamaïque", "JAM"],
    ["Overseas Employment and Migrants Act of Bangladesh", "BGD"],
    ["বাংলাদেশ বৈদেশিক কর্মসংস্থান", "BGD"],
  ])("finds the country in %s", (text, iso3) => {
    expect(countries(text)).toEqual([iso3]);
  });

  it("finds several countries, the most named first", () => {
    expect(countries("Workers from Nepal went to Qatar. Qatar and Kuwait recruit in Nepal and Nepal.")).toEqual(["NPL", "QAT", "KWT"]);
  });

  it("does not read everyday words as countries", () => {
    expect(countries("Мали и средњи предузетници из тог краја")).toEqual([]);
    expect(countries("Этого мигранта из того района не было")).toEqual([]);
    expect(countries("El trabajador gana un salario digno")).toEqual([]);
    expect(countries("Le rapport de Maurice sur le budget")).toEqual([]);
  });

  it("keeps the two Congos apart", () => {
    expect(countries("Refugees from the Democratic Republic of the Congo")).toEqual(["COD"]);
    expect(countries("Les réfugiés de la République du Congo")).toEqual(["COG"]);
    expect(countries("Les réfugiés de la République démocratique du Congo")).toEqual(["COD"]);
  });
});
