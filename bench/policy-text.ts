/**
 * Policy-like English prose for the classify benchmark's documents and its machine baseline
 * (tag-thread.mjs): filler words of a national plan with migration terms at about 4%. A module
 * of its own so the baseline's worker threads load this and not the document generators.
 */

const WORDS =
  "the ministry shall ensure that national institutions develop and implement measures for the period of the plan in cooperation with local authorities and partners while the government reviews progress each year and reports on results budget resources public services access quality".split(
    " ",
  );
const TERMS = [
  "labour migration",
  "remittances",
  "migrant workers",
  "diaspora engagement",
  "return and reintegration",
  "human trafficking",
  "border management",
  "health care for migrants",
  "recognition of skills",
  "social protection of migrant workers abroad",
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function paragraphs(seed: number, count: number): string[] {
  const r = rng(seed);
  const out: string[] = [];
  for (let p = 0; p < count; p++) {
    const words: string[] = [];
    const n = 40 + Math.floor(r() * 60);
    for (let i = 0; i < n; i++) words.push(r() < 0.04 ? TERMS[Math.floor(r() * TERMS.length)] : WORDS[Math.floor(r() * WORDS.length)]);
    const s = words.join(" ");
    out.push(`${s[0].toUpperCase()}${s.slice(1)}.`);
  }
  return out;
}

/** About 60 KB of the corpus's policy prose, for the machine baseline (tag-thread.mjs). */
export function policyText(): string {
  return paragraphs(4242, 120).join("\n\n");
}
