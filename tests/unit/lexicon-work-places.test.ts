// Sixteenth round (issue 2): national text names emigrant workers by nationality and where they
// work ("Nepali workers in Qatar", "Moldovans working in Italy", "граждане, работающие в России")
// without "migrant" or "abroad". The labour-migration theme reads a work word directly followed
// by a usual destination country (shared/taxonomy/lexicon/places.ts). Each wording is checked
// beside look-alikes that put companies, officials, a sports team or a country's own workforce in
// the same frame, and beside a country's own labour market named in the same words (the place
// phrases count only where citizens, households or a nationality are named). Sentences written for this test; none is a passage of tests/fixtures/passages.jsonl.
import { describe, expect, it } from "vitest";
import { tag } from "../../shared/tagger/index";
import { relevant, themes } from "./tag-helpers";

describe("work in a named foreign country through tag()", () => {
  const THEMED: [string, string, string][] = [
    ["en", "About a third of the households in the district have a member working in Malaysia or the Gulf countries.", "labour-migration"],
    ["en", "Jamaican farm workers employed in Canada are covered by the group insurance plan.", "labour-migration"],
    ["en", "The Bureau will open a help desk for Nepali workers in Qatar and Kuwait.", "labour-migration"],
    ["fr", "Les Marocains travaillant en Espagne et en Italie pourront cotiser à la caisse de retraite nationale.", "labour-migration"],
    ["es", "Los ecuatorianos que trabajan en España podrán acceder a créditos de vivienda en su país.", "labour-migration"],
    ["ru", "Граждане, работающие в Российской Федерации, могут оформить страховой полис через консульство.", "labour-migration"],
    ["ro", "Persoanele care muncesc în Germania pot transmite documentele prin consulat.", "labour-migration"],
    ["sr", "Građani koji rade u Nemačkoj i Austriji mogu preko ambasade podneti zahtev za penziju.", "labour-migration"],
    ["sr", "Српски лекари запослени у Немачкој могу да се пријаве у регистар здравствених радника.", "labour-migration"],
    ["ar", "تعمل الوزارة على حماية حقوق المواطنين العاملين في دول الخليج.", "labour-migration"],
  ];
  it.each(THEMED)("%s: passes the gate and gets the theme: %s", (_lang, text, theme) => {
    expect(relevant(text)).toBe(true);
    expect(themes(text)).toContain(theme);
  });

  const LOOK_ALIKES: [string, string][] = [
    ["en", "Companies working in Germany must register with the chamber of commerce."],
    ["en", "Officials working in the ministry will cooperate with the European Union on statistics."],
    ["en", "Average wages of nurses in Germany rose by four percent."],
    ["en", "The national team working in Spain for the training camp returns on Monday."],
    ["en", "Embassy staff working in Qatar receive a hardship allowance."],
    ["fr", "Les salariés travaillant en France bénéficient de cinq semaines de congés payés."],
    ["es", "Las empresas que trabajan en España deben presentar sus cuentas anuales."],
    ["ru", "Компании, работающие в России, обязаны хранить персональные данные на территории страны."],
    ["ro", "Firmele care lucrează în Germania pot participa la târg."],
    ["sr", "Kompanije koje rade u Nemačkoj moraju da poštuju propise."],
    ["ar", "الشركات العاملة في الخليج مطالبة بنشر قوائمها المالية."],
    // A country's own labour market, in the same words, with nobody named as working abroad.
    ["en", "Youth employment in Europe remains low, and the Commission proposes a new guarantee for young people."],
    ["en", "Employment in the European Union rose by 1.2% in 2023, driven by services."],
    ["en", "Workers in Germany went on strike over wages in the metal industry."],
    ["en", "Teachers working in Canada must hold a provincial certificate."],
    ["en", "Jobs in the United States grew strongly last quarter according to the Bureau of Labor Statistics."],
    ["es", "Los trabajadores en España tendrán derecho a una semana de 37,5 horas."],
    ["fr", "Les employés en Europe ont en moyenne vingt-cinq jours de congés payés."],
  ];
  it.each(LOOK_ALIKES)("%s: a look-alike without migrants is not relevant and gets no tags: %s", (_lang, text) => {
    expect(relevant(text)).toBe(false);
    expect(tag(text).tags).toEqual([]);
  });
});

describe("other national names for emigrant workers and nationals abroad through tag()", () => {
  const THEMED: [string, string, string][] = [
    ["en", "The Ministry will register all workers deployed overseas and their dependants.", "labour-migration"],
    ["ru", "Лица, прибывшие в республику на работу, обязаны встать на учёт в течение пятнадцати дней.", "labour-migration"],
    ["ar", "تقدم القنصليات خدمات للمصريين بالخارج.", "diaspora"],
  ];
  it.each(THEMED)("%s: passes the gate and gets the theme: %s", (_lang, text, theme) => {
    expect(relevant(text)).toBe(true);
    expect(themes(text)).toContain(theme);
  });

  const LOOK_ALIKES: [string, string][] = [
    ["en", "Troops deployed overseas will receive a hardship allowance."],
    ["en", "Engineers deployed abroad by the company to install the turbines are covered by its insurance."],
    ["ru", "Сотрудник, прибывший на работу с опозданием, обязан объяснить причину."],
  ];
  it.each(LOOK_ALIKES)("%s: a look-alike without migrants is not relevant and gets no tags: %s", (_lang, text) => {
    expect(relevant(text)).toBe(false);
    expect(tag(text).tags).toEqual([]);
  });
});
