// After round 35 (docs/tagging-quality.md, "Gate wording from batch 33's misses"): the lead read
// the English passages of batch 33 that still missed the relevance gate once its held-out figure
// was recorded, and added the wording they share with other policy text, each term bound to the
// words that make it migration (a person, people on the move, a hazard, a place abroad, no trip).
// Sentences written for this test; none is a passage of tests/fixtures/passages.jsonl.
import { describe, expect, it } from "vitest";
import { relevant } from "./tag-helpers";

describe("gate wording taken from batch 33's misses", () => {
  it.each([
    "A person who has been granted international protection shall have access to employment on the same terms as nationals.",
    "The city opened a welcome centre for newcomers from abroad with language classes and help with registration.",
    "Hundreds of families who left their villages after years of failed rains now live on the edge of the capital.",
    "One in five young graduates plan to leave the country within two years, citing low wages and a lack of jobs.",
    "Most of the young men hope to reach the coast and find a boat to Europe.",
    "Anyone who arranges for a person to enter the country in breach of the rules on entry shall be punished.",
    "Employers will assess the competences of workers who change country.",
    "Police arrested four people who charged nationals of Viet Nam large sums to be hidden in lorries.",
  ])("passes the gate: %s", (text) => {
    expect(relevant(text)).toBe(true);
  });

  it.each([
    "The treaty granted international protection status to the wetland, which hosts rare birds each spring.",
    "Holders of international protection certificates for trademarks must renew them every ten years.",
    "The club welcomed newcomers from abroad to its chess tournament, which lasted two days.",
    "Tourists who plan to leave the country must show their receipts to claim a tax refund for goods bought here.",
    "The museum shipped the paintings by boat to Europe for the exhibition next spring.",
    "Goods that enter the country in breach of the customs code shall be seized and destroyed.",
    "Investors who change country of incorporation must file new accounts.",
    "Customs officers found cigarettes hidden in lorries at the port; the drivers were fined.",
    "The team was taken across several borders by coach during the tournament tour.",
    "Farmers reported failed harvests and left their fields fallow; prices of maize rose in the villages.",
  ])("stays out: %s", (text) => {
    expect(relevant(text)).toBe(false);
  });
});
