// Round 34 (docs/tagging-quality.md, "Thirty-fourth round"): the measures GCM action items and
// national texts describe ("tell them why they are held", "register with a doctor", "suspend the
// licence of recruiting agents", "a reintegration package") now count for their objective, as
// context terms: only near a migration anchor or in an action item that names people. Objective
// terms never count for relevance, so the same measures in other fields stay untagged. Two
// narrow themes now assert their objective through the crosswalk (integration -> 16, climate -> 2).
// Sentences written for this test; none is a passage of tests/fixtures/passages.jsonl.
import { describe, expect, it } from "vitest";
import { ids, relevant } from "./tag-helpers";

describe("measures of an objective bring the objective (round 34)", () => {
  const CASES: [string, string][] = [
    ["(b) Hold information sessions in the districts of origin so that migrant workers know the costs and risks of each route before they leave.", "gcm-3"],
    ["(d) Set maximum processing times for residence permit applications of migrants and let them follow the status of their file online.", "gcm-12"],
    ["(c) Tell migrants who are intercepted at the coast why they are held and how long they may be held, and how to challenge the decision.", "gcm-13"],
    ["(e) Keep an emergency fund at embassies and consulates for migrant workers abroad who are stranded or abandoned by their employer.", "gcm-14"],
    ["(a) Let migrant families register with a doctor and enrol their children in the nearest school, whatever their parents' status.", "gcm-15"],
    ["(f) Offer language classes to newly arrived migrants in the towns where they settle, and bring them and their neighbours together.", "gcm-16"],
    ["(c) When migrant workers come home, recognise the skills they acquired in construction and care work.", "gcm-18"],
    ["(b) Let migrant workers keep their pension entitlements and health cover when they move between countries.", "gcm-22"],
    ["(d) Support countries with fewer resources that request it in implementing their migration policies.", "gcm-23"],
    ["(a) Suspend the licence of recruiting agents who charge migrant workers fees, and check supply chains for debt bondage.", "gcm-6"],
    ["(g) Fund campaigns on what migrants contribute and act against those who incite hostility toward them in the public debate.", "gcm-17"],
    ["(e) Offer migrants who have no right to stay a reintegration package in their country of origin after their return.", "gcm-21"],
    ["(b) Open seasonal jobs in agriculture to migrant workers under a yearly quota, with visa categories for farm workers.", "gcm-5"],
    ["Relatives of migrants who went missing on the sea crossing can ask the rescue coordination centre for news.", "gcm-8"],
  ];
  it.each(CASES)("%s -> %s", (text, gcm) => {
    expect(ids(text, "gcm")).toContain(gcm);
  });
});

describe("an asserted integration or climate theme brings its objective (round 34)", () => {
  it("integration of migrants through housing and services -> gcm-16", () => {
    const text = "The municipality will support the integration of refugees and migrants through social housing and access to public services.";
    expect(ids(text, "theme")).toContain("integration-inclusion");
    expect(ids(text, "gcm")).toContain("gcm-16");
  });
  it("families displaced by floods and resettled -> gcm-2", () => {
    const text = "Families displaced by recurrent floods in the delta will be resettled on higher ground with new livelihoods.";
    expect(ids(text, "theme")).toContain("climate-environmental-mobility");
    expect(ids(text, "gcm")).toContain("gcm-2");
  });
});

describe("the same measures in other fields stay untagged (round 34)", () => {
  const LOOKALIKES: string[] = [
    "(b) Hold information sessions for farmers before they leave for the regional fair, on the costs and risks of new seed varieties.",
    "(c) Offer orientation sessions to first-year students so that they know their rights as tenants and can check whether a rental offer is genuine.",
    "(a) Publish processing times for building permits, let applicants follow the status of their file online, and give a written checklist of missing documents.",
    "(d) Set a maximum stay for patients held in psychiatric wards, and make sure a court reviews the decision and that patients can challenge the decision.",
    "(e) Keep an emergency fund at embassies and consulates for staff on mission whose belongings are stolen.",
    "The hospital's clinics will share a single contact point for patients, who can register with a doctor and enrol a child in the vaccination programme.",
    "(f) Give priority to pensioners in public housing, with housing assistance on the same terms as citizens of the municipality and health cover for their spouses and children.",
    "The farm workers' union agreed seasonal jobs in the orchards, with a quota for each season and a labour market test for the new dairy plant.",
    "Licensed agencies and recruiting agents for domestic au pairs must register; the licensee whose licence is suspended must refund fees, and supply chains for cocoa must be free of debt bondage.",
    "(b) Fight myths about vaccines with campaigns on what scientists contribute, and act against people who incite hostility toward health workers in the public debate.",
    "(c) Support countries with fewer resources that request it through joint programmes on forest fires, and train their skilled workers in training centres.",
    "(g) Recognise the skills they acquired in the army when soldiers leave service, and recognise the qualifications of nurses trained in private colleges.",
    "Unaccompanied minors on school trips must carry a consent letter; children who go missing at the fair are brought to the rescue coordination point.",
    "The reintegration scheme for former prisoners offers a reintegration package of housing and training; offenders with no right to stay in the hostel are moved.",
    "(h) Equip rural clinics and public schools with solar panels, and make national health insurance cover dental care.",
    "Pension entitlements of civil servants and their health cover will be reviewed, and pensions will be indexed to prices.",
  ];
  it.each(LOOKALIKES)("%s", (text) => {
    expect(relevant(text)).toBe(false);
    expect(ids(text, "gcm")).toEqual([]);
    expect(ids(text, "theme")).toEqual([]);
  });
});
