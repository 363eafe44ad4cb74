// Seventeenth round (issue 2): the compact's "cheaper transfer of remittances" and national plans'
// "cheaper remittances" (en), "los costos de las remesas" in the plural and "abaratamiento de las
// remesas" (es; only the singular "costo" was listed), "jeftinije doznake" (sr) and "تكلفة
// التحويلات" (ar) did not give the remittances theme, as "remittance" alone weighs 1. They are
// context terms: next to migrants they assert the theme, while the Treasury's "remittances" of
// taxes or public funds stay untagged. Sentences written for this test; none is a passage of
// tests/fixtures/passages.jsonl.
import { describe, expect, it } from "vitest";
import { tag } from "../../shared/tagger/index";
import { relevant, themes } from "./tag-helpers";

describe("cheaper remittances through tag()", () => {
  const CASES: [string, string][] = [
    ["en", "The plan supports cheaper and faster remittances for migrants through mobile wallets."],
    ["en", "Migrants' associations were consulted on the transfer of remittances through the postal network."],
    ["es", "El plan busca reducir los costos de las remesas que envían las personas migrantes."],
    ["es", "Se promoverá el abaratamiento de las remesas que envían las personas migrantes."],
    ["sr", "Program predviđa jeftinije doznake za radnike migrante preko poštanske mreže."],
    ["ar", "تهدف الخطة إلى خفض تكلفة التحويلات التي يرسلها المهاجرون إلى أسرهم."],
  ];
  it.each(CASES)("%s: the remittances theme: %s", (_lang, text) => {
    expect(relevant(text)).toBe(true);
    expect(themes(text)).toContain("remittances");
  });

  const LOOK_ALIKES: [string, string][] = [
    ["en", "The transfer of remittances to the Treasury by district tax offices must be completed each month."],
    ["en", "Cheaper remittances of VAT collected by agents to the Treasury reduce administrative costs."],
    ["es", "La transferencia de remesas de fondos públicos a los municipios se hará cada trimestre."],
  ];
  it.each(LOOK_ALIKES)("%s: a Treasury remittance gets no tags: %s", (_lang, text) => {
    expect(relevant(text)).toBe(false);
    expect(tag(text).tags).toEqual([]);
  });
});
