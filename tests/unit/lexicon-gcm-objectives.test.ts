// GCM objective wording of the fourteenth round (issue 2), through the whole tagger: the words of
// objectives 5, 6, 7, 9, 11, 12, 13, 15, 17, 21 and 22 as commitments and national texts put them
// (social protection and entitlements kept on moving, returning migrants, common borders and border
// guards, cultural mediators, equal treatment with national workers, journalists and stigma,
// deprivation of liberty, written decisions and appeals, unpaid wages and withheld passports,
// smuggling operations, emergency medical care, returnees received with dignity, border procedures,
// circular labour schemes, a guardian and the best interests of the child), and the precision
// changes of the same round: a withheld passport is decent work (objective 6), not legal identity
// (objective 4); a residence permit named once is no irregular migration; labour inspectors among
// police and prosecutors are no employment sector; local authorities named among the members of a
// coordination body are no urban and local sector. Most objective words count only near a migration
// anchor, so the same words without migrants must give no tags. Sentences written for this test;
// none is a passage of tests/fixtures/passages.jsonl.
import { describe, expect, it } from "vitest";
import { tag, THRESHOLDS } from "../../shared/tagger/index";
import { ids } from "./tag-helpers";

describe("fourteenth-round GCM objective wording through tag()", () => {
  const OBJECTIVES: [string, string, string][] = [
    ["en", "gcm-22", "We commit to help migrant workers keep their entitlements when they move to another country."],
    ["fr", "gcm-22", "Nous veillerons à ce que les travailleurs migrants puissent accéder à la protection sociale et conserver les prestations acquises."],
    ["ru", "gcm-22", "Трудящиеся-мигранты должны иметь доступ к пенсиям и пособиям после возвращения."],
    ["ar", "gcm-22", "يحق للعمال المهاجرين الحصول على الحماية الاجتماعية ونقل استحقاقاتهم عند العودة."],
    ["en", "gcm-17", "Train journalists to report on migrants without stereotypes that stigmatise them."],
    ["es", "gcm-17", "Los periodistas recibirán formación para informar sobre los migrantes sin estigmatizarlos."],
    ["en", "gcm-13", "Migrants deprived of their liberty shall be held only in places of detention open to independent monitoring."],
    ["fr", "gcm-13", "Les migrants privés de liberté ne peuvent être placés que dans des lieux de rétention contrôlés par un organe indépendant."],
    ["ru", "gcm-13", "Мигранты, лишенные свободы, содержатся только в местах содержания, открытых для независимого контроля."],
    ["en", "gcm-12", "Every migrant who applies for a permit receives a written decision and information on the right to appeal."],
    ["en", "gcm-6", "Migrant workers may claim unpaid wages and equal pay through the labour courts."],
    ["ru", "gcm-6", "Работодатель не вправе удерживать паспорт трудового мигранта; невыплата заработной платы мигрантам наказывается штрафом."],
    ["sr", "gcm-6", "Poslodavac ne sme da oduzme pasoš radniku migrantu niti da mu uskrati isplatu zarade."],
    ["en", "gcm-9", "Coast guards and joint investigation teams shall dismantle the smuggling operations that move migrants by sea."],
    ["ar", "gcm-9", "التهريب البحري للمهاجرين تتصدى له فرق التحقيق المشتركة وخفر السواحل."],
    ["en", "gcm-15", "Migrants, whatever their status, shall receive emergency medical care and enrol their children in primary school."],
    ["es", "gcm-15", "Las personas migrantes tendrán acceso a la asistencia sanitaria de urgencia y a la educación obligatoria."],
    ["en", "gcm-21", "Persons returned to their country of origin shall be received with dignity at the airport by the migration service."],
    ["en", "gcm-11", "We commit to review border procedures at our national borders so that migrants are screened with respect for their rights."],
    ["en", "gcm-5", "We will open circular labour schemes and bilateral labour agreements for seasonal workers from partner countries."],
    ["en", "gcm-7", "Unaccompanied migrant children shall be assigned a guardian, and the best interests of the child shall guide every decision."],
    ["en", "gcm-21", "Returning migrants receive counselling and start-up grants so that their return is sustainable."],
    ["fr", "gcm-11", "Nous renforcerons la gestion de nos frontières communes avec les États voisins et la formation des gardes-frontières face aux franchissements irréguliers de migrants."],
    ["es", "gcm-11", "Nos comprometemos a gestionar nuestras fronteras comunes con los Estados vecinos y a formar a los funcionarios de fronteras frente a los cruces irregulares de migrantes."],
    ["en", "gcm-15", "Cultural mediators in primary health centres will help migrants understand their treatment."],
    ["fr", "gcm-6", "Les travailleurs migrants bénéficient des mêmes conditions de travail et de l'égalité de traitement avec les travailleurs nationaux."],
  ];
  it.each(OBJECTIVES)("%s: %s is asserted: %s", (_lang, objective, text) => {
    expect(ids(text, "gcm")).toContain(objective);
  });

  it("a passport withheld by an employer is decent work (objective 6), not legal identity (objective 4)", () => {
    const gcm = ids("No employer may retain the passport or identity documents of a migrant worker.", "gcm");
    expect(gcm).toContain("gcm-6");
    expect(gcm).not.toContain("gcm-4");
  });

  it("a residence permit named once is no irregular migration", () => {
    const text = "A foreign national holding a residence permit may bring his or her children under the family reunification procedure.";
    expect(tag(text).relevance).toBeGreaterThanOrEqual(THRESHOLDS.relevance);
    expect(ids(text, "theme")).not.toContain("irregular-migration-border");
  });

  it("labour inspectors among police and prosecutors are no employment sector", () => {
    const text = "Police, prosecutors and labour inspectors shall identify victims of trafficking and refer them to shelters.";
    expect(ids(text, "sector")).toContain("justice-security");
    expect(ids(text, "sector")).not.toContain("employment");
  });

  const COORDINATION: [string, string][] = [
    ["en", "The national migration council brings together the ministries and the local authorities and reports to the Government."],
    ["es", "El consejo nacional de migración reúne a los ministerios y a los gobiernos locales."],
  ];
  it.each(COORDINATION)("%s: local authorities among a coordination body's members are no urban-local sector: %s", (_lang, text) => {
    expect(tag(text).relevance).toBeGreaterThanOrEqual(THRESHOLDS.relevance);
    expect(ids(text, "sector")).not.toContain("urban-local");
  });

  const LOCAL: [string, string][] = [
    ["en", "Local authorities shall provide housing and community centres for migrants who settle in their city."],
    ["fr", "Les membres de la diaspora sont associés à l'élaboration des plans de développement local de leurs communes d'origine."],
  ];
  it.each(LOCAL)("%s: local government with a second local word is still urban-local: %s", (_lang, text) => {
    expect(ids(text, "sector")).toContain("urban-local");
  });

  const LOOK_ALIKES: [string, string][] = [
    ["en", "Journalists will receive training on reporting about elections without stereotypes that stigmatise minorities."],
    ["en", "Civil servants may claim unpaid wages and equal pay through the administrative courts."],
    ["en", "Prisoners deprived of their liberty shall be held only in places of detention open to independent monitoring."],
    ["en", "Older persons shall keep their pension entitlements and access to social protection when they move to another region."],
    ["en", "Coast guards and joint investigation teams shall dismantle the networks that smuggle cigarettes by sea."],
    ["en", "Border procedures at our national borders will be simplified for freight trucks and goods."],
    ["en", "Every company that applies for a building permit receives a written decision and information on the right to appeal."],
    ["en", "The national tourism council brings together the ministries and the local authorities to promote the region."],
    ["en", "Returning students receive counselling and start-up grants so that their business is sustainable."],
    ["en", "Cultural mediators in museums will help visitors understand the exhibitions."],
    ["fr", "Nous renforcerons la gestion de nos frontières communes avec les États voisins pour le commerce des marchandises."],
  ];
  it.each(LOOK_ALIKES)("%s: the same words without migrants give no tags: %s", (_lang, text) => {
    expect(tag(text).tags).toEqual([]);
  });
});
