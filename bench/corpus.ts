/**
 * A deterministic mixed-language corpus for the tagger benchmark: policy-like sentences in
 * en, fr, es, ru, ro, sr (Latin and Cyrillic), ar, made of filler words plus lexicon terms at
 * roughly one per 30 words, some documents in NFD (decomposed accents, as PDF text often is).
 */
import type { Engine } from "../shared/tagger/compile";

const FILLER: Record<string, string> = {
  en: "the ministry shall ensure that national institutions develop and implement measures for the period of the plan in cooperation with local authorities and partners while the government reviews progress each year and reports on results budget resources public services access quality development support",
  fr: "le ministère veille à ce que les institutions nationales élaborent et mettent en œuvre des mesures pour la période du plan en coopération avec les autorités locales et les partenaires tandis que le gouvernement examine les progrès chaque année développement accès qualité",
  es: "el ministerio garantizará que las instituciones nacionales desarrollen y apliquen medidas durante el período del plan en cooperación con las autoridades locales y los socios mientras el gobierno revisa los avances cada año desarrollo acceso calidad servicios públicos",
  ru: "министерство обеспечивает чтобы национальные учреждения разрабатывали и осуществляли меры на период плана в сотрудничестве с местными органами власти и партнёрами правительство ежегодно рассматривает ход выполнения развитие доступ качество услуг",
  ro: "ministerul asigură ca instituțiile naționale să elaboreze și să implementeze măsuri pentru perioada planului în cooperare cu autoritățile locale și partenerii guvernul examinează anual progresele dezvoltare acces calitate servicii publice",
  sr: "ministarstvo obezbeđuje da nacionalne institucije izrađuju i sprovode mere za period plana u saradnji sa lokalnim vlastima i partnerima dok vlada svake godine razmatra napredak razvoj pristup kvalitet javne usluge",
  ar: "تضمن الوزارة أن تقوم المؤسسات الوطنية بإعداد وتنفيذ التدابير خلال فترة الخطة بالتعاون مع السلطات المحلية والشركاء وتستعرض الحكومة التقدم المحرز كل عام التنمية الوصول الجودة الخدمات العامة",
};

const STEM_END: Record<string, string[]> = {
  en: ["s", "", "ed"], fr: ["s", "", "e"], es: ["s", "", "es"], ru: ["ов", "ам", "ы", "ия"],
  ro: ["ii", "ilor", "ul", ""], sr: ["a", "e", "ima", ""], ar: ["ين", "ون", ""],
};

const LATIN_TO_CYRILLIC: [string, string][] = [
  ["lj", "љ"], ["nj", "њ"], ["dž", "џ"], ["a", "а"], ["b", "б"], ["v", "в"], ["g", "г"], ["d", "д"],
  ["đ", "ђ"], ["e", "е"], ["ž", "ж"], ["z", "з"], ["i", "и"], ["j", "ј"], ["k", "к"], ["l", "л"],
  ["m", "м"], ["n", "н"], ["o", "о"], ["p", "п"], ["r", "р"], ["s", "с"], ["t", "т"], ["ć", "ћ"],
  ["u", "у"], ["f", "ф"], ["h", "х"], ["c", "ц"], ["č", "ч"], ["š", "ш"],
];

export function toSerbianCyrillic(s: string): string {
  let out = "";
  let i = 0;
  const lower = s.toLowerCase();
  outer: while (i < s.length) {
    for (const [lat, cyr] of LATIN_TO_CYRILLIC) {
      if (lower.startsWith(lat, i)) {
        const up = s[i] !== lower[i];
        out += up ? cyr.toUpperCase() : cyr;
        i += lat.length;
        continue outer;
      }
    }
    out += s[i++];
  }
  return out;
}

/** Small deterministic PRNG (mulberry32), so every run tags the same corpus. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Doc {
  name: string;
  lang: string;
  text: string;
}

/** Terms of one language, as a person would write them (stems given a common ending). */
function termsOf(engine: Engine, lang: string, rand: () => number): string[] {
  const out: string[] = [];
  for (const t of engine.terms) {
    if (t.lang !== lang || t.negative) continue;
    const src = t.source.replace(/^[~!]/, "").replace(/\^[\d.]+$/, "");
    const ends = STEM_END[lang] ?? [""];
    out.push(src.replace(/\*/g, () => ends[Math.floor(rand() * ends.length)]));
  }
  return out;
}

export function makeCorpus(engine: Engine, targetBytes = 5_200_000): Doc[] {
  const rand = rng(20261129);
  const plan: [string, string, number, boolean][] = [
    ["en-strategy", "en", 1_400_000, false],
    ["en-law", "en", 300_000, false],
    ["fr-plan", "fr", 500_000, false],
    ["fr-nfd", "fr", 300_000, true],
    ["es-ley", "es", 500_000, false],
    ["ru-strategy", "ru", 450_000, false],
    ["ru-nfd", "ru", 150_000, true],
    ["ro-hotarare", "ro", 400_000, false],
    ["ro-nfd", "ro", 150_000, true],
    ["sr-latn", "sr", 300_000, false],
    ["sr-cyrl", "sr-cyrl", 300_000, false],
    ["ar-strategy", "ar", 400_000, false],
    ["en-short", "en", 50_000, false],
    ["ar-short", "ar", 50_000, false],
  ];
  const scale = targetBytes / plan.reduce((s, p) => s + p[2], 0);
  const enc = new TextEncoder();
  const docs: Doc[] = [];
  for (const [name, langTag, bytes, nfd] of plan) {
    const lang = langTag === "sr-cyrl" ? "sr" : langTag;
    const filler = FILLER[lang].split(" ");
    const terms = termsOf(engine, lang, rand);
    const parts: string[] = [];
    let size = 0;
    while (size < bytes * scale) {
      const n = 8 + Math.floor(rand() * 14);
      const words: string[] = [];
      for (let i = 0; i < n; i++) {
        if (terms.length > 0 && rand() < 0.035) {
          let t = terms[Math.floor(rand() * terms.length)];
          const r = rand();
          if (r < 0.1) t = t.toUpperCase();
          else if (r < 0.2) t = t.replace(/ /g, "  ");
          else if (r < 0.25) t = t.replace(/ /, "\n");
          words.push(t);
        } else words.push(filler[Math.floor(rand() * filler.length)]);
      }
      let s = words.join(" ");
      s = `${s[0].toUpperCase()}${s.slice(1)}${rand() < 0.1 ? ";" : "."}`;
      if (rand() < 0.08) s += "\n\n";
      parts.push(s);
      size += enc.encode(s).length + 1;
    }
    let text = parts.join(" ");
    if (langTag === "sr-cyrl") text = toSerbianCyrillic(text);
    if (nfd) text = text.normalize("NFD");
    docs.push({ name, lang: langTag, text });
  }
  return docs;
}
