// Round 19 (docs/tagging-quality.md, "Nineteenth round"): terms that let realistic non-migration
// paragraphs of the eighteenth passage batch (t703–t763) through the relevance gate. Money
// transfer operators (anti-money-laundering rules) and the French "permis de travail" (safety
// rules) became context terms; Serbian "vraćen* iz inostranstva" (goods returned from abroad) and
// Russian "соотечественник*" (a sports victory) need a cue in their sentence (`&sojourn`,
// `&abroad`); Arabic foreign tourists and "migration to the new system/platform" (IT) are
// negatives; "senders" joined the `persons` cue so that "send money home" keeps remittances.
// Every look-alike below passed the gate on the lexicon of 3121e0c; each positive keeps its theme.
// Sentences written for this test; none is a passage of tests/fixtures/passages.jsonl.
import { describe, expect, it } from "vitest";
import { tag } from "../../shared/tagger/index";
import { relevant, themes } from "./tag-helpers";

describe("round 19 look-alikes no longer pass the relevance gate", () => {
  const LOOK_ALIKES = [
    "Banks and money transfer operators shall report suspicious transactions to the financial intelligence unit.",
    "The migration to the new system of the land registry will be completed in June.",
    "L'employeur délivre un permis de travail avant toute intervention en espace confiné.",
    "La migration vers la nouvelle plateforme de paie sera achevée en juin.",
    "La migración al nuevo sistema de facturación electrónica concluirá en junio.",
    "Миграция на новую платформу электронного документооборота завершится в июне.",
    "Болельщики поздравили соотечественников с победой сборной на чемпионате мира.",
    "Roba vraćena iz inostranstva oslobađa se carine ako je u nepromenjenom stanju.",
    "Роба враћена из иностранства ослобађа се царине ако је у непромењеном стању.",
    "ارتفع عدد السياح الأجانب ومدة إقامتهم في الفنادق خلال الموسم الصيفي.",
  ];
  it.each(LOOK_ALIKES)("%s", (text) => {
    expect(relevant(text)).toBe(false);
    expect(tag(text).tags).toEqual([]);
  });
});

describe("round 19 positives keep their theme", () => {
  const CASES: [string, string][] = [
    ["Senders who send money home through money transfer operators pay high fees on this corridor.", "remittances"],
    ["Money transfer operators serving migrant workers abroad must disclose their fees.", "remittances"],
    ["Les travailleurs étrangers doivent obtenir un permis de travail avant leur entrée sur le territoire.", "labour-migration"],
    ["Državljani vraćeni iz inostranstva, gde su radili više godina, dobijaju pomoć pri zapošljavanju.", "return-reintegration"],
    ["Соотечественники, проживающие за рубежом, могут участвовать в программе добровольного переселения.", "diaspora"],
    ["Наши соотечественники, работающие за рубежом, отправляют денежные переводы семьям.", "remittances"],
  ];
  it.each(CASES)("%s → %s", (text, theme) => {
    expect(relevant(text)).toBe(true);
    expect(themes(text)).toContain(theme);
  });
});
