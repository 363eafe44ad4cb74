// Round 30 (docs/tagging-quality.md, "Thirtieth round"): French and Spanish themes and the
// relevance gate. Context terms for the measures that compact items and national text describe
// (the English vocabulary of rounds 23 and 27 in French and Spanish word forms: they count only
// near a migration anchor), gate wording for families "venues de l'étranger", nationals "de
// l'extérieur", Spanish "recién llegados" beside a newcomer nationality (cue set `newcomers`) and
// remittances "enviadas por / que envían" beside emigrant words, and a Spanish "Artículo" law cue.
// Sentences written for this test; none is a passage of tests/fixtures/passages.jsonl.
import { describe, expect, it } from "vitest";
import { tag } from "../../shared/tagger/index";
import { ids, relevant, themes } from "./tag-helpers";

describe("French and Spanish gate wording makes a text relevant", () => {
  const CASES: string[] = [
    "La mairie ouvre un bureau d'accueil pour les familles venues de l'étranger, avec des conseils pour l'inscription scolaire.",
    "Le ministère des Sénégalais de l'extérieur organise un forum sur l'investissement dans les régions d'origine.",
    "Las familias venezolanas recién llegadas a Quito recibirán orientación sobre inscripción escolar y salud.",
    "Las remesas enviadas por familiares desde Italia financian la educación de muchos niños de la Sierra.",
  ];
  it.each(CASES)("%s", (text) => {
    expect(relevant(text)).toBe(true);
  });
  it("nationals 'de l'extérieur' are the diaspora theme", () => {
    expect(themes(CASES[1])).toContain("diaspora");
  });
  it("remittances sent by relatives are the remittances theme", () => {
    expect(themes(CASES[3])).toContain("remittances");
  });
});

describe("French and Spanish measure wording gets its theme near a migrant", () => {
  const CASES: [string, string][] = [
    ["Les migrants pourront bénéficier d'un mentorat et d'activités culturelles et sportives avec la population locale.", "integration-inclusion"],
    ["Las personas migrantes detenidas tienen derecho a un abogado y a un intérprete en un idioma que comprendan.", "migrant-rights-protection"],
    ["Les travailleurs migrants victimes de salaires impayés peuvent appeler une ligne d'assistance gratuite.", "migrant-rights-protection"],
    ["Les migrants interceptés en mer par les patrouilles conjointes sont débarqués dans un port sûr.", "irregular-migration-border"],
    ["Los migrantes que llegan por rutas irregulares serán inscritos mediante registro biométrico.", "irregular-migration-border"],
    ["Les migrants qui rentrent volontairement et les autres personnes rentrées recevront un logement pour six mois.", "return-reintegration"],
    ["Los migrantes retornados podrán homologar sus títulos profesionales y certificar las competencias adquiridas.", "skills-education-mobility"],
    ["Les communautés contraintes de migrer à cause de la montée des eaux et des glissements de terrain seront relogées.", "climate-environmental-mobility"],
  ];
  it.each(CASES)("%s", (text, theme) => {
    expect(relevant(text)).toBe(true);
    expect(themes(text)).toContain(theme);
  });
});

describe("a Spanish law article is a law", () => {
  it("Artículo opens a law article", () => {
    expect(tag("Artículo 14. Las personas extranjeras podrán solicitar la residencia temporal por razones laborales.").instrument).toBe("law");
  });
});

describe("look-alikes of that wording stay untagged", () => {
  const LOOKALIKES = [
    "Les touristes venus de l'étranger ont été nombreux cet été : les hôtels de la côte affichent complet.",
    "Les personnes venues de l'étranger pour le festival pourront acheter leurs billets en ligne et loger chez l'habitant.",
    "Les élèves venus de l'étranger dans le cadre des échanges universitaires seront accueillis pendant un semestre.",
    "Les équipes venues de l'extérieur n'ont pas accès au vestiaire ; les Maliens de l'équipe nationale s'entraînent à huis clos.",
    "Les salariés rentrés de l'étranger après une mission de deux semaines reprennent leur travail lundi.",
    "Le ministère accompagne les nouveaux arrivants dans la fonction publique : mentorat, parrainage et formation aux procédures.",
    "La mairie organise des activités culturelles et sportives pour favoriser la vie locale et le respect mutuel entre voisins.",
    "Le laissez-passer sanitaire est exigé aux points d'entrée du stade ; les supporters interceptés sans billet seront refoulés.",
    "Les patrouilles conjointes de la gendarmerie et des douanes ont saisi 300 kg de marchandises de contrebande.",
    "Le plan communal prévoit la surveillance des zones inondables, des glissements de terrain et de la montée des eaux.",
    "Le tribunal a rappelé le droit à un avocat et à un interprète pour tout prévenu, dans une langue qu'il comprend.",
    "L'entreprise offre un soutien psychologique et une ligne d'assistance aux salariés ; les salaires impayés seront versés.",
    "Los estudiantes recién llegados a la ciudad podrán inscribirse en actividades culturales y deportivas de la universidad.",
    "Los miembros recién llegados al directorio recibieron una mentoría sobre la gestión financiera de la empresa.",
    "Las personas recién llegadas al hospital serán atendidas por orden de gravedad en la sala de emergencias.",
    "Las remesas enviadas desde España a Ecuador de aceite de oliva aumentaron un 12 % en el primer trimestre.",
    "Las remesas que envían los bancos a Estados Unidos por concepto de intereses de deuda se duplicaron.",
    "El municipio habilitó albergues temporales para las familias afectadas por las inundaciones y ofreció apoyo psicológico.",
    "Artículo 12. Los contribuyentes que no presenten su declaración en el plazo de gracia pagarán una multa.",
    "Las patrullas conjuntas de la policía y el ejército decomisaron cocaína en la zona de frontera.",
    "La empresa despidió sin indemnización a 40 trabajadores; el sindicato exige igual salario y libertad sindical.",
    "El sismo provocó deslizamientos de tierra y el gobierno anunció la reubicación de la escuela afectada.",
  ];
  it.each(LOOKALIKES)("%s", (text) => {
    expect(relevant(text)).toBe(false);
    expect(ids(text, "theme")).toEqual([]);
  });
});
