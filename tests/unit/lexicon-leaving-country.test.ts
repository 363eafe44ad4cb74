// Sixteenth round (issue 2): national text says emigration as leaving the country: young people
// who "have left the country in search of work", citizens who "left the country to work",
// "покидает страну в поисках заработка", "выехавшие за пределы республики на работу", "одлазак
// младих у иностранство", "الذين غادروا البلاد للعمل", households with "a member living in another
// country". Departure words alone are also said of presidents, delegations, tourists and sports
// teams, so they count only beside a word of work or settlement (cue set `sojourn`) or in a fixed
// phrase; the look-alikes below borrow them without migrants. Sentences written for this test;
// none is a passage of tests/fixtures/passages.jsonl.
import { describe, expect, it } from "vitest";
import { tag } from "../../shared/tagger/index";
import { relevant, themes } from "./tag-helpers";

describe("leaving the country to work through tag()", () => {
  const THEMED: [string, string, string][] = [
    ["en", "Many young people have left the country in search of work, and whole villages are now inhabited by the elderly.", "labour-migration"],
    ["en", "Citizens who left the country to work will be able to renew their identity cards at the consulate.", "labour-migration"],
    ["ru", "Граждане, выехавшие за пределы республики на работу, сохраняют право на медицинскую помощь.", "labour-migration"],
    ["ru", "Молодёжь покидает страну в поисках заработка.", "labour-migration"],
    ["ar", "تساعد الوزارة المواطنين الذين غادروا البلاد للعمل على تسوية وضعيتهم.", "labour-migration"],
  ];
  it.each(THEMED)("%s: passes the gate and gets the theme: %s", (_lang, text, theme) => {
    expect(relevant(text)).toBe(true);
    expect(themes(text)).toContain(theme);
  });

  const RELEVANT: [string, string][] = [
    ["en", "Households with a member living in another country receive on average a third of their income from abroad."],
    ["sr", "Одлазак младих у иностранство смањује број становника у руралним подручјима."],
  ];
  it.each(RELEVANT)("%s: passes the gate: %s", (_lang, text) => {
    expect(relevant(text)).toBe(true);
  });

  const LOOK_ALIKES: [string, string][] = [
    ["en", "The president left the country for a summit in Brussels, where he will work with EU leaders."],
    ["en", "The minister who left the country yesterday will sign the trade contract in Berlin."],
    ["en", "Travellers leaving the country must declare cash above ten thousand dollars."],
    ["en", "Customs officers living in another city receive a housing allowance."],
    ["fr", "Les touristes ayant quitté le pays doivent rendre leur véhicule de location; le contrat prévoit une pénalité."],
    ["es", "La selección salió del país rumbo a Qatar para el trabajo de pretemporada."],
    ["ru", "Делегация, покинувшая страну, продолжит работу на саммите."],
    ["ro", "Turiștii plecați în străinătate în vacanță pot apela la asistență consulară."],
    ["sr", "Sportisti su otišli u inostranstvo na pripreme."],
    ["ar", "غادر الوفد البلاد للمشاركة في أعمال القمة."],
  ];
  it.each(LOOK_ALIKES)("%s: a look-alike without migrants is not relevant and gets no tags: %s", (_lang, text) => {
    expect(relevant(text)).toBe(false);
    expect(tag(text).tags).toEqual([]);
  });
});
