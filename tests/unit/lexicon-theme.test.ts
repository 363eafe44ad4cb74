// Self-checks of the relevance lexicons (shared/taxonomy/lexicon/migration.ts) and the theme
// lexicons (shared/taxonomy/lexicon/theme.ts): shape, syntax, no term counted twice, and a few
// sentences written for this test in each language, scored with these lexicons alone.
import { describe, expect, it } from "vitest";
import { THEMES } from "../../shared/taxonomy/categories";
import { CUE_SETS } from "../../shared/taxonomy/lexicon/cues";
import { MIGRATION_ANCHORS, MIGRATION_NEGATIVES, MIGRATION_WEAK } from "../../shared/taxonomy/lexicon/migration";
import { THEME_LEXICON } from "../../shared/taxonomy/lexicon/theme";
import type { LexiconText } from "../../shared/taxonomy/types";
import { buildEngine, parseTerms } from "../../shared/tagger/compile";
import { score, THRESHOLDS } from "../../shared/tagger/score";

const MAJOR = ["en", "fr", "es", "ru", "ro", "sr", "ar"] as const;

/** Raw terms of one lexicon text, exactly as written (split on ";" and new lines). */
function rawTerms(text: string): { term: string; empty: boolean }[] {
  const out: { term: string; empty: boolean }[] = [];
  for (const line of text.split("\n")) {
    const l = line.trim();
    if (!l) continue;
    const parts = l.split(";");
    if (parts[parts.length - 1].trim() === "") parts.pop(); // a line may end with ";"
    for (const p of parts) out.push({ term: p.trim(), empty: p.trim() === "" });
  }
  return out;
}

/** The term without its marks (~, !, ^w), lower-cased: what a duplicate looks like to a reader. */
const bare = (t: string): string =>
  t.replace(/^[~!]\s*/, "").replace(/\^\d+(\.\d+)?$/, "").trim().toLowerCase();

type Word = { text: string; stem: boolean };
/** Folded words of each term, as the tagger's compiler sees them. */
function patterns(lex: LexiconText): { lang: string; source: string; words: Word[]; needs: string }[] {
  return Object.entries(lex).flatMap(([lang, text]) =>
    parseTerms(text ?? "").map((p) => ({ lang, source: p.source, words: p.words, needs: p.needs })),
  );
}
/** Arabic words written with the article also match without it. */
const forms = (w: string): string[] => (w.length > 3 && w.startsWith("ال") ? [w, w.slice(2)] : [w]);
/** Would one text word be matched by both words (equal, or one a stem of the other)? */
function sameWord(a: Word, b: Word): boolean {
  // The ال-alias of a word exists only when the bare word is not a key itself; two stems (or two
  // exact words) listed in both forms therefore never match the same text word.
  const fa = a.stem !== b.stem ? forms(a.text) : [a.text];
  const fb = a.stem !== b.stem ? forms(b.text) : [b.text];
  return fa.some((x) => fb.some((y) => x === y || (a.stem && y.startsWith(x)) || (b.stem && x.startsWith(y))));
}
/** Do two terms' cue-set needs exclude each other (one needs set x, the other its absence `!x`)?
 *  Then no sentence counts both (round 32 writes flight terms `&!soon` and `&soon&!homeagain`). */
function exclusive(a: string, b: string): boolean {
  const pa = a.split("&");
  const pb = new Set(b.split("&"));
  return pa.some((x) => (x.startsWith("!") ? pb.has(x.slice(1)) : pb.has(`!${x}`)));
}
/** Pairs of terms of one lexicon that match the same words of a text: the text would count twice. */
function overlaps(lex: LexiconText): string[] {
  const ps = patterns(lex);
  const out: string[] = [];
  for (let i = 0; i < ps.length; i++) {
    for (let j = i + 1; j < ps.length; j++) {
      const a = ps[i];
      const b = ps[j];
      if (exclusive(a.needs, b.needs)) continue;
      if (a.words.length === b.words.length && a.words.every((w, k) => sameWord(w, b.words[k]))) {
        out.push(`[${a.lang}] ${a.source} <> [${b.lang}] ${b.source}`);
      }
    }
  }
  return out;
}

describe("theme lexicons: shape", () => {
  it("has a lexicon for every theme id of the taxonomy and for nothing else", () => {
    const ids = THEMES.map((c) => c.id).sort();
    expect(Object.keys(THEME_LEXICON).sort()).toEqual(ids);
  });

  it.each(THEMES.map((c) => c.id))("%s has terms in en, fr, es, ru, ro, sr and ar", (id) => {
    const lex = THEME_LEXICON[id];
    for (const lang of MAJOR) {
      const terms = rawTerms(lex[lang] ?? "").filter((t) => !t.empty);
      expect(terms.length, `${id}/${lang}`).toBeGreaterThanOrEqual(12);
    }
  });

  it("has no empty and no duplicate terms within a category and language", () => {
    const problems: string[] = [];
    for (const [id, lex] of Object.entries(THEME_LEXICON)) {
      for (const [lang, text] of Object.entries(lex)) {
        const seen = new Set<string>();
        for (const t of rawTerms(text ?? "")) {
          if (t.empty) problems.push(`${id}/${lang}: empty term`);
          const key = bare(t.term);
          if (seen.has(key)) problems.push(`${id}/${lang}: duplicate "${t.term}"`);
          seen.add(key);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("parses with the tagger's compiler (no malformed term, no stem under 3 letters)", () => {
    for (const lex of Object.values(THEME_LEXICON)) {
      for (const text of Object.values(lex)) expect(() => parseTerms(text ?? "")).not.toThrow();
    }
  });

  it("never counts one text word twice for a category (same folded term or a stem covering another)", () => {
    const problems = Object.entries(THEME_LEXICON).flatMap(([id, lex]) => overlaps(lex).map((o) => `${id}: ${o}`));
    expect(problems).toEqual([]);
  });

  it("marks look-alikes (!) only in themes, and keeps weights sparing", () => {
    let decisive = 0;
    for (const lex of Object.values(THEME_LEXICON)) {
      for (const text of Object.values(lex)) {
        for (const p of parseTerms(text ?? "")) {
          if (p.weight > 2.5) decisive++;
          expect(p.context && p.negative).toBe(false);
        }
      }
    }
    expect(decisive).toBeLessThanOrEqual(16);
  });
});

describe("relevance lexicons: shape", () => {
  const all = { MIGRATION_ANCHORS, MIGRATION_WEAK, MIGRATION_NEGATIVES };

  it.each(Object.entries(all))("%s covers en, fr, es, ru, ro, sr and ar, with no empty or duplicate term", (_name, lex) => {
    for (const lang of MAJOR) {
      const terms = rawTerms(lex[lang] ?? "");
      expect(terms.length, lang).toBeGreaterThanOrEqual(20);
      expect(terms.filter((t) => t.empty)).toEqual([]);
      const keys = terms.map((t) => bare(t.term));
      expect(new Set(keys).size, lang).toBe(keys.length);
    }
    for (const text of Object.values(lex)) {
      for (const p of parseTerms(text ?? "")) expect(p.context || p.negative, p.source).toBe(false);
    }
  });

  it.each(Object.entries(all))("%s never counts one text word twice", (_name, lex) => {
    expect(overlaps(lex)).toEqual([]);
  });

  it("has no term that is both an anchor and a weak cue, or an anchor and a negative", () => {
    const key = (w: Word[]) => w.map((x) => x.text + (x.stem ? "*" : "")).join(" ");
    // An anchor that needs a cue set ("diaspor*&development") is another term than the same
    // words as an unconditional weak cue: it anchors only beside the cue.
    const anchors = new Set(patterns(MIGRATION_ANCHORS).filter((p) => !p.needs).map((p) => key(p.words)));
    const clash = [...patterns(MIGRATION_WEAK), ...patterns(MIGRATION_NEGATIVES)].filter((p) => anchors.has(key(p.words)));
    expect(clash.map((p) => p.source)).toEqual([]);
  });
});

describe("the lexicons at work (scored with these lexicons only)", () => {
  const engine = buildEngine({
    anchors: MIGRATION_ANCHORS,
    weak: MIGRATION_WEAK,
    negatives: MIGRATION_NEGATIVES,
    ambiguous: {},
    domainCues: {},
    facets: { theme: THEME_LEXICON },
    countries: [],
    cueSets: CUE_SETS,
    linksFrom: () => [],
  });
  const run = (text: string) => score(text, engine.matcher.scan(text), engine, {});
  const themes = (text: string) =>
    run(text)
      .tags.filter((t) => t.facet === "theme")
      .map((t) => t.id);

  const CASES: [string, string, string][] = [
    ["en", "The Law on labour migration regulates the recruitment of migrant workers abroad and the licensing of private employment agencies.", "labour-migration"],
    ["fr", "La loi encadre le recrutement des travailleurs migrants à l'étranger par les agences privées de placement.", "labour-migration"],
    ["ru", "Закон о внешней трудовой миграции регулирует трудоустройство граждан за рубежом и деятельность частных агентств занятости.", "labour-migration"],
    ["ro", "Legea privind migrația de muncă reglementează angajarea cetățenilor în străinătate.", "labour-migration"],
    ["en", "The strategy aims to reduce the cost of sending remittances by migrant workers and to promote the productive use of remittances.", "remittances"],
    ["fr", "Les envois de fonds des Marocains résidant à l'étranger représentent 7 % du PIB; il faut réduire le coût des transferts.", "remittances"],
    ["es", "Las remesas de los migrantes y el costo de envío de remesas deben reducirse.", "remittances"],
    ["ru", "Денежные переводы трудовых мигрантов составляют треть ВВП; необходимо снизить стоимость денежных переводов.", "remittances"],
    ["ro", "Remitențele reprezintă 15% din PIB; programul PARE 1+1 stimulează investirea remitențelor.", "remittances"],
    ["ar", "تشكل تحويلات المهاجرين موردا هاما، ويجب خفض تكاليف التحويل.", "remittances"],
    ["ro", "Biroul Relații cu Diaspora susține asociațiile diasporei și implicarea diasporei în dezvoltarea țării.", "diaspora"],
    ["en", "Returning migrants will receive reintegration assistance under the readmission agreement.", "return-reintegration"],
    ["sr", "Strategija upravljanja migracijama predviđa borbu protiv iregularnih migracija i integrisano upravljanje granicom.", "irregular-migration-border"],
    ["sr", "Стратегија управљања миграцијама предвиђа борбу против ирегуларних миграција и интегрисано управљање границом.", "irregular-migration-border"],
    ["ar", "مكافحة الهجرة غير النظامية وتعزيز مراقبة الحدود.", "irregular-migration-border"],
    ["en", "This Law establishes measures to prevent and combat trafficking in persons and to protect victims of trafficking.", "trafficking-smuggling"],
    ["fr", "La lutte contre la traite des personnes et la protection des victimes de la traite sont renforcées.", "trafficking-smuggling"],
    ["es", "La trata de personas y el tráfico ilícito de migrantes son delitos; se protegerá a las víctimas de trata.", "trafficking-smuggling"],
    ["ru", "Противодействие торговле людьми и защита жертв торговли людьми.", "trafficking-smuggling"],
    ["sr", "Трговина људима и кријумчарење миграната су кривична дела.", "trafficking-smuggling"],
    ["ar", "يعاقب القانون على الاتجار بالبشر ويحمي ضحايا الاتجار.", "trafficking-smuggling"],
    ["es", "Las personas refugiadas y solicitantes de asilo tienen derecho a protección internacional.", "forced-displacement-asylum"],
    ["ru", "Беженцы и лица, ищущие убежища, пользуются международной защитой.", "forced-displacement-asylum"],
    ["ar", "يحق للاجئين وطالبي اللجوء الحصول على الحماية الدولية.", "forced-displacement-asylum"],
    ["en", "Climate change, drought and sea-level rise are driving climate migration and disaster displacement.", "climate-environmental-mobility"],
    ["en", "Rural-urban migration and rapid urbanization put pressure on informal settlements in the capital.", "internal-migration-urbanisation"],
    ["fr", "La Stratégie nationale d'immigration et d'asile vise l'intégration des immigrés et la lutte contre la xénophobie.", "integration-inclusion"],
    ["en", "Consular protection and access to justice for migrant workers abroad shall be guaranteed; the rights of migrants must be respected.", "migrant-rights-protection"],
    ["sr", "Odliv mozgova i odlazak mladih iz zemlje, kao i priznavanje stranih diploma, teme su strategije.", "skills-education-mobility"],
    ["ro", "Copiii rămași fără îngrijire părintească ai căror părinți sunt plecați peste hotare au nevoie de sprijin.", "families-left-behind"],
    ["en", "The migration profile and migration statistics will be updated; data disaggregated by migratory status will be collected.", "migration-data-evidence"],
    ["fr", "L'intégration de la migration dans les stratégies de développement est pilotée par un comité interministériel.", "governance-coordination"],
    ["ru", "Государственная миграционная политика предусматривает межведомственную координацию и учет миграции в стратегиях развития.", "governance-coordination"],
    ["en", "Bilateral labour agreements, the mobility partnership with the EU and the Budapest Process frame cooperation on migration.", "international-cooperation"],
    // Arabic with attached proclitics (لل, و) and nominative plurals; Romanian programme names with "+".
    ["ar", "أحبطت السلطات محاولات للهجرة غير النظامية وفككت شبكات للتهريب.", "irregular-migration-border"],
    ["ar", "استفاد المهاجرون العائدون من برامج إعادة الإدماج الاقتصادي.", "return-reintegration"],
    ["ar", "وقع المغرب اتفاقيات ثنائية في مجال الهجرة مع عدة دول أوروبية.", "international-cooperation"],
    ["ro", "Programul DAR 1+3 sprijină inițiativele de dezvoltare locală ale diasporei.", "diaspora"],
    ["sr", "Republički zavod za statistiku prikuplja podatke o migracijama.", "migration-data-evidence"],
    // Serbian genitive plural "migranata" is not "migrant*"; Russian standard wording for integration.
    ["sr", "Srbija je ratifikovala sporazum sa Nemačkom o zapošljavanju radnika migranata.", "labour-migration"],
    ["ru", "Интеграция и адаптация иностранных граждан, изучение русского языка и основ законодательства.", "integration-inclusion"],
    // Recruitment fees charged to workers are an abuse the rights theme covers, beside labour migration.
    ["en", "Agencies placing migrant workers abroad shall not pass any recruitment fee on to them.", "migrant-rights-protection"],
    ["es", "Ninguna agencia podrá cobrar comisiones de contratación a los trabajadores migrantes.", "migrant-rights-protection"],
    ["ru", "С трудовых мигрантов запрещено взимать плату за трудоустройство.", "migrant-rights-protection"],
    // Safeguards of migrants' rights worded without the word "rights": counsel, torture, violence, complaints.
    ["en", "Detained migrants shall have access to legal counsel and an interpreter.", "migrant-rights-protection"],
    ["es", "Las migrantes que sufren violencia de género recibirán asesoría jurídica y un permiso propio.", "migrant-rights-protection"],
    ["ru", "Ни один мигрант не может быть возвращён в страну, где ему грозят пытки.", "migrant-rights-protection"],
    ["ar", "يحق للعمال المهاجرين تقديم الشكاوى دون خوف من فقدان إقامتهم.", "migrant-rights-protection"],
    // Knowledge and skills carried by diaspora members or returnees, and qualifications earned abroad.
    ["en", "Diaspora professionals will lecture at home universities each summer, so that the transfer of knowledge reaches the country of origin.", "skills-education-mobility"],
    ["fr", "Les membres de la diaspora mettront leurs connaissances et leurs compétences au service des hôpitaux du pays d'origine.", "skills-education-mobility"],
    ["es", "Los migrantes retornados podrán validar los títulos obtenidos en el exterior ante el ministerio.", "skills-education-mobility"],
    ["ru", "Программа поддерживает передачу знаний от членов диаспоры университетам страны происхождения.", "skills-education-mobility"],
    ["sr", "Стручњаци из дијаспоре преносе знање и вештине домаћим факултетима.", "skills-education-mobility"],
    ["ar", "يشجع البرنامج المغتربين على نقل المعارف إلى الجامعات في بلدهم الأصلي.", "skills-education-mobility"],
  ];

  it.each(CASES)("[%s] %s -> %s", (_lang, text, theme) => {
    const r = run(text);
    expect(r.relevance).toBeGreaterThanOrEqual(THRESHOLDS.relevance);
    expect(themes(text)).toContain(theme);
  });

  it("does not read 'integration of migration into plans' (mainstreaming) as integration of migrants", () => {
    expect(themes("L'intégration de la migration dans les stratégies de développement est pilotée par un comité interministériel.")).not.toContain("integration-inclusion");
  });

  const LOOKALIKES = [
    "We migrated the database to the cloud; run the migration script and rollback migration if needed.",
    "Bird migration and fish migration patterns change with temperature; cell migration in tumours was also observed.",
    "Please attach the remittance advice to your payment. Drug trafficking and road traffic accidents increased.",
    "The hospital readmission rate fell; tax return deadlines and return on investment were discussed.",
    "Serbia's European integration and regional economic integration progressed in 2023.",
    "Fair recruitment and decent work for all workers are priorities of the national employment strategy.",
    "La migration des données vers le cloud et les oiseaux migrateurs.",
    "La migración de datos a la nube y el narcotráfico; la primera remesa de vacunas llegó.",
    "Миграция данных на новый сервер и миграция птиц; перевод документов на русский язык.",
    "Migrarea datelor în cloud și migrația păsărilor nu țin de acest domeniu.",
    "Migracija podataka i saobraćajna nesreća; evropske integracije.",
    "ترحيل البيانات إلى الخادم الجديد وهجرة الطيور.",
    "The Armenian diaspora communities in France preserved their literature and language through the twentieth century.",
    "Patients admitted to the psychiatric asylum were later returned to their families; the readmission of patients was reduced.",
    "Human capital development, vocational training and skills development are the pillars of the TVET strategy.",
    "Children without parental care are placed in foster families; child protection services support families.",
    "The national statistics office will conduct a population census and a labour force survey; data collection will be improved.",
    "Regionalni razvoj, evropske integracije i urbana mobilnost; drumski saobraćaj.",
    "Регистрация по месту жительства граждан и урбанизация городов; дорожное движение и транспортные потоки.",
    "The cloud migration strategy and the data migration policy were approved; migration management tools were installed.",
    "Bird migration routes and bird migration trends were studied; cell migration research continues.",
    "The teacher training plan builds the knowledge and skills of school staff and the transfer of knowledge between universities.",
  ];

  it.each(LOOKALIKES)("look-alike is not relevant and gets no theme: %s", (text) => {
    const r = run(text);
    expect(r.relevance).toBeLessThan(THRESHOLDS.relevance);
    expect(r.tags).toEqual([]);
  });
});
