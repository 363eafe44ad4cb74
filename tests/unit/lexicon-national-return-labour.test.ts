// Round 22 (docs/tagging-quality.md, "Twenty-second round"): how national laws and decisions name
// returnees and foreign workers without "migrant" or "abroad". Return from a named destination
// country (./places.ts RETURN_FROM_PLACE: "workers who have come back from the Gulf States",
// "вернувшиеся из России", "reîntorși din Italia", "vratili iz Nemačke", "العائدون من دول الخليج")
// counts for the return theme only beside a work or settlement word and only in forms that name
// people; Arabic "العامل الوافد", English and Russian "labour emigrants", Romanian and Serbian stay
// "for employment" go to the labour-migration theme; Romanian "persons without citizenship" is an
// anchor; "qualifications obtained abroad" in ro, sr, ar, es and ru is a context term of the skills
// theme. Every positive failed on the start lexicon (d501484); the look-alikes (tourists, goods,
// aircraft and payments returned under a contract, a delegation, a minister, athletes, a mother back
// from work, a diploma with no migrant named) stay untagged.
// A second step adds: English "persons returned to <programme country>" (with people), Spanish
// seasonal workers "procedentes de otros países", Russian periods of work of citizens in other
// States, internal moves (ru "отток населения в крупные города", en people "moving in from rural
// districts"), English "with employers in <destination>", Serbian employed foreigners, Romanian
// "au lucrat în străinătate" and "lucrătorii moldoveni din străinătate", Romanian forms of
// protection for the asylum theme, Russian persons "незаконно находящиеся" for irregular stay and
// French "insertion professionnelle des immigrés" for integration. A third step adds diaspora
// bodies (ro Consiliul Diasporei, sr Skupština dijaspore) and children whose parents emigrated (es
// "padres que emigraron", ar "هاجر أحد أفرادها", sr "roditelji na radu u inostranstvu", which is
// families-left-behind and no longer labour migration).
// Sentences written for this test; none is a passage of tests/fixtures/passages.jsonl.
import { describe, expect, it } from "vitest";
import { tag } from "../../shared/tagger/index";
import { relevant, themes } from "./tag-helpers";

describe("national wording of return and foreign work gets its theme", () => {
  const CASES: [string, string][] = [
    ["Employment offices shall register workers who have come back from the Gulf States before their contract ended.", "return-reintegration"],
    ["Citizens who returned from Italy after years of work receive counselling from the employment service.", "return-reintegration"],
    ["Граждане, вернувшиеся из России после окончания трудового договора, ставятся на учёт.", "return-reintegration"],
    ["Cetățenii reîntorși din Italia după încetarea contractului de muncă primesc consiliere.", "return-reintegration"],
    ["Cetățenii reîntorși de la muncă din străinătate primesc consiliere.", "return-reintegration"],
    ["Građani koji su se vratili iz Nemačke nakon rada dobijaju pomoć pri zapošljavanju.", "return-reintegration"],
    ["يستفيد العائدون من دول الخليج بعد انتهاء عقود العمل من قروض صغيرة.", "return-reintegration"],
    ["Los trabajadores que retornan de España reciben asesoría para emprender.", "return-reintegration"],
    ["The Ministry supports labour emigrants and their families.", "labour-migration"],
    ["Трудовые эмигранты и члены их семей получают консультации.", "labour-migration"],
    ["Străinul poate solicita prelungirea dreptului de ședere provizorie în scop de muncă.", "labour-migration"],
    ["Stranac kome je odobren privremeni boravak radi zapošljavanja može promeniti poslodavca.", "labour-migration"],
    ["لا يجوز لصاحب العمل الاحتفاظ بجواز سفر العامل الوافد.", "labour-migration"],
    ["Recunoașterea calificărilor obținute în străinătate de lucrătorii migranți se face gratuit.", "skills-education-mobility"],
    ["يتم الاعتراف بالمؤهلات المكتسبة في الخارج للمهاجرين العائدين مجانا.", "skills-education-mobility"],
    ["Persons returned to Moldova who have no income may apply for a one-off payment.", "return-reintegration"],
    ["Los trabajadores temporeros procedentes de otros países dispondrán de alojamiento digno.", "labour-migration"],
    ["Периоды работы граждан на территории других государств засчитываются в стаж.", "labour-migration"],
    ["Сокращение оттока населения в крупные города остаётся задачей программы.", "internal-migration-urbanisation"],
    ["Municipalities that receive people moving in from rural districts shall extend water and school places.", "internal-migration-urbanisation"],
    ["No agency shall place Bangladeshi workers with employers in Saudi Arabia unless each has a contract.", "labour-migration"],
    ["Stranac koji je zaposlen kod poslodavca ima ista prava iz radnog odnosa.", "labour-migration"],
    ["Străinii care au dobândit o formă de protecție participă la un program de integrare.", "forced-displacement-asylum"],
    ["Соглашение устанавливает порядок передачи лиц, незаконно находящихся на территории запрашивающего государства.", "irregular-migration-border"],
    ["L'insertion professionnelle des immigrés en situation régulière est une priorité.", "integration-inclusion"],
    ["Consiliul Diasporei se întrunește anual la Chișinău.", "diaspora"],
    ["Skupština dijaspore i Srba u regionu održava sednicu jednom godišnje.", "diaspora"],
    ["Los hijos de padres que emigraron reciben apoyo psicológico en la escuela.", "families-left-behind"],
    ["يستفيد أطفال الأسر التي هاجر أحد أفرادها من الدعم النفسي.", "families-left-behind"],
    ["Deca čiji su roditelji na radu u inostranstvu dobijaju psihološku podršku.", "families-left-behind"],
  ];
  it("Serbian children of parents working abroad are not labour migration", () => {
    expect(themes("Deca čiji su roditelji na radu u inostranstvu dobijaju psihološku podršku.")).not.toContain("labour-migration");
  });
  it.each(CASES)("%s → %s", (text, theme) => {
    expect(relevant(text)).toBe(true);
    expect(themes(text)).toContain(theme);
  });
  it.each([
    "Persoanele fără cetățenie primesc un document de călătorie.",
    "Medicii care au lucrat în străinătate primesc o primă de instalare.",
    "Fiecare leu investit de lucrătorii moldoveni din străinătate este dublat.",
  ])("passes the gate: %s", (text) => {
    expect(relevant(text)).toBe(true);
  });
});

describe("round 22 look-alikes stay untagged", () => {
  const LOOK_ALIKES = [
    "Tourists returning from Turkey must declare goods above the duty-free allowance.",
    "The minister returned from Qatar after signing an energy agreement.",
    "Goods returned from Italy after repair under the service contract are exempt from customs duty.",
    "Aircraft returned from Germany at the end of the lease contract shall be re-registered.",
    "Payments returned from the United States under the contract are booked as revenue.",
    "Туристы, вернувшиеся из Турции, обязаны пройти медосмотр.",
    "Делегация вернулась из Казахстана после переговоров о работе таможни.",
    "Товары, вернувшиеся из Германии после ремонта по договору, не облагаются пошлиной.",
    "Turiștii reveniți din Turcia pot solicita rambursarea.",
    "Mama a revenit de la muncă târziu.",
    "Sportisti su se vratili iz Nemačke sa medaljom.",
    "عاد الوزير من قطر بعد توقيع اتفاقية في مجال الطاقة.",
    "Les marchandises revenues d'Italie après réparation sous contrat sont exonérées.",
    "Los turistas que regresan de España pueden solicitar la devolución del IVA.",
    "Recunoașterea diplomelor obținute în străinătate se face de Ministerul Educației.",
    "Stolen icons returned to Serbia were exhibited in the national museum.",
    "The chamber of commerce matches local suppliers with employers in Germany.",
    "Периоды работы граждан на территории других районов республики засчитываются в стаж.",
    "Freight moving from rural areas to the port will use the new road.",
    "Firma a lucrat în străinătate la proiecte de construcții.",
    "Lucrătorii din străinătate ai companiei au primit prime.",
    "Строения, незаконно находящиеся на территории парка, подлежат сносу.",
    "L'insertion professionnelle des jeunes diplômés est une priorité.",
  ];
  it.each(LOOK_ALIKES)("%s", (text) => {
    expect(relevant(text)).toBe(false);
    expect(tag(text).tags).toEqual([]);
  });
});
