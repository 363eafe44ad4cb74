/** Display helpers: country names, dates, labels. */
import { COUNTRIES, PROGRAMME_COUNTRIES } from "../../../shared/taxonomy/countries";
import { FACETS, type Facet } from "../../../shared/taxonomy/types";

const NAMES = new Map(COUNTRIES.map((c) => [c.iso3, c.en]));

export function countryName(iso3: string | null | undefined): string {
  if (!iso3) return "No country";
  return NAMES.get(iso3) ?? iso3;
}

/** Countries for a picker: the programme countries first, then the rest by name. */
export function countryOptions(): { iso3: string; name: string; programme: boolean }[] {
  const prog = new Set<string>(PROGRAMME_COUNTRIES);
  const first = PROGRAMME_COUNTRIES.map((c) => ({ iso3: c, name: countryName(c), programme: true }));
  const rest = COUNTRIES.filter((c) => !prog.has(c.iso3))
    .map((c) => ({ iso3: c.iso3, name: c.en, programme: false }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return [...first, ...rest];
}

export const FACET_LABELS: Record<Facet, string> = {
  theme: "Theme",
  sector: "Sector",
  instrument: "Instrument",
  gcm: "GCM objective",
  sdg: "SDG target",
  domain: "Domain",
  stage: "Mainstreaming stage",
};

export function facetLabel(f: string): string {
  return (FACET_LABELS as Record<string, string>)[f] ?? f;
}

export const FACET_LIST: readonly Facet[] = FACETS;

export function formatDate(iso: string | undefined): string {
  if (!iso) return "";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toISOString().slice(0, 16).replace("T", " ");
}

export function monthLabel(period: string): string {
  const [y, m] = period.split("-");
  const names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return `${names[Number(m) - 1] ?? m} ${y}`;
}

export function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

let languageNames: Intl.DisplayNames | null | undefined;

/** "English" for "en" (the browser's own names), or the code when it has none. */
export function languageName(code: string | undefined): string {
  if (!code) return "";
  if (languageNames === undefined) {
    try {
      languageNames = new Intl.DisplayNames(["en"], { type: "language" });
    } catch {
      languageNames = null;
    }
  }
  try {
    return languageNames?.of(code) ?? code;
  } catch {
    return code;
  }
}
