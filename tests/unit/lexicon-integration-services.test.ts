// Sixteenth round (issue 2): integration through services. Programmes and strategies describe
// the integration of immigrants by the services they get (one-stop centres, language classes,
// orientation courses, cultural mediators, the integration contract, a reception programme),
// not by the word "integration". These context terms count only near a migration anchor, so the
// same services for investors, civil servants or graduates get no tags. Sentences written for this
// test; none is a passage of tests/fixtures/passages.jsonl.
import { describe, expect, it } from "vitest";
import { tag } from "../../shared/tagger/index";
import { relevant, themes } from "./tag-helpers";

describe("integration through services through tag()", () => {
  const THEMED: [string, string][] = [
    ["en", "Municipal one-stop centres will help immigrants with language classes and school places for their children."],
    ["fr", "Les étrangers admis au séjour signent un contrat d'intégration et suivent une formation linguistique."],
    ["es", "Las personas migrantes recién llegadas reciben orientación en la ventanilla única municipal."],
    ["ar", "توفر المراكز دروس اللغة للمهاجرين وتستعين بالوسطاء الثقافيين في المستشفيات."],
    ["sr", "Za migrante su organizovani kursevi srpskog jezika i rad kulturnih medijatora u domovima zdravlja."],
    ["ro", "Străinii cu drept de ședere beneficiază de cursuri gratuite de limba română și de orientare culturală."],
    ["ru", "Для иностранных граждан открыты центры адаптации, где проходят курсы русского языка."],
  ];
  it.each(THEMED)("%s: gets the integration theme: %s", (_lang, text) => {
    expect(relevant(text)).toBe(true);
    expect(themes(text)).toContain("integration-inclusion");
  });

  const LOOK_ALIKES: [string, string][] = [
    ["en", "The one-stop shop for investors registers new companies within a day."],
    ["en", "Newcomers to the civil service attend orientation sessions in their first week."],
    ["fr", "Le guichet unique des entreprises délivre les autorisations en un jour."],
    ["fr", "Nouveaux arrivants dans la fonction publique : une formation linguistique en anglais est proposée."],
    ["es", "La ventanilla única de comercio exterior agiliza los trámites de exportación."],
    ["ru", "Центр адаптации выпускников помогает молодым специалистам найти работу."],
  ];
  it.each(LOOK_ALIKES)("%s: the same services without migrants get no tags: %s", (_lang, text) => {
    expect(relevant(text)).toBe(false);
    expect(tag(text).tags).toEqual([]);
  });
});
