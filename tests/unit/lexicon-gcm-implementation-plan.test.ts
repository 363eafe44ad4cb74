// Seventeenth round (issue 2): national plans for implementing the Global Compact for Migration.
// "The national plan for implementing the Global Compact", "plan national de mise en œuvre du
// Pacte mondial", "plan nacional de implementación del Pacto Mundial", "planul național de
// implementare a Pactului Global", "الخطة الوطنية لتنفيذ الميثاق العالمي" did not pass the gate
// ("Global Compact" alone is also the companies' UN Global Compact), and a plan named with the
// compact was read as the compact itself (agreement). These phrases are now anchors (en, fr, es,
// ro, ar; ru and sr already passed through "Глобальный договор") and action-plan phrases of the
// instrument facet (all seven). A company reporting on the UN Global Compact stays untagged.
// Sentences written for this test; none is a passage of tests/fixtures/passages.jsonl.
import { describe, expect, it } from "vitest";
import { tag } from "../../shared/tagger/index";
import { relevant } from "./tag-helpers";

const instrument = (text: string): string[] =>
  tag(text)
    .tags.filter((t) => t.facet === "instrument")
    .map((t) => t.id);

describe("national plans for implementing the Global Compact through tag()", () => {
  const CASES: [string, string][] = [
    ["en", "The national plan for implementing the Global Compact was adopted by the Cabinet in March."],
    ["fr", "Le plan national de mise en œuvre du Pacte mondial a été adopté en conseil des ministres en mars."],
    ["es", "El plan nacional de implementación del Pacto Mundial fue aprobado por el gabinete en marzo."],
    ["ru", "Национальный план реализации Глобального договора утвержден в марте."],
    ["ro", "Planul național de implementare a Pactului Global a fost aprobat în martie."],
    ["sr", "Nacionalni plan za sprovođenje Globalnog dogovora usvojen je u martu."],
    ["ar", "اعتمد مجلس الوزراء الخطة الوطنية لتنفيذ الميثاق العالمي في شهر مارس."],
  ];
  it.each(CASES)("%s: passes the gate as an action plan: %s", (_lang, text) => {
    expect(relevant(text)).toBe(true);
    expect(instrument(text)).toEqual(["action-plan"]);
  });

  const LOOK_ALIKES: [string, string][] = [
    ["en", "The company reports every year on how it implements the ten principles of the UN Global Compact."],
    ["fr", "L'entreprise publie chaque année sa communication sur le progrès au titre du Pacte mondial des Nations Unies."],
  ];
  it.each(LOOK_ALIKES)("%s: the companies' Global Compact gets no tags: %s", (_lang, text) => {
    expect(relevant(text)).toBe(false);
    expect(tag(text).tags).toEqual([]);
  });
});
