// Rights named in passing against rights as the point, and migration in development plans as
// governance, through the whole tagger (issue 2, eleventh round). A compact paragraph on another
// subject often closes on "the human rights of all migrants", and consular protection is the
// consular side of cooperation: neither alone makes a passage about rights, while either beside a
// rights term still does. Sentences written for this test; none is a passage of
// tests/fixtures/passages.jsonl.
import { describe, expect, it } from "vitest";
import { tag } from "../../shared/tagger/index";
import { themes } from "./tag-helpers";

const RIGHTS = "migrant-rights-protection";

describe("eleventh-round rights and governance terms through tag()", () => {
  const PASSING: [string, string, string][] = [
    [
      "en",
      "We commit to lower the cost of sending remittances for migrant workers by promoting competition among transfer operators, with full respect for the human rights of all migrants.",
      "remittances",
    ],
    [
      "fr",
      "Nous nous engageons à réduire le coût des envois de fonds des travailleurs migrants en favorisant la concurrence entre opérateurs, dans le respect des droits de tous les migrants.",
      "remittances",
    ],
    [
      "es",
      "Nos comprometemos a reducir el costo de las remesas de los trabajadores migrantes fomentando la competencia entre operadores, respetando los derechos humanos de todos los migrantes.",
      "remittances",
    ],
    [
      "en",
      "We commit to strengthen consular protection for our nationals working abroad through cooperation between States on labour migration.",
      "international-cooperation",
    ],
    [
      "ru",
      "Мы обязуемся укреплять консульскую защиту наших граждан, работающих за рубежом, на основе сотрудничества между государствами в сфере трудовой миграции.",
      "international-cooperation",
    ],
  ];
  it.each(PASSING)("%s: rights in passing leave the passage's own theme alone: %s", (_lang, text, own) => {
    const got = themes(text);
    expect(got).toContain(own);
    expect(got).not.toContain(RIGHTS);
  });

  const POINT: [string, string][] = [
    ["en", "Consulates shall provide consular assistance to migrant workers detained abroad and inform them promptly of their rights."],
    ["en", "We commit to protect the human rights of all migrants, regardless of their migration status, at every stage of the migration cycle."],
    ["fr", "Les consulats fournissent une assistance consulaire aux travailleurs migrants détenus et les informent de leurs droits."],
    ["es", "Se garantizarán los derechos humanos de todos los migrantes, independientemente de su condición migratoria."],
  ];
  it.each(POINT)("%s: rights as the point are still tagged: %s", (_lang, text) => {
    expect(themes(text)).toContain(RIGHTS);
  });

  const PLANS: [string, string][] = [
    ["en", "(b) Address migration in national development plans, with the support of the United Nations system."],
    ["fr", "Le ministère veille à l'intégration de la migration dans les plans nationaux de développement, avec l'appui des partenaires."],
    ["es", "El ministerio incorporará la migración en los planes nacionales de desarrollo de cada provincia."],
  ];
  it.each(PLANS)("%s: migration in development plans is governance: %s", (_lang, text) => {
    expect(themes(text)).toContain("governance-coordination");
  });

  it("does not read a development plan without migration as governance", () => {
    expect(tag("The national development plan sets targets for roads, schools and electricity in every province.").tags).toEqual([]);
  });
});
