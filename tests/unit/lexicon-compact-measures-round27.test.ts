// Round 27 (docs/tagging-quality.md, "Twenty-seventh round"): compact action items describe the
// MEASURE an objective asks for ("open one-stop service points", "give a written decision", "set
// up joint investigation teams") more often than the theme's own words. Those measures are now
// context terms of their theme and objective: they count only near a migration anchor, or in an
// action item that names people, so the same measures in other policy fields stay untagged.
// Sentences written for this test; none is a passage of tests/fixtures/passages.jsonl.
import { describe, expect, it } from "vitest";
import { ids, relevant, themes } from "./tag-helpers";

describe("measures of compact items bring their theme", () => {
  const CASES: [string, string][] = [
    ["(c) Run mentoring schemes that pair migrant families with local volunteers, and sports and cultural events with local residents.", "integration-inclusion"],
    ["(d) Open one-stop service points where migrants can find housing and learn about local life.", "integration-inclusion"],
    ["(b) Train border staff to use biometric registration at points of entry, and review entry procedures for migrants.", "irregular-migration-border"],
    ["(f) Give every migrant who applies for a permit a fair hearing and a written decision with the reasons for refusal.", "migrant-rights-protection"],
    ["(c) Provide emergency shelter for migrants left destitute, without fear of being reported.", "migrant-rights-protection"],
    ["(e) Pay migrant domestic workers their wages in full and give them psychosocial care when they have been deceived.", "migrant-rights-protection"],
    ["(d) Set up joint investigation teams and liaison officers with the countries along the route to dismantle networks that exploit migrants.", "international-cooperation"],
    ["(g) Help communities at risk of displacement build resilience, and plan migration away from land made uninhabitable by rising seas.", "climate-environmental-mobility"],
    ["(b) Publish statistics on migrants drawn from administrative records and microdata, under common definitions.", "migration-data-evidence"],
    ["(d) Recognise the diplomas, professional titles and vocational certificates of migrants through training partnerships.", "skills-education-mobility"],
    ["(e) Let migrants send money through exchange houses and follow their transfers online.", "remittances"],
  ];
  it.each(CASES)("%s -> %s", (text, theme) => {
    expect(themes(text)).toContain(theme);
  });
});

describe("measures of compact items bring their objective", () => {
  const CASES: [string, string][] = [
    ["(c) Equip officials to detect people who are being smuggled, and protect the migrants who were smuggled.", "gcm-9"],
    ["(f) Give shelter and medical care to migrants found stranded or abandoned in transit.", "gcm-7"],
    ["(b) Review the conditions in closed facilities where migrants are held, and publish the length of each stay.", "gcm-13"],
    ["(e) Offer mentoring and sports and cultural activities so that migrants and long-time residents share community life.", "gcm-16"],
  ];
  it.each(CASES)("%s -> %s", (text, gcm) => {
    expect(ids(text, "gcm")).toContain(gcm);
  });
});

describe("the same measures in other policy fields stay untagged", () => {
  const LOOKALIKES = [
    "(c) Establish one-stop service points for investors where company registration and building permits are handled at one desk.",
    "(d) Review the recruitment of teachers for rural schools and place workers from the public works programme in road maintenance.",
    "We commit to promote financial literacy among farmers, so that they can compare the cost of loans and save through regulated channels.",
    "(b) Train customs officials on the screening of cargo at points of entry and on biometric registration of traders, and organise joint patrols against poaching.",
    "(e) Set up mentoring schemes that pair young entrepreneurs with local volunteers, and sports and cultural events for local residents.",
    "(f) Give every applicant for a building permit a fair hearing and a written decision with the reasons for refusal.",
    "(c) Extend case management, emergency shelter and psychosocial care to homeless people and victims of domestic violence, without fear of losing custody.",
    "We commit to cooperate with coastal States on fisheries, through liaison officers and a regional platform on ocean data.",
    "(d) Build resilience to floods and landslides in flood plains, and map eroding coasts and rising seas.",
    "(g) Publish statistics and anonymised microdata from the administrative records of hospitals, under common definitions.",
    "(c) Recognise the professional titles, diplomas and vocational certificates earned through apprenticeships.",
    "(c) Make sure that factory workers receive their wages in full, recover unpaid wages and are not deceived by their employers.",
    "(b) Equip coast guards to intercept boats smuggling cigarettes, and train border staff to scan freight at points of entry along the frontier.",
    "(c) Give abandoned pets emergency shelter and let stranded motorists call a free line; allow a grace period for late tax returns.",
  ];
  it.each(LOOKALIKES)("%s", (text) => {
    expect(relevant(text)).toBe(false);
    expect(themes(text)).toEqual([]);
  });
});
