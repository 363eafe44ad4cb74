// Round 21 (docs/tagging-quality.md, "Twenty-first round"): wording of the GCM objectives that
// had the least tuning behind them, in the register of compact commitments and lettered action
// items, and theme context terms for the same concepts. GCM terms do not feed the relevance gate,
// so the look-alikes below (no migrants named) must stay untagged; theme terms are context terms
// (`~`) and count only near a migration anchor.
// Sentences written for this test; none is a passage of tests/fixtures/passages.jsonl.
import { describe, expect, it } from "vitest";
import { tag } from "../../shared/tagger/index";
import { ids, relevant, themes } from "./tag-helpers";

const gcm = (text: string): number[] => ids(text, "gcm").map((id) => Number(id.slice(4)));

describe("round 21: objective wording gives the objective", () => {
  const CASES: [string, number][] = [
    ["We commit to issue consular identity cards to our nationals abroad, including migrants without regular status.", 4],
    ["(b) Reduce statelessness among migrants by registering the birth of every child born in transit.", 4],
    ["Nos comprometemos a expedir matrículas consulares a los migrantes que viven en el exterior.", 4],
    ["b) Délivrer des cartes consulaires aux migrants ressortissants vivant à l'étranger.", 4],
    ["Obavezujemo se da migrantima obezbedimo dokaz o identitetu i putne isprave preko konzulata.", 4],
    ["(d) Recover and identify the remains of migrants who die on the way and return them to their families.", 8],
    ["Obavezujemo se da identifikujemo posmrtne ostatke migranata preminulih na putu.", 8],
    ["(c) Ensure that migrants are not prosecuted for the fact of having been smuggled.", 9],
    ["Ne angajăm să combatem traficul ilicit de migranți.", 9],
    ["(g) Ensure that migrant children are never held in detention and are placed with their families in open facilities.", 13],
    ["(c) Establish consular focal points in countries of transit to assist stranded nationals who are migrants.", 14],
    ["(e) Ensure that hospitals and schools serving migrants are not required to report the immigration status of the people they serve.", 15],
    ["(b) Recognise the qualifications of migrant workers obtained abroad.", 18],
    ["نلتزم بتهيئة الظروف لمساهمة المغتربين في التنمية المستدامة.", 19],
    ["Nous nous engageons à gérer nos frontières de manière coordonnée avec les États voisins, dans le respect des droits des migrants.", 11],
    ["Nos comprometemos a una gestión coordinada de las fronteras que respete los derechos de las personas migrantes.", 11],
  ];
  it.each(CASES)("%s -> objective %i", (text, n) => {
    expect(gcm(text)).toContain(n);
  });
});

describe("round 21: theme context terms", () => {
  it("mutual recognition of qualifications is the skills theme near migrants", () => {
    expect(
      themes("Nos comprometemos a facilitar el reconocimiento mutuo de las cualificaciones de los trabajadores migrantes entre países de origen y destino."),
    ).toContain("skills-education-mobility");
  });
  it("portability of pensions is labour migration near migrants", () => {
    expect(themes("We commit to ensure the portability of pensions for migrants who change their country of employment.")).toContain(
      "labour-migration",
    );
  });
  it("persons who were smuggled is the trafficking-smuggling theme", () => {
    expect(themes("Nos comprometemos a que las personas migrantes objeto de tráfico ilícito no sean castigadas por ese solo hecho.")).toContain(
      "trafficking-smuggling",
    );
  });
});

describe("round 21 look-alikes stay untagged", () => {
  const LOOK_ALIKES = [
    "Investors from partner countries will be granted consular access and consular notification when their staff are arrested abroad.",
    "The archaeological team will recover and identify the remains of soldiers who died in the battle and return them to their families.",
    "Fishing vessels in distress at sea must be brought to a place of safety by the nearest rescue coordination centre.",
    "Patients held in detention under the mental health act shall have access to a lawyer.",
    "The ministry will recognise the qualifications of teachers trained in private colleges.",
    "La banque exige une preuve d'identité et une carte consulaire pour ouvrir un compte aux diplomates.",
    "Consular staff will promote exports and help companies find business partners abroad.",
    "The two universities agreed on the mutual recognition of diplomas and credits for their joint degree programmes.",
    "Civil servants who move between ministries keep the portability of pensions under the new statute.",
    "Los bienes culturales objeto de tráfico ilícito serán devueltos a sus países de origen.",
    "Les biens culturels objet d'un trafic illicite seront restitués à leur pays d'origine.",
    "La reconnaissance mutuelle des diplômes entre les universités européennes facilite la mobilité des chercheurs.",
    "Содержание под стражей подозреваемых не может превышать 48 часов.",
    "Customs will manage our borders with modern scanners so that trucks and freight cross faster.",
  ];
  it.each(LOOK_ALIKES)("%s", (text) => {
    expect(relevant(text)).toBe(false);
    expect(tag(text).tags).toEqual([]);
  });
});
