// Round 37 (docs/tagging-quality.md, "Thirty-seventh round"): themes missed on passages that pass the
// gate. Consular help, places where migrants are held, missing migrants and cooperation along a route
// now reach their theme, through context terms that count only near a migration anchor. The same
// words in other fields stay untagged. Sentences written for this test; none is a passage of
// tests/fixtures/passages.jsonl.
import { describe, expect, it } from "vitest";
import { relevant, themes } from "./tag-helpers";

describe("themes of texts that pass the gate (round 37)", () => {
  const CASES: [string, string][] = [
    ["Families of migrants who have gone missing on the journey can ask the national office to search for them.", "migrant-rights-protection"],
    ["Coast guards must bring migrants rescued in distress to a place of safety without delay.", "migrant-rights-protection"],
    ["The ombudsman will visit every place where migrants are held and publish the length of each stay.", "irregular-migration-border"],
    ["The ombudsman will visit every place where migrants are held and publish the length of each stay.", "migrant-rights-protection"],
    ["Countries of origin and destination will work together to identify the bodies of migrants who die on the way.", "migrant-rights-protection"],
    ["We will share search requests for missing migrants with the countries along the route.", "international-cooperation"],
    ["Migrant workers who contributed in two countries will draw one pension under social insurance agreements.", "international-cooperation"],
    ["Embassies and consulates will keep a fund for migrant workers abroad who are abandoned by their employer.", "migrant-rights-protection"],
  ];
  it.each(CASES)("%s -> %s", (text, theme) => {
    expect(themes(text)).toContain(theme);
  });

  const LOOKALIKES = [
    "Embassies and consulates will extend their opening hours during the summer so that tourists who lose their passports can get emergency documents quickly.",
    "Pensioners who go missing from care homes will be traced through a new alert system run by the police and local radio stations.",
    "Hikers rescued in distress on the glacier were flown to the regional hospital, and the mountain rescue team asked visitors to check the forecast.",
    "The court ruled that prisoners deprived of liberty must have access to a doctor within 24 hours, and that cells must meet minimum standards.",
    "Patients in psychiatric wards may be deprived of liberty only by a court order, reviewed every three months by an independent panel.",
    "Farmers and food processors will work together to cut waste along the supply chain, with support from the agriculture ministry.",
    "Trucks travelling between the countries along the route of the new motorway will pay a single electronic toll.",
    "The fishing fleets of neighbouring coastal States agreed on quotas for cod and herring in the shared waters.",
    "Workers abandoned by their employer when the factory closed will receive their unpaid wages from the guarantee fund.",
    "Together with our neighbours we will restore the river banks and build cycle paths along the valley.",
    "Workers on secondment abroad keep their pension rights under social insurance agreements between the two employers' federations.",
    "The bodies of soldiers who died in the war will be returned to their families after identification.",
  ];
  it.each(LOOKALIKES)("look-alike stays untagged: %s", (text) => {
    expect(relevant(text)).toBe(false);
    expect(themes(text)).toEqual([]);
  });
});
