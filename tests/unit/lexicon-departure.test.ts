// Seventeenth round (issue 2): emigration said as the departure of people, a gap named in the
// sixteenth round's notes. Skills theme: the departure of (young) graduates, young professionals,
// young specialists or doctors beside an "abroad" word (en, fr, es, ru, ro, sr; fr "vers
// l'étranger" joins the abroad cue set); skilled workers leaving on a business trip stay out. Relevance: the departure of young people (en, fr, es, ru,
// ro) and Russian "выходцы из Кыргызстана / Средней Азии ..." count only beside a work or
// settlement word (cue set sojourn), so young people leaving for a summer holiday abroad and
// athletes born in Kyrgyzstan stay untagged.
// Sentences written for this test; none is a passage of tests/fixtures/passages.jsonl.
import { describe, expect, it } from "vitest";
import { tag } from "../../shared/tagger/index";
import { relevant, themes } from "./tag-helpers";

describe("emigration said as departure through tag()", () => {
  const SKILLS: [string, string][] = [
    ["en", "The departure of young graduates to other countries leaves district hospitals without doctors."],
    ["fr", "Le départ des jeunes diplômés vers l'étranger prive les hôpitaux régionaux de médecins."],
    ["es", "La salida de jóvenes profesionales al exterior deja sin médicos a los hospitales rurales."],
    ["ru", "Отъезд молодых специалистов за рубеж оставляет районные больницы без врачей."],
    ["ro", "Plecarea tinerilor medici în străinătate lasă spitalele raionale fără personal."],
    ["sr", "Odlazak mladih lekara u inostranstvo ostavlja opštinske bolnice bez kadra."],
  ];
  it.each(SKILLS)("%s: the skills theme: %s", (_lang, text) => {
    expect(relevant(text)).toBe(true);
    expect(themes(text)).toContain("skills-education-mobility");
  });

  const GATE: [string, string][] = [
    ["en", "The departure of young people in search of work has emptied the villages of the north."],
    ["ru", "Выходцы из Средней Азии работают в основном в строительстве и торговле."],
    ["ro", "Plecarea tinerilor la muncă peste hotare reduce numărul elevilor din sate."],
  ];
  it.each(GATE)("%s: passes the gate: %s", (_lang, text) => {
    expect(relevant(text)).toBe(true);
  });

  const LOOK_ALIKES: [string, string][] = [
    ["en", "The departure of young people abroad for summer holidays peaks in July."],
    ["fr", "Le départ des jeunes vers l'étranger pour les vacances d'été culmine en juillet."],
    ["ro", "Plecarea tinerilor în străinătate în vacanța de vară crește în iulie."],
    ["ru", "Отъезд молодежи за границу на летние каникулы достигает пика в июле."],
    ["ru", "Выходцы из Кыргызстана завоевали три медали на чемпионате мира по борьбе."],
    ["en", "The departure of skilled workers abroad on short business trips is reimbursed by the company."],
  ];
  it.each(LOOK_ALIKES)("%s: a trip or a birthplace gets no tags: %s", (_lang, text) => {
    expect(relevant(text)).toBe(false);
    expect(tag(text).tags).toEqual([]);
  });
});
