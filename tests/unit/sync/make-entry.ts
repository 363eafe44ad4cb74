import type { Entry } from "../../../shared/entry/entry";
import { newEntryId } from "../../../shared/entry/ids";
import { TAXONOMY_VERSION } from "../../../shared/taxonomy/categories";

/** A valid document entry about migration, with a fresh id (revision 0 = new). */
export function makeEntry(over: Partial<Entry> = {}, n = 0): Entry {
  return {
    id: newEntryId(),
    revision: 0,
    kind: "document",
    title: `Law on labour migration and remittances of migrant workers abroad (${n})`,
    source: { type: "web", url: `https://example.gov.md/laws/${n}` },
    country: "MDA",
    tags: [{ facet: "theme", id: "labour-migration", origin: "auto", score: 0.9 }],
    status: "suggested",
    taxonomyVersion: TAXONOMY_VERSION,
    ...over,
  };
}
