import { describe, expect, it } from "vitest";
import { CLASS, FOLD, foldString, JOINER, PUNCT, SPACE, STOP, WORD } from "../../shared/tagger/fold";
import { computeFoldTables, foldRuns } from "../../shared/tagger/fold-rules";
import { FOLD_EXPANSIONS, FOLD_RUNS } from "../../shared/tagger/fold-tables.generated";

describe("foldString", () => {
  it("lower-cases and drops accents, precomposed or decomposed", () => {
    expect(foldString("Émigré")).toBe("emigre");
    expect(foldString("E\u0301migre\u0301")).toBe("emigre");
    expect(foldString("MIGRAȚIE şi Ţară")).toBe("migratie si tara");
  });

  it("meets Serbian Cyrillic and Latin on the same letters", () => {
    expect(foldString("Миграције и дознаке")).toBe(foldString("Migracije i doznake"));
    expect(foldString("Љубљана Њиве Џеп Ђорђе")).toBe("ljubljana njive dzep djordje");
    expect(foldString("Đorđević")).toBe("djordjevic");
  });

  it("folds Russian ё onto е and keeps й apart from и", () => {
    expect(foldString("переселённые")).toBe(foldString("переселенные"));
    expect(foldString("й")).not.toBe(foldString("и"));
  });

  it("normalises Arabic letters, harakat, tatweel and digits", () => {
    expect(foldString("الهِجْرَة")).toBe(foldString("الهجره"));
    expect(foldString("أإآ")).toBe("ااا");
    expect(foldString("مـــهاجر")).toBe("مهاجر");
    expect(foldString("٢٠١٨")).toBe("2018");
  });

  it("expands ligatures and drops soft hyphens inside words", () => {
    expect(foldString("ﬁnancial main-d’œuvre")).toBe("financial main-d-oeuvre");
    expect(foldString("migra\u00adtion")).toBe("migration");
  });

  it("classifies separators", () => {
    expect(CLASS["a".charCodeAt(0)]).toBe(WORD);
    expect(CLASS[" ".charCodeAt(0)]).toBe(SPACE);
    expect(CLASS["\u00a0".charCodeAt(0)]).toBe(SPACE);
    expect(CLASS["-".charCodeAt(0)]).toBe(JOINER);
    expect(CLASS["’".charCodeAt(0)]).toBe(JOINER);
    expect(CLASS[".".charCodeAt(0)]).toBe(STOP);
    expect(CLASS["؟".charCodeAt(0)]).toBe(STOP);
    expect(CLASS[",".charCodeAt(0)]).toBe(PUNCT);
  });
});

describe("stored fold tables", () => {
  it("are what fold-rules.ts computes from the Unicode data (run `npm run lexicon` after editing the rules)", () => {
    const tables = computeFoldTables();
    expect(FOLD_RUNS).toEqual(foldRuns(tables));
    expect(new Map(FOLD_EXPANSIONS)).toEqual(tables.expand);
    // And the tables the scanner uses are the expanded runs, char for char.
    expect(CLASS).toEqual(tables.cls);
    expect(FOLD).toEqual(tables.fold);
  });
});
