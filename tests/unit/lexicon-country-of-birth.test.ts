// Sixteenth round (issue 2): censuses and surveys measure migration by asking for the country of
// birth and citizenship ("questions on country of birth", "questions sur le pays de naissance",
// "вопросы о стране рождения", "foreign-born population"), without the word "migration". These
// phrases go to the migration-data theme; a passport or a form that records a country of birth is
// a look-alike. Sentences written for this test; none is a passage of tests/fixtures/passages.jsonl.
import { describe, expect, it } from "vitest";
import { tag } from "../../shared/tagger/index";
import { relevant, themes } from "./tag-helpers";

describe("country of birth in censuses and surveys through tag()", () => {
  const CASES: [string, string][] = [
    ["en", "The next census will include questions on country of birth and citizenship, so that the foreign-born population can be counted."],
    ["fr", "Le recensement comportera des questions sur le pays de naissance et la nationalité des résidents."],
    ["es", "La encuesta de hogares incluirá preguntas sobre el país de nacimiento y la nacionalidad de cada miembro."],
    ["ru", "Перепись впервые включит вопросы о стране рождения и гражданстве."],
    ["ro", "Recensământul va include întrebări privind țara de naștere și cetățenia."],
    ["sr", "Popis će sadržati pitanja o zemlji rođenja i državljanstvu."],
    ["ar", "يتضمن التعداد أسئلة عن بلد الميلاد والجنسية."],
  ];
  it.each(CASES)("%s: passes the gate and gets the data theme: %s", (_lang, text) => {
    expect(relevant(text)).toBe(true);
    expect(themes(text)).toContain("migration-data-evidence");
  });

  const LOOK_ALIKES: [string, string][] = [
    ["en", "The passport shows the holder's name, date and country of birth."],
    ["fr", "Le formulaire indique la date et le pays de naissance du demandeur de permis de conduire."],
  ];
  it.each(LOOK_ALIKES)("%s: a document that records a country of birth gets no tags: %s", (_lang, text) => {
    expect(relevant(text)).toBe(false);
    expect(tag(text).tags).toEqual([]);
  });
});
