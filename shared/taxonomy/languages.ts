/**
 * Function words that tell the languages of the programme countries apart. They are matched
 * by the same matcher as the lexicons (folded: Cyrillic appears transliterated), so the
 * detector costs no extra pass. Lists favour words that are frequent in one language and rare
 * in the others of the same script; shared words ("de", "la", "i") are left out.
 */
import type { LexLang } from "./types";

export const DETECTED_LANGS = ["en", "fr", "es", "ro", "sr", "ru", "ky", "ar", "bn"] as const;
export type DetectedLang = (typeof DETECTED_LANGS)[number];

export const STOPWORDS: Partial<Record<LexLang, string>> = {
  en: "the; of the; and; to; is; are; with; for; that; this; which; shall; be; by; on; from; will; their; have; has; it; an; its; these; should; between; through; other",
  fr: "le; les; des; du; et; est; sont; dans; pour; une; sur; aux; au; qui; ou; par; avec; ces; leur; leurs; ainsi; être; doit; dont; été; cette; entre",
  es: "el; los; las; del; y; es; son; en el; para; una; por; con; sus; como; este; esta; entre; mediante; deberá; sobre; lo; también",
  ro: "și; în; pentru; care; din; cu; ale; sunt; este; prin; privind; fi; să; nu; acest; această; precum; între; către; asupra; ori; unei; unui; lor",
  sr: "je; za; od; koji; koja; koje; u; kao; ili; na osnovu; kroz; ovog; ovaj; biti; će; takođe; njihov; između; prema; radi; kojim; odnosno",
  ru: "и; в; не; на; что; для; по; с; к; из; или; от; это; как; а также; при; является; которые; который; их; должны; между; его; в целях; о",
  ky: "жана; менен; үчүн; боюнча; болуп; бул; ошондой; эле; тарабынан; мамлекеттик; жөнүндө; кылуу",
};

/** Languages told apart by their script alone. */
export const SCRIPT_LANGS = { ar: "ar", bn: "bn" } as const;
