// Round 28 (docs/tagging-quality.md, "Twenty-eighth round"): look-alikes found by the held-out
// batch 26 (t1107-t1166) and by probes written after it.
// - Romanian "azil" (matched by Serbian "азил" too) is also a dogs' home or a night shelter: it yields
//   to dog and animal words, and "azilul de noapte" is a look-alike;
// - "deported" and "deportee(s)" yield to history words (gulag, Holocaust, an occupying army) and to a
//   goalkeeper's joke; "memorial to the deportees" and French "droit d'asile dans les églises" are
//   look-alikes; a "Diaspora Advisory Board" yields to a museum, French "droit d'asile" to the Middle Ages;
// - a play or film "titled Refugee", the "rural-urban drift of retail spending", and migrant birds,
//   insects and fish species (en, fr, es, ru, ro, sr) are look-alikes.
// Sentences written for this test; none is a passage of tests/fixtures/passages.jsonl.
import { describe, expect, it } from "vitest";
import { relevant, themes } from "./tag-helpers";

describe("round 28 look-alikes stay untagged", () => {
  const LOOKALIKES = [
    "Градски азил за псе добио је нова возила. Ветеринари прегледају животиње сваког јутра. Азил прима посетиоце викендом.",
    "Azilul de câini din cartierul de nord are două sute de boxe. Voluntarii plimbă câinii sâmbăta. Azilul este deschis zilnic.",
    "Azilul de noapte al primăriei oferă paturi și o masă caldă în lunile de iarnă.",
    "At the end of the history unit the class lays flowers at the memorial to the deportees.",
    "The bells deported to the gulag camps were found in a scrapyard in 1990.",
    "The parish bells were deported by the occupying army in 1943 and melted down for shell casings.",
    "The goalkeeper said he felt deported to the reserves after two costly errors.",
    "The city museum has created a Diaspora Advisory Board for its new textile galleries.",
    "Au Moyen Âge, le droit d'asile protégeait le fugitif qui atteignait l'une des églises de la ville.",
    "A film titled Refugee won the jury prize at the festival for its camera work.",
    "The rural-urban drift of retail spending has closed half the village shops.",
    "Migrant birds rest on the mudflats for two weeks before flying on to Africa.",
    "Las aves migrantes descansan en el humedal antes de cruzar el estrecho.",
    "Птицы-мигранты отдыхают на озере две недели.",
  ];
  it.each(LOOKALIKES)("%s", (text) => {
    expect(relevant(text)).toBe(false);
    expect(themes(text)).toEqual([]);
  });
});

describe("the same words about migrants and refugees still pass the gate", () => {
  const CASES: [string, string | null][] = [
    ["Nationals deported from abroad receive a reception package and a bus ticket home.", "return-reintegration"],
    ["A deportee who arrives without papers shall receive a temporary identity card.", "return-reintegration"],
    ["The Diaspora Advisory Board will advise the ministry on diaspora investment.", "diaspora"],
    ["Le droit d'asile est garanti par la Constitution et précisé par la loi sur l'asile.", "forced-displacement-asylum"],
    ["Dreptul de azil este garantat, iar cererile de azil se soluționează în treizeci de zile.", "forced-displacement-asylum"],
    ["Tražioci azila smešteni su u centrima za azil.", "forced-displacement-asylum"],
    ["Migrant workers and their families have access to health care.", null],
    ["Los trabajadores migrantes y sus familias tienen acceso a la salud.", null],
    ["Трудовые мигранты и члены их семей имеют право на медицинскую помощь.", null],
    ["Lucrătorii migranți și familiile lor au acces la servicii medicale.", null],
    ["Radnici migranti i njihove porodice imaju pristup zdravstvenoj zaštiti.", null],
  ];
  it.each(CASES)("%s", (text, theme) => {
    expect(relevant(text)).toBe(true);
    if (theme) expect(themes(text)).toContain(theme);
  });
});
