// Two objectives of the Global Compact named together ("Objectives 19 and 20 of the Global
// Compact") are a reference to each (shared/tagger/compile.ts, GCM_REF_PAIR_PHRASES); before,
// only singular references were read. As in the singular, the compact must be named: a plan's
// own "objectives 2 and 3" are not GCM objectives. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { tag } from "../../shared/tagger/index";

const gcm = (text: string): string[] =>
  tag(text)
    .tags.filter((t) => t.facet === "gcm")
    .map((t) => t.id)
    .sort();

describe("plural references to GCM objectives", () => {
  const CASES: [string, string[]][] = [
    ["Objectives 19 and 20 of the Global Compact guide the diaspora plan.", ["gcm-19", "gcm-20"]],
    ["The plan addresses GCM objectives 5 and 6.", ["gcm-5", "gcm-6"]],
    ["Le plan contribue aux objectifs 19 et 20 du Pacte mondial.", ["gcm-19", "gcm-20"]],
    ["El plan contribuye a los objetivos 19 y 20 del Pacto Mundial.", ["gcm-19", "gcm-20"]],
    ["План способствует достижению целей 10 и 11 Глобального договора.", ["gcm-10", "gcm-11"]],
    ["Planul contribuie la obiectivele 19 și 20 ale Pactului Global.", ["gcm-19", "gcm-20"]],
    ["Plan doprinosi ostvarivanju ciljeva 1 i 23 Globalnog dogovora.", ["gcm-1", "gcm-23"]],
    ["تساهم الخطة في تحقيق الهدفين 19 و20 من الاتفاق العالمي.", ["gcm-19", "gcm-20"]],
  ];
  it.each(CASES)("%s → %j", (text, ids) => {
    expect(gcm(text)).toEqual(ids);
  });

  const NOT_GCM = [
    "The plan addresses objectives 2 and 3 of the national strategy.",
    "Objectives 2 and 3 were met ahead of schedule.",
    "Los objetivos 19 y 20 del plan de desarrollo se cumplieron.",
  ];
  it.each(NOT_GCM)("no GCM objective without the compact: %s", (text) => {
    expect(gcm(text)).toEqual([]);
  });
});
