/**
 * Crosswalks between facets, as data: theme → gcm, theme → sdg, theme → domain, gcm → sdg,
 * gcm → domain. The tagger lets part of an asserted category's score flow along these links
 * (shared/tagger/score.ts), so a remittances text also suggests GCM objective 20 and SDG 10.c.
 *
 * strength:
 * - "fact": a link the frameworks themselves state (the list at the end of the reference
 *   categories.md): remittances ↔ GCM 20 ↔ SDG 10.c, 17.3; trafficking ↔ GCM 10 ↔ SDG 8.7, 5.2,
 *   16.2; smuggling ↔ GCM 9; data ↔ GCM 1 ↔ SDG 17.18; recruitment and decent work ↔ GCM 6 ↔
 *   SDG 8.8; return ↔ GCM 21; diaspora ↔ GCM 19; skills ↔ GCM 18; legal identity ↔ GCM 4 ↔
 *   SDG 16.9; borders ↔ GCM 11; cooperation ↔ GCM 23; every GCM objective ↔ SDG 10.7.
 * - "editorial": a judgement from the research notes (taxonomy.md B7, B9): the 10.7.2 domain a
 *   theme or objective belongs to, and the few theme → objective / target links that hold for
 *   most texts of the theme. Weaker; tune or drop freely.
 *
 * asserts: a theme → objective link whose theme is narrow enough that its texts are about
 * the objective (remittances → 20, return → 21, trafficking → 10, data → 1, diaspora → 19; since
 * round 34 also the editorial links integration → 16 and climate → 2): an asserted theme gives
 * the objective at least the GCM threshold instead of its share (60 % fact, 30 % editorial).
 * The broad themes do not: on the tuning passages the same floor added more wrong objectives
 * than right ones (labour → 6: 3 right, 24 wrong; cooperation → 23: 5 / 19; skills → 18: 2 / 6;
 * borders → 11: 1 / 4; see docs/tagging-quality.md, "GCM flow, round 17"; measured again in
 * round 34 on t001–t1318: skills → 18 +10 / +9, borders → 11 +2 / +15, smuggling → 9 +1 / +3,
 * none kept; integration → 16 +10 / +3 and climate → 2 +2 / 0, kept).
 *
 * Left out on purpose (B9 lists them as "related"): links that would tag an objective on every
 * text of a theme although only some texts are about it — irregular migration → GCM 12, 13;
 * rights → GCM 7, 8, 13, 14, 15, 22 (7 was linked until round 17: the rights theme is asserted from
 * generic safeguards on texts of every objective, and the link added more wrong objectives than
 * right ones); diaspora → 14, 20; return → 14; remittances → 19; skills → 5,
 * 19; families → 7, 19; climate → 5, 23; integration → 15, 17; governance → 23; labour → 18, 22,
 * SDG 8.7; skills → SDG 4.b, 3.c; rights → SDG 8.8. Those objectives and targets have their own
 * distinctive lexicons (./lexicon/gcm.ts, ./lexicon/sdg.ts) and are tagged from them instead.
 *
 * Only data and lookups here; no scoring logic.
 */
import type { Facet } from "./types";

export type LinkStrength = "fact" | "editorial";

export interface Link {
  fromFacet: Facet;
  from: string;
  toFacet: Facet;
  to: string;
  strength: LinkStrength;
  /** An asserted source gives the target at least its facet's threshold (see above). */
  asserts?: boolean;
}

type Row = [fromFacet: Facet, from: string, toFacet: Facet, to: string[], strength: LinkStrength, asserts?: "asserts"];

const gcm = (...n: number[]): string[] => n.map((k) => `gcm-${k}`);

const ROWS: Row[] = [
  // theme → gcm
  ["theme", "labour-migration", "gcm", gcm(6), "fact"],
  ["theme", "labour-migration", "gcm", gcm(5), "editorial"],
  ["theme", "remittances", "gcm", gcm(20), "fact", "asserts"],
  ["theme", "diaspora", "gcm", gcm(19), "fact", "asserts"],
  ["theme", "return-reintegration", "gcm", gcm(21), "fact", "asserts"],
  ["theme", "irregular-migration-border", "gcm", gcm(11), "fact"],
  ["theme", "trafficking-smuggling", "gcm", gcm(10), "fact", "asserts"],
  // The theme covers smuggling too ("smuggling ↔ GCM 9" is a fact), but most texts of the theme
  // are about trafficking only: GCM 9 comes from its own lexicon, the link only helps.
  ["theme", "trafficking-smuggling", "gcm", gcm(9), "editorial"],
  // forced-displacement-asylum: refugees and IDPs are outside the GCM; no objective by default.
  ["theme", "climate-environmental-mobility", "gcm", gcm(2), "editorial", "asserts"],
  // internal-migration-urbanisation: no GCM objective.
  ["theme", "integration-inclusion", "gcm", gcm(16), "editorial", "asserts"],
  ["theme", "skills-education-mobility", "gcm", gcm(18), "fact"],
  ["theme", "migration-data-evidence", "gcm", gcm(1), "fact", "asserts"],
  ["theme", "international-cooperation", "gcm", gcm(23), "fact"],

  // theme → sdg
  ["theme", "labour-migration", "sdg", ["sdg-8.8"], "fact"],
  ["theme", "labour-migration", "sdg", ["sdg-10.7"], "editorial"],
  ["theme", "remittances", "sdg", ["sdg-10.c", "sdg-17.3"], "fact"],
  ["theme", "diaspora", "sdg", ["sdg-10.7"], "editorial"],
  ["theme", "return-reintegration", "sdg", ["sdg-10.7"], "editorial"],
  ["theme", "irregular-migration-border", "sdg", ["sdg-10.7"], "editorial"],
  ["theme", "trafficking-smuggling", "sdg", ["sdg-8.7", "sdg-5.2", "sdg-16.2"], "fact"],
  ["theme", "forced-displacement-asylum", "sdg", ["sdg-10.7"], "editorial"],
  ["theme", "climate-environmental-mobility", "sdg", ["sdg-13.1"], "editorial"],
  ["theme", "migration-data-evidence", "sdg", ["sdg-17.18"], "fact"],
  ["theme", "governance-coordination", "sdg", ["sdg-10.7"], "editorial"],
  ["theme", "international-cooperation", "sdg", ["sdg-10.7"], "editorial"],

  // theme → domain (SDG 10.7.2 domains; all editorial)
  ["theme", "labour-migration", "domain", ["safe-orderly-regular-migration", "socioeconomic-wellbeing"], "editorial"],
  ["theme", "remittances", "domain", ["socioeconomic-wellbeing"], "editorial"],
  ["theme", "diaspora", "domain", ["socioeconomic-wellbeing", "cooperation-partnerships"], "editorial"],
  ["theme", "return-reintegration", "domain", ["safe-orderly-regular-migration", "cooperation-partnerships"], "editorial"],
  ["theme", "irregular-migration-border", "domain", ["safe-orderly-regular-migration"], "editorial"],
  ["theme", "trafficking-smuggling", "domain", ["safe-orderly-regular-migration"], "editorial"],
  ["theme", "forced-displacement-asylum", "domain", ["mobility-dimensions-of-crises"], "editorial"],
  ["theme", "climate-environmental-mobility", "domain", ["mobility-dimensions-of-crises"], "editorial"],
  ["theme", "internal-migration-urbanisation", "domain", ["socioeconomic-wellbeing"], "editorial"],
  ["theme", "integration-inclusion", "domain", ["migrant-rights", "socioeconomic-wellbeing"], "editorial"],
  ["theme", "migrant-rights-protection", "domain", ["migrant-rights"], "editorial"],
  ["theme", "skills-education-mobility", "domain", ["socioeconomic-wellbeing"], "editorial"],
  ["theme", "families-left-behind", "domain", ["socioeconomic-wellbeing"], "editorial"],
  ["theme", "migration-data-evidence", "domain", ["whole-of-government"], "editorial"],
  ["theme", "governance-coordination", "domain", ["whole-of-government"], "editorial"],
  ["theme", "international-cooperation", "domain", ["cooperation-partnerships"], "editorial"],

  // gcm → sdg
  ["gcm", "gcm-1", "sdg", ["sdg-17.18"], "fact"],
  ["gcm", "gcm-4", "sdg", ["sdg-16.9"], "fact"],
  ["gcm", "gcm-6", "sdg", ["sdg-8.8"], "fact"],
  ["gcm", "gcm-10", "sdg", ["sdg-8.7", "sdg-5.2", "sdg-16.2"], "fact"],
  ["gcm", "gcm-20", "sdg", ["sdg-10.c", "sdg-17.3"], "fact"],
  ["gcm", "gcm-2", "sdg", ["sdg-13.1"], "editorial"],
  ["gcm", "gcm-18", "sdg", ["sdg-4.b"], "editorial"],

  // gcm → domain (taxonomy.md B7 "derive from"; editorial)
  ["gcm", "gcm-1", "domain", ["whole-of-government"], "editorial"],
  ["gcm", "gcm-2", "domain", ["mobility-dimensions-of-crises"], "editorial"],
  ["gcm", "gcm-3", "domain", ["safe-orderly-regular-migration"], "editorial"],
  ["gcm", "gcm-4", "domain", ["safe-orderly-regular-migration"], "editorial"],
  ["gcm", "gcm-5", "domain", ["safe-orderly-regular-migration"], "editorial"],
  ["gcm", "gcm-6", "domain", ["socioeconomic-wellbeing"], "editorial"],
  ["gcm", "gcm-7", "domain", ["migrant-rights"], "editorial"],
  ["gcm", "gcm-8", "domain", ["mobility-dimensions-of-crises"], "editorial"],
  ["gcm", "gcm-9", "domain", ["safe-orderly-regular-migration"], "editorial"],
  ["gcm", "gcm-10", "domain", ["safe-orderly-regular-migration"], "editorial"],
  ["gcm", "gcm-11", "domain", ["safe-orderly-regular-migration"], "editorial"],
  ["gcm", "gcm-12", "domain", ["safe-orderly-regular-migration"], "editorial"],
  ["gcm", "gcm-13", "domain", ["migrant-rights"], "editorial"],
  ["gcm", "gcm-14", "domain", ["migrant-rights", "mobility-dimensions-of-crises"], "editorial"],
  ["gcm", "gcm-15", "domain", ["migrant-rights"], "editorial"],
  ["gcm", "gcm-16", "domain", ["socioeconomic-wellbeing"], "editorial"],
  ["gcm", "gcm-17", "domain", ["migrant-rights"], "editorial"],
  ["gcm", "gcm-18", "domain", ["socioeconomic-wellbeing"], "editorial"],
  ["gcm", "gcm-19", "domain", ["socioeconomic-wellbeing"], "editorial"],
  ["gcm", "gcm-20", "domain", ["socioeconomic-wellbeing"], "editorial"],
  ["gcm", "gcm-21", "domain", ["safe-orderly-regular-migration", "cooperation-partnerships"], "editorial"],
  ["gcm", "gcm-22", "domain", ["socioeconomic-wellbeing", "migrant-rights"], "editorial"],
  ["gcm", "gcm-23", "domain", ["cooperation-partnerships"], "editorial"],
];

/** Every GCM objective serves SDG target 10.7 (a fact of the Compact). */
const GCM_TO_107: Link[] = Array.from({ length: 23 }, (_, i) => ({
  fromFacet: "gcm",
  from: `gcm-${i + 1}`,
  toFacet: "sdg",
  to: "sdg-10.7",
  strength: "fact",
}));

export const CROSSWALK: readonly Link[] = [
  ...ROWS.flatMap(([fromFacet, from, toFacet, tos, strength, asserts]) =>
    tos.map((to): Link => (asserts ? { fromFacet, from, toFacet, to, strength, asserts: true } : { fromFacet, from, toFacet, to, strength })),
  ),
  ...GCM_TO_107,
];

const index = new Map<string, Link[]>();
for (const l of CROSSWALK) {
  const key = `${l.fromFacet}:${l.from}>${l.toFacet}`;
  const list = index.get(key);
  if (list) list.push(l);
  else index.set(key, [l]);
}

/** The links from one category to the categories of another facet (empty when none). */
export function linksFrom(facet: string, id: string, toFacet: string): readonly Link[] {
  return index.get(`${facet}:${id}>${toFacet}`) ?? [];
}
