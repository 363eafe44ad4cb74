// The tagger with the bundled taxonomy, on sentences written for these tests.
import { describe, expect, it } from "vitest";
import { evidenceSentence, tag, THRESHOLDS, warmUp } from "../../shared/tagger/index";

const themes = (text: string) =>
  tag(text)
    .tags.filter((t) => t.facet === "theme")
    .map((t) => t.id);
const facet = (text: string, f: string) =>
  tag(text)
    .tags.filter((t) => t.facet === f)
    .map((t) => t.id);

describe("tag() with the bundled taxonomy", () => {
  it("builds its matcher once, quickly enough to report", () => {
    const w = warmUp();
    expect(w.patterns).toBeGreaterThan(1000);
  });

  it("keeps every evidence span exact in the original text", () => {
    const text = "La Loi n° 2016-61 relative à la prévention et la lutte contre la traite des personnes protège les victimes, y compris les travailleurs migrants.";
    const r = tag(text);
    expect(r.tags.length).toBeGreaterThan(0);
    for (const t of r.tags) {
      expect(t.evidence.length).toBeGreaterThan(0);
      for (const e of t.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
      expect(t.score).toBeGreaterThan(0);
      expect(t.score).toBeLessThanOrEqual(1);
    }
    expect(themes(text)).toContain("trafficking-smuggling");
    expect(r.language).toBe("fr");
  });

  it("recognises the themes in each language of the programme countries", () => {
    expect(themes("The strategy aims to reduce the cost of remittances sent by migrant workers.")).toContain("remittances");
    expect(themes("La estrategia promueve el retorno voluntario y la reintegración de los migrantes retornados.")).toContain("return-reintegration");
    expect(themes("Программа направлена на защиту прав трудовых мигрантов и их семей за рубежом.")).toContain("labour-migration");
    expect(themes("Guvernul susține implicarea diasporei și a asociațiilor diasporei în dezvoltarea Republicii Moldova.")).toContain("diaspora");
    expect(themes("Стратегија се односи на борбу против трговине људима и кријумчарења миграната.")).toContain("trafficking-smuggling");
    expect(themes("Strategija se odnosi na borbu protiv trgovine ljudima i krijumčarenja migranata.")).toContain("trafficking-smuggling");
    expect(themes("تهدف الاستراتيجية الوطنية للهجرة واللجوء إلى حماية حقوق المهاجرين واللاجئين.")).toEqual(
      expect.arrayContaining(["forced-displacement-asylum"]),
    );
  });

  it("counts foreign nationals, protection applicants and remittance markets as migration in every language", () => {
    const texts = [
      "The Ministry of Interior keeps a register of foreign nationals holding a long-term permit.",
      "Les ressortissants étrangers doivent déclarer leur adresse à la préfecture.",
      "Las personas extranjeras podrán acceder al sistema público de salud en igualdad de condiciones.",
      "Иностранные граждане обязаны встать на учёт в течение семи дней.",
      "Cetățenii străini pot solicita eliberarea unui permis de ședere.",
      "Strani državljani prijavljuju boravište policiji.",
      "Страни држављани пријављују боравиште полицији.",
      "يلتزم الرعايا الأجانب بتجديد بطاقة الإقامة.",
      // Remittance markets are about migrants' money even where no migrant is named.
      "The central bank will lower the cost of remittances and license remittance service providers.",
      "El plan reduce el costo de las remesas para los hogares receptores de remesas.",
    ];
    for (const text of texts) expect(tag(text).relevance, text).toBeGreaterThanOrEqual(THRESHOLDS.relevance);
  });

  it("gets near-zero relevance and no tags on look-alikes", () => {
    for (const text of [
      "The database migration to the new cloud server will be completed in March; the data migration scripts are tested.",
      "Bird migration along the coast peaks in autumn, when migratory birds rest in the wetlands.",
      "Cell migration and tumour invasion were measured in the laboratory assays.",
      "The police seized heroin in a drug trafficking operation on the motorway.",
      "The old lunatic asylum was turned into a museum of psychiatry.",
      "Hospital readmission rates fell after the new discharge protocol.",
      "The national health strategy expands primary care, vaccination and hospital services in rural districts.",
    ]) {
      const r = tag(text);
      expect(r.relevance, text).toBeLessThan(THRESHOLDS.relevance);
      expect(r.tags, text).toEqual([]);
    }
  });

  it("tags a sector only where the text ties it to migration", () => {
    expect(facet("Migrant workers and their families shall have access to health care and hospital services.", "sector")).toContain("health");
    const unrelated =
      "This law regulates the employment of migrant workers abroad. " +
      "The ministry publishes the annual budget. ".repeat(4) +
      "Hospitals shall keep patient records for ten years.";
    expect(facet(unrelated, "sector")).not.toContain("health");
  });

  it("reads explicit references to GCM objectives and SDG targets", () => {
    const r = tag("In line with Objective 19 of the Global Compact for Migration and SDG target 10.c, the plan lowers remittance costs.");
    const ids = r.tags.map((t) => `${t.facet}:${t.id}`);
    expect(ids).toContain("gcm:gcm-19");
    expect(ids).toContain("sdg:sdg-10.c");
  });

  it("detects the language of each programme country", () => {
    const cases: [string, string][] = [
      ["The government shall protect the rights of migrants and their families.", "en"],
      ["Le gouvernement protège les droits des migrants et de leurs familles dans le pays.", "fr"],
      ["El gobierno protege los derechos de los migrantes y de sus familias en el país.", "es"],
      ["Guvernul protejează drepturile migranților și ale familiilor lor în țară.", "ro"],
      ["Vlada štiti prava migranata i njihovih porodica koji su u zemlji.", "sr"],
      ["Влада штити права миграната и њихових породица који су у земљи.", "sr"],
      ["Правительство защищает права мигрантов и их семей, которые находятся в стране.", "ru"],
      ["تحمي الحكومة حقوق المهاجرين وأسرهم في البلاد.", "ar"],
    ];
    for (const [text, lang] of cases) expect(tag(text).language, text).toBe(lang);
  });

  it("names countries in their own languages, most named first", () => {
    expect(tag("Республика Молдова и Кыргызстан подписали соглашение о трудовой миграции; Молдова ратифицировала его.").country.slice(0, 2)).toEqual(["MDA", "KGZ"]);
    expect(tag("اتفاقية بين المملكة المغربية والجمهورية التونسية").country).toEqual(expect.arrayContaining(["MAR", "TUN"]));
    expect(tag("Република Србија и Republika Srbija").country).toEqual(["SRB"]);
    expect(tag("Migrants from Ecuador and Jamaica").country).toEqual(expect.arrayContaining(["ECU", "JAM"]));
  });

  it("says what kind of document the text is", () => {
    expect(tag("Law No. 34 of 2018 on foreigners and the employment of migrant workers").instrument).toBe("law");
    expect(tag("Hotărârea Guvernului nr. 200 cu privire la aprobarea Programului pentru diaspora și migranți").instrument).not.toBeNull();
    expect(tag("National Action Plan for the reintegration of returning migrants 2020-2024").instrument).toBe("action-plan");
  });

  it("reads the compact's register: its own name, 'we' as States, look-alikes in the same register", () => {
    expect(tag("(b) Support Member States in designing projects that implement this Global Compact.").relevance).toBeGreaterThanOrEqual(THRESHOLDS.relevance);
    expect(tag("Nous nous engageons à ce que personne ne soit contraint de migrer faute de moyens de subsistance.").relevance).toBeGreaterThanOrEqual(
      THRESHOLDS.relevance,
    );
    // "We commit" puts the sentence between States, so the bare verb is international cooperation.
    expect(themes("We commit to cooperate in protecting the lives of migrants in transit.")).toContain("international-cooperation");
    expect(themes("The municipality will cooperate with the police to protect migrants in transit.")).not.toContain("international-cooperation");
    for (const lookAlike of [
      "(c) Strengthen cooperation among range States along the flyways to protect wetlands used by migratory waterbirds during their migration.",
      "Nous nous engageons à assurer la migration des registres fonciers vers la nouvelle plateforme numérique et le cadastre.",
    ]) {
      expect(tag(lookAlike).tags, lookAlike).toEqual([]);
    }
  });

  it("takes the diaspora in development and compact text for migration, and refuses cultural and botanical diasporas", () => {
    const relevant = [
      "(d) Map where members of the diaspora live and what skills they hold.",
      "(b) Offer tax incentives so that the diaspora can invest in small businesses in rural areas.",
      "b) Faciliter la participation des membres de la diaspora aux projets locaux.",
      "c) Promover la participación de la diáspora en el desarrollo de sus comunidades.",
      "Государство поддерживает вовлечение диаспоры в развитие регионов.",
      "Guvernul susține implicarea diasporei în proiectele comunităților locale.",
      "Vlada podržava ulaganja dijaspore u razvoj lokalnih zajednica.",
      "تدعم الحكومة مساهمة الشتات في التنمية المحلية.",
      "Strategia națională privind diaspora menține legătura cu școlile de limba română din străinătate.",
    ];
    for (const text of relevant) {
      const r = tag(text);
      expect(r.relevance, text).toBeGreaterThanOrEqual(THRESHOLDS.relevance);
      expect(themes(text), text).toContain("diaspora");
    }
    for (const lookAlike of [
      "The new wing of the museum presents the music of the African diaspora, from early jazz to Afrobeat.",
      "A seminar on diaspora literature traces the development of the novel of exile after 1945.",
      "Le colloque porte sur la littérature de la diaspora et les figures de l'errance.",
      "Изучено распространение диаспор растений ветром на заброшенных пашнях.",
    ]) {
      expect(tag(lookAlike).tags, lookAlike).toEqual([]);
    }
  });

  it("reads border words in a compact's action item as migration when the item names people, not goods", () => {
    const item = "(c) Train border guards at border crossing points to recognise persons who need assistance.";
    expect(tag(item).relevance).toBeGreaterThanOrEqual(THRESHOLDS.relevance);
    expect(themes(item)).toContain("irregular-migration-border");
    // The same words outside an action item have no migration anchor.
    expect(tag("Border guards at border crossing points recognise persons who need assistance.").relevance).toBeLessThan(THRESHOLDS.relevance);
    for (const lookAlike of [
      "(f) Harmonize customs procedures and set up one-stop border posts at the main crossings for trucks and freight.",
      "(d) Return looted antiquities to their countries of origin and strengthen controls at border crossings.",
    ]) {
      expect(tag(lookAlike).tags, lookAlike).toEqual([]);
    }
  });

  it("reads compact wording that names no migrant: migration corridors, workers between countries, recruitment fees", () => {
    const relevant = [
      "(b) Set up joint job-matching platforms for countries of origin and destination.",
      "Nous nous engageons à coopérer avec les pays d'origine, de transit et de destination.",
      "c) Compartir información entre los países de origen, tránsito y destino.",
      "Государства сотрудничают со странами происхождения и назначения.",
      "Guvernul cooperează cu țările de origine și de destinație.",
      "Vlada sarađuje sa zemljama porekla i odredišta.",
      "تتعاون الحكومة مع بلدان المنشأ والعبور والمقصد.",
      "Seasonal workers employed in the territory of the other Party shall enjoy the same protection as national workers.",
      "(c) Publish the list of recruitment fees that agencies may not charge to workers.",
      "Les travailleurs qui ont cotisé dans plusieurs pays conservent leurs droits à pension.",
      "Работники, работавшие в нескольких странах, сохраняют пенсионные права.",
      "(a) Expand regular pathways so that people can join their families.",
      "Early warning systems help authorities anticipate storms that uproot communities along the coast.",
    ];
    for (const text of relevant) expect(tag(text).relevance, text).toBeGreaterThanOrEqual(THRESHOLDS.relevance);
    expect(themes("Seasonal workers employed in the territory of the other Party shall enjoy the same protection as national workers.")).toContain(
      "labour-migration",
    );
    for (const lookAlike of [
      // The drug-control formula: the corridor phrases yield to drug words as "migration" yields to birds.
      "(c) Strengthen the control of precursor chemicals among countries of origin, transit and destination of illicit drugs.",
      "Nous nous engageons à coopérer avec les pays d'origine, de transit et de destination des stupéfiants.",
      "Expanding trade between countries of the region creates decent jobs for workers and their families.",
      "Companies operating in several countries shall report the number of workers they employ.",
      "Crew workers shall complete the safety checklist before departure of the vessel.",
      "Recruitment to the public service is fair: no recruitment fees may be charged to candidates.",
      "Goods shall carry a certificate stating the country of origin and the country of destination.",
      "Landslides may uproot trees and damage roads in mountain districts.",
      "Circular labour market policies help the long-term unemployed move between training and jobs.",
    ]) {
      expect(tag(lookAlike).tags, lookAlike).toEqual([]);
    }
  });

  it("takes an item that opens with its letter and an operative verb for an action of a compact", () => {
    const item = "(c) Develop bilateral labour mobility schemes that protect the rights of migrant workers.";
    const r = tag(item);
    expect(r.instrument).toBe("agreement");
    const ev = r.tags.find((t) => t.facet === "instrument")?.evidence.map((e) => e.quote);
    expect(ev).toEqual(["Develop"]);
    expect(tag("b) Crear puestos fronterizos conjuntos que respeten los derechos de los migrantes.").instrument).toBe("agreement");
    // The same verb elsewhere, an item of a law, or an item of a plan that names itself, is not.
    expect(tag("The ministry will develop schemes that protect the rights of migrant workers.").instrument).not.toBe("agreement");
    expect(tag("(c) the migrant worker holds a valid work permit issued under this Law.").instrument).toBe("law");
    expect(tag("(a) Develop, under this National Action Plan, reintegration services for returning migrants.").instrument).toBe("action-plan");
  });

  it("gives the sentence around an evidence span", () => {
    const text = "First sentence here. The plan supports migrant workers abroad. Last one.";
    const r = tag(text);
    const e = r.tags[0].evidence[0];
    expect(evidenceSentence(text, e).quote).toBe("The plan supports migrant workers abroad.");
  });

  it("is deterministic", () => {
    const text = "Стратегия миграционной политики Кыргызской Республики на 2021–2030 годы.";
    expect(tag(text)).toEqual(tag(text));
  });
});
