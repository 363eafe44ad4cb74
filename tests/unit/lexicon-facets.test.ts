// Self-checks of the facet lexicons other than theme (shared/taxonomy/lexicon/{sector,instrument,
// gcm,sdg,domain,stage}.ts) and of the crosswalks (shared/taxonomy/crosswalk.ts): every contract
// id has a lexicon in the seven required languages, terms parse, no empty or duplicate terms, no
// term counted twice inside a category, every crosswalk endpoint is a real category, the facts of
// the reference are present; and sentences written for this test, in each language, are scored
// with these lexicons to show that sectors, instruments and GCM objectives come out.
import { describe, expect, it } from "vitest";
import { buildEngine, parseTerms } from "../../shared/tagger/compile";
import { score } from "../../shared/tagger/score";
import { categoriesOf, getCategory } from "../../shared/taxonomy/categories";
import { CROSSWALK, linksFrom } from "../../shared/taxonomy/crosswalk";
import { DOMAIN_LEXICON } from "../../shared/taxonomy/lexicon/domain";
import { GCM_LEXICON } from "../../shared/taxonomy/lexicon/gcm";
import { INSTRUMENT_LEXICON } from "../../shared/taxonomy/lexicon/instrument";
import { MIGRATION_ANCHORS } from "../../shared/taxonomy/lexicon/migration";
import { SDG_LEXICON } from "../../shared/taxonomy/lexicon/sdg";
import { SECTOR_LEXICON } from "../../shared/taxonomy/lexicon/sector";
import { STAGE_LEXICON } from "../../shared/taxonomy/lexicon/stage";
import { DEFAULT_BUNDLE } from "../../shared/taxonomy/lexicon";
import type { Facet, FacetLexicon } from "../../shared/taxonomy/types";

const MAJOR = ["en", "fr", "es", "ru", "ro", "sr", "ar"] as const;
const LEXICONS: [Facet, FacetLexicon][] = [
  ["sector", SECTOR_LEXICON],
  ["instrument", INSTRUMENT_LEXICON],
  ["gcm", GCM_LEXICON],
  ["sdg", SDG_LEXICON],
  ["domain", DOMAIN_LEXICON],
  ["stage", STAGE_LEXICON],
];

/** Raw terms of one lexicon text as written (split on ";" and new lines; a line may end with ";"). */
function rawTerms(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split("\n")) {
    const l = line.trim();
    if (!l) continue;
    const parts = l.split(";");
    if (parts[parts.length - 1].trim() === "") parts.pop();
    for (const p of parts) out.push(p.trim());
  }
  return out;
}

type Word = { text: string; stem: boolean };
const forms = (w: string): string[] => (w.length > 3 && w.startsWith("ال") ? [w, w.slice(2)] : [w]);
/** Would one text word be matched by both words? */
function sameWord(a: Word, b: Word): boolean {
  const fa = forms(a.text);
  const fb = forms(b.text);
  return fa.some((x) => fb.some((y) => x === y || (a.stem && y.startsWith(x)) || (b.stem && x.startsWith(y))));
}
const key = (ws: Word[]): string => ws.map((w) => (w.stem ? `${w.text}*` : w.text)).join(" ");

describe("facet lexicons: shape and syntax", () => {
  for (const [facet, lex] of LEXICONS) {
    it(`${facet}: a lexicon for exactly the contract ids, in ${MAJOR.join(", ")}`, () => {
      const ids = categoriesOf(facet).map((c) => c.id);
      expect(ids.length).toBeGreaterThan(0);
      expect(Object.keys(lex).sort()).toEqual([...ids].sort());
      for (const id of ids) {
        for (const lang of MAJOR) {
          const text = lex[id][lang];
          expect(text, `${facet}:${id} has no ${lang}`).toBeTruthy();
          expect(parseTerms(text ?? "").length, `${facet}:${id}:${lang}`).toBeGreaterThanOrEqual(3);
        }
      }
    });

    it(`${facet}: no empty and no duplicate terms per category and language; every term parses`, () => {
      const problems: string[] = [];
      for (const [id, langs] of Object.entries(lex)) {
        for (const [lang, text] of Object.entries(langs)) {
          const seen = new Set<string>();
          for (const t of rawTerms(text ?? "")) {
            if (t === "" || /^[~!]?\s*(\^[\d.]+)?$/.test(t)) {
              problems.push(`${id}:${lang} empty term`);
              continue;
            }
            // Duplicates as the matcher sees them: same folded words and stems.
            const [p] = parseTerms(t);
            const k = `${p.negative ? "!" : ""}${key(p.words)}`;
            if (seen.has(k)) problems.push(`${id}:${lang} duplicate "${t}"`);
            seen.add(k);
          }
          expect(() => parseTerms(text ?? "")).not.toThrow();
        }
      }
      expect(problems).toEqual([]);
    });

    it(`${facet}: no two terms of one category match the same words (no double counting)`, () => {
      const out: string[] = [];
      for (const [id, langs] of Object.entries(lex)) {
        const ps = Object.entries(langs).flatMap(([lang, text]) => parseTerms(text ?? "").map((p) => ({ lang, source: p.source, words: p.words })));
        for (let i = 0; i < ps.length; i++) {
          for (let j = i + 1; j < ps.length; j++) {
            const a = ps[i];
            const b = ps[j];
            // The compiler merges identical patterns of one category into one term.
            if (key(a.words) === key(b.words) && a.lang !== b.lang) continue;
            if (a.words.length !== b.words.length || !a.words.every((w, k) => sameWord(w, b.words[k]))) continue;
            // Known partial overlaps (neither covers the other): only some forms count twice.
            const covers = (x: Word[], y: Word[]) => x.every((w, k) => (w.stem ? y[k].text.startsWith(w.text) : !y[k].stem && w.text === y[k].text));
            if (!covers(a.words, b.words) && !covers(b.words, a.words)) continue;
            out.push(`${facet}:${id} [${a.lang}] ${a.source} <> [${b.lang}] ${b.source}`);
          }
        }
      }
      expect(out).toEqual([]);
    });
  }

  it("sector terms never lean on migration words alone (the tagger adds the migration context)", () => {
    // A sector term that is itself a migration anchor would let a sector assert itself.
    const anchorKeys = new Set(parseTerms(Object.values(MIGRATION_ANCHORS).join(";")).map((p) => key(p.words)));
    const clashes: string[] = [];
    for (const [id, langs] of Object.entries(SECTOR_LEXICON))
      for (const text of Object.values(langs)) for (const p of parseTerms(text ?? "")) if (anchorKeys.has(key(p.words))) clashes.push(`${id}: ${p.source}`);
    expect(clashes).toEqual([]);
  });

  it("instrument lexicons mark decisive formulas with ^3 in every language", () => {
    for (const id of ["law", "regulation", "strategy", "action-plan", "agreement"]) {
      for (const lang of MAJOR) {
        const weights = parseTerms(INSTRUMENT_LEXICON[id][lang] ?? "").map((p) => p.weight);
        expect(Math.max(...weights), `${id}:${lang}`).toBe(3);
      }
    }
  });
});

describe("crosswalk", () => {
  it("every endpoint is a real category of its facet, and no link is listed twice", () => {
    const bad = CROSSWALK.filter((l) => !getCategory(l.fromFacet, l.from) || !getCategory(l.toFacet, l.to));
    expect(bad).toEqual([]);
    const keys = CROSSWALK.map((l) => `${l.fromFacet}:${l.from}>${l.toFacet}:${l.to}`);
    expect(new Set(keys).size).toBe(keys.length);
    const kinds = new Set(CROSSWALK.map((l) => `${l.fromFacet}>${l.toFacet}`));
    expect([...kinds].sort()).toEqual(["gcm>domain", "gcm>sdg", "theme>domain", "theme>gcm", "theme>sdg"]);
  });

  it("every GCM objective links to SDG 10.7 as a fact", () => {
    for (let n = 1; n <= 23; n++) {
      const l = linksFrom("gcm", `gcm-${n}`, "sdg").find((x) => x.to === "sdg-10.7");
      expect(l?.strength, `gcm-${n}`).toBe("fact");
    }
  });

  it("holds the framework facts of the reference list", () => {
    const fact = (f: string, id: string, tf: string, to: string) => linksFrom(f, id, tf).some((l) => l.to === to && l.strength === "fact");
    expect(fact("theme", "remittances", "gcm", "gcm-20")).toBe(true);
    expect(fact("gcm", "gcm-20", "sdg", "sdg-10.c")).toBe(true);
    expect(fact("gcm", "gcm-20", "sdg", "sdg-17.3")).toBe(true);
    expect(fact("theme", "trafficking-smuggling", "gcm", "gcm-10")).toBe(true);
    // The theme merges trafficking and smuggling: GCM 9 is linked, as editorial (most texts are trafficking).
    expect(linksFrom("theme", "trafficking-smuggling", "gcm").map((l) => l.to)).toContain("gcm-9");
    for (const s of ["sdg-8.7", "sdg-5.2", "sdg-16.2"]) expect(fact("gcm", "gcm-10", "sdg", s)).toBe(true);
    expect(fact("theme", "migration-data-evidence", "gcm", "gcm-1")).toBe(true);
    expect(fact("gcm", "gcm-1", "sdg", "sdg-17.18")).toBe(true);
    expect(fact("theme", "labour-migration", "gcm", "gcm-6")).toBe(true);
    expect(fact("gcm", "gcm-6", "sdg", "sdg-8.8")).toBe(true);
    expect(fact("theme", "return-reintegration", "gcm", "gcm-21")).toBe(true);
    expect(fact("theme", "diaspora", "gcm", "gcm-19")).toBe(true);
    expect(fact("theme", "skills-education-mobility", "gcm", "gcm-18")).toBe(true);
    expect(fact("theme", "irregular-migration-border", "gcm", "gcm-11")).toBe(true);
    expect(fact("gcm", "gcm-4", "sdg", "sdg-16.9")).toBe(true);
    expect(fact("theme", "international-cooperation", "gcm", "gcm-23")).toBe(true);
    // Refugees and IDPs are outside the GCM: no objective by default.
    expect(linksFrom("theme", "forced-displacement-asylum", "gcm")).toEqual([]);
    expect(linksFrom("theme", "no-such-theme", "gcm")).toEqual([]);
  });

  it("every theme and every objective reaches at least one domain", () => {
    for (const c of [...categoriesOf("theme"), ...categoriesOf("gcm")]) expect(linksFrom(c.facet, c.id, "domain").length, c.id).toBeGreaterThan(0);
  });
});

describe("facet lexicons on sentences written for this test", () => {
  // The bundled lexicons, without the country gazetteer, the domain cues and the crosswalks,
  // so each facet is seen on its own terms.
  const engine = buildEngine({ ...DEFAULT_BUNDLE, ambiguous: {}, domainCues: {}, countries: [], linksFrom: () => [] });
  const run = (text: string) => score(text, engine.matcher.scan(text), engine, {});
  const ids = (text: string, facet: string) =>
    run(text)
      .tags.filter((t) => t.facet === facet)
      .map((t) => t.id);

  const SECTOR_CASES: [string, string, string][] = [
    ["en", "Migrant workers and their families shall have access to hospitals, doctors and primary health care.", "health"],
    ["fr", "Les travailleurs migrants ont accès aux soins de santé et à l'assurance maladie.", "health"],
    ["es", "Los migrantes retornados tendrán acceso al servicio público de empleo y al mercado laboral.", "employment"],
    ["ru", "Трудовые мигранты имеют право на медицинскую помощь в больницах.", "health"],
    ["ro", "Copiii migranților au acces la educație și la școală.", "education"],
    ["sr", "Deca migranata imaju pravo na obrazovanje u školi.", "education"],
    ["sr", "Деца миграната имају право на образовање у школи.", "education"],
    ["ar", "يحق للعمال المهاجرين الاستفادة من الضمان الاجتماعي والتغطية الصحية.", "social-protection"],
    ["en", "Women migrant workers face gender-based violence; gender equality must guide labour migration policy.", "gender"],
    ["fr", "Les mineurs non accompagnés parmi les migrants bénéficient de la protection de l'enfance.", "youth-children"],
    ["es", "Los consulados y embajadas brindan asistencia a los migrantes en el exterior.", "foreign-affairs"],
    ["ru", "Перепись населения и обследования домохозяйств позволяют оценить масштаб трудовой миграции.", "statistics"],
    ["en", "The police and public prosecutors investigate the smuggling of migrants; courts impose penalties.", "justice-security"],
    ["ro", "Migranții reveniți investesc remitențele în întreprinderi mici și mijlocii și în afaceri.", "finance-economy"],
    ["en", "Climate change, drought and floods drive displacement and migration from rural areas.", "environment-climate-disaster"],
    ["fr", "La migration interne vers les villes pèse sur les collectivités territoriales et le logement.", "urban-local"],
    ["es", "La migración laboral afecta a la agricultura y al desarrollo rural.", "agriculture-rural"],
  ];
  for (const [lang, text, want] of SECTOR_CASES) {
    it(`[${lang}] sector ${want}: ${text.slice(0, 50)}…`, () => {
      expect(ids(text, "sector")).toContain(want);
    });
  }

  // One passage per sector, written for this test and translated into the seven languages.
  const SECTOR_TRANSLATED: Record<string, Record<string, string>> = {
    health: {
      en: "Migrant workers and their families have the right to medical care in public hospitals on equal terms with nationals.",
      fr: "Les travailleurs migrants et leurs familles ont droit aux soins médicaux dans les hôpitaux publics dans les mêmes conditions que les nationaux.",
      es: "Los trabajadores migrantes y sus familias tienen derecho a la atención médica en los hospitales públicos en igualdad de condiciones con los nacionales.",
      ru: "Трудящиеся-мигранты и члены их семей имеют право на медицинскую помощь в государственных больницах наравне с гражданами.",
      ro: "Lucrătorii migranți și familiile lor au dreptul la asistență medicală în spitalele publice în aceleași condiții ca cetățenii.",
      sr: "Radnici migranti i članovi njihovih porodica imaju pravo na zdravstvenu zaštitu u javnim bolnicama pod istim uslovima kao državljani.",
      ar: "يحق للعمال المهاجرين وأسرهم الحصول على الرعاية الطبية في المستشفيات العمومية على قدم المساواة مع المواطنين.",
    },
    "youth-children": {
      en: "Children of migrants and unaccompanied minors are enrolled in schools and receive psychosocial support.",
      fr: "Les enfants de migrants et les mineurs non accompagnés sont inscrits à l'école et reçoivent un soutien psychosocial.",
      es: "Los niños migrantes y los menores no acompañados se matriculan en las escuelas y reciben apoyo psicosocial.",
      ru: "Дети мигрантов и несопровождаемые несовершеннолетние зачисляются в школы и получают психосоциальную поддержку.",
      ro: "Copiii migranților și minorii neînsoțiți sunt înscriși la școală și primesc sprijin psihosocial.",
      sr: "Deca migranata i maloletnici bez pratnje upisuju se u škole i dobijaju psihosocijalnu podršku.",
      ar: "يتم تسجيل أطفال المهاجرين والقاصرين غير المصحوبين في المدارس ويتلقون الدعم النفسي.",
    },
    employment: {
      en: "Returning migrants are registered with the public employment service, which helps them find jobs on the labour market.",
      fr: "Les migrants de retour s'inscrivent au service public de l'emploi qui les aide à trouver un emploi sur le marché du travail.",
      es: "Los migrantes retornados se inscriben en el servicio público de empleo, que les ayuda a encontrar empleo en el mercado laboral.",
      ru: "Вернувшиеся мигранты регистрируются в службе занятости, которая помогает им найти работу на рынке труда.",
      ro: "Migranții reveniți se înregistrează la agenția de ocupare a forței de muncă, care îi ajută să găsească un loc de muncă pe piața muncii.",
      sr: "Povratnici migranti prijavljuju se Nacionalnoj službi za zapošljavanje koja im pomaže da nađu posao na tržištu rada.",
      ar: "يسجل المهاجرون العائدون لدى الوكالة الوطنية للتشغيل التي تساعدهم على إيجاد عمل في سوق الشغل.",
    },
  };
  for (const [want, langs] of Object.entries(SECTOR_TRANSLATED)) {
    it(`sector ${want} in every language (same passage translated)`, () => {
      const missing = Object.entries(langs)
        .filter(([, text]) => !ids(text, "sector").includes(want))
        .map(([lang]) => lang);
      expect(missing).toEqual([]);
    });
  }

  it("a sector needs migration near it: the same sector words alone give no sector", () => {
    expect(run("Hospitals, doctors and nurses improved primary health care in rural areas.").tags).toEqual([]);
    expect(run("The labour market and the public employment service need reform.").tags).toEqual([]);
  });

  const INSTRUMENT_CASES: [string, string, string][] = [
    ["en", "Law No. 15 of 2013 on Overseas Employment and Migrants. Migrant workers shall register.", "law"],
    ["fr", "Loi n° 02-03 relative à l'entrée et au séjour des étrangers, à l'émigration et l'immigration irrégulières.", "law"],
    ["es", "Ley Orgánica de Movilidad Humana. Las personas migrantes tienen derecho a la movilidad humana.", "law"],
    ["ru", "Федеральный закон о правовом положении иностранных граждан и трудовых мигрантов.", "law"],
    ["ro", "Hotărârea Guvernului nr. 1 privind procedura de angajare a lucrătorilor migranți.", "regulation"],
    ["sr", "Uredba o utvrđivanju programa za prihvat migranata i tražilaca azila.", "regulation"],
    ["ar", "مرسوم رقم 12 يتعلق بتنظيم تشغيل العمال المهاجرين.", "regulation"],
    ["fr", "Stratégie nationale d'immigration et d'asile : les migrants et réfugiés au Maroc.", "strategy"],
    ["sr", "Strategija o ekonomskim migracijama Republike Srbije: radna migracija i povratak migranata.", "strategy"],
    ["ro", "Planul de acțiuni pentru implementarea Strategiei naționale în domeniul migrației și azilului.", "action-plan"],
    ["es", "Plan de acción para la atención de personas migrantes retornadas.", "action-plan"],
    ["en", "Memorandum of Understanding between the two Governments on the recruitment of migrant workers.", "agreement"],
    ["en", "We commit to cooperate in facilitating the return of migrants and their sustainable reintegration.", "agreement"],
    ["ru", "Миграционный профиль Кыргызской Республики: настоящий доклад описывает трудовую миграцию.", "report-profile"],
  ];
  for (const [lang, text, want] of INSTRUMENT_CASES) {
    it(`[${lang}] instrument ${want}: ${text.slice(0, 50)}…`, () => {
      expect(run(text).instrument).toBe(want);
    });
  }

  const GCM_CASES: [string, string, string][] = [
    ["en", "Search and rescue operations save lives of migrants at sea; families of missing migrants are informed.", "gcm-8"],
    ["es", "Se promoverán alternativas a la detención de migrantes; la detención migratoria será el último recurso.", "gcm-13"],
    ["fr", "Les migrants reçoivent des documents d'identité et un enregistrement des naissances pour leurs enfants.", "gcm-4"],
    ["ru", "Соглашения о социальном обеспечении обеспечивают экспорт пенсий трудовых мигрантов.", "gcm-22"],
    ["ro", "Campaniile de informare și informarea înainte de plecare reduc riscurile migrației ilegale.", "gcm-3"],
    ["sr", "Nestali migranti i identifikacija posmrtnih ostataka migranata zahtevaju saradnju.", "gcm-8"],
    ["ar", "يجب ضمان الهوية القانونية للمهاجرين وتسجيل المواليد.", "gcm-4"],
  ];
  for (const [lang, text, want] of GCM_CASES) {
    it(`[${lang}] ${want}: ${text.slice(0, 50)}…`, () => {
      expect(ids(text, "gcm")).toContain(want);
    });
  }

  // One passage per objective, written for this test and translated into the seven languages:
  // every translation must get the same objective.
  const TRANSLATED: Record<string, Record<string, string>> = {
    "gcm-6": {
      en: "Recruitment agencies may not charge recruitment fees to migrant workers; labour inspections will check their contracts.",
      fr: "Les agences de recrutement ne peuvent pas facturer de frais de recrutement aux travailleurs migrants ; l'inspection du travail contrôlera leurs contrats.",
      es: "Las agencias de colocación no podrán cobrar comisiones de contratación a los trabajadores migrantes; la inspección del trabajo revisará sus contratos.",
      ru: "Частные агентства занятости не вправе взимать плату за трудоустройство с трудовых мигрантов; инспекция труда проверит их трудовые договоры.",
      ro: "Agențiile private de ocupare nu pot percepe taxe de recrutare de la lucrătorii migranți; inspecția muncii le va verifica contractele.",
      sr: "Agencije za zapošljavanje ne smeju naplaćivati naknade za zapošljavanje od radnika migranata; inspekcija rada proveriće njihove ugovore o radu.",
      ar: "لا يجوز لوكالات التوظيف تحصيل رسوم الاستقدام من العمال المهاجرين، وتراقب مفتشية الشغل عقودهم.",
    },
    "gcm-8": {
      en: "Search and rescue at sea saves the lives of migrants; the remains of dead migrants are identified and their families informed.",
      fr: "Le sauvetage en mer permet de sauver des vies de migrants ; les dépouilles des migrants décédés sont identifiées et les familles informées.",
      es: "El rescate en el mar salva vidas de migrantes; los restos de los migrantes fallecidos se identifican y se informa a sus familias.",
      ru: "Поисково-спасательные операции на море спасают жизни мигрантов; останки погибших мигрантов опознаются, а их семьи информируются.",
      ro: "Operațiunile de căutare și salvare pe mare salvează viețile migranților; rămășițele migranților decedați sunt identificate.",
      sr: "Traganje i spasavanje na moru spasava živote migranata; posmrtni ostaci preminulih migranata se identifikuju.",
      ar: "تنقذ عمليات البحث والإنقاذ في البحر أرواح المهاجرين، ويتم التعرف على رفات المهاجرين المتوفين وإبلاغ أسرهم.",
    },
    "gcm-13": {
      en: "Immigration detention of migrants shall be used only as a last resort, and alternatives to detention shall be applied to children.",
      fr: "La rétention administrative des migrants n'est utilisée qu'en dernier ressort et des alternatives à la rétention sont appliquées aux enfants.",
      es: "La detención migratoria solo se utilizará como último recurso y se aplicarán alternativas a la detención para los niños migrantes.",
      ru: "Содержание мигрантов под стражей применяется лишь как крайняя мера, а к детям применяются альтернативы задержанию.",
      ro: "Luarea în custodie publică a migranților se aplică doar ca ultimă instanță, iar pentru copii se aplică alternative la detenție.",
      sr: "Zadržavanje stranaca koristi se samo kao krajnja mera, a za decu migrante primenjuju se alternative pritvoru.",
      ar: "لا يُلجأ إلى احتجاز المهاجرين إلا كملاذ أخير، وتطبق بدائل الاحتجاز على الأطفال.",
    },
    "gcm-14": {
      en: "Consulates provide consular protection and assistance to our migrant workers abroad throughout the migration cycle.",
      fr: "Les consulats assurent la protection consulaire et l'assistance consulaire aux travailleurs migrants à l'étranger.",
      es: "Los consulados brindan protección consular y asistencia consular a los trabajadores migrantes en el exterior.",
      ru: "Консульства обеспечивают консульскую защиту и консульскую помощь трудовым мигрантам за рубежом.",
      ro: "Consulatele asigură protecția consulară și asistența consulară lucrătorilor migranți aflați peste hotare.",
      sr: "Konzulati pružaju konzularnu zaštitu i konzularnu pomoć radnicima migrantima u inostranstvu.",
      ar: "توفر القنصليات الحماية القنصلية والمساعدة القنصلية للعمال المهاجرين في الخارج.",
    },
    "gcm-22": {
      en: "Social security agreements ensure the portability of pensions and earned benefits of migrant workers.",
      fr: "Les conventions de sécurité sociale garantissent la portabilité des pensions et des droits acquis des travailleurs migrants.",
      es: "Los convenios de seguridad social garantizan la portabilidad de las pensiones y prestaciones adquiridas de los trabajadores migrantes.",
      ru: "Соглашения о социальном обеспечении гарантируют экспорт пенсий и переносимость пенсионных прав трудовых мигрантов.",
      ro: "Acordurile în domeniul securității sociale asigură portabilitatea drepturilor de pensie ale lucrătorilor migranți.",
      sr: "Sporazumi o socijalnom osiguranju obezbeđuju prenosivost prava na penziju radnika migranata.",
      ar: "تضمن اتفاقيات الضمان الاجتماعي قابلية نقل المعاشات والحقوق المكتسبة للعمال المهاجرين.",
    },
    "gcm-18": {
      en: "Returning migrants can have their qualifications recognised through mutual recognition of skills and a national qualifications framework.",
      fr: "Les migrants de retour peuvent faire valider leurs acquis grâce à la reconnaissance des qualifications et au cadre national des certifications.",
      es: "Los migrantes retornados pueden obtener el reconocimiento de competencias y la certificación de competencias laborales.",
      ru: "Вернувшиеся мигранты могут получить признание квалификаций и подтверждение квалификации.",
      ro: "Migranții reveniți pot obține recunoașterea calificărilor și validarea competențelor dobândite peste hotare.",
      sr: "Povratnici mogu dobiti priznavanje kvalifikacija i sertifikaciju veština stečenih u inostranstvu.",
      ar: "يمكن للمهاجرين العائدين الحصول على الاعتراف بالمؤهلات والمصادقة على المكتسبات المهنية.",
    },
    "gcm-3": {
      en: "Information campaigns and pre-departure orientation inform potential migrants about the risks of irregular migration.",
      fr: "Des campagnes d'information et une orientation préalable au départ informent les candidats à la migration sur les risques de la migration irrégulière.",
      es: "Las campañas informativas y la orientación previa a la partida informan a los migrantes sobre los riesgos de la migración irregular.",
      ru: "Информационные кампании и предвыездная подготовка информируют мигрантов о рисках незаконной миграции.",
      ro: "Campaniile de informare și orientarea înainte de plecare informează migranții despre riscurile migrației ilegale.",
      sr: "Informativne kampanje i informisanje pre odlaska upoznaju migrante sa rizicima iregularne migracije.",
      ar: "تعرّف حملات التوعية والتوجيه قبل المغادرة المهاجرين بمخاطر الهجرة غير النظامية.",
    },
    "gcm-15": {
      en: "All migrants, regardless of their migration status, have access to basic services, including health care and education.",
      fr: "Tous les migrants, quel que soit leur statut migratoire, ont accès aux services de base, notamment aux soins de santé et à l'éducation.",
      es: "Todos los migrantes, independientemente de su condición migratoria, tienen acceso a los servicios básicos, incluida la salud y la educación.",
      ru: "Все мигранты независимо от миграционного статуса имеют доступ к базовым услугам, включая медицинскую помощь и образование.",
      ro: "Toți migranții, indiferent de statutul migrațional, au acces la serviciile de bază, inclusiv la asistență medicală și educație.",
      sr: "Svi migranti, bez obzira na migracioni status, imaju pristup osnovnim uslugama, uključujući zdravstvenu zaštitu i obrazovanje.",
      ar: "يحق لجميع المهاجرين، بغض النظر عن وضعهم، الولوج إلى الخدمات الأساسية بما فيها الرعاية الصحية والتعليم.",
    },
    "gcm-17": {
      en: "We counter xenophobia, racism and hate speech against migrants and promote an evidence-based public discourse on migration.",
      fr: "Nous luttons contre la xénophobie, le racisme et les discours de haine à l'égard des migrants et promouvons un débat public fondé sur les faits.",
      es: "Combatimos la xenofobia, el racismo y el discurso de odio contra los migrantes y promovemos un discurso público con base empírica.",
      ru: "Мы противодействуем ксенофобии, расизму и языку вражды в отношении мигрантов и формируем объективное восприятие миграции.",
      ro: "Combatem xenofobia, rasismul și discursul instigator la ură împotriva migranților și promovăm o percepție corectă a migrației.",
      sr: "Suzbijamo ksenofobiju, rasizam i govor mržnje prema migrantima i podstičemo objektivnu javnu percepciju migracija.",
      ar: "نكافح كراهية الأجانب والعنصرية وخطاب الكراهية ضد المهاجرين ونعزز خطابا عاما قائما على الحقائق.",
    },
    "gcm-12": {
      en: "On arrival, migrants undergo screening and an individual assessment and are then referred through referral mechanisms.",
      fr: "À leur arrivée, les migrants font l'objet d'un filtrage et d'une évaluation individuelle, puis sont orientés grâce aux mécanismes d'orientation.",
      es: "A su llegada, los migrantes son objeto de verificación de antecedentes y evaluación individual y se los deriva mediante mecanismos de derivación.",
      ru: "По прибытии мигранты проходят скрининг и индивидуальную оценку, после чего через механизмы перенаправления направляются к услугам.",
      ro: "La sosire, migranții trec prin triere și evaluare individuală și sunt direcționați prin mecanismul de referire.",
      sr: "Po dolasku migranti prolaze individualnu procenu i upućuju se putem mehanizma upućivanja u prihvatne centre.",
      ar: "عند الوصول يخضع المهاجرون للفرز والتقييم الفردي ثم يحالون عبر آليات الإحالة.",
    },
    "gcm-1": {
      en: "The migration observatory collects disaggregated data and publishes reliable migration statistics.",
      fr: "L'observatoire national de la migration collecte des données ventilées et publie des statistiques migratoires fiables.",
      es: "El observatorio de la movilidad humana recopila datos desglosados y publica estadísticas migratorias fiables.",
      ru: "Государственная служба миграции собирает дезагрегированные данные и публикует миграционную статистику.",
      ro: "Biroul Migrație și Azil colectează date dezagregate și publică statistici privind migrația.",
      sr: "Komesarijat za izbeglice i migracije prikuplja razvrstane podatke i objavljuje statistiku migracija.",
      ar: "يجمع المرصد الوطني للهجرة بيانات مصنفة وينشر إحصاءات الهجرة.",
    },
    "gcm-20": {
      en: "We will reduce the cost of remittances of migrants and foster financial inclusion of migrants and their families.",
      fr: "Nous réduirons les coûts des envois de fonds des migrants et favoriserons l'inclusion financière des migrants et de leurs familles.",
      es: "Reduciremos el costo de las remesas de los migrantes y fomentaremos la inclusión financiera de los migrantes y sus familias.",
      ru: "Мы снизим стоимость денежных переводов мигрантов и расширим финансовую доступность для мигрантов и их семей.",
      ro: "Vom reduce costul remitențelor migranților și vom promova incluziunea financiară a migranților și a familiilor lor.",
      sr: "Smanjićemo troškove doznaka migranata i podstaći finansijsku inkluziju migranata i njihovih porodica.",
      ar: "سنخفض تكلفة التحويلات المالية للمهاجرين ونعزز الشمول المالي للمهاجرين وأسرهم.",
    },
  };
  for (const [want, langs] of Object.entries(TRANSLATED)) {
    it(`${want} in every language (same passage translated)`, () => {
      const missing = Object.entries(langs)
        .filter(([, text]) => !ids(text, "gcm").includes(want))
        .map(([lang]) => lang);
      expect(missing).toEqual([]);
      expect(Object.keys(langs).sort()).toEqual([...MAJOR].sort());
    });
  }

  it("SDG, domain and stage cues come out on migration text", () => {
    expect(ids("Reducing remittance costs and the transaction costs of migrant remittances below 3 per cent is a priority.", "sdg")).toContain("sdg-10.c");
    expect(ids("Migration data disaggregated by migratory status will be published by the statistical office.", "sdg")).toContain("sdg-17.18");
    expect(ids("The inter-ministerial working group on migration meets quarterly and a national coordination mechanism was set up.", "stage")).toContain("coordination-mechanism");
    expect(ids("Capacity building and training of officials on labour migration and migrant rights will be provided.", "stage")).toContain("capacity-building");
    expect(ids("Migrants have equal access to services regardless of migration status.", "domain")).toContain("migrant-rights");
  });
});
