/** The country <option>s of the panel's and the options page's country pickers: one list,
 *  sorted by English name once. */
import { COUNTRIES } from "../../../shared/taxonomy/countries";

const SORTED = [...COUNTRIES].sort((a, b) => a.en.localeCompare(b.en));

export function CountryOptions() {
  return (
    <>
      {SORTED.map((c) => (
        <option key={c.iso3} value={c.iso3}>
          {c.en} ({c.iso3})
        </option>
      ))}
    </>
  );
}
