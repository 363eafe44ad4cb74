// Round 40 (docs/tagging-quality.md, "Fortieth round"): three older theme and gate phrases that passed
// the relevance gate alone in non-migration senses. Russian "на заработк*" counts beside a `passing`
// word (holidays, trips) only when the sentence also names a foreign place; Arabic "العمل بالخارج /
// في الخارج" counts beside a firm word (`firms`) only when the sentence also names people; Romanian
// "locuiesc / trăiesc în afara țării" no longer counts beside a `passing` word. Sentences written for
// this test; none is a passage of tests/fixtures/passages.jsonl.
import { describe, expect, it } from "vitest";
import { relevant, themes } from "./tag-helpers";

describe("working abroad and living outside the country still pass the gate (ru, ar, ro)", () => {
  const CASES = [
    "Каждую весну тысячи сельчан уезжают на заработки в Москву.",
    "Жители сёл уезжают на заработки в Россию и возвращаются только в отпуск.",
    "يبحث آلاف الشباب عن العمل بالخارج بسبب البطالة.",
    "تتولى الشركات الخاصة توظيف العمال الراغبين في العمل بالخارج.",
    "Mulți cetățeni locuiesc în afara țării de peste zece ani.",
  ];
  for (const text of CASES) {
    it(text, () => {
      expect(relevant(text)).toBe(true);
    });
  }
  it("Russian seasonal work keeps its labour-migration theme", () => {
    expect(themes("Каждую весну тысячи сельчан уезжают на заработки в Москву.")).toContain("labour-migration");
  });
});

describe("student summer work, firms working abroad and holidays stay untagged (ru, ar, ro)", () => {
  const CASES = [
    "Во время каникул школьники едут на заработки в соседний колхоз на сбор яблок.",
    "Студенты на летних каникулах отправились на заработки в стройотряд.",
    "تسعى الشركة إلى توسيع العمل بالخارج بعد فتح فرع في ساحل العاج.",
    "حققت المقاولة المغربية رقم معاملات قياسي بفضل العمل في الخارج.",
    "Pe durata vacanței, familiile care locuiesc în afara țării două săptămâni pot suna la numărul de urgență.",
    "Turiștii care trăiesc în afara țării pe perioada concediului trebuie să aibă asigurare.",
  ];
  for (const text of CASES) {
    it(text, () => {
      expect(relevant(text)).toBe(false);
    });
  }
});
