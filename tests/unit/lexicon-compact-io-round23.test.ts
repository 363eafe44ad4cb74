// Round 23 (docs/tagging-quality.md, "Twenty-third round"): English wording of compact items and
// international-organisation texts for rights and protection, irregular migration and borders,
// integration, information (objective 3) and screening (objective 12), found on tuning misses.
// The theme and GCM terms are context terms (`~`): they count only near a migration anchor, so the
// look-alikes below (the same words with no migrants) must stay untagged. The new anchors (people
// who plan to move abroad, persons who have been trafficked) name people.
// Sentences written for this test; none is a passage of tests/fixtures/passages.jsonl.
import { describe, expect, it } from "vitest";
import { ids, relevant, themes } from "./tag-helpers";

const gcm = (text: string): number[] => ids(text, "gcm").map((id) => Number(id.slice(4)));

describe("round 23: theme wording of compact and IO text", () => {
  const CASES: [string, string][] = [
    ["(b) Make sure that migrants who face situations of vulnerability along the route are referred to health and protection services.", "migrant-rights-protection"],
    ["(c) Help migrants prove who they are by issuing birth certificates and consular documents to nationals abroad.", "migrant-rights-protection"],
    ["(h) Agree on common procedures to recover and identify the remains of migrants who die in the desert and tell their families.", "migrant-rights-protection"],
    ["(b) Back journalists who report on migration and act against intolerance and stereotypes that target migrants.", "migrant-rights-protection"],
    ["(d) End the pushbacks of migrants at land and sea borders and investigate every allegation of violence by border officials.", "irregular-migration-border"],
    ["(f) Offer regularization programmes to migrants who have lived and worked in the country for several years.", "irregular-migration-border"],
    ["(g) Fund welcome centres and bridging programmes where recently arrived migrants learn the national language and meet long-standing residents.", "integration-inclusion"],
    ["(c) Give women who have been trafficked access to a shelter, a lawyer and a residence permit while they recover.", "trafficking-smuggling"],
  ];
  it.each(CASES)("%s -> %s", (text, theme) => {
    expect(themes(text)).toContain(theme);
  });
});

describe("round 23: objective wording", () => {
  const CASES: [string, number][] = [
    ["(a) Set up a helpline and a multilingual website where people who plan to move abroad can find out which permits they need.", 3],
    ["(e) Screen migrants at the first point of contact and hold each assessment interview with trained interpreters.", 12],
    ["(g) Fund welcome centres and bridging programmes where recently arrived migrants learn the national language and meet long-standing residents.", 16],
  ];
  it.each(CASES)("%s -> objective %i", (text, n) => {
    expect(gcm(text)).toContain(n);
  });

  it("people who plan to move abroad pass the gate", () => {
    expect(relevant("Free advice on contracts and visas will be offered to people who plan to move abroad for work.")).toBe(true);
  });
});

describe("round 23: referral lists and disaster visas are not the asylum theme", () => {
  it("persons who may need international protection, named among others to refer", () => {
    expect(
      themes("(c) Train first responders to identify victims of trafficking, unaccompanied children and persons who may need international protection among migrants arriving by sea."),
    ).not.toContain("forced-displacement-asylum");
  });
  it("humanitarian visas for people displaced by sudden-onset disasters", () => {
    expect(themes("(f) Offer humanitarian visas to migrants who cannot go home after sudden-onset disasters.")).not.toContain("forced-displacement-asylum");
  });
  it("an asylum sentence keeps the theme", () => {
    expect(themes("Asylum seekers shall be informed of their right to apply for international protection at the border.")).toContain("forced-displacement-asylum");
  });
});

describe("round 23: look-alikes stay untagged", () => {
  const LOOKALIKES = [
    "The company will move abroad its production lines next year, and the people employed there will be retrained.",
    "The stolen paintings had been trafficked through three ports before the police arrested the persons who sold them.",
    "Rhino horn that has been trafficked is destroyed once the persons convicted have exhausted their appeals.",
    "The Special Rapporteur on the right to food notes that the loss of life during the drought was highest among farmers and their children.",
    "The ministry will publish clear information on school fees on a national website and a free telephone line for parents.",
    "(c) Open a helpline and an official portal where citizens can check the status of their pension claims.",
    "(d) Screen every traveller at the first point of contact for fever during the epidemic and refer suspected cases to a clinic.",
    "The court found that the deprivation of liberty of the psychiatric patients was unlawful and ordered their release.",
    "Pushback from industry delayed the reform of the energy tariffs for households.",
    "(b) Train interpreters for courts and hospitals and give every defendant a fair hearing and a chance to appeal.",
    "Regularization programmes for informal housing let families obtain title deeds to the plots they occupy.",
    "The museum runs welcome centres and bridging programmes for recently arrived students from other provinces.",
    "Long-standing residents of the old town opposed the hotel, saying newcomers to the district would raise rents.",
    "(e) Register every birth through civil registration offices and issue free birth certificates to all children, so that each can prove who they are.",
    "Advance passenger information on flights will be used to detect smuggling of tobacco and cash at crossing points.",
    "Suppliers in an irregular situation with the tax office cannot bid for public contracts without papers proving payment.",
    "Police will protect and assist victims of domestic violence and investigate complaints of abuse in care homes.",
    "Officials forced back across the river the cattle that had strayed from the neighbouring farm.",
  ];
  it.each(LOOKALIKES)("%s", (text) => {
    expect(relevant(text)).toBe(false);
    expect(themes(text)).toEqual([]);
    expect(ids(text, "gcm")).toEqual([]);
  });
});
