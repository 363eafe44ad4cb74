/**
 * Lexicons of the 6 `domain` categories: the policy domains of SDG indicator 10.7.2 and the
 * IOM Migration Governance Indicators (ids in shared/taxonomy/categories.ts DOMAINS).
 *
 * Domains come mostly from the crosswalk (asserted themes and GCM objectives flow to their
 * domain, ../crosswalk.ts). These lists add the domains' own framing vocabulary: how a text
 * says it is about migrants' access to rights, whole-of-government institutions, partnerships,
 * socioeconomic well-being, crises, or safe and orderly migration ("regardless of migration
 * status", "dedicated government entity", "private sector partnerships", "evacuation of
 * nationals", "entry and stay"). Phrases mostly (the domain threshold lets one phrase assert);
 * generic words carry `~` and count only near a migration anchor.
 *
 * Vocabulary: editorial, after the 10.7.2 domain definitions and sub-categories (taxonomy.md
 * A3, B7); terms only.
 */
import type { FacetLexicon } from "../types";

export const DOMAIN_LEXICON: FacetLexicon = {
  "migrant-rights": {
    en: `migrants' rights; rights of migrants; human rights of migrants; equal access; equal treatment; regardless of migration status^3;
irrespective of migration status; access to services; access to justice; ratification of conventions; Migrant Workers Convention;
International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families^3; ICRMW;
non-discrimination; ~due process; ~detention safeguards; ~complaint mechanism*; ~fundamental rights`,
    fr: `droits des migrants; droits humains des migrants; égalité d'accès; égalité de traitement; quel que soit leur statut migratoire^3;
accès aux services; accès à la justice; ratification des conventions; Convention internationale sur la protection des droits de tous les travailleurs migrants^3;
non-discrimination; ~garanties procédurales; ~droits fondamentaux`,
    es: `derechos de los migrantes; derechos humanos de las personas migrantes; igualdad de acceso; igualdad de trato; independientemente de su condición migratoria^3;
acceso a servicios; acceso a la justicia; ratificación de convenios; Convención Internacional sobre la Protección de los Derechos de Todos los Trabajadores Migratorios^3;
no discriminación; ~debido proceso; ~derechos fundamentales`,
    ru: `прав* мигрантов; прав* человека мигрантов; равн* доступ*; равн* обращени*; независимо от миграционного статуса^3; доступ* к услугам;
доступ* к правосудию; ратификаци* конвенций; Международн* конвенци* о защите прав всех трудящихся-мигрантов^3; недискриминаци*;
~надлежащ* правов* процедур*; ~основн* прав*`,
    ro: `drepturil* migranților; drepturil* omului ale migranților; acces* egal*; tratament* egal*; indiferent de statutul migrațional^3; acces* la servicii;
acces* la justiție; ratificar* convențiilor; Convenția internațională privind protecția drepturilor tuturor lucrătorilor migranți^3;
nediscriminar*; ~garanții procedurale; ~drepturi* fundamentale`,
    sr: `prav* migranata; ljudsk* prav* migranata; jednak* pristup*; jednak* tretman*; bez obzira na migracioni status^3; pristup* uslugama;
pristup* pravdi; ratifikacij* konvencij*; Međunarodna konvencija o zaštiti prava svih radnika migranata^3; 
~procesn* garancij*; ~osnovn* prav*`,
    ar: `حقوق المهاجرين; حقوق الإنسان للمهاجرين; المساواة في الولوج; المساواة في المعاملة; بغض النظر عن وضعهم من حيث الهجرة^3;
الولوج إلى الخدمات; الولوج إلى العدالة; المصادقة على الاتفاقيات; الاتفاقية الدولية لحماية حقوق جميع العمال المهاجرين^3;
عدم التمييز; ~الضمانات الإجرائية; ~الحقوق الأساسية`,
  },
  "whole-of-government": {
    en: `whole-of-government^3; whole of government approach^3; institutional framework; legal framework on migration; dedicated government entity;
government agency responsible for migration; national migration strategy; migration policy framework; policy coherence;
inter-ministerial coordination; interministerial coordination; evidence-based policy; evidence-based policies; institutional capacity;
~coordination mechanism*; ~focal point*; ~gender-responsive policy; ~mainstreaming migration`,
    fr: `approche pangouvernementale^3; approche gouvernementale globale^3; cadre institutionnel; cadre juridique de la migration; entité gouvernementale;
stratégie nationale migratoire; cohérence des politiques; coordination interministérielle; politiques fondées sur des données probantes;
capacités institutionnelles; ~mécanisme* de coordination; ~points focaux`,
    es: `enfoque pangubernamental^3; enfoque de gobierno integral^3; marco institucional; marco normativo migratorio; entidad gubernamental;
política migratoria nacional; coherencia de políticas; coordinación interinstitucional; políticas basadas en evidencia; capacidades institucionales;
~mecanismo* de coordinación; ~puntos focales`,
    ru: `общегосударственн* подход*^3; комплексн* государственн* подход*; институциональн* основ*; нормативн* правов* баз*; уполномоченн* государственн* орган*;
государственн* миграционн* политик*; согласованност* политики; межведомственн* координаци*; межведомственн* взаимодействи*;
институциональн* потенциал*;  ~ответственн* лиц*`,
    ro: `abordare* la nivelul întregului guvern^3; abordare* guvernamentală integrată^3; cadru* instituțional*; cadru* normativ* în domeniul migrației;
autoritat* responsabil* de migrație; politic* național* în domeniul migrației; coerenț* politicilor; coordonar* interinstituțional*;
coordonar* interministerial*; capacitat* instituțional*; ~mecanism* de coordonare; ~puncte* focale`,
    sr: `pristup* cele vlade^3; sveobuhvatn* vladin* pristup*^3; institucionaln* okvir*; pravn* okvir* za migracije; nadležn* organ* za migracije;
nacionaln* migracion* politik*; koherentnost* politika; međuresorn* koordinacij*; međuresorn* saradnj*; institucionaln* kapacitet*;
~koordinacion* mehaniz*; ~kontakt osob*`,
    ar: `مقاربة حكومية شاملة^3; نهج الحكومة بأكملها^3; الإطار المؤسساتي; الإطار المؤسسي; الإطار القانوني للهجرة; جهة حكومية مكلفة بالهجرة;
السياسة الوطنية للهجرة; انسجام السياسات; التنسيق بين القطاعات; التنسيق بين الوزارات; سياسات قائمة على الأدلة; القدرات المؤسساتية;
~آلية التنسيق; ~نقاط الاتصال`,
  },
  "cooperation-partnerships": {
    en: `bilateral agreement*; bilateral cooperation; regional cooperation; regional consultative process*; international partnerships; partnerships with civil society;
civil society organizations; civil society organisations; private sector partnership*; engagement of the private sector; multi-stakeholder partnership*;
memorandum of understanding; memoranda of understanding; mobility partnership*; development partners; international organizations;
~trade unions; ~employers' organizations; ~academia; ~non-governmental organizations`,
    fr: `accord* bilatéra*; coopération bilatérale; coopération régionale; processus consultatif* régiona*; partenariats internationaux; société civile;
organisations de la société civile; partenariats avec le secteur privé; partenariat* multipartite*; mémorandum d'entente; partenariat pour la mobilité;
partenaires au développement; organisations internationales; ~syndicats; ~organisations d'employeurs; ~organisations non gouvernementales`,
    es: `acuerdo* bilateral*; cooperación bilateral; cooperación regional; proceso* consultivo* regional*; alianzas internacionales; sociedad civil;
organizaciones de la sociedad civil; alianzas con el sector privado; alianzas multiactor; memorando de entendimiento; socios para el desarrollo;
organismos internacionales; organizaciones internacionales;  ~organizaciones de empleadores; ~organizaciones no gubernamentales`,
    ru: `двусторонн* соглашени*; двусторонн* сотрудничеств*; регионал* сотрудничеств*; регионал* консультативн* процесс*; международн* партнерств*;
гражданск* обществ*; организаци* гражданского общества; партнерств* с частным сектором; многосторонн* партнерств*; меморандум* о взаимопонимании;
партнер* по развитию; международн* организаци*; ~профсоюз*; ~объединени* работодателей; ~неправительственн* организаци*`,
    ro: `acord* bilateral*; cooperar* bilaterală; cooperar* regională; proces* consultativ* regional*; parteneriat* internațional*; societat* civil*;
organizați* ale societății civile; parteneriat* cu sectorul privat; parteneriat* multipartit*; memorandum* de înțelegere; parteneriat* de mobilitate;
partener* de dezvoltare; organizați* internațional*; ~sindicat*; ~patronat*; ~organizați* neguvernamental*`,
    sr: `bilateraln* sporazum*; bilateraln* saradnj*; regionaln* saradnj*; regionaln* konsultativn* proces*; međunarodn* partnerstv*; civiln* društv*;
organizacij* civilnog društva; partnerstv* sa privatnim sektorom; partnerstv* više aktera; memorandum* o razumevanju; partnerstv* za mobilnost;
razvojn* partner*; međunarodn* organizacij*; ~sindikat*; ~udruženj* poslodavaca; ~nevladin* organizacij*`,
    ar: `الاتفاقيات الثنائية;  التعاون الثنائي; التعاون الإقليمي; العمليات التشاورية الإقليمية; الشراكات الدولية; المجتمع المدني;
منظمات المجتمع المدني; الشراكة مع القطاع الخاص; الشراكات متعددة الأطراف; مذكرة تفاهم; مذكرات التفاهم; شراكة التنقل; الشركاء في التنمية;
المنظمات الدولية; ~النقابات; ~منظمات أرباب العمل; ~المنظمات غير الحكومية`,
  },
  "socioeconomic-wellbeing": {
    en: `socioeconomic well-being^3; socio-economic well-being^3; labour market integration; labour market needs; skills matching; skills recognition;
recognition of qualifications; ethical recruitment; remittance costs; financial inclusion; diaspora investment; student mobility;
economic integration; livelihoods; income-generating activities; ~economic opportunities; ~entrepreneurship; ~job matching`,
    fr: `bien-être socioéconomique^3; bien-être socio-économique^3; insertion sur le marché du travail; besoins du marché du travail; adéquation des compétences;
reconnaissance des compétences; reconnaissance des qualifications; recrutement éthique; coût des envois de fonds; inclusion financière;
investissement de la diaspora; mobilité étudiante; intégration économique; moyens de subsistance; activités génératrices de revenus`,
    es: `bienestar socioeconómico^3; inserción laboral; necesidades del mercado laboral; adecuación de competencias; reconocimiento de competencias;
reconocimiento de títulos; contratación ética; costo de las remesas; inclusión financiera; inversión de la diáspora; movilidad estudiantil;
integración económica; medios de vida; actividades generadoras de ingresos`,
    ru: `социально-экономическ* благополучи*^3; интеграци* на рынке труда; потребност* рынка труда; соответстви* навыков; признани* навыков;
признани* квалификаций; этичн* наем*; стоимост* денежных переводов; финансов* доступност*; инвестици* диаспоры; студенческ* мобильност*;
экономическ* интеграци*; средств* к существованию; приносящ* доход* деятельност*`,
    ro: `bunăstare* socioeconomică^3; bunăstare* socio-economică^3; integrar* pe piața muncii; nevoil* pieței muncii; corelar* competențelor;
recunoaștere* competențelor; recunoaștere* calificărilor; recrutare* etică; cost* remitențelor; incluziun* financiară; investiți* diasporei;
mobilitat* studențească; integrar* economică; mijloace* de trai; activități* generatoare de venit`,
    sr: `socioekonomsk* blagostanj*^3; društveno-ekonomsk* blagostanj*^3; integracij* na tržište rada; potreb* tržišta rada; usklađivanj* veština;
priznavanj* veština; priznavanj* kvalifikacija; etičk* zapošljavanj*; troškov* doznaka; finansijsk* inkluzij*; ulaganj* dijaspore;
studentsk* mobilnost*; ekonomsk* integracij*; izvor* prihoda; aktivnost* koje stvaraju prihod`,
    ar: `الرفاه الاجتماعي والاقتصادي^3; الاندماج في سوق العمل; الإدماج في سوق الشغل; احتياجات سوق الشغل; مواءمة المهارات; الاعتراف بالمهارات;
الاعتراف بالمؤهلات; الاستقدام الأخلاقي; تكلفة التحويلات; الشمول المالي; استثمارات الجالية; تنقل الطلبة; الاندماج الاقتصادي; سبل العيش;
الأنشطة المدرة للدخل`,
  },
  "mobility-dimensions-of-crises": {
    en: `mobility dimensions of crises^3; crisis situations; crisis response; humanitarian crisis; humanitarian assistance; humanitarian response;
disaster displacement; displacement in the context of disasters; evacuation of nationals; evacuation; contingency planning; emergency preparedness;
crisis preparedness; conflict-induced displacement; migrants in countries in crisis; MICIC; post-crisis recovery; durable solutions;
~emergency response; ~armed conflict`,
    fr: `dimensions des crises liées à la mobilité^3; situations de crise; réponse aux crises; crise humanitaire; assistance humanitaire; réponse humanitaire;
déplacements liés aux catastrophes; évacuation des ressortissants; plan de contingence; plans de contingence; préparation aux situations d'urgence;
déplacements liés aux conflits; solutions durables; relèvement post-crise; ~conflit armé`,
    es: `dimensiones de movilidad de las crisis^3; situaciones de crisis; respuesta a crisis; crisis humanitaria; asistencia humanitaria; respuesta humanitaria;
desplazamiento por desastres; evacuación de connacionales; planes de contingencia; preparación para emergencias; desplazamiento por conflictos;
soluciones duraderas; recuperación posterior a la crisis; ~conflicto armado`,
    ru: `аспект* мобильности в кризисных ситуациях^3; кризисн* ситуаци*; реагировани* на кризис*; гуманитарн* кризис*; гуманитарн* помощ*;
перемещени* в результате бедствий; эвакуаци* граждан; эвакуаци*; планирование на случай чрезвычайных ситуаций; готовност* к чрезвычайным ситуациям;
вынужденн* перемещени*; долгосрочн* решени*;  ~вооруженн* конфликт*; ~пандеми*`,
    ro: `dimensiun* de mobilitate ale crizelor^3; situați* de criză; răspuns* la criz*; criz* umanitar*; asistenț* umanitar*; strămutare* cauzată de dezastre;
evacuar* cetățenilor; evacuar*; planificar* pentru situații de urgență; plan* de contingență; pregătire* pentru situații de urgență;
strămutare* forțată; soluții durabile; ~conflict* armat*; ~pandemi*`,
    sr: `dimenzij* mobilnosti u kriznim situacijama^3; krizn* situacij*; odgovor* na kriz*; humanitarn* kriz*; humanitarn* pomoć*; raseljavanj* usled katastrofa;
evakuacij* državljana;  plan* za vanredne situacije; spremnost* za vanredne situacije; prinudn* raseljavanj*; trajn* rešenj*;
~oružan* sukob*`,
    ar: `أبعاد التنقل في الأزمات^3; حالات الأزمات; الاستجابة للأزمات; الأزمة الإنسانية; المساعدة الإنسانية; الاستجابة الإنسانية;
النزوح بسبب الكوارث; إجلاء المواطنين; الإجلاء; خطط الطوارئ; التأهب لحالات الطوارئ; النزوح بسبب النزاعات; الحلول الدائمة;
التعافي بعد الأزمات; ~النزاع المسلح; ~الجائحة`,
  },
  "safe-orderly-regular-migration": {
    en: ` safe orderly and regular migration^3; border management; visa management; entry and stay^3; admission and stay;
regular pathways; overstay*; visa overstay*; readmission; return and readmission; counter-trafficking; combating trafficking; anti-smuggling;
integrated border management; pre-departure; residence permits; immigration control; ~visa regime*; ~entry requirements`,
    fr: `migrations sûres ordonnées et régulières^3; migration sûre ordonnée et régulière^3; gestion des frontières; gestion des visas; entrée et séjour^3;
admission et séjour; voies régulières; dépassement de la durée de séjour; retour et réadmission; lutte contre la traite; lutte contre le trafic de migrants;
titres de séjour; contrôle de l'immigration; ~régime des visas; ~conditions d'entrée`,
    es: `migración segura ordenada y regular^3; gestión de fronteras; gestión de visados; ingreso y permanencia^3; entrada y permanencia^3; vías regulares;
permanencia irregular; retorno y readmisión; lucha contra la trata; lucha contra el tráfico de migrantes; permisos de residencia; control migratorio;
~régimen de visas; ~requisitos de ingreso`,
    ru: `безопасн* упорядоченн* и легальн* миграци*^3; управлени* границами; визов* режим*; въезд* и пребывани*^3; въезд* пребывани* и выезд*^3;
легальн* канал*; превышени* срока пребывания; возвращени* и реадмисси*; противодействи* торговле людьми; противодействи* незаконной миграции;
разрешени* на временное проживание;  ~правил* въезда`,
    ro: `migrați* sigură ordonată și regulată^3; managementul frontierei; regim* de vize; intrare* și șederea^3; intrarea și șederea străinilor^3; căi legale;
depășire* termenului de ședere; returnare* și readmisie; combatere* traficului; combatere* migrației ilegale; permis* de ședere; control* migraționist;
~condiți* de intrare`,
    sr: `bezbedn* uređen* i regularn* migracij*^3; upravljanj* granicom; vizn* režim*; ulazak i boravak^3; ulaska i boravka^3; regularn* putev*;
prekoračenj* boravka; povratak i readmisij*; borb* protiv trgovine ljudima; borb* protiv krijumčarenja; dozvol* boravka; migracion* kontrol*;
~uslov* ulaska`,
    ar: `الهجرة الآمنة والمنظمة والنظامية^3; إدارة الحدود; تدبير الحدود; نظام التأشيرات; الدخول والإقامة^3; دخول وإقامة الأجانب^3; المسارات النظامية;
تجاوز مدة الإقامة; العودة وإعادة القبول; مكافحة الاتجار بالبشر; مكافحة تهريب المهاجرين; بطاقات الإقامة; مراقبة الهجرة; ~شروط الدخول`,
  },
};
