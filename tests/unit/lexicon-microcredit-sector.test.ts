// Seventeenth round (issue 2): reintegration and diaspora programmes fund returnees' own
// businesses through microcredit. "Microcredit" weighed 1.5 (enough for the finance-economy
// sector near a migration anchor) in English, Romanian and, folded to the same stem, Spanish, but
// 1 in French, Russian and Serbian, and Arabic had only the form القروض الصغرى; now all weigh 1.5
// and "starting one's own business" (ru открытие собственного дела, sr pokretanje sopstvenog
// posla, es crear un negocio / negocio propio) is a phrase of the sector. Sector terms never pass
// the gate: microcredit for farmers with no migrants stays untagged.
// Sentences written for this test; none is a passage of tests/fixtures/passages.jsonl.
import { describe, expect, it } from "vitest";
import { tag } from "../../shared/tagger/index";
import { relevant, sectors } from "./tag-helpers";

describe("microcredit and own businesses of returnees through tag()", () => {
  const CASES: [string, string][] = [
    ["es", "Las personas retornadas reciben asesoría para crear un negocio."],
    ["ru", "Вернувшимся трудовым мигрантам предоставляются микрокредиты."],
    ["ru", "Программа поддерживает вернувшихся мигрантов при открытии собственного дела."],
    ["sr", "Povratnici po sporazumu o readmisiji mogu dobiti mikrokredit."],
    ["sr-Cyrl", "Повратници добијају помоћ за покретање сопственог посла."],
    ["ar", "يستفيد المهاجرون العائدون من القروض الصغيرة."],
  ];
  it.each(CASES)("%s: the finance-economy sector: %s", (_lang, text) => {
    expect(relevant(text)).toBe(true);
    expect(sectors(text)).toContain("finance-economy");
  });

  const LOOK_ALIKES: [string, string][] = [
    ["es", "El banco de desarrollo otorga microcréditos a mujeres agricultoras para crear un negocio propio."],
    ["ru", "Фонд выдает микрокредиты фермерам для открытия собственного дела."],
    ["sr", "Opština daje mikrokredite mladima za pokretanje sopstvenog posla."],
  ];
  it.each(LOOK_ALIKES)("%s: microcredit with no migrants gets no tags: %s", (_lang, text) => {
    expect(relevant(text)).toBe(false);
    expect(tag(text).tags).toEqual([]);
  });
});
