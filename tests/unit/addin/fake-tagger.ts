/**
 * A deterministic stand-in for the core tagger, so adapter tests can assert exact cells and
 * confidences whatever the lexicon says today. It finds three words and reports them with
 * real offsets; "weak" lowers the scores under the default threshold.
 */
import type { Span, Tag, TagResult } from "../../../shared/tagger/types";

function find(text: string, word: string): Span[] {
  const i = text.toLowerCase().indexOf(word);
  return i < 0 ? [] : [{ start: i, end: i + word.length, quote: text.slice(i, i + word.length) }];
}

export function fakeTag(text: string): TagResult {
  const tags: Tag[] = [];
  const weak = /weak/i.test(text);
  const mig = find(text, "migrant");
  if (mig.length) tags.push({ facet: "theme", id: "labour-migration", score: weak ? 0.3 : 0.8, evidence: mig });
  const rem = find(text, "remittance");
  if (rem.length) tags.push({ facet: "theme", id: "remittances", score: weak ? 0.25 : 0.7, evidence: rem });
  const health = find(text, "health");
  if (health.length && mig.length) tags.push({ facet: "sector", id: "health", score: 0.6, evidence: health });
  const formula = find(text, "=cmd");
  if (formula.length) tags.push({ facet: "theme", id: "diaspora", score: 0.9, evidence: [{ ...formula[0], end: text.length, quote: text.slice(formula[0].start) }] });
  const relevance = tags.length ? (weak ? 0.3 : 0.9) : 0;
  const kgz = /kyrgyz/i.test(text);
  return {
    relevance,
    language: tags.length ? "en" : null,
    country: kgz ? ["KGZ"] : [],
    instrument: /\blaw\b/i.test(text) ? "law" : null,
    year: /2021/.test(text) ? 2021 : null,
    tags,
  };
}
