// Round 31 (docs/tagging-quality.md, "Thirty-first round"): English text that names people and
// their movement without the words migration, migrant, refugee, asylum or diaspora. Movement words
// open the gate only in a sentence that also names people and a place abroad or a hazard
// (`term&abroad&movers`, `term&hazards&movers`: a term may now need a word of every set it names),
// so shipments, delegations, firms, drills, pupils and staff that leave, arrive or flee stay out.
// Sentences written for this test; none is a passage of tests/fixtures/passages.jsonl.
import { describe, expect, it } from "vitest";
import { buildEngine, parseTerms } from "../../shared/tagger/compile";
import { DEFAULT_BUNDLE } from "../../shared/taxonomy/lexicon";
import { relevant, themes } from "./tag-helpers";

describe("a term may need words of several cue sets", () => {
  it("parses `term&a&b` as needing both sets", () => {
    const [t] = parseTerms("have left for&abroad&movers");
    expect(t.needs).toBe("abroad&movers");
    expect(t.words.map((w) => w.text)).toEqual(["have", "left", "for"]);
  });
  it("parses `&!set` as a set whose words must be absent", () => {
    const [t] = parseTerms("who fled&hazards&movers&!passing");
    expect(t.needs).toBe("hazards&movers&!passing");
  });
  it("rejects an unknown set after `&!`", () => {
    expect(() => buildEngine({ ...DEFAULT_BUNDLE, anchors: { en: "who fled&!nosuchset" } })).toThrow(/nosuchset/);
  });
});

describe("people moving abroad, fleeing or coming home pass the gate", () => {
  const CASES: [string, string | null][] = [
    ["Over the past decade thousands of young people have left for Italy and Spain.", null],
    ["Grandparents care for the children whose parents left for the Gulf.", null],
    ["The job centres will advise people who plan to work in Germany or Poland on their contracts.", "labour-migration"],
    ["Young men who went to work in Russia send part of their wages home.", "labour-migration"],
    ["Engineers recruited to work in Qatar must have their contracts checked before departure.", "labour-migration"],
    ["Nurses recruited overseas will be registered within a month of arrival.", null],
    ["Licensed agencies placing workers overseas must lodge a bond with the Bureau.", "labour-migration"],
    ["Women who were promised jobs in Kuwait found themselves locked in their employers' homes.", null],
    ["Returning workers who spent years overseas can have their skills certified.", null],
    ["Citizens who came home from the Gulf after their contracts ended will be offered training.", null],
    ["The survey asks whether any household member has lived abroad for six months or more.", null],
    ["Children born abroad to citizens may be registered at any consulate.", null],
    ["Highly qualified third-country workers will receive a single permit.", "labour-migration"],
    ["Households who fled the cyclone have been living in tents for three months.", "climate-environmental-mobility"],
    ["People fleeing the drought in the north have crossed into the neighbouring country.", "climate-environmental-mobility"],
    ["More than 4,000 evacuees from the cyclone-hit islands are living in school buildings.", "climate-environmental-mobility"],
    ["Civilians who fled the fighting are living in makeshift shelters.", null],
    ["Drought and erosion leave farming households no choice but to leave their homes.", "climate-environmental-mobility"],
    ["People recruited for forced labour or sexual exploitation will be given shelter and legal aid.", "trafficking-smuggling"],
    ["Nationals who have no right to stay will be readmitted by their countries of origin.", null],
    ["(c) Help families newly arrived from abroad to find housing and enrol their children in school.", "integration-inclusion"],
  ];
  it.each(CASES)("%s", (text, theme) => {
    expect(relevant(text)).toBe(true);
    if (theme) expect(themes(text)).toContain(theme);
  });
});

describe("the same movement words about other things stay untagged", () => {
  const LOOKALIKES = [
    "The President left for the United States on Sunday to attend the General Assembly.",
    "The delegation of the Ministry of Trade left for Germany to negotiate an export agreement.",
    "Workers leave for the fields at dawn and come back at dusk.",
    "Teachers recruited to posts in the mountain districts will receive a hardship allowance.",
    "Workers returning from maternity leave are entitled to their former job.",
    "Travellers who come home from abroad with more than 10,000 euros must declare it.",
    "Candidates who have lived abroad are encouraged to apply for the diplomatic service.",
    "Organisations that receive money from abroad must publish their donors, and people may consult the register.",
    "Young people who have lived abroad bring new ideas to our start-ups.",
    "The shipping company recruited overseas crews for its tankers.",
    "Residents fled the building when the fire alarm sounded during the storm.",
    "Farmers fled the drought-stricken valley in 1931, according to the museum's new exhibition.",
    "The evacuation drill tested how quickly pupils and staff leave the building.",
    "Evacuees from the hotel fire were given blankets by the Red Cross.",
    "Families moving in a planned way to the new estate will get help with removal costs.",
    "(c) Provide newly arrived staff with an induction on fire safety.",
    "(c) Give newly arrived pupils and their teachers a tour of the school before term starts.",
    "All arriving persons must show a negative test at the airport.",
    "The recently arrived equipment from abroad will be installed in the district hospitals.",
    "The national team and supporters will cross the border by road for Saturday's match.",
    // a visit, a holiday, a course, a drill or a crime scene in the sentence (cue set `passing`)
    "Several families have left for their summer houses in Canada, the social column reports.",
    "The Prime Minister and the business people who had left for Japan on the trade mission returned on Friday.",
    "Students who plan to work in Germany during the summer holidays need no permit under the exchange scheme.",
    "Nurses who went to work in the United Kingdom hospital twinning programme for two weeks will share their experience.",
    "Schoolchildren have left for Germany on an exchange visit and will return on 12 May.",
    "Persons who fled the scene of the flood-damaged bridge accident are sought by the police.",
    "Households leaving their homes for the emergency drill must switch off gas and electricity.",
    "Teachers newly arrived from abroad after their training course will share what they learned.",
    "The film follows a young man who left for the United States in 1920 and the family he left behind.",
    "Children born abroad to diplomats do not acquire the citizenship of the host State.",
  ];
  it.each(LOOKALIKES)("%s", (text) => {
    expect(relevant(text)).toBe(false);
    expect(themes(text)).toEqual([]);
  });
});
