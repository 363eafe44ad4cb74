// Round 39 (docs/tagging-quality.md, "Thirty-ninth round"): integration measures in French, Spanish
// and Romanian national text — school enrolment, reception desks, health insurance — as context
// terms: they give the integration theme beside a migration word and open nothing on their own.
// (A Romanian term alone weighs 1, under the theme's threshold: it adds to others, so it has no
// positive case of its own here.)
// Sentences written for this test; none is a passage of tests/fixtures/passages.jsonl.
import { describe, expect, it } from "vitest";
import { relevant, themes } from "./tag-helpers";

describe("integration measures beside migrants (fr, es, ro)", () => {
  it.each([
    "La commune ouvre un guichet d'accueil pour les migrants et facilite l'inscription scolaire de leurs enfants.",
    "El municipio ayudará a las familias migrantes a matricular a sus hijos y ofrecerá una casa de acogida.",
  ])("gives integration: %s", (text) => {
    expect(themes(text)).toContain("integration-inclusion");
  });

  it.each([
    "L'inscription scolaire des élèves de la commune se fait en juin au guichet d'accueil de la mairie.",
    "Los padres deben matricular a sus hijos en la escuela del barrio antes de septiembre.",
    "Elevii înscriși la școală primesc manuale gratuite.",
  ])("opens nothing alone: %s", (text) => {
    expect(relevant(text)).toBe(false);
    expect(themes(text)).toEqual([]);
  });
});
