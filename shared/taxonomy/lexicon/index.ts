/** The default lexicon bundle: every lexicon of the taxonomy, as the tagger compiles it. */
import type { LexiconBundle } from "../../tagger/compile";
import { COUNTRIES } from "../countries";
import { AMBIGUOUS_ANCHORS, DOMAIN_CUES } from "./ambiguity";
import { CUE_SETS } from "./cues";
import { DOMAIN_LEXICON } from "./domain";
import { GCM_LEXICON } from "./gcm";
import { INSTRUMENT_LEXICON } from "./instrument";
import { categoryLinks } from "./links";
import { MIGRATION_ANCHORS, MIGRATION_NEGATIVES, MIGRATION_WEAK } from "./migration";
import { SDG_LEXICON } from "./sdg";
import { SECTOR_LEXICON } from "./sector";
import { STAGE_LEXICON } from "./stage";
import { THEME_LEXICON } from "./theme";

export const DEFAULT_BUNDLE: LexiconBundle = {
  anchors: MIGRATION_ANCHORS,
  weak: MIGRATION_WEAK,
  negatives: MIGRATION_NEGATIVES,
  ambiguous: AMBIGUOUS_ANCHORS,
  domainCues: DOMAIN_CUES,
  facets: {
    theme: THEME_LEXICON,
    sector: SECTOR_LEXICON,
    instrument: INSTRUMENT_LEXICON,
    gcm: GCM_LEXICON,
    sdg: SDG_LEXICON,
    domain: DOMAIN_LEXICON,
    stage: STAGE_LEXICON,
  },
  countries: COUNTRIES,
  cueSets: CUE_SETS,
  linksFrom: categoryLinks,
};
