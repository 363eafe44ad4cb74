// How national laws, decrees and sectoral strategies name migrants without the word "migration"
// (issue 2, fifteenth round): workers employed in a foreign country or sent for jobs overseas,
// citizens going abroad to work or leaving "на заработки", earnings and money sent home,
// nationals returning from abroad after work (the `sojourn` cue set), returning residents,
// nationals residing or settled abroad (with a people word, cue set `persons`), foreign citizens
// and persons without citizenship, compatriots beside a word for abroad, doctors and nurses
// leaving for other countries (cue set `abroad`), crossing the border outside official crossing
// points, moving from rural areas to the cities. Each wording is checked beside look-alikes that
// borrow it without migrants: travellers and tourists back from holidays, customs allowances,
// companies and disputes abroad, doctors leaving a hospital shift or moving to private clinics,
// foreign citizens as shareholders. Sentences written for this test; none is a passage of
// tests/fixtures/passages.jsonl.
import { describe, expect, it } from "vitest";
import { tag } from "../../shared/tagger/index";
import { relevant, themes } from "./tag-helpers";

describe("fifteenth-round national wording through tag()", () => {
  const THEMED: [string, string, string][] = [
    ["en", "A licensed agency may recruit citizens for employment in a foreign country only after the Ministry has approved the job offer and the wage.", "labour-migration"],
    ["en", "The Bureau shall keep a register of nationals employed overseas and of the agencies that placed them.", "labour-migration"],
    ["en", "Workers leaving the country for jobs overseas shall attend a two-day briefing on their rights and the laws of the host State.", "labour-migration"],
    ["en", "Citizens who go abroad to work must register their contract with the embassy within thirty days of arrival.", "labour-migration"],
    ["en", "Households that receive money from relatives working abroad spend most of it on schooling and housing.", "remittances"],
    ["en", "The central bank will lower the fees on money sent home by nationals living overseas.", "remittances"],
    ["en", "Citizens returning from abroad after a period of employment may claim back their unused social security contributions.", "return-reintegration"],
    ["en", "Returning residents may import one motor vehicle and their household effects free of duty.", "return-reintegration"],
    ["en", "The Government will hold an annual forum with nationals residing abroad on investment opportunities at home.", "diaspora"],
    ["en", "Associations of citizens settled abroad may apply for co-financing of cultural and school projects.", "diaspora"],
    ["en", "Persons without citizenship have the right to emergency medical care on the same terms as citizens.", "migrant-rights-protection"],
    ["en", "The border police shall refuse entry to any foreigner who does not hold a valid travel document.", "irregular-migration-border"],
    ["en", "Families moving to the cities from rural areas settle mostly in informal neighbourhoods without water or sewerage.", "internal-migration-urbanisation"],
    ["fr", "Les ressortissants rentrés définitivement au pays bénéficient d'une franchise douanière sur leurs effets personnels.", "return-reintegration"],
    ["es", "Las personas que regresan al país tras vivir en el exterior recibirán asesoría para emprender un negocio.", "return-reintegration"],
    ["es", "Toda persona extranjera tiene derecho a acceder a la educación pública sin importar su situación migratoria.", "migrant-rights-protection"],
    ["es", "La persona extranjera que ingrese por un paso no autorizado será sancionada con multa.", "irregular-migration-border"],
    ["ru", "Граждане, выезжающие на работу за границу, проходят бесплатный инструктаж об условиях труда.", "labour-migration"],
    ["ru", "Частные агентства, направляющие граждан на работу за рубеж, обязаны иметь лицензию.", "labour-migration"],
    ["ru", "Молодёжь из сельских районов массово уезжает на заработки в Россию и Казахстан.", "labour-migration"],
    ["ru", "Семьи, получающие деньги от родственников, работающих за рубежом, тратят их в основном на жильё.", "remittances"],
    ["ru", "Гражданам, вернувшимся после работы за границей, оказывается помощь в поиске работы.", "return-reintegration"],
    ["ro", "Cetățenii întorși acasă după ani de muncă peste hotare primesc consiliere pentru inițierea unei afaceri.", "return-reintegration"],
    ["ro", "Guvernul sprijină școlile duminicale ale comunităților de moldoveni stabiliți în străinătate.", "diaspora"],
    ["sr", "Državljani Republike Srbije koji odlaze na rad u inostranstvo mogu se obratiti Nacionalnoj službi za zapošljavanje.", "labour-migration"],
    ["sr", "Лица враћена из земаља Европске уније добијају помоћ при прибављању личних докумената.", "return-reintegration"],
    ["sr", "Ministarstvo podržava udruženja naših državljana koji žive u inostranstvu.", "diaspora"],
    ["ar", "تعتمد الأسر في المناطق الريفية على الأموال التي يرسلها أبناؤها العاملون في الخارج.", "remittances"],
    ["ar", "يستفيد المواطنون العائدون نهائيا إلى أرض الوطن من إعفاء جمركي على أمتعتهم الشخصية.", "return-reintegration"],
    ["ar", "يعاقب كل من يغادر التراب الوطني بطريقة غير قانونية عبر المنافذ الحدودية.", "irregular-migration-border"],
    ["en", "Each year hundreds of doctors leave the country for better-paid posts in Germany, and rural hospitals cannot fill their vacancies.", "skills-education-mobility"],
    ["en", "The outflow of qualified nurses to the Gulf States has left district clinics short of staff.", "skills-education-mobility"],
    ["en", "Persons crossing the state border outside official crossing points shall be detained by the border guard.", "irregular-migration-border"],
    ["ru", "Отток врачей и медицинских сестёр за рубеж привёл к нехватке кадров в районных больницах.", "skills-education-mobility"],
    ["ro", "Plecarea medicilor tineri în țările Uniunii Europene a lăsat spitalele raionale fără specialiști.", "skills-education-mobility"],
    ["es", "La salida de médicos y enfermeras hacia España ha dejado a los hospitales rurales sin especialistas.", "skills-education-mobility"],
    ["fr", "Le départ des médecins vers l'Europe prive les hôpitaux régionaux de spécialistes.", "skills-education-mobility"],
    ["ar", "أدت مغادرة الأطباء نحو الخارج إلى نقص في الأطر الطبية بالمستشفيات الجهوية.", "skills-education-mobility"],
    ["sr", "Lice koje pređe državnu granicu van graničnog prelaza kazniće se novčanom kaznom.", "irregular-migration-border"],
    ["es", "Toda persona que ingrese al territorio nacional por pasos no habilitados será sancionada.", "irregular-migration-border"],
    ["fr", "Les Tunisiens qui rentrent définitivement au pays peuvent importer un véhicule en franchise de droits.", "return-reintegration"],
    ["en", "Hotels may employ workers from other countries only for posts that no local applicant has filled.", "labour-migration"],
    ["fr", "Les travailleurs recrutés à l'étranger par les exploitations agricoles sont logés par l'employeur.", "labour-migration"],
    ["es", "La contratación en origen permitirá a las empresas agrícolas traer trabajadores de temporada con contrato firmado.", "labour-migration"],
    ["ru", "Работники из других государств, занятые в строительстве, проходят обязательное медицинское освидетельствование.", "labour-migration"],
    ["ar", "يستفيد العمال القادمون من الخارج من نفس الحماية التي يوفرها قانون الشغل.", "labour-migration"],
    ["fr", "La communauté marocaine résidant à l'étranger sera associée à l'élaboration des politiques publiques.", "diaspora"],
    ["en", "Whoever, for financial or other material benefit, facilitates the irregular entry of a person into the territory shall be punished.", "trafficking-smuggling"],
    ["fr", "Les incitations fiscales encourageront le transfert de leur épargne par les Marocains résidant à l'étranger.", "remittances"],
    ["en", "Periods of employment abroad shall count towards the old-age pension where a social security agreement so provides.", "labour-migration"],
    ["ru", "Периоды работы на территории других государств засчитываются в страховой стаж в соответствии с международными договорами.", "labour-migration"],
    ["ro", "Perioadele de muncă realizate în străinătate se iau în calcul la stabilirea pensiei.", "labour-migration"],
    ["es", "Los períodos cotizados en el exterior se sumarán para el cálculo de la jubilación.", "labour-migration"],
    ["en", "Persons crossing the state border shall present a valid passport to the border guard.", "irregular-migration-border"],
    ["en", "Returnees shall receive a one-off grant and help with finding housing.", "return-reintegration"],
    ["es", "Los retornados recibirán un bono de vivienda durante el primer año.", "return-reintegration"],
    ["sr", "Povratnici imaju pravo na besplatne udžbenike za decu.", "return-reintegration"],
  ];
  it.each(THEMED)("%s: passes the gate and gets its theme: %s (%s)", (_lang, text, theme) => {
    expect(relevant(text)).toBe(true);
    expect(themes(text)).toContain(theme);
  });

  const GATE: [string, string][] = [
    ["en", "A foreign citizen who stays beyond the period allowed by the visa shall be fined and may be removed."],
    ["fr", "Tout ressortissant étranger qui séjourne au-delà de la durée autorisée fait l'objet d'une mesure d'éloignement."],
    ["es", "Las familias que reciben dinero de parientes que trabajan en el exterior lo destinan sobre todo a vivienda."],
    ["sr", "Novac koji šalju članovi porodice koji rade u inostranstvu najčešće se troši na stanovanje."],
    ["ar", "يحق للأجنبي المقيم بصفة قانونية الاستفادة من خدمات الصحة العمومية."],
    ["ru", "Дети, родители которых находятся на заработках за рубежом, получат психологическую поддержку."],
    ["ro", "Copiii care nu au cetățenia Republicii Moldova sunt înscriși la grădiniță în aceleași condiții."],
    ["sr", "Deca koja nemaju državljanstvo Republike Srbije upisuju se u osnovnu školu pod istim uslovima."],
    ["en", "The Law on the entry into and exit from the Republic sets the grounds on which a visa may be refused."],
    ["ru", "Порядок выезда и въезда граждан устанавливается настоящим Законом."],
    ["fr", "Quiconque aide, dans un but lucratif, un étranger à entrer irrégulièrement sur le territoire est puni de cinq ans d'emprisonnement."],
    ["en", "The census will count for the first time the population residing abroad for more than a year."],
    ["en", "The Ministry shall keep records of citizens living outside the country for more than six months."],
    ["ru", "Лица, пересекающие государственную границу, обязаны предъявить действительные документы."],
    ["ru", "Граждане, постоянно проживающие за пределами республики, вправе голосовать в посольствах."],
    ["es", "Las personas ecuatorianas que viven fuera del país podrán votar en los consulados."],
    ["sr", "Lica koja prelaze državnu granicu dužna su da pokažu važeću putnu ispravu."],
  ];
  it.each(GATE)("%s: passes the gate: %s", (_lang, text) => {
    expect(relevant(text)).toBe(true);
  });

  const LOOK_ALIKES: [string, string][] = [
    ["en", "Staff working abroad on official missions receive a daily allowance set by the Ministry of Finance."],
    ["en", "Companies that export services abroad may deduct the costs of foreign offices."],
    ["en", "Students returning from summer holidays must present a medical certificate."],
    ["en", "The bank sends money to suppliers abroad within two working days."],
    ["fr", "Les entreprises françaises établies à l'étranger peuvent bénéficier d'une assurance-crédit."],
    ["ru", "Граждане, выезжающие за рубеж на отдых, обязаны иметь действующий паспорт."],
    ["es", "Los turistas extranjeros pueden solicitar la devolución del IVA en el aeropuerto."],
    ["ro", "Sportivii care pleacă la competiții în străinătate primesc o indemnizație zilnică."],
    ["sr", "Studenti koji se vraćaju sa letnjeg raspusta moraju da predaju potvrdu."],
    ["ar", "تعمل الشركة على تصدير منتجاتها إلى الخارج عبر الموانئ."],
    ["en", "The border crossing for trucks will be open twenty-four hours a day to speed up exports."],
    ["en", "Doctors leave the hospital at the end of their shift after handing over to the night team."],
    ["en", "Pupils whose parents work night shifts may stay in the after-school club until 7 p.m."],
    ["es", "Las empresas que exportan al exterior recibirán un crédito fiscal."],
    ["ru", "Граждане, выезжающие за рубеж, обязаны иметь заграничный паспорт."],
    ["en", "Travellers returning from abroad may bring in goods worth up to 500 dollars free of duty."],
    ["en", "Passengers returning from abroad must complete the health declaration form on arrival."],
    ["en", "Disputes settled abroad by arbitration shall be recognised by the courts."],
    ["en", "Foreign citizens and legal entities may hold shares in the privatised enterprises."],
    ["en", "The foreign national team arrived for the qualifying match."],
    ["en", "The ministry's departments moved to the capital after the new building opened."],
    ["en", "Doctors leave the hospital at the end of their shift; nurses leave at seven."],
    ["en", "The exodus of doctors from public hospitals to private clinics worries the ministry."],
    ["fr", "Les voyageurs de retour de l'étranger doivent déclarer les marchandises achetées."],
    ["fr", "Les entreprises installées à l'étranger doivent déclarer leurs filiales."],
    ["es", "Los viajeros que regresan al país deben declarar el dinero en efectivo que porten."],
    ["es", "Las sociedades residentes en el extranjero tributan por sus rentas obtenidas en el país."],
    ["ro", "Turiștii întorși acasă din vacanță pot depune reclamații la agenție."],
    ["ar", "يخضع المسافرون العائدون من الخارج للمراقبة الجمركية."],
    ["ar", "يستفيد المستثمر الأجنبي المقيم من الإعفاء الضريبي."],
    ["en", "The loss of doctors to early retirement has left rural clinics short of staff."],
    ["en", "Outflow of capital abroad reached record levels in the last quarter."],
    ["en", "Workers abroad on business trips are covered by the company's insurance."],
    ["en", "Ministry officials moving to the capital will receive a housing allowance."],
    ["en", "Equipment hired from abroad for the festival must be sent back within a month."],
    ["ro", "Mărfurile venite din țări terțe sunt supuse controlului vamal."],
    ["sr", "Proizvodi iz drugih zemalja moraju imati deklaraciju na srpskom jeziku."],
    ["en", "Companies may claim a refund for goods sold for profit to foreign buyers."],
    ["fr", "L'association, qui ne poursuit aucun but lucratif, organise des cours de musique."],
    ["en", "The market entry and exit of firms depends on regulatory barriers."],
    ["ru", "Порядок въезда и выезда транспортных средств на территорию стоянки устанавливает администрация."],
    ["en", "Goods crossing the state border shall be declared to customs."],
    ["en", "Periods of employment in the public service count towards seniority."],
    ["ru", "Товары, пересекающие государственную границу, подлежат декларированию."],
    ["es", "Las empresas que operan fuera del país deben presentar estados financieros consolidados."],
    ["ru", "Проживающие за пределами города дачники платят налог на землю."],
    ["ru", "Граждане, вернувшиеся из-за рубежа после отпуска, должны пройти медицинский осмотр."],
  ];
  it.each(LOOK_ALIKES)("%s: a look-alike without migrants is not relevant and gets no tags: %s", (_lang, text) => {
    expect(relevant(text)).toBe(false);
    expect(tag(text).tags).toEqual([]);
  });
});
