/**
 * Cue sets: named word lists that a lexicon term can require in its own sentence (`term&name`,
 * see ../types.ts). They are not evidence of anything by themselves.
 *
 * `partners`: words that put a sentence between States — other countries, their governments,
 * international bodies. Generic "cooperation" is the international-cooperation theme only in
 * such a sentence ("States shall enhance cooperation…"), not in a domestic one ("in cooperation
 * with banks and the police"). "Regional" and "national" are left out: inside one country they
 * name its regions and its own authorities.
 * Vocabulary: editorial.
 */
import type { LexiconText } from "../types";

export const CUE_SETS: Record<string, LexiconText> = {
  partners: {
    en: `
States; State; countries; other countries; governments; international; internationally; bilateral; bilaterally;
multilateral; neighbouring; neighboring; foreign; cross-border; transnational; interregional; cross-regional;
embassies; consulates; consular; United Nations; European Union; African Union; partner countries;
countries of origin; countries of destination; countries of transit; origin, transit and destination;
across borders; Member States; We commit; this Global Compact
`,
    fr: `
États; État; pays; gouvernements; international*; bilatéra*; multilatéra*; voisins; voisin; étranger*;
étrangère*; transfrontali*; transnationa*; ambassades; consula*; Nations Unies; Union européenne; Union africaine;
pays partenaires; pays d'origine;
États Membres; nous nous engageons; présent Pacte mondial
`,
    es: `
Estados; Estado; países; gobiernos; internacional*; bilateral*; multilateral*; vecinos; extranjer*;
transfronteriz*; transnacional*; embajadas; consulados; consular*; Naciones Unidas; Unión Europea;
países socios; países de origen;
Estados Miembros; nos comprometemos; presente Pacto Mundial
`,
    ru: `
государств*; стран*; правительств*; международн*; двусторонн*; многосторонн*; соседн*; иностранн*;
зарубежн*; трансграничн*; транснациональн*; посольств*; консульск*; Организаци* Объединенных Наций; ООН;
Европейск* союз*;
мы обязуемся; Глобальн* договор*
`,
    ro: `
state; statele; statelor; statului; țări; țările; țărilor; guvern*; internațional*; bilateral*; multilateral*;
vecine; vecin*; străin*; transfrontalier*; transnațional*; ambasad*; consul*; Națiunile Unite; Uniunea Europeană;
statele membre; ne angajăm; Pactul Global
`,
    sr: `
država; države; državama; državi; zemlje; zemljama; zemalja; vlade; vladama; međunarodn*; bilateraln*;
multilateraln*; susedn*; susjedn*; stran*; inostran*; prekogranič*; transnacionaln*; ambasad*; konzularn*;
Ujedinjen* nacij*; Evropsk* unij*;
obavezujemo se; Globaln* dogovor*
`,
    ar: `
الدول; دول; البلدان; بلدان; الحكومات; الدولي; الدولية; الثنائي; الثنائية; متعدد الأطراف; متعددة الأطراف;
المجاورة; الأجنبية; الأجنبي; عبر الحدود; العابرة للحدود; السفارات; القنصلي*; الأمم المتحدة; الاتحاد الأوروبي;
نلتزم; الدول الأعضاء; الاتفاق العالمي
`,
  },
};
