/**
 * Lexicons of the 23 `gcm` categories: the objectives of the Global Compact for Safe, Orderly
 * and Regular Migration (A/RES/73/195). Ids gcm-1 … gcm-23 (shared/taxonomy/categories.ts).
 *
 * How the tagger gets an objective: (1) explicit references ("Objective 19", "objectif 19 du
 * Pacte", "цель 19 Глобального договора") are parsed by its own code (shared/tagger/compile.ts),
 * not listed here; (2) asserted themes flow to their objectives through the crosswalk
 * (../crosswalk.ts); (3) these lexicons: each objective's OWN distinctive vocabulary, the words of
 * its title and commitments as national policy texts echo them (missing migrants, alternatives
 * to detention, portability of social security, pre-departure information...). Theme vocabulary
 * that only says "this is about remittances" is left to the theme lexicons and the crosswalk.
 * Generic policy words that name an objective only near migration carry `~` (they count only
 * within the context window of a migration anchor); `^3` marks phrases that name the objective
 * almost verbatim. A form spelt alike in two languages after folding is listed once.
 *
 * Vocabulary: editorial, after the objective titles and action vocabulary (taxonomy.md A1, B5),
 * written per language as policy texts word it; terms only, no source sentences.
 */
import type { FacetLexicon } from "../types";

export const GCM_LEXICON: FacetLexicon = {
  "gcm-1": {
    en: `disaggregated data; data disaggregated by migratory status^3; migration statistics; migration data; evidence-based policies;
evidence-based policy; migration profile*; extended migration profile*; ~census data; ~household survey*; ~labour force survey*;
data collection on migration; migration observatory; migration data portal; data sharing on migration; comparable data; ~administrative data;
disaggregated by sex^2; disaggregated by sex and age^2;
observatory on migration; observatories on migration
`,
    fr: `données ventilées; données désagrégées; statistiques migratoires; statistiques sur la migration; données sur la migration;
données migratoires; politiques fondées sur des données factuelles; profil migratoire; profils migratoires; observatoire de la migration;
observatoire national de la migration; ~données de recensement; ~enquête* auprès des ménages; collecte de données sur la migration;
ventilées par sexe^2; ventilées par sexe et par âge^2`,
    es: `datos desglosados; datos desagregados; estadísticas migratorias; estadísticas de migración; datos sobre migración; datos migratorios;
políticas con base empírica; políticas basadas en evidencia; perfil migratorio; perfiles migratorios; observatorio de migración;
observatorio de la movilidad humana; ~datos censales; ~encuesta* de hogares;
desglosados por sexo^2; desagregados por sexo^2`,
    ru: `дезагрегированн* данн*; миграционн* статистик*; статистик* миграции; данн* о миграции; миграционн* данн*; 
эмпирически обоснованн* политик*; сбор* данных о миграции; ~перепис* населения; ~обследовани* домохозяйств*; единая информационная система;
в разбивке по полу^2`,
    ro: `date dezagregate; statistic* migrați*;  date privind migrația; date despre migrație; profil* migrațional*;
politici bazate pe dovezi; colectar* datelor privind migrația; ~recensământ*; ~anchet* în gospodării; sistem* informațional* integrat*;
dezagregat* pe sexe^2; dezagregat* după sex^2`,
    sr: `razvrstan* podac*; razvrstan* podatak*; dezagregiran* podac*; statistik* migracij*; podac* o migracijama; migracion* profil*;
politik* zasnovan* na dokazima; prikupljanj* podataka o migracijama; ~popis stanovništva;
razvrstan* po polu^2`,
    ar: `البيانات المصنفة;  إحصاءات الهجرة; الإحصاءات المتعلقة بالهجرة; بيانات الهجرة; المعطيات المتعلقة بالهجرة;
الملمح الهجري; سياسات قائمة على الأدلة; مرصد الهجرة; المرصد الوطني للهجرة; ~التعداد العام للسكان;
مصنفة حسب الجنس^2`,
  },
  "gcm-2": {
    en: `adverse drivers^3; structural factors; drivers of migration; root causes; compel people to leave; leave their country of origin;
sustainable livelihoods; ~poverty eradication; ~natural disasters; ~slow-onset; ~environmental degradation; ~adverse effects of climate change;
~climate change; ~early warning; ~disaster preparedness; ~food insecurity; ~desertification; ~conflict prevention; stay in their own countries;
~national adaptation plan*^1.5; ~disaster risk reduction^1.5; ~sea-level rise^1.5; ~sudden-onset^1.5
~a choice rather than a necessity^2
~displacement caused by&hazards^2; ~displacement due to&hazards^2; ~displacement risk&hazards^2; ~relocation of communities&hazards^2;
~relocation of villages&hazards^2; ~relocation of households&hazards^2; ~relocation of coastal communities&hazards^2
~uninhabitable^1.5; ~rising seas^1.5; ~crop failure*^1.5; ~failed harvests^1.5; ~resilience^1; ~flood plains^1; ~eroding^1
`,
    fr: `facteurs négatifs; facteurs structurels; causes profondes; moteurs de la migration; causes de la migration;
quitter leur pays d'origine; moyens de subsistance durables; ~catastrophes naturelles; ~changements climatiques;
~effets néfastes des changements climatiques; ~dégradation de l'environnement; ~alerte précoce;
~plans nationaux d'adaptation^1.5; ~réduction des risques de catastrophe^1.5; ~élévation du niveau de la mer^1.5
~un choix et non une nécessité^2
`,
    es: `factores adversos; factores estructurales; causas estructurales; causas profundas; causas de la migración;
abandonar su país de origen; medios de vida sostenibles; ~desastres naturales; ~cambio climático; ~efectos adversos del cambio climático;
~degradación ambiental; ~alerta temprana;
~planes nacionales de adaptación^1.5; ~reducción del riesgo de desastres^1.5; ~aumento del nivel del mar^1.5
~una opción y no una necesidad^2
`,
    ru: `неблагоприятн* фактор*; структурн* фактор*; коренн* причин*; причин* миграции; покидать стран* своего происхождения;
устойчив* источник* средств к существованию; ~стихийн* бедстви*; ~изменени* климата; ~деградаци* окружающей среды;
~раннего предупреждения;
~национальн* план* адаптации^1.5; ~снижени* риска бедствий^1.5; ~повышени* уровня моря^1.5
`,
    ro: `factori* structural*; factori* advers*; cauzel* profunde; cauzel* migrației; determinanți* migrației; să-și părăsească țara de origine;
mijloace de trai durabile; ~dezastre naturale; ~schimbări* climatic*; ~degradar* mediului; ~avertizare timpurie`,
    sr: `strukturn* faktor*; nepovoljn* faktor*; osnovn* uzroc*; uzroc* migracij*; napuste svoju zemlju porekla; održiv* izvor* prihoda;
~elementarn* nepogod*; ~klimatsk* promen*; ~degradacij* životne sredine; ~rano upozoravanje`,
    ar: `الدوافع السلبية; العوامل الهيكلية; الأسباب الجذرية; دوافع الهجرة; أسباب الهجرة; مغادرة بلدانهم الأصلية; سبل العيش المستدامة;
~الكوارث الطبيعية; ~تغير المناخ; ~التدهور البيئي; ~الإنذار المبكر`,
    ky: `~климаттын өзгөрүшүнүн терс таасир*^2; ~табигый кырсыктар*^1.5`,
    bn: `~বিকল্প জীবিকা*^1.5; ~জলবায়ু পরিবর্তনের বিরূপ প্রভাব*^2`,
  },
  "gcm-3": {
    en: `pre-departure information^3; pre-departure orientation; information campaign*; awareness campaign*; awareness-raising campaign*;
migrant resource centre*; migrant resource center*; information points; information on regular migration; accurate and timely information^3;
~information centres; ~hotline*; ~information at all stages;  ~risks of irregular migration; safe migration information;
prospective migrants^2; ~help desks^1.5; ~information desks^1.5; ~misinformation^1.5; ~disinformation^1.5; ~languages they understand^1.5; ~a language they understand^1.5
~helpline*^1.5; ~free telephone line^1.5; ~national website^1.5; ~multilingual website^1.5; ~official portal^1.5; ~information portal*^1.5; ~reliable information^1.5; ~up-to-date information^1.5; ~clear information^1
~before they leave^1; ~before they depart^1; ~before departure^1; ~thinking of going^1.5; ~thinking of moving^1.5; ~orientation on their rights^2; ~orientation session*^1.5; ~information session*^1.5; ~learn their rights^1; ~know their rights^1; ~costs and risks^1.5; ~risks of travelling^1.5; ~misleading promises^1.5; ~legal routes^1; ~is genuine^1; ~fake job offer*^1.5; ~check a job offer^1.5
`,
    fr: `information préalable au départ; orientation préalable au départ; campagne* d'information; campagne* de sensibilisation;
centres de ressources pour les migrants; points d'information; informations exactes;  ~ligne d'assistance;
risques de la migration irrégulière;
migrants potentiels^2; candidats à la migration^2; ~guichets d'information^1.5; ~désinformation^1.5
`,
    es: `información previa a la partida; orientación previa a la partida; campañas informativas; campaña* de información;
campaña* de sensibilización; centros de recursos para migrantes; puntos de información; información exacta y oportuna;
 ~línea de ayuda; riesgos de la migración irregular;
migrantes potenciales^2; ~ventanillas de información^1.5; ~desinformación^1.5
puntos de orientación para migrantes; ~centros de orientación^1.5
`,
    ru: `предотъездн* информировани*; предвыездн* подготовк*; информационн* кампани*; информационно-консультационн* центр*;
центр* для мигрантов; информирование мигрантов; информировани* о рисках; безопасн* миграци*; ~горяч* лини*;
 точн* и своевременн* информаци*;
потенциальн* мигрант*^2; ~дезинформаци*^1.5
`,
    ro: `informare* înainte de plecare; informare* pre-plecare; orientar* înainte de plecare; campani* de informare; campani* de sensibilizare;
centr* de resurse pentru migranți; puncte de informare; migrare în siguranță; informarea migranților; ~linie* fierbinte`,
    sr: `informisanj* pre odlaska; informativn* kampanj*; kampanj* podizanja svesti; centr* za migrante; migracion* servisn* centr*;
informacion* tačk*; bezbedn* migracij*; informisanj* migranata; ~SOS telefon; ~info centr*`,
    ar: `المعلومات السابقة للمغادرة; التوجيه قبل المغادرة; حملات إعلامية; حملات التوعية; حملات تحسيسية; مراكز موارد المهاجرين;
نقاط المعلومات; الهجرة الآمنة; مخاطر الهجرة غير النظامية;  ~الخط الأخضر`,
    ky: `~жөнөп кетүүгө чейинки маалымат*^2; ~маалыматтык сабак*^1.5`,
    bn: `~প্রাক-বহির্গমন প্রশিক্ষণ*^2; ~প্রাক-বহির্গমন ওরিয়েন্টেশন*^2; ~অভিবাসন তথ্য কেন্দ্র*^2`,
  },
  "gcm-4": {
    en: `legal identity^3; proof of legal identity^3; identity documents^1; identity document^1; travel documents^1; passport*^0.5; consular documentation^1;
birth registration; civil registration; civil registry; national identity card*^1; ID card*^1; statelessness; stateless;
biometric*; adequate documentation^3; undocumented; birth certificate*; nationality documents
consular identity card*; consular ID card*; reduce statelessness; prevent statelessness; reduction of statelessness; risk of statelessness; ~identity papers^1.5; registration of births
`,
    fr: `identité légale^3; identité juridique^3; preuve d'identité; pièces d'identité^1; documents d'identité^1; documents de voyage^1; passeport*^0.5;
carte nationale d'identité^1; carte d'identité consulaire; enregistrement des naissances; déclaration des naissances; état civil;
  biométrique*; papiers adéquats; sans papiers; actes de naissance
carte* consulaire*; réduire l'apatridie; prévenir l'apatridie; risque d'apatridie; réduction de l'apatridie
`,
    es: `identidad jurídica^3; identidad legal^3; documentos de identidad^1; documento de identidad^1; documentos de viaje^1; 
documentación consular^1; registro de nacimientos; inscripción de nacimientos; registro civil; cédula de identidad^1;  
biométric*; documentación adecuada; indocumentado*; partida* de nacimiento
matrícula* consular*; tarjeta* consular*; prueba de identidad^1.5; reducir la apatridia; prevenir la apatridia; riesgo de apatridia
`,
    ru: `удостоверяющ* личность^1; документ* удостоверяющ* личность^3;  проездн* документ*^1; паспорт*^0.5;
регистраци* рождени*; записи актов гражданского состояния; ЗАГС; гражданск* состояни*; безгражданств*; лиц* без гражданства;
 надлежащ* документаци*; не имеющ* документов; свидетельств* о рождении; идентификационн* карт*^1`,
    ro: `identitate* legală^3; identitat* juridic*;   act* de identitate^1; documente de călătorie^1;
pașaport*^0.5; buletin* de identitate^1; înregistrar* nașterii; stare* civilă; stării civile; apatrid*; biometric*; documentar* adecvată;
fără acte; certificat* de naștere
documente de identitate^1; documentelor de identitate^1; dovad* identității^1.5
`,
    sr: `pravn* identitet*; lični identitet; lične isprave^1; ličnih isprava^1; lična karta^1; lične karte^1; putn* isprav*^1; pasoša^0.5; pasoše^0.5; pasošem^0.5; pasoši^0.5; upis u matičn* knjig*;
matičn* knjig* rođenih; upis* činjenice rođenja; izvod* iz matične knjige; lica bez državljanstva; apatrid*; biometrijsk*;
bez dokumenata; lica koja nemaju dokumenta; izvod* iz matičn*
dokaz* o identitetu^1.5; identifikacion* dokument*^1
`,
    ar: `الهوية القانونية^3; إثبات الهوية^1; وثائق الهوية^1; بطاقة التعريف^1; بطاقة الهوية^1; وثائق السفر^1; جواز السفر^0.5; جوازات السفر^0.5;
الوثائق القنصلية^1; تسجيل المواليد; تسجيل الولادات; الحالة المدنية; انعدام الجنسية; عديمي الجنسية; البيومترية; شهادة الميلاد;
عقد الازدياد; بدون وثائق
البطاقة القنصلية; البطاقات القنصلية; بطاقة التسجيل القنصلي
`,
  },
  "gcm-5": {
    en: `pathways for regular migration^3; regular pathways; regular migration pathways; legal pathways; channels for regular migration;
labour mobility schemes; labour mobility agreements; family reunification; family reunion; humanitarian visa*; student visa*;
visa options; permit options; skills-based migration; points-based system; regularization; regularisation; seasonal worker programme*;
~temporary residence permit*; ~residence permit*; ~admission of foreigners; ~visa facilitation; flexibility of pathways^3;
~free movement regime*; ~visa liberalization; ~visa liberalisation;
~regular channels^1.5; ~circular labour^1.5; ~circular labor^1.5; ~seasonal worker*^1; ~bilateral labour agreement*^1.5; ~bilateral labor agreement*^1.5; ~bilateral agreements on labour migration^2; ~join their families^1.5; ~family life^1
~seasonal jobs^1.5; ~seasonal employment^1.5; ~hired each season^1.5; ~visa categor*^1.5; ~multi-year visa*^1.5; ~multiple-entry visa*^1.5; ~labour market test^1.5; ~single application procedure^1.5; ~permanent residence^1; ~quota*^1; ~visa places^1.5; ~seasonal agricultural worker*^1.5; ~seasonal farm worker*^1.5; ~farm workers^1; ~residence and work^1; ~spouses and children^1
`,
    fr: `voies de migration régulière; filières de migration régulière^3; voies régulières; voies légales; canaux de migration régulière;
regroupement familial; visa* humanitaire*; visa* d'études; régularisation; opération* de régularisation; régularisation exceptionnelle;
~titre* de séjour; ~carte* de séjour; ~autorisation de séjour; ~facilitation des visas; mobilité circulaire;
~régime* de libre circulation; ~libéralisation des visas;
~canaux réguliers^1.5; ~migration circulaire^1.5; ~travailleurs saisonniers^1; ~accords bilatéraux de main-d'œuvre^1.5; ~rejoindre leur famille^1.5; ~vie familiale^1
`,
    es: `vías de migración regular^3; vías regulares; vías legales; canales de migración regular; reunificación familiar; reagrupación familiar;
visa* humanitaria*; visa* de estudiante; regularización; regularización migratoria; amnistía migratoria; ~permiso* de residencia;
~residencia temporal; ~visa* temporal*; ~facilitación de visados; visa de residencia temporal;
~régimen* de libre circulación; ~liberalización de visados; ~liberalización de visas;
~canales regulares^1.5; ~migración circular^1.5; ~trabajadores temporeros^1; ~trabajadores de temporada^1; ~acuerdos bilaterales de trabajo^1.5; ~reunirse con sus familias^1.5; ~vida familiar^1
`,
    ru: `легальн* канал* миграции^3; каналов легальной миграции; легальн* пут* миграции; воссоединени* семьи; воссоединени* семей;
гуманитарн* виз*; студенческ* виз*; легализаци*; амнисти* мигрантов; ~разрешени* на временное проживание; ~вид* на жительство;
~упрощени* визов*; безвизов*; оргнабор*;
~режим* свободного передвижения; ~либерализаци* визов*;
~легальн* канал*^1.5; ~циркулярн* миграци*^1.5; ~сезонн* работник*^1; ~организованн* набор*^1.5; ~семейн* жизн*^1
`,
    ro: `căi de migrație regulată^3; căi regulate; căi legale de migrație; canale* de migrație legală; reîntregir* familiei; reunificar* familiei;
vize umanitare; viză de studii; regularizar*; ~permis* de ședere; ~drept* de ședere; ~liberalizar* regimului de vize; migrație legală;
~regim* de liberă circulație;
~canale* legale^1.5; ~migrați* circulară^1.5; ~lucrători* sezonieri^1; ~viața de familie^1
`,
    sr: `regularn* migracion* putev*; zakonit* putev* migracij*; legaln* kanal* migracij*; spajanj* porodic*; 
humanitarn* viz*; studentsk* viz*; regularizacij*; ~privremen* boravak; ~odobren* boravk*; ~stalni boravak; ~vizn* liberalizacij*;
legalna migracija;
~režim* slobodnog kretanja;
~legaln* kanal*^1.5; ~cirkularn* migracij*^1.5; ~sezonsk* radni*^1; ~porodičn* život*^1
`,
    ar: `مسارات الهجرة النظامية^3; المسارات النظامية; المسالك النظامية; القنوات القانونية; الهجرة النظامية; لم شمل الأسرة; لم الشمل;
التجمع العائلي; التأشيرات الإنسانية; تأشيرة الدراسة; تسوية الوضعية; عملية التسوية; ~بطاقة الإقامة; ~تصريح الإقامة; ~تسهيل التأشيرات;
~تحرير التأشيرات; ~نظام حرية التنقل;
~القنوات النظامية^1.5; ~الهجرة الدائرية^1.5; ~العمال الموسميين^1; ~الحياة الأسرية^1
`,
  },
  "gcm-6": {
    en: `fair and ethical recruitment^3; fair recruitment; ethical recruitment; recruitment fees; recruitment costs; zero recruitment fees;
employer pays principle; decent work^1; ~labour inspection*; ~employment contract*; ~contract substitution; ~confiscation of passports;
~recruitment agenc*; ~private employment agenc*; ~licensing of recruitment; ~domestic workers; ~wage theft; ~IRIS; General Principles and Operational Guidelines for Fair Recruitment^3;
~working conditions^1; ~occupational safety and health^1; ~labour exploitation;
~unpaid wages^1.5; ~wage protection^1.5; ~equal pay^1; ~equal remuneration^1; ~labour rights^1; ~labor rights^1; ~unfair dismissal^1; ~passport*&withheld^1.5; ~identity documents&withheld^1;
~equal treatment with national workers^1.5; ~same working conditions^1; ~same conditions of work^1
~licensed agenc*^1; ~recruiting agent*^1.5; ~recruitment agent*^1.5; ~licensee*^1; ~suspend* the licence^1; ~supply chain*^1; ~debt bondage^1
`,
    fr: `recrutement équitable et éthique^3; recrutement équitable; recrutement éthique; frais de recrutement; coûts de recrutement;
~agences de recrutement; ~agences privées de placement; ~inspection du travail; ~contrat de travail^1; ~substitution de contrat;
~confiscation des passeports; ~travailleurs domestiques; ~exploitation par le travail; ~travail décent^1;
~salaires impayés^1.5; ~protection des salaires^1.5; ~égalité de rémunération^1; ~droits au travail^1; ~licenciement abusif^1; ~passeport*&withheld^1.5;
~avec les travailleurs nationaux^1.5; ~mêmes conditions de travail^1
`,
    es: `contratación equitativa y ética^3; contratación equitativa; contratación ética; reclutamiento ético; comisiones de contratación;
costos de contratación; cobro de comisiones; ~agencias de colocación; ~agencias de empleo privadas; ~inspección del trabajo;
~contrato de trabajo^1; ~sustitución de contratos; ~retención de pasaportes; ~trabajadoras domésticas; ~explotación laboral;
~trabajo decente^1;
~salarios adeudados^1.5; ~salarios impagos^1.5; ~protección del salario^1.5; ~igualdad de remuneración^1; ~derechos laborales^1; ~despido injustificado^1;
~con los trabajadores nacionales^1.5; ~mismas condiciones de trabajo^1
`,
    ru: `добросовестн* наем*^3; добросовестн* найм*; этичн* наем*; этичн* найм*; справедлив* наем*; сбор* за наем; плат* за трудоустройство;
расход* на наем; ~частн* агентств* занятости; ~лицензировани* частн* агентств*; ~инспекци* труда; ~трудов* договор*^1;
~изъяти* паспорт*; ~домашн* работник*; ~трудов* эксплуатаци*; ~достойн* труд*^1;
~невыплат* заработн* плат*^1.5; ~защит* заработн* плат*^1.5; ~равн* оплат* за труд*^1; ~трудов* прав*^1; ~незаконн* увольнени*^1; ~паспорт*&withheld^1.5;
~наравне с граждан* в сфере труда^1.5; ~одинаков* услови* труда^1
`,
    ro: `recrutar* echitabil*^3; recrutar* etic*; taxe de recrutare; costuri* de recrutare; ~agenți* private de ocupare; ~agenți* de recrutare;
~licențiere* agențiilor; ~inspecți* muncii; ~contract* individual* de muncă^1; ~confiscar* pașapoartelor; ~lucrători* casnici;
~exploatar* prin muncă; ~muncă decentă^1;
~salarii* neplătite^1.5; ~salarii* restante^1.5; ~remunerare* egală^1; ~drepturi* de muncă^1; ~drepturil* în muncă^1; ~concediere* abuzivă^1; ~pașaport*&withheld^1.5;
~aceleași condiții de muncă^1.5; ~cu lucrătorii naționali^1.5
`,
    sr: `pravičn* zapošljavanj*; etičk* zapošljavanj*; etičk* regrutovanj*; pravedn* regrutovanj*; naknad* za zapošljavanje;
troškov* zapošljavanja; ~agencij* za zapošljavanje; ~posredovanj* u zapošljavanju; ~inspekcij* rada; ~ugovor* o radu^1;
~oduzimanj* pasoša; ~radnici u domaćinstvu; ~radn* eksploatacij*; ~dostojanstven* rad*^1;
~neisplaćen* zarad*^1.5; ~zaštit* zarade^1.5; ~jednak* zarad*^1; ~radn* prav*^1; ~nezakonit* otkaz*^1; ~pasoš*&withheld^1.5;
~isti* uslov* rada^1; ~sa domaćim radnicima^1.5
`,
    ar: `الاستقدام العادل والأخلاقي^3; الاستقدام العادل; التوظيف العادل; التوظيف الأخلاقي; رسوم الاستقدام; رسوم التوظيف; تكاليف الاستقدام;
~وكالات التوظيف; ~مكاتب الاستقدام; ~تفتيش الشغل; ~عقد العمل^1; ~استبدال العقود; ~مصادرة جوازات السفر; ~العمال المنزليين;
~الاستغلال في العمل; ~العمل اللائق^1;
~الأجور غير المدفوعة^1.5; ~الأجور المتأخرة^1.5; ~حماية الأجور^1.5; ~المساواة في الأجر^1; ~حقوق العمال^1; ~الفصل التعسفي^1; ~جواز*&withheld^1.5;
~المساواة مع العمال الوطنيين^1.5; ~نفس ظروف العمل^1
`,
    ky: `~жумушка орноштуруу үчүн акы*^2; ~жумушка орноштуруу агенттик*^1.5`,
    bn: `~রিক্রুটিং এজেন্সি*^1.5; ~অভিবাসন ব্যয়*^2; ~অতিরিক্ত অর্থ আদায়*^1.5`,
  },
  "gcm-7": {
    en: `vulnerabilities in migration^3; situations of vulnerability; reduce vulnerabilities; vulnerable migrants; migrants in vulnerable situations;
unaccompanied and separated children; unaccompanied children; separated children; ~gender-responsive^1; ~child-sensitive^1;
~victims of violence; ~survivors of violence; ~persons with disabilities; ~elderly migrants; ~pregnant women; ~case management;
~vulnerability screening; ~protection needs; ~lose regular status;
~best interests of the child^1.5; ~child protection services^1.5; ~child protection system*^1.5; ~appoint* a guardian^1.5; ~guardian*^1; ~gender-based violence^1.5; ~lost their regular status^2; ~losing regular status^2; ~lose their regular status^2
~without losing their residence permit^2; ~lose their residence permit^2
~destitute^1.5; ~stranded^1.5; ~abandoned^1; ~period of grace^1.5; ~grace period^1.5; ~emergency shelter^1
unaccompanied minors^2; unaccompanied foreign minors^2; ~residence status of their own^2; ~abusive spouse^1.5; ~abusive employer^1.5; ~report abuse^1; ~abandoned by their employer^1.5; ~unlawfully present^1
`,
    fr: `facteurs de vulnérabilité^3; situations de vulnérabilité; réduire les vulnérabilités; migrants vulnérables; migrants en situation de vulnérabilité;
enfants non accompagnés; enfants séparés; mineurs non accompagnés; ~tenant compte des questions de genre^1; ~adapté aux enfants^1;
~victimes de violence; ~personnes handicapées; ~besoins de protection;
~intérêt supérieur de l'enfant^1.5; ~intérêt supérieur^1; ~aide sociale à l'enfance^1.5; ~protection de l'enfance^1.5; ~non accompagnés^1.5; ~tuteur^1; ~violences fondées sur le genre^1.5
~perdre leur titre de séjour^2; ~sans perdre leur titre de séjour^2
`,
    es: `vulnerabilidades en la migración^3; situaciones de vulnerabilidad; reducir las vulnerabilidades; migrantes vulnerables;
migrantes en situación de vulnerabilidad; niños no acompañados; niños separados; menores no acompañados; ~con perspectiva de género^1;
~víctimas de violencia; ~personas con discapacidad; ~necesidades de protección; grupos de atención prioritaria;
~interés superior del niño^1.5; ~interés superior^1; ~protección integral^1; ~no acompañados^1.5; ~tutor^1; ~violencia de género^1.5
~perder su permiso de residencia^2; ~sin perder su permiso de residencia^2
`,
    ru: ` фактор* уязвимост*; ситуаци* уязвимости; уязвим* мигрант*; уязвим* категори* мигрантов; уязвим* групп*;
несопровождаем* дет*; несопровождаем* несовершеннолетн*; разлученн* дет*; ~жертв* насилия; ~лиц* с инвалидностью;
~потребност* в защите;
~наилучш* интерес* ребенка^1.5; ~опек*^1; ~органы опеки^1.5; ~гендерн* насили*^1.5
`,
    ro: `factori* de vulnerabilitate^3; situați* de vulnerabilitate; migranți* vulnerabil*; grupuri* vulnerabile; minori* neînsoțiți;
copii neînsoțiți; copii separați; ~victime* ale violenței; ~persoane* cu dizabilități; ~nevoi* de protecție;
~interesul superior al copilului^1.5; ~protecția copilului^1.5; ~protecției copilului^1.5; ~tutore^1; ~violenț* de gen^1.5
`,
    sr: `ranjivost* u migracijama^3; situacij* ranjivosti; ranjiv* migrant*; ranjiv* grup*; ranjiv* kategorij*; deca bez pratnje;
dece bez pratnje; maloletn* bez pratnje; razdvojen* dec*; ~žrtv* nasilja; ~osob* sa invaliditetom; ~potreb* za zaštitom;
~najbolji interes deteta^1.5; ~zaštit* dece^1; ~staratelj*^1; ~rodno zasnovan* nasilj*^1.5
`,
    ar: `أوجه الضعف في الهجرة^3; حالات الضعف; أوضاع هشة; المهاجرين المستضعفين; المهاجرين في وضعية هشاشة; الفئات الهشة;
الأطفال غير المصحوبين; القاصرين غير المصحوبين; الأطفال المنفصلين عن ذويهم; ~ضحايا العنف; ~الأشخاص ذوي الإعاقة; ~احتياجات الحماية;
~المصلحة الفضلى للطفل^1.5; ~حماية الطفولة^1.5; ~حماية الطفل^1.5; ~وصي^1; ~العنف القائم على النوع الاجتماعي^1.5
`,
  },
  "gcm-8": {
    en: `save lives^3; saving lives; missing migrants^3; migrant deaths; deaths of migrants; dead migrants; search and rescue; rescue at sea;
rescue operations; identification of remains; identify the dead; shipwreck*; dangerous journeys; perilous journeys; died in transit;
tracing of missing; families of missing migrants; forensic identification; repatriation of remains; drowned;
~loss of life^1.5; ~loss of lives^1.5; ~search for and rescue^2; ~missing persons^1.5
remains of migrants; remains of deceased migrants; identify the remains; ~unidentified remains^1.5; ~missing family member*^1.5; ~missing relative*^1.5; migrants in distress; ~distress at sea^1.5; ~place of safety^1.5
~gone missing^2; ~go missing^2; ~went missing^2; ~rescue coordination^1.5; ~rescued^1
`,
    fr: `sauver des vies^3; migrants disparus^3; décès de migrants; migrants décédés; morts de migrants; recherche et sauvetage; sauvetage en mer;
opérations de sauvetage; identification des dépouilles; identification des corps; naufrage*; voyages périlleux; rapatriement des dépouilles;
rapatriement des corps; familles des migrants disparus; noyés;
~pertes en vies humaines^1.5; ~personnes disparues^1.5
dépouilles de migrants; dépouilles des migrants; restes de migrants; ~disparition d'un proche^1.5; ~proches disparus^1.5; migrants en détresse; ~détresse en mer^1.5
`,
    es: `salvar vidas^3; migrantes desaparecidos^3; muertes de migrantes; migrantes fallecidos; búsqueda y rescate; rescate en el mar;
salvamento marítimo; operaciones de rescate; identificación de restos; identificación de cadáveres;  travesías peligrosas;
repatriación de restos; repatriación de cadáveres; familiares de migrantes desaparecidos; ahogados;
~pérdida de vidas^1.5; ~personas desaparecidas^1.5
restos de migrantes; restos de los migrantes; restos de personas migrantes; ~familiar desaparecido^1.5; ~familiares desaparecidos^1.5; migrantes en peligro; ~peligro en el mar^1.5
`,
    ru: `спасени* жизней^3; спасать жизни; пропавш* без вести мигрант*^3; пропавш* мигрант*; гибел* мигрантов; погибш* мигрант*;
смерт* мигрантов; поисково-спасательн*; спасени* на море; опознани* останков; идентификаци* тел; кораблекрушени*;
опасн* маршрут*; репатриаци* тел; репатриаци* останков; транспортировк* тел*;
~гибел* людей^1.5; ~пропавш* без вести^1.5
останк* мигрантов; ~пропавш* родственник*^1.5
`,
    ro: `salvar* vieților^3; salvarea de vieți; migranți* dispăruți^3; decesel* migranților; migranți* decedați; căutare și salvare;
salvare* pe mare; operațiun* de salvare; identificar* rămășițelor; identificar* corpurilor; naufragi*; călătorii periculoase;
repatriere* corpurilor; repatrierea trupurilor neînsuflețite
rămășițel* migranților; ~rud* dispărut*^1.5
`,
    sr: `spasavanj* života^3;  nestal* migrant*^3; smrt* migranata; umrl* migrant*; preminul* migrant*; potraga i spasavanje;
traganj* i spasavanj*; spasavanj* na moru; identifikacij* posmrtnih ostataka; identifikacij* tela; brodolom*; opasn* putovanj*;
repatrijacij* posmrtnih ostataka
posmrtn* ostat* migranata; ~posmrtn* ostat*^1.5; ~nestal* član* porodice^1.5
`,
    ar: `إنقاذ الأرواح^3; المهاجرين المفقودين^3; المهاجرين المختفين; وفيات المهاجرين; المهاجرين المتوفين; البحث والإنقاذ; الإنقاذ في البحر;
عمليات الإنقاذ; التعرف على الرفات; تحديد هوية الجثث; غرق المراكب; حوادث الغرق; الرحلات الخطرة; إعادة الجثامين; ترحيل الجثامين; الغرقى
رفات المهاجرين; جثث المهاجرين; جثامين المهاجرين
`,
  },
  "gcm-9": {
    en: `smuggling of migrants^3; migrant smuggling; people smuggling; human smuggling; smugglers; smuggling networks; Smuggling Protocol^3;
transnational response to smuggling^3; smuggled migrants;
smuggling routes; facilitation of irregular entry; ~organised crime; ~organized crime; ~Palermo Protocols;
~smuggling^1; smuggling operation*^1.5; ~criminal networks^1; ~joint investigation team*^1.5; ~coast guard*^1
having been smuggled; smuggled persons; persons who have been smuggled
~smuggle migrants^2; ~being smuggled^2; ~who were smuggled^2; ~smuggling migrants^2
`,
    fr: `trafic illicite de migrants^3; trafic de migrants; passeurs; réseaux de passeurs; Protocole contre le trafic illicite de migrants^3;
migrants objet de trafic; filières d'immigration clandestine; aide à l'entrée irrégulière; ~criminalité transnationale organisée;
~trafic illicite^1; ~réseaux criminels^1; ~équipes communes d'enquête^1.5; ~garde-côtes^1
objet d'un trafic illicite; personnes objet de trafic
`,
    es: `tráfico ilícito de migrantes^3; tráfico de migrantes; coyote*; traficantes de migrantes; redes de tráfico de migrantes;
Protocolo contra el tráfico ilícito de migrantes^3; migrantes objeto de tráfico; ~delincuencia organizada transnacional;
~tráfico ilícito^1; ~redes delictivas^1; ~redes criminales^1; ~equipos conjuntos de investigación^1.5; ~guardacostas^1
objeto de tráfico ilícito; personas objeto de tráfico
`,
    ru: `незаконн* ввоз* мигрантов^3; незаконн* ввоз*; контрабанд* мигрантов; перевозчик* мигрантов; сет* незаконного ввоза;
 организаци* незаконн* миграци*; Протокол против незаконного ввоза мигрантов^3;
незаконн* пересечени* границ*;
~незаконн* переправ*^1.5; ~преступн* сет*^1; ~совместн* следственн* групп*^1.5
`,
    ro: `trafic* ilegal de migranți^3; trafic* de migranți; contrabandă cu migranți; călăuz*; rețele* de trafic de migranți;
organizare* migrației ilegale^3; Protocolul împotriva traficului ilegal de migranți^3; facilitare* intrării ilegale;
~trafic* ilegal*^1; ~rețele* infracționale^1; ~echipe* comune de anchetă^1.5
trafic* ilicit de migranți^3; trafic* ilicit cu migranți^3
`,
    sr: ` krijumčar* ljudi; krijumčar* migranata; krijumčarsk* mrež*; krijumčar*; Protokol protiv krijumčarenja migranata^3;
nedozvoljen* prelaženj* državne granice; omogućavanj* nezakonitog ulaska;
~kriminaln* mrež*^1; ~zajedničk* istražn* tim*^1.5
`,
    ar: `تهريب المهاجرين^3; مهربي المهاجرين; المهربين; شبكات التهريب; شبكات تهريب المهاجرين; بروتوكول مكافحة تهريب المهاجرين^3;
تهريب البشر; تسهيل الدخول غير المشروع;
~التهريب^1; ~الشبكات الإجرامية^1; ~فرق التحقيق المشتركة^1.5; ~خفر السواحل^1
`,
  },
  "gcm-10": {
    en: `trafficking in persons^3; trafficking in human beings; human trafficking; victims of trafficking; trafficked persons; Trafficking Protocol^3;
anti-trafficking; counter-trafficking; identification of victims; referral of victims; national referral mechanism; forced labour;
forced labor; sexual exploitation; debt bondage; servitude; ~organ removal; eradicate trafficking^3`,
    fr: `traite des personnes^3; traite des êtres humains^3; traite de personnes; victimes de la traite; personnes victimes de traite;
lutte contre la traite; identification des victimes; orientation des victimes; mécanisme national d'orientation; travail forcé;
exploitation sexuelle; servitude pour dettes; Instance nationale de lutte contre la traite des personnes`,
    es: `trata de personas^3; trata de seres humanos^3; víctimas de trata; lucha contra la trata; identificación de víctimas;
derivación de víctimas; trabajo forzoso; explotación sexual; servidumbre por deudas; Protocolo de Palermo`,
    ru: `торговл* людьми^3; жертв* торговли людьми; противодействи* торговле людьми; выявлени* жертв; национальн* механизм* перенаправления;
принудительн* труд*; сексуальн* эксплуатаци*; долгов* кабал*; трафикинг*`,
    ro: `trafic* de ființe umane^3; trafic* de persoane^3; victime* ale traficului; victimel* traficului; combatere* traficului de ființe umane;
identificar* victimelor; sistem* național* de referire^3; muncă forțată; muncii forțate; exploatare* sexuală; servitute`,
    sr: `trgovin* ljudima^3; žrtv* trgovine ljudima; borb* protiv trgovine ljudima; identifikacij* žrtava; nacionaln* mehaniz* upućivanja;
prinudn* rad*; seksualn* eksploatacij*; dužničk* ropstv*`,
    ar: `الاتجار بالبشر^3; الاتجار بالأشخاص^3; الاتجار في الأشخاص; الاتجار في البشر; ضحايا الاتجار; مكافحة الاتجار; تحديد هوية الضحايا;
إحالة الضحايا; الآلية الوطنية للإحالة; العمل القسري; الاستغلال الجنسي; عبودية الدين; الهيئة الوطنية لمكافحة الاتجار بالأشخاص`,
    ky: `~адам сатуунун курмандык*^2`,
    bn: `~পাচারের শিকার*^2`,
  },
  "gcm-11": {
    en: `integrated border management^3; manage borders^3; border management; border governance; border crossing point*; border crossings;
border officials; border guards; border control*; border security; interoperability; advance passenger information; pre-arrival;
entry and exit; ~visa policy; ~one-stop border post*; ~cross-border cooperation;
~border procedures^1.5; ~border agencies^1.5; ~national borders^1.5; ~international borders^1; ~at the border^1; ~at borders^1; ~manage* our borders^2; ~manage* our national borders^2;
~common borders^1.5; ~shared borders^1.5; ~border officers^1; ~without a visa^1
coordinated border management; ~manage their borders^2; ~manage* their national borders^2
~pushback*^1.5; ~push-back*^1.5
~frontier^1.5; ~frontiers^1.5; ~points of entry^1.5; ~point of entry^1.5; ~entry procedures^1; ~land crossings^1; ~intercepted^1; ~joint patrols^1.5; ~biometric registration^1; ~border staff^1
`,
    fr: `gestion intégrée des frontières^3; gérer les frontières^3; gestion des frontières; gouvernance des frontières; points de passage frontaliers;
postes frontières; garde-frontières; contrôle aux frontières; contrôles frontaliers; sécurité des frontières; interopérabilité;
informations préalables sur les passagers; entrées et sorties;
~procédures aux frontières^1.5; ~frontières nationales^1.5; ~à la frontière^1; ~aux frontières^1;
~gardes-frontières^1; ~frontières communes^1.5; ~sans visa^1; ~reconduit* à la frontière^1.5
gestion coordonnée des frontières; gestion concertée des frontières; ~gérer nos frontières^2; ~gérer leurs frontières^2
`,
    es: `gestión integrada de fronteras^3; gestionar las fronteras^3; gestión de fronteras; gestión fronteriza; pasos fronterizos;
puestos fronterizos; control fronterizo; controles fronterizos; seguridad fronteriza; interoperabilidad; información anticipada sobre pasajeros;
control migratorio; entradas y salidas;
~procedimientos fronterizos^1.5; ~fronteras nacionales^1.5; ~en la frontera^1; ~en las fronteras^1;
~fronteras comunes^1.5; ~funcionarios de fronteras^1; ~sin visado^1; ~sin visa^1
gestión coordinada de las fronteras; gestión de las fronteras; ~gestionar nuestras fronteras^2; ~gestionar sus fronteras^2
`,
    ru: `комплексн* управлени* границами^3; интегрированн* управлени* границами^3; управлени* границ*; обустройств* границ*;
пункт* пропуска; пограничн* контрол*; пограничн* служб*; охран* границ*; безопасност* границ*; 
предварительн* информаци* о пассажирах; въезд* и выезд*;
~государственн* границ*^1.5; ~на границе^1; ~пограничн* процедур*^1.5;
~общ* границ*^1.5; ~без визы^1
`,
    ro: ` management* integrat* al frontierei^3; managementul frontierei; gestionar* frontierelor;
punct* de trecere a frontierei; control* la frontieră; controlul frontierei; polițiști* de frontieră; securitat* frontierei;
interoperabilitat*; intrare* și ieșire*;
~la frontieră^1; ~frontier* de stat^1.5; ~proceduri* la frontieră^1.5; ~intrarea, șederea și ieșirea^1.5;
~frontier* comune^1.5; ~fără viză^1
`,
    sr: `integrisan* upravljanj* granicom^3; upravljanj* granic*;  graničn* prelaz*;  graničn* kontrol*;
graničn* policij*; bezbednost* granica; interoperabilnost*; ulazak i izlazak;
~na granici^1; ~državn* granic*^1.5; ~granične procedure^1.5;
~zajedničk* granic*^1.5; ~bez vize^1
integrisan* upravljanj* granicama^3
`,
    ar: `الإدارة المتكاملة للحدود^3; تدبير الحدود^3; إدارة الحدود; حوكمة الحدود; المعابر الحدودية; نقاط العبور الحدودية; مراقبة الحدود;
المراقبة الحدودية; أمن الحدود; حرس الحدود; قابلية التشغيل البيني; الدخول والخروج;
~على الحدود^1; ~الحدود الوطنية^1.5; ~إجراءات الحدود^1.5;
~الحدود المشتركة^1.5; ~حدودنا المشتركة^1.5; ~موظفي الحدود^1; ~دون تأشيرة^1
`,
  },
  "gcm-12": {
    en: `certainty and predictability^3; migration procedures; screening^1; individual assessment*; referral mechanism*; referral pathways;
first responders; places of first arrival; standard operating procedures; status determination; ~reception centre*; ~reception procedures;
~identification and registration; ~first reception; ~vulnerability assessment;
~written decision*^1.5; ~time limit*^1; ~right to appeal^1; ~how to appeal^1; ~reasons for* refusal^1; ~appeal procedure*^1
~first point of contact^1.5; ~assessment interview*^1.5; ~interpreters^1; ~fair hearing^1.5; ~competent service*^1; ~screened^1
~processing times^1.5; ~maximum processing^1.5; ~status of their file^1.5; ~first hours after arrival^1.5; ~checklist^1; ~refer each^1
`,
    fr: `prévisibilité des procédures migratoires^3; procédures migratoires; filtrage; évaluation individuelle; mécanismes d'orientation;
procédures opérationnelles normalisées; premiers intervenants; lieux de première arrivée; ~centres d'accueil; ~premier accueil;
~identification et enregistrement;
~décision écrite^1.5; ~délai*^0.5; ~droit de recours^1; ~voies de recours^1; ~motifs du refus^1
`,
    es: `certidumbre y previsibilidad^3; procedimientos migratorios; verificación de antecedentes; evaluación individual; mecanismos de derivación;
procedimientos operativos estándar; primeros intervinientes; lugares de primera llegada; ~centros de acogida; ~primera acogida;
~identificación y registro;
~resolución escrita^1.5; ~plazo*^0.5; ~derecho a recurrir^1; ~recurso*^0.5; ~motivos de la denegación^1
`,
    ru: `предсказуемост* миграционн* процедур*^3;  скрининг*; индивидуальн* оценк*; механизм* перенаправления;
стандартн* операционн* процедур*; места первого прибытия; ~пункт* временного размещения; ~центр* приема; ~идентификаци* и регистраци*;
~письменн* решени*^1.5; ~право на обжаловани*^1; ~обжаловани*^1; ~причин* отказ*^1
`,
    ro: `predictibilitat* procedurilor^3; proceduri* de migrație; proceduri* migraționale; triere; evaluare* individuală; mecanism* de referire;
proceduri* operaționale standard; ~centr* de cazare; ~centr* de primire; ~identificare* și înregistrare*;
~decizi* scris*^1.5; ~dreptul de a contesta^1; ~contestar*^0.5; ~motivel* refuzului^1
`,
    sr: `predvidivost* migracionih procedura^3; migracion* procedur*; prihvatn* centr*; centr* za prihvat; individualn* procen*; mehaniz* upućivanja;
standardn* operativn* procedur*;  ~prvi prihvat;
~pisan* rešenj*^1.5; ~pravo na žalbu^1; ~razlog* odbijanja^1
`,
    ar: `قابلية التنبؤ بإجراءات الهجرة^3; إجراءات الهجرة; الفرز; التقييم الفردي; آليات الإحالة; إجراءات التشغيل الموحدة; أماكن الوصول الأول;
~مراكز الاستقبال; ~التعرف والتسجيل;
~قرار مكتوب^1.5; ~الحق في الطعن^1; ~أسباب الرفض^1
`,
  },
  "gcm-13": {
    en: `immigration detention^3; migration detention^3; alternatives to detention^3; detention of migrants; detained migrants; administrative detention;
non-custodial; measure of last resort; last resort; detention centre*; detention center*; detention of children; child detention;
detention conditions; pre-removal detention; ~holding facilit*; ~judicial review of detention;
~detaining children^2; ~community-based care^1.5; ~case management^1.5; ~case managers^1.5; ~reporting requirements^1; ~reporting duties^1;
~detention practices^1.5; ~detention facilit*^1.5; ~places of detention^1.5; ~deprived of their liberty^1.5; ~deprived of liberty^1.5; ~deprivation of liberty^1.5; ~detained^1; ~independent monitoring^1
~held in detention^2; immigration custody; detention of migrant children; ~held in custody^1.5
~closed facilities^1.5; ~where migrants are held^2
~why they are held^2; ~how long they may be held^2; ~held there^1; ~challenge the decision^1; ~live in the community^1.5; ~reviewed by a court^1.5; ~awaiting a decision^1; ~as short as possible^1
`,
    fr: `rétention administrative^3; placement en rétention; alternatives à la rétention^3; solutions de rechange à la rétention^3;
rétention des migrants; centres de rétention; centre de rétention; dernier ressort; rétention des enfants; détention des migrants;
mesures non privatives de liberté; zones d'attente;
~privés de liberté^1.5; ~privation de liberté^1.5; ~lieux de privation de liberté^1.5; ~lieux de rétention^1.5; ~retenus^1
~placés en rétention^1.5; ~maintenus en rétention^1.5
`,
    es: `detención migratoria^3; detención de migrantes^3; alternativas a la detención^3; último recurso; centros de detención; centro de detención;
estaciones migratorias; detención de niños; medidas no privativas de libertad; privación de libertad de migrantes; aseguramiento migratorio;
~privados de libertad^1.5; ~privación de libertad^1.5; ~lugares de detención^1.5; ~detenidos^1
centros de internamiento de extranjeros; ~centros de internamiento^1.5; internamiento de migrantes
`,
    ru: `задержани* мигрантов^3; содержани* под стражей мигрантов^3; альтернатив* задержанию^3; альтернатив* содержанию под стражей^3;
крайн* мер*; центр* временного содержания; специальн* учреждени* временного содержания; содержани* иностранных граждан;
задержани* дет*; не связанн* с лишением свободы;
содержани* мигрантов под стражей^3; содержани* иностранн* граждан* под стражей^3;
~лишени* свободы^1.5; ~лишенн* свободы^1.5; ~мест* содержания^1.5; ~задержанн*^1
~содерж* под страж*^1.5
`,
    ro: `custodie* publică^3; luare* în custodie publică^3; alternative la detenție^3; alternative* la custodia publică^3; ultimă instanță;
centr* de plasament temporar; centr* de cazare temporară a străinilor; detenți* migranților; detenți* copiilor;
~privar* de libertate^1.5; ~privați de libertate^1.5; ~locuri* de detenție^1.5
`,
    sr: `zadržavanj* stranaca^3; zadržavanj* migranata^3; alternativ* pritvoru^3; alternativ* zadržavanju^3;  prihvatilišt* za strance;
pritvor* migranata; zadržavanj* dece; mere bez lišenja slobode;
~lišen* slobode^1.5; ~mest* zadržavanja^1.5
`,
    ar: `الاحتجاز الإداري^3; احتجاز المهاجرين^3; بدائل الاحتجاز^3; الملاذ الأخير; تدبير أخير; مراكز الاحتجاز; مراكز الإيواء المؤقت;
احتجاز الأطفال; التدابير غير الاحتجازية;
~الحرمان من الحرية^1.5; ~المحرومين من حريتهم^1.5; ~أماكن الاحتجاز^1.5
`,
  },
  "gcm-14": {
    en: `consular protection^3; consular assistance; consular cooperation; consular services; consular support; consular network; consular mobile*;
nationals abroad in crisis; assistance to nationals abroad; throughout the migration cycle^3; consular posts; consular officers;
labour attaché*; ~evacuation of nationals; ~emergency travel documents; ~honorary consul*
consular focal point*; consular access; consular notification; ~consular staff^1.5; ~consular officials^1.5
~prompt notification^1; ~embassies and consulates^1.5; ~emergency fund^1.5; ~citizens working abroad^1; ~nationals who are victims^1.5; ~visit work sites^1.5
`,
    fr: `protection consulaire^3; assistance consulaire; coopération consulaire; services consulaires; réseau consulaire; 
assistance aux ressortissants à l'étranger; tout au long du cycle migratoire^3; postes consulaires; attaché* social*;
~évacuation des ressortissants; ~laissez-passer
accès consulaire; notification consulaire; ~personnel consulaire^1.5; ~agents consulaires^1.5
`,
    es: `protección consular^3; asistencia consular; cooperación consular; servicios consulares; red consular; consulados móviles;
asistencia a connacionales; a lo largo de todo el ciclo migratorio^3; oficinas consulares; agregado* laboral*; ~evacuación de connacionales;
~salvoconducto*
notificación consular; ~funcionarios consulares^1.5
asistencia a los connacionales; asistencia a los compatriotas; matrícula* consular*; registro consular; ~consulado*^1.5; ~compatriotas en el exterior^1.5; ~connacionales en el exterior^1.5
`,
    ru: `консульск* защит*^3; консульск* помощ*; консульск* содействи*; консульск* сотрудничеств*; консульск* услуг*; мобильн* консульств*;
защит* граждан за рубежом; защит* прав граждан за рубежом; на протяжении всего миграционного цикла^3; консульск* учреждени*;
~эвакуаци* граждан; ~свидетельств* на возвращение
консульск* доступ*; ~сотрудник* консульств*^1.5; ~консульск* работник*^1.5
`,
    ro: `protecți* consular*^3; asistenț* consular*; cooperar* consular*; servicii consulare; serviciilor consulare; rețea* consulară;
consulat* mobil*; protecți* cetățenilor aflați peste hotare; protecți* cetățenilor în străinătate; pe parcursul ciclului migrațional^3;
oficii* consulare; atașat* de muncă; ~evacuar* cetățenilor; ~titlu* de călătorie
acces* consular; ~personal* consular^1.5
`,
    sr: `konzularn* zaštit*^3; konzularn* pomoć*; konzularn* saradnj*; konzularn* uslug*; konzularn* mrež*; pokretn* konzulat*;
zaštit* državljana u inostranstvu; tokom celog migracionog ciklusa^3; diplomatsko-konzularn* predstavništv*; ~evakuacij* državljana;
~putn* list*
konzularn* pristup*; ~konzularn* osoblj*^1.5; ~konzularn* službenik*^1.5
`,
    ar: `الحماية القنصلية^3; المساعدة القنصلية; التعاون القنصلي; الخدمات القنصلية; الشبكة القنصلية; القنصليات المتنقلة;
حماية المواطنين بالخارج; طوال دورة الهجرة^3; المراكز القنصلية; الملحق الاجتماعي; ~إجلاء المواطنين; ~جواز المرور
الوصول القنصلي; ~الموظفين القنصليين^1.5
`,
    ky: `~консулдук*^1.5`,
    bn: `~কনস্যুলার*^1.5; ~শ্রম উইং^1.5; ~শ্রম উইংয়ে^1.5`,
  },
  "gcm-15": {
    en: `access to basic services^3; basic services for migrants; regardless of migration status^1.5; regardless of their migration status^1.5;
irrespective of migration status^1.5; firewall*; service points; ~access to health care; ~access to healthcare; ~access to education;
~access to justice; ~access to housing; ~emergency health care; ~inclusive education; ~equal access; ~health services for migrants;
~basic services^1.5; ~health needs^1.5; ~health care^1; ~culturally sensitive^1; ~quality education^1.5;
~service providers^1; ~service delivery^1; ~medical care^1; ~emergency medical care^1.5; ~primary health care^1; ~enrol* in school^1; ~enrol* their children in school^1.5; ~primary school*^1; ~equitable quality education^1.5; ~national human rights institutions^1;
~cultural mediators^1; ~intercultural mediators^1; ~primary health centre*^1; ~one-stop centre*^1
~report the immigration status^2; ~report their immigration status^2; separate from immigration enforcement^2; ~without fear of being reported^2
~one-stop service*^1
~immigration enforcement^1.5; ~register with a doctor^1.5; ~enrol the children^1; ~enrol a child^1; ~access to schools^1.5; ~housing assistance^1; ~whatever their parents' status^2; ~public schools^1; ~national health insurance^1; ~clinic*^1; ~enrol their children^1; ~enrolling a child^1; ~seeking treatment^1; ~on the same terms as citizens^1
`,
    fr: `accès aux services de base^3; services de base; quel que soit leur statut migratoire^1.5; indépendamment du statut migratoire^1.5;
~accès aux soins; ~accès aux soins de santé; ~accès à l'éducation; ~accès à la justice; ~accès au logement; ~aide médicale d'urgence;
~égalité d'accès; ~accès aux services sociaux;
~besoins de santé^1.5; ~soins de santé^1; ~éducation de qualité^1.5;
~prestataires de services^1; ~soins médicaux^1; ~soins d'urgence^1.5; ~soins de santé primaires^1; ~scolarisation^1; ~éducation inclusive^1;
~médiateurs culturels^1; ~médiateurs interculturels^1; ~guichet unique^1
~sans crainte d'être dénoncé*^2
`,
    es: `acceso a los servicios básicos^3; servicios básicos; independientemente de su condición migratoria^1.5; sin importar su condición migratoria^1.5;
~acceso a la salud; ~acceso a la atención sanitaria; ~acceso a la educación; ~acceso a la justicia; ~acceso a la vivienda;
~igualdad de acceso; ~acceso universal;
~necesidades de salud^1.5; ~atención de salud^1; ~educación de calidad^1.5;
con independencia de su condición migratoria^1.5; cualquiera que sea su condición migratoria^1.5; cualquiera sea su condición migratoria^1.5;
~atención gratuita^1; ~sistema de salud^1; ~red pública^1; ~matrícula escolar^1.5; ~matricular*^1; ~tarjeta sanitaria^1.5; ~salud y educación^1;
~proveedores de servicios^1; ~asistencia sanitaria^1; ~asistencia sanitaria de urgencia^1.5; ~atención de urgencia^1.5; ~atención primaria^1; ~educación obligatoria^1; ~educación inclusiva^1; ~acceso a los servicios^1.5; ~agua y saneamiento^1;
~mediadores culturales^1; ~mediadores interculturales^1; ~ventanilla única^1
~sin temor a ser denunciad*^2
`,
    ru: `доступ* к базовым услугам^3; доступ* к основным услугам; базов* услуг*; независимо от миграционного статуса^1.5;
~доступ* к медицинской помощи; ~доступ* к здравоохранению; ~доступ* к образованию; ~доступ* к правосудию; ~доступ* к жилью;
~равн* доступ*; ~доступ* к социальным услугам;
~медицинск* помощ*^1; ~качественн* образовани*^1.5;
~неотложн* медицинск* помощ*^1.5; ~экстренн* медицинск* помощ*^1.5; ~первичн* медико-санитарн* помощ*^1; ~инклюзивн* образовани*^1;
~культурн* медиатор*^1
`,
    ro: `acces* la servicii* de bază^3; servicii* de bază; indiferent de statutul migrațional^1.5; ~acces* la asistență medicală;
~acces* la servicii* medical*; ~acces* la educație; ~acces* la justiție; ~acces* la locuință; ~acces* egal*; ~acces* la servicii sociale;
~asistenț* medical* de urgență^1.5; ~asistență medicală primară^1; ~educați* incluzivă^1; ~furnizori* de servicii^1;
~mediatori* culturali^1; ~mediatori* interculturali^1; ~ghișeu* unic*^1
`,
    sr: `pristup* osnovnim uslugama^3; osnovn* uslug*; bez obzira na migracioni status^1.5; ~pristup* zdravstvenoj zaštiti; ~pristup* obrazovanju;
~pristup* pravdi; ~pristup* stanovanju; ~jednak* pristup*; ~pristup* socijalnim uslugama;
~hitn* medicinsk* pomoć*^1.5; ~primarn* zdravstven* zaštit*^1; ~inkluzivn* obrazovanj*^1;
~kulturn* medijator*^1; ~interkulturn* medijator*^1
`,
    ar: `الولوج إلى الخدمات الأساسية^3; الحصول على الخدمات الأساسية; الخدمات الأساسية; بغض النظر عن وضعهم من حيث الهجرة^1.5;
~الولوج إلى العلاج; ~الولوج إلى الخدمات الصحية; ~الولوج إلى التعليم; ~الحصول على الرعاية الصحية; ~الحصول على التعليم;
~الولوج إلى العدالة; ~الولوج إلى السكن; ~المساواة في الولوج;
~الرعاية الطبية الطارئة^1.5; ~الرعاية الصحية الأولية^1; ~مقدمي الخدمات^1; ~التعليم الدامج^1;
~الوسطاء الثقافيين^1; ~الشباك الوحيد^1
`,
    ky: `~шашылыш медициналык жардам*^2; ~медициналык жардам*^1.5`,
    bn: `~স্বাস্থ্যসেবা*^1.5`,
  },
  "gcm-16": {
    en: `full inclusion^3; social cohesion; inclusive societies; cohesive societies; integration programmes; integration programs; host communities;
receiving communities; intercultural dialogue; mutual respect; ~language learning; ~language courses; ~orientation courses;
~civic orientation; ~community centres; ~empower migrants; ~political participation;
integration of migrants^2; integration of immigrants^2
inclusion of migrants
~welcome centre*^1.5; ~welcome center*^1.5; ~bridging program*^1.5; ~bridging course*^1.5; ~national language^1; ~newcomers^1; ~long-standing residents^1.5; ~full members of^1.5; ~whole-of-society^1
~mentoring^1; ~local volunteers^1; ~sports and cultural^1; ~host societ*^1.5; ~long-time residents^1.5; ~local life^1; ~community life^1
~language classes^1; ~active part^1; ~welcome them^1; ~neighbours together^1.5; ~their neighbours^1; ~where they settle^1; ~single contact point^1
`,
    fr: `pleine intégration^3; cohésion sociale; sociétés inclusives; programmes d'intégration; communautés d'accueil; interculturel*;
dialogue interculturel; respect mutuel; ~apprentissage de la langue; ~cours de langue; ~parcours d'intégration; ~vivre ensemble;
intégration des migrants^2; intégration des étrangers^2
inclusion des migrants
`,
    es: `plena inclusión^3; cohesión social; sociedades inclusivas; programas de integración; comunidades de acogida; comunidades receptoras;
intercultural*;   respeto mutuo; ~aprendizaje del idioma; ~cursos de idioma; ~convivencia;
integración de los migrantes^2; integración de las personas migrantes^2
inclusión de las personas migrantes; inclusión de los migrantes
`,
    ru: `полной интеграции^3; социальн* сплоченност*^3; социальн* сплочени*; инклюзивн* обществ*; программ* интеграции; адаптаци* и интеграци*;
принимающ* сообществ*; межкультурн*; межэтническ* согласи*; ~изучени* русского языка; ~курс* языка; ~языков* курс*;
~центр* адаптации;
интеграци* мигрантов^2; интеграци* иностранн* граждан^2`,
    ro: `incluziun* deplină^3; coeziun* social*; societăți incluzive;  program* de integrare; comunități* gazdă;
intercultural*; dialog* intercultural; respect* reciproc; ~învățar* limbii; ~curs* de limbă; ~orientare* culturală;
integrar* străinilor^2; integrar* migranților^2`,
    sr: `pun* uključivanj*^3; društven* kohezij*; socijaln* kohezij*; inkluzivn* društv*; program* integracij*; zajednic* domaćin*; 
interkulturn*; međukulturn*; uzajamn* poštovanj*; ~učenj* srpskog jezika; ~kurs* jezika; ~orijentacion* kurs*;
integracij* migranata^2; integracij* stranaca^2`,
    ar: `الإدماج الكامل^3; التماسك الاجتماعي; المجتمعات الشاملة; برامج الإدماج; المجتمعات المضيفة; المجتمعات المستقبلة; الحوار بين الثقافات;
التعدد الثقافي; الاحترام المتبادل; ~تعلم اللغة; ~دروس اللغة; ~العيش المشترك;
إدماج المهاجرين^2`,
  },
  "gcm-17": {
    en: `xenophobia; racism; racial discrimination; hate crime*; hate speech; intolerance; public discourse; perceptions of migration^3;
evidence-based public discourse^3; public perceptions; negative perceptions; stereotypes; misinformation; media coverage;
ethical reporting; ~discrimination; ~anti-discrimination; ~awareness-raising; ~public opinion;
racist*^1; ~stigmatis*^1; ~stigmatiz*^1; ~stigma^1; ~reporting on migration^1.5; ~reporting about migrants^1.5; ~journalists^1; ~media outlets^1; ~media professionals^1; ~raise public awareness^1
discrimination against migrants; discrimination against migrant workers; discrimination against immigrants
~myths^1
~grounds of nationality^1.5; ~complaints of discrimination^1.5; ~incite hostility^1.5; ~public conversation^1.5; ~public debate^1; ~what migrants contribute^1.5
`,
    fr: `xénophobie; racisme; discrimination raciale; crimes de haine; discours de haine; intolérance; discours public; perception des migrations^3;
perceptions de la migration^3; débat public; stéréotypes; désinformation; couverture médiatique; ~discrimination; ~non-discrimination;
~lutte contre les discriminations; ~opinion publique;
~stigmatis*^1; ~journalistes^1; ~médias^0.5; ~sensibilisation du public^1
discrimination* à l'égard des migrants; discrimination* envers les migrants; discrimination* contre les migrants; discrimination* à l'encontre des migrants; discrimination* à l'égard des immigrés
`,
    es: ` racismo; discriminación racial; delitos de odio; discurso de odio; intolerancia;  percepciones de la migración^3;
percepción de la migración^3; estereotipos; desinformación; cobertura mediática; ~discriminación; ~no discriminación;
~estigmatiz*^1; ~estigma^1; ~periodistas^1; ~medios de comunicación^1
discriminación contra los migrantes; discriminación contra las personas migrantes; discriminación hacia las personas migrantes; discriminación hacia los migrantes; discriminación de las personas migrantes; discriminación contra migrantes; discriminación de los migrantes
`,
    ru: `ксенофоби*; расизм*; расов* дискриминаци*; преступлени* на почве ненависти; язык* вражды; нетерпимост*; публичн* дискурс*;
восприяти* миграции^3; общественн* восприяти*; стереотип*; дезинформаци*; освещени* в СМИ; ~дискриминаци*; ~общественн* мнени*;
~стигматиз*^1; ~журналист*^1; ~средств* массовой информации^1
дискриминаци* мигрантов; дискриминаци* в отношении мигрантов; дискриминаци* по отношению к мигрантам
`,
    ro: `xenofobi*; rasism*; discriminar* rasială; infracțiun* motivate de ură; discurs* instigator* la ură; discurs* de ură; intoleranț*;
discurs* public*; percepți* migrației^3; percepți* public*; stereotip*; dezinformar*; ~discriminar*; ~nediscriminar*; ~opini* publică;
rasist*^1; ~stigmatiz*^1; ~jurnaliști*^1; ~mass-media^1
discriminar* migranților; discriminar* împotriva migranților; discriminar* față de migranți
`,
    sr: ` rasizam; rasizm*; rasn* diskriminacij*; zločin* iz mržnje; govor* mržnje; netolerancij*; javn* diskurs*;
percepcij* migracij*^3; javn* percepcij*; stereotip*;  medijsk* izveštavanj*;  ~zabran* diskriminacije;
~javn* mnjenj*;
~stigmatiz*^1; ~novinar*^1; ~mediji*^0.5
diskriminacij* migranata; diskriminacij* prema migrantima
`,
    ar: `كراهية الأجانب; العنصرية; التمييز العنصري; جرائم الكراهية; خطاب الكراهية; التعصب; الخطاب العام; تصورات الهجرة^3;
الصور النمطية; التضليل الإعلامي; التغطية الإعلامية; ~التمييز; ~عدم التمييز; ~مكافحة التمييز; ~الرأي العام;
~الوصم^1; ~الصحفيين^1; ~وسائل الإعلام^1
التمييز ضد المهاجرين; التمييز ضد المهاجرات
`,
  },
  "gcm-18": {
    en: `skills development; mutual recognition of skills^3; recognition of qualifications;
recognition of foreign qualifications; mutual recognition; skills partnerships; global skills partnership*; qualification* framework*;
skills matching; skills certification; recognition of prior learning; skills profiling; credential recognition; ~vocational training;
~skills gaps; ~upskilling; ~reskilling; ~skills mobility
recognition of diplomas; qualifications obtained abroad; qualifications acquired abroad; ~training partnerships^1.5
~diplomas^1; ~vocational certificates^1.5; ~professional titles^1.5; ~skills training^1; ~certification^1
recognis* the qualifications; recogniz* the qualifications; ~skills they acquired^1.5; ~recognise the skills^1.5; ~recognize the skills^1.5; ~recognition of the skills^1.5; ~skills of migrants^2; ~competences acquired^1.5; ~driving licences^1; ~skilled workers^1; ~training centres^1; ~bonding period^1.5; ~training places^1
`,
    fr: `développement des compétences; reconnaissance mutuelle des aptitudes^3; reconnaissance mutuelle; reconnaissance des qualifications;
reconnaissance des compétences; reconnaissance des diplômes; partenariats de compétences; cadre national des certifications;
validation des acquis de l'expérience; certification des compétences; ~formation professionnelle; ~perfectionnement des compétences
qualifications obtenues à l'étranger; compétences acquises à l'étranger; diplômes obtenus à l'étranger
`,
    es: `desarrollo de aptitudes; reconocimiento mutuo de aptitudes^3; reconocimiento mutuo; reconocimiento de cualificaciones;
reconocimiento de competencias; homologación de títulos; certificación de competencias; alianzas para el desarrollo de competencias;
marco nacional de cualificaciones; ~formación profesional; ~capacitación laboral;
reconocimiento de las cualificaciones; reconocimiento de las competencias; reconocimiento de los títulos;
convalidación de títulos; convalidación de los títulos; homologación de los títulos
títulos obtenidos en el extranjero; competencias adquiridas en el extranjero; certificación de las competencias; reconocimiento de saberes
`,
    ru: `развити* навыков; взаимн* признани* навыков^3; взаимн* признани*; признани* квалификаци*; признани* документов об образовании;
признани* навыков; партнерств* в области навыков; национальн* рамк* квалификаций; подтверждени* квалификации;
сертификаци* навыков; ~профессиональн* обучени*; ~повышени* квалификации`,
    ro: `dezvoltare* competențelor; recunoaștere* reciprocă^3; recunoaștere* calificărilor; recunoașterea competențelor; recunoaștere* diplomelor;
validar* competențelor; certificar* competențelor; cadrul național al calificărilor; parteneriat* pentru competențe;
~formare* profesională; ~perfecționare*`,
    sr: `razvoj* veština; uzajamn* priznavanj*^3; međusobn* priznavanj*; priznavanj* kvalifikacija; priznavanj* veština; priznavanj* diploma;
priznavanj* stranih školskih isprava; nacionaln* okvir* kvalifikacija; sertifikacij* veština; partnerstv* za veštine;
~stručn* osposobljavanj*; ~dokvalifikacij*; ~prekvalifikacij*`,
    ar: `تنمية المهارات; الاعتراف المتبادل بالمهارات^3; الاعتراف المتبادل; الاعتراف بالمؤهلات; الاعتراف بالكفاءات; معادلة الشهادات;
المصادقة على المكتسبات; الإطار الوطني للمؤهلات; شراكات المهارات; ~التكوين المهني; ~التدريب المهني; ~تأهيل المهارات`,
  },
  "gcm-19": {
    en: `contribute to sustainable development^3; diaspora contributions; diaspora investment*; diaspora engagement; diaspora bonds;
diaspora entrepreneurship; diaspora philanthropy; knowledge transfer; transfer of knowledge; skills transfer; diaspora networks;
diaspora experts; political participation of diaspora*; voting from abroad; ~brain gain; ~brain circulation; ~matching grants;
~co-development;
fully contribut* to sustainable development^3; contribut* fully to sustainable development^3;
members of the diaspora^2; diaspora communities^2; ~dual citizenship^1.5; ~political participation^1.5
`,
    fr: ` contribution des diasporas; contribution de la diaspora; investissement de la diaspora;
investissements des MRE; mobilisation des compétences de la diaspora; transfert de connaissances; transfert de compétences;
réseaux de la diaspora; codéveloppement; vote des citoyens à l'étranger; ~philanthropie;
contribu* pleinement au développement durable^3`,
    es: ` contribución de las diásporas; contribución de la diáspora; inversión de la diáspora;
emprendimiento de la diáspora; transferencia de conocimientos; redes de la diáspora; voto en el exterior; codesarrollo;
contribu* plenamente al desarrollo sostenible^3`,
    ru: `вклад* диаспор*^3; вклад* соотечественников; инвестици* диаспоры; инвестици* мигрантов; передач* знаний; передач* опыта;
вовлечени* диаспор*; сет* диаспоры; голосовани* за рубежом; участи* диаспоры; ~благотворительн*;
полной мере способств* устойчив* развити*^3`,
    ro: `contribuți* diasporei^3; contribuția migranților la dezvoltare; investiți* diasporei; antreprenoriat* diasporei; transfer* de cunoștințe;
transfer* de competențe; implicar* diasporei; rețel* diasporei; vot* din străinătate;  ~filantropi*;
contribui* pe deplin la dezvoltare* durabil*^3`,
    sr: `doprinos* dijaspor*^3; doprinos* migranata razvoju; investicij* dijaspor*; ulaganj* dijaspor*; transfer* znanja; prenos* znanja;
uključivanj* dijaspor*; mrež* dijaspor*; glasanj* iz inostranstva;
u potpunosti dopri* održiv* razvoj*^3`,
    ar: `المساهمة الكاملة في التنمية المستدامة^3; مساهمة الجاليات; مساهمة الجالية; مساهمة مغاربة العالم; استثمارات الجالية;
استثمارات مغاربة العالم; نقل المعارف; نقل الخبرات; تعبئة الكفاءات; شبكات الجالية; الكفاءات المقيمة بالخارج; التصويت من الخارج;
بشكل كامل في التنمية المستدامة^3
مساهمة المغتربين; إسهام المغتربين; إسهام الجالية
`,
  },
  "gcm-20": {
    en: `cheaper remittances^3; cost of remittances; remittance costs; transaction costs;
remittance corridors; remittance market*; remittance service providers; digital remittances; mobile money; financial inclusion of migrants^3;
financial inclusion; financial literacy; remittance price comparison; ~money transfer operators; ~formal channels; ~bank accounts;
~financial education; ~de-risking;
~three per cent^2; ~exchange rates^1
`,
    fr: `envois de fonds plus rapides^3; coûts des envois de fonds^3; coût des transferts; coûts de transaction; couloirs de transfert;
prestataires de services de transfert; transferts numériques; argent mobile; inclusion financière des migrants^3; inclusion financière;
éducation financière; ~opérateurs de transfert d'argent; ~canaux formels; ~bancarisation`,
    es: `remesas más rápidas^3; costo de las remesas^3; costos de envío; costos de transacción; corredores de remesas; proveedores de servicios de remesas;
remesas digitales; dinero móvil; inclusión financiera de los migrantes^3; inclusión financiera; educación financiera;
~canales formales; ~empresas remesadoras`,
    ru: `удешевлени* денежных переводов^3; стоимост* денежных переводов^3; стоимост* переводов; комисси* за переводы; транзакционн* издерж*;
коридор* денежных переводов; систем* денежных переводов; мобильн* денежн* перевод*; цифров* перевод*; финансов* доступност* мигрантов^3;
финансов* инклюзи*; финансов* грамотност*; ~формальн* канал*`,
    ro: `transferuri* mai rapide^3; costul remitențelor^3; cost* transferurilor; costuri* de tranzacție; comisioan* de transfer; coridoare* de transfer;
prestatori* de servicii de transfer; transferuri* digitale; incluziun* financiar* a migranților^3; incluziun* financiar*;
educați* financiar*; ~canale* formale`,
    sr: `troškov* doznaka^3; troškov* slanja novca; troškov* transakcij*; koridor* doznaka; pružaoc* usluga prenosa novca;
digitaln* doznak*; mobiln* novac; finansijsk* inkluzij* migranata^3; finansijsk* inkluzij*; finansijsk* pismenost*;
~formaln* kanal*`,
    ar: `تحويلات مالية أسرع^3; تكلفة التحويلات^3; تكاليف التحويلات; تكاليف المعاملات; ممرات التحويلات; مقدمي خدمات التحويل;
التحويلات الرقمية; المال عبر الهاتف المحمول; الشمول المالي للمهاجرين^3; الشمول المالي; الإدماج المالي; التثقيف المالي;
~القنوات الرسمية;
تكلفة إرسال^2; تكلفة إرسال التحويلات^3`,
    ky: `~которуулар* кеткен чыгым*^2; ~которуу чыгым*^2`,
    bn: `~রেমিট্যান্স পাঠানোর খরচ*^2; ~রেমিট্যান্স পাঠানোর ব্যয়*^2; ~লেনদেন ব্যয়*^2`,
  },
  "gcm-21": {
    en: `safe and dignified return^3; dignified return; return and readmission;  readmission agreement*; sustainable reintegration^3;
reintegration; assisted voluntary return; voluntary return; AVRR; identification of nationals; return decisions; reintegration assistance;
reintegration support; returnee*; ~non-refoulement; ~travel documents for return; ~forced return; ~removal;
~received with dignity^1.5; ~returned to their country of origin^1.5; ~persons returned^1; ~returned migrants^1;
~returning migrants^1; ~returning labour migrants^1; ~return safely^1.5; ~safe return^1.5; ~return is sustainable^1.5
readmit their own nationals^3; readmission of their own nationals^3; ~nationality verification^1.5; ~verification of nationality^1.5
~no right to stay^1; ~identity and nationality^1.5; ~reintegration package*^2; ~reintegration scheme*^2
`,
    fr: `retour en toute sécurité et dignité^3; retour dans la dignité; retour et réadmission;  accord* de réadmission;
réintégration durable^3; réintégration; réinsertion; aide au retour volontaire; retour volontaire assisté; retour volontaire;
identification des ressortissants; ~non-refoulement; ~éloignement; ~retour forcé;
~accueillis dans la dignité^1.5; ~renvoyés dans leur pays d'origine^1.5; ~personnes rapatriées^1;
~migrants de retour^1; ~migrants qui rentrent^1; ~retour durable^1.5; ~rentrer en sécurité^1.5
réadmettre leurs propres ressortissants^3; réadmission de leurs propres ressortissants^3; ~vérification de la nationalité^1.5
`,
    es: `retorno seguro y digno^3; regreso seguro y digno^3; retorno digno; retorno y readmisión;  acuerdo* de readmisión;
reintegración sostenible^3;  reinserción; retorno voluntario asistido; retorno voluntario; personas retornadas;
~no devolución; ~retorno forzoso; ~deportación;
migrantes retornad*; personas migrantes retornad*;
~recibidas con dignidad^1.5; ~devueltas a su país de origen^1.5; ~retornados a su país de origen^1.5;
~migrantes que regresan^1; ~retorno sostenible^1.5; ~regresar de forma segura^1.5
readmitir a sus propios nacionales^3; readmisión de sus propios nacionales^3; ~verificación de la nacionalidad^1.5
`,
    ru: `безопасн* и достойн* возвращени*^3; достойн* возвращени*; возвращени* и реадмисси*; реадмисси*; соглашени* о реадмиссии;
устойчив* реинтеграци*^3; реинтеграци*; добровольн* возвращени*; содействи* добровольному возвращению; идентификаци* граждан;
вернувш* мигрант*; ~невысылк*; ~принудительн* возвращени*; ~выдворени*;
~возвращенн* в страну происхождения^1.5; ~возвращени* на родину^1;
~возвращающ* мигрант*^1; ~вернувш* трудов* мигрант*^1; ~устойчив* возвращени*^1.5
реадмисси* собственн* граждан*^3; ~установлени* гражданства^1.5
`,
    ro: `return* în siguranță și demnitate^3; întoarcere* în siguranță; returnare* și readmisie; readmisi*; acord* de readmisie; reintegrare* durabilă^3;
reintegrar*; reinserție; return* voluntar*; întoarcere* voluntară; identificar* cetățenilor; migranți* reveniți; ~nereturnare;
~returnare* forțată; ~expulzare*;
~returnați în țara de origine^1.5; ~returnat*^1;
~migranți* care revin^1; ~întoarcere* durabilă^1.5
`,
    sr: `bezbedan i dostojanstven povratak^3; dostojanstven* povrat*; povratak i readmisij*;  sporazum* o readmisiji; održiv* reintegracij*^3;
 dobrovoljn* povrat*; potpomognut* dobrovoljn* povrat*; identifikacij* državljana; povratni*; ~zabran* proterivanja;
~prinudn* povrat*;
~vraćen* u zemlju porekla^1.5;
~migranti povratnici^1; ~migranata povratnika^1; ~održiv* povratak^1.5
`,
    ar: `العودة الآمنة والكريمة^3; العودة الكريمة; العودة وإعادة القبول; إعادة القبول; اتفاقيات إعادة القبول; إعادة الإدماج المستدامة^3;
إعادة الإدماج; العودة الطوعية; العودة الطوعية المدعومة; المهاجرين العائدين; العائدين; ~عدم الإعادة القسرية; ~الترحيل القسري;
~المعادين إلى بلدانهم^1.5; ~استقبالهم بكرامة^1.5;
~المهاجرون العائدون^1; ~العائدون^1; ~عودة مستدامة^1.5; ~العودة الآمنة^1.5
`,
  },
  "gcm-22": {
    en: `portability of social security^3; portability of social security entitlements^3; portability of benefits; earned benefits; social security agreements;
bilateral social security agreement*; totalization of periods; totalisation of periods; export of pensions; pensions abroad;
social protection floors; social security coverage for migrant*; ~social security entitlements; ~pension rights; ~contribution periods;
portability of pensions^3; ~access to social protection^1.5; ~social protection^1; ~keep their entitlements^2; ~entitlements^1; ~benefits they have earned^2; ~portability^1.5
~pension entitlements^1.5; ~health cover^1; ~pensions^1
`,
    fr: `portabilité des droits de sécurité sociale^3; portabilité des droits^3; portabilité des prestations; avantages acquis; droits acquis;
conventions de sécurité sociale; convention bilatérale de sécurité sociale; totalisation des périodes; exportation des pensions;
transfert des pensions; socles de protection sociale; ~droits à pension; ~périodes de cotisation;
portabilité des pensions^3; ~accéder à la protection sociale^1.5; ~accès à la protection sociale^1.5; ~conserver les prestations^2; ~portabilité^1.5
`,
    es: `portabilidad de la seguridad social^3; portabilidad de los derechos^3; portabilidad de las prestaciones; prestaciones adquiridas;
derechos adquiridos; convenios de seguridad social; convenio bilateral de seguridad social; Convenio Multilateral Iberoamericano de Seguridad Social;
totalización de periodos; exportación de pensiones; pisos de protección social; ~derechos de pensión; ~periodos de cotización;
portabilidad de las pensiones^3; ~acceso a la protección social^1.5; ~acceder a la protección social^1.5; ~protección social^1; ~conservar sus prestaciones^2; ~portabilidad^1.5
`,
    ru: `переносимост* прав на социальное обеспечение^3; переносимост* пенсионн* прав*^3; экспорт* пенсий; перевод* пенсий; выплат* пенсий за рубеж*;
заработанн* пособи*; соглашени* о социальном обеспечении; соглашени* о пенсионном обеспечении; суммировани* стажа;
 ~пенсионн* прав*; ~страхов* стаж*;
трудов* стаж*^1.5; назначени* пенси*^1.5;
~доступ* к пенсиям^1.5; ~пенси* и пособи*^1.5; ~доступ* к социальной защите^1.5; ~социальн* защит*^1; ~переносимост*^1.5
`,
    ro: `portabilitat* drepturilor de securitate socială^3; portabilitat* drepturilor^3; portabilitat* prestațiilor; drepturi* dobândite;
acord* în domeniul securității sociale; acord* bilateral* de securitate socială; totalizar* perioadelor; export* pensiilor;
transfer* pensiilor; plata pensiilor peste hotare; ~drept* la pensie; ~stagi* de cotizare;
~acces* la protecți* social*^1.5; ~protecți* social*^1; ~portabilitat*^1.5
`,
    sr: `prenosivost* prava iz socijalnog osiguranja^3; prenosivost* prava^3; prenos* penzija; isplat* penzija u inostranstvo; stečen* prav*;
sporazum* o socijalnom osiguranju; ugovor* o socijalnom osiguranju; sabiranj* staža; ~penzijsk* prav*; ~staž* osiguranja;
~pristup* socijalnoj zaštiti^1.5; ~socijaln* zaštit*^1; ~prenosivost*^1.5
`,
    ar: `قابلية نقل استحقاقات الضمان الاجتماعي^3; قابلية نقل الحقوق^3; نقل المعاشات; تحويل المعاشات; الاستحقاقات المكتسبة; الحقوق المكتسبة;
اتفاقيات الضمان الاجتماعي; الاتفاقيات الثنائية للضمان الاجتماعي; جمع فترات التأمين; أرضيات الحماية الاجتماعية; ~الحق في المعاش;
~الحصول على الحماية الاجتماعية^1.5; ~الحماية الاجتماعية^1; ~استحقاقاتهم^1; ~نقل استحقاقاتهم^2
`,
    ky: `~пенсиялык укук*^2; ~эмгек стаж*^1.5; ~социалдык камсыздоо жаатында*^2`,
    bn: `~পেনশন*^1.5; ~সামাজিক সুরক্ষা সুবিধা*^2`,
  },
  "gcm-23": {
    en: `international cooperation on migration^3; global partnerships^3; international cooperation; regional consultative process*; RCPs; GFMD;
Global Forum on Migration and Development; capacity-building mechanism; Migration Multi-Partner Trust Fund^3; United Nations Network on Migration^3;
International Migration Review Forum^3; bilateral cooperation; regional cooperation; multilateral cooperation; whole-of-society;
~mobility partnership*; ~Budapest Process; ~Rabat Process; ~Khartoum Process; ~Colombo Process; ~Abu Dhabi Dialogue; ~Puebla Process;
~South-South cooperation;
~development cooperation^1.5; ~policy coherence^1.5
~support one another^1.5; ~technical assistance^1; ~exchange of good practice*^1.5; ~regional platform*^1.5
~countries with fewer^1.5; ~fewer means^1.5; ~fewer resources^1.5; ~States that request it^1.5; ~countries that request it^1.5; ~joint programmes^1
`,
    fr: `coopération internationale en matière de migration^3; partenariats mondiaux^3; coopération internationale; processus consultatif* régiona*;
Forum mondial sur la migration et le développement; mécanisme de renforcement des capacités; Réseau des Nations Unies sur les migrations^3;
Forum d'examen des migrations internationales^3; coopération bilatérale; coopération régionale; coopération multilatérale;
~partenariat pour la mobilité; ~Processus de Rabat; ~Processus de Khartoum; ~coopération Sud-Sud;
~coopération au développement^1.5; ~cohérence des politiques^1.5
`,
    es: `cooperación internacional en materia de migración^3; alianzas mundiales^3; cooperación internacional; procesos consultivos regionales;
proceso consultivo regional; Foro Mundial sobre Migración y Desarrollo; mecanismo de creación de capacidad; Red de las Naciones Unidas sobre la Migración^3;
Foro de Examen de la Migración Internacional^3; cooperación bilateral; cooperación regional; cooperación multilateral; ~Conferencia Suramericana sobre Migraciones;
~Proceso de Quito; ~Conferencia Regional sobre Migración; ~cooperación Sur-Sur;
~cooperación para el desarrollo^1.5; ~coherencia de las políticas^1.5
`,
    ru: `международн* сотрудничеств* в области миграции^3; глобальн* партнерств*^3; международн* сотрудничеств*; регион* консультативн* процесс*;
Глобальн* форум* по миграции и развитию; механизм* наращивания потенциала; Сет* Организации Объединенных Наций по миграции^3;
Форум* по обзору международной миграции^3; двусторонн* сотрудничеств*; регионал* сотрудничеств*; многосторонн* сотрудничеств*;
~партнерств* по мобильности; ~Будапештск* процесс*; ~Алматинск* процесс*; ~сотрудничеств* Юг-Юг;
~сотрудничеств* в целях развития^1.5; ~согласованност* политик*^1.5
`,
    ro: `cooperar* internațional* în domeniul migrației^3; parteneriat* global*^3; cooperar* internațional*; proces* consultativ* regional*;
Forumul Global pentru Migrație și Dezvoltare; mecanism* de consolidare a capacităților; Rețeaua Națiunilor Unite pentru Migrație^3;
cooperar* bilateral*; cooperar* regional*; cooperar* multilateral*; ~parteneriat* de mobilitate; ~Procesul de la Budapesta;
~Parteneriatul Estic`,
    sr: `međunarodn* saradnj* u oblasti migracij*^3; globaln* partnerstv*^3; međunarodn* saradnj*; regionaln* konsultativn* proces*;
Globaln* forum* o migracijama i razvoju; mehaniz* za izgradnju kapaciteta; Mrež* Ujedinjenih nacija za migracije^3; bilateraln* saradnj*;
regionaln* saradnj*; multilateraln* saradnj*; ~partnerstv* za mobilnost; ~Budimpeštansk* proces*; ~Proces* Brdo`,
    ar: `التعاون الدولي في مجال الهجرة^3; الشراكات العالمية^3; التعاون الدولي; العمليات التشاورية الإقليمية; المنتدى العالمي للهجرة والتنمية;
آلية بناء القدرات; شبكة الأمم المتحدة المعنية بالهجرة^3; منتدى استعراض الهجرة الدولية^3; التعاون الثنائي; التعاون الإقليمي;
التعاون متعدد الأطراف; ~شراكة التنقل; ~مسار الرباط; ~مسار الخرطوم; ~التعاون جنوب جنوب`,
  },
};
