// Round 32 (docs/tagging-quality.md, "Thirty-second round"): the gate wording of rounds 29-31 read
// by look-alikes. People who flee a storm or a fire and come home the next day, troops, seconded
// staff and sports signings that leave or arrive, nationals "de l'extérieur" at a tournament, and a
// Russian block of flats whose residents move out while flood damage is repaired are not migration.
// The movement terms now stand aside for them (cue sets `passing`, `soon` and `homeagain`), and the
// migration sentences written the same way still pass. Sentences written for this test; none is a
// passage of tests/fixtures/passages.jsonl.
import { describe, expect, it } from "vitest";
import { parseTerms } from "../../shared/tagger/compile";
import { CUE_SETS } from "../../shared/taxonomy/lexicon/cues";
import { relevant, themes } from "./tag-helpers";

describe("flight and evacuation terms are written twice, `&!soon` and `&soon&!homeagain`", () => {
  it("parses both forms", () => {
    expect(parseTerms("who fled&hazards&movers&!passing&!soon")[0].needs).toBe("hazards&movers&!passing&!soon");
    expect(parseTerms("evacuees&hazards&!passing&soon&!homeagain")[0].needs).toBe("hazards&!passing&soon&!homeagain");
  });
  it("has the new cue sets", () => {
    expect(CUE_SETS.soon.en).toMatch(/overnight/);
    expect(CUE_SETS.homeagain.en).toMatch(/came back/);
    for (const lang of ["fr", "es", "ru"] as const) expect(CUE_SETS.passing[lang], lang).toBeTruthy();
  });
});

describe("the same wording about migration still passes", () => {
  const CASES: [string, string | null][] = [
    ["On Monday, 300 families who fled the floods in the north were still sheltering in schools, far from their villages.", "climate-environmental-mobility"],
    ["Families who fled the cyclone cannot go home until the river embankment is rebuilt.", "climate-environmental-mobility"],
    ["Villagers fleeing the drought have settled on the edge of the capital.", "climate-environmental-mobility"],
    ["Evacuees from the cyclone-hit islands have been living in school buildings for months.", "climate-environmental-mobility"],
    ["Nurses recruited overseas will be registered within a month of arrival.", null],
    ["Las familias venezolanas recién llegadas recibirán apoyo para inscribir a sus hijos en la escuela.", null],
    ["Les Maliens de l'extérieur pourront voter dans les consulats.", "diaspora"],
    ["Les familles venues de l'étranger seront accompagnées par un référent social.", null],
    ["Переселение жителей из зон, подверженных оползням, финансируется из краевого бюджета.", "climate-environmental-mobility"],
    // a diaspora's summer return is not a holiday look-alike: "vacances" is not in `passing`
    ["Les Tunisiens de l'extérieur en vacances cet été pourront dédouaner leur véhicule plus vite au port.", "diaspora"],
    ["Граждане, вернувшиеся из-за рубежа после многих лет работы, могут получить консультацию в центре занятости.", null],
  ];
  it.each(CASES)("%s", (text, theme) => {
    expect(relevant(text)).toBe(true);
    if (theme) expect(themes(text)).toContain(theme);
  });
});

describe("look-alikes of the newest gate wording stay untagged", () => {
  const LOOKALIKES = [
    // fled or evacuated, and back within a day or two (`soon` and `homeagain` together)
    "Residents of the harbour streets who fled the storm on Friday night came back on Saturday to pump out their cellars.",
    "Families who fled the floods overnight were back in their houses by the afternoon.",
    "Villagers fleeing the wildfire spent the night in the sports hall and went home on Tuesday.",
    "Evacuees from the flooded hospital wing were returned to their wards on Thursday.",
    // troops, seconded staff, a firm's project office, sports signings (`passing`)
    "Service members coming home from operations abroad will receive help with reintegration into civilian life.",
    "Engineers recruited to work in the Qatar project office of the construction firm remain on local contracts.",
    "Players recruited from abroad must have their registration approved by the league before the first round.",
    // French, Spanish and Russian parts of `passing`
    "Les Sénégalais de l'extérieur ont dominé le tournoi de lutte organisé à Dakar.",
    "Les familles venues de l'étranger pour le festival seront logées chez l'habitant.",
    "Les familles venues d'autres pays pour assister à la finale ont été accueillies à l'aéroport.",
    "Los jugadores venezolanos recién llegados al club se incorporan a la pretemporada.",
    "Los turistas colombianos recién llegados fueron atendidos en el módulo de información.",
    "Los estudiantes ecuatorianos recién llegados a la universidad para el intercambio tendrán un tutor.",
    "Los funcionarios que regresan del exterior tras su comisión de servicio se reincorporan a su puesto.",
    "Переселение жителей аварийного дома после паводка в маневренный фонд займёт две недели.",
    "Временное переселение семей на время ремонта после землетрясения оплачивает администрация.",
    "Сотрудники, вернувшиеся из-за рубежа из командировки, продолжат работу в своём отделе.",
    "Спортсмены, вернувшиеся из-за рубежа с соревнований, возобновят работу с тренером.",
  ];
  it.each(LOOKALIKES)("%s", (text) => {
    expect(relevant(text)).toBe(false);
    expect(themes(text)).toEqual([]);
  });
});
