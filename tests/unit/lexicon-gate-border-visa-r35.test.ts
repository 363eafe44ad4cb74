// Round 35 (docs/tagging-quality.md, "Thirty-fifth round"): English gate terms for border
// management (a border-post or crossing-point word beside travellers, passports or screening, never beside goods or
// seizures: `&crossers&!freight`), visas and permission to stay, posts and jobs taken up abroad,
// household members living in another country, and moving people across borders illegally.
// Sentences written for this test; none is a passage of tests/fixtures/passages.jsonl.
import { describe, expect, it } from "vitest";
import { relevant } from "./tag-helpers";

describe("border, visa and work-abroad wording about people passes the gate", () => {
  const CASES = [
    "(b) Train border officials on screening and on biometric registration at points of entry, in line with data protection standards.",
    "(b) Equip border posts with the staff, interpreters and facilities needed to check travellers efficiently and humanely.",
    "We commit to grant humanitarian visas or temporary permission to stay to people whose homes have been destroyed by a sudden disaster.",
    "(a) Open new visa categories for work in sectors that face lasting shortages, such as elderly care and construction.",
    "(i) Stop anyone who arrives without a valid visa from being sent back to a country where their life would be at risk.",
    "The Ministry of Labour will license private agencies only if they charge no fees to the workers they place abroad.",
    "Last year 312 trained teachers resigned to take up posts in the United Kingdom after recruitment drives by British agencies.",
    "Doctors who trained at home and now work in Germany, Britain or the Gulf will be invited to teach in district hospitals.",
    "The survey will ask which household members have gone to live in another country.",
    "The household survey will add a module on members living outside the country and the money they send back.",
    "We commit to break up the networks that profit from moving people across borders illegally.",
    "Border guards at the eastern crossing points will register every person who enters and refer those asking for protection to the asylum office.",
    "Work visas for nurses will be issued within thirty days of a job offer.",
    "Families who went to live in Italy in the 1990s still send money to their parents.",
    "Passengers without a valid visa who ask for protection at the airport must be referred to the asylum authority.",
    "A person who has no permission to stay in the country may be detained only as a last resort.",
  ];
  it.each(CASES)("%s", (text) => {
    expect(relevant(text)).toBe(true);
  });
});

describe("the same wording about goods, tourists, staff and daily life stays untagged", () => {
  const LOOKALIKES = [
    "Border guards seized two tonnes of cigarettes hidden in a lorry at the crossing point on Tuesday.",
    "Veterinary inspectors at border posts will check the papers of all livestock and animal products entering the country.",
    "The border police reported long queues of passengers during the holiday weekend at the main crossing point.",
    "Customs officers at points of entry will screen containers for weapons and drugs using new scanners.",
    "The border guards' football team won the regional tournament against the customs officers' squad.",
    "Fans travelling to the World Cup must apply for a visa at least a month before the tournament.",
    "Patients may ask for permission to stay in the ward overnight with a relative.",
    "Children need their parents' permission to stay after school for the chess club.",
    "The diplomats will take up posts in Washington and London next month.",
    "The company's engineers now work in Germany on the new plant for two weeks.",
    "The bank will take up positions in foreign currency bonds to diversify its reserves.",
    "Teachers from the capital will take up posts in rural schools next year under the new bonus scheme.",
    "Software firms that now work in Germany and Canada will get export credit.",
    "Border officials from both countries met to discuss the maintenance of the bridge and the road signs.",
    "The retired border guards' association held its annual dinner in the capital.",
    "Tourists arriving at points of entry will be offered free maps and a welcome drink at the airport.",
    "Visa fees for tourists from the region will be cut in half to attract more visitors this summer.",
    "The consulate processes visa applications for business visits and tourist trips within five working days.",
    "The statistics office published the number of vehicles crossing the border each month by type of cargo.",
    "Hikers who cross the border on the mountain trail must carry their passports during the summer season.",
    "Residents got temporary permission to stay in their flats during the roof repairs.",
    "Guests may request permission to stay in their rooms after the noon check-out.",
    "The asylum for the elderly will open a new wing next year.",
    "Border officials and engineers inspected the new bridge and registered the defects they found.",
    "Border guards will receive new uniforms, radios and vehicles under the defence budget.",
    "The border management software will be upgraded so that registration of patrol reports is faster.",
    "Nurses who now work in Germany on a two-week exchange visit will present their findings.",
    "Families who went to live in Spain for a year on a sabbatical have come home.",
    "Students who apply for a visa to attend the summer school must show proof of enrolment.",
    "Families who went to live in Germany for a year on a sabbatical have now come home.",
    "Border guards screening the film crew's equipment found nothing unusual.",
    "Visitors who enter the national park must buy a ticket at the points of entry.",
  ];
  it.each(LOOKALIKES)("%s", (text) => {
    expect(relevant(text)).toBe(false);
  });
});
