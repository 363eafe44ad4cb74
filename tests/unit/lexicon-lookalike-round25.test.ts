// Round 25 (docs/tagging-quality.md, "Twenty-fifth round"): look-alikes of the wording rounds 21-24
// added, found by the held-out batch 24 (t1001-t1060) and by probes.
// - "households / families / people displaced" and "displacement of people" need a cause in their
//   sentence (cue set `displacers`: hazards, conflict, violence, camps...): housing works and road
//   projects displace residents too;
// - "ground / lateral / slope ... displacement caused by / due to" are engineering, not people;
// - "brain drain" and "seasonal worker(s)" are ambiguous anchors: they give way to football clubs and
//   to exports ("seasonal workers ... wine exported to Japan") unless a migrant stands nearby;
// - an anchor whose cue set is missing from its sentence ("workers" without `corridor`) no longer
//   shields an ambiguous word in its sentence (score.ts);
// - "going abroad for work-related training", a diaspora of software contributors, a novel about
//   refugees, French "écran déporté" (a remote display) and Spanish document-management migration.
// Sentences written for this test; none is a passage of tests/fixtures/passages.jsonl.
import { describe, expect, it } from "vitest";
import { relevant, themes } from "./tag-helpers";

describe("look-alikes of round 21-24 wording stay untagged", () => {
  const LOOKALIKES = [
    "Our football club faces a brain drain as its best juniors sign for bigger clubs in the capital.",
    "Local seasonal workers harvest the tea, most of which is exported to Japan and the United Kingdom.",
    "Residents displaced during the refurbishment will be rehoused in the same building at the same rent.",
    "Families displaced by the motorway works will be compensated for the loss of their gardens.",
    "Ground displacement caused by the earthquake cracked two of the bridge piers.",
    "Slope displacement due to the landslide is measured every week with inclinometers.",
    "Civil servants going abroad for work-related seminars need the written approval of their minister.",
    "After the licence change, a diaspora of contributors moved to a fork hosted by a foundation.",
    "A historical novel about refugees of the Thirty Years' War won this year's book prize.",
    "Le poste de supervision comprend une commande déportée des pompes et une caméra déportée.",
    "La migración de los expedientes al nuevo gestor documental terminará en junio.",
  ];
  it.each(LOOKALIKES)("%s", (text) => {
    expect(relevant(text)).toBe(false);
    expect(themes(text)).toEqual([]);
  });
});

describe("the same words about migrants still pass the gate", () => {
  const CASES: [string, string | null][] = [
    ["Households displaced by the cyclone were housed in schools for three weeks.", "climate-environmental-mobility"],
    ["People displaced by the armed conflict need durable solutions and documents.", null],
    ["Communities displaced by violence in the north receive food and shelter.", null],
    ["Displacement due to drought and floods drives herders into the towns.", "climate-environmental-mobility"],
    ["Brain drain is severe: thousands of nurses leave each year for jobs abroad.", "skills-education-mobility"],
    ["Seasonal workers employed in Australia send most of their earnings home.", "labour-migration"],
    ["Young people going abroad for work shall attend a pre-departure orientation.", "labour-migration"],
    ["Les personnes déportées et leurs familles ont droit à un accompagnement à leur retour.", null],
    ["La migración laboral hacia España requiere permisos de trabajo para los trabajadores migrantes.", "labour-migration"],
  ];
  it.each(CASES)("%s", (text, theme) => {
    expect(relevant(text)).toBe(true);
    if (theme) expect(themes(text)).toContain(theme);
  });
});
