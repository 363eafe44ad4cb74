/**
 * Work in a named foreign country: national law and strategy often name emigrant workers by
 * their nationality and where they work ("Bangladeshi workers in Saudi Arabia", "Moldovans
 * working in Italy", "hondureños que trabajan en Estados Unidos", "граждане, работающие в
 * России", "cetățenii care lucrează în Italia", "lekari zaposleni u Nemačkoj", "المصريين العاملين
 * في دول الخليج") and never say "migrant" or "abroad". A cue set cannot catch this (a work word
 * and a country name in one sentence is also "officials working in the ministry cooperate with
 * the European Union"), so the phrases are written out: a work word directly followed by a
 * country or region where emigrants of the programme countries commonly work. They go to the
 * labour-migration theme (./theme.ts); as theme phrases they also carry half their weight to the
 * relevance gate. Each needs a word for the people in its sentence (see cross). Companies and
 * firms "working in" a country are look-alikes (negatives there).
 *
 * The destinations are the usual ones (the Gulf, the EU's large labour markets, North America,
 * Russia and Kazakhstan, Malaysia, Israel, Türkiye, South Korea); the country of the text itself
 * may be among them (an Italian text on doctors "working in Italy"), which is why the list is
 * not every country: a national text about its own workforce names its own country, and the
 * programme countries are not in the list; French omits France, Belgium, Switzerland and Canada,
 * whose own labour law says "salariés travaillant en France". Residence alone ("vivant en",
 * "residentes en") is left out: it is also said of a country's own population.
 * Vocabulary: editorial.
 */
import type { LexiconText } from "../types";

/** `frames` × `places`, one phrase each: "working in" + "Italy" → "working in Italy", counted
 *  only in a sentence that names who works there (cue set `emigrants`, ./cues.ts: citizens,
 *  households, a nationality): alone, the same words describe a country's own labour market
 *  ("workers in Germany went on strike", "employment in the European Union rose"). */
function cross(frames: string[], places: string[]): string {
  return frames.flatMap((f) => places.map((p) => `${f} ${p}&emigrants`)).join("; ");
}

const EN_PLACES = [
  "Saudi Arabia", "the Kingdom of Saudi Arabia", "Qatar", "Kuwait", "Oman", "Bahrain", "the United Arab Emirates", "the UAE",
  "Dubai", "the Gulf", "the Gulf States", "the Gulf countries", "the GCC countries", "the Middle East", "Malaysia",
  "Singapore", "South Korea", "the Republic of Korea", "Japan", "Israel", "Italy", "Germany", "Spain", "Portugal",
  "the United Kingdom", "the UK", "Ireland", "Poland", "the Czech Republic", "Austria", "Switzerland", "Sweden",
  "the Netherlands", "Belgium", "Greece", "Cyprus", "the United States", "the USA", "Canada", "Australia",
  "the Russian Federation", "Russia", "Kazakhstan", "Turkey", "Türkiye", "the European Union", "EU countries",
  "EU Member States", "Western Europe", "Europe", "North America",
];
const EN_FRAMES = [
  "working in", "work in", "works in", "worked in", "employed in", "workers in", "worker in", "jobs in", "employment in",
  "with employers in", "labourers in", "laborers in",
];

const FR_PLACES = [
  "en Arabie saoudite", "au Qatar", "au Koweït", "aux Émirats arabes unis", "dans les pays du Golfe", "en Europe",
  "en Italie", "en Espagne", "en Allemagne", "au Portugal",
  "aux États-Unis", "au Royaume-Uni", "en Libye", "en Côte d'Ivoire", "au Gabon", "dans l'Union européenne",
];
const FR_FRAMES = [
  "travaillant", "travaillent", "travailler", "employés", "employées", "salariés", "occupés",
  "un emploi", "des emplois",
];

const ES_PLACES = [
  "Estados Unidos", "los Estados Unidos", "España", "Italia", "Canadá", "Alemania", "Francia", "el Reino Unido",
  "Europa", "la Unión Europea", "Portugal",
];
const ES_FRAMES = [
  "trabajan en", "trabajando en", "laboran en", "trabajar en", "trabajadores en", "trabajadoras en",
  "empleados en", "empleadas en",
];

const RU_PLACES = [
  "России", "Российской Федерации", "Казахстане", "Республике Казахстан", "Турции", "Германии", "Южной Корее",
  "Республике Корея", "ОАЭ", "Объединенных Арабских Эмиратах", "странах Европейского союза", "Европе",
  "странах ЕАЭС", "государствах ЕАЭС",
];
const RU_FRAMES = ["работающ* в", "работавш* в", "трудов* деятельност* в", "трудоустроен* в", "на заработках в"];

const RO_PLACES = [
  "Italia", "Germania", "Franța", "Spania", "Portugalia", "Marea Britanie", "Regatul Unit", "Irlanda", "Israel",
  "Rusia", "Federația Rusă", "Canada", "Statele Unite", "SUA", "Uniunea Europeană", "statele Uniunii Europene",
  "țările Uniunii Europene", "Turcia", "Polonia", "Cehia",
];
const RO_FRAMES = [
  "lucrează în", "muncesc în", "lucrători în", "angajați în",
  "angajate în", "la muncă în", "lucrat în",
];

const SR_PLACES = [
  "Nemačkoj", "Njemačkoj", "Austriji", "Švajcarskoj", "Francuskoj", "Italiji", "Sloveniji", "Švedskoj", "Rusiji",
  "Kanadi", "Americi", "SAD", "Sjedinjenim Američkim Državama", "zemljama Evropske unije", "Evropskoj uniji",
  "zapadnoj Evropi", "Velikoj Britaniji", "Irskoj", "Holandiji", "Malti", "Slovačkoj", "Češkoj",
];
const SR_FRAMES = [
  "rade u", "radi u", "radili u", "radile u", "radeći u", "zaposlen u", "zaposlena u", "zaposleno u", "zaposleni u",
  "zaposlene u", "na radu u", "na privremenom radu u",
];

const AR_PLACES = [
  "دول الخليج", "دول مجلس التعاون الخليجي", "الخليج", "السعودية", "المملكة العربية السعودية", "الإمارات",
  "الإمارات العربية المتحدة", "قطر", "الكويت", "البحرين", "ليبيا", "أوروبا", "الدول الأوروبية", "فرنسا", "إيطاليا",
  "إسبانيا", "ألمانيا", "بلجيكا", "كندا", "الولايات المتحدة",
];
const AR_FRAMES = ["العاملين في", "العاملون في", "العاملات في", "يعملون في", "يعمل في", "تعمل في", "الشغل في"];

/** Labour migration: a work word followed by a destination country (theme phrases, weight 2). */
export const WORK_IN_PLACE: LexiconText = {
  en: cross(EN_FRAMES, EN_PLACES),
  fr: cross(FR_FRAMES, FR_PLACES),
  es: cross(ES_FRAMES, ES_PLACES),
  ru: cross(RU_FRAMES, RU_PLACES),
  ro: cross(RO_FRAMES, RO_PLACES),
  sr: cross(SR_FRAMES, SR_PLACES),
  ar: cross(AR_FRAMES, AR_PLACES),
};

/** `frames` × `places` with a cue set other than `emigrants`. */
function crossWith(frames: string[], places: string[], cue: string): string {
  return frames.flatMap((f) => places.map((p) => `${f} ${p}&${cue}`)).join("; ");
}

/* Return from a named destination. National law names returnees as citizens or workers "who
 * have come back from the Gulf States", "вернувшиеся из России", "reîntorși din Italia",
 * "العائدين من دول الخليج", without "migrant" or "abroad". The same words are said of tourists,
 * delegations and ministers back from a trip, so each phrase counts only in a sentence with a
 * word of the cue set `sojourn` (work, employment, contracts, having lived or settled there,
 * reintegration; ./cues.ts), as the "returned from abroad" phrases already do. Goods, aircraft
 * and payments are "returned from Italy" under a contract too, so the frames name people: a
 * relative clause (en "who have returned from", es "que retornan de", fr "qui rentrent") or a
 * form that agrees only with people (ro "reîntorși", sr "vratili", ru "вернувшиеся" beside a
 * work word, ar "العائدين"); French "revenus" (also income) is left out. The places are those
 * of WORK_IN_PLACE, in the case the preposition asks for. */
const EN_RETURN_FRAMES = [
  "who have returned from", "who returned from", "who return from", "who are returning from", "who have come back from",
  "who came back from", "who come back from",
];
/* "Workers returning from the Gulf" names returning emigrant workers by itself: no tourist or
 * delegation is called a worker, so these frames need no work word beside them (round 24). */
const EN_WORKER_RETURN_FRAMES = ["workers returning from", "workers returned from", "workers coming back from"];
const FR_RETURN_PLACES = [
  "d'Arabie saoudite", "du Qatar", "du Koweït", "des Émirats arabes unis", "des pays du Golfe", "d'Europe", "d'Italie",
  "d'Espagne", "d'Allemagne", "du Portugal", "des États-Unis", "du Royaume-Uni", "de Libye", "de Côte d'Ivoire",
  "du Gabon", "de l'Union européenne", "de France", "de Belgique", "du Canada",
];
const FR_RETURN_FRAMES = ["qui rentrent", "qui reviennent", "qui sont rentrés", "qui sont revenus", "de retour", "travailleurs rentrés"];
const ES_RETURN_FRAMES = [
  "que retornan de", "que retornen de", "que retornaron de", "que han retornado de", "que regresan de",
  "que regresen de", "que regresaron de", "que han regresado de", "personas retornadas de", "trabajadores retornados de",
];
const RU_RETURN_PLACES = [
  "России", "Российской Федерации", "Казахстана", "Республики Казахстан", "Турции", "Германии", "Южной Кореи",
  "Республики Корея", "ОАЭ", "Объединенных Арабских Эмиратов", "стран Европейского союза", "Европы", "стран ЕАЭС",
  "государств ЕАЭС",
];
const RU_RETURN_FRAMES = ["вернувш* из", "возвративш* из", "возвращающ* из"];
const RO_RETURN_FRAMES = ["reveniți din", "revenit din", "revin din", "reîntorși din", "întorși din", "s-au întors din"];
const SR_RETURN_PLACES = [
  "Nemačke", "Njemačke", "Austrije", "Švajcarske", "Francuske", "Italije", "Slovenije", "Švedske", "Rusije", "Kanade",
  "Amerike", "SAD", "zemalja Evropske unije", "Evropske unije", "zapadne Evrope", "Velike Britanije", "Irske",
  "Holandije", "Malte", "Slovačke", "Češke",
];
const SR_RETURN_FRAMES = [
  "vratili iz", "vratio iz", "vratila iz", "vrate iz", "vraćaju iz",
];
const AR_RETURN_FRAMES = ["العائدين من", "العائدون من", "العائد من", "عادوا من", "يعودون من"];

/** Return and reintegration: a return word followed by a destination country (theme phrases,
 *  weight 2), only beside a word of the cue set `sojourn`. */
export const RETURN_FROM_PLACE: LexiconText = {
  en: `${crossWith(EN_RETURN_FRAMES, EN_PLACES, "sojourn")}; ${crossWith(EN_WORKER_RETURN_FRAMES, EN_PLACES, "persons")}`,
  fr: crossWith(FR_RETURN_FRAMES, FR_RETURN_PLACES, "sojourn"),
  es: crossWith(ES_RETURN_FRAMES, ES_PLACES, "sojourn"),
  ru: crossWith(RU_RETURN_FRAMES, RU_RETURN_PLACES, "sojourn"),
  ro: crossWith(RO_RETURN_FRAMES, RO_PLACES, "sojourn"),
  sr: crossWith(SR_RETURN_FRAMES, SR_RETURN_PLACES, "sojourn"),
  ar: crossWith(AR_RETURN_FRAMES, AR_PLACES, "sojourn"),
};
