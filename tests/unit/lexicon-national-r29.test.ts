// Round 29 (docs/tagging-quality.md, "Twenty-ninth round"): national text in Romanian, Serbian,
// Russian, Arabic, French and Spanish. Gate: Romanian and Russian placement of citizens in work
// abroad, Russian relocation of families or residents beside a hazard (cue set `hazards`).
// Rights: identity and civil-status documents, deprivation of liberty, detention as a last
// resort, Russian "имеют право на" (context terms: they count only near a migration anchor).
// Sectors: word forms the sector lexicons lacked (title recognition, credit, savings, legal aid,
// the commune, general-education schools). Instrument: a Russian "Статья" opens a law article.
// Sentences written for this test; none is a passage of tests/fixtures/passages.jsonl.
import { describe, expect, it } from "vitest";
import { tag } from "../../shared/tagger/index";
import { ids, relevant, sectors, themes } from "./tag-helpers";

describe("national wording in six languages gets its theme", () => {
  const CASES: [string, string][] = [
    ["Частные агентства, осуществляющие трудоустройство граждан Кыргызской Республики за рубежом, обязаны иметь лицензию.", "labour-migration"],
    ["Agențiile private care plasează cetățeni în câmpul muncii peste hotare sunt obligate să dețină licență.", "labour-migration"],
    ["После схода селей власти приступили к переселению жителей трёх сёл в безопасные районы.", "climate-environmental-mobility"],
    ["Les migrants privés de liberté dans les centres de rétention ont accès à un avocat.", "migrant-rights-protection"],
    ["Los consulados expedirán matrículas consulares a los migrantes que no tienen residencia regular.", "migrant-rights-protection"],
    ["Иностранные граждане, работающие по патенту, имеют право на бесплатную медицинскую помощь.", "migrant-rights-protection"],
    ["نلتزم بأن يكون احتجاز المهاجرين إجراء أخيرا، وبأن نعتمد بدائل غير احتجازية للأطفال.", "migrant-rights-protection"],
  ];
  it.each(CASES)("%s", (text, theme) => {
    expect(relevant(text)).toBe(true);
    expect(themes(text)).toContain(theme);
  });
});

describe("national wording in six languages gets its sector", () => {
  const CASES: [string, string][] = [
    ["Stranac koji je žrtva trgovine ljudima ima pravo na besplatnu pravnu pomoć.", "justice-security"],
    ["Los migrantes retornados podrán homologar los títulos obtenidos en el exterior.", "education"],
    ["Los migrantes retornados podrán acceder a créditos de la banca pública.", "finance-economy"],
    ["La commune a ouvert un guichet pour les migrants installés dans les quartiers périphériques.", "urban-local"],
    ["Дети трудовых мигрантов принимаются в общеобразовательные организации.", "education"],
    ["تشجع الاستراتيجية المهاجرين على تحويل مدخراتهم عبر القنوات المصرفية.", "finance-economy"],
  ];
  it.each(CASES)("%s", (text, sector) => {
    expect(sectors(text)).toContain(sector);
  });
});

describe("a Russian law article is a law", () => {
  it("Статья opens a law article on a worker's contract (not an agreement)", () => {
    const text =
      "Статья 9. Частные агентства занятости, осуществляющие трудоустройство граждан Кыргызской Республики за рубежом, обязаны заключать с работником договор.";
    expect(tag(text).instrument).toBe("law");
  });
});

describe("look-alikes of that wording stay untagged", () => {
  const LOOKALIKES = [
    "Agenția Națională pentru Ocuparea Forței de Muncă a organizat consiliere pentru angajare pentru tinerii din raion.",
    "Certificatul de naștere și actele de stare civilă se eliberează de oficiul de stare civilă în cinci zile lucrătoare.",
    "Persoanele private de libertate în penitenciare au acces la educație și la asistență medicală.",
    "Центр занятости содействует трудоустройству граждан, вернувшихся из армии, а также выпускников вузов, прошедших стажировку за рубежом.",
    "Граждане имеют право на бесплатную юридическую помощь в случаях, предусмотренных законом.",
    "Лица, содержащиеся под стражей, имеют право на свидания с родственниками; виновные будут привлечены к ответственности.",
    "В новостройках на окраине города откроются три общеобразовательные школы и поликлиника.",
    "Из-за засухи началось переселение сайгаков на север, сообщили сотрудники заповедника.",
    "Музей подготовил выставку о переселенцах XIX века, которые осваивали долины, где часто случались паводки.",
    "Переселение отдела в новое здание задержалось из-за подтопления подвала.",
    "La commune a ouvert un espace d'accueil pour les personnes âgées : cours de français, ateliers et activités culturelles.",
    "Les personnes privées de liberté ont droit à l'aide juridictionnelle.",
    "El municipio otorgará créditos a los emprendedores locales y facilitará la apertura de cuentas bancarias en la banca pública.",
    "Las universidades privadas deberán homologar sus planes de estudio; los títulos obtenidos antes de 2020 conservan su validez.",
    "Građani mogu otvoriti račun u banci i koristiti platne usluge preko mobilnog telefona.",
    "Okrivljeni koji je lišen slobode ima pravo na besplatnu pravnu pomoć i na branioca.",
    "ارتفعت مدخرات الأسر في القنوات المصرفية بنسبة خمسة في المائة، وتحسن تمويل المشروعات الصغيرة.",
    "يعتبر الإيقاف التحفظي إجراء أخيرا، ولا يجوز الحرمان من الحرية إلا بقرار قضائي.",
  ];
  it.each(LOOKALIKES)("%s", (text) => {
    expect(relevant(text)).toBe(false);
    expect(ids(text, "theme")).toEqual([]);
  });
});
