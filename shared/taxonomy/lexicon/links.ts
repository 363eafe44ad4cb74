/** The crosswalk's links between categories, in the form the tagger's LexiconBundle takes. Its
 *  own module so that builds which start the tagger from the compiled snapshot alone (see
 *  shared/tagger/default-engine.snapshot.ts) need no lexicon text. */
import type { LexiconBundle } from "../../tagger/compile";
import { linksFrom } from "../crosswalk";

export const categoryLinks: LexiconBundle["linksFrom"] = (facet, id, toFacet) =>
  linksFrom(facet, id, toFacet).map((l) => (l.asserts ? { to: l.to, strength: l.strength, asserts: true } : { to: l.to, strength: l.strength }));
