// Seventeenth round (issue 2): "discrimination against migrants" is the rights theme and objective
// 17 of the Global Compact in English and French, but the same phrase in Spanish ("contra las
// personas migrantes"), Russian ("дискриминация мигрантов"), Romanian ("discriminarea
// migranților"), Serbian ("diskriminacija migranata") and Arabic ("التمييز ضد المهاجرين") only hit
// the single word "discrimination" at weight 1, so a commitment against it got neither. The
// phrases name migrants, so discrimination against women, older persons or workers by age stays
// untagged. Sentences written for this test; none is a passage of tests/fixtures/passages.jsonl.
import { describe, expect, it } from "vitest";
import { tag } from "../../shared/tagger/index";
import { ids, relevant } from "./tag-helpers";

describe("discrimination against migrants through tag()", () => {
  const CASES: [string, string][] = [
    ["fr", "Le programme finance des actions de sensibilisation contre la discrimination envers les migrants dans l'accès au logement."],
    ["es", "Nos comprometemos a prevenir la discriminación contra las personas migrantes en el empleo y la vivienda."],
    ["ru", "Мы обязуемся противодействовать дискриминации мигрантов при найме на работу и аренде жилья."],
    ["ro", "Ne angajăm să prevenim discriminarea împotriva migranților la angajare și la închirierea locuințelor."],
    ["sr-Latn", "Obavezujemo se da sprečimo diskriminaciju migranata pri zapošljavanju i iznajmljivanju stanova."],
    ["sr-Cyrl", "Обавезујемо се да спречимо дискриминацију миграната при запошљавању и изнајмљивању станова."],
    ["ar", "نلتزم بمنع التمييز ضد المهاجرين في التشغيل والسكن."],
  ];
  it.each(CASES)("%s: the rights theme and objective 17: %s", (_lang, text) => {
    expect(relevant(text)).toBe(true);
    expect(ids(text, "theme")).toContain("migrant-rights-protection");
    expect(ids(text, "gcm")).toContain("gcm-17");
  });

  const LOOK_ALIKES: [string, string][] = [
    ["en", "The law prohibits discrimination against women in hiring and promotion."],
    ["es", "La ley sanciona la discriminación contra las personas mayores y las personas con discapacidad."],
    ["ru", "Закон запрещает дискриминацию работников по признаку пола и возраста."],
    ["ro", "Legea interzice discriminarea angajaților pe criterii de sex sau vârstă."],
    ["ar", "يحظر القانون التمييز ضد المرأة في العمل."],
  ];
  it.each(LOOK_ALIKES)("%s: discrimination against other groups gets no tags: %s", (_lang, text) => {
    expect(relevant(text)).toBe(false);
    expect(tag(text).tags).toEqual([]);
  });
});
