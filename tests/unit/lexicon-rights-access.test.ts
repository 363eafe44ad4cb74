// Rights worded as equal treatment, documents kept by employers, firewalls and status-blind
// access, plus the twelfth round's relevance, governance and cooperation terms, through
// the whole tagger (issue 2). Each wording is checked beside a look-alike that borrows its words
// without migrants: the new terms are context terms (or need a cue word), so they must stay
// silent there. Sentences written for this test; none is a passage of
// tests/fixtures/passages.jsonl.
import { describe, expect, it } from "vitest";
import { tag } from "../../shared/tagger/index";
import { themes } from "./tag-helpers";

const RIGHTS = "migrant-rights-protection";

describe("twelfth-round rights vocabulary through tag()", () => {
  const RIGHTS_POINT: [string, string][] = [
    ["en", "Migrant domestic workers shall receive the same wages and rest days as nationals employed in the same households."],
    ["en", "No employer may retain the passport of a migrant worker, even for safekeeping."],
    ["en", "Labour inspectors will accept complaints from migrants whatever their status and will not pass their details to immigration enforcement."],
    ["en", "Hospitals shall operate a firewall so that the data of undocumented migrants who seek treatment is never passed on."],
    ["fr", "Les travailleurs migrants saisonniers perçoivent la même rémunération que les travailleurs nationaux du même secteur."],
    ["fr", "Il est interdit à l'employeur de retenir le passeport d'un travailleur migrant."],
    ["es", "Las personas migrantes, cualquiera que sea su situación administrativa, pueden inscribirse en el centro de salud de su barrio."],
    ["es", "Ningún empleador podrá retener el pasaporte de un trabajador migrante."],
    ["ru", "Работодатель не вправе удерживать паспорт трудового мигранта."],
    ["ru", "Трудовые мигранты получают заработную плату на равных условиях с гражданами страны пребывания."],
    ["ro", "Lucrătorii migranți beneficiază de concediu de odihnă în aceleași condiții ca cetățenii români."],
    ["ro", "Angajatorul nu poate reține pașaportul lucrătorului migrant."],
    ["sr", "Poslodavac ne sme da oduzme pasoš radniku migrantu."],
    ["ar", "يُحظر على صاحب العمل مصادرة جواز سفر العامل المهاجر."],
  ];
  it.each(RIGHTS_POINT)("%s: rights as the point are tagged: %s", (_lang, text) => {
    expect(themes(text)).toContain(RIGHTS);
  });

  // Documents that a migrant only needs or shows are not a rights matter.
  const DOCUMENTS_NEEDED: [string, string][] = [
    ["en", "Migrant workers must hold a valid passport and a work permit before they start work."],
    ["ru", "Трудовой мигрант предъявляет паспорт и миграционную карту при въезде."],
  ];
  it.each(DOCUMENTS_NEEDED)("%s: a passport that is only required is no rights term: %s", (_lang, text) => {
    expect(themes(text)).not.toContain(RIGHTS);
  });

  const LOOK_ALIKES: [string, string][] = [
    ["en", "Public servants enjoy the same pension rights as nationals employed in the private sector, and no employer may retain their salary."],
    ["en", "The hotel shall retain the passport of each guest only for the time needed to register the booking."],
    ["en", "The bank keeps a firewall between its trading desk and its research unit, whatever their status in the group."],
    ["fr", "Le consommateur peut saisir le médiateur avec les mêmes garanties que les travailleurs nationaux du secteur public."],
    ["es", "Los contribuyentes, cualquiera que sea su situación administrativa, pueden presentar quejas ante la defensoría del contribuyente."],
    ["ru", "Заключённые вправе обращаться с жалобами на равных условиях с гражданами, находящимися на свободе."],
    ["ar", "يُحظر على الفندق الاحتفاظ بجواز سفر النزيل بعد مغادرته."],
    ["en", "Tourists who lose their passport abroad receive an emergency travel document from the consulate."],
    ["en", "The coastguard runs search and rescue exercises for fishing boats and yachts every spring."],
  ];
  it.each(LOOK_ALIKES)("%s: a look-alike without migrants gets no tags: %s", (_lang, text) => {
    expect(tag(text).tags).toEqual([]);
  });
});

describe("twelfth-round relevance, governance and cooperation terms through tag()", () => {
  it("reads people forced to move by disasters as migration", () => {
    expect(tag("(d) Prepare communities for the floods and droughts that force people to move.").relevance).toBeGreaterThanOrEqual(0.3);
    expect(tag("(d) Prepare households for the floods and droughts that force farmers to sell livestock.").relevance).toBeLessThan(0.3);
  });

  it("reads a Romanian law on the stay of foreigners as migration", () => {
    expect(tag("Legea stabilește condițiile pentru intrarea străinilor în țară și prelungirea dreptului lor de a rămâne.").relevance).toBeGreaterThanOrEqual(0.3);
  });

  it("tags a migration coordination committee as governance, and not a school one", () => {
    expect(themes("A national coordination committee on migration brings together the ministries of labour, interior and foreign affairs.")).toContain(
      "governance-coordination",
    );
    expect(tag("The coordination committee of the school district meets each term to plan bus routes.").tags).toEqual([]);
  });

  it("reads good practices between States as cooperation only beside migration", () => {
    expect(themes("(f) Share good practices between States on the reception of migrant children.")).toContain("international-cooperation");
    expect(tag("(f) Share good practices between States on the recycling of plastic waste.").tags).toEqual([]);
  });

  it("does not read customs cooperation on the origin of goods (ru) as migration", () => {
    expect(tag("Таможенные органы обмениваются данными со странами происхождения и назначения товаров.").tags).toEqual([]);
  });
});
