/**
 * Lexicons of the 7 `stage` categories: the step of the migration-mainstreaming process a text
 * describes (ids in shared/taxonomy/categories.ts STAGES; the steps follow the GMG handbook on
 * mainstreaming migration into development planning and national practice).
 *
 * Stage terms are PROCESS language (raising awareness, situation analysis, inter-ministerial
 * working group, integrating migration into the development plan, action plan and budget,
 * indicators and monitoring, training of officials), not the policy's content. They are not
 * migration anchors; the tagger scores them only on texts that are about migration. Phrases
 * weigh 2 (one asserts a stage), bare words 1; very generic words ("training", "budget",
 * "study") are left as single words so that one alone does not decide. A form spelt alike in
 * two languages after folding is listed once.
 *
 * Vocabulary: editorial, after taxonomy.md A5 and B8; terms only.
 */
import type { FacetLexicon } from "../types";

export const STAGE_LEXICON: FacetLexicon = {
  "awareness-preparation": {
    en: `awareness raising; raising awareness;  sensitization; sensitisation; political will; political commitment; high-level commitment;
buy-in; scoping mission; inception workshop; inception phase; kick-off meeting; launch of the programme; launch event; preparatory phase;
designation of a focal point; lead agency; national consultation*; stakeholder consultation*; stakeholder mapping; roadmap for mainstreaming`,
    fr: `sensibilisation; actions de sensibilisation; volonté politique; engagement politique; engagement au plus haut niveau; atelier de lancement;
lancement du programme; phase préparatoire; phase de démarrage; mission de cadrage; désignation d'un point focal; consultations nationales;
concertation avec les parties prenantes; cartographie des parties prenantes`,
    es: `sensibilización; concienciación; voluntad política; compromiso político; taller de arranque; taller de lanzamiento; lanzamiento del programa;
fase preparatoria; fase inicial; misión de alcance; designación de un punto focal; consultas nacionales; consulta con actores; mapeo de actores`,
    ru: `повышени* осведомленности; информировани* населения; информационно-разъяснительн* работ*; политическ* вол*; политическ* приверженност*;
вводн* семинар*; запуск* программы; подготовительн* этап*; начальн* этап*; назначени* контактн* лиц*; национальн* консультаци*;
консультаци* с заинтересованными сторонами; картировани* заинтересованных сторон`,
    ro: `sensibilizar*; conștientizar*; informar* publicului; voință politică;  angajament* politic*; atelier* de lansare; lansar* programului;
etap* pregătitoare; faz* inițială; desemnar* punctelor focale; consultări* naționale; consultar* părților interesate; cartografier* părților interesate`,
    sr: `podizanj* svesti; informisanj* javnosti; politička volja; političk* posvećenost*; uvodn* radionic*; pokretanj* programa; pripremn* faz*;
početn* faz*; imenovanj* kontakt osob*;  konsultacij* sa zainteresovanim stranama; mapiranj* zainteresovanih strana`,
    ar: `التوعية; التحسيس; حملات التحسيس; الإرادة السياسية; الالتزام السياسي; ورشة الانطلاق; إطلاق البرنامج; المرحلة التحضيرية; مرحلة الانطلاق;
تعيين نقطة اتصال; المشاورات الوطنية; التشاور مع الأطراف المعنية; رسم خريطة الأطراف المعنية`,
  },
  "evidence-situation-analysis": {
    en: `situation analysis; situational analysis; situation assessment; baseline study; baseline assessment; baseline data; migration profile*;
extended migration profile*; mapping exercise;  needs assessment; gap analysis; policy review; institutional mapping; desk review;
rapid assessment; household survey*; study^1; survey^1; research^1; assessment^1`,
    fr: `analyse de situation; analyse situationnelle; état des lieux;  étude de base; situation de référence; profil migratoire; profils migratoires;
cartographie; évaluation des besoins; analyse des lacunes; revue des politiques; revue documentaire; étude^1; enquête^1; recherche^1`,
    es: `análisis de situación; análisis situacional;  línea de base; estudio de línea de base; perfil migratorio; perfiles migratorios; mapeo;
evaluación de necesidades; análisis de brechas; revisión de políticas; revisión documental; estudio^1; encuesta^1; investigación^1`,
    ru: ` анализ* ситуации; анализ* текущей ситуации; базов* лини*; базов* исследовани*;  картировани*;
оценк* потребностей; анализ* пробелов; обзор* политики; кабинетн* исследовани*; исследовани*^1; опрос*^1; обследовани*^1`,
    ro: `analiz* situației; analiz* situațional*; analiz* de situație; diagnostic*; studiu* de referință; situați* de referință; profil* migrațional*;
cartografier*; evaluar* necesităților; evaluar* nevoilor; analiz* decalajelor; analiz* lacunelor; revizuir* politicilor; studiu^1; sondaj^1; cercetar*^1`,
    sr: `analiz* stanja; situacion* analiz*; analiz* situacije; polazn* osnov*; polazn* studij*; migracion* profil*; mapiranj*; procen* potreba;
analiz* nedostataka; pregled* politika; bela knjiga; studij*^1; istraživanj*^1; anket*^1`,
    ar: `تحليل الوضع; تشخيص الوضع; التشخيص; دراسة خط الأساس; خط الأساس; الملمح الهجري; رسم الخرائط; تقييم الاحتياجات; تحليل الثغرات;
مراجعة السياسات; دراسة^1; مسح^1; بحث ميداني`,
  },
  "coordination-mechanism": {
    en: `inter-ministerial committee; interministerial committee; inter-ministerial working group; interministerial working group; inter-agency working group;
technical working group; working group on migration; national coordination mechanism; coordination mechanism; coordination council; coordination body;
steering committee; national commission on migration; task force; focal points; network of focal points; multi-stakeholder platform;
national working group; inter-institutional committee; working group^1`,
    fr: `comité interministériel; commission interministérielle; groupe de travail interministériel; groupe de travail technique; mécanisme national de coordination;
mécanisme de coordination; organe de coordination; comité de pilotage; commission nationale; réseau de points focaux; points focaux; plateforme multi-acteurs;
cadre de concertation; groupe de travail^1`,
    es: `comité interinstitucional; comité interministerial; mesa interinstitucional; mesa técnica; grupo de trabajo interinstitucional; mecanismo de coordinación;
mecanismo nacional de coordinación; consejo de coordinación; comité directivo; comisión nacional; puntos focales; red de puntos focales; plataforma multiactor;
grupo de trabajo^1`,
    ru: `межведомственн* координационн* совет*; межведомственн* рабоч* групп*; межведомственн* комисси*; координационн* совет*; 
координационн* орган*; руководящ* комитет*; национальн* комисси*; контактн* лиц*; сет* контактных лиц; рабоч* групп*^1`,
    ro: `comisi* interministerial*; consili* interministerial*; grup* de lucru interministerial*; grup* de lucru interinstituțional*; mecanism* de coordonare;
mecanism* național* de coordonare; consiliu* de coordonare; organ* de coordonare; comitet* de coordonare; comitet* de conducere; comisi* națională;
rețea* punctelor focale; puncte* focale; grup* de lucru^1`,
    sr: `koordinacion* tel*; međuresorn* radn* grup*; međuresorn* telo; posebn* radn* grup*; koordinacion* mehaniz*;  savet* za migracij*;
projektn* odbor*; upravn* odbor*; nacionaln* komisij*; kontakt osob*; mrež* kontakt osoba; radn* grup*^1`,
    ar: `لجنة وزارية مشتركة; لجنة بين وزارية; اللجنة المشتركة بين الوزارات; فريق عمل تقني; فريق العمل المشترك بين الوزارات; آلية التنسيق;
الآلية الوطنية للتنسيق; مجلس التنسيق; هيئة التنسيق; لجنة القيادة; اللجنة التوجيهية; اللجنة الوطنية; نقاط الاتصال; شبكة نقاط الاتصال;
فريق عمل^1`,
  },
  "policy-integration": {
    en: `mainstreaming migration^3; mainstream migration into; migration mainstreaming; integrate migration into; integrating migration into;
integration of migration into; incorporate migration into; national development plan; sectoral policies; sectoral strategies; policy coherence;
migration chapter; strategic priorities; policy objectives; development planning; policy formulation; policy development^1; drafting of the strategy;
five-year plan; Vision 2030; ~mainstreaming`,
    fr: `intégration de la migration dans^3; intégrer la migration dans; intégration de la migration; prise en compte de la migration;
plan national de développement; politiques sectorielles; stratégies sectorielles; cohérence des politiques; priorités stratégiques;
planification du développement; formulation des politiques; élaboration de la stratégie; plan quinquennal; ~intégration transversale`,
    es: `transversalizar la migración^3; transversalización de la migración; transversalización; incorporar la movilidad humana en; incorporación de la migración;
integración de la migración en; Plan Nacional de Desarrollo; políticas sectoriales; estrategias sectoriales; coherencia de políticas; prioridades estratégicas;
planificación del desarrollo; formulación de políticas; elaboración de la estrategia; agendas de igualdad`,
    ru: `учет* миграции в^3; учет* миграционн* фактор*; включени* миграционн* составляющ*; интеграци* миграции в; национальн* стратеги* развития;
отраслев* политик*; отраслев* стратеги*; согласованност* политики; стратегическ* приоритет*; планировани* развития; разработк* политики;
разработк* стратегии; пятилетн* план*`,
    ro: `integrarea migrației în^3; integrar* migrației; integrar* aspectelor de migrație; includer* migrației în; Strategia națională de dezvoltare;
politici* sectoriale; strategii* sectoriale; coerenț* politicilor; priorități* strategice; planificar* dezvoltării; elaborar* politicilor;
elaborar* strategiei; documente* de politici`,
    sr: `uključivanj* migracija u^3; integracij* migracija u; uključivanj* migracij*; uvođenj* migracij* u; strategij* razvoja; sektorsk* politik*;
sektorsk* strategij*; koherentnost* politika; strateški prioriteti; planiranj* razvoja; izrad* politik*; izrad* strategij*`,
    ar: `إدماج الهجرة في^3; إدماج الهجرة; تعميم مراعاة الهجرة; إدراج الهجرة في; الخطة الوطنية للتنمية; المخطط الخماسي; السياسات القطاعية;
الاستراتيجيات القطاعية; انسجام السياسات; الأولويات الاستراتيجية; التخطيط التنموي; إعداد السياسات; إعداد الاستراتيجية`,
  },
  "action-planning-implementation": {
    en: `action plan; plan of action; implementation plan;  pilot project*; pilot initiative*; budget allocation*; budgeting; costing;
costed action plan; resource mobilization; resource mobilisation; roll-out; responsible institution*; implementing agenc*; timeline; time frame^1;
implementation^1; budget^1; activities^1`,
    fr: `plan d'action; plan national d'action; plan de mise en œuvre; mise en œuvre^1; projet* pilote*; allocation budgétaire; budgétisation;
chiffrage; mobilisation des ressources; structures responsables; institutions responsables; calendrier de mise en œuvre; échéancier; budget^1`,
    es: `plan de acción; plan de implementación; implementación^1; ejecución^1; puesta en marcha^1; proyecto* piloto*; asignación presupuestaria;
presupuestación; costeo; movilización de recursos; instituciones responsables; cronograma; presupuesto^1`,
    ru: `план* действий; план* мероприятий; план* реализации; реализаци*^1; выполнени* мероприятий; пилотн* проект*; бюджетн* ассигновани*;
 оценк* стоимости; мобилизаци* ресурсов; ответственн* исполнител*; срок* исполнения; бюджет*^1`,
    ro: `plan* de acțiuni; plan* de acțiune; plan* de implementare; implementar*^1; punere* în aplicare^1; realizar* acțiunilor; proiect* pilot*;
alocar* bugetar*;   estimar* costurilor; mobilizar* resurselor; instituți* responsabil*; termen* de realizare; buget*^1`,
    sr: `akcion* plan*; plan* aktivnosti; plan* sprovođenja; sprovođenj*^1; realizacij* mera; pilot projek*; budžetsk* sredst*; 
procen* troškova; mobilizacij* sredstava; nosilac aktivnosti; nosioci aktivnosti; rok* za realizaciju; budžet*^1`,
    ar: `خطة العمل;  المخطط التنفيذي; خطة التنفيذ; تنفيذ^1;  مشروع نموذجي; مشاريع نموذجية; المشاريع التجريبية; تخصيص الميزانية;
الاعتمادات المالية; تقدير التكاليف; تعبئة الموارد; الجهات المسؤولة; الجدول الزمني; الميزانية^1`,
  },
  "monitoring-evaluation": {
    en: `monitoring and evaluation^3; M&E; M&E framework; monitoring framework; results framework; indicators; performance indicators; progress report*;
mid-term review; midterm review; mid-term evaluation; final evaluation; impact evaluation; annual review; reporting mechanism; monitoring mechanism;
baseline and targets; target values; means of verification; evaluation^1`,
    fr: `suivi et évaluation^3; suivi-évaluation; cadre de suivi; cadre de résultats; indicateurs; indicateurs de performance; rapport de suivi; rapports de suivi;
rapport d'avancement; évaluation à mi-parcours; revue à mi-parcours; évaluation finale; évaluation d'impact; mécanisme de suivi; valeurs cibles;
sources de vérification; suivi^1`,
    es: `monitoreo y evaluación^3; seguimiento y evaluación^3; marco de monitoreo; marco de resultados; indicadores; indicadores de desempeño; informe de avance;
informes de seguimiento; evaluación de medio término; evaluación intermedia; evaluación final; evaluación de impacto; mecanismo de seguimiento;
metas; medios de verificación; seguimiento^1; monitoreo^1`,
    ru: `мониторинг* и оценк*^3; систем* мониторинга; рамк* результатов; индикатор*; показател* эффективности; показател* результативности;
отчет* о ходе реализации; отчет* о выполнении; промежуточн* оценк*; итогов* оценк*; оценк* воздействия; механизм* мониторинга; целев* значени*;
мониторинг*^1`,
    ro: ` monitorizar* și evaluar*; cadr* de monitorizare; cadr* de rezultate; indicatori*; indicatori* de performanță;
raport* de monitorizare; raport* privind implementarea; evaluar* intermediar*; evaluar* finală; evaluar* de impact; mecanism* de monitorizare; valori* țintă;
monitorizar*^1`,
    sr: `praćenj* i evaluacij*^3; praćenj* i vrednovanj*^3; praćenj* i ocen*; okvir* za praćenje; okvir* rezultata; pokazatelj*; indikator*; izveštaj* o sprovođenju;
izveštaj* o napretku; srednjoročn* evaluacij*; završn* evaluacij*; procen* uticaja; mehaniz* praćenja; ciljn* vrednost*; praćenj*^1`,
    ar: `الرصد والتقييم^3; المتابعة والتقييم^3; إطار الرصد; إطار النتائج; المؤشرات; مؤشرات الأداء; مؤشرات القياس; تقرير مرحلي; تقارير المتابعة;
تقرير التقدم; التقييم المرحلي; تقييم منتصف المدة; التقييم النهائي; تقييم الأثر; آلية المتابعة; القيم المستهدفة; المتابعة^1; الرصد^1`,
  },
  "capacity-building": {
    en: `capacity building^3;  capacity development; capacity strengthening; strengthen the capacity; strengthening the capacities;
training of trainers; training of officials; training sessions; training courses; training programme*; workshops; study visit*; peer learning;
peer exchange; technical assistance; e-learning; toolkit; training modules; curriculum for officials;  workshop^1`,
    fr: `renforcement des capacités^3; renforcer les capacités; développement des capacités; formation des formateurs; formation des fonctionnaires;
formation des agents; sessions de formation; modules de formation; ateliers de formation; visite* d'étude*; échange* d'expériences;
apprentissage entre pairs; assistance technique; formation en ligne; boîte à outils; formation^1`,
    es: `fortalecimiento de capacidades^3; fortalecimiento de las capacidades^3; desarrollo de capacidades; creación de capacidad; formación de formadores;
capacitación de funcionarios; capacitación de servidores públicos; talleres de capacitación; cursos de capacitación; módulos de capacitación;
visita* de estudio; intercambio* de experiencias; asistencia técnica; aprendizaje en línea; capacitación^1; taller^1`,
    ru: `наращивани* потенциала^3; укреплени* потенциала^3; развити* потенциала; обучени* тренеров; подготовк* тренеров; обучени* государственных служащих;
обучени* сотрудников; обучающ* семинар*; учебн* курс*; учебн* модул*; учебн* визит*; учебн* поездк*; обмен* опытом; техническ* помощ*;
дистанционн* обучени*; тренинг*^1; семинар*^1; обучени*^1`,
    ro: ` consolidar* capacităților; dezvoltar* capacităților; consolidarea capacităţilor instituţionale; formare* de formatori;
instruir* funcționarilor; instruir* angajaților; sesiuni de instruire; cursuri de instruire; module de instruire; ateliere de instruire; vizit* de studiu;
schimb* de experiență; asistenț* tehnică; instruire online; instruir*^1; training*^1; atelier*^1`,
    sr: `jačanj* kapaciteta^3; izgradnj* kapaciteta^3; razvoj* kapaciteta; obuk* trenera; obuk* službenika; obuk* zaposlenih; program* obuke; modul* obuke;
studijsk* poset*; studijsk* putovanj*; razmen* iskustava; tehničk* pomoć*; onlajn obuk*; obuk*^1; radionic*^1`,
    ar: `بناء القدرات^3; تعزيز القدرات^3; تقوية القدرات; تنمية القدرات; تكوين المكونين; تدريب المدربين; تكوين الموظفين; تدريب الموظفين; دورات تكوينية;
دورات تدريبية; وحدات تكوينية; زيارة دراسية; زيارات دراسية; تبادل الخبرات; المساعدة التقنية; التكوين عن بعد; تدريب^1; التكوين^1; ورشة عمل^1`,
  },
};
