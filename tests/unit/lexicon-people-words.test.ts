// Migrants named only through a word for people (foreigners, aliens, étrangers, иностранцы,
// străinii, stranci, الأجانب, expatriate workers, unaccompanied foreign minors), the thirteenth
// round's relevance anchors, through the whole tagger (issue 2). A plain word for foreigners is a
// migration anchor only beside residence or status wording, because "foreign" and its
// translations also qualify investors, currency and ministries; each wording is checked beside
// look-alikes that borrow it without migrants. Sentences written for this test; none is a
// passage of tests/fixtures/passages.jsonl.
import { describe, expect, it } from "vitest";
import { tag } from "../../shared/tagger/index";
import { relevant } from "./tag-helpers";

describe("thirteenth-round people words through tag()", () => {
  const PEOPLE: [string, string][] = [
    ["en", "Foreigners who reside lawfully in the country may enrol their children in public kindergartens."],
    ["en", "Aliens holding a long-term stay permit are entitled to social assistance."],
    ["en", "Unaccompanied foreign minors are placed with foster families and receive a guardian."],
    ["en", "Foreign residents may vote in municipal elections after five years in the city."],
    ["fr", "Les étrangers titulaires d'un titre de séjour peuvent s'inscrire à France Travail."],
    ["fr", "Chaque mineur étranger est confié à un tuteur désigné par le juge des enfants."],
    ["es", "Los extranjeros con residencia legal pueden acceder a las viviendas de protección oficial."],
    ["ru", "Иностранцы, постоянно проживающие в стране, имеют право на получение пенсии."],
    ["ru", "Центры занятости помогают гражданам, вернувшимся из-за рубежа, найти работу."],
    ["ro", "Străinii cu drept de ședere permanentă pot beneficia de ajutor social."],
    ["ro", "Lucrătorii străini au dreptul la concediu medical plătit."],
    ["sr", "Stranci sa odobrenim stalnim boravkom imaju pravo na dečiji dodatak."],
    ["sr", "Послодавац је дужан да страним радницима обезбеди смештај."],
    ["ar", "يحق للعامل الوافد الحصول على إجازة سنوية مدفوعة الأجر."],
    ["ar", "يستفيد الأجانب المقيمون بصورة نظامية من خدمات الرعاية الصحية الأولية."],
  ];
  it.each(PEOPLE)("%s: migrants named by a people word pass the gate: %s", (_lang, text) => {
    expect(relevant(text)).toBe(true);
  });

  const LOOK_ALIKES: [string, string][] = [
    ["en", "Foreign investors resident in the special economic zone pay no corporate income tax for ten years."],
    ["en", "Non-resident foreigners pay income tax only on what they earn from property in the country."],
    ["en", "The Ministry of Foreign Affairs issues a residence card to each accredited diplomat."],
    ["en", "Invasive alien species resident in wetlands shall be removed by the park authority."],
    ["en", "Companies may deduct the housing allowance of expatriate employees under the expatriate tax regime."],
    ["fr", "Les investisseurs étrangers résidents bénéficient d'une exonération de l'impôt sur les sociétés."],
    ["fr", "Les opérations en devises étrangères des résidents sont déclarées à la banque centrale."],
    ["es", "Los inversionistas extranjeros con residencia fiscal en el país pueden repatriar sus utilidades."],
    ["es", "Las entidades financieras registran las operaciones en moneda extranjera de los residentes."],
    ["ru", "Иностранные инвесторы, зарегистрированные в особой экономической зоне, освобождаются от налога на имущество."],
    ["en", "Foreigners who are tax residents must file a return by the end of April."],
    ["ro", "Investitorii străini cu rezidență fiscală în România beneficiază de scutiri de impozit."],
    ["ro", "Pacienții cu vertebre deplasate beneficiază de fizioterapie decontată."],
    ["ar", "يُعفى المستثمرون الأجانب المقيمون في المنطقة الحرة من ضريبة الدخل."],
  ];
  it.each(LOOK_ALIKES)("%s: a look-alike without migrants is not relevant and gets no tags: %s", (_lang, text) => {
    expect(relevant(text)).toBe(false);
    expect(tag(text).tags).toEqual([]);
  });
});

// Child protection and access that "shall not be denied" are rights wording beside migrants
// (context terms), and nothing without them.
describe("thirteenth-round rights wording through tag()", () => {
  const themes = (text: string): string[] =>
    tag(text)
      .tags.filter((t) => t.facet === "theme")
      .map((t) => t.id);
  const RIGHTS_POINT: [string, string][] = [
    ["en", "Migrant children shall be referred to the child protection services, which act in the best interests of the child."],
    ["en", "Emergency care shall not be denied to migrants who cannot show a residence permit."],
    ["fr", "Les enfants migrants sont suivis par l'aide sociale à l'enfance dès leur arrivée."],
    ["es", "Las niñas y niños migrantes serán atendidos por el sistema de protección integral, atendiendo a su interés superior."],
    ["ro", "Copiii migranți sunt în grija direcției de protecția copilului, care urmărește interesul superior al copilului."],
  ];
  it.each(RIGHTS_POINT)("%s: rights are tagged: %s", (_lang, text) => {
    expect(themes(text)).toContain("migrant-rights-protection");
  });
  const LOOK_ALIKES: [string, string][] = [
    ["en", "Children at risk of neglect shall be referred to the child protection services, which act in the best interests of the child."],
    ["fr", "L'aide sociale à l'enfance accueille les enfants dont les parents ne peuvent assurer la garde."],
    ["es", "El sistema de protección integral de la niñez atiende a los niños víctimas de violencia, atendiendo a su interés superior."],
  ];
  it.each(LOOK_ALIKES)("%s: child protection without migrants gets no tags: %s", (_lang, text) => {
    expect(tag(text).tags).toEqual([]);
  });
});
