/**
 * Lexicons of the 13 `sector` categories (ids: shared/taxonomy/categories.ts SECTORS, a contract):
 * the development sector that migration is being discussed in.
 *
 * The tagger counts a sector term only when a migration anchor sits within its context window
 * (shared/tagger/score.ts), so these lists hold each sector's OWN vocabulary ("hospitals",
 * "labour market", "здравоохранение"), not migration words. Sector terms never act as migration
 * anchors. What is left out on purpose, because it is too generic or a look-alike:
 * - bare "security"/"sécurité"/"безопасность" (social, food, energy security are not justice),
 *   bare "environment" (enabling/policy/work environment), bare "local", "work", "data";
 * - French "genre" alone ("ce genre de"), Spanish "menor" alone ("en menor medida"), Romanian
 *   "fete" alone (folds to French "fête"), Arabic الأحداث (also "events");
 * - Russian stems whose Latin transliteration starts an unrelated word: no `суд*` ("sud" = French
 *   south), no `полици*` ("polici*" = policies), no `фермер*` ("fermer" = French to close).
 * A form spelt alike in two languages after folding (gender, pension*, municipal*, statistic*)
 * is listed once, and a word a broader stem already matches is not listed again (no double
 * counting). Weights: each sector's head nouns (health, education, employment, police, women,
 * children, statistics...) weigh 1.5, so one of them near a migration anchor asserts the sector;
 * other single words weigh 1 and need a second cue; phrases weigh 2.
 *
 * Vocabulary: editorial, as policy texts name these sectors; seeded from the research notes
 * (taxonomy.md B3) and extended. Terms only, no source sentences.
 */
import type { FacetLexicon } from "../types";

export const SECTOR_LEXICON: FacetLexicon = {
  employment: {
    en: `!ministries of; !ministries responsible for; !ministries in charge of; employment^1.5; unemployment^1.5; unemployed^1.5; labour market*; labor market*; job market*; jobs; job creation; job seeker*;
job placement; job matching; public employment service*; employment service*; employment agenc*; labour inspection*^1;
labor inspection*^1; labour inspector*^1; labor inspector*^1; decent work; working conditions; minimum wage*; wages;
occupational safety; occupational health and safety; employer*^1.5; self-employment; ministry of labour; ministry of labor;
vocational training; labour force; labor force; workplace*; trade union*;
employment contract*; labour law; labor law; labour code; labor code;
recruitment agenc*; recruiting agenc*; placement agenc*; find work; find jobs; find a job`,
    fr: `emploi^1.5; emplois; chômage^1.5; chômeur*^1.5; marché du travail; marché de l'emploi; service public de l'emploi; inspection du travail^1;
travail décent; conditions de travail; salaire minimum; salaire; salaires; employeur*^1.5; création d'emplois; demandeur* d'emploi;
insertion professionnelle; formation professionnelle; ministère du travail; ministère de l'emploi; syndicat*; ANAPEC; ANETI;
contrat de travail; contrats de travail; code du travail; droit du travail;
agences de recrutement; agence de recrutement; agences de placement; agence de placement; bureaux de placement; bureau de placement; placement des travailleurs
inspecteurs du travail^1.5`,
    es: `empleo^1.5; empleos; desempleo^1.5; desempleado*^1.5; mercado laboral; mercado de trabajo; servicio público de empleo; inserción laboral;
trabajo decente; condiciones laborales; condiciones de trabajo; salario mínimo; empleador*^1.5; inspección del trabajo^1;
inspección laboral^1; creación de empleo; ministerio del trabajo; ministerio de trabajo; formación profesional;
contrato de trabajo; contratos de trabajo; código del trabajo; derechos laborales;
orientación laboral; agencias de empleo; agencias de colocación; agencias de reclutamiento; trabajar formalmente; trabajo formal`,
    ru: `занятост*^1.5; безработиц*^1.5; безработн*^1.5; рынок труда; рынка труда; рынке труда; рынку труда;  рабоч* мест*;
служб* занятости; трудоустройств*; достойн* труд*; услови* труда; минимальн* заработн* плат*; заработн* плат*;
работодател*^1.5; инспекци* труда^1; профессиональн* обучени*; министерств* труда; профсоюз*;
рабоч* сил*^2; трудов* инспекци*^1;
охран* труда; трудов* прав*; трудов* договор*; трудов* кодекс*;
кадров* агентств*; частн* агентств* занятости`,
    ro: `ocuparea forței de muncă; ocupării forței de muncă; forța de muncă; forței de muncă; piața muncii; pieței muncii;
locuri de muncă; locurilor de muncă; loc de muncă; șomaj*^1.5; șomer*^1.5; angajator*^1.5; inspecția muncii^1; inspecției muncii^1;
condiți* de muncă; salariu* minim*; salari*; formare profesională; ministerul muncii; sindicat*; ANOFM;
contract* de muncă; contract* individual* de muncă; codul muncii;
agenți* private de ocupare; agenți* de recrutare
consiliere* pentru angajare^2; angajare^1; angajarea^1; angajării^1`,
    sr: `zapošljavanj*^1.5; nezaposlen*^1.5; tržišt* rada; radn* mest*;  nacionaln* služb* za zapošljavanje;
dostojanstven* rad*; uslov* rada; minimaln* zarad*; zarad*; poslodavac^1.5; poslodavc*^1.5; inspekcij* rada^1; stručn* osposobljavanj*;
ministarstv* za rad; sindikat*;
ugovor* o radu; zakon o radu; zakona o radu
traženj* posla^1.5`,
    ar: `التشغيل^1.5; البطالة^1.5; العاطلين; سوق الشغل; سوق العمل; فرص العمل; فرص الشغل; مناصب الشغل; خلق فرص العمل; الوكالة الوطنية للتشغيل;
مكاتب التشغيل; العمل اللائق; ظروف العمل; الحد الأدنى للأجور;  أصحاب العمل^1.5; صاحب العمل^1.5; المشغلين; مفتشية الشغل^1; تفتيش الشغل^1;
التكوين المهني; التدريب المهني; وزارة الشغل; وزارة العمل; النقابات;
أجور*; عقود عمل^2; عقد عمل^2; أجر; قانون العمل;
وكالات التوظيف; مكاتب التوظيف; مكاتب الاستقدام; وكالات الاستقدام
انتداب^1.5`,
    ky: `эмгек рыног*^2; жумуш менен камсыз*^2; жумушсуздук*^1.5; жумуш орундар*^2; иш берүүчү*^1.5; жумушка орноштуру*^1.5; эмгек шарттар*^2; эмгек инспекция*^2`,
    bn: `কর্মসংস্থান*^1.5; বেকারত্ব*^1.5; শ্রমবাজার*^2; শ্রম বাজার*^2; চাকরি*^1.5; নিয়োগকর্তা*^1.5; বৃত্তিমূলক প্রশিক্ষণ*^2; কারিগরি প্রশিক্ষণ*^2; রিক্রুটিং এজেন্সি*^1.5`,
  },
  education: {
    en: `!ministries of; !ministries responsible for; !ministries in charge of;   school*^1.5;  pupils; student*; universit*^1.5; higher education; teacher*; curricul*;
scholarship*; vocational education; technical and vocational education; TVET; diploma*; degree recognition; literacy;
enrolment; enrollment; early childhood education; language course*; language class*; ministry of education;
 language training^2;
qualifications; vocational certificate*; training institution*; bridging course*`,
    fr: `  enseignement;  scolaire*; école*^1.5;  étudiant*; enseignant*; bourse* d'études;
reconnaissance des diplômes; équivalence des diplômes; alphabétisation; formation technique et professionnelle;
cours de langue; ministère de l'éducation
formation linguistique; cours d'arabe; cours de darija; cours de français`,
    es: `educación^1.5;  escuela*^1.5; escolar*;  alumno*; estudiante*; universidad*^1.5; docente*; maestro*; beca; becas;
homologación de títulos; convalidación de títulos; alfabetización; educación técnica; cursos de idioma*;
ministerio de educación; cualificaciones
homologar^1.5; homologación de los títulos; convalidación de los títulos; títulos obtenidos^1.5; inscripción escolar^1.5; reconocimiento mutuo de las cualificaciones^2`,
    ru: `образовани*^1.5; образовательн*; школ*^1.5; учащ*; студент*; вуз*;  учител*; педагог*; стипенди*^1.5;
признани* диплом*; нострификаци*; профессиональн* образовани*; грамотност*; министерств* образовани*; языков* курс*;
курс* русского языка^2; курс* языка^2
общеобразовательн*^1.5`,
    ro: `educați*^1.5;  învățământ*^1.5; școal*^1.5; școli*^1.5; școlar*^1.5; elevi; elevii; elevilor; elevul; student*; universit*^1.5; profesor*; cadre didactice;
burs* de studii; echivalar* studiilor; recunoaștere* diplomelor; ministerul educației;
curs* de limb*^2`,
    sr: `obrazovanj*^1.5; obrazovn*; škol*^1.5; učenik*; student*; univerzitet*^1.5; nastavnik*;  
priznavanj* diplom*; pismenost*; ministarstv* prosvete; prosvet*;
kurs* jezika^2; visokoobrazovan*^1.5
kurs* srpskog jezika^2`,
    ar: `التعليم^1.5; التربية; التمدرس^1.5; المدرسة^1.5; المدارس^1.5; التلاميذ; الطلاب; الطلبة; الجامعة; الجامعات^1.5; التعليم العالي; المعلمين;
المنح الدراسية; معادلة الشهادات; الاعتراف بالشهادات; محو الأمية; التكوين المهني والتقني; وزارة التربية`,
    ky: `билим берүү^2; билим^1.5; мектеп*^1.5; жогорку окуу жай*^2`,
    bn: `শিক্ষা*^1.5; বিশ্ববিদ্যালয়*^1.5; বিদ্যালয়*^1.5`,
  },
  health: {
    en: `!ministries of; !ministries responsible for; !ministries in charge of; health^1.5; healthcare; health care; health services; health system*; health sector; hospital*^1.5; doctor*; physician*; nurse*;
nursing; health worker*; health workforce; health professional*; health personnel; medical care; medical treatment;
medical assistance; medical examination*; medical screening; mental health; psychosocial support; health insurance;
primary health care; public health; vaccination*; immunization; HIV; tuberculosis; maternal health; reproductive health;
epidemic*; pandemic*; COVID; ministry of health; !financial health; !health of the economy`,
    fr: `santé^1.5; soins de santé; services de santé; système de santé; hôpita*^1.5; médecin*; infirmi*; personnel de santé;
professionnels de santé; soins médicaux; assistance médicale; couverture médicale; assurance maladie; santé mentale;
soutien psychosocial; santé publique; santé maternelle; ministère de la santé; !santé financière`,
    es: `salud^1.5;  atención médica; atención sanitaria; servicios de salud; sistema de salud; hospital*^1.5; médico*;
enfermer*; personal sanitario; personal de salud; profesionales de la salud; seguro de salud; salud mental;
apoyo psicosocial; salud pública; vacunación; ministerio de salud`,
    ru: `здравоохранени*^1.5; здоровь*^1.5;  медицин*; больниц*^1.5; врач*; медсест*; медработник*; медицинск* персонал*;
медицинск* помощ*; медицинск* страховани*; психическ* здоровь*; психосоциальн* поддержк*; вакцинаци*; туберкулез*;
министерств* здравоохранени*`,
    ro: `sănătat*^1.5; sanitar*; servicii medicale; medici; medicul; medicilor; spital*^1.5; asistent* medical*;
cadre medicale; lucrător* medical*; personal* medical*; asigurar* medical*; asigurare* obligatorie de asistență medicală;
sănătate mintală; sprijin psihosocial; vaccinar*; ministerul sănătății`,
    sr: `zdravstv*^1.5; zdravlj*^1.5; bolnic*; lekar*; ljekar*;  medicinsk* sestr*; zdravstven* radni*; zdravstven* zaštit*;
zdravstven* osiguranj*; mentaln* zdravlj*; psihosocijaln* podršk*;  ministarstv* zdravlja`,
    ar: `الصحة^1.5; الصحية; الرعاية الصحية; الخدمات الصحية; النظام الصحي; المستشفى; المستشفيات; الأطباء; الطبيب; الممرضين; الممرضات;
العاملين الصحيين; الأطر الصحية; الكوادر الصحية; الرعاية الطبية; العلاج; التغطية الصحية; التأمين الصحي; الصحة النفسية;
الدعم النفسي; التلقيح; وزارة الصحة`,
    ky: `саламаттык сактоо^2; саламаттык*^1.5; медициналык жардам*^2; бейтапкана*^1.5; оорукана*^1.5`,
    bn: `স্বাস্থ্য^1.5; স্বাস্থ্যসেবা*^1.5; হাসপাতাল*^1.5; চিকিৎসা*^1.5`,
  },
  "social-protection": {
    en: `!ministries of; !ministries responsible for; !ministries in charge of; social protection; social security; social insurance; social assistance; social welfare; social benefits; social services;
social safety net*; pension*^1.5; retirement; old-age benefits; unemployment benefit*; child benefit*; family allowance*;
cash transfer*; social contributions; social security agreement*; portability of benefits; earned benefits;
health coverage; ministry of social affairs; social worker*^1.5;
guardianship authorit*^2`,
    fr: ` sécurité sociale; assurance sociale; aide sociale; assistance sociale; 
services sociaux; filets sociaux; retraite*^1.5; allocation* familiale*; allocation* chômage; transferts monétaires;
cotisations sociales; convention* de sécurité sociale; couverture sociale; portabilité des droits; caisse nationale de sécurité sociale;
CNSS; ministère des affaires sociales; travailleurs sociaux^1.5; travailleur social^1.5`,
    es: `protección social; seguridad social; seguro social;  prestaciones sociales; servicios sociales;
  jubilación^1.5; subsidio* de desempleo; transferencias monetarias; cotizaciones; convenio* de seguridad social;
IESS; trabajadores sociales^1.5; trabajador social^1.5`,
    ru: `социальн* защит*; социальн* обеспечени*; социальн* страховани*; социальн* помощ*; социальн* пособи*; социальн* услуг*;
пенсион*^1.5; пенсий; пенсии; пенсия; пособи* по безработиц*; страхов* взнос*; соглашени* о социальн* обеспечени*;
соглашени* о пенсионн* обеспечени*; социальн* фонд*; социальн* работник*^1.5; пенсиям; пенсиями; пенсию`,
    ro: `protecți* social*; asigurări sociale; asigurărilor sociale; asisten* social*; prestați* social*; servicii sociale;
pensie^1.5; pensii^1.5; pensiei; pensiile; pensiilor; indemnizați*; alocați*; contribuți* de asigurări sociale; acord* în domeniul securității sociale; securitate* social*;
casa națională de asigurări sociale; CNAS;
 autoritat* tutelar*^2`,
    sr: `socijaln* zaštit*; socijaln* osiguranj*; socijaln* pomoć*; socijaln* davanj*; socijaln* uslug*; penzij*^1.5; penzion*;
penzijsk* osiguranj*; naknad* za nezaposlen*; doprinos* za socijaln*; sporazum* o socijalnom osiguranju; centar za socijalni rad; socijaln* radni*^1.5`,
    ar: `الحماية الاجتماعية; الضمان الاجتماعي; التأمين الاجتماعي; المساعدة الاجتماعية; الرعاية الاجتماعية; الخدمات الاجتماعية;
المعاش^1.5; المعاشات; التقاعد^1.5; التغطية الاجتماعية; منح البطالة; التحويلات النقدية; اتفاقية الضمان الاجتماعي;
الصندوق الوطني للضمان الاجتماعي; وزارة الشؤون الاجتماعية; الأخصائيون الاجتماعيون^1.5; الأخصائيين الاجتماعيين^1.5`,
    ky: `социалдык коргоо^2; пенсиялык камсыздоо^2; социалдык камсыздоо*^2; эмгек стаж*^2; социалдык кызматкер*^2; социалдык жардам*^2`,
    bn: `সামাজিক সুরক্ষা*^2; সামাজিক নিরাপত্তা*^2; কল্যাণ তহবিল*^2; অনুদান*^1; বীমা^1.5; পেনশন*^1.5`,
  },
  "finance-economy": {
    en: `economy^1.5; economic development; economic growth; investment*^1.5; investor*; entrepreneur*; small business*; SMEs;
small and medium enterprises; small and medium-sized enterprises; micro-enterprise*; microfinance; microcredit*^1.5; bank;
banks; banking; bank account*; financial inclusion; financial literacy; financial services; financial sector; GDP;
gross domestic product; balance of payments; central bank; foreign direct investment; private sector; poverty reduction;
business development; ministry of finance; ministry of economy;
invest; savings^1.5; tax incentives^2`,
    fr: `économie^1.5; développement économique; croissance économique; investissement*^1.5; investisseur*;  entreprise*;
PME; microfinance; microcrédit*^1.5; banque*; bancaire*;  inclusion financière; éducation financière;
services financiers; secteur financier; PIB; produit intérieur brut; balance des paiements; banque centrale; secteur privé;
ministère des finances; ministère de l'économie;
investir^1.5; épargne^1.5; incitations fiscales^2`,
    es: `economía^1.5; desarrollo económico; crecimiento económico; inversión^1.5; inversiones^1.5; inversionista*; inversor*; emprendimiento*;
emprendedor*; empresa*; pymes; microfinanz*; negocio propio; crear un negocio; banco*;   inclusión financiera;
educación financiera; servicios financieros; sector financiero; PIB; producto interno bruto; balanza de pagos;
banco central; sector privado; ministerio de economía; ministerio de finanzas;
invertir^1.5; ahorro*^1.5; incentivos fiscales^2
crédito*^1.5; cuentas bancarias^1.5; cuenta bancaria^1.5; banca pública^1.5`,
    ru: `экономик*^1.5; экономическ* развити*; экономическ* рост*; инвестици*^1.5; инвестор*; предпринимател*; мал* бизнес*;
мал* и средн* предприяти*; микрофинанс*; микрокредит*^1.5; открыти* собственного дела; открыти* своего дела; банк; банки; банков*; банка; финансов* доступност*;
финансов* грамотност*; финансов* услуг*; финансов* сектор*; ВВП; валов* внутренн* продукт*; платежн* баланс*;
национальн* банк*; частн* сектор*; министерств* финансов; министерств* экономики;
инвестирова*^1.5; сбережени*^1.5; налогов* льгот*^2`,
    ro: `economia; economiei; economie; economiile; dezvoltar* economic*; creșter* economic*; investiți*^1.5; investitor*; antreprenor*;  afaceri*;
întreprinderi mici și mijlocii; IMM; microfinanțar*; microcredit*^1.5; bănci; băncil*; bancar*; incluziun* financiar*;
educați* financiar*; servicii financiare; sector* financiar*; produsul intern brut; balanța de plăți; banca națională;
sector* privat*; ministerul finanțelor; ministerul economiei;
economii^1.5; facilități fiscale^2
afacere^1; afacerea^1; investit^1; granturi*^1`,
    sr: `ekonomij*; privred*; ekonomsk* razvoj*; ekonomsk* rast*;  investitor*; preduzetni*; mal* i srednj* preduzeć*;
MSP; mikrokredit*^1.5; pokretanj* sopstvenog posla; pokretanj* sopstvenog biznisa; banke; bankama; bankarsk*; finansijsk* inkluzij*; finansijsk* pismenost*; finansijsk* uslug*;
finansijsk* sektor*; BDP; bruto domaći proizvod; platni bilans; narodna banka; privatn* sektor*; ministarstv* finansija;
ulaganj*^1.5; štednj*^1.5; poresk* olakšic*^2
račun* u banci^1.5; platn* uslug*^1.5`,
    ar: `الاقتصاد^1.5; الاقتصادي; التنمية الاقتصادية; النمو الاقتصادي; الاستثمار^1.5; الاستثمارات; المستثمرين; المقاولات; المقاولة;
المقاولين; ريادة الأعمال; المشاريع الصغيرة; المقاولات الصغرى والمتوسطة; التمويل الأصغر; القروض الصغرى; القروض الصغيرة; البنوك; المصارف;
الحسابات البنكية; الشمول المالي; الإدماج المالي; التثقيف المالي; الخدمات المالية; القطاع المالي; الناتج الداخلي الخام;
الناتج المحلي الإجمالي; ميزان المدفوعات; البنك المركزي; القطاع الخاص; وزارة المالية; وزارة الاقتصاد;
الادخار^1.5; الحوافز الضريبية^2
المدخرات^1.5; مدخرات^1.5; القنوات المصرفية^1.5; المشروعات الصغيرة^1.5; مشروعات صغيرة^1.5`,
    ky: `финансылык*^1.5; насыя*^1.5; чакан бизнес*^2; ишкердик*^1.5`,
    bn: `বিনিয়োগ*^1.5; ঋণ^1.5; ব্যাংক^1.5; ব্যাংকের^1.5; আর্থিক*^1.5; বন্ড*^1; উদ্যোক্তা*^1.5; প্রণোদনা*^1; লেনদেন*^1`,
  },
  "agriculture-rural": {
    en: `agricultur*^1.5; farming; farmer*^1.5; farm; farms; farmland; rural development; rural area*; rural livelihood*; rural communit*;
rural population*; rural economy; rural household*; countryside; villages; food security; livestock; crops; harvest*;
irrigation; fisheries; agribusiness; land tenure; smallholder*; ministry of agriculture`,
    fr: `développement rural; milieu rural;  monde rural; communes rurales; exploitation* agricole*; agriculteur*;
sécurité alimentaire; élevage; paysan*;  pêche; villages; ministère de l'agriculture`,
    es: `  agricultor*^1.5; campesin*; desarrollo rural;  áreas rurales; medio rural; sector rural;
seguridad alimentaria; ganadería; cosecha*; riego; pesca; fincas; ministerio de agricultura`,
    ru: `сельск* хозяйств*; сельскохозяйственн*^1.5; аграрн*; фермерск*; фермеров; фермеры; сельск* местност*; сельск* район*;
сельск* территори*; развити* сел*; сельск* населени*; продовольственн* безопасност*; животноводств*; урожа*; орошени*;
 министерств* сельского хозяйства`,
    ro: `agricultur*^1.5; agricol*^1.5; fermier*; dezvoltar* rural*; mediul rural; mediului rural; zon* rural*; localități rurale;
comunități rurale; securitate* alimentar*; zootehni*; recolt*; irigați*; sate; satele; ministerul agriculturii`,
    sr: `poljoprivred*^1.5;  ruraln* razvoj*; ruraln* područj*; seosk* područj*; selo; sela; seoska domaćinstva;
seosk* sredin*; prehramben* sigurnost*; stočarstv*; žetv*; navodnjavanj*; ministarstv* poljoprivrede`,
    ar: `الفلاحة^1.5; الزراعة^1.5; الفلاحين; المزارعين; الزراعي; الفلاحي; التنمية القروية; التنمية الريفية; العالم القروي; المناطق القروية;
المناطق الريفية; الأرياف; الوسط القروي; الأمن الغذائي; تربية المواشي; المحاصيل; الري; الصيد البحري; وزارة الفلاحة`,
    ky: `айыл чарба*^2`,
    bn: `কৃষি^1.5; কৃষির^1.5; গ্রামীণ*^1.5`,
  },
  "environment-climate-disaster": {
    en: `climate change; climate-related; climate hazards; climate impacts; environmental degradation; environmental change*; natural environment; disaster*^1.5;
natural hazard*; disaster risk reduction; disaster risk management; DRR; flood*^1.5; drought*^1.5; cyclone*; hurricane*^1.5;
earthquake*; sea-level rise;  rising sea levels; desertification; land degradation; climate adaptation;
adaptation to climate change; climate resilience; Sendai Framework; national adaptation plan*; slow-onset events;
extreme weather; heatwave*; Paris Agreement; ministry of environment`,
    fr: `changement* climatique*; climatique*; dégradation de l'environnement; dégradation environnementale; protection de l'environnement;
catastrophe*^1.5; aléas naturels; réduction des risques de catastrophe; inondation*; sécheresse*^1.5; cyclone*; séisme*;
élévation du niveau de la mer; désertification; adaptation au changement climatique; résilience climatique;
cadre de Sendai; ministère de l'environnement`,
    es: `cambio climático; climátic*; degradación ambiental; medio ambiente; ambiental*; desastre*^1.5; amenazas naturales;
reducción del riesgo de desastres; gestión de riesgos; inundacion*; sequía*^1.5; huracán*;  terremoto*; sismo*;
aumento del nivel del mar; desertificación; adaptación al cambio climático; resiliencia climática; marco de Sendai;
ministerio del ambiente`,
    ru: `изменени* климата; климатическ*; экологическ*; окружающ* сред*; деградаци* окружающ* сред*; бедстви*^1.5; стихийн* бедстви*;
чрезвычайн* ситуаци*; снижени* риска бедствий; наводнени*; засух*^1.5; землетрясени*;  опустынивани*;
адаптаци* к изменению климата; сендайск* рамочн* программ*; паводк*`,
    ro: `schimbări* climatic*;  climatic*; degradar* mediului; mediul înconjurător; mediului înconjurător;
protecți* mediului; dezastr*^1.5; calamit*; reducer* riscului de dezastre; inundați*; secet*^1.5; cutremur*; deșertificar*;
adaptar* la schimbările climatice; reziliență climatică; cadrul de la Sendai; ministerul mediului`,
    sr: `klimatsk* promen*; klimatsk* promjen*; životn* sredin*; degradacij* životne sredine; katastrof*^1.5; elementarn* nepogod*;
vanredn* situacij*; smanjenj* rizika od katastrofa; poplav*; suša; suše; sušom; zemljotres*; dezertifikacij*; prilagođavanj* klimatskim promenama;
otpornost* na klimatske promene; sendajsk* okvir*; ministarstv* zaštite životne sredine`,
    ar: `تغير المناخ; التغيرات المناخية; التغير المناخي; المناخ; المناخية;  البيئية; التدهور البيئي; الكوارث^1.5; الكوارث الطبيعية;
المخاطر الطبيعية; الحد من مخاطر الكوارث; الفيضانات; الجفاف; الأعاصير; الزلازل; التصحر; ارتفاع مستوى سطح البحر;
التكيف مع تغير المناخ; القدرة على الصمود; إطار سنداي; وزارة البيئة`,
    ky: `табигый кырсык*^2; жаратылыш кырсык*^2; жер көчкү*^1.5; кургакчылык*^1.5`,
    bn: `জলবায়ু*^1.5; ঘূর্ণিঝড়*^1.5; বন্যা^1.5; বন্যার^1.5; বন্যায়^1.5; নদীভাঙন*^1.5; লবণাক্ততা*^1; দুর্যোগ*^1.5; পরিবেশ*^1`,
  },
  "urban-local": {
    en: `local government*^1; local authorit*^1; municipal*^1.5; city; cities; urban; urbanization; urbanisation; urban area*; urban planning;
local self-government^1; local development^1; local level; local action plan*; city council*; mayor*; town*; informal settlement*;
slum*; housing; decentralization; decentralisation; local communit*; metropolitan;
local development plan*^2; community centre*^1; community center*^1
`,
    fr: `collectivités territoriales^1; collectivités locales^1; autorités locales^1;    villes; ville;
urbain*; urbanisation; développement local^1; plan de développement local; plan communal; conseil municipal; maire*;
quartiers informels; bidonville*; logement; décentralisation; régionalisation; élus locaux^1;
plans de développement local^2; plans communaux de développement^2; plan communal de développement^2; centres communautaires^1
la commune^1.5; les communes^1.5; communes d'origine^2; commune d'origine^2; logement social^1.5
`,
    es: `gobiernos locales^1; gobierno local^1; gobiernos autónomos descentralizados^1; GAD;  ciudad*; urbano*; urbana*;
urbanización; desarrollo local^1; planificación urbana; alcald*; asentamientos informales; vivienda; descentralización;
autoridades locales^1; cantones; cantonal*;
planes de desarrollo territorial^2; plan de desarrollo territorial^2; planes de desarrollo local^2; plan de desarrollo local^2; centros comunitarios^1
municipio*^1.5
`,
    ru: `местн* самоуправлени*^1; органы местной власти^1; органов местной власти^1; местн* орган*^1;  
город*;   местн* развити*^1; мэрия; мэрии; жилищ*; неформальн* поселени*; децентрализаци*; айыл окмоту;
местн* сообществ*;
местн* публичн* управлени*^1; населенн* пункт*^1.5;
план* местного развития^2; программ* местного развития^2
новостройк*^1.5
`,
    ro: `autorități publice locale^1; autoritățile publice locale^1; autorităților publice locale^1; APL; primăriile; primăriilor; primăriei; primarul; primarii; primarilor;
municipiu^1.5; municipiul; municipiile; oraș*; urbane;  urbanizar*; dezvoltar* locală^1; dezvoltării locale^1; consiliul local; consiliile locale; consili* raional*;
raion*; locuinț*; descentralizar*; comunități locale; comunitățile locale; administrați* publică locală^1;
primăria^1.5; primărie^1.5; localități*^1.5;
plan* de dezvoltare locală^2; strategi* de dezvoltare locală^2
`,
    sr: `lokaln* samouprav*^1; opštin*^1.5; grad; gradov*; gradsk*; urbanizacij*; lokaln* razvoj*^1;
lokaln* akcion* plan*; gradonačelni*; predsedni* opštine; stanovanj*; neformaln* naselj*;  lokaln* zajednic*;
stambeno zbrinjavanj*^2; stamben*; naselj*^1;
plan* lokalnog razvoja^2; lokaln* plan* razvoja^2
`,
    ar: `الجماعات الترابية^1; الجماعات المحلية^1; السلطات المحلية^1; البلديات^1.5; البلدية; المدن; المدينة;
الحضرية; التمدن; التحضر; التنمية المحلية^1; التخطيط الحضري; المجالس البلدية; المجلس البلدي; العمدة; السكن^1.5;
الأحياء العشوائية; اللامركزية; الجهوية;
مخطط التنمية المحلية^2; مخططات التنمية المحلية^2; برنامج عمل الجماعة^2
`,
    ky: `шаарлар*^1.5; шаардык*^1.5; жергиликтүү өз алдынча башкаруу*^2; башкы план*^2`,
    bn: `নগর^1.5; নগরের^1.5; শহর*^1.5; পৌরসভা*^1.5; সিটি কর্পোরেশন*^2; স্থানীয় সরকার*^2`,
  },
  "justice-security": {
    en: `!ministries of; !ministries responsible for; !ministries in charge of; police^1.5; policing; law enforcement; prosecution^1.5; prosecutor*^1.5; public prosecutor*; court; courts; judge*;  
criminal code; penal code; criminal justice; criminal offence*; criminal offense*; criminal liability; criminal proceedings;
  organized crime; organised crime; criminal network*;   imprisonment; prison*;
 national security; public security; internal security; state security; public order; security forces;
border police; border guard*; ministry of interior; ministry of the interior; ministry of internal affairs; terrorism;
access to justice; criminal investigation*;
shall be punished^2; punishable^1.5; criminal prosecution^2;
criminalize^1.5; criminalizes^1.5; criminalise^1.5; criminalises^1.5; criminalization^1.5; criminalisation^1.5; impunity^1.5;
prosecute^1.5; prosecuted^1.5; punish^1.5; joint investigation teams^2; border management^1.5; border control^1.5; border controls^1.5;
border officials^1.5; border posts^1.5; border authorities^1.5; hate crime*^2; hate speech^1.5; due process^1.5
`,
    fr: `police^1.5; policier*; forces de l'ordre; poursuites^1.5; parquet; procureur*;  tribunaux; juge*; judiciaire*; 
justice pénale; infraction* pénale*; sanctions pénales; crime*; criminalité organisée; réseaux criminels; 
emprisonnement^1.5; prison*; sécurité nationale; sécurité publique; sécurité intérieure; ordre public;
police des frontières; garde-frontière*; ministère de l'intérieur; terrorisme; accès à la justice; gendarmerie;
est puni^1.5; est punie^1.5; peine d'emprisonnement^2; poursuites pénales^2;
incriminer^1.5; impunité^1.5; équipes communes d'enquête^2; gestion des frontières^1.5; contrôle aux frontières^1.5;
contrôles aux frontières^1.5; postes frontières^1.5; rétention administrative^1.5; discours de haine^1.5; garanties procédurales^1.5
privés de liberté^1.5; privation de liberté^1.5; aide juridictionnelle^1.5
`,
    es: `policía*^1.5;  fuerzas del orden; fiscalía; fiscales; tribunal*; juez; jueces; judicial*;  código orgánico integral penal;
justicia penal; delito*; crimen organizado; delincuencia organizada; redes criminales; pena* de prisión; prisión;
cárcel*; seguridad nacional; seguridad pública; seguridad ciudadana; orden público; policía de fronteras; guardia fronteriza;
ministerio del interior; ministerio de gobierno; terrorismo; acceso a la justicia;
será sancionado^2; será castigado^2; privación de libertad^2; privado* de libertad^2;
tipificar^1.5; impunidad^1.5; enjuiciar^1.5; equipos conjuntos de investigación^2; gestión de fronteras^1.5;
control fronterizo^1.5; controles fronterizos^1.5; puestos fronterizos^1.5; personal de fronteras^1.5; detención^1.5; discurso de odio^1.5; debido proceso^1.5
`,
    ru: ` полиции^1.5;   полицейск*; правоохранительн*; прокуратур*^1.5; прокурор*; судебн*; судами; 
судья; судьи; уголовн*; преступлени*; преступност*; организованн* преступн*; преступн* групп*; лишени* свободы;
наказани*; тюрьм*; национальн* безопасност*; общественн* безопасност*; государственн* безопасност*; общественн* порядк*;
пограничн* служб*; пограничн* войск*; министерств* внутренних дел; МВД; терроризм*; доступ* к правосудию;
наказыва*^1.5; уголовн* преследовани*^2;
безнаказанност*^1.5; пограничн* контрол*^1.5; задержани*^1.5; язык* вражды^1.5; надлежащ* правов* процедур*^1.5
к ответственности^1.5; под стражей^1.5
бесплатн* юридическ* помощ*^1.5
`,
    ro: `poliția; poliției; polițist*^1.5; poliția de frontieră; organe de drept; organele de drept; procuratur*; procuror*; instanț* de judecată;
instanțel*; judecător*; judiciar*;  cod* penal*; infracțiun*; penal*; crimă organizată; criminalitate*;
rețele criminale; închisoare; detenți*^1.5; securitate* național*; securitate* public*; ordine* public*; ministerul afacerilor interne;
 terorism*; acces* la justiție; justiți*;
se pedepsește^2; urmărire* penală^2;
impunitat*^1.5; controlul la frontieră^1.5; controlului la frontieră^1.5; gestionarea frontierelor^1.5; discurs* instigator* la ură^1.5
`,
    sr: `policij*^1.5; policajc*; organ* unutrašnjih poslova; tužilaštv*; tužioc*; tužilac; sudov*; sudsk*; sudij*; pravosud*;
krivičn* zakonik*; krivičn* del*; krivičn* postupk*; kriminal*; organizovan* kriminal*; kazn*; zatvor*; nacionaln* bezbednost*;
javn* bezbednost*; javn* red*; granična policija; granične policije; ministarstv* unutrašnjih poslova; MUP; terorizm*;
pristup* pravdi;
kazniće se^2; krivičn* gonjenj*^2;
nekažnjivost*^1.5; granična kontrola^1.5; granične kontrole^1.5; upravljanj* granicom^1.5; pritvor*^1.5; govor* mržnje^1.5
besplatn* pravn* pomoć*^1.5
`,
    ar: `الشرطة^1.5; الأمن الوطني; الأمن العام; الأمن الداخلي; قوات الأمن; الدرك; النيابة العامة; وكيل الملك; المحاكم; المحكمة; 
القضائية; القضاة; القانون الجنائي; المجلة الجزائية; الجرائم; الجريمة; الجريمة المنظمة; الشبكات الإجرامية; العقوبات;
السجن^1.5; الحبس; النظام العام; شرطة الحدود; حرس الحدود; وزارة الداخلية; الإرهاب; الولوج إلى العدالة; اللجوء إلى القضاء;
يعاقب^1.5; المتابعة القضائية^2;
الإفلات من العقاب^1.5; إدارة الحدود^1.5; مراقبة الحدود^1.5; الاحتجاز^1.5; خطاب الكراهية^1.5
`,
    ky: `ички иштер органдар*^2; милиция*^1.5; укук коргоо органдар*^2; кылмыш*^1.5`,
    bn: `পুলিশ*^1.5; আদালত*^1.5; বিচার*^1.5; অপরাধ*^1.5; আইনশৃঙ্খলা*^1.5; আইন প্রয়োগকারী সংস্থা*^2; আইনি সহায়তা*^1.5; মামলা*^1`,
  },
  gender: {
    en: `women^1.5; woman^1.5; girls^1.5; female^1.5; gender^1.5; gender equality; gender-responsive; gender-sensitive; gender-based violence;
sexual and gender-based violence; SGBV; gender perspective; gender dimension*; gender mainstreaming; women and girls;
women migrant workers; female migrant workers; migrant women; feminization; feminisation; women's empowerment;
empowerment of women; pregnant women; wives; mothers`,
    fr: `femme*^1.5; filles; jeunes filles; féminin*; égalité de genre; égalité entre les femmes et les hommes; égalité femmes-hommes;
sensible au genre; approche genre; approche sensible au genre; violence* basée* sur le genre; violence* fondée* sur le genre;
dimension de genre; perspective de genre; travailleuses migrantes; autonomisation des femmes; épouses; mères`,
    es: `mujer*^1.5; niñas; femenin*; igualdad de género; perspectiva de género; enfoque de género; violencia de género;
violencia basada en género; sensible al género; trabajadoras migrantes; empoderamiento de las mujeres; esposas; madres`,
    ru: `женщин*^1.5; девочек; девочки; девочкам; девушк*; гендерн*; равноправи* полов; равенств* полов; насили* в отношении женщин;
 жен мигрантов; жены; матерей`,
    ro: `femei^1.5; femeile^1.5; femeilor^1.5; femeie^1.5; fetele; fetelor; femei și fete; egalitate* de gen; egalității de gen; dimensiun* de gen;
perspectiv* de gen; violenț* bazat* pe gen; violenț* în familie; sensibil* la gen; abordare* de gen; soți*; mame*`,
    sr: `žena^1.5; žene^1.5; ženama^1.5; ženu^1.5; ženski*; devojčic*; devojk*; rodn* ravnopravnost*; ravnopravnost* polova; rodno zasnovan* nasilj*;
rodn* perspektiv*; rodno osetljiv*; rodn* dimenzij*; nasilj* nad ženama; migrantkinj*; supruge; majk*`,
    ar: `المرأة^1.5; النساء^1.5; الفتيات;  الإناث; النوع الاجتماعي; مقاربة النوع; المساواة بين الجنسين; المساواة بين المرأة والرجل;
العنف القائم على النوع; العنف ضد المرأة; العنف ضد النساء; المهاجرات; العاملات; تمكين المرأة; الزوجات; الأمهات`,
    ky: `аялдар*^1.5; кыздар*^1.5`,
    bn: `নারী^1.5; নারীদের^1.5; নারীর^1.5; লিঙ্গভিত্তিক সহিংসতা*^2; জেন্ডার*^1.5`,
  },
  "youth-children": {
    en: `child*^1.5; minors^1.5; unaccompanied minors; unaccompanied children; separated children; youth^1.5; young people; young persons;
adolescent*;  orphan*; best interests of the child; child protection; child-sensitive; early childhood;
young migrants; students abroad;
!enrol their children; !enroll their children; !enrol children; !enroll children; !enrolling their children; !their children can enrol;
!their children can enroll; !spouses and children; !spouse and children`,
    fr: `enfant*^1.5; mineur*^1.5; mineurs non accompagnés; jeune*^1.5;  adolescent*; orphelin*; intérêt supérieur de l'enfant;
protection de l'enfance; petite enfance;
!scolarisation de leurs enfants; !scolariser leurs enfants; !conjoints et enfants; !conjoints et leurs enfants`,
    es: `niño*^1.5; niña*^1.5; niñez; infancia; menores^1.5; menores de edad; menores no acompañados; jóvenes^1.5; juventud; juvenil*;
adolescent*; huérfan*; interés superior del niño; protección de la infancia`,
    ru: `детей^1.5; дети^1.5; детям^1.5; детьми^1.5; детск*; ребен*; несовершеннолетн*^1.5; молодеж*^1.5;  молод* люд*; подростк*;
сирот*; наилучш* интерес* ребенка; защит* детей; защит* прав детей`,
    ro: `copii^1.5; copiii^1.5; copiilor^1.5; copil^1.5; copilul^1.5; copilului^1.5; copilări*; minori^1.5; minorii; minorilor; minor* neînsoțiți; tineri^1.5;
tinerii; tinerilor; tineret*; adolescenț*; orfan*; interesul superior al copilului; protecți* copilului`,
    sr: `deca^1.5; dece^1.5;  decom^1.5; decu^1.5; dete^1.5; deteta^1.5; detetu^1.5; djeca^1.5; djece^1.5; dečij*; maloletn*^1.5; mladi^1.5; mladih; mladima; mladim ljudima;
omladin*; adolescent*; siroč*; najbolj* interes* deteta; zaštit* dece`,
    ar: `الأطفال^1.5; الطفل^1.5;   الطفولة; القاصرين; القاصرون; القاصر; القاصرين غير المصحوبين; الأطفال غير المصحوبين;
الشباب^1.5; الشابات; المراهقين; اليتامى; الأيتام; المصلحة الفضلى للطفل; حماية الطفولة`,
    ky: `балдар*^1.5; жаштар*^1.5; баланын^1.5; балага^1.5; жашы жете элек*^1.5`,
    bn: `শিশু^1.5; শিশুদের^1.5; শিশুর^1.5; সন্তান*^1.5; কিশোর*^1.5`,
  },
  "foreign-affairs": {
    en: `!ministries of; !ministries responsible for; !ministries in charge of;   embassy^1.5; embassies^1.5; diplomatic mission*; diplomatic representation*;  diplomat*;
ambassador*; ministry of foreign affairs; foreign ministry; foreign policy; bilateral relations; foreign affairs;
missions abroad; consular network; consular services; honorary consul*`,
    fr: `consulat*^1.5; consulaire*^1.5; ambassade*^1.5; missions diplomatiques; représentations diplomatiques;  
 ministère des affaires étrangères; affaires étrangères; politique étrangère; relations bilatérales;
réseau consulaire; postes consulaires`,
    es: `consulado*; consular*^1.5; embajada*^1.5; misiones diplomáticas; representaciones diplomáticas; diplomacia; 
 ministerio de relaciones exteriores; cancillería; relaciones exteriores; política exterior; relaciones bilaterales;
red consular; servicios consulares`,
    ru: `консульств*^1.5; консульск*^1.5; посольств*^1.5;  дипломат*; посол; министерств* иностранных дел;
иностранных дел; внешн* политик*; двусторонн* отношени*; загранучреждени*; консульск* учреждени*`,
    ro: `consulat*^1.5; consular*^1.5; ambasad*^1.5; misiun* diplomatic*;    
ministerul afacerilor externe; afacerilor externe; afaceri externe; politic* externă; relați* bilaterale; MAEIE`,
    sr: `konzulat*^1.5; konzularn*^1.5; ambasad*^1.5; diplomatsk* predstavništv*; diplomatsk* misij*;  diplomat*; 
ministarstv* spoljnih poslova; spoljn* poslov*; spoljn* politik*; bilateraln* odnos*`,
    ar: `القنصليات; القنصلية^1.5; القنصلي; السفارات; السفارة^1.5; البعثات الدبلوماسية; التمثيليات الدبلوماسية; الدبلوماسية; السفير;
وزارة الشؤون الخارجية; وزارة الخارجية; الشؤون الخارجية; السياسة الخارجية; العلاقات الثنائية; المراكز القنصلية`,
    ky: `тышкы иштер министрлиги*^2; консулдук*^1.5; элчилик*^1.5`,
    bn: `দূতাবাস*^1.5; পররাষ্ট্র মন্ত্রণালয়*^2; শ্রম উইং^2; শ্রম উইংয়ে^2; শ্রম উইংয়ের^2; কনস্যুলার*^1.5; হাইকমিশন*^1.5`,
  },
  statistics: {
    en: `statistic*^1.5; census^1.5; censuses; population census; household survey*; labour force survey*; labor force survey*; survey*;
data collection; disaggregated data; administrative data; national statistical office; statistical office; statistical system;
statistics agency; data sharing; indicators;  registry data; population register*;
disaggregated by sex^2; national survey*^2; evidence base^1`,
    fr: `statistique*^1.5; recensement*^1.5; recensement général de la population; enquête* auprès des ménages; enquête* sur la main-d'œuvre;
enquête*; collecte de données; collecte des données; données ventilées; données administratives; institut national de la statistique;
 office national de la statistique; système statistique; haut-commissariat au plan; HCP; registre* de population;
ventilées par sexe^2; enquête nationale^2`,
    es: `estadístic*^1.5; censo*^1.5; censo de población; encuesta* de hogares; encuesta*; recolección de datos; recopilación de datos;
datos desglosados; registros administrativos; datos administrativos; instituto nacional de estadística; INEC; 
sistema estadístico; registro* de población;
desglosados por sexo^2; encuesta nacional^2`,
    ru: `статистик*^1.5;  перепис* населения; перепис*^1.5; обследовани* домохозяйств*; обследовани* рабочей силы; обследовани*;
опрос*; сбор* данных; дезагрегированн* данн*; административн* данн*; национальн* статистическ* комитет*; нацстатком;
бюро национальной статистики; регистр* населения;
в разбивке по полу^2; национальн* обследовани*^2`,
    ro: `statistic*^1.5; recensământ*^1.5; recensământul populației; cercetar* statistic*; anchet* în gospodării; ancheta forței de muncă;
sondaj*; colectar* datelor; colectar* de date; date dezagregate; date administrative; biroul național de statistică; BNS;
sistem* statistic*; registr* de stat al populației;
dezagregat* pe sexe^2; anchet* național*^2`,
    sr: `statistik*;  popis stanovništva; popis*^1.5; anket* o radnoj snazi; anket*; istraživanj* domaćinstava; prikupljanj* podataka;
razvrstan* podac*; administrativn* podac*; republičk* zavod za statistiku; RZS; statističk* sistem*; registar stanovništva;
razvrstan* po polu^2; nacionaln* anket*^2`,
    ar: `الإحصاء^1.5; الإحصائيات; الإحصاءات; الإحصائية; التعداد^1.5; الإحصاء العام للسكان; تعداد السكان; المسح; المسوح; البحث الوطني;
بحث وطني حول; جمع البيانات; البيانات المصنفة; البيانات الإدارية; المعهد الوطني للإحصاء; المندوبية السامية للتخطيط;
المعطيات الإحصائية; السجلات الإدارية;
مصنفة حسب الجنس^2`,
    ky: `статистика комитети*^2; калкты каттоо*^2`,
    bn: `পরিসংখ্যান*^1.5; জরিপ*^1.5; আদমশুমারি*^1.5; তথ্য সংগ্রহ*^2`,
  },
};
