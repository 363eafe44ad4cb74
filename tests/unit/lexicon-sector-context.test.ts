// Sector words of the thirteenth round beside migration wording, through the whole tagger
// (issue 2): employers, wages and labour contracts assert employment, social workers assert
// social protection, and housing alone no longer asserts urban and local development (the
// passages' labels put housing for migrants under the services they concern, not under local
// government). Sector terms count only near a migration anchor, so the same words without
// migrants must give no tags. Sentences written for this test; none is a passage of
// tests/fixtures/passages.jsonl.
import { describe, expect, it } from "vitest";
import { tag } from "../../shared/tagger/index";
import { sectors } from "./tag-helpers";

describe("thirteenth-round sector context through tag()", () => {
  const EXPECTED: [string, string, string][] = [
    ["en", "employment", "An employer who hires a migrant worker shall register the contract with the labour office."],
    ["fr", "employment", "L'employeur verse au travailleur migrant un salaire au moins égal à celui de ses collègues."],
    ["es", "employment", "El empleador no podrá descontar del sueldo de los trabajadores migrantes los gastos de su viaje."],
    ["ru", "employment", "Работодатель обязан ознакомить трудового мигранта с правилами внутреннего распорядка."],
    ["ro", "employment", "Angajatorul încheie cu lucrătorul migrant un contract individual de muncă în limba pe care o înțelege."],
    ["sr", "employment", "Poslodavac je dužan da radniku migrantu isplati naknadu za prekovremeni rad."],
    ["ar", "employment", "يلتزم صاحب العمل بدفع أجر العامل المهاجر في موعده."],
    ["en", "social-protection", "Social workers visit the households of emigrants' children every three months."],
    ["ru", "social-protection", "Социальные работники помогают семьям трудовых мигрантов оформить пособия."],
  ];
  it.each(EXPECTED)("%s: %s is asserted: %s", (_lang, sector, text) => {
    expect(sectors(text)).toContain(sector);
  });

  it("housing named once beside migrants is no urban-local tag", () => {
    expect(sectors("Migrant workers in seasonal agriculture shall be given decent housing by the farm that employs them.")).not.toContain("urban-local");
  });

  const LOOK_ALIKES: [string, string][] = [
    ["en", "An employer who hires an apprentice shall register the contract with the labour office."],
    ["fr", "L'employeur verse à chaque stagiaire un salaire au moins égal au minimum légal."],
    ["ar", "يلتزم صاحب العمل بدفع أجر العامل في موعده."],
    ["en", "Social workers visit the households of older persons living alone every three months."],
  ];
  it.each(LOOK_ALIKES)("%s: the same words without migrants give no tags: %s", (_lang, text) => {
    expect(tag(text).tags).toEqual([]);
  });
});
