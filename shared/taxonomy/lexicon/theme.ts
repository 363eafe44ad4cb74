/**
 * Lexicons of the 16 `theme` categories (ids: shared/taxonomy/categories.ts THEMES, a contract).
 *
 * What the marks mean here, and why they matter for this facet in particular:
 * - A plain term is migration-specific by itself: besides scoring its theme it counts as a
 *   migration anchor for the relevance gate and opens a context window. So plain terms must not
 *   occur in non-migration policy text ("labour migration", "asylum seekers", "brain drain").
 * - `~term` is generic policy vocabulary that means this theme only when migration is discussed
 *   near it: return, reintegration, border control, recruitment agencies, social cohesion, forced
 *   labour, recognition of qualifications, whole-of-government... Without the `~` a health,
 *   trade or HR text would be tagged (and made "relevant") by these words.
 * - `!term` is a look-alike of this theme only (remittance advice, reintegration of ex-combatants,
 *   No Child Left Behind, European integration...): it voids the theme in its sentence. Look-alikes
 *   of migration as a whole live in ./migration.ts.
 * - `term^3` marks a decisive phrase (used sparingly); phrases already weigh more than words.
 *
 * Matching is on folded text (see ./migration.ts header), and every pattern counts once per
 * category: a form spelt the same in two languages after folding (Romanian "reintegrare" and
 * Spanish "reintegrar", Russian "реинтеграц*" = "reintegrac*" = Serbian "reintegracija") is listed
 * once, under one language, so it does not count twice. Russian stems are written so that their
 * Latin transliteration is not the prefix of an unrelated Latin word (no `дет*` = "det*").
 * Inflection: ru/ro/sr/ar by stems; Romanian articled forms (migrației, migranților) are folded
 * to migratiei/migrantilor and reached by the stems; Arabic terms are in dictionary form, the
 * tagger strips proclitics (و ف ب ك ل, ال/لل).
 * Kyrgyz: stems cover the agglutinative suffixes (мигранттарынын, которууларына); Russian loans
 * that fold alike (миграция, мигрант*, диаспор*, интеграц*, медицин*) are reached through the
 * ru/en terms, so only the Kyrgyz suffixed forms (миграциясы, миграциялык*) are listed under ky.
 * Bengali: folding drops vowel signs and the virama, so words that differ only in them meet
 * (আইন "law" = আইনি "legal", বিদেশে = বিদেশি, নাগরিক starts like নগর); a Bengali stem needs at least
 * three consonants after folding, and where a short stem would reach another word the exact forms
 * are listed instead.
 * Vocabulary: editorial, as laws, strategies and action plans word these topics; seeded from the
 * research notes (taxonomy.md B2) and extended; not fitted to any evaluation passage.
 */
import type { FacetLexicon, LexiconText } from "../types";
import { RETURN_FROM_PLACE, WORK_IN_PLACE } from "./places";

const LABOUR: LexiconText = {
  en: `
labour migration; labor migration; labour migrant*; labor migrant*; migrant worker*; migrant labour; migrant labor;
foreign worker*; foreign labour; foreign labor; foreign workforce; foreign manpower; overseas employment;
foreign employment; employment abroad; work abroad; working abroad; jobs abroad; overseas job*; overseas worker*;
contract workers abroad; temporary labour migration; temporary labor migration; temporary migrant worker*;
circular migration; ~seasonal migration; seasonal migrant*; ~seasonal worker*; ~seasonal agricultural workers;
~work permit*; work visa*; employment visa*; employment of foreigners; employment of foreign nationals;
recruitment of foreign workers; ~recruitment agenc*; ~recruiting agenc*; ~private employment agenc*;
~recruitment fee*; ~recruitment cost*; ~fair recruitment; ~ethical recruitment; ~recruiter*; ~licensed recruiters;
pre-departure orientation; ~pre-departure training; pre-departure briefing; ~labour mobility; ~labor mobility;
bilateral labour agreement*; bilateral labor agreement*; labour attaché*; labor attaché*; labour wing*;
emigration clearance; manpower export; export of manpower; overseas employment promotion; BMET;
Bureau of Manpower, Employment and Training; Overseas Employment and Migrants Act; economic migrant*;
economic migration; migration for employment; domestic workers abroad; migrant domestic workers; guest worker*;
skilled migration; skilled migrant*; low-skilled migrant*; labour emigration; labor emigration; labour immigration;
labor immigration; Employment Permit System; kafala; ~labour market needs^1; ~labour shortage*; ~labor shortage*;
~skill shortage*; ~employment contract*^1; ~decent work^1; ~deployment of workers; ~occupational safety^1;
~wage protection^1; ~standard employment contract; ~welfare fund; ~overseas employment contract*;
BOESL; Bangladesh Overseas Employment and Services Limited; Overseas Employment Policy; ~District Employment and Manpower Office*; Overseas Employment Promotion Act; Emigration Act;
!parents work abroad; !parents working abroad; !parents who work abroad; !parents are employed abroad; !parents employed abroad; !parents are working abroad
employment in a foreign country; work in a foreign country; working in a foreign country; employed in a foreign country;
employed abroad; employed overseas; working overseas; work overseas; jobs overseas; workers abroad;
go abroad to work; going abroad to work; went abroad to work; gone abroad to work; travel abroad for work;
!official mission*; !business trip*
Farm Work Programme; Farm Work Program; Seasonal Agricultural Workers Programme; Seasonal Agricultural Workers Program; SAWP
workers from abroad; workers from other countries; workers from third countries; workers recruited abroad; recruited from abroad&!passing;
workers coming from abroad
periods of work abroad; periods of employment abroad; insurance periods completed abroad; periods of insurance completed abroad; work periods abroad
!companies working in; !firms working in; !enterprises working in; !businesses working in; !companies operating in;
!team working in; !teams working in; !staff working in; !diplomats working in; !embassy staff in;
${WORK_IN_PLACE.en}
left the country in search of work; leave the country in search of work; leaving the country in search of work; left the country to work;
leave the country to work; leaving the country to work; left the country for work; leave the country for work
leaving the country for work; leave the country for jobs; leaving the country for jobs; left the country for jobs; leave the country for employment;
leaving the country for employment; left the country for employment; going abroad for work; going abroad for employment; going abroad for jobs; going abroad in search of work; go abroad for work; go abroad for employment; go abroad for jobs; go abroad in search of work; went abroad for work; went abroad for employment; went abroad for jobs; went abroad in search of work; gone abroad for work; gone abroad for employment; gone abroad for jobs; gone abroad in search of work; goes abroad for work; goes abroad for employment; goes abroad for jobs; goes abroad in search of work;
workers going abroad; workers who go abroad; workers who went abroad; workers leaving for abroad;
seasonal work scheme*&abroad; seasonal worker scheme*&abroad; seasonal worker programme*&abroad
Overseas Filipino Workers; OFW; OFWs; deployed overseas&persons; deployed abroad&persons; deployment of workers abroad; deployment of workers overseas
~portability of pensions^2; ~portability of social security^2; ~portability of benefits^2
labour emigrant*; labor emigrant*
~job offer*^1.5; ~change employer*^1.5; ~licensed agencies^1.5; ~place workers^1.5; ~placing workers^1.5; ~labour schemes^1.5
~regular channels^1
go to work in&abroad&!passing; goes to work in&abroad&!passing; going to work in&abroad&!passing; went to work in&abroad&!passing; gone to work in&abroad&!passing; left to work in&abroad&!passing; leave to work in&abroad&!passing; leaving to work in&abroad&!passing; intend to work in&abroad&!passing; plan to work in&abroad&!passing; recruited to posts in&abroad&!passing; recruited to work in&abroad&!passing; recruited for work in&abroad&!passing; recruited for jobs in&abroad&!passing; job offer abroad; job offers abroad; third-country workers; third-country worker
`,
  fr: `
partent travailler&abroad&!passing; partir travailler&abroad&!passing; placent des travailleurs&abroad; placer des travailleurs&abroad; placement de travailleurs&abroad
migration* de travail; migration* de main-d'œuvre; migration* économique*; migrant* économique*;
travailleur* migrant*; travailleuse* migrante*; main-d'œuvre étrangère; main-d'œuvre migrante; travailleur* étranger*;
travailleurs émigrés; emploi* à l'étranger; placement à l'étranger; travail à l'étranger; travailler à l'étranger;
~mobilité de la main-d'œuvre; mobilité professionnelle internationale; migration circulaire; migration saisonnière;
~travailleurs saisonniers; ~permis de travail; autorisation de travail; contrat de travail visé; emploi des étrangers;
emploi des travailleurs étrangers; recrutement de travailleurs étrangers; accord* de main-d'œuvre;
~agences de recrutement; ~agences privées de placement; ~agences d'emploi privées; ~frais de recrutement;
~recrutement équitable; ~recrutement éthique; ~placement international; ~intermédiation internationale;
~ANAPEC; ~ATCT; ~préférence nationale; ~conditions de travail^1; ~travail décent^1; ~contrat de travail^1;
~ANETI^1;
!parents travaillent à l'étranger; !parents sont employés à l'étranger; !parents partis travailler à l'étranger
travaillant à l'étranger; travaillent à l'étranger; emploi dans un pays étranger; travail dans un pays étranger;
travailleurs à l'étranger; !mission officielle; !missions officielles
travailleurs venus de l'étranger; travailleurs recrutés à l'étranger; main-d'œuvre venue de l'étranger; recrutés à l'étranger
périodes d'assurance accomplies à l'étranger; périodes de travail à l'étranger; périodes d'emploi à l'étranger
!entreprises travaillant; !sociétés travaillant;
${WORK_IN_PLACE.fr}
partis travailler à l'étranger; quittent le pays pour travailler; quitté le pays pour travailler
~portabilité des droits à pension^2; ~portabilité des pensions^2; ~portabilité de la sécurité sociale^2
~changer d'employeur^1; ~offres d'emploi^1; ~agences agréées^1
`,
  es: `
se fueron a trabajar&abroad&!passing; se van a trabajar&abroad&!passing; viajan a trabajar&abroad&!passing; salen a trabajar&abroad&!passing; salieron a trabajar&abroad&!passing; contratados en origen; contratadas en origen; contrataciones en origen
migraci* laboral*; trabajador* migrante*; migrante* laboral*; mano de obra extranjera;
mano de obra migrante; migrantes económicos; migración temporal; migración circular; trabajadores temporales en el exterior;
~trabajadores temporales; ~trabajadores agrícolas temporales; ~trabajadores temporeros; empleo en el exterior;
trabaj* en el exterior; trabaj* en el extranjero; empleo en el extranjero; permiso de trabajo; visa de trabajo;
visado de trabajo; contratación de trabajadores extranjeros; programa de trabajadores agrícolas temporales;
~agencias de colocación; ~agencias privadas de empleo; ~agencias de empleo privadas; ~costos de contratación;
~contratación equitativa; ~contratación ética; ~movilidad laboral; ~intermediación laboral;
acuerdo de migración laboral; convenio de migración laboral; convenio* de movilidad laboral; ~condiciones laborales^1;
~trabajo decente^1; ~contrato de trabajo^1;
empleo temporal en el exterior; trabajadores ecuatorianos en el exterior; contratación de trabajadores migrantes; ~reclutamiento de trabajadores; ~reclutamiento equitativo; visas de trabajo;
!padres trabajan en el exterior; !padres trabajan en el extranjero; !padres están empleados en el exterior; !padres que trabajan en el exterior; !padres que trabajan en el extranjero
empleos en el exterior; empleo en otro país; trabajar en otro país
trabajadores procedentes de otros países; trabajadores de otros países; trabajadores procedentes del extranjero;
trabajadores contratados en el extranjero; contratación en origen
períodos de cotización en el exterior; períodos cotizados en el exterior; cotizaciones realizadas en el exterior; períodos de seguro cumplidos en el extranjero
!empresas que trabajan en;
${WORK_IN_PLACE.es}
salieron del país en busca de trabajo; salen del país en busca de trabajo; abandonan el país en busca de trabajo
~portabilidad de las pensiones^2; ~portabilidad de la seguridad social^2; ~portabilidad de los derechos de pensión^2
temporeros procedentes de otros países; temporeros procedentes del extranjero; temporeras procedentes de otros países
~cambiar de empleador^1; ~ofertas de empleo^1; ~agencias autorizadas^1
`,
  ru: `
выезжающ* на работу&abroad&!passing; выезжают на работу&abroad&!passing; выехали на работу&abroad&!passing; уехавш* на работу&abroad&!passing; уехали на работу&abroad&!passing
трудов* миграц*; трудов* мигрант*; трудящ* мигрант*; внешн* трудов* миграц*; трудов* эмиграц*; трудов* иммиграц*;
трудоустройств* за рубеж*; трудоустройств* граждан* за рубеж*; трудоустройств* за границ*; работ* за рубежом;
работ* за границей; иностранн* рабоч* сил*; привлечени* иностранн* рабоч* сил*; привлечени* иностранн* работник*;
иностранн* работник*; разрешени* на работу; патент* на работу; патент* на осуществлени* трудов* деятельност*;
~квот* на привлечени*; ~частн* агентств* занятости; ~организованн* набор*; ~сезонн* работник*;
сезонн* трудов* миграц*; циркулярн* миграц*; трудов* деятельност* иностранн*; трудов* деятельност* за рубежом;
выезд* на работу за рубеж*; выезжающ* на работу за рубеж*; ~трудов* мобильност*; ~мобильност* рабочей сил*;
~трудов* договор*^1; ~достойн* труд*^1; ~услов* труда^1; ~подбор* персонала за рубежом;
временн* трудов* миграц*; выезд* граждан* на работу; рабоч* виз*; предвыездн* подготовк*; ~легальн* трудоустройств*; занятост* за рубежом;
!родител* работа* за рубеж*; !родител* котор* работа* за рубеж*; !родител* труд* за рубеж*
на заработк*&!passing; на заработк*&passing&abroad; на работу за границ*; на работу за рубеж*; выезжающ* на работу за границ*; трудов* деятельност* за пределами
за рубеж для осуществлени* трудов*; за границу для осуществлени* трудов*
работник* из друг* государств; работник* из-за рубежа; рабоч* из-за рубежа; работник* из друг* стран
стаж* работы за рубежом; период* работы за рубежом; период* работы на территори* друг* государств*; стаж*, приобретенн* за рубежом; стаж*, приобретенн* на территори* друг*
!компани* работающ* в; !организаци* работающ* в;
${WORK_IN_PLACE.ru}
выехавш* за пределы республики на работу; ~выехавш* на работу; покида* страну в поисках заработка; в поисках заработка за рубеж*
прибывш* в республику на работу; прибывш* в страну на работу; прибывающ* в республику на работу; прибывающ* в страну на работу; прибывш* в Российск* Федераци* на работу; прибывающ* в Российск* Федераци* на работу
трудов* эмигрант*
работ* граждан* на территори* друг* государств*
трудоустройств* граждан* Кыргызской Республики за рубеж*; трудоустройств* граждан* Республики Молдова за рубеж*; трудоустройств* граждан* Республики за рубеж*
`,
  ro: `
migrați* de muncă; migrați* forței de muncă; muncă peste hotare; muncă în străinătate; plecaț* la muncă peste hotare;
plecaț* la muncă în străinătate; angajar* în câmpul muncii în străinătate; angajarea cetățenilor în străinătate;
angajar* în muncă peste hotare; ~agenți* private de ocupare a forței de muncă; ~agenți* de recrutare;
permis* de muncă; ~dreptul de muncă; imigrați* de muncă; imigrați* în scop de muncă; ~lucrător* sezonier*;
migrați* circulară; migrați* temporară; acord* bilateral* privind migrați*; ~mobilitatea forței de muncă;
forț* de muncă străină; lucrători străini; lucrător* migranț*; străini angajați; încadrarea în muncă a străinilor;
~contract* individual* de muncă^1; ~muncă decentă^1; ~condiți* de muncă^1; ~plasare în câmpul muncii^1;
imigranț* angajaț*; ocupare* forței de muncă în străinătate; contract* de muncă în străinătate; viz* de muncă; muncitor* străin*; emigrați* de muncă; migranți economici;
~angajar* legal*^1; ~muncă nedeclarată^1; ~munca la negru^1; emigranț* la muncă; angajar* peste hotare;
~Agenția Națională pentru Ocuparea Forței de Muncă^1; ~ANOFM^1;
!părinți* lucrează peste hotare; !părinți* lucrează în străinătate; !părinți* sunt angajați peste hotare; !părinți* sunt plecați la muncă; !plecării părinților la muncă; !părinți* plecați la muncă
lucrează peste hotare; lucrează în străinătate; muncesc peste hotare; muncesc în străinătate; lucrau peste hotare;
lucrau în străinătate
lucrători din state terțe; lucrători din țări terțe; lucrătorii din state terțe; lucrătorii din țări terțe
perioade* de muncă realizate în străinătate; stagiul de cotizare realizat în străinătate; perioade* de asigurare realizate în străinătate; perioade* de muncă realizate peste hotare
!companiile care lucrează în; !firmele care lucrează în;
${WORK_IN_PLACE.ro}
ședere provizorie în scop de muncă; șederea provizorie în scop de muncă; șederii provizorii în scop de muncă; ședere în scop de muncă; dreptul de ședere în scop de muncă
în câmpul muncii peste hotare; în câmpul muncii în străinătate
`,
  sr: `
radn* migracij*; ekonomsk* migracij*; radni* migran*; zapošljavanj* u inostranstvu;
rad u inostranstvu; rada u inostranstvu; odlazak na rad u inostranstvo; radn* dozvol*; ~dozvol* za rad;
jedinstven* dozvol* za boravak i rad; zapošljavanj* stranaca; strani državljani na radu; stranih radnika;
stran* radn* snag*; ~posredovanj* u zapošljavanju; ~agencij* za zapošljavanje; ~sezonsk* radni*;
sezonsk* rad* u inostranstvu; cirkularn* migracij*; ~radna mobilnost; ~mobilnost radne snage;
Zakon o zapošljavanju stranaca; ~Nacionalna služba za zapošljavanje^1; ~uslov* rada^1; ~ugovor* o radu^1;
radn* viz*; upućivanj* na rad u inostranstvo; radnic* na privremenom radu u inostranstvu; ekonomsk* migran*; gastarbajter*; radn* angažovanj* stranaca;
!roditelj* rade u inostranstvu; !roditelj* zaposlen* u inostranstvu; !roditelj* koji rade u inostranstvu
rade u inostranstvu; radi u inostranstvu; radili u inostranstvu; zaposleni u inostranstvu; na rad u inostranstvo;
na radu u inostranstvu
radnici iz inostranstva; radnika iz inostranstva; radnici iz drugih zemalja; radnika iz drugih zemalja
staž osiguranja ostvaren u inostranstvu; staž ostvaren u inostranstvu; periodi osiguranja navršeni u inostranstvu
!kompanije koje rade u; !firme koje rade u;
${WORK_IN_PLACE.sr}
otišli na rad u inostranstvo; odlaze na rad u inostranstvo
boravak radi zapošljavanja; boravka radi zapošljavanja; boravku radi zapošljavanja; boravak po osnovu zapošljavanja; boravka po osnovu zapošljavanja; boravak radi rada; boravka radi rada
stranac koji je zaposlen; stranci koji su zaposleni; zaposleni stranac; zaposlenog stranca; zaposleni stranci; zaposlenih stranaca
!roditelj* na radu u inostranstvu
`,
  ar: `
هجرة اليد العاملة; اليد العاملة المهاجرة; العمال المهاجرين; العمال المهاجرون; العامل المهاجر; العاملات المهاجرات;
هجرة العمل; الهجرة الاقتصادية; العمالة المهاجرة; التشغيل بالخارج; التشغيل في الخارج; العمل بالخارج&!firms; العمل بالخارج&firms&movers; العمل في الخارج&!firms; العمل في الخارج&firms&movers;
التوظيف بالخارج; التوظيف في الخارج; ~عقود العمل^1; ~وكالات التشغيل; ~مكاتب الاستقدام; تكاليف الاستقدام;
~الاستقدام العادل; رخصة العمل; رخص العمل; تصريح العمل; تأشيرة العمل; ~العمال الموسميين; الهجرة الدائرية;
تنقل اليد العاملة; تشغيل الأجانب; اليد العاملة الأجنبية; نظام الكفالة; ~الوكالة الوطنية لإنعاش التشغيل الكفاءات;
~الوكالة التونسية التعاون الفني; ~العمل اللائق^1;
~المكاتب الخاصة التوظيف; العمالة الأجنبية; استقدام العمالة; استقدام العمال الأجانب; العمالة المنزلية المهاجرة; العمال المنزليين المهاجرين; التوظيف الدولي; التكوين قبل المغادرة;
!يعمل آباؤهم; !يعمل فيها الوالدان
العمال المغتربين; للعمل بالخارج; للعمل في الخارج
العمال القادمين من الخارج; عمال من الخارج; العمال القادمون من الخارج
فترات العمل بالخارج; فترات العمل في الخارج; فترات التأمين المنجزة بالخارج
!الشركات العاملة في;
${WORK_IN_PLACE.ar}
غادروا البلاد للعمل; يغادرون البلاد للعمل; مغادرة البلاد للعمل
العامل الوافد; العمال الوافدين; العمال الوافدون; عامل وافد; العاملين الوافدين; العمالة الوافدة
`,
  ky: `
эмгек мигрант*; эмгек миграция*; чет өлкөдө иште*; чет өлкөлөрдө иште*; чет өлкөдө эмгектен*; чет өлкөлөрдө эмгек*;
чет өлкөгө иштөөгө*; чет өлкөдө жумушка орноштуру*; чет өлкөлүк жумушчу*; чет өлкөлүк жарандарды жумушка*; эмгек патент*;
иштөөгө уруксат*; ~жумушка орноштуруу агенттик*; ~жеке агенттик*^1; ~эмгек келишим*^1; ~сезондук жумушчу*;
жөнөп кетүүгө чейинки*; уюшкан эмгек миграция*;
!ата-энеси чет өлкөдө*; !ата-энелери чет өлкөдө*
`,
  bn: `
বৈদেশিক কর্মসংস্থান*; বিদেশে কর্মসংস্থান*; প্রবাসী কর্মী*; অভিবাসী কর্মী*; বিদেশগামী কর্মী*; জনশক্তি রপ্তানি*; শ্রম অভিবাসন*;
বিদেশে কর্মী; বিদেশে কর্মীদের; বহির্গমন ছাড়পত্র*; প্রাক-বহির্গমন*; জনশক্তি, কর্মসংস্থান ও প্রশিক্ষণ ব্যুরো; ~রিক্রুটিং এজেন্সি*; ~রিক্রুটিং লাইসেন্স*;
~গৃহকর্মী*^1; ~শ্রম উইং; ~শ্রম উইংয়ে; ~শ্রম উইংয়ের; ~নিয়োগকর্তা*^1; ~কর্মসংস্থান চুক্তি*^1;
!বাবা-মা বিদেশে*
`,
};

const REMITTANCES: LexiconText = {
  en: `
~remittance*; migrant remittances; remittances from abroad; remittance inflows; remittance flows; remittances sent home;
workers' remittances; personal remittances; remittance costs; cost of remittances; cost of sending remittances;
remittance corridor*; remittance service provider*; remittance channel*; formal remittance channels;
~money transfer operator*; ~money transfer*; ~MTOs; ~formal channels; ~informal channels; ~hundi; ~hawala;
~remittance incentive*; cash incentive on remittances; diaspora bond*; productive use of remittances;
productive investment of remittances; leveraging remittances; remittance-receiving households; remittance recipients;
remittance-dependent; households receiving remittances; households that receive remittances; remittances as a share of GDP; remittances to GDP; wage earners' remittances; remittance market;
remittance prices; Remittance Prices Worldwide; ~financial literacy; ~financial education; ~financial inclusion;
~personal transfers; ~mobile money; ~transaction costs; migrant savings; savings of migrants; ~sending money home;
!tax remittance*; !remittance of tax*; !remittance of profits; !remittance of dividends; !transfer pricing;
~Western Union^1; ~MoneyGram^1
money sent home&persons; send money home&persons; sends money home&persons; sent money home&persons; money they send home&persons; earnings sent home&persons;
money from relatives abroad; money sent by relatives abroad; money from relatives working abroad
~transfer of remittances^2; ~transfers of remittances^2; ~cheaper remittances^2; ~cheaper and faster remittances^2
~exchange houses^1.5; ~money sent^1.5; ~their transfers^1.5
`,
  fr: `
 envoi* de fonds des migrants; transferts des migrants; transferts de fonds des migrants;
transferts des MRE; transferts des Tunisiens à l'étranger; ~rapatriement de fonds; ~rapatriement des fonds;
~coût des transferts; coût des envois de fonds; ~sociétés de transfert d'argent; ~opérateurs de transfert d'argent;
~canaux formels; ~canaux informels; épargne des migrants; bancarisation des migrants; ~éducation financière;
~inclusion financière; investissement productif des transferts; ~ménages bénéficiaires de transferts; ~transfert* d'argent; ~flux de transferts;
transferts de la diaspora; ~transferts courants; ~mandats; !transfert de technologie;
~envoi* de fonds; ~transfert* de fonds
argent envoyé au pays; ~envoient de l'argent; envoyer de l'argent au pays; ~fonds envoyés
~transfert de leur épargne^2; ~transfert de l'épargne^2; ~transferts d'épargne^2
~bureaux de change^1; ~argent envoyé^1; ~leurs transferts^1.5
`,
  es: `
~remesa*; remesas de los migrantes; remesas familiares; remesas recibidas; ingreso de remesas; flujo de remesas;
flujos de remesas; envío de remesas; costo de las remesas; costos de envío de remesas; ~costo de envío;
corredores de remesas; empresas remesadoras; ~empresas de transferencia de dinero; ~canales formales;
~canales informales; uso productivo de las remesas; inversión de las remesas; remesas y desarrollo;
~educación financiera; inclusión financiera de los migrantes; bonos de la diáspora; hogares receptores de remesas; hogares que reciben remesas;
receptores de remesas; dependencia de las remesas; ~transferencias de dinero;
remesas del exterior; remesas de los ecuatorianos; ~giros^1; ~envío de dinero; ~transferencias internacionales^1; costo de enviar remesas
~dinero que envían; ~envían dinero; dinero enviado desde el exterior; dinero de parientes en el exterior
~costos de las remesas^2; ~costes de las remesas^2; ~abaratamiento de las remesas^2; ~transferencia de remesas^2; ~transferencias de remesas^2; ~remesas más baratas^2
~casas de cambio^1; ~dinero enviado^1
remesas enviad*&emigrants; remesas que envían&emigrants
`,
  ru: `
~денежн* перевод*; денежн* перевод* мигрант*; денежн* перевод* трудов* мигрант*; перевод* трудов* мигрант*;
перевод* мигрант*; ~частн* перевод*; ~стоимост* денежн* перевод*; стоимост* перевод* мигрант*;
~систем* денежн* перевод*; ~неформальн* канал*; финансов* грамотност* мигрант*; ~финансов* грамотност*;
~продуктивн* использовани* денежн* перевод*; ~приток* денежн* перевод*; ~объем* денежн* перевод*;
~трансграничн* перевод*; перевод* из-за рубежа; ~перевод* физическ* лиц*; денежн* средств* мигрант*;
сбережени* мигрант*; ~инвестировани* денежн* перевод*; ~домохозяйств* получающ* денежн* перевод*;
перевод* из России; ~удешевлени* денежн* перевод*; ~перевод* в пользу физических лиц^1
~отправля* деньги домой; ~присыла* деньги; ~деньги от родственник*
`,
  ro: `
 ~transferuri de bani; ~transferuri* bănești; transferuri* de bani* ale migranților; transferuri* bănești de peste hotare;
transferuri* de peste hotare; intrări de remitențe; PARE 1+1; Programul PARE; ~costul transferurilor; ~canale formale;
~canale informale; ~educație financiară; ~educației financiare; investirea remitențelor; atragerea remitențelor;
~transfer* de mijloace bănești; bani* trimiș* acasă; bani* trimiș* de migranți; economiile migranților;
~incluziune financiară;
transferuri* de la migranți; bani* trimiș* de peste hotare;
remitenț*^2; programului PARE
trimit bani acasă; trimiterea banilor acasă
`,
  sr: `
~doznak*; doznake iz inostranstva; ~novčan* doznak*; doznak* iz dijaspore; lične doznake;
~prilivi* iz inostranstva; transfer* novca iz inostranstva; ~troškovi slanja novca;
slanje novca u zemlju porekla; ~finansijsk* pismenost*; investiranje doznaka;
~novčani transferi; !doznaka sredstava; !doznake iz budžeta;
doznake radnika iz inostranstva; ~deviz* iz inostranstva; slanje novca porodicama; novac koji šalju migranti; ~troškov* transfera^1; doznake iseljenika; lični transferi;
doznak* migranata; troškov* doznak*; priliv* doznak*; slanj* doznaka; primaju doznake; primaoc* doznaka
~šalju kući; ~šalje kući; ~šalju novac; ~šalje novac; ~novac iz inostranstva; ~slanje novca
prenos* doznaka; transfer* doznaka
~jeftinij* doznak*^2; ~pojeftinjenj* doznaka^2
`,
  ar: `
تحويلات المهاجرين; ~التحويلات المالية; تحويلات العمال; تحويلات العمال المهاجرين; تحويلات المغاربة المقيمين بالخارج;
تحويلات مغاربة العالم; تحويلات التونسيين بالخارج; تحويلات المغتربين; تحويلات الجالية; ~تكاليف التحويل;
~قنوات التحويل الرسمية; ~الحوالة; ~الحوالات; الشمول المالي المهاجرين; ~التثقيف المالي; استثمار التحويلات;
~ممرات التحويل; التحويلات من الخارج; ~التحويلات النقدية; تحويلات العاملين بالخارج;
التحويلات المالية المهاجرين; تحويلات أفراد الجالية; ~تحويل الأموال^1; ~مؤسسات تحويل الأموال; ~شركات تحويل الأموال; ~كلفة التحويلات; ادخار المهاجرين; الأسر المستفيدة من التحويلات; الحسابات البنكية المهاجرين
~الأموال التي يرسلها; ~الأموال المرسلة; ~الأموال التي يحولها
~تكلفة التحويلات^2; ~خفض تكلفة التحويلات^2
`,
  ky: `
мигрант* акча которуу*; эмгек мигранттарынын акча которуу*; ~акча которуу*; ~которуулардын чыгым*^1; ~которуу чыгым*^1
`,
  bn: `
রেমিট্যান্স*; প্রবাসী আয়; প্রবাসী আয়ের; ~হুন্ডি*; ~বৈধ পথে^1; ~লেনদেন ব্যয়*^1; ~আর্থিক অন্তর্ভুক্তি*^1
`,
};

const DIASPORA: LexiconText = {
  en: `
~diaspor*&development^2; diaspora engagement; diaspora polic*; diaspora strateg*; diaspora organisation*; diaspora organization*;
diaspora association*; diaspora investment*; diaspora investor*; ~diaspora network*; diaspora mapping;
~diaspora skills; ~diaspora professionals; ~diaspora entrepreneur*; ~diaspora members; ~members of the diaspora;
engagement with the diaspora; relations with the diaspora; ~diaspora communit*; diaspora affairs; diaspora congress; diaspora council;
diaspora conference; migrants and diasporas; diaspora experts; experts from the diaspora; strategy on the diaspora; ~diaspora philanthropy; ~knowledge transfer; ~transfer of knowledge; ~skills transfer;
nationals abroad^1.5; citizens abroad^1.5; overseas nationals^1.5; non-resident Bangladeshi*; non-resident nationals;
compatriots abroad; ~transnational communit*; hometown association*; ~dual citizenship; ~dual nationality;
out-of-country voting; voting from abroad; Jamaicans overseas; Jamaican diaspora; Moldovan diaspora;
Kyrgyz diaspora; Serbian diaspora; Moroccans living abroad; Moroccans residing abroad; Tunisians abroad;
Ecuadorians abroad; citizens living abroad; nationals living abroad; ~expatriate communit*;
Jamaica Diaspora Foundation; Global Jamaica Diaspora Council; Jamaica Diaspora Conference; ~NRB*; non-resident Jamaicans
residing abroad&persons; resident abroad&persons; settled abroad&persons; residing overseas&persons; settled overseas&persons
Diaspora Advisory Board; Diaspora Advisory Council
`,
  fr: `
Marocains résidant à l'étranger; Marocains résidents à l'étranger; Marocains du monde; Tunisiens résidant à l'étranger;
Tunisiens à l'étranger; Tunisiens de l'étranger; ~MRE; ~TRE; communauté* établie* à l'étranger;
communauté marocaine à l'étranger; communauté marocaine résidant à l'étranger; communauté tunisienne à l'étranger;
ressortissants à l'étranger^1.5; ressortissants établis à l'étranger^1.5; experts de la diaspora; membres de la diaspora; migrants et les diasporas; migrants et des diasporas; compétences de la diaspora;
compétences marocaines à l'étranger; compétences marocaines résidant à l'étranger; ~mobilisation des compétences;
investissement* de la diaspora; associations de la diaspora; ~double nationalité; Conseil de la communauté marocaine à l'étranger;
CCME; Office des Tunisiens à l'étranger; ~OTE; Fondation Hassan II pour les Marocains résidant à l'étranger;
liens avec la diaspora; relations avec la diaspora; implication de la diaspora; engagement de la diaspora; mobilisation de la diaspora;
~réseaux de la diaspora; ~transfert de compétences; ~transfert de connaissances; vote des citoyens à l'étranger;
Moldaves à l'étranger
résidant à l'étranger&persons; établis à l'étranger&persons; installés à l'étranger&persons
Maliens de l'extérieur&!passing; Sénégalais de l'extérieur&!passing; Tunisiens de l'extérieur&!passing; Marocains de l'extérieur&!passing; Algériens de l'extérieur&!passing; Ivoiriens de l'extérieur&!passing; Guinéens de l'extérieur&!passing; Burkinabè de l'extérieur&!passing; Nigériens de l'extérieur&!passing; Béninois de l'extérieur&!passing; Togolais de l'extérieur&!passing; Camerounais de l'extérieur&!passing; Congolais de l'extérieur&!passing; Haïtiens de l'extérieur&!passing; Comoriens de l'extérieur&!passing; Mauritaniens de l'extérieur&!passing
`,
  es: `
ecuatorianos en el exterior; ecuatorianas y ecuatorianos en el exterior; ecuatorianos residentes en el exterior;
comunidad* ecuatoriana* en el exterior; ~connacionales; connacionales en el exterior; vinculación con la diáspora; relaciones con la diáspora;
~redes de la diáspora; asociaciones de la diáspora; expertos de la diáspora; miembros de la diáspora; migrantes y las diásporas; migrantes y diásporas; asociaciones de migrantes; inversión de la diáspora; ~doble nacionalidad; voto en el exterior;
personas ecuatorianas en el exterior; ciudadanos ecuatorianos en el exterior; comunidades en el exterior;
ecuatorianos en el extranjero; ~transferencia de conocimientos; participación de la diáspora; diáspora ecuatoriana;
circunscripci* del exterior; asambleístas del exterior; compatriotas en el exterior; nacionales en el extranjero^1.5;
asociaciones de ecuatorianos en el exterior; emigrantes ecuatorianos; ~comunidad migrante; clubes de migrantes; ~redes transnacionales; inversión de los migrantes
residentes en el exterior&persons; residentes en el extranjero&persons
`,
  ru: `
соотечественник* за рубежом; соотечественник* проживающ* за рубежом; зарубежн* соотечественник*; мигрант* и диаспор*; ~соотечественник*; граждан* проживающ* за рубежом^1.5;
граждан* находящ* за рубежом^1.5; кыргызстанц* за рубежом; кыргызск* диаспор*; молдавск* диаспор*; диаспорск* организаци*;
~землячеств*; вовлечени* диаспор*; взаимодействи* с диаспор*; связ* с диаспор*; работ* с диаспор*; ~двойн* гражданств*;
политик* в отношении соотечественник*; поддержк* соотечественник*; голосовани* за рубежом;
избирательн* участк* за рубежом; инвестиц* диаспор*; ~передач* знаний; связ* с соотечественник*;
Совет* по делам соотечественник*; мигрантск* сообществ*;
диаспор* за рубежом; граждан* за рубежом^1.5; эмигрантск* организаци*; форум* соотечественник*; кыргызск* граждан* за рубежом
`,
  ro: `
Biroul Relații cu Diaspora; relați* cu diaspora; cetățen* aflaț* peste hotare^1.5; cetățen* stabiliț* peste hotare^1.5;
asociați* diasporei; experț* din diaspora; migranți* și diaspor*; strategi* privind diaspora; ~privind diaspora^1.5; moldoven* de peste hotare;
comunitat* moldovenești din străinătate; comunitatea moldovenească din străinătate; asociați* ale diasporei;
Congresul Diasporei; Diaspora-2025; DAR 1+3; implicarea diasporei; investiți* ale diasporei; investiți* din diaspora;
~cetățenie multiplă; ~dublă cetățenie; Ziua Diasporei; politica de stat în domeniul diasporei; diaspora moldovenească;
~membrii diasporei; ~reprezentanți* diasporei; votul din diaspora; secți* de votare peste hotare;
~transfer* de cunoștințe; compatrioț* de peste hotare; conaționali* de peste hotare; cetățen* din străinătate^1.5;
investiți* diasporei;
programul DAR; programului DAR; moldoven* peste hotare
stabiliți peste hotare; stabiliți în străinătate
Consiliul Diasporei; Consiliului Diasporei; Forumul Diasporei; Agenția pentru Diasporă
`,
  sr: `
~dijaspor*&development^2; Srbi u regionu; Srbi u dijaspori; Srb* u inostranstvu; ~matičn* držav*; odnos* matične države i dijaspore;
odnos* matice i dijaspore; Uprava za dijasporu; Uprava za saradnju s dijasporom i Srbima u regionu;
Ministarstvo za dijasporu; organizacij* dijaspore; udruženj* dijaspore; investicij* iz dijaspore; ~dvojno državljanstvo;
saradnj* s dijasporom; saradnj* sa dijasporom; iseljeništv*; iseljenik*; iseljeničk* organizacij*;
sunarodnici u inostranstvu; naši ljudi u inostranstvu; naših građana u inostranstvu^1.5; Zakon o dijaspori i Srbima u regionu;
glasanje u inostranstvu; ~transfer znanja; stručnjak* iz dijaspore; migranti i dijaspora; migranata i dijaspore; državljan* u inostranstvu^1.5
žive u inostranstvu; nastanjeni u inostranstvu
Skupština dijaspore; Skupštine dijaspore; Skupštini dijaspore; Savet za dijasporu
`,
  ar: `
~الجالية; ~الجاليات&development^2; الجالية المغربية بالخارج; الجالية المغربية المقيمة بالخارج; الجالية التونسية بالخارج;
الجالية التونسية المقيمة بالخارج; المغاربة المقيمين بالخارج; مغاربة العالم; التونسيون بالخارج; التونسيين بالخارج;
التونسيين المقيمين بالخارج; مغترب*; الكفاءات بالخارج; الكفاءات المغربية بالخارج; الكفاءات التونسية بالخارج;
مجلس الجالية المغربية بالخارج; ديوان التونسيين بالخارج; مؤسسة الحسن الثاني المغاربة المقيمين بالخارج; ~الشتات&development^2;
~ازدواجية الجنسية; ~الجنسية المزدوجة; استثمار الجالية; استثمارات مغاربة العالم; ~تعبئة الكفاءات;
الوزارة المكلفة المغاربة المقيمين بالخارج; أبناء الجالية; مقيم* بالخارج;
المغترب*; المقيم* بالخارج
المصريين بالخارج; المصريون بالخارج; المصريين في الخارج; المغاربة بالخارج; المغاربة في الخارج; التونسيين في الخارج; الجزائريين بالخارج; الجزائريين المقيمين بالخارج
`,
  ky: `
чет өлкөдөгү мекендеш*; кыргыз диаспорасы*; диаспоранын өкүлдөр*; диаспора уюмдар*; ~мекендеш*
`,
  bn: `
প্রবাসী বাংলাদেশি*; অনাবাসী বাংলাদেশি*; প্রবাসী উদ্যোক্তা*; প্রবাসী বিনিয়োগ*; প্রবাসীদের বিনিয়োগ*; প্রবাসী সম্প্রদায়*; ডায়াসপোরা*; ~প্রবাসী
`,
};

const RETURN: LexiconText = {
  en: `
return migration; return migrant*; returnee*^2; returning migrant*; returned migrant*; returning labour migrant*; returning labor migrant*; migrants returning; return of migrants;
return of nationals; return to the country of origin; return to their country of origin; ~return home;
~voluntary return; assisted voluntary return; assisted voluntary return and reintegration; AVRR; ~forced return*;
~deportation*; deportee*^2; ~removal; involuntary return*; readmission agreement*; ~reintegration; ~sustainable reintegration;
reintegration of returnees; reintegration of returning migrants; ~reintegration assistance; ~reintegration support;
 ~reintegration program*; ~socio-economic reintegration; ~reinsertion; return and reintegration;
migrants who return*; post-return; ~re-entry ban*; ~entry ban*; ~return decision*; ~return procedure*; ~escorted return*; ~repatriation;
repatriation of migrants; ~return counselling; ~return counseling; dignified return; safe and dignified return;
~returned from abroad; ~returning home; ~returning workers; ~returning citizens;
!tax return*; !returning officer*; !reintegration of ex-combatants; !reintegration of former combatants;
!reintegration of prisoners; !reintegration of offenders; !return to work; !product return*;
involuntary returned migrants; involuntarily returned migrants; deported migrants
~deported; deported from; persons deported; people deported; nationals deported; returned involuntarily&persons; involuntarily returned&persons; forcibly returned&persons
~issue travel documents^1; ~issuance of travel documents^1
returning residents; returning nationals; returned nationals; returning from abroad&sojourn; return from abroad&sojourn; back from abroad&sojourn
!entitlements when they return; !benefits when they return; !pensions when they return; !entitlements when they move;
!entitlements with them when they move; !benefits with them when they move
${RETURN_FROM_PLACE.en}
returned to Moldova&persons; returned to Bangladesh&persons; returned to Jamaica&persons; returned to Serbia&persons; returned to Kyrgyzstan&persons; returned to Ecuador&persons; returned to Morocco&persons; returned to Tunisia&persons
`,
  fr: `
rentrés de l'étranger&sojourn&!passing; rentrés de l'extérieur&sojourn&!passing; rentrent de l'étranger&sojourn&!passing
~retour; migrant* de retour; retour volontaire; aide au retour volontaire; aide au retour volontaire et à la réintégration;
retour* forcé*; ~éloignement; accord* de réadmission; réinsertion des migrants de retour;
réintégration des migrants; ~réinsertion socio-économique; ~réintégration durable; ~rapatriement; migrants rapatriés;
retour des migrants; retour et réintégration; ~retour au pays; retour dans le pays d'origine; Tunisiens de retour;
Marocains de retour; !réinsertion des détenus; !réinsertion des anciens combattants;
retour assisté; migrants expulsés; ~aide à la réinsertion; ~dispositif de réinsertion; réinsertion économique des migrants
de retour de l'étranger&sojourn; rentr* au pays&sojourn; rentr* définitivement; ~retour définitif
!prestations acquises lorsqu'ils rentrent; !droits acquis lorsqu'ils rentrent; !prestations lorsqu'ils rentrent
${RETURN_FROM_PLACE.fr}
~rentrent s'installer^1.5; ~rentrer s'installer^1.5; ~réinstaller au pays^1.5; ~rentrent volontairement^1.5; ~rentrés volontairement^1.5; ~personnes rentrées^1.5
`,
  es: `
personas que regresan&sojourn&abroad&!passing; personas que vuelven&sojourn&abroad&!passing
~retorno; migrante* retornad*; retornad*^2; retorno voluntario; retorno asistido; retorno voluntario asistido;
deportado*^2; ~readmisión; acuerdo* de readmisión; ~reinserción; reintegración de migrantes retornados;
reinserción de los migrantes; ~reinserción sociolaboral; Plan Retorno; ~plan de retorno; retorno de migrantes;
retorno de ecuatorianos; migrantes que retornan; ecuatorianos retornados; retorno digno; ~retorno seguro;
Plan Bienvenidos a Casa; personas retornadas;
~reintegración sostenible; migrantes deportados; retorno de personas ecuatorianas; retorno forzado
retorn* al país&sojourn; regres* al país&sojourn; regresado del exterior&!passing; regresan del exterior&!passing; retornan del exterior&!passing
!prestaciones cuando regresen; !prestaciones al regresar; !pensiones cuando regresen; !pensiones al regresar
${RETURN_FROM_PLACE.es}
~al regresar a su país^1.5; ~regresen a su país^1.5; ~regresar a su país^1.5; ~vuelven a su país^1.5; ~volver a su país^1.5
`,
  ru: `
возвращающ* на родину&sojourn&movers&!passing; вернулись на родину&sojourn&movers&!passing
возвращени* мигрант*; ~возвращени* граждан*; вернувш* мигрант*; вернувш* на родину; вернувш* трудов* мигрант*;
возвратн* миграц*; ~добровольн* возвращени*; ~реинтеграц*; реинтеграц* мигрант*; реинтеграц* вернувш*;
~реадмисси*; соглашени* о реадмиссии; ~депортац*; ~выдворени*; ~запрет* на въезд; ~запрет* въезда;
~возвращени* на родину; ~возвращени* в страну происхождения; ~репатриац*;
добровольн* переселени* соотечественник*; реинтеграц* возвращающ*;
вернувш* из-за рубежа&sojourn&!passing; возвращающ* мигрант*; ~программ* реинтеграци*; лиц* подлежащ* реадмиссии; ~принудительн* возвращени*; ~высылк*
возвративш* из-за рубежа; ~вернувш* после работы
!пособи* при возвращени*; !пенси* при возвращени*; !пенсиям и пособиям при возвращени*
${RETURN_FROM_PLACE.ru}
`,
  ro: `
revin acasă&abroad&sojourn&!passing; revin în țară&abroad&sojourn&!passing; s-au întors acasă&abroad&sojourn&!passing; se întorc acasă&abroad&sojourn&!passing
~returnare; returnar* voluntar*; ~reîntoarcere; reîntoarcerea migranților; migranț* reîntorș*; migranț* reveniț*;
~reveniți acasă; cetățen* reveniț* de peste hotare; ~întoarcerea acasă; ~readmisie; ~readmisia; acord* de readmisie;
~reintegrare; reintegrarea migranților; reintegrarea cetățenilor reveniți; ~reintegrar* socio-economic*; ~expulzare;
~îndepărtare de pe teritoriu; ~returnaț*; reintegrarea returnaților; ~Programul de reintegrare; ~reintegrarea în câmpul muncii;
~reîntors*
reveniți din străinătate; întorși din străinătate; întorși acasă&sojourn; reveniți în țară&sojourn; întorși în țară&sojourn
!prestațiil* la întoarcere*; !pensii* la întoarcere*
${RETURN_FROM_PLACE.ro}
reîntorș* din străinătate; reîntorș* de peste hotare; reîntorș* de la muncă&abroad; reveniț* de la muncă&abroad
`,
  sr: `
~povratak; povratnik*^2; povratnic*^2; povratnici po osnovu sporazuma o readmisiji; ~readmisij*; sporazum* o readmisiji;
reintegracij* povratnika; dobrovoljn* povrat*; prinudn* povrat*; ~prinudno udaljenje; ~održiv* povrat*;
povratak u zemlju porekla; povratak migranata; povratak državljana; Strategija reintegracije povratnika;
~repatrijacij*; prihvat povratnika; ~povratak u Srbiju;
~održiv* reintegracij*; ~reintegracij* u lokalnu zajednicu; ~potpomognut* dobrovoljn* povrat*; prinudno vraćen*; vraćen* državljan*; lica vraćena po sporazumu o readmisiji
vraćen* iz inostranstva&sojourn; vrat* iz inostranstva&sojourn; vraćen* iz zemalja Evropske unije
${RETURN_FROM_PLACE.sr}
`,
  ar: `
~العودة; ~العائدين; العائدين من الخارج; العودة الطوعية; العودة الطوعية المساعدة; ~إعادة الإدماج;
إعادة إدماج المهاجرين العائدين; ~إعادة الإدماج المستدام; ~إعادة القبول; اتفاقية إعادة القبول; اتفاق إعادة القبول;
~الترحيل; الترحيل القسري; ~الإبعاد; عودة المهاجرين; العودة إلى البلد الأصلي; ~العودة إلى أرض الوطن;
إعادة إدماج العائدين; العودة الآمنة الكريمة; ~المرحلين;
العائدين من الهجرة; المغاربة العائدين; ~المساعدة على العودة; إعادة المهاجرين إلى بلدانهم الأصلية; ~الطرد;
مهاجر* عائد*; ~العائدون;
المهاجر* العائد*
العائدين إلى أرض الوطن; العائدون إلى أرض الوطن; العائدين نهائيا; العائدون نهائيا; العودة النهائية
${RETURN_FROM_PLACE.ar}
`,
  ky: `
кайрылман*; мекенине кайтып келген*; мекенине кайткан*; кайтып келген эмгек мигрант*; кайтып келген мигрант*;
кайра кабыл алуу жөнүндө макулдашуу*; ~кайра кабыл алуу*; ~мекенге кайтуу*; ~кайра интеграциялоо*
`,
  bn: `
বিদেশফেরত*^2; ফেরত আসা অভিবাসী*; ফেরত আসা কর্মী*; প্রবাস থেকে ফেরত*; প্রত্যাগত অভিবাসী*; প্রত্যাগত কর্মী*;
~প্রত্যাবর্তন*; ~পুনঃএকত্রীকরণ*; ~পুনরেকত্রীকরণ*; ~পুনর্বাসন*^1
`,
};

const IRREGULAR: LexiconText = {
  en: `
irregular migration; irregular migrant*; undocumented migrant*; undocumented workers; illegal migration; illegal migrant*;
illegal immigration; illegal immigrant*; clandestine migration; unauthorized entry&persons; unauthorised entry&persons; irregular entry;
~illegal entry; illegal border crossing*; irregular border crossing*; unauthorized border crossing*; unauthorised border crossing*;
entry without authorization&persons; entries without authorization&persons; entry without authorisation&persons; entries without authorisation&persons; irregular stay; illegal stay; unlawful stay;
~overstay*; visa overstay*; ~border management; integrated border management; ~border control*; ~border police;
~border guard*; ~border security; ~border crossing point*; ~border checkpoint*; ~visa regime; ~visa polic*;
~visa requirement*; ~visa liberalisation; ~visa liberalization; ~visa-free; entry and stay of foreigners;
entry, stay and exit of foreigners; residence permit*^1.5; ~temporary residence; regularization of migrants;
regularisation of migrants; ~regularization; ~regularisation; ~amnesty; immigration detention^1.5; migration detention^1.5;
detention of migrants^1.5; ~alternatives to detention; ~administrative detention; ~detention centre*; ~detention center*;
~removal; ~carrier sanctions; ~employer sanctions; mixed migration; mixed migration flows; migrants in transit;
transit migra*; ~transit countr*; immigration control*; immigration enforcement^1.5; immigration law*; ~Schengen; ~Frontex;
~travel document*^1.5; ~passport control; ~exit control; ~green border; ~migration routes^1.5; irregular crossings;
~cross-border movement*; ~screening and referral; ~boat arrivals; ~manage borders; ~managing borders; ~management of borders;
~border officials^1; ~border officers^1; ~border authorities^1;
!cross-border cooperation; !cross-border trade; !regularization parameter; !pretrial detention; !borderline;
~regularize^1.5; ~regularise^1.5; ~regular status^1.5; ~border posts^1.5
outside official crossing points; outside the official crossing points; outside designated crossing points; outside border crossing points;
cross the border illegally; crosses the border illegally; crossing the border illegally; crossed the border illegally
~pushback*^2; ~push-back*^2; ~forced back across^2; ~border procedure*^2; ~arriving at the border^1.5; ~arrivals at the border^1.5; ~first point of contact^1; ~regularization program*^2; ~regularisation program*^2; ~advance passenger information^2; ~irregular situation^1; ~without papers^1.5; ~unlawfully present^2; ~detention practices^1.5; ~border facilities^1.5
~entry procedures^1.5; ~points of entry^1.5; ~point of entry^1.5; ~biometric registration^1; ~land crossings^1; ~joint patrols^1.5; ~frontier^1.5; ~frontiers^1.5; ~intercepted^1.5; ~border staff^1; ~closed facilities^1.5; ~visa applications^1.5; ~permit applications^1.5; ~reception points^1.5
~irregular journey*^1.5; ~irregular routes^1.5; ~control entry^1.5
~deprivation of liberty^1.5; ~deprived of liberty^1.5; ~migrants are held^2
cross the border irregularly; crossing the border irregularly; crossed the border irregularly
`,
  fr: `
migration* irrégulière*; immigration irrégulière; immigration clandestine; émigration clandestine; migration clandestine;
émigration irrégulière; migrant* en situation irrégulière; étranger* en situation irrégulière; séjour* irrégulier*;
entrée* irrégulière*; entrée ou le séjour irréguliers; entrée et le séjour irréguliers;
franchissement* irrégulier*; ~garde* frontière*^1; ~gestion des frontières; gestion intégrée des frontières;
~contrôle aux frontières; ~contrôle des frontières; ~police des frontières; ~surveillance des frontières;
entrée et séjour des étrangers; titre de séjour^1.5; carte de séjour^1.5; régularisation des migrants;
opération* de régularisation; régularisation exceptionnelle; ~reconduit* à la frontière; ~rétention administrative^1.5;
~centre* de rétention; flux migratoires mixtes; migrants en transit; ~pays de transit; ~régime des visas;
~obligation de quitter le territoire; ~harraga; ~pirogues; ~traversées irrégulières; loi n° 02-03; loi 02-03;
~franchissement des frontières; ~visa d'entrée
en dehors des points de passage; franchissement illégal de la frontière; franchissement irrégulier de la frontière; quitter clandestinement le territoire
~entrer irrégulièrement; ~entré irrégulièrement
~procédures d'entrée^1.5; ~enregistrement biométrique^1; ~patrouilles conjointes^1.5; ~interceptés^1.5; ~interceptées^1.5; ~personnel des frontières^1; ~agents des frontières^1; ~demandes de visa^1.5; ~itinéraires irréguliers^1.5; ~routes migratoires^1.5; ~contrôler l'entrée^1.5; ~postes frontières^1.5; ~postes frontaliers^1.5; ~procédures à la frontière^2; ~arrivées à la frontière^1.5; ~programme* de régularisation^2
`,
  es: `
migraci* irregular*; migrante* en situación irregular; inmigración ilegal; inmigración irregular; ingreso irregular;
ingreso ilegal; permanencia irregular; estancia irregular; indocumentado*; ~control migratorio; ~control fronterizo;
~gestión de fronteras; gestión integrada de fronteras; ~visado*; ~régimen de visas; ~residencia temporal;
regularización migratoria; ~regularización; amnistía migratoria; detención migratoria^1.5; detención de migrantes^1.5; ~alternativas a la detención; flujos migratorios mixtos;
migrantes en tránsito; migración en tránsito; ~paso fronterizo; ~pasos fronterizos; ~pasos irregulares;
cruce* irregular*; ~funcionarios de fronteras^1; ~seguridad fronteriza; ~zona de frontera; condición migratoria irregular;
situación migratoria irregular; ~inadmisión; ~visas humanitarias; ~visa de residencia; ~puntos de control migratorio;
~puestos fronterizos^1.5; ~personal de fronteras^1
pasos no habilitados; paso no habilitado; ~pasos no autorizados; ~paso no autorizado
~procedimientos de ingreso^1.5; ~registro biométrico^1; ~patrullajes conjuntos^1.5; ~patrullas conjuntas^1.5; ~interceptad*^1.5; ~solicitudes de visa^1.5; ~rutas irregulares^1.5; ~rutas migratorias^1.5; ~controlar el ingreso^1.5; ~procedimientos fronterizos^2; ~devoluciones en caliente^2; ~programa* de regularización^2; ~sin documentos^1.5
`,
  ru: `
незаконн* миграц*; нелегальн* миграц*; нерегулярн* миграц*; незаконн* пересечени* границ*; незаконн* пребывани*;
нелегальн* мигрант*; незаконн* мигрант*; ~пограничн* контрол*; ~охран* государственн* границ*; ~пограничн* служб*;
~пункт* пропуска; ~визов* режим*; режим* пребывания иностранц*; ~вид* на жительство^1.5;
~разрешени* на временное проживание^1.5; легализаци* мигрант*; ~административн* выдворени*;
смешанн* миграционн* поток*; транзитн* мигрант*; транзитн* миграц*; правов* положени* иностранн* граждан*;
~порядок въезда; ~порядок выезда; ~нарушени* миграционн* законодательств*; нарушени* правил пребывания;
специальн* учреждени* для содержани* иностранн*; ~интегрированн* управлени* границ*; ~управлени* границ*;
~въезд* в Российскую Федерацию; ~въезд* в Кыргызскую Республику; ~незаконн* въезд*
вне пунктов пропуска; незаконн* пересечени* государственн* границ*
лиц* незаконно находящ*; лиц* незаконно пребывающ*
`,
  ro: `
migrați* ilegal*; migrați* iregular*; imigrați* ilegal*; ședere* ilegal*; trecer* ilegal* a frontierei; trecer* ilegal* ale frontierei; ~gestionar* frontierelor^2; ~polițiști* de frontieră^1;
străin* aflaț* ilegal; ~managementul integrat al frontierei; ~controlul frontierei; ~Poliția de Frontieră;
~punct* de trecere a frontierei; ~regim* de vize; permis* de ședere^1.5; ~drept* de ședere provizorie; regimul străinilor;
~luare* în custodie publică; centrul de plasament temporar al străinilor; flux* migrator* mixt*;
~ședere* temporar*; ~încălcarea regimului de ședere; migranț* ilegal*; migranț* iregular*;
~liberalizarea regimului de vize; ~Inspectoratul General al Poliției de Frontieră; ~intrare* ilegal*;
~zona de frontieră^1; străin* cu ședere ilegală; ~interdicți* de intrare
în afara punctelor de trecere
`,
  sr: `
iregularn* migracij*; neregularn* migracij*; nezakonit* migracij*; ilegaln* migracij*; nezakonit* prelaz* granic*;
 nezakonit* boravak; nezakonitog boravka; iregularn* migran*; ~upravljanje granicom;
integrisano upravljanje granicom; ~graničn* kontrol*; ~graničn* polic*; ~granični prelaz*; ~vizni režim;
~boravak stranaca; ~privremen* boravak; Zakon o strancima; ~prihvatilište za strance; ~prihvatn* centr*;
mešovit* migracion* tok*; migran* u tranzitu; ~zadržavanj* stranaca; nezakonit* ulazak;
~dozvol* za boravak^1.5; balkansk* rut*; neregularn* prelas* granic*; neregularn* prelaz* granic*; nezakonit* prelas* granic*;
~graničn* službenik*^1; ~nezakonit* ulas*
van graničnog prelaza; izvan graničnog prelaza; ilegalni prelazak granice; nedozvoljen prelazak granice
~upravljanj* granicama
`,
  ar: `
الهجرة غير النظامية; الهجرة غير الشرعية; الهجرة السرية; الهجرة غير القانونية;
 المهاجرين في وضعية غير نظامية; الإقامة غير القانونية; الإقامة غير الشرعية;
اجتياز الحدود خلسة; ~الحرقة; ~الحراقة; ~مراقبة الحدود; ~تدبير الحدود; ~إدارة الحدود; ~شرطة الحدود; ~حرس الحدود;
~بطاقة الإقامة^1.5; ~تسوية الوضعية; عملية التسوية الاستثنائية; تسوية وضعية المهاجرين;
دخول إقامة الأجانب; ~الاحتجاز الإداري^1.5; ~مراكز الاحتجاز; المهاجرين العابرين; ~بلد عبور; ~قوارب الموت;
~العبور غير القانوني; ~العبور غير النظامي^2; ~موظفي الحدود^1; ~المعابر الحدودية; الهجرة العابرة; ~تأشير*;
مهاجر* غير نظامي*; مهاجر* غير شرعي*; هجرة غير النظامية; هجرة غير الشرعية; هجرة السرية; هجرة غير القانونية; ~شبكات تهريب;
المهاجر* غير النظامي*; المهاجر* غير الشرعي*
بطريقة غير نظامية; بطرق غير نظامية; بصفة غير نظامية; ~بطريقة غير شرعية; ~بطرق غير شرعية
التراب الوطني بطريقة غير قانونية; التراب الوطني خلسة; الحدود بطريقة غير قانونية
`,
  ky: `
мыйзамсыз миграция*; мыйзамсыз мигрант*; документсиз мигрант*; чек арадан мыйзамсыз өтүү*; чек арадан мыйзамсыз өткөн*; ~чек ара*; ~чек ара кызмат*^1; ~чек араны башкаруу*^1
`,
  bn: `
অনিয়মিত অভিবাসন*; অবৈধ অভিবাসন*; অনিয়মিত অভিবাসী; অনিয়মিত অভিবাসীদের; অবৈধ অভিবাসী; অবৈধ অভিবাসীদের; অনথিভুক্ত অভিবাসী*; অবৈধ পথে বিদেশ*;
~সীমান্ত ব্যবস্থাপনা*; ~সীমান্ত নিরাপত্তা*^1; ~সীমান্ত পার^1
`,
};

const TRAFFICKING: LexiconText = {
  en: `
trafficking in persons^3; trafficking in human beings^3; human trafficking; trafficking of persons; trafficking in women;
trafficking in children; trafficking of women; trafficking of children; child trafficking;
victim* of human trafficking; trafficking victims; trafficked person*; trafficked women; trafficked children;
counter-trafficking; anti-trafficking; combating trafficking; prevention of trafficking; smuggling of migrants;
migrant smuggling; people smuggling; human smuggling; smuggled migrants; ~smuggler*; ~smuggling networks;
Palermo Protocol; Protocol against the Smuggling of Migrants; ~forced labour; ~forced labor; ~debt bondage;
~sexual exploitation; ~labour exploitation; ~labor exploitation; ~exploitation of prostitution;
~national referral mechanism; ~referral mechanism; ~identification of victims; ~modern slavery; ~slavery-like practices;
~servitude; ~THB; ~VoT; ~organised crime^1; ~organized crime^1; Trafficking in Persons Report; ~TIP report; ~trafficker*;
survivors of trafficking; National Anti-Trafficking Committee; ~migrant smugglers; ~smuggling routes;
victim* of trafficking;
~signs of trafficking^2; ~reflection period^2; ~recovery and reflection^2
~financial or other material benefit^2; ~for financial or material gain^2; ~for profit^1
~having been smuggled^2
who have been trafficked; who has been trafficked; who had been trafficked; he or she has been trafficked; they have been trafficked
forced labour or sexual exploitation; sexual exploitation or forced labour; forced labor or sexual exploitation; sexual exploitation or forced labor
`,
  fr: `
traite des personnes^3; traite des êtres humains^3; traite d'êtres humains; traite des femmes; traite des enfants;
victime* de la traite; victime* de traite; lutte contre la traite; trafic illicite de migrants; trafic de migrants;
~passeur*; réseaux de passeurs; ~exploitation sexuelle; ~travail forcé; ~servitude pour dettes; ~esclavage moderne;
~mécanisme national d'orientation; Instance nationale de lutte contre la traite des personnes;
Commission nationale de lutte contre la traite; ~exploitation par le travail; ~exploitation économique;
~criminalité organisée^1; ~trafiquant*; Protocole de Palerme; ~exploitation de la prostitution;
trafic d'êtres humains
~dans un but lucratif^1.5; ~avantage financier ou matériel^2; ~avantage financier ou un autre avantage matériel^2
~objet d'un trafic illicite^2
`,
  es: `
trata de personas^3; trata de seres humanos^3; trata de mujeres; trata de niños; víctima* de trata; lucha contra la trata;
tráfico ilícito de migrantes; tráfico de migrantes; ~coyotes; ~coyoterismo; ~explotación sexual; ~explotación laboral;
~trabajo forzoso; ~esclavitud moderna; ~servidumbre por deudas; ~tratante*; traficantes de personas; tráfico de personas;
~delincuencia organizada^1; ~crimen organizado^1; Protocolo de Palermo; Comité Interinstitucional contra la Trata de Personas;
Plan Nacional contra la Trata de Personas; ~redes de tráfico; ~servidumbre; ~explotación de la prostitución
~ánimo de lucro^1.5; ~beneficio económico u otro beneficio de orden material^2; ~beneficio financiero u otro beneficio material^2
~objeto de tráfico ilícito^2
`,
  ru: `
торговл* людьми^3; жертв* торговли людьми; противодействи* торговле людьми; борьб* с торговлей людьми;
незаконн* ввоз* мигрант*; незаконн* перевозк* мигрант*; контрабанд* мигрант*; организаци* незаконн* миграц*;
~сексуальн* эксплуатац*; ~трудов* эксплуатац*; ~принудительн* труд*; ~долгов* кабал*; ~современн* рабств*;
~национальн* механизм* переадресации; торговц* людьми; ~вербовк*; ~эксплуатац* человек*; ~рабск* труд*;
~организованн* преступност*^1; Палермск* протокол*; ~подневольн*; потерпевш* от торговли людьми;
незаконн* переправ* мигрант*; ~незаконн* переправ*;
торговл* детьми; ~вовлечени* в проституци*; ~изъяти* органов; выявлени* жертв* торговли
~из корыстн* побуждени*^1.5; ~финансов* или иной материальной выгод*^2; ~с целью получени* выгод*^1.5
`,
  ro: `
trafic* de ființe umane^3; trafic* de persoane^3; victime* ale traficului; combaterea traficului;
prevenirea și combaterea traficului; trafic* ilegal* de migranți; organizarea migrației ilegale;
~exploatare* prin muncă; ~muncă forțată; ~Sistemul național de referire; ~sclavie modernă; ~traficanț*;
~crim* organizat*^1; Centrul de Combatere a Traficului de Persoane; ~servitute; ~proxenetism; ~exploatare* sexual*;
victim* ale traficului de ființe umane;
 victimele traficului; trafic* de copii; ~recrutare* în scop de exploatare; Comitetul național pentru combaterea traficului de ființe umane; ~prelevare* de organe^1
~în scopul obținerii unui folos material^2; ~folos material^1.5; ~avantaj financiar sau material^2
trafic* de migranți; contrabandă cu migranți; rețele* de trafic de migranți
!trafic* rutier; !trafic* de influență; !combaterea traficului de droguri; !combaterea traficului ilicit de droguri; !combaterea traficului de stupefiante
`,
  sr: `
trgovin* ljudima^3; žrtv* trgovine ljudima; borb* protiv trgovine ljudima; suzbijanj* trgovine ljudima;
krijumčarenj* migranata; krijumčarenj* ljudi; ~krijumčar*; krijumčari migranata; ~seksualn* eksploatacij*;
~radn* eksploatacij*; ~prinudn* rad*; Centar za zaštitu žrtava trgovine ljudima; ~nacionaln* referaln* mehaniz*;
~organizovan* kriminal*^1; trgovc* ljudima; ~eksploatacij*; ~ropstv*;
Kancelarija za koordinaciju aktivnosti u borbi protiv trgovine ljudima; Strategija prevencije i suzbijanja trgovine ljudima;
~nacionalni koordinator;
trgovin* decom; trgovin* ženama; ~žrtv* trgovine; identifikacij* žrtava trgovine; ~prinudn* prosjačenj*^1; ~dužničk* ropstv*
~radi sticanja koristi^1.5; ~radi sticanja imovinske koristi^2; ~finansijsk* ili drug* materijaln* korist*^2
`,
  ar: `
الاتجار بالبشر^3; الاتجار بالأشخاص^3; الاتجار في البشر; الاتجار في الأشخاص; ضحايا الاتجار; ضحايا الاتجار بالبشر;
مكافحة الاتجار بالأشخاص; تهريب المهاجرين; مهربي المهاجرين; ~شبكات التهريب; ~الاستغلال الجنسي; ~الاستغلال الاقتصادي;
~العمل القسري; ~العمل الجبري; ~السخرة; ~الرق المعاصر; الهيئة الوطنية مكافحة الاتجار بالأشخاص;
اللجنة الوطنية مكافحة الاتجار بالبشر; ~الجريمة المنظمة^1; المتاجرين بالبشر; بروتوكول باليرمو; تهريب الأشخاص;
~الاستغلال في العمل; الاتجار بالأطفال; الاتجار بالنساء; ~تجنيد الأشخاص; ~استغلال دعارة الغير; ~نزع الأعضاء; مكافحة تهريب المهاجرين;
~شبكات تهريب
~بغرض الحصول على منفعة مالية^2; ~منفعة مالية أو مادية^2; ~بمقابل مادي^1.5
`,
  ky: `
адам сатуу*; адам соодасы*; адам сатуунун курмандык*; мигранттарды мыйзамсыз ташуу*; ~мажбурлап иштет*^1
`,
  bn: `
মানব পাচার*; নারী ও শিশু পাচার*; পাচারের শিকার*; অভিবাসী চোরাচালান*; মানব চোরাচালান*; ~পাচার*; ~চোরাচালানকারী*; ~জোরপূর্বক শ্রম*^1
`,
};

const DISPLACEMENT: LexiconText = {
  en: `
refugee*; refugee status; ~asylum; asylum seeker*; asylum procedure*; asylum application*; asylum claim*; asylum system*;
right to asylum; subsidiary protection; ~temporary protection; refugee status determination;
~non-refoulement^1; 1951 Convention; Refugee Convention; Convention relating to the Status of Refugees;
resettlement of refugees; refugee resettlement; internally displaced person*; internally displaced people;
internal displacement; ~IDPs; forcibly displaced; forced displacement; displaced persons; displaced populations;
stateless person*; statelessness; ~humanitarian protection; ~durable solutions; ~reception centre*; ~reception center*;
~reception conditions; UNHCR; ~host communities^1; refugee-hosting; Rohingya; forcibly displaced Myanmar nationals;
~humanitarian admission; ~complementary pathways; ~local integration; ~voluntary repatriation; Global Compact on Refugees;
~protracted displacement; ~persons in need of protection; ~humanitarian visa*; political asylum; granted asylum;
!displacement of workers;
~international protection; applicants for international protection; beneficiaries of international protection; applications for international protection
!may need international protection; !may be in need of international protection; !in need of international protection among; !sudden-onset disaster*; !sudden-onset natural disaster*; !sudden disaster*; !local integration programme*
`,
  fr: `
réfugié*; statut de réfugié; ~asile; demandeur* d'asile; droit d'asile; procédure d'asile;
 protection subsidiaire; ~protection temporaire; Convention de Genève; Convention de 1951;
~réinstallation; réinstallation des réfugiés; personnes déplacées internes; déplacé* interne*; déplacement* forcé*;
 ~solutions durables; ~HCR; ~centre* d'accueil; Bureau des réfugiés et apatrides;
loi sur l'asile; politique d'asile; demande d'asile; demandes d'asile; ~rapatriement volontaire; ~personnes déplacées; bénéficiaires de la protection internationale;
~protection internationale; demandeurs de protection internationale
`,
  es: `
refugiado*; ~refugio; solicitante* de refugio; solicitante* de asilo; ~asilo; condición de refugiado;
reconocimiento de la condición de refugiado; ~protección complementaria; ~protección temporal;
~no devolución^1; ~reasentamiento; desplazado* interno*; desplazamiento forzado; desplazamiento interno; personas desplazadas;
ACNUR; ~soluciones duraderas; personas refugiadas; ~razones humanitarias; Dirección de Protección Internacional;
~integración local; ~visa humanitaria; apátrida*; apatridia;
~protección internacional; solicitantes de protección internacional; personas con necesidad de protección internacional
`,
  ru: `
бежен*; статус* беженц*; ~убежищ*; временн* убежищ*; политическ* убежищ*; просител* убежищ*; ищущ* убежищ*;
предоставлени* убежищ*; ходатайств* о признании беженц*; дополнительн* защит*; ~временн* защит*;
~невысылк*^1; внутренне перемещенн* лиц*; перемещенн* лиц*; вынужденн* переселенц*; вынужденн* миграц*;
вынужденн* перемещени*; лиц* без гражданства; безгражданств*; УВКБ; ~долгосрочн* решени*;
~пункт* временного размещения; ~гуманитарн* защит*; Конвенци* о статусе беженцев; переселени* беженц*;
~международн* защит*; лиц* нуждающ* в международной защите
`,
  ro: `
refugiat*; ~azil*; solicitant* de azil; solicitanț* ai unei forme de protecție;
~protecție umanitară; protecție subsidiară; ~protecție temporară; statut* de refugiat; ~nereturnare^1;
persoane strămutate intern; strămutaț* intern*; ~strămutaț*; procedur* de azil; dreptul de azil; Legea privind azilul;
~soluții durabile; relocar* refugiat*; strămutare forțată; deplasare forțată; beneficiar* de protecție internațională;
~persoane strămutate;
cerer* de azil; tabere de refugiați; beneficiar* de protecție temporară;
~protecție internațională
dobândit o formă de protecție; beneficiază de o formă de protecție; beneficiarii unei forme de protecție
`,
  sr: `
izbeglic*; izbjeglic*; tražioc* azila; tražila* azila; pravo na azil; ~privremen* zaštit*; supsidijarn* zaštit*;
~utočište; interno raseljen*; raseljen* lica; ~IRL; prinudn* migracij*; prinudn* raseljavanj*; lica bez državljanstva;
centar* za azil; Kancelarija za azil; ~trajn* rešenj*; Zakon o azilu i privremenoj zaštiti;
Komesarijat za izbeglice i migracije; status izbeglice; ~načelo zabrane vraćanja^1;
izbegličk* status*; izbegličk* kamp*; dobijanj* azila; zahtev* za azil
`,
  ar: `
اللاجئ*; ~اللجوء; طالبي اللجوء; طالب اللجوء; ملتمسي اللجوء; حق اللجوء; ~الحماية الدولية; ~عدم الإعادة القسرية^1;
~إعادة التوطين; النازحين داخليا; نازح*; النزوح القسري; النزوح الداخلي; التهجير القسري; عديمي الجنسية;
انعدام الجنسية; المفوضية السامية للأمم المتحدة لشؤون اللاجئين; ~الحلول الدائمة; الاتفاقية الخاصة بوضع اللاجئين;
~الحماية المؤقتة; المهجرين;
صفة لاجئ; منح اللجوء; طلبات اللجوء; مخيمات اللاجئين; النازحين قسرا;
النازح*
`,
  ky: `
качкын*; башпаанек издөөчү*; башпаанек сураган*; жарандыгы жок адам*; мажбурлап көчкөн*; ~башпаанек*^1
`,
  bn: `
শরণার্থী*; রোহিঙ্গা*; বলপূর্বক বাস্তুচ্যুত*; জোরপূর্বক বাস্তুচ্যুত*; আশ্রয়প্রার্থী*; রাষ্ট্রহীন*; ~বাস্তুচ্যুত*
`,
};

const CLIMATE: LexiconText = {
  en: `
climate migration; climate-induced migration; climate change and migration; migration and climate change;
environmental migration; environmental migrant*; environmentally induced migration; disaster displacement;
disaster-induced displacement; displacement in the context of disasters; climate displacement; climate-induced displacement;
climate-related displacement; displacement due to climate change; displaced by disasters; displaced by climate change;
~planned relocation; ~relocation of communities; ~slow-onset events^1; ~slow-onset; ~sea-level rise^1; ~drought*;
~desertification; ~land degradation^1; ~natural disasters^1; ~sudden-onset; ~climate change^1; ~environmental degradation^1.5; ~adverse effects of climate change^2;
~extreme weather^1; ~cyclone*; ~riverbank erosion^1; ~floods; ~flooding; ~salinity; drought-induced migration;
migration as adaptation; migration as an adaptation strategy; climate mobility; climate refugees; environmental refugees;
~trapped populations; Platform on Disaster Displacement; Nansen Initiative; Task Force on Displacement; climate migrants;
~disaster risk reduction^1; ~climate change adaptation^1; ~adaptation to climate change^1; ~loss and damage^1;
~water scarcity^1; ~climate hazards^1;
people displaced&hazards; people were displaced&hazards; people have been displaced&hazards; people had been displaced&hazards; persons displaced&hazards; persons were displaced&hazards; persons have been displaced&hazards; persons had been displaced&hazards; households displaced&hazards; households were displaced&hazards; households have been displaced&hazards; households had been displaced&hazards; families displaced&hazards; families were displaced&hazards; families have been displaced&hazards; families had been displaced&hazards; residents displaced&hazards; residents were displaced&hazards; residents have been displaced&hazards; residents had been displaced&hazards; inhabitants displaced&hazards; inhabitants were displaced&hazards; inhabitants have been displaced&hazards; inhabitants had been displaced&hazards; communities displaced&hazards; communities were displaced&hazards; communities have been displaced&hazards; communities had been displaced&hazards;
displaced households&hazards; displaced families&hazards; displaced communities&hazards; displaced residents&hazards; displacement caused by&hazards; displacement due to&hazards; displacement risk&hazards; population displacement&hazards;
relocation of villages&hazards; relocation of households&hazards; relocation of settlements&hazards;
relocate communities&hazards; relocate villages&hazards; relocate households&hazards; relocated communities&hazards; relocated villages&hazards;
communities relocated&hazards; villages relocated&hazards; households relocated&hazards;
relocation of coastal communities&hazards; relocation of coastal villages&hazards; relocation of affected communities&hazards; relocation of affected households&hazards;
!General Circulation Model*; !species migration; !range shift*; !migration of pollutants
~national adaptation plan*^1
~sudden disaster*^1.5; ~uninhabitable^1.5; ~environmental change^1.5; ~earthquake*^1; ~crop failure*^1.5; ~failed harvests^1.5; ~resilience^1; ~eroding^1; ~rising seas^1.5; ~flood plains^1; ~landslide*^1; ~adaptation^1
who fled&hazards&movers&!passing&!soon; who fled&hazards&movers&!passing&soon&!homeagain; had fled&hazards&movers&!passing&!soon; had fled&hazards&movers&!passing&soon&!homeagain; have fled&hazards&movers&!passing&!soon; have fled&hazards&movers&!passing&soon&!homeagain; flee&hazards&movers&!passing&!soon; flee&hazards&movers&!passing&soon&!homeagain; fleeing&hazards&movers&!passing&!soon; fleeing&hazards&movers&!passing&soon&!homeagain; evacuees&hazards&!passing&!soon; evacuees&hazards&!passing&soon&!homeagain; move in a planned way&hazards; moving in a planned way&hazards; planned moves&hazards
`,
  fr: `
quitté leurs maisons&hazards&!passing; quitté leurs villages&hazards&!passing; quitté leurs terres&hazards&!passing; dû quitter leurs&hazards&!passing; pour fuir&hazards&movers&!passing; ont fui&hazards&movers&!passing; familles déplacées&hazards; ménages déplacés&hazards; réinstallation des communautés&hazards; réinstallation des ménages&hazards
migration* climatique*; migration* environnementale*; migrant* environnementa*; déplacement* lié* aux catastrophes;
déplacés climatiques; réfugiés climatiques; ~réinstallation planifiée; ~relocalisation planifiée; ~changement* climatique*^1;
changements climatiques et migration; migration et changement climatique; la migration comme stratégie d'adaptation;
~dégradation de l'environnement^1; ~sécheresse*; ~catastrophes naturelles^1;
~élévation du niveau de la mer^1; ~inondations; ~stress hydrique^1; ~adaptation au changement climatique^1;
mobilité climatique; mobilité humaine et changement climatique; déplacement* climatique*; déplacés environnementaux; migrants climatiques; ~réduction des risques de catastrophe^1; ~érosion côtière^1
~plans nationaux d'adaptation^1; ~dégradation des terres^1
~inhabitable*^1.5; ~montée des eaux^1.5; ~montée du niveau de la mer^1.5; ~glissement* de terrain^1; ~séisme*^1; ~tremblement* de terre^1; ~mauvaises récoltes^1.5; ~pertes de récoltes^1.5; ~catastrophe* soudaine*^1.5; ~changement* environnementa*^1; ~zones inondables^1; ~crues^1
`,
  es: `
huyen de&hazards&movers&!passing; huyeron de&hazards&movers&!passing; familias desplazadas&hazards; desplazadas por&hazards&movers; desplazados por&hazards&movers; que abandonar sus hogares&hazards&!passing; abandonaron sus hogares&hazards&!passing; dejaron sus hogares&hazards&!passing; reubicación de las familias&hazards; reubicación de las comunidades&hazards; reubicación de comunidades&hazards
migraci* climática*; migraci* ambiental*; migrante* ambiental*; desplazamiento por desastres; desplazamiento* ambiental*;
desplazamiento inducido por el clima; desplazados climáticos; refugiados climáticos; ~reubicación planificada;
movilidad humana y cambio climático; movilidad climática; ~cambio climático^1; ~desastres naturales^1; ~sequía*;
~degradación ambiental^1; ~erosión; ~inundaciones; ~fenómeno de El Niño^1; ~gestión de riesgos^1;
~eventos climáticos extremos^1; ~adaptación al cambio climático^1; ~desertificación;
migrantes climáticos; ~reducción del riesgo de desastres^1; ~erupciones volcánicas^1
~planes nacionales de adaptación^1; ~degradación de las tierras^1
~aumento del nivel del mar^1.5; ~subida del nivel del mar^1.5; ~deslizamiento* de tierra^1; ~deslaves^1; ~terremoto*^1; ~sismo*^1; ~pérdida de cosechas^1.5; ~malas cosechas^1.5; ~desastres repentinos^1.5; ~cambio ambiental^1; ~zonas inundables^1; ~resiliencia^1; ~reubicación^1
`,
  ru: `
покидают свои дома из-за&hazards&!passing; покинули свои дома&hazards&!passing; вынуждены покинуть свои дома&hazards; пришлось покинуть свои дома&hazards
климатическ* миграц*; экологическ* миграц*; экологическ* мигрант*; экологическ* беженц*; климатическ* беженц*;
перемещени* в результате бедстви*; перемещени* в результате стихийн* бедстви*; переселени* из зон* риска;
~переселени* из зон*; изменени* климата и миграц*; ~планов* переселени*; ~изменени* климата^1; ~стихийн* бедстви*^1;
~чрезвычайн* ситуаци*^1; ~деградаци* земел*^1; ~опустынивани*; ~засух*; ~наводнени*; ~оползн*; экомигрант*;
~адаптаци* к изменению климата^1; климатическ* мигрант*;
миграци* в результате изменени* климата; вынужденн* переселени* в результате стихийн* бедстви*; ~зон* экологическ* бедстви*^1; ~селев* поток*^1
переселени* семей&hazards&!passing; переселени* семьи&hazards&!passing; переселени* жителей&hazards&!passing; переселени* населени*&hazards&!passing; переселени* домохозяйств*&hazards&!passing; переселени* граждан*&hazards&!passing; переселени* людей&hazards&!passing
`,
  ro: `
au fost mutate&hazards&movers&!passing; au fost mutați&hazards&movers&!passing; au fost relocate&hazards&movers&!passing; relocarea familiilor&hazards; relocarea gospodăriilor&hazards; mutarea familiilor&hazards; și-au părăsit casele&hazards&!passing; au fugit de&hazards&movers&!passing
migrați* climatic*; migrați* de mediu; migrați* cauzat* de schimbările climatice; strămutare* din cauza dezastrelor;
strămutar* cauzat* de dezastre; relocare* planificat*; schimbările climatice și migrația; migrația și schimbările climatice;
refugiaț* climatic*; ~schimbări* climatic*^1; ~dezastre naturale^1; ~secetă; ~inundații; ~degradarea mediului^1;
~calamități naturale^1; ~adaptarea la schimbările climatice^1; ~alunecări de teren^1;
migranți de mediu; persoane strămutate din cauza dezastrelor; strămutar* din cauza schimbărilor climatice; ~evenimente climatice extreme^1; ~reducerea riscurilor de dezastre^1; ~situații excepționale^1; ~deșertificare; mobilitate climatică
`,
  sr: `
klimatsk* migracij*; ekološk* migracij*; migracij* izazvan* klimatskim promenama; raseljavanj* usled prirodnih katastrofa;
raseljavanj* usled klimatskih promena; planiran* preseljenj*; ~klimatsk* promen*^1; ~prirodn* katastrof*^1;
~elementarn* nepogod*^1; ~poplav*; ~degradacij* životne sredine^1; klimatsk* izbeglic*;
~prilagođavanj* klimatskim promenama^1;
migracij* uzrokovan* klimatskim promenama; raseljen* usled poplava; raseljen* zbog klimatskih promena; klimatsk* raseljavanj*; ekološk* migran*; ekološk* izbeglic*; ~suša; ~suše; ~klizišt*^1; ~ekstremn* vremensk* prilik*^1; ~smanjenj* rizika od katastrofa^1; ~vanredn* situacij*^1; preseljenj* stanovništva iz ugroženih područja; ~otpornost na klimatske promene^1
`,
  ar: `
الهجرة المناخية; الهجرة البيئية; المهاجرين البيئيين; المهاجرين بسبب المناخ; النزوح الناجم عن الكوارث;
النزوح بسبب تغير المناخ; النزوح المرتبط بالكوارث; إعادة التوطين المخطط لها; تغير المناخ الهجرة; ~التصحر;
~تغير المناخ^1; ~التغيرات المناخية^1; ~الكوارث الطبيعية^1; ~الجفاف; ~الفيضانات; ~ندرة المياه^1; ~التدهور البيئي^1;
اللاجئين البيئيين; لاجئي المناخ; ~ارتفاع مستوى سطح البحر^1; ~التكيف مع تغير المناخ^1;
الهجرة بسبب الجفاف; النازحين بسبب الكوارث; ~الإجهاد المائي^1; ~الحد من مخاطر الكوارث^1; ~الظواهر المناخية القصوى^1;
هجرة المناخية; هجرة البيئية
`,
  ky: `
климаттык миграция*; экологиялык миграция*; экологиялык мигрант*; ~климаттын өзгөрүш*^1; ~табигый кырсык*^1; ~жаратылыш кырсык*^1;
~жер көчкү*^1; ~кургакчылык*^1; ~коопсуз жерлерге көчүр*
`,
  bn: `
জলবায়ু উদ্বাস্তু*; জলবায়ু অভিবাসন*; জলবায়ু বাস্তুচ্যুত*; জলবায়ুজনিত বাস্তুচ্যুতি*; জলবায়ু পরিবর্তনের কারণে বাস্তুচ্যুত*;
~নদীভাঙন*; ~ঘূর্ণিঝড়*; ~লবণাক্ততা*^1; ~জলোচ্ছ্বাস*; ~বন্যা^1; ~বন্যার^1; ~বন্যায়^1; ~জলবায়ু পরিবর্তন*^1; ~খরা^1; ~উপকূলীয়*^1
`,
};

const INTERNAL: LexiconText = {
  en: `
~internal migra*; rural-urban migration; rural to urban migra*; migration from rural to urban areas; migration from rural areas;
rural exodus; migration to cities; migration to urban areas; migrate to cities; migrate to the cities; moving to cities&persons; inter-regional migration; interregional migration;
interprovincial migration; seasonal internal migration; ~domestic migration; urban migrants; rural migrants;
migrants from rural areas; internally migrating; ~depopulation; ~rural depopulation; ~informal settlements^1; ~slums;
~residence registration^1; ~urbanisation; ~urbanization; ~rapid urbanisation^1; ~rapid urbanization^1; ~urban growth^1;
~urban poor^1; ~population movements within the country; ~rural-urban linkages^1; ~secondary cities^1; ~household registration^1;
~rural out-migration; ~migration within the country
moving to the cities&persons; moved to the cities&persons; move to the cities&persons; moved to cities&persons; move to cities&persons; moving to urban areas&persons;
moved to urban areas&persons; move to urban areas&persons; moved to the capital&persons; moving to the capital&persons; move to the capital&persons;
from rural areas to the cities; from rural areas to cities; from rural areas to urban areas; from the countryside to the cities;
rural-urban drift; urban drift; drift to the towns; drift to the cities
~from rural districts to the capital; ~from the regions to the capital; ~from rural areas to the capital; ~from the provinces to the capital
moving in from rural districts&persons; moving in from rural areas&persons; moving from rural districts&persons; moving from rural areas&persons; moved from rural areas&persons; moved from rural districts&persons; moved in from rural areas&persons
`,
  fr: `
migration* interne*; migrations intérieures; migration rurale-urbaine; migration* vers les villes;
migration des campagnes vers les villes; ~mobilité interne; ~urbanisation rapide^1; ~quartiers informels^1;
~habitat informel^1; ~bidonvilles; ~dépeuplement; ~croissance urbaine^1; ~exode des campagnes;
migrants internes; migration* rurale*; migration* vers les centres urbains; exode vers les villes; ~étalement urbain^1; ~villes secondaires^1; ~périurbain*
des campagnes vers les villes; quittent les campagnes
`,
  es: `
migración interna; migraciones internas; migración campo-ciudad; migración del campo a la ciudad; migración rural-urbana;
 migrante* interno*; ~movilidad interna; ~asentamientos informales^1; ~despoblamiento;
~despoblación; migración hacia las ciudades; migrar hacia las ciudades; migrar a las ciudades; emigrar a las ciudades; migración interprovincial; ~crecimiento urbano^1; ~expansión urbana^1;
~migración del campo;
migración rural; migración hacia las urbes; ~periferias urbanas^1; ~cinturones de miseria^1; migración interregional
del campo a la ciudad; del campo a las ciudades; de zonas rurales a las ciudades
`,
  ru: `
внутренн* миграц*; внутренн* мигрант*; миграци* из сельск* местност*; сельско-городск* миграц*; миграци* из сел в город*;
~урбанизац*; ~прописк*; ~регистраци* по месту жительства^1; ~регистраци* по месту пребывания^1; отток* населени* из сел*;
!маятников* миграци*; ~новостройк*; межрегиональн* миграц*; миграци* в город*; миграци* в столиц*; ~депопуляц*; ~обезлюдени*;
сельск* мигрант*; внутренн* трудов* миграц*; переселени* в город*; ~стихийн* застройк*^1; ~отток* сельск* населени*
из сел* в город*; переехавш* в город*; переезжа* в город*
отток* населени* в крупн* город*; отток* населени* в город*; отток* молодеж* из сельск* местност*
`,
  ro: `
migrați* internă; migrației interne; migranți interni; migranților interni; migrați* rural-urban*;
migrați* de la sat la oraș; exod* rural; ~depopular*; ~depopularea satelor; ~urbanizar*; migrați* către orașe;
migrați* spre orașe; ~mobilitat* intern*; ~așezări informale^1; ~exodul de la sate;
migrați* din mediul rural în cel urban; migrați* rurală; exodul din mediul rural; ~urbanizare rapidă^1
de la sat la oraș; mutați la oraș; se mută la oraș
`,
  sr: `
unutrašnj* migracij*; migracij* selo-grad; odliv stanovništva sa sela; ~depopulacij*; ~pražnjenj* sela;
unutrašnj* migran*; migracij* iz sela u grad*; ~demografsk* pražnjenj*; migracij* ka gradovima; ~odlazak sa sela;
~gašenje sela; ~ruraln* područj*^1; ~neformaln* naselj*^1;
unutrašnj* preseljavanj*; preseljavanj* u gradove; migracij* u gradove; migracij* sa sela u grad*; odliv stanovništva iz ruralnih područja; ~neravnomern* regionaln* razvoj*^1; unutrašnja pokretljivost
iz sela u grad; iz sela u gradove; sa sela u grad
`,
  ar: `
الهجرة الداخلية; الهجرة القروية; الهجرة من الريف إلى المدن; الهجرة من البادية; النزوح الريفي; المهاجرين الداخليين;
~التمدن; ~التحضر; ~الأحياء العشوائية^1; ~السكن العشوائي^1; الهجرة نحو المدن; الهجرة الريفية; الهجرة إلى المدن;
~الأحياء الهامشية^1; ~النمو الحضري^1;
الهجرة من القرى إلى المدن; الهجرة الريفية الحضرية; النزوح نحو المدن; ~التوسع الحضري^1; ~السكن غير اللائق^1; المهاجرين القرويين;
هجرة الداخلية; هجرة القروية; هجرة من الريف إلى المدن; هجرة الريفية
`,
  ky: `
ички миграция*; ички мигрант*; айылдан шаарга көч*; ~шаарга көчүп кел*; ~жаңы конуштар*^1
`,
  bn: `
অভ্যন্তরীণ অভিবাসন*; অভ্যন্তরীণ অভিবাসী; অভ্যন্তরীণ অভিবাসীদের; গ্রাম থেকে শহরে*; শহরমুখী*; ~নগরায়ণ*; ~নগরায়ন*
`,
};

const INTEGRATION: LexiconText = {
  en: `
integration of migrants; integration of immigrants; integration of foreigners; integration of refugees; migrant integration;
immigrant integration; refugee integration; social inclusion of migrants; inclusion of migrants; ~social cohesion^1;
~host communit*^1; language courses for migrants; ~language courses^1; ~language training^1; ~intercultural*;
~non-discrimination; ~anti-discrimination; ~discrimination; ~xenophobia^1.5; xenophobia against migrants; ~racism;
racism against migrants; ~hate speech^1; ~equal treatment^1; ~naturalisation; ~naturalization; ~access to citizenship^1;
~long-term residence^1; ~reception and integration; migrant-inclusive; ~access to services^1; access to services for migrants;
~access to basic services^1.5; ~access to health care^1; ~access to education^1; ~social inclusion^1; ~public perception*^1;
perceptions of migrants; perceptions of migration; ~civic integration; ~integration courses; ~integration programme*;
~integration polic*; ~integration strateg*; ~integration; ~multicultural*; ~diversity; ~stereotypes;
~family reunification; ~inclusive cities^1; ~welcoming communities^1; migrant-friendly; National Strategy on Immigration and Asylum;
~SNIA; ~peaceful coexistence^1; ~mutual acceptance^1;
!integration of migration; !integrating migration; !mainstreaming migration; !integration test*; !financial inclusion;
!digital inclusion;
~receiving communit*; ~cohesive societies; ~inclusive societies^1; ~language learning^1; empowering migrants; empowerment of migrants; access to the labour market for migrants; ~active members of society^1;
newly arrived migrants; newly arrived immigrants; ~civic orientation^1.5; ~community centres^1; ~community centers^1
~one-stop centre*^1; ~one-stop center*^1; ~one-stop shop*^1; ~cultural mediator*^1; ~language classes^1; ~language lessons^1;
~orientation course*^1; ~orientation session*^1; ~newcomers^1; ~newly arrived^1
~full inclusion^1.5; full inclusion of migrants; ~inclusion and social cohesion^2
~welcome centre*^1.5; ~welcome center*^1.5; ~bridging program*^1.5; ~national language^1; ~full members of^1.5; ~long-standing residents^1.5; ~recently arrived^1
~one-stop service*^1; ~mentoring^1; ~local volunteers^1; ~sports and cultural^1; ~cultural activities^1; ~host societ*^1.5; ~mutual respect^1; ~mutual understanding^1; ~long-time residents^1.5; ~local residents^1; ~local life^1; ~community life^1; ~welcome them^1; ~welcome migrants^1; ~welcome newcomers^1; ~find housing^1; ~access to housing^1; ~myths^1; ~active part^1
`,
  fr: `
~scolarisation^1; ~inscription scolaire^1; ~guichet d'accueil^1; ~espace d'accueil^1; ~assurance maladie^1;
intégration des migrants; intégration des immigrés; intégration des étrangers; intégration des réfugiés;
~inclusion sociale^1; inclusion des migrants; ~cohésion sociale^1; ~communautés d'accueil^1; ~cours de langue^1; ~interculturel*;
~lutte contre la discrimination^1; ~xénophobie; ~racisme; ~discours de haine^1; ~égalité de traitement^1;
~accès à la nationalité^1; ~accueil et intégration; ~accès aux services^1; accès des migrants aux services; ~accès aux soins^1;
Stratégie nationale d'immigration et d'asile; ~politique d'intégration; perception de la migration; ~regroupement familial;
~vivre ensemble^1; !intégration de la migration; !intégration de la dimension migratoire; !intégration des questions migratoires;
~sociétés inclusives^1; ~sociétés cohésives; autonomisation des migrants; ~apprentissage de la langue^1;
primo-arrivants; ~orientation civique^1.5; ~centres communautaires^1
~guichet unique^1; ~guichets uniques^1; ~médiateur* culturel*^1; ~médiateur* interculturel*^1; ~formation linguistique^1;
~cours de français^1; ~contrat d'intégration^1.5; ~parcours d'intégration^1.5; ~nouveaux arrivants^1
~pleine inclusion^1.5; pleine inclusion des migrants; ~inclusion et cohésion sociale^2; ~inclusion et la cohésion sociale^2
insertion professionnelle des immigrés; insertion professionnelle des migrants; insertion des immigrés; insertion des migrants; insertion socio-économique des migrants; insertion socio-économique des immigrés
~mentorat^1; ~parrainage^1; ~bénévoles^1; ~activités culturelles et sportives^1; ~activités sportives et culturelles^1; ~activités culturelles^1; ~société d'accueil^1.5; ~sociétés d'accueil^1.5; ~respect mutuel^1; ~compréhension mutuelle^1; ~population locale^1; ~habitants de longue date^1.5; ~vie locale^1; ~vie communautaire^1; ~accès au logement^1; ~trouver un logement^1; ~préjugés^1; ~idées reçues^1; ~récemment arrivé*^1; ~nouvellement arrivé*^1; ~inclusion socio-économique^1.5; ~insertion socio-économique^1.5; ~membres à part entière^1.5
`,
  es: `
~inscripción escolar^1; ~matricular a sus hijos^1; ~casa de acogida^1;
integración de los migrantes; integración de las personas migrantes; integración de personas en movilidad;
integración de inmigrantes; integración de refugiados; ~integración; ~inclusión social^1; inclusión de migrantes;
inclusión de personas en movilidad; ~cohesión social^1; ~comunidades de acogida^1; ~convivencia;
~no discriminación^1; ~discriminación; ~xenofobia; ~racismo; ~discurso de odio^1; ~igualdad de trato^1;
~acceso a la nacionalidad^1; ciudadanía universal; ~acceso a servicios^1; acceso de las personas migrantes;
~acceso a la salud^1; ~acceso a la educación^1; ~reunificación familiar; !integración de la migración;
!integración de la movilidad humana;
~sociedades inclusivas^1; ~sociedades cohesionadas; empoderamiento de los migrantes; ~aprendizaje del idioma^1;
~cursos de idioma^1; ~población de acogida^1; ~sociedad de acogida^1; ~centros comunitarios^1
~ventanilla única^1; ~mediador* intercultural*^1; ~clases de español^1; ~cursos de español^1; ~recién llegad*^1.5;
~programa de acogida^1; ~programas de acogida^1; ~empadronar*^1; ~empadronamiento^1
~plena inclusión^1.5; plena inclusión de los migrantes; plena inclusión de las personas migrantes; ~inclusión y cohesión social^2; ~inclusión y la cohesión social^2
~mentoría*^1; ~voluntariado^1; ~voluntarios locales^1; ~actividades culturales y deportivas^1; ~actividades deportivas y culturales^1; ~actividades culturales^1; ~respeto mutuo^1; ~entendimiento mutuo^1; ~comprensión mutua^1; ~población local^1; ~residentes locales^1; ~vida comunitaria^1; ~vida local^1; ~acceso a la vivienda^1; ~encontrar vivienda^1; ~prejuicios^1; ~mitos^1; ~inclusión socioeconómica^1.5; ~integración socioeconómica^1.5; ~inclusión económica^1; ~miembros de pleno derecho^1.5
`,
  ru: `
интеграц* мигрант*; интеграц* иностранн*; интеграц* иммигрант*; интеграц* беженц*; адаптаци* мигрант*;
адаптаци* и интеграци* мигрант*; социальн* адаптаци* мигрант*; ~социальн* интеграц*^1; ~социальн* сплоченност*^1;
~принимающ* сообществ*^1; ~языков* курс*^1; ~курс* русского языка^1; ~недискриминац*; ~дискриминац*; ~ксенофоби*;
~расизм*; ~язык* вражды^1; ~равн* обращени*^1; ~натурализац*; ~прием* в гражданство^1; ~межнациональн* отношени*^1;
~межэтническ* отношени*^1; ~толерантност*; ~доступ* к услугам^1; ~доступ* к медицинск* помощ*^1; ~доступ* к образовани*^1;
~воссоединени* семь*; ~социокультурн* адаптаци*; !интеграц* миграци* в;
~инклюзивн* обществ*^1; расширени* прав и возможностей мигрант*; ~изучени* русского языка^1;
адаптаци* и интеграци* иностранн* граждан*; интеграци* и адаптаци* иностранн* граждан*; социальн* и культурн* адаптаци* иностранн*
~центр* адаптаци*^1; ~языков* адаптаци*^1; ~культурн* адаптаци*^1; ~курс* адаптаци*^1
~полн* интеграци*^1.5; ~полн* инклюзи*^1.5; ~интеграци* и социальн* сплоченност*^2
`,
  ro: `
~înscriși la școală^1; ~înscrierea la școală^1; ~asigurării obligatorii de asistență medicală^1;
 integrarea imigranților; integrarea migranților; integrarea refugiaților; integrar* social* a migranț*;
~incluziune* social*^1; incluziunea migranților; ~coeziune* social*^1; ~comunităț* gazdă^1; ~cursuri de limbă^1; ~nediscriminare;
~discriminare; ~xenofobie; ~rasism; ~discurs* de ură^1; ~egalitate* de tratament^1; ~naturalizare;
~dobândirea cetățeniei^1; ~integrar*; ~accesul la servicii^1; ~Centrul de integrare;
~reîntregirea familiei; !integrarea migrației; !integrarea aspectelor de migrație;
~toleranță^1; programul de integrare a străinilor;
integrar* străinilor; integrar* a străinilor; ~program* de integrare
~orientare culturală^1; ~adaptare culturală^1; ~centre* de integrare^1; ~cursuri gratuite de limb*^1
~incluziune* deplin*^1.5; ~incluziune* și coeziune* social*^2
`,
  sr: `
integracij* migranata; integracij* stranaca; integracij* izbeglica; integracij* lica kojima je odobren*;
~socijaln* uključenost*^1; ~socijaln* inkluzij*^1; ~društven* kohezij*^1; ~zajednic* domaćin*^1; ~kursev* jezika^1;
~kurs* srpskog jezika; ~zabran* diskriminacij*^1; ~rasizam; ~govor* mržnje^1; ~jednak* tretman*^1;
~prijem u državljanstvo^1; ~integracij*; ~Poverenik za zaštitu ravnopravnosti^1; ~spajanje porodice; ~pristup uslugama^1;
!integracij* migracij* u; !evropsk* integracij*;
~interkulturaln*; ~multikulturaln*; uključivanj* migranata; inkluzij* migranata; ~jezičk* podršk*^1; uključivanje izbeglica
~jednošalter*^1; ~kulturn* medijator*^1; ~interkulturn* medijator*^1
~pun* uključenost*^1.5; ~pun* inkluzij*^1.5; ~inkluzij* i društven* kohezij*^2
`,
  ar: `
إدماج المهاجرين; اندماج المهاجرين; إدماج الأجانب; إدماج اللاجئين; ~الإدماج الاجتماعي^1; ~التماسك الاجتماعي^1;
~المجتمعات المضيفة^1; ~عدم التمييز^1; ~مكافحة التمييز^1; ~كراهية الأجانب; ~العنصرية; ~خطاب الكراهية^1;
~المساواة في المعاملة^1; ~التجنيس; ~اكتساب الجنسية^1; استقبال إدماج المهاجرين; الاستراتيجية الوطنية هجرة اللجوء;
~الولوج إلى الخدمات^1; ولوج المهاجرين; ~التعايش; ~لم الشمل العائلي; ~الإدماج; ~الاندماج; !إدماج الهجرة;
~قبول الآخر^1; ~التنوع الثقافي^1; اندماج الأجانب; ~تعلم اللغة^1; ~الحوار بين الثقافات
~دروس اللغة^1; ~الوسطاء الثقافيين^1; ~الوساطة الثقافية^1; ~الشباك الوحيد^1; ~الوافدين الجدد^1
~الإدماج الكامل^1.5; ~الاندماج الكامل^1.5; ~الإدماج والتماسك الاجتماعي^2
`,
  ky: `
~коомго интеграциялоо*^1; ~адаптациялоо*^1; ~басмырлоо*^1
`,
  bn: `
~স্বাগতিক সম্প্রদায়*; ~সামাজিক অন্তর্ভুক্তি*^1; ~সামাজিক সম্প্রীতি*^1; ~বৈষম্য*^1
`,
};

// "The (human) rights of all migrants" is the compact's cross-cutting formula, closing paragraphs
// on remittances, data or skills as often as rights ones, so it is no rights term of its own here
// (the generic "human rights" inside it still counts 1). Consular protection and assistance are
// the consular side of objective 14: weight 1, so they support rights named beside them but do
// not assert rights alone (docs/tagging-quality.md, eleventh round).
const RIGHTS: LexiconText = {
  en: `
rights of migrants; human rights of migrants; migrants' rights; migrant rights; rights of migrant workers;
protection of migrant workers; protection of migrants; labour rights of migrants; labor rights of migrant workers;
~access to justice^1; access to justice for migrants; ~complaint mechanism*^1; ~grievance mechanism*^1; legal aid for migrants;
~legal aid^1; ~consular protection^1; ~consular assistance^1; ~consular services^1; welfare of migrant workers; ~welfare fund^1;
Wage Earners' Welfare Board; migrant resource centre*; migrant resource center*; vulnerable migrants;
migrants in vulnerable situations; migrants in situations of vulnerability; unaccompanied migrant children;
~unaccompanied minors; ~unaccompanied children; ~separated children; abuse and exploitation of migrants;
~confiscation of passports; ~passport confiscation; ~wage theft; Migrant Workers Convention;
International Convention on the Protection of the Rights of All Migrant Workers; missing migrants; migrant deaths;
~search and rescue^1.5; save the lives of migrants; save migrants' lives; saving migrants' lives; saving the lives of migrants; ~labour inspection^1; women migrant workers;
Ministry of Expatriates' Welfare and Overseas Employment; ~Probashi Kallyan Bank; protection of nationals abroad;
~assistance to nationals abroad; ~rights-based approach^1; ~proof of legal identity^1; ~legal identity^1.5; ~identity documents^1;
~due process^1; ~firewall*^2; ~shelters; social protection of migrant workers; ~hotline*;
~human rights^1; regardless of migration status; regardless of their migration status; irrespective of migration status; irrespective of their migration status; ~earned benefits; ~access to social protection^1;
~their rights^2; ~their human rights^2;
~same rights as citizens^2; ~same rights as nationals^2; ~same rights and freedoms^2; ~equal treatment with nationals^2; ~on an equal footing with nationals^2; ~equality of treatment^1.5; ~withholding of passports; ~retention of passports; ~passport retention;
~regardless of their status^1.5; ~irrespective of their status^1.5;
~exploitation^1; ~labour rights^1.5; ~labor rights^1.5; ~non-refoulement^2; ~alternatives to detention^2; ~arbitrary detention^2; ~last resort^1.5;
~detention of children^2; ~detaining children^2; ~child detention^2; ~immigration detention^1.5; discrimination against migrants; ~discrimination^1; ~racism^1; ~hate crime*^1; ~hate speech^1;
~unaccompanied and separated children^2; ~confiscating passports^2; ~confiscating the passports^2; ~assist victims^1.5; ~assistance to victims^1.5; ~protection of victims^1.5;
~against exploitation^1; ~arbitrary expulsion^1.5; ~collective expulsion^1.5; ~not be prosecuted^1.5; ~not prosecuted^1.5; ~non-criminalization^2; ~non-criminalisation^2; ~protection and assistance^1.5; ~assistance and protection^1.5; ~individual assessment^1.5; ~individually assessed^1.5; ~referral mechanism*^1.5; ~procedural safeguards^1.5; ~procedural guarantees^1.5; ~not arbitrary^1.5; ~recruitment fee*^2; ~legal counsel^1.5; ~tortur*^1.5; ~gender-based violence^1.5; ~file complaints^1.5; ~receive complaints^1.5; ~stereotyp*^1; ~stigmati*^1; ~abuse^1; ~abusive^1
~passport*&withheld^2; ~as nationals^1.5; ~as national workers^1.5; ~whatever their status^1.5; ~whatever their migration status^2; ~regardless of immigration status^2; ~regardless of their immigration status^2; ~irrespective of immigration status^2; ~regardless of their legal status^1.5; ~regardless of their administrative status^1.5; ~immigration enforcement^1
~change employer without^2; ~may change employer^2; ~changing employer without^2; ~child protection services^1.5; ~child protection system^1.5; ~best interests of the child^1.5; ~best interest of the child^1.5; ~shall not be denied^1.5; ~may not be denied^1.5
~same terms as citizens^2; ~same terms as nationals^2; ~same conditions as citizens^2; ~same conditions as nationals^2;
~regardless of residence status^2; ~regardless of their residence status^2; ~irrespective of residence status^2
discrimination against migrant workers; discrimination against immigrants; discrimination against foreign workers
~situations of vulnerability^1.5; ~vulnerable situations^1.5; ~intolerance^1; ~protect and assist^1.5; ~assist and protect^1.5; ~investigate complaints^1.5; ~keep their passport*^1.5; ~prove who they are^1.5; ~recognised identity^1.5; ~recognized identity^1.5; ~birth certificate*^1; ~civil registration^1; remains of migrants; remains of deceased migrants; ~loss of life^1; ~lost their lives^1; ~died or disappeared^1.5; ~challenge a decision^1.5; ~challenge the decision^1.5; ~chance to appeal^1.5; ~deprivation of liberty^1.5; ~deprived of liberty^1.5; ~pushback*^1.5; ~push-back*^1.5
~without fear^1.5; ~legal advice^1; ~emergency shelter^1; ~case management^1.5; ~age assessment^1; ~human rights institution*^1.5; ~fair hearing^1.5; ~written decision^1.5; ~reasons for any refusal^1.5; ~reasons for refusal^1.5; ~destitute^1.5; ~emergency travel document*^1.5; ~replacement passport*^1.5
~embassies and consulates^1; ~abandoned by their employer^1.5; ~migrants are held^1.5; ~gone missing^1.5; ~go missing^1.5; ~rescued in distress^1.5; ~bodies of migrants^1.5
~psychological care^1; ~psychosocial^1; ~wages in full^1.5; ~unpaid wages^1.5; ~period of grace^1.5; ~grace period^1.5; ~deceived^1.5; ~consular identity card*^1.5; ~special protection^1.5; ~prompt notification^1.5; ~complaints of discrimination^1.5
`,
  fr: `
droits des migrants; droits de l'homme des migrants; droits humains des migrants; protection des travailleurs migrants;
droits des travailleurs migrants; protection des migrants; ~accès à la justice^1; ~assistance juridique^1;
~aide juridictionnelle^1; ~protection consulaire^1; ~assistance consulaire^1; ~services consulaires^1;
migrants en situation de vulnérabilité; migrants vulnérables; ~mineurs non accompagnés; ~enfants non accompagnés;
migrants disparus; décès de migrants; sauver la vie des migrants; sauver des vies de migrants; ~sauvetage en mer^1.5; ~recherche et sauvetage^1.5; protection sociale des travailleurs migrants; ~inspection du travail^1; ~mécanisme de plainte^1;
~pièces d'identité^1; ~identité juridique^1;
~droits de l'homme^1; ~droits humains^1; quel que soit leur statut migratoire; quel que soit le statut migratoire; ~prestations acquises;
~leurs droits^2;
~mêmes droits que les nationaux^2; ~mêmes droits que les citoyens^2; ~égalité de traitement^1.5; ~confiscation des passeports; ~confiscation du passeport;
~quel que soit leur statut^1.5; ~droit du travail^1; 
~solutions de rechange à la rétention^2; ~alternatives à la rétention^2; ~détention arbitraire^2; ~dernier ressort^1.5; ~rétention des enfants^2;
discrimination à l'égard des migrants; ~racisme^1; ~crimes de haine^1; ~discours de haine^1; ~assistance aux victimes^1.5; ~protection des victimes^1.5;
~contre l'exploitation^1; ~expulsions collectives^1.5; ~protection et assistance^1.5; ~assistance et protection^1.5; ~évaluation individuelle^1.5; ~mécanismes d'orientation^1.5; ~garanties procédurales^1.5; ~frais de recrutement^2; ~violence fondée sur le genre^1.5; ~violences fondées sur le genre^1.5; ~porter plainte^1.5; ~déposer plainte^1.5; ~déposer une plainte^1.5; ~abus^1
~passeport*&withheld^2; ~que les nationaux^1.5; ~avec les nationaux^1.5; ~que les travailleurs nationaux^1.5; ~avec les travailleurs nationaux^1.5; ~quelle que soit leur situation administrative^2; ~quelle que soit leur situation au regard du séjour^2; ~pare-feu^1.5
~aide sociale à l'enfance^1.5; ~protection de l'enfance^1.5; ~intérêt supérieur de l'enfant^1.5
quelle que soit leur situation migratoire; quelle que soit sa situation migratoire; quel que soit son statut migratoire;
~quelle que soit sa situation administrative^2
discrimination* envers les migrants; discrimination* contre les migrants; discrimination* à l'encontre des migrants; discriminations à l'égard des migrants; discrimination* à l'égard des travailleurs migrants; discrimination* à l'égard des immigrés
~actes d'état civil^1; ~documents d'identité^1; ~cartes consulaires^1.5; ~carte consulaire^1.5; ~privés de liberté^1.5; ~privées de liberté^1.5; ~privation de liberté^1.5
~sans crainte^1.5; ~conseil juridique^1; ~conseils juridiques^1; ~hébergement d'urgence^1; ~gestion des cas^1.5; ~évaluation de l'âge^1; ~détermination de l'âge^1; ~institution* nationale* des droits de l'homme^1.5; ~décision écrite^1.5; ~motifs du refus^1.5; ~laissez-passer^1.5; ~documents de voyage d'urgence^1.5; ~soutien psychosocial^1; ~soutien psychologique^1; ~prise en charge psychologique^1; ~salaires impayés^1.5; ~délai de grâce^1.5; ~protection spéciale^1.5; ~droit à un avocat^1.5; ~droit à un interprète^1.5; ~langue qu'il comprend^1.5; ~langue qu'ils comprennent^1.5; ~voies de recours^1.5; ~contester la décision^1.5; ~ne soient pas poursuivis^1.5; ~ne sont pas poursuivis^1.5; ~ne peut être éloigné^1.5; ~ne peut être expulsé^1.5; ~situation de vulnérabilité^1.5; ~situations de vulnérabilité^1.5; ~ont perdu la vie^1; ~pertes en vies humaines^1; ~morts ou disparus^1.5; ~rapatriement des dépouilles^1.5; ~rapatriement des corps^1.5; migrants décédés; ~au cas par cas^1.5; ~liberté syndicale^1.5; ~égalité de rémunération^1.5; ~salaire égal^1.5; ~ligne d'assistance^1.5; ~lignes d'assistance^1.5; ~permanence téléphonique^1; ~assistance juridique gratuite^1.5; ~aide juridique gratuite^1.5; ~plaintes pour discrimination^1.5
`,
  es: `
derechos de las personas migrantes; derechos humanos de los migrantes; derechos humanos de las personas migrantes;
derechos de los migrantes; derechos de los trabajadores migrantes; protección de los trabajadores migrantes;
protección de las personas migrantes; ~acceso a la justicia^1; ~asistencia legal^1; ~asesoría legal^1; ~protección consular^1;
~asistencia consular^1; ~servicios consulares^1; migrantes en situación de vulnerabilidad; ~no acompañados;
adolescentes migrantes; derechos de las personas en movilidad humana; migrantes desaparecidos; muertes de migrantes; salvar la vida de los migrantes; salvar vidas de migrantes;
~atención consular^1; ~defensoría del pueblo^1; ~identidad jurídica^1; ~documentos de identidad^1;
criminalización de la migración; ~no criminalización;
~derechos humanos^1; independientemente de su condición migratoria; independientemente de su estatus migratorio; sin importar su condición migratoria;
~prestaciones adquiridas;
~sus derechos^2;
~mismos derechos^2; ~igualdad de trato^1.5; ~igualdad de derechos^1.5; ~retención de pasaportes; ~retención del pasaporte; ~confiscación de pasaportes;
~independientemente de su condición^1.5; ~explotación^1; ~derechos laborales^1.5; ~no devolución^2;
~alternativas a la detención^2; ~detención arbitraria^2; ~último recurso^1.5; ~detención de niños^2; discriminación contra los migrantes; ~discriminación^1; ~racismo^1;
~delitos de odio^1; ~discurso de odio^1; ~asistencia a las víctimas^1.5; ~protección de las víctimas^1.5;
~contra la explotación^1; ~expulsiones colectivas^1.5; ~protección y asistencia^1.5; ~asistencia y protección^1.5; ~evaluación individual^1.5; ~mecanismos de derivación^1.5; ~garantías procesales^1.5; ~comisión de contratación^2; ~comisiones de contratación^2; ~cobro de comisiones^2; ~asesoría jurídica^1.5; ~asesoramiento jurídico^1.5; ~violencia de género^1.5; ~presentar denuncias^1.5; ~presentar quejas^1.5; ~estereotipo*^1; ~abuso*^1
~que los nacionales^1.5; ~con los nacionales^1.5; ~en igualdad de condiciones^1; ~cualquiera que sea su situación administrativa^2; ~independientemente de su situación administrativa^2; ~con independencia de su situación administrativa^2; ~cortafuegos^1.5
~búsqueda y salvamento^1.5; ~búsqueda y rescate^1.5; ~rescatadas en el mar^2; ~personas rescatadas^1.5; ~sin temor a ser detenid*^1.5; ~no sean sancionad*^1.5; ~devuelta a un territorio^2; ~devuelto a un territorio^2
cualquiera sea su condición migratoria; cualquiera sea su situación migratoria
~protección integral^1.5; ~interés superior^1.5; ~privada del acceso^1.5; ~privado del acceso^1.5; ~privadas del acceso^1.5; ~privados del acceso^1.5
sin importar su situación migratoria; independientemente de su situación migratoria; con independencia de su condición migratoria;
con independencia de su situación migratoria; cualquiera que sea su condición migratoria; cualquiera que sea su situación migratoria
discriminación contra las personas migrantes; discriminación hacia las personas migrantes; discriminación hacia los migrantes; discriminación de las personas migrantes; discriminación contra migrantes; discriminación de los migrantes; discriminación contra los trabajadores migrantes; discriminación de las personas en situación de movilidad
~documento de identidad^1; ~matrícula* consular*^1.5; ~partida* de nacimiento^1; ~registro civil^1; ~centro* de detención^1.5; ~privad* de libertad^1.5
~sin temor^1.5; ~sin miedo^1.5; ~albergue* temporal*^1; ~gestión de casos^1.5; ~determinación de la edad^1; ~evaluación de la edad^1; ~institución* nacional* de derechos humanos^1.5; ~decisión por escrito^1.5; ~resolución motivada^1.5; ~motivos de la denegación^1.5; ~salvoconducto*^1.5; ~documentos de viaje de emergencia^1.5; ~atención psicológica^1; ~apoyo psicológico^1; ~apoyo psicosocial^1; ~salarios adeudados^1.5; ~salarios impagos^1.5; ~período de gracia^1.5; ~plazo de gracia^1.5; ~protección especial^1.5; ~derecho a un abogado^1.5; ~derecho a un intérprete^1.5; ~idioma que comprenda^1.5; ~idioma que comprendan^1.5; ~impugnar la decisión^1.5; ~recurrir la decisión^1.5; ~no sean perseguid*^1.5; ~no serán perseguid*^1.5; ~situación de vulnerabilidad^1.5; ~situaciones de vulnerabilidad^1.5; ~perdieron la vida^1; ~pérdida de vidas^1; ~muertos o desaparecidos^1.5; ~repatriación de restos^1.5; migrantes fallecidos; ~caso por caso^1.5; ~libertad sindical^1.5; ~igual salario^1.5; ~igual remuneración^1.5; ~línea* de ayuda^1.5; ~línea gratuita^1; ~asesoría legal gratuita^1; ~asistencia jurídica gratuita^1.5; ~denuncias de discriminación^1.5
`,
  ru: `
прав* мигрант*; прав* трудящ* мигрант*; прав* трудов* мигрант*; защит* прав* трудов* мигрант*; защит* прав* мигрант*;
защит* прав* и интерес* мигрант*; защит* прав* граждан* за рубежом; ~доступ* к правосудию^1; правов* помощ* мигрант*;
~бесплатн* юридическ* помощ*^1; ~консульск* защит*^1; ~консульск* помощ*^1; ~консульск* услуг*^1; уязвим* мигрант*;
~несопровождаем*; Международн* конвенци* о защите прав всех трудящихся-мигрантов; пропавш* без вести мигрант*;
гибел* мигрант*; спасени* жизн* мигрант*; спасени* мигрант*; ~жалоб*;
~горяч* лини*^1; ~удостоверени* личност*^1; ~документ* удостоверяющ* личност*^1; ~юридическ* консультаци*^1;
~прав* человека^1; независимо от миграционного статуса; независимо от их миграционного статуса;
~их прав^2; ~их права^2; ~их правам^2; ~их правами^2; ~своих прав^2; ~свои права^2;
~наравне с граждан*^2; ~равн* с граждан*^2; ~изъяти* паспорт*;
~независимо от их статуса^1.5; ~эксплуатаци*^1; ~трудов* прав*^1.5; ~невысылк*^2; ~альтернатив* задержани*^2; ~произвольн* задержани*^2;
~крайней меры^1.5; ~дискриминаци*^1; ~расизм*^1; ~преступлени* на почве ненависти^1; ~язык* вражды^1; ~помощ* жертвам^1.5; ~защит* жертв^1.5;
~коллективн* высылк*^1.5; ~защит* и помощ*^1.5; ~помощ* и защит*^1.5; ~индивидуальн* оценк*^1.5; ~процессуальн* гарант*^1.5; ~плат* за трудоустройств*^2; ~сбор* за трудоустройств*^2; ~пыток^1.5; ~пытки^1.5; ~пыткам^1.5; ~пытками^1.5; ~гендерн* насили*^1.5; ~стереотип*^1; ~жесток* обращени*^1
~паспорт*&withheld^2; ~на равных условиях с граждан*^2; ~независимо от правового статуса^1.5; ~независимо от их правового статуса^1.5; ~независимо от их правового положения^1.5; ~вне зависимости от их правового положения^1.5; ~вне зависимости от миграционного статуса^2; ~вне зависимости от их миграционного статуса^2
~поиск* и спасани*^1.5
~наилучш* интерес* ребенка^1.5
дискриминаци* мигрантов; дискриминаци* в отношении мигрантов; дискриминаци* по отношению к мигрантам; дискриминаци* трудящихся-мигрантов; дискриминаци* трудовых мигрантов
пропавш* мигрант*; погибш* мигрант*
~свидетельств* о рождении^1; ~актов гражданского состояния^1; ~под стражей^1.5; ~содержани* под стражей^1.5
~имеют право на^1.5; ~имеет право на^1.5
`,
  ro: `
drepturile migranților; drepturile lucrătorilor migranți; protecția drepturilor migranților;
protecția socială a lucrătorilor migranți; protecția migranților; protecția cetățenilor aflați peste hotare;
~acces* la justiție^1; ~asistență juridică^1; ~protecție consulară^1; ~asistență consulară^1; ~servicii consulare^1;
migranți vulnerabili; migranți în situații de vulnerabilitate; ~minori neînsoțiți; ~copii neînsoțiți; ~inspecția muncii^1; ~acte de identitate^1; ~documente de identitate^1;
~drepturile omului^1; indiferent de statutul migrator; indiferent de statutul lor migrator;
~protecția socială^1; ~linie* fierbinte^1; ~Avocatul Poporului^1; migranți dispăruți; decese ale migranților; salvarea vieții migranților; salvarea vieților migranților;
~drepturile lor^2; ~drepturilor lor^2;
~aceleași drepturi^2; ~egalitate* de tratament^1.5; ~tratament egal^1.5; ~confiscar* pașapoart*; ~reținer* pașapoart*;
~indiferent de statutul lor^1.5; ~exploatar*^1; ~nereturnar*^2; ~alternative la detenție^2; ~detenție arbitrară^2; ~ultimă instanță^1.5;
~discriminar*^1; ~rasism*^1; ~infracțiuni motivate de ură^1; ~discursul instigator la ură^1; ~asistența victimelor^1.5; ~protecția victimelor^1.5; ~comision* de recrutare^2; ~tax* de recrutare^2; ~consiliere juridică^1.5; ~violenț* de gen^1.5; ~depun* plânger*^1.5; ~abuz*^1
~pașaport*&withheld^2; ~aceleași condiții ca cetățenii^2; ~în condiții de egalitate cu cetățenii^2; ~ca și cetățenii români^1.5; ~indiferent de situația lor juridică^1.5; ~indiferent de statutul lor juridic^1.5
~căutare și salvare^1.5
~interesul superior al copilului^1.5; ~protecția copilului^1.5
~ca și cetățenii^1.5; ~ca cetățenii Republicii Moldova^1.5
discriminar* migranților; discriminar* împotriva migranților; discriminar* față de migranți; discriminar* lucrătorilor migranți
~certificat* de naștere^1; ~stare* civil*^1; ~privar* de libertate^1.5; ~privaț* de libertate^1.5
`,
  sr: `
prava migranata; ljudska prava migranata; zaštita prava radnika migranata; prava radnika migranata; zaštit* migranata;
~pristup pravdi^1; ~besplatn* pravn* pomoć*^1; ~konzularn* zaštit*^1; ~konzularn* pomoć*^1; ~konzularn* uslug*^1; ranjiv* migran*;
migranti u ranjivom položaju; ~deca bez pratnje; ~maloletni* bez pratnje; nestal* migran*; spasavanj* života migranata; zaštita državljana u inostranstvu; ~lične isprave^1; ~putne isprave^1; ~pravn* identitet*^1.5;
~pravna pomoć^1; ~Zaštitnik građana^1;
~ljudsk* prava^1; bez obzira na migracioni status; bez obzira na njihov migracioni status;
~njihov* prava^2; ~svoj* prava^2;
~ista prava^2; ~jednak* tretman*^1.5; ~jednak* prava^1.5; ~oduzimanj* pasoš*;
~bez obzira na njihov status^1.5; ~zabrane vraćanja^2; ~alternativ* pritvoru^2; ~proizvoljn* pritvor*^2; ~krajnje mere^1.5;
~rasizam^1; ~zločin* iz mržnje^1; ~govor* mržnje^1; ~pomoć žrtvama^1.5; ~zaštit* žrtava^1.5; ~naknad* za zapošljavanje^2; ~rodno zasnovan* nasilj*^1.5; ~podnos* pritužb*^1.5; ~zlostavljanj*^1
~pasoš*&withheld^2; ~pod istim uslovima kao domaći državljani^2; ~kao i domaći državljani^1.5; ~bez obzira na boravišni status^1.5
~traganj* i spasavanj*^1.5
~najbolji interes deteta^1.5; ~najboljem interesu deteta^1.5
diskriminacij* migranata; diskriminacij* prema migrantima; diskriminacij* radnika migranata
~dokaz* o identitetu^1.5; ~izvod* iz matične knjige rođenih^1; ~lišen* slobode^1.5; ~lišavanj* slobode^1.5
`,
  ar: `
حقوق المهاجرين; حقوق الإنسان المهاجرين; حماية العمال المهاجرين; حقوق العمال المهاجرين; حماية المهاجرين;
~الولوج إلى العدالة^1; ~الوصول إلى العدالة^1; ~المساعدة القانونية^1; ~الحماية القنصلية^1; ~المساعدة القنصلية^1; ~الخدمات القنصلية^1;
المهاجرين في وضعية هشاشة; المهاجرين في وضعية صعبة; ~القاصرين غير المصحوبين; ~الأطفال غير المصحوبين;
الاتفاقية الدولية حماية حقوق جميع العمال المهاجرين أفراد أسرهم; المهاجرين المفقودين; وفيات المهاجرين; إنقاذ أرواح المهاجرين;
~وثائق الهوية^1; ~الهوية القانونية^1; الحماية الاجتماعية العمال المهاجرين;
~حقوق الإنسان^1; بغض النظر عن وضعهم من حيث الهجرة; بصرف النظر عن وضعهم من حيث الهجرة;
~حقوقهم^2;
~المساواة مع المواطنين^2; ~المساواة في المعاملة^1.5; ~نفس الحقوق^2; ~حجز جواز*;
~بغض النظر عن وضعهم^1.5; ~الاستغلال^1; ~عدم الإعادة القسرية^2; ~بدائل الاحتجاز^2; ~الاحتجاز التعسفي^2; ~ملاذ أخير^1.5;
~التمييز^1; ~العنصرية^1; ~خطاب الكراهية^1; ~جرائم الكراهية^1; ~مساعدة الضحايا^1.5; ~حماية الضحايا^1.5; ~رسوم توظيف^2; ~المشورة القانونية^1.5; ~التعذيب^1.5; ~العنف القائم على النوع الاجتماعي^1.5; ~تقديم الشكاوى^1.5; ~الصور النمطية^1; ~الإساءة^1
~جواز*&withheld^2; ~المساواة مع العمال الوطنيين^2; ~العامل الوطني^1; ~العمال الوطنيين^1; ~بغض النظر عن وضعهم القانوني^1.5; ~بصرف النظر عن وضعهم القانوني^1.5; ~بصرف النظر عن وضعهم^1.5
~البحث والإنقاذ^1.5
~المصلحة الفضلى للطفل^1.5; ~حماية الطفولة^1.5
~بغض النظر عن وضعيتهم^1.5; ~كيفما كانت وضعيتهم^1.5; ~بغض النظر عن وضعيتهم القانونية^1.5
التمييز ضد المهاجرين; التمييز ضد العمال المهاجرين; التمييز ضد المهاجرات
~شهادات الميلاد^1; ~شهادة الميلاد^1; ~الحالة المدنية^1; ~إجراء أخير*^1.5; ~بدائل غير احتجازية^2; ~الحرمان من الحرية^1.5
`,
  ky: `
мигранттардын укук*; эмгек мигранттарынын укук*; ~укуктарын коргоо*^1.5; ~жумушка орноштуруу үчүн акы*^2; ~медициналык жардам*^1.5;
~укуктуу^1; ~зомбулук*^1.5; ~юридикалык жардам*^1.5
`,
  bn: `
অভিবাসী কর্মীদের অধিকার*; অভিবাসীদের অধিকার*; প্রবাসী কর্মীদের অধিকার*; ~শ্রম অধিকার*^1.5; ~নির্যাতন*^1.5; ~আইনি সহায়তা*^1.5;
~অভিবাসন ব্যয়*^2; ~অতিরিক্ত অর্থ আদায়*^2; ~অভিযোগ*^1; ~সুরক্ষা*^1;
প্রবাসী কল্যাণ; ওয়েজ আর্নার্স কল্যাণ বোর্ড; প্রবাসী কল্যাণ ব্যাংক
`,
};

const SKILLS: LexiconText = {
  en: `
brain drain; brain gain; brain circulation; brain waste; ~skills recognition; ~recognition of skills;
~recognition of qualifications; ~recognition of diplomas; recognition of foreign qualifications; ~mutual recognition^1.5; ~skills, qualifications and competences^2;
~skills partnership*; global skill partnership*; ~pre-departure skills training; ~deskilling; ~international students;
~student mobility; ~academic mobility; ~scholarships abroad; ~study abroad; ~studying abroad; health worker migration;
migration of health workers; migration of nurses; migration of doctors; emigration of doctors; emigration of nurses;
emigration of health professionals; emigration of skilled; emigration of highly skilled; ~talent retention;
~retention of health workers; ~return of skilled professionals; return of talent; ~recognition of prior learning;
~skills development^1; ~skills training^1; ~vocational training^1; ~TVET; ~qualification* framework*^1; ~skills passport;
~skilled workers^1; highly skilled migrant*; skilled emigration; exodus of skilled; ~loss of skilled; ~outflow of skilled;
~outflow of professionals; international recruitment of health personnel; ~human capital^1; ~language skills^1;
~bridging courses^1.5; ~recognition agreements^1.5;
~knowledge transfer^2; ~transfer of knowledge^2; ~skills transfer^2; ~transfer of skills^2; ~transfer of their knowledge^2;
~transfer of their skills^2; ~transfer their knowledge^2; ~transfer their skills^2; ~knowledge and skills^2; ~skills and knowledge^2;
~skills acquired abroad^2; ~qualifications acquired abroad^2; ~qualifications obtained abroad^2; ~diplomas obtained abroad^2;
~skills of migrants^2; ~recognise the skills^2; ~recognize the skills^2; ~recognise their skills^2; ~recognize their skills^2;
~recognise the qualifications^2; ~recognize the qualifications^2; ~recognise their qualifications^2; ~recognize their qualifications^2
doctors leave&abroad; doctors leaving&abroad; nurses leave&abroad; nurses leaving&abroad; health workers leave&abroad; health workers leaving&abroad;
outflow of doctors&abroad; outflow of nurses&abroad; outflow of health workers&abroad; outflow of qualified&abroad;
departure of doctors&abroad; departure of nurses&abroad; departure of health workers&abroad; departure of qualified&abroad;
loss of doctors&abroad; loss of nurses&abroad; loss of health workers&abroad;
exodus of doctors&abroad; exodus of nurses&abroad; exodus of health workers&abroad; exodus of health professionals&abroad
departure of young graduates&abroad; departure of graduates&abroad; departure of young professionals&abroad
~mutual recognition of qualifications^2; ~mutual recognition of skills^2; ~mutual recognition of diplomas^2
~professional titles^1.5; ~diplomas^1; ~qualifications^1; ~vocational certificates^1.5; ~certification^1; ~training partnerships^1.5; ~short assignments^1.5
`,
  fr: `
fuite des cerveaux; exode des cerveaux; exode des compétences; ~circulation des compétences; circulation des cerveaux;
~reconnaissance des compétences; ~reconnaissance des diplômes; ~reconnaissance des qualifications;
~équivalence des diplômes; ~mobilité étudiante; ~étudiants internationaux; ~étudiants étrangers; ~mobilité académique;
migration des professionnels de santé; émigration des médecins; émigration des compétences; départ des compétences;
fuite des compétences; ~formation professionnelle^1; ~développement des compétences^1; ~validation des acquis^1;
~partenariats de compétences; ~bourses d'études à l'étranger; ~études à l'étranger; émigration des cadres;
migration des médecins; migration des ingénieurs; ~rétention des talents; ~reconnaissance mutuelle^1.5;
~transfert de compétences^2; ~transfert des compétences^2; ~transfert de leurs compétences^2; ~transfert de connaissances^2;
~transfert des connaissances^2; ~connaissances et compétences^2; ~connaissances et leurs compétences^2;
~compétences acquises à l'étranger^2; ~diplômes obtenus à l'étranger^2; ~qualifications obtenues à l'étranger^2
départ des médecins&abroad; départ des infirmiers&abroad; départ des infirmières&abroad; départ des professionnels de santé&abroad;
départ des cadres&abroad; départ des diplômés&abroad; exode des médecins&abroad; exode des professionnels de santé&abroad; hémorragie des compétences
départ des jeunes diplômés&abroad
~reconnaissance mutuelle des qualifications^2; ~reconnaissance mutuelle des compétences^2; ~reconnaissance mutuelle des diplômes^2
~missions courtes^1.5; ~missions de courte durée^1.5; ~titres professionnels^1.5; ~diplômes^1; ~certificats professionnels^1.5; ~partenariat* pour les talents^2; ~reconnaissance de leurs qualifications^2; ~reconnaissance de leurs compétences^2; ~expérience acquise à l'étranger^2; ~métiers en tension^1
`,
  es: `
fuga de cerebros; fuga de talentos; ganancia de cerebros; circulación de cerebros; ~reconocimiento de competencias;
~reconocimiento de títulos; ~reconocimiento de las cualificaciones; ~reconocimiento de cualificaciones; ~homologación de títulos; ~convalidación de títulos; ~convalidación de estudios; ~movilidad estudiantil;
~estudiantes internacionales; ~becas en el exterior; ~movilidad académica; retorno de talentos;
emigración de personal de salud; emigración de profesionales; ~formación profesional^1; ~certificación de competencias^1;
~estudios en el exterior; ~becas de estudio^1; ~talento humano^1; ~validación de competencias^1; migración calificada;
migrantes calificados; fuga de profesionales;
migración de profesionales; emigración de médicos; ~retorno de profesionales; ~reconocimiento mutuo^1.5;
~transferencia de conocimientos^2; ~transferencia de competencias^2; ~transferencia de habilidades^2; ~conocimientos y competencias^2;
~conocimientos y habilidades^2; ~títulos obtenidos en el exterior^2; ~títulos obtenidos en el extranjero^2;
~competencias adquiridas en el exterior^2; ~competencias adquiridas en el extranjero^2
salida de médicos&abroad; salida de enfermeras&abroad; salida de profesionales&abroad; salida de personal sanitario&abroad;
salida de personal de salud&abroad; éxodo de médicos&abroad; éxodo de profesionales&abroad
salida de jóvenes profesionales&abroad; salida de profesionales jóvenes&abroad; éxodo de jóvenes profesionales&abroad
~reconocimiento mutuo de las cualificaciones^2; ~reconocimiento mutuo de las competencias^2; ~reconocimiento mutuo de los títulos^2
~títulos obtenidos fuera del país^2; ~competencias adquiridas fuera del país^2
~misiones cortas^1.5; ~misiones de corta duración^1.5; ~títulos profesionales^1.5; ~homolog*^1.5; ~certificar las competencias^2; ~certificados de competencias^1.5; ~competencias adquiridas^1.5; ~alianza* para el talento^2; ~reconocimiento de sus competencias^2; ~reconocimiento de sus títulos^2
`,
  ru: `
утечк* мозгов; утечк* умов; приток* мозгов; циркуляци* мозгов; ~признани* квалификаци*; ~признани* диплом*;
~признани* документ* об образовании; ~академическ* мобильност*; ~иностранн* студент*; ~студенческ* мобильност*;
эмиграци* медицинск* работник*; ~подготовк* к выезду; ~профессиональн* обучени*^1; ~профессиональн* подготовк*^1;
~повышени* квалификаци*^1; ~отток* квалифицированн*; отток* специалист*&abroad; отток* медицинск*&abroad; ~квалифицированн* кадр*^1;
~обучени* за рубежом; ~образовани* за рубежом; ~нострификац*; ~подтверждени* квалификаци*;
~независим* оценк* квалификаци*; эмиграци* специалист*; выезд* квалифицированн* специалист*; ~взаимн* признани*^1.5;
~передач* знаний^2; ~передач* навыков^2; ~знани* и навык*^2; ~навык* и знани*^2; ~квалификаци*, полученн* за рубежом^2; ~признани* навык*; ~навык*, полученн* за рубежом^2;
~навык*, приобретенн* за рубежом^2; ~диплом*, полученн* за рубежом^2
отток врач*&abroad; отток кадр*&abroad; выезд* врач*&abroad; выезд* специалист*&abroad
отъезд* врач*&abroad; отъезд* молод* специалист*&abroad
~образовани*, полученн* за рубежом^2; ~квалификаци*, полученн* в иностранн* государств*^2
`,
  ro: `
exodul creierelor; exodul de creiere; fuga creierelor; circulația creierelor; ~recunoașterea calificărilor; ~recunoaștere* reciprocă^2; ~recunoașterea aptitudinilor;
~recunoașterea actelor de studii; ~echivalarea diplomelor; ~recunoașterea competențelor; ~mobilitat* academic*;
~studenți străini; ~studenți internaționali; ~burse de studii în străinătate; emigrarea medicilor;
emigrarea cadrelor medicale; exodul cadrelor medicale; exodul specialiștilor; plecarea specialiștilor;
~formare profesională^1; ~validarea competențelor^1; ~studii în străinătate; ~pierderea capitalului uman; ~capital uman^1;
exodul tinerilor;
exodul medicilor; plecarea medicilor în străinătate; emigrarea tinerilor;
~transferul de cunoștințe^2; ~transfer de cunoștințe^2; ~transferul de competențe^2; ~transfer de competențe^2;
~cunoștințele și competențele^2; ~cunoștințe și competențe^2; ~competenț* dobândit* în străinătate^2; ~diplom* obținut* în străinătate^2; ~competenț* dobândit* peste hotare^2; ~diplom* obținut* peste hotare^2;
~calificăr* obținut* în străinătate^2; ~calificăr* obținut* peste hotare^2; ~calificăr* dobândit* în străinătate^2; ~calificăr* dobândit* peste hotare^2
plecarea medicilor&abroad; plecarea asistentelor&abroad; plecarea cadrelor medicale&abroad
plecarea tinerilor specialiști&abroad; plecarea tinerilor medici&abroad
`,
  sr: `
odliv mozgova; priliv mozgova; cirkulacij* mozgova; odliv stručnjaka&abroad; ~odliv kadrova; odlazak visokoobrazovanih;
~odlazak mladih; ~priznavanj* kvalifikacija; ~priznavanj* stranih diploma; ~priznavanj* stranih školskih isprava;
~akademsk* mobilnost*; ~studentsk* mobilnost*; ~stran* student*; odlazak lekara i medicinskih sestara&abroad; odlazak lekara&abroad;
povratak talenata; ~stručno osposobljavanje^1; ~dualno obrazovanje^1; odliv talenata; ~Fond za mlade talente^1;
~zadržavanje mladih^1; odlaz* mladih iz zemlje; ~uzajamn* priznavanj*^1.5; ~međusobn* priznavanj*^1.5;
~transfer znanja^2; ~prenos znanja^2; ~znanj* i veštin*^2; ~znanj* i vještin*^2; ~diplom* stečen* u inostranstvu^2
odlazak medicinskih sestara&abroad; odlazak stručnjaka&abroad; odliv lekara&abroad; odliv medicinskih sestara&abroad
odlazak mladih lekara&abroad; odlazak mladih stručnjaka&abroad
~kvalifikacij* stečen* u inostranstvu^2; ~znanj* stečen* u inostranstvu^2; ~veštin* stečen* u inostranstvu^2
`,
  ar: `
هجرة الأدمغة; نزيف الأدمغة; هجرة الكفاءات; ~استقطاب الكفاءات; ~الاعتراف بالمؤهلات; ~معادلة الشهادات;
~الاعتراف بالكفاءات; ~حركية الطلبة; ~الطلبة الدوليين; ~الطلبة الأجانب; ~المنح الدراسية بالخارج; هجرة الأطباء;
هجرة الممرضين; هجرة العقول; ~التكوين المهني^1; ~تنمية المهارات^1; ~الدراسة بالخارج; ~تثمين الكفاءات^1; نزيف الكفاءات;
نزيف العقول; الكفاءات المهاجرة; عودة الكفاءات; ~الطلبة المغاربة بالخارج; ~تنقل الطلبة; معادلة الدبلومات; ~الاعتراف المتبادل^1.5;
~نقل المعارف^2; ~نقل المعرفة^2; ~نقل المهارات^2; ~نقل الخبرات^2; ~المعارف والمهارات^2; ~معارفهم ومهاراتهم^2
مغادرة الأطباء&abroad; مغادرة الكفاءات&abroad; مغادرة الأطر&abroad; هجرة الأطر الطبية
~الشهادات المحصل عليها في الخارج^2; ~الشهادات المحصل عليها بالخارج^2; ~المؤهلات المكتسبة في الخارج^2; ~المؤهلات المكتسبة بالخارج^2; ~الكفاءات المكتسبة في الخارج^2; ~الكفاءات المكتسبة بالخارج^2; ~الشهادات المحصلة في الخارج^2
`,
  ky: `
~көндүмдөрүн таануу*; ~көндүмдөрдү таануу*; ~квалификациясын таануу*; ~дипломдорду таануу*; ~чет өлкөдө алган көндүм*;
~кесиптик окутуу*^1; ~кесиптик көндүм*^1
`,
  bn: `
মেধা পাচার*; ~দক্ষতার স্বীকৃতি*; ~দক্ষতা স্বীকৃতি*; ~বিদেশে অর্জিত দক্ষতা*; ~দক্ষতার সনদ*; ~দক্ষতা সনদ*; ~বৃত্তিমূলক প্রশিক্ষণ*^1;
~জ্ঞান ও দক্ষতা*^1.5
`,
};

const FAMILIES: LexiconText = {
  en: `
children left behind&sojourn; families left behind; left-behind children; left-behind families; left-behind elderly;
elderly left behind; children of migrants; children of migrant workers; children of emigrants; families of migrant workers;
families of migrants; transnational families; transnational parenting; family separation due to migration;
caregivers of migrants' children; children whose parents are abroad; children whose parents work abroad;
children with parents abroad; parents working abroad; parents who work abroad; parents work abroad; parents employed abroad; parents are employed abroad; parents are working abroad; ~grandparents; ~caregivers; ~psychosocial support^1; ~parental care^1;
~children without parental care; ~temporarily without parental care; households of migrants; migrant households;
migrant-sending households; spouses of migrants; wives of migrants; ~left behind; ~family members^1;
!No Child Left Behind; !leave no one behind; !no one left behind; !family reunification; !family reunion;
~leave behind^2;
~families back home^2; ~family back home^2; ~spouses and children^1; households of migrant workers; spouses of migrant workers; ~who remain in the country of origin^1.5; ~who stay in the country of origin^1.5
`,
  fr: `
enfants laissés au pays; enfants restés au pays; familles restées au pays; familles de migrants; enfants de migrants;
familles transnationales; ~séparation familiale; enfants dont les parents sont à l'étranger; enfants de parents émigrés;
familles des travailleurs migrants; enfants des travailleurs migrants; ~prise en charge des enfants; ~personnes âgées;
épouses de migrants; ménages de migrants; ~familles restées; !regroupement familial; !ne laisser personne de côté;
enfants laissés derrière; familles laissées derrière; ~soutien psychosocial^1; ~grands-parents; parents travaillent à l'étranger; parents sont employés à l'étranger; parents partis travailler à l'étranger;
familles des migrants;
~restés au pays^2; ~restées au pays^2; ~conjoints et enfants^1; ménages des travailleurs migrants; conjoints des travailleurs migrants
`,
  es: `
niños que se quedan&abroad; hijos e hijas de migrantes; hijos de migrantes; familias de migrantes; familias transnacionales;
familias que se quedan&abroad; ~separación familiar; niñas y niños cuyos padres migraron; hijos de padres migrantes;
niños con padres en el exterior; familiares de migrantes; familiares de las personas migrantes; hogares con migrantes;
hogares de migrantes; ~abuelos; ~cuidadores; ~desintegración familiar; !no dejar a nadie atrás; !reunificación familiar;
niñas, niños y adolescentes cuyos padres han migrado; ~apoyo psicosocial^1;
padres migrantes; hijas de padres migrantes; ~al cuidado de sus abuelos^1; padres trabajan en el exterior; padres trabajan en el extranjero;
padres están empleados en el exterior; padres que trabajan en el exterior; padres que trabajan en el extranjero;
~que permanecen en el país de origen^1.5; ~que se quedan en el país de origen^1.5; ~cónyuges e hijos^1; hogares de trabajadores migrantes; cónyuges de trabajadores migrantes
padres que emigraron; padres que han emigrado; cuyos padres emigraron; cuyos padres han emigrado
`,
  ru: `
дети мигрант*; детей мигрант*; детям мигрант*; дети трудов* мигрант*; детей трудов* мигрант*;
~оставш* без попечени* родител*; семь* трудов* мигрант*; семь* мигрант*; член* сем* мигрант*; оставленн* дет*&abroad;
~пожил* родственник*; пожил* родственник* мигрант*; транснациональн* семь*; ~оставш* на родине;
дет* оставш* на родине; ~временн* опек*^1; ~опек* и попечительств*; родител* выехавш* за рубеж*;
родител* работа* за рубеж*; родител* котор* работа* за рубеж*; родител* труд* за рубеж*; ~воспитани* детей^1;
родител* котор* выехал*; дет* оставш* без родительского попечения&abroad; ~родительск* попечени*^1; ~бабушк* и дедушк*^1;
~оставш* дома^1.5; ~супруг* и детей^1; семьи, оставш* на родине^2
`,
  ro: `
copii* rămaș* fără îngrijire părintească&abroad; ~copii* rămaș* acasă; copiii ai căror părinți sunt plecați peste hotare;
copii* ai căror părinți sunt plecați; copii* cu părinți plecați; copii* migranților; famili* migranților;
vârstnici rămași singuri; ~vârstnic* rămaș*; familii transnaționale; copii* ai lucrătorilor migranți;
~îngrijire părintească^1; ~copii separați de părinți; ~mecanism* intersectorial* de cooperare^1;
părinți plecați la muncă peste hotare; ~tutel*; !reîntregirea familiei;
~copii* lăsaț* acasă; copii* separaț* de părinți plecați; ~sprijin psihosocial^1; copii* cu unul sau ambii părinți plecați; părinți* lucrează peste hotare; părinți* lucrează în străinătate;
părinți* sunt angajați peste hotare; părinți* sunt plecați la muncă;
~rămas* acasă^1.5; ~soți* și copii*^1; ~famili* rămase acasă
`,
  sr: `
porodic* migranata; deca čiji su roditelji u inostranstvu; deca migranata; dece migranata; transnacionaln* porodic*;
~razdvajanj* porodic*; roditelj* rade u inostranstvu; roditelj* zaposlen* u inostranstvu; roditelj* koji rade u inostranstvu; roditelji u inostranstvu; ~bake i deke^1;
~ostarel* roditelj*; ~staračk* domaćinstv*; članovi porodica migranata; !spajanje porodice;
deca koja su ostala bez roditeljskog staranja&abroad; ~roditeljsk* staranj*^1; ~staratelj*^1; deca radnika migranata; deca ekonomskih migranata; supružnici migranata; ~razdvojen* porodic*; porodic* koje su ostale&abroad
roditelj* na radu u inostranstvu
`,
  ar: `
الأطفال المتروكين&abroad; أطفال المهاجرين; أسر المهاجرين; أسر العمال المهاجرين; الأسر المتبقية في البلد الأصلي;
عائلات المهاجرين; أبناء المهاجرين; أبناء العمال المهاجرين; زوجات المهاجرين; ~الأسر المتبقية; ~التفكك الأسري;
الأطفال الذين هاجر آباؤهم; الأطفال الذين يعمل آباؤهم&abroad; يعمل فيها الوالدان&abroad; !لم الشمل العائلي;
الأسر المعيشية المهاجرين; الأطفال الذين يهاجر آباؤهم; أسر المهاجرين المتبقية; ~الرعاية الأسرية^1; ~الدعم النفسي الاجتماعي^1; زوجات العمال المهاجرين; العائلات عبر الوطنية; الأسر العابرة الحدود;
~الذين بقوا في البلد الأصلي^1.5; ~الأزواج والأطفال^1
هاجر أحد أفرادها; هاجر أحد الوالدين; هاجر أحد أبويهم
`,
  ky: `
ата-энеси чет өлкөдө*; ата-энелери чет өлкөдө*; мигранттардын балдар*; мигранттардын үй-бүлө*; ~үй-бүлө мүчөлөр*^1; ~чоң ата*^1
`,
  bn: `
প্রবাসীর পরিবার*; প্রবাসীদের পরিবার*; অভিবাসী পরিবার*; প্রবাসী কর্মীর পরিবার*; অভিবাসী কর্মীর পরিবার*; বাবা-মা বিদেশে*;
~কর্মীর পরিবার*^1.5; ~পরিবারের সদস্য*^1
`,
};

const DATA: LexiconText = {
  en: `
~migration data; ~migration statistics; ~statistics on migration; ~data on migration; data on migrants; ~migration profile*;
extended migration profile*; data disaggregated by migratory status; disaggregated by migratory status; ~migratory status^1;
disaggregated by migration status; data disaggregated by migration status; ~disaggregated^1.5; ~disaggregation^1.5; ~comparable data^1.5;
~evidence base on migration^2.5; ~global evidence base^2; ~dissemination of data^1.5;
~disaggregated data^1; ~migration data strategy; ~migration information system*; migration management information system;
migration observatory; observatory on migration; national migration observatory; household survey on migration;
~migration survey*; census module on migration; administrative data on migrants; ~border crossing data; diaspora mapping;
~research on migration; ~migration research; ~studies on migration; evidence-based migration polic*;
national migration database; ~HIMS; household income and migration survey; ~labour force survey^1; ~census; ~censuses;
~population census^1; ~statistical office^1; ~national statistics office^1; ~data collection^1; ~data sharing^1; ~indicator*;
~statistical capacity^1; ~evidence-based^1; ~evidence base^1.5; ~knowledge base^1; migrant stock; stock of migrants;
emigration rate; net migration; ~population register*^1; ~migration trends; ~situation analysis^1; ~migration indicators;
~baseline study^1; Migration Governance Indicators; Displacement Tracking Matrix; ~DTM; ~rapid assessment^1; ~household survey*^1;
~data gaps^1; ~administrative data^1;
~information sharing^1; ~sharing of information^1; ~joint analysis^1
questions on country of birth; question on country of birth; by country of birth; country of birth and citizenship; country of birth and nationality;
foreign-born; foreign born population
~statistic*^1; ~microdata^1.5; ~administrative records^1.5; ~statistical system*^1.5; ~common definitions^1.5; ~anonymised^1; ~anonymized^1
`,
  fr: `
données migratoires; données sur la migration; données sur les migrations; statistiques migratoires;
statistiques de la migration; statistiques sur la migration; profil migratoire; profil migratoire étendu;
observatoire des migrations; observatoire national de la migration; système d'information sur la migration;
enquête nationale sur la migration; enquête* sur la migration; données ventilées par statut migratoire; ~statut migratoire^1;
~ventilée*^1.5; ~ventilés^1.5; ~données administratives^1.5; ~données comparables^1.5;
cartographie de la diaspora; ~études sur la migration; ~recherche sur la migration; ~recensement;
~recensement général de la population^1; ~Institut national de la statistique^1; ~Haut-Commissariat au Plan^1;
~collecte de données^1; ~partage de données^1; ~indicateurs; ~base de données^1; stock de migrants; solde migratoire;
tendances migratoires; ~enquête* auprès des ménages^1; ~observatoire;
~partage d'informations^1; ~échange d'informations^1; ~analyse conjointe^1
questions sur le pays de naissance; par pays de naissance; pays de naissance et la nationalité; pays de naissance, la nationalité; population née à l'étranger
~microdonnées^1.5; ~registres administratifs^1; ~systèmes statistiques^1; ~définitions communes^1.5; ~anonymisées^1; ~anonymisée^1; ~anonymisés^1
`,
  es: `
datos migratorios; datos sobre migración; estadísticas migratorias; estadísticas de migración; estadísticas sobre migración;
perfil migratorio; perfil migratorio ampliado; perfil migratorio extendido; observatorio de migraciones;
observatorio de la movilidad humana; sistema de información migratoria; sistema* de información sobre migración;
datos desglosados por estatus migratorio; ~estatus migratorio^1; ~desglosad*^1.5; ~datos administrativos^1.5; ~datos comparables^1.5;
~módulo sobre migración^2; ~encuesta nacional de hogares^1.5; encuesta sobre migración; encuesta* de migración;
registro de migrantes; registro* migratorio*; ~censo de población^1; ~censo*; ~Instituto Nacional de Estadística y Censos^1;
~INEC; ~recolección de datos^1; ~levantamiento de información^1; ~indicadores; ~diagnóstico; saldo migratorio;
~estudios sobre migración; ~investigación sobre migración; ~línea de base^1; ~registro de entradas y salidas^1;
~intercambio de información^1; ~análisis conjunto^1
preguntas sobre el país de nacimiento; por país de nacimiento; país de nacimiento y nacionalidad; país de nacimiento y la nacionalidad; población nacida en el extranjero; personas nacidas en el extranjero
~microdatos^1.5; ~registros administrativos^1; ~sistemas estadísticos^1; ~definiciones comunes^1.5; ~anonimizad*^1
`,
  ru: `
 статистик* миграци*; данн* о миграции; данн* о мигрант*;
расширенн* миграционн* профил*; ~единая информационная система^1; учет* мигрант*;
~миграционн* учет*; мониторинг* миграционн* поток*; ~исследовани* по миграции; исследовани* в области миграции;
дезагрегированн* по миграционному статусу; ~в разбивке^1.5; ~дезагрегированн*^1.5; ~административн* данн*^1.5; ~перепис* населени*^1; ~Национальн* статистическ* комитет*^1;
~Национальн* бюро статистики^1; ~сбор* данных^1; ~обмен* данными^1; ~показател*; ~баз* данных^1; сальдо миграции;
миграционн* прирост*; миграционн* отток*; миграционн* тенденци*; ~обследовани* домохозяйств*^1; ~выборочн* обследовани*^1;
анализ* миграционн* ситуаци*; ~оценк* ситуаци*^1; ~индикатор*; ~статистическ* данн*^1;
учет* иностранн* граждан*;
~обмен* информаци*^1; ~совместн* анализ*^1
вопрос* о стране рождения; по стране рождения; стран* рождения и гражданств*; население, родившееся за рубежом
`,
  ro: `
date* privind migrați*; statistic* migrației; statistici* privind migrați*; profil* migrațional*;
profil* migrațional* extins*; sistemul informațional în domeniul migrației; ~sistem* informațional* integrat*;
date dezagregate după statutul migrator; ~statut* migrator*^1; ~dezagregat*^1.5; ~date administrative^1.5; ~studiu* privind migrați*; ~cercetăr* privind migrați*;
~recensământ*; ~Biroul Național de Statistică^1; ~colectarea datelor^1; ~schimbul de date^1; ~baze de date^1;
~sondaj* în gospodării^1; ~Ancheta Forței de Muncă^1; cartografierea diasporei; ~date statistice^1;
date privind diaspora; ~Registrul de stat al populației^1; studii privind diaspora; date privind emigrația;
~schimbul de informații^1; ~schimb de informații^1; ~analiză comună^1
întrebări privind țara de naștere; după țara de naștere; țara de naștere și cetățenia
`,
  sr: `
 migracion* profil*; prošir* migracion* profil*; ~informacion* sistem*^1;
praćenj* migracion* tok*; razmen* podataka o migracijama; ~istraživanj* o migracijama; ~istraživanj* migracij*;
~popis* stanovništva^1; ~Republički zavod za statistiku^1; ~prikupljanj* podataka^1; ~razmen* podataka^1;
~baz* podataka^1; migracioni saldo; ~anket* o radnoj snazi^1; ~migracion* status*^1;
~razvrstan* po polu^2; ~dezagregiran*^1.5; ~administrativn* podat*^1.5; ~studij* o migracijama;

migracion* statistik*; ~evidencij* stranaca^1; istraživanj* o dijaspori; mapiranj* dijaspore;
poda* o migracij*; poda* o povratnic*; poda* o izbeglic*; ~statističk* poda*^1;
~razmen* informacija^1; ~zajedničk* analiz*^1
zemlj* rođenja i državljanstv*; prema zemlji rođenja; pitanj* o zemlji rođenja
`,
  ar: `
بيانات الهجرة; إحصاءات الهجرة; إحصائيات الهجرة; الإحصائيات المتعلقة الهجرة; المرصد الوطني هجرة; مرصد الهجرة;
المسح الوطني حول الهجرة; المسح الوطني هجرة; نظام المعلومات حول الهجرة; نظام معلومات الهجرة;
البيانات المصنفة حسب وضع الهجرة; ~مصنفة حسب^1.5; ~البيانات الإدارية^1.5; دراسات حول الهجرة; البحث حول الهجرة; ~الإحصاء العام للسكان^1;
~التعداد العام للسكان^1; ~المعهد الوطني الإحصاء^1; ~المندوبية السامية للتخطيط^1; ~قاعدة بيانات^1; ~قواعد البيانات^1;
~جمع البيانات^1; ~تبادل المعطيات^1; ~المؤشرات; ~المعطيات; ~الإحصائيات;
~تبادل المعلومات^1; ~التحليل المشترك^1
بلد الميلاد والجنسية; حسب بلد الميلاد; السكان المولودين في الخارج
`,
  ky: `
~миграция боюнча маалымат*; ~миграциялык статистика*; ~миграциялык маалымат*; ~миграциялык профиль*; ~жынысы жана жашы боюнча*^1.5;
~Улуттук статистика комитети*^1; ~калкты каттоо*^1; ~маалымат базасы*^1
`,
  bn: `
~অভিবাসন তথ্য*; ~অভিবাসন পরিসংখ্যান*; ~অভিবাসন প্রোফাইল*; ~পৃথকীকৃত*^1.5; ~অভিবাসন মর্যাদা অনুযায়ী*^1.5; ~তথ্য সংগ্রহ*^1;
~তথ্যভান্ডার*^1; ~পরিসংখ্যান ব্যুরো*^1
`,
};

const GOVERNANCE: LexiconText = {
  en: `
~migration governance; governance of migration; ~migration management; ~management of migration; mainstreaming migration;
mainstream migration into; migration mainstreaming; integrat* migration into; integration of migration into; mainstreaming of migration;
~mainstream*; ~whole-of-government^1; ~whole-of-society^1; ~policy coherence^1; inter-ministerial committee on migration;
inter-ministerial working group on migration; ~inter-ministerial; ~interministerial; ~national coordination mechanism;
~coordination mechanism*^1; migration focal point*; ~focal points^1; migration and development; national migration polic*;
national migration strateg*; ~migration strateg*; ~migration polic*^1.5; ~migration policy framework;
institutional framework on migration; ~institutional framework^1; lead agency on migration; migration council;
local migration council*; ~coordination body^1; ~steering committee^1; ~working group^1; ~inter-agency^1; ~intersectoral;
~multi-stakeholder^1; ~migration law*; ~legislative framework^1; ~policy framework^1; ~national development plan*^1;
~national development strateg*^1; ~development planning^1; ~local development plan*^1; ~capacity building^1;
~capacity development^1; ~State Migration Service; migration governance framework; MiGOF; ~institutional capacity^1;
~migration-related polic*; ~sectoral polic*^1; ~sectoral strateg*^1; ~local authorities^1; ~municipalities;
local migration governance; ~governance; ~coordination; ~institutional arrangements^1;
National Working Group on International Migration and Development; NWGIMD; National Policy on International Migration and Development; ~Planning Institute of Jamaica^1; ~PIOJ^1;
~coordination between ministries^2; ~coordination among ministries^2; ~coordination across ministries^2; ~coordination between the ministries^2; ~across ministries^1; ~line ministr*^1; ~focal point^1; migration in national development plan*; migration into national development plan*; migration in development plan*; migration into development plan*
~coordination committee^1.5; ~coordinating committee^1.5; ~coordination council^1.5
`,
  fr: `
gouvernance des migrations; gouvernance migratoire; gouvernance de la migration; ~gestion des migrations;
~gestion de la migration; gestion migratoire; intégration de la migration dans; intégrer la migration dans; intègre la migration dans; intégration de la dimension migratoire;
intégration des questions migratoires; prise en compte de la migration; ~approche mobilisant l'ensemble des pouvoirs publics^1;
~approche pangouvernementale^1; ~cohérence des politiques; comité interministériel de la migration; ~comité interministériel^1;
~mécanisme national de coordination; ~mécanisme de coordination^1; politique migratoire nationale; politique* migratoire*^1.5;
stratégie nationale migratoire; stratégie nationale de migration; migration et développement; ~points focaux^1;
~cadre institutionnel^1; ~plan de développement^1; ~planification du développement^1; ~politiques sectorielles^1;
~renforcement des capacités^1; ~collectivités territoriales^1; ~approche participative^1; politique nationale d'immigration;
~comité de pilotage^1; gouvernance locale de la migration; ~gouvernance;
Secrétariat d'État chargé de la migration; ministère chargé des Marocains résidant à l'étranger et des affaires de la migration;
~coordination entre les ministères^2; ~coordination interministérielle^2; ~ministères sectoriels^1; ~point focal^1; la migration dans les plans de développement; la migration dans les plans nationaux de développement; la migration dans la planification du développement
~comité de coordination^1.5; ~comité national de coordination^1.5
`,
  es: `
gobernanza migratoria; gobernanza de la migración; gestión migratoria; ~gestión de la migración;
transversalización de la migración; transversalizar la movilidad humana; transversalización de la movilidad humana;
incorporación de la migración; integrar la migración en; incorporar la migración en; integración de la migración en; ~enfoque pangubernamental^1; ~enfoque de todo el gobierno^1; ~coherencia de políticas;
~mesa interinstitucional; ~mecanismo de coordinación interinstitucional; ~coordinación interinstitucional^1;
política* migratoria*^1.5; política de movilidad humana; migración y desarrollo; movilidad humana y desarrollo;
Plan Nacional de Movilidad Humana; Consejo Nacional para la Igualdad de Movilidad Humana;
Viceministerio de Movilidad Humana; ~Plan Nacional de Desarrollo^1; ~planificación del desarrollo^1;
~gobiernos autónomos descentralizados^1; Agenda Nacional para la Igualdad de Movilidad Humana;
~fortalecimiento de capacidades^1; ~marco institucional^1; ~marco normativo^1; ~rectoría; ~articulación interinstitucional^1;
~gobernanza; ~coordinación;
Ministerio de Relaciones Exteriores y Movilidad Humana;
~coordinación entre los ministerios^2; ~coordinación interministerial^2; ~ministerios sectoriales^1; ~punto focal^1; ~puntos focales^1; la migración en los planes de desarrollo; la migración en los planes nacionales de desarrollo; la movilidad humana en los planes de desarrollo
~comité de coordinación^1.5; ~comisión de coordinación^1.5
`,
  ru: `
~управлени* миграци*; управлени* миграционн* процесс*; регулировани* миграци*; регулировани* миграционн* процесс*;
 государственн* миграционн* политик*; концепци* миграционн* политик*;
учет* миграции в стратеги* развития; интеграци* миграции в планировани*; интегрир* миграци* в; включени* вопросов миграции в; ~общегосударственн* подход*^1;
~межведомственн* координаци*; ~межведомственн* координационн* совет*; ~межведомственн* комисси*;
~согласованност* политик*; миграци* и развити*; уполномоченн* государственн* орган* в сфере миграции;
~уполномоченн* орган*^1; Государственн* миграционн* служб*; министерств* труда миграци*;
~национальн* стратеги* развития^1; ~программ* развития^1; ~наращивани* потенциал*^1; ~укреплени* потенциал*^1;
~нормативн* правов* баз*^1; ~институциональн* основ*^1; ~координационн* механизм*^1; ~стратегическ* планировани*^1;
 миграционн* законодательств*; миграционн* процесс*;
~органы местного самоуправления^1; ~координаци*;
министерств* труда социальн* обеспечени* и миграци*;
~координаци* между министерств*^2; ~координаци* деятельност* министерств*^2; ~отраслев* министерств*^1; миграци* в план* развития; миграци* в национальн* план* развития
~координационн* комитет*^1.5; ~координационн* совет*^1.5
`,
  ro: `
guvernanț* migrați*; ~managementul migrației; ~gestionarea migrației; integr* migrați* în;
integrarea migrației în politicile de dezvoltare; integrarea aspectelor de migrație; ~abordarea întregului guvern^1;
~coerența politicilor; ~comisia interministerială; ~mecanism* de coordonare^1; ~puncte focale^1; politic* de migrați*^1.5;
politica de stat în domeniul migrației; migrați* și dezvoltare;
Strategia națională în domeniul migrației și azilului; ~Planul național de dezvoltare^1; ~Strategia națională de dezvoltare^1;
~consolidarea capacităților^1; ~cadrul instituțional^1; ~cadrul normativ^1; ~autoritățile publice locale^1; ~guvernanț*;
~coordonar*;
Biroul Migrație și Azil; politic* migrațional*^1.5; politic* migraționist*^1.5; managementul fluxurilor migratorii; ~planificare* strategic*^1;
~coordonarea între ministere^2; ~coordonarea activității ministerelor^2; ~ministerele de resort^1; ~punctul focal^1; ~punct focal^1; migrați* în planuril* de dezvoltare; migrați* în planul național de dezvoltare
~comitet* de coordonare^1.5; ~consiliu* de coordonare^1.5
`,
  sr: `
~upravljanj* migracijama; migracion* politik*^1.5; politik* migracija^1.5; uključ* migracij* u; integris* migracij* u;
~koherentnost politika; ~koordinacion* tel*; ~međuresorn* saradnj*; ~međuresorn* radn* grup*^1; savet za migracije;
migracij* i razvoj; Strategija upravljanja migracijama; Zakon o upravljanju migracijama; lokaln* savet* za migracij*;
~jačanj* kapaciteta^1; ~institucionaln* okvir*^1; ~lokaln* samouprav*^1; ~jedinic* lokalne samouprave^1;
~Ministarstvo unutrašnjih poslova^1; ~upravljanj*;
Komesarijat za izbeglice i migracije; upravljanj* migracionim tokovima; ~međuinstitucionaln* saradnj*^1; ~lokaln* akcion* plan*^1;
KIRS
~koordinacion* odbor*^1.5; ~koordinacion* savet*^1.5
`,
  ar: `
حكامة الهجرة; حوكمة الهجرة; تدبير الهجرة; إدارة الهجرة; السياسة الوطنية هجرة; السياسة الوطنية هجرة اللجوء;
سياسة الهجرة^1.5; إدماج الهجرة في; دمج الهجرة في; إدماج بعد الهجرة; تعميم مراعاة الهجرة; ~مقاربة حكومية شاملة^1; ~التنسيق بين القطاعات;
~لجنة وزارية مشتركة; ~اللجنة الوزارية; ~انسجام السياسات; الهجرة التنمية; ~آلية التنسيق^1; ~الإطار المؤسساتي^1;
~الإطار المؤسسي^1; ~تعزيز القدرات^1; ~المخطط الوطني تنمية^1; ~الجماعات الترابية^1; ~الجماعات المحلية^1;
الاستراتيجية الوطنية هجرة; الوزارة المكلفة الهجرة; ~نقاط الاتصال^1; ~التقائية السياسات; ~الحكامة; ~التنسيق;
هجرة التنمية;
~التنسيق بين الوزارات^2; ~الوزارات القطاعية^1; ~نقطة اتصال^1
~لجنة التنسيق^1.5; ~اللجنة الوطنية التنسيق^1.5
`,
  ky: `
~миграциялык саясат*; ~миграция саясаты*; ~миграцияны башкаруу*; ~миграция боюнча мамлекеттик кызмат*; ~ведомстволор аралык*^1;
~координациялык кеңеш*^1
`,
  bn: `
~অভিবাসন নীতি; ~অভিবাসন নীতির; ~অভিবাসন নীতিমালা*; ~অভিবাসন ব্যবস্থাপনা*; ~অভিবাসন শাসন*; প্রবাসী কল্যাণ ও বৈদেশিক কর্মসংস্থান মন্ত্রণালয়*; ~আন্তঃমন্ত্রণালয়*^1;
~সমন্বয় কমিটি*^1
`,
};

const COOPERATION: LexiconText = {
  en: `
~cooperation&partners^2; ~cooperate&partners^2; ~cooperating&partners^2; 
bilateral agreement* on migration; bilateral labour agreement*; bilateral labor agreement*; ~bilateral agreement*;
~bilateral cooperation^2; ~multilateral cooperation^2; ~readmission agreement*^2; ~regional and multilateral cooperation^2.5; ~cooperate internationally^2; memorandum of understanding on labour; ~memorandum of understanding^1;
~memoranda of understanding^1; ~social security agreement*; mobility partnership*; regional consultative process*;
Budapest Process; Prague Process; Colombo Process; Abu Dhabi Dialogue; Rabat Process; Khartoum Process; Almaty Process;
Bali Process; Puebla Process; South American Conference on Migration; Regional Conference on Migration;
Global Forum on Migration and Development; GFMD; International Migration Review Forum; IMRF; UN Network on Migration;
United Nations Network on Migration; ~IOM; ~ILO; ~free movement^1; free movement of persons; free movement protocol;
~visa liberalisation dialogue; ~international cooperation^2; international cooperation on migration; cooperation on migration;
~regional cooperation^2; ~development partners^1; ~donors; ~technical cooperation^1; ~Joint Global Programme^1;
~countries of origin, transit and destination^1; ~partnership*; ~European Union^1; ~Eurasian Economic Union^1; ~EAEU; ~CIS;
~Commonwealth of Independent States^1; ~ECOWAS; ~African Union^1; ~government-to-government; ~G2G; ~shared responsibility^1;
~burden-sharing; ~responsibility-sharing; ~cooperation agreement*^1; ~South-South cooperation^1;
~global partnership*^1; ~technical assistance&partners^2;
~cross-border cooperation^2; ~transnational cooperation^2; ~consular cooperation^2; ~development cooperation^1.5;
~cooperation with neighbouring States^2; ~cooperation with neighbouring countries^2; ~cooperation with neighboring countries^2;
~cooperation with other States^2; ~cooperation with other countries^2; ~cooperation with foreign States^2;
~cooperation with countries of origin^2; ~cooperation with third countries^2; ~cooperation between States^2;
~cooperation among States^2; ~cooperation between countries^2; ~cooperation among countries^2;
~authorities of foreign States^1.5; ~authorities of other States^1.5; ~international organisations^1; ~international organizations^1;
~international partners^1; ~partner countries^2; ~regional agreement*^1.5; ~multilateral agreement*^1.5;
labour mobility agreement*; labor mobility agreement*;
~skills partnership*^1.5;
~with countries of origin^2; ~with countries of destination^2; ~with countries of transit^2; ~between countries of origin and destination^2; ~between States^1.5; ~among States^1.5; ~with neighbouring countries^2; ~with neighbouring States^2; ~with neighboring countries^2; ~with neighboring States^2;
~with host States^2; ~with host countries^2; ~territory of the other Party^2
~good practices&partners^1; ~best practices&partners^1
~along the route*^1.5; ~joint investigation team*^2; ~liaison officers^1.5; ~between the countries^1.5; ~with other States^2; ~with other countries^2; ~joint patrols^1.5; ~coastal States^1.5; ~regional platform*^1.5; ~exchange of good practice*^1.5; ~capacity-building mechanism^2; ~support one another^1.5; ~each other's^1.5; ~agree on common^1.5
~our neighbours^1.5; ~conclude agreement*^1.5; ~concluding agreement*^1.5; ~memorandum^1
~countries along the route*^1; ~work together^1; ~together with our neighbours^1; ~social insurance agreement*^2; ~neighbouring coastal States^1
`,
  fr: `
~coopérer&partners^2;
~accord* bilatéra*; accord* bilatéra* sur la migration; accord* bilatéra* de main-d'œuvre;
convention* bilatérale* de main-d'œuvre; ~convention* bilatérale*; partenariat* pour la mobilité;
~processus consultatif régional; Processus de Rabat; Processus de Khartoum; dialogue migratoire; ~coopération internationale^2; ~accord* de réadmission^2; ~coopération bilatérale^2; ~coopération régionale^2; ~coopération multilatérale^2;
coopération internationale en matière de migration; coopération en matière de migration; coopération migratoire;
Forum mondial sur la migration et le développement; ~OIM; ~OIT; ~libre circulation^1; ~mémorandum d'entente^1;
~partenaires techniques et financiers^1; ~Union européenne^1; ~coopération décentralisée^1; ~coopération Sud-Sud^1;
~pays d'origine, de transit et de destination^1; Dialogue euro-africain sur la migration et le développement;
~Union africaine^1; Agenda africain sur la migration; Réseau des Nations Unies sur les migrations; ~responsabilité partagée^1;
~coopération transfrontalière^2; ~coopération consulaire^2; ~coopération au développement^1.5; ~coopération avec les États voisins^2;
~coopération avec les pays voisins^2; ~coopération avec les pays d'origine^2; ~coopération avec les pays tiers^2;
~coopération entre les États^2; ~autorités des États étrangers^1.5; ~organisations internationales^1; ~pays partenaires^2;
~accords régionaux^1.5; ~accords multilatéraux^1.5; accords de mobilité de la main-d'œuvre;
~partenariats pour les compétences^1.5;
~avec les pays d'origine^2; ~avec les pays de destination^2; ~avec les pays de transit^2; ~entre pays d'origine et de destination^2; ~entre les pays d'origine et de destination^2; ~entre les États^1.5; ~avec les États voisins^2; ~avec les pays voisins^2;
~avec les pays d'accueil^2; ~territoire de l'autre Partie^2;
~assistance technique&partners^2
~bonnes pratiques&partners^1; ~meilleures pratiques&partners^1
~le long des routes^1.5; ~équipes communes d'enquête^2; ~enquêtes conjointes^1.5; ~officiers de liaison^1.5; ~entre les deux pays^1.5; ~avec d'autres États^1.5; ~patrouilles conjointes^1.5; ~États côtiers^1.5; ~plateformes régionales^1.5; ~échange de bonnes pratiques^1.5; ~se soutenir mutuellement^1.5; ~conclure des accords^1.5; ~accords de sécurité sociale^1.5
`,
  es: `
~cooperación&partners^2; ~cooperar&partners^2;
~acuerdo* bilateral*; ~convenio* bilateral*; acuerdo* bilateral* de migración; ~memorando de entendimiento^1;
Conferencia Suramericana sobre Migraciones; Proceso de Quito; Conferencia Regional sobre Migración;
~cooperación internacional^2; ~acuerdo* de readmisión^2; ~cooperación multilateral^2; cooperación internacional en materia migratoria; cooperación en materia migratoria;
Foro Mundial sobre Migración y Desarrollo; ~libre movilidad^1; libre movilidad humana; ~ciudadanía suramericana;
~Comunidad Andina^1; ~MERCOSUR; ~UNASUR; Acuerdo de Residencia del MERCOSUR; Estatuto Migratorio Andino;
~responsabilidad compartida^1; ~cooperación bilateral^2; ~cooperación regional^2; ~países de origen, tránsito y destino^1;
Red de las Naciones Unidas sobre la Migración; ~cooperación técnica^1;
~cooperación Sur-Sur^1; Proceso de Puebla; ~Organización de los Estados Americanos^1; ~convenio* de seguridad social;
~cooperación transfronteriza^2; ~cooperación consular^2; ~cooperación para el desarrollo^1.5; ~cooperación con los Estados vecinos^2;
~cooperación con los países vecinos^2; ~cooperación con los países de origen^2; ~cooperación con terceros países^2;
~cooperación entre los Estados^2; ~organismos internacionales^1; ~organizaciones internacionales^1; ~países socios^2;
~alianza*^1; ~acuerdos regionales^1.5; ~acuerdos multilaterales^1.5; acuerdos de movilidad laboral;
~alianzas de capacidades^1.5;
~con los países de origen^2; ~con los países de destino^2; ~con los países de tránsito^2; ~entre los países de origen y destino^2; ~entre países de origen y destino^2; ~entre los Estados^1.5; ~con los Estados vecinos^2; ~con los países vecinos^2;
~con los países de acogida^2; ~territorio de la otra Parte^2;
~asistencia técnica&partners^2
~buenas prácticas&partners^1; ~mejores prácticas&partners^1
~a lo largo de las rutas^1.5; ~equipos conjuntos de investigación^2; ~investigaciones conjuntas^1.5; ~oficiales de enlace^1.5; ~entre ambos países^1.5; ~entre los dos países^1.5; ~con otros Estados^1.5; ~patrullas conjuntas^1.5; ~Estados ribereños^1.5; ~Estados costeros^1.5; ~plataformas regionales^1.5; ~intercambio de buenas prácticas^1.5; ~celebrar acuerdos^1.5; ~concertar acuerdos^1.5
`,
  ru: `
~сотрудничеств*&partners^2; ~сотрудничать&partners^2;
~двусторонн* соглашени*; межправительственн* соглашени* о трудов* деятельност*; соглашени* о трудов* деятельност*;
~соглашени* о социальн* обеспечени*; международн* сотрудничеств* в сфере миграци*; сотрудничеств* в сфере миграции;
сотрудничеств* в области миграции; ~региональн* консультативн* процесс*; Будапештск* процесс*; Алматинск* процесс*;
~ЕАЭС; ~Евразийск* экономическ* союз*^1; ~СНГ; ~Содружеств* Независим* Государств^1; ~МОМ; ~МОТ; ~свободн* передвижени*^1;
~межгосударственн* сотрудничеств*^2; ~международн* сотрудничеств*^2; ~двусторонн* сотрудничеств*^2; ~соглашени* о реадмиссии^2; ~многосторонн* сотрудничеств*^2; ~региональн* сотрудничеств*^2; ~сотрудничать на международном уровне^2; ~международн* организаци*^1;
~меморандум* о взаимопонимании^1; ~партнерств*; Сеть ООН по миграции; Глобальн* форум* по миграции и развитию;
стран* происхождени* транзит* и назначени*; ~общ* рын* труда^1;
~приграничн* сотрудничеств*^2; ~трансграничн* сотрудничеств*^2; ~консульск* сотрудничеств*^2;
~сотрудничеств* с соседн* государств*^2; ~сотрудничеств* с иностранн* государств*^2; ~сотрудничеств* со стран* происхождени*^2;
~орган* иностранн* государств*^1.5; ~региональн* соглашени*^1.5; ~многосторонн* соглашени*^1.5;
~со стран* происхождени*^2; ~со стран* назначени*^2; ~со стран* транзит*^2; ~между государств*^1.5; ~с соседн* государств*^2; ~с соседн* стран*^2;
~со стран* пребывания^2; ~территори* друг* Сторон*^2;
~техническ* помощ*&partners^2
~передов* опыт*&partners^1; ~лучш* практик*&partners^1
`,
  ro: `
~cooperare&partners^2; ~cooperarea&partners^2; ~cooperării&partners^2; ~coopera&partners^2;
~acord* bilateral*; acord* bilateral* privind migrați*; ~acord* interguvernamental*; parteneriat* de mobilitate;
cooperare* internațional* în domeniul migrației; cooperare* în domeniul migrației; Procesul de la Praga;
Procesul de la Budapesta; ~regim* liberalizat* de vize; ~acord* privind securitatea socială; ~acord* de securitate socială;
~cooperar* internațional*^2; ~cooperar* bilateral*^2; ~acord* de readmisie^2; ~cooperar* multilateral*^2; ~Uniunea Europeană^1; ~parteneri* de dezvoltare^1; ~memorand* de înțelegere^1; ~cooperar* regional*^2;
~Parteneriatul Estic^1; ~CSI;
~asistență tehnică&partners^2; ~donator*^1; ~cooperar* cu țările de destinație; ~Organizația Internațională a Muncii^1; dialog* privind liberalizarea regimului de vize; acord* privind angajarea în câmpul muncii;
~cooperar* transfrontalier*^2; ~cooperar* consular*^2; ~cooperar* cu statele vecine^2; ~cooperar* cu țările vecine^2;
~cooperar* cu țările de origine^2; ~cooperar* cu statele terțe^2; ~autorități* competente ale altor state^1.5;
~organizați* internațional*^1; ~acord* regional*^1.5; ~acord* multilateral*^1.5;
~cu țările de origine^2; ~cu țările de destinație^2; ~cu țările de tranzit^2; ~între state^1.5; ~cu statele vecine^2; ~cu țările vecine^2;
~cu țările gazdă^2; ~teritoriul celeilalte Părți^2
~cu statele de origine^2; ~cu statele de destinație^2; ~cu statele de tranzit^2
`,
  sr: `
~saradnj*&partners^2; ~sarađivati&partners^2;
~bilateraln* sporazum*; međudržavn* sporazum* o zapošljavanju; ~sporazum* o socijalnom osiguranju;
međunarodn* saradnj* u oblasti migracija; saradnj* u oblasti migracija; ~regionaln* saradnj*^2; ~multilateraln* saradnj*^2; ~bilateraln* saradnj*^2; ~sporazum* o readmisiji^2; Budimpeštanski proces;
~vizn* liberalizacij*; ~međunarodn* saradnj*^2; ~Evropska unija^1; ~memorandum* o razumevanju^1;
~Proces saradnje u Jugoistočnoj Evropi^1; ~Berlinski proces^1; MARRI; ~zemlje porekla, tranzita i odredišta^1;
Proces iz Budimpešte; partnerstv* za mobilnost; ~saradnj* sa zemljama porekla^1; ~regionaln* inicijativ*^1; ~Savet Evrope^1; ~Zapadni Balkan^1; međunarodn* sporazum* o migracijama; ~tehničk* pomoć*&partners^2; saradnj* sa Međunarodnom organizacijom za migracije;
~prekogranič* saradnj*^2; ~konzularn* saradnj*^2; ~saradnj* sa susedn* držav*^2; ~saradnj* sa drugim državama^2;
~organ* drugih država^1.5; ~međunarodn* organizacij*^1; ~regionaln* sporazum*^1.5; ~multilateraln* sporazum*^1.5;
~teritorij* druge strane^2
`,
  ar: `
~التعاون&partners^2;
 ~اتفاقية اليد العاملة; ~مذكرة تفاهم^1;
التعاون الدولي في مجال الهجرة; التعاون في مجال الهجرة; الشراكة من أجل التنقل; مسار الرباط; مسار الخرطوم;
المنتدى العالمي هجرة التنمية; ~المنظمة الدولية هجرة^1; ~منظمة العمل الدولية^1; ~حرية التنقل^1; ~التعاون الدولي^2;
~الاتحاد الأوروبي^1; ~الاتحاد الإفريقي^1; ~التعاون جنوب جنوب^1; ~اتفاقيات الضمان الاجتماعي; ~المسؤولية المشتركة^1;
~الشراكة; بلدان المنشأ العبور المقصد; الأجندة الإفريقية هجرة;
~الاتفاقيات الدولية^1; ~التعاون الثنائي^2; ~اتفاقية إعادة القبول^2; ~اتفاق إعادة القبول^2; ~التعاون الإقليمي^2; ~التعاون المتعدد الأطراف^2; الحوار الأورو-إفريقي حول الهجرة التنمية;
~اتفاق* ثنائي*; اتفاق* ثنائي* في مجال الهجرة;
~الاتفاق* الثنائي*; الاتفاق* الثنائي* في مجال الهجرة;
~التعاون عبر الحدود^2; ~التعاون القنصلي^2; ~التعاون مع الدول المجاورة^2; ~التعاون مع بلدان المنشأ^2;
~المنظمات الدولية^1; ~اتفاق* إقليمي*^1.5; ~اتفاق* متعدد* الأطراف^1.5;
~مع بلدان المنشأ^2; ~مع دول المنشأ^2; ~مع بلدان المقصد^2; ~مع دول المقصد^2; ~مع بلدان العبور^2; ~بين الدول^1.5; ~مع الدول المجاورة^2;
~إقليم الطرف الآخر^2; ~مع البلدان المضيفة^2;
~المساعدة التقنية&partners^2
~الممارسات الجيدة&partners^1; ~أفضل الممارسات&partners^1
`,
  ky: `
~эки тараптуу макулдашуу*^2; ~эки тараптуу кызматташтык*^2; ~көп тараптуу кызматташтык*^2; ~эл аралык кызматташтык*^2;
~аймактык кызматташтык*^2; ~коңшу мамлекеттер*^1; ~маалымат алмаш*^1; ~консулдук*^1; ~биргелешип окутуу*^1
`,
  bn: `
~দ্বিপাক্ষিক চুক্তি*^2; ~দ্বিপাক্ষিক সহযোগিতা*^2; ~আঞ্চলিক সহযোগিতা*^2; ~আন্তর্জাতিক সহযোগিতা*^2; ~বহুপাক্ষিক*^1;
~সমঝোতা স্মারক*^2; ~তথ্য বিনিময়*^1; ~গন্তব্য দেশ^1; ~গন্তব্য দেশের^1; ~গন্তব্য দেশগুলো*^1
`,
};

/** The theme lexicons, keyed by the contract ids of shared/taxonomy/categories.ts THEMES. */
export const THEME_LEXICON: FacetLexicon = {
  "labour-migration": LABOUR,
  remittances: REMITTANCES,
  diaspora: DIASPORA,
  "return-reintegration": RETURN,
  "irregular-migration-border": IRREGULAR,
  "trafficking-smuggling": TRAFFICKING,
  "forced-displacement-asylum": DISPLACEMENT,
  "climate-environmental-mobility": CLIMATE,
  "internal-migration-urbanisation": INTERNAL,
  "integration-inclusion": INTEGRATION,
  "migrant-rights-protection": RIGHTS,
  "skills-education-mobility": SKILLS,
  "families-left-behind": FAMILIES,
  "migration-data-evidence": DATA,
  "governance-coordination": GOVERNANCE,
  "international-cooperation": COOPERATION,
};
