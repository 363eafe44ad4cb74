// Scoring mechanics on a small lexicon made for the test, so each rule is seen in isolation.
import { describe, expect, it } from "vitest";
import { buildEngine, type LexiconBundle } from "../../shared/tagger/compile";
import { score } from "../../shared/tagger/score";

const bundle: LexiconBundle = {
  anchors: { en: "migrant*; migration; refugee*", ru: "мигрант*" },
  weak: { en: "diaspora; border" },
  ambiguous: {},
  domainCues: {},
  negatives: { en: "data migration; bird migration; cell migration" },
  facets: {
    theme: {
      "labour-migration": { en: "labour migration; migrant workers; ~recruitment agenc*" },
      remittances: { en: "remittances; !remittance advice" },
      "international-cooperation": { en: "~cooperation&partners^2" },
      "migrant-rights-protection": { en: "~last resort^1.5; ~legal aid^1" },
      "return-reintegration": { en: "~readmission^1.5" },
    },
    sector: { health: { en: "health; hospital*" } },
    instrument: { law: { en: "law no^3" } },
  },
  countries: [{ iso3: "MDA", en: "Moldova", names: { ru: "Молдов*" } }],
  cueSets: { partners: { en: "States; countries; bilateral" } },
  linksFrom: (facet, id, to) => {
    if (facet !== "theme" || to !== "gcm") return [];
    if (id === "labour-migration") return [{ to: "gcm-6", strength: "fact" }];
    if (id === "remittances") return [{ to: "gcm-20", strength: "fact", asserts: true }];
    if (id === "international-cooperation") return [{ to: "gcm-23", strength: "fact" }];
    return [];
  },
};
const engine = buildEngine(bundle);
const run = (text: string) => score(text, engine.matcher.scan(text), engine, {});
const ids = (text: string, facet: string) =>
  run(text)
    .tags.filter((t) => t.facet === facet)
    .map((t) => t.id);

describe("score", () => {
  it("gives no relevance and no tags to text with no migration anchor", () => {
    const r = run("A health strategy for hospitals. Recruitment agencies must register.");
    expect(r.relevance).toBe(0);
    expect(r.tags).toEqual([]);
  });

  it("voids anchors inside look-alikes and lone ambiguous words next to them", () => {
    expect(run("The data migration ends in May. Migration of the servers follows.").relevance).toBe(0);
    expect(run("Bird migration and cell migration were studied.").relevance).toBe(0);
  });

  it("tags a sector only where migration is discussed near it", () => {
    expect(ids("Migrant workers need access to health services in hospitals.", "sector")).toEqual(["health"]);
    const far = "Migrant workers are covered by this law. " + "The plan has many parts. ".repeat(5) + "Hospitals need health funding.";
    expect(ids(far, "sector")).toEqual([]);
  });

  it("counts context terms only near migration", () => {
    expect(ids("Recruitment agencies and labour migration of migrant workers.", "theme")).toEqual(["labour-migration"]);
    const r = run("Recruitment agencies hire staff for hospitals. Recruitment agencies are licensed.");
    expect(r.tags).toEqual([]);
  });

  it("counts a term that needs a cue set only in a sentence holding one of its words", () => {
    expect(ids("Migrant workers are protected. States strengthen cooperation on their recruitment.", "theme")).toContain("international-cooperation");
    // Same words, but the cue is in another sentence: domestic cooperation is not this theme.
    expect(ids("Migrant workers are protected in all States. The agency works in cooperation with banks.", "theme")).not.toContain(
      "international-cooperation",
    );
  });

  it("asserts rights from one safeguard of weight 1.5, while other themes still need 2", () => {
    expect(ids("Detention of migrants shall be a last resort.", "theme")).toEqual(["migrant-rights-protection"]);
    expect(ids("Migrants shall receive legal aid.", "theme")).toEqual([]);
    expect(ids("Migrants shall face readmission.", "theme")).toEqual([]);
  });

  it("refuses a term that needs a cue set the bundle does not define", () => {
    expect(() => buildEngine({ ...bundle, cueSets: {} })).toThrow(/unknown cue set "partners"/);
  });

  it("applies a category's own negatives in their sentence", () => {
    expect(ids("Migrants send remittances home. Remittances grow.", "theme")).toContain("remittances");
    expect(ids("The remittance advice lists remittances to migrants.", "theme")).not.toContain("remittances");
  });

  it("derives GCM objectives through the crosswalk, with the theme's evidence", () => {
    const text = "The law on labour migration protects migrant workers.";
    const r = run(text);
    const gcm = r.tags.find((t) => t.facet === "gcm");
    expect(gcm?.id).toBe("gcm-6");
    for (const e of gcm!.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
  });

  it("lets a link that asserts its objective give it the GCM threshold from a theme that just passes its own", () => {
    // Two hits of a one-word theme term (raw 2, the theme threshold): 60 % of it (1.2) is under
    // the GCM threshold of 2, so an ordinary fact link brings no objective, and an asserting one does.
    const text = "Migrants send remittances home. Remittances grow.";
    expect(ids(text, "theme")).toEqual(["remittances"]);
    expect(ids(text, "gcm")).toEqual(["gcm-20"]);
    const gcm = run(text).tags.find((t) => t.id === "gcm-20")!;
    expect(gcm.evidence.map((e) => e.quote)).toEqual(["remittances", "Remittances"]);
    const coop = "Migrants are protected. States strengthen cooperation on their return.";
    expect(ids(coop, "theme")).toEqual(["international-cooperation"]);
    expect(ids(coop, "gcm")).toEqual([]);
  });

  it("still holds an asserted objective to its facet's relative share of the best one", () => {
    // Labour migration at raw 8 sends 4.8 to objective 6; remittances' floor of 2 is under
    // 0.45 × 4.8 and is dropped, as any objective that weak beside a strong one would be.
    const text = "Labour migration and migrant workers. Labour migration and migrant workers send remittances home. Remittances grow.";
    expect(ids(text, "theme")).toEqual(["labour-migration", "remittances"]);
    expect(ids(text, "gcm")).toEqual(["gcm-6"]);
  });

  it("keeps evidence exact in original offsets and drops nested spans", () => {
    const text = "Law No. 5 on Labour   Migration for migrant workers.";
    const r = run(text);
    const theme = r.tags.find((t) => t.id === "labour-migration")!;
    expect(theme.evidence.map((e) => e.quote)).toEqual(["Labour   Migration", "migrant workers"]);
    for (const e of theme.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
    expect(r.instrument).toBe("law");
  });

  it("orders countries by how often they are named", () => {
    const r = run("Мигранты из Молдовы. Moldova and Moldova again; migrants.");
    expect(r.country).toEqual(["MDA"]);
  });

  it("finds the year in the title first, then in the opening lines", () => {
    expect(score("Migrants.", engine.matcher.scan("Migrants."), engine, { title: "Law of 2019" }).year).toBe(2019);
    expect(run("Strategy 2021-2030 on migration.").year).toBe(2021);
    expect(run("Migration, article 12.2030 euros").year).toBeNull();
  });
});
