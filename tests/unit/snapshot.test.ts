// The compiled lexicon snapshot must say exactly what the lexicon texts say.
import { describe, expect, it } from "vitest";
import { buildEngine, bundleHash, engineFromSnapshot, snapshotOf } from "../../shared/tagger/compile";
import { score } from "../../shared/tagger/score";
import { DEFAULT_BUNDLE } from "../../shared/taxonomy/lexicon";
import { LEXICON_SNAPSHOT } from "../../shared/taxonomy/lexicon/compiled.generated";

const samples = [
  "Law No. 12 of 2019 on the return and reintegration of migrants to Moldova.",
  "Стратегия миграционной политики Кыргызской Республики: трудовые мигранты и денежные переводы.",
  "والهجرة غير النظامية وحماية حقوق المهاجرين واللاجئين في المملكة المغربية",
  "Bird migration and the database migration were both delayed.",
];

describe("lexicon snapshot", () => {
  it("is up to date with the lexicon texts (run `npm run lexicon` after editing a lexicon)", () => {
    expect(LEXICON_SNAPSHOT.hash).toBe(bundleHash(DEFAULT_BUNDLE));
  });

  it("tags exactly as an engine compiled from the texts", () => {
    const fromTexts = buildEngine(DEFAULT_BUNDLE);
    const fromSnap = engineFromSnapshot(snapshotOf(fromTexts, "x"), DEFAULT_BUNDLE.linksFrom);
    expect(fromSnap.terms).toEqual(fromTexts.terms);
    for (const text of samples) {
      const a = score(text, fromTexts.matcher.scan(text), fromTexts, {});
      const b = score(text, fromSnap.matcher.scan(text), fromSnap, {});
      expect(b).toEqual(a);
    }
  });

  it("changes its hash when any lexicon text changes", () => {
    const changed = { ...DEFAULT_BUNDLE, weak: { ...DEFAULT_BUNDLE.weak, en: `${DEFAULT_BUNDLE.weak.en ?? ""}; extra` } };
    expect(bundleHash(changed)).not.toBe(bundleHash(DEFAULT_BUNDLE));
  });
});
