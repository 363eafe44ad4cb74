// UI labels of the taxonomy: every category is labelled in every UI language.
import { describe, expect, it } from "vitest";
import { CATEGORIES, categoriesOf, labelOf } from "../../shared/taxonomy/categories";
import { LABEL_LANGS } from "../../shared/taxonomy/types";

describe("category labels", () => {
  it("labels every category in en, fr, es and ru", () => {
    expect(CATEGORIES.length).toBeGreaterThan(80);
    for (const c of CATEGORIES) {
      for (const lang of LABEL_LANGS) expect(c.label[lang].trim(), `${c.facet}:${c.id} ${lang}`).not.toBe("");
    }
  });

  it("translates rather than copying the English label", () => {
    let same = 0;
    for (const c of CATEGORIES) for (const lang of ["fr", "es", "ru"] as const) if (c.label[lang] === c.label.en) same++;
    // A few words are spelled alike in two languages; most labels must differ.
    expect(same).toBeLessThan(5);
  });

  it("numbers each GCM objective in every language", () => {
    const gcm = categoriesOf("gcm");
    expect(gcm).toHaveLength(23);
    gcm.forEach((c, i) => {
      const n = i + 1;
      expect(c.id).toBe(`gcm-${n}`);
      expect(c.label.en.startsWith(`GCM ${n}: `)).toBe(true);
      expect(c.label.fr.startsWith(`PMM ${n} : `)).toBe(true);
      expect(c.label.es.startsWith(`PMM ${n}: `)).toBe(true);
      expect(c.label.ru.startsWith(`ГДМ ${n}: `)).toBe(true);
    });
  });

  it("answers labelOf in the wanted language", () => {
    expect(labelOf("theme", "remittances", "es")).toBe("Remesas");
    expect(labelOf("sector", "health", "fr")).toBe("Santé");
    expect(labelOf("instrument", "law", "ru")).toBe("Закон");
  });
});
