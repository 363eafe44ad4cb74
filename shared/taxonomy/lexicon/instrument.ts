/**
 * Lexicons of the 10 `instrument` categories (ids: shared/taxonomy/categories.ts INSTRUMENTS):
 * what KIND of document a text is. Single-valued: the tagger keeps the best-scoring one, and
 * counts hits in the first 300 characters (and in a given title) double, so the document's own
 * title and enacting formula decide before mentions of other instruments in the body.
 *
 * Weights: `^3` marks a decisive formula that names the document itself ("Law No.", "Legea nr.",
 * "Hotărârea Guvernului", "Federal Law", "we commit"); plain phrases weigh 2; bare words
 * ("Act", "Decree", "report") weigh 1, so one mention in the body alone cannot decide. Forms
 * are mostly nominative/title forms on purpose: a law that cites another law ("in accordance
 * with the Law on Foreigners", "в соответствии с Законом") uses oblique cases that these
 * exact forms do not match. Government decisions that approve a strategy take the type of the
 * approved document in the reference; the approval formulas ("cu privire la aprobarea
 * Strategiei", "об утверждении Концепции") are therefore listed under the approved type too.
 * "policy" alone is not a cue (every migration text says "policy"); "other" collects guidance,
 * handbooks, speeches and press releases.
 *
 * Vocabulary: editorial, from the titles and formulas of laws, decrees, strategies and plans in
 * these languages (taxonomy.md B4, B10). Terms only, no source sentences.
 */
import type { FacetLexicon } from "../types";

export const INSTRUMENT_LEXICON: FacetLexicon = {
  law: {
    en: `Law No^3; Act No^3; Organic Law^3; Federal Law^3; Act; Acts; Bill; this Act^3; this Law^3; the present Law^3;
hereby enacted^3; be it enacted^3; enacted by Parliament^3; Parliament enacts; Labour Code^3; Criminal Code; Penal Code;
Law on^2; Law of the Republic^3; shall enter into force; Official Gazette; Overseas Employment and Migrants Act^3;
Immigration Act^3; Emigration Act^3; Act of Parliament^3; statute`,
    fr: `Loi n^3; Loi no^3; Loi organique^3; Loi relative^3; Loi portant^3; la présente loi^3; Code du travail^3; Code pénal;
Code de la nationalité^3; dahir portant promulgation de la loi^3; dahir portant promulgation^3; promulgue la loi^3;
Assemblée des représentants du peuple; Bulletin officiel; Journal officiel; entre en vigueur; loi; lois`,
    es: `Ley No^3; Ley N^3; Ley Orgánica^3; Ley de^2; Ley Federal^3; la presente Ley^3; esta Ley^3; Código del Trabajo^3;
Código Orgánico^3; Código Penal; Asamblea Nacional decreta; Registro Oficial; entrará en vigor; ley; leyes; Artículo^2`,
    ru: `Закон^1.5; Федеральный закон^3; Закон Кыргызской Республики^3; Закон Республики^3; настоящ* закон*^3;
Трудовой кодекс^3; Кодекс; Уголовный кодекс; принят Жогорку Кенешем^3; Жогорку Кенеш; вступает в силу;
Парламент принимает настоящий органический закон^3; органическ* закон*^3; Статья^2`,
    ro: `Legea nr^3; Lege nr^3; Legea^1.5; Lege^1.5; Lege organică^3; prezenta lege^3; prezentei legi^3; Parlamentul adoptă^3;
Codul muncii^3; Codul penal; Monitorul Oficial; intră în vigoare`,
    sr: `Zakon o^3; Zakon^1.5; Zakonik; ovaj zakon^3; ovog zakona^3; ovim zakonom^3; ovom zakonu^3; Narodna skupština^2;
Službeni glasnik^2; Ukaz o proglašenju Zakona^3; proglašava se Zakon^3; Krivični zakonik; stupa na snagu`,
    ar: `قانون رقم^3; قانون عدد^3; القانون الأساسي^3;  ظهير شريف^3; ظهير شريف بتنفيذ القانون^3; هذا القانون^3;
مدونة الشغل^3; مجلة الشغل^3; المجلة الجزائية; القانون الجنائي; مجلس نواب الشعب; الجريدة الرسمية; الرائد الرسمي; قانون`,
    ky: `Кыргыз Республикасынын Мыйзамы^3; ушул Мыйзам*^3; мыйзам^1.5; мыйзамы^1.5; мыйзамга^1.5; мыйзамда^1.5; мыйзамдын^1.5`,
    bn: `এই আইনের^3; এই আইনে^3; আইনের^1.5; আইনটি^1.5; অধ্যাদেশ^1.5`,
  },
  regulation: {
    en: `Decree^1.5; Decree No^3; Presidential Decree^3; Executive Decree^3; Government Decision^3; Regulations^1.5; Rules^1;
Statutory Regulatory Order^3; SRO^2; Ordinance^1.5; by-law; bylaw; Ministerial Order^3; Government Resolution^3;
Cabinet Decision^3; Executive Order^3; implementing regulation*; these Regulations^1.5; these Rules^2`,
    fr: `Décret^1.5; Décret n^3; Décret gouvernemental^3; Décret exécutif^3; Décret-loi^3; Arrêté^1.5; Arrêté ministériel^3;
Arrêté n^3; Circulaire^1.5; Circulaire n^3; le présent décret^3; le présent arrêté^3; règlement; décret d'application^3`,
    es: `Decreto^1.5; Decreto Ejecutivo^3; Decreto Supremo^3; Decreto No^3; Reglamento^1.5; Reglamento a la Ley^3;
Acuerdo Ministerial^3; Resolución Ministerial^3; Resolución No^3; el presente Reglamento^3; el presente Decreto^3`,
    ru: `Постановление^1.5; Постановление Правительства^3; Постановлени* Кабинет* Министров^3; Указ^1.5; Указ Президента^3;
Распоряжение^1.5; Распоряжение Правительства^3; Приказ^1; Положение о порядке^3; Порядок^0.5; Правила^0.5;
настоящ* постановлени*^2.5; Правительство Кыргызской Республики постановляет^3; Правительство постановляет^3`,
    ro: `Hotărârea Guvernului^3; Hotărâre de Guvern^3; Hotărârea nr^3; HG nr^3; Hotărâre^1.5; Guvernul hotărăște^3;
Regulament^1.5; Regulamentul^1.5; Ordin^1.5; Ordinul^1.5; Ordin nr^3; Dispoziție^1.5; Decret^1.5; Decretul Președintelui^3;
prezenta hotărâre^2.5`,
    sr: `Uredba o^3; Uredba^1.5; Pravilnik o^3; Pravilnik^1.5; Odluka o^2; Odluka^1; Uputstvo o^2; Vlada donosi^3;
Rešenje o^2; ova uredba^2.5; ovaj pravilnik^2.5;
ove uredbe^2.5; ovom uredbom^2.5`,
    ar: `مرسوم^1.5; مرسوم رقم^3; مرسوم عدد^3; مرسوم حكومي^3; أمر حكومي^3; قرار^1; قرار وزاري^3; قرار مشترك^3; منشور^1.5;
منشور عدد^3; هذا المرسوم^3; هذا القرار^2; المرسوم التطبيقي^3`,
    ky: `токтом*^1.5; Министрлер Кабинетинин токтому^3; Өкмөтүнүн токтому^3; ушул Жобо*^3`,
    bn: `বিধিমালা*^2; এই বিধিমালা*^3; প্রজ্ঞাপন*^1.5`,
  },
  policy: {
    en: `National Policy^2; Policy on^2; National Migration Policy^3; National Labour Migration Policy^3; Welfare and Overseas Employment Policy^3;
policy framework; white paper^3; green paper^3; policy document; policy paper; concept of the migration policy^3; state policy concept^3;
this Policy^3; the Policy^1`,
    fr: `politique nationale^2; politique migratoire nationale^3; politique nationale migratoire^3; livre blanc^3; document de politique;
cadre politique; note de politique;
la présente politique^3`,
    es: `Política Nacional^2; Política Pública^2; Política Migratoria^2; política integral^2; libro blanco^3; documento de política;
la presente Política^3; esta Política^2`,
    ru: `Концепция^3; Концепци* миграционн* политик*^3; Концепци* государственн* миграционн* политик*^3;
об утверждении Концепции^3; государственн* миграционн* политик*^2; Белая книга^3; Основные направления^2;
настоящ* концепци*^3`,
    ro: `Politica națională^2; Politica de stat^3; Concepția^3; Concepția politicii^3; Cartea albă^3; document de politici^3;
documentul de politici^3; politica statului în domeniul migrației^3; cu privire la aprobarea Concepției^3;
prezenta Concepție^3; prezenta politică^3`,
    sr: `Politika^1; nacionalna politika^2; Koncept^2; Koncepcija^3; Bela knjiga^3; migraciona politika^2; politika upravljanja migracijama^3;
ova politika^3; ove politike^3`,
    ar: `السياسة الوطنية^2;  السياسة الوطنية للهجرة^2; الكتاب الأبيض^3; وثيقة السياسة العامة^3; السياسة العمومية^2;
هذه السياسة^3`,
    ky: `концепциясы^2`,
    bn: `নীতিমালা*^2; এই নীতিমালা*^3`,
  },
  strategy: {
    en: `National Strategy^3; Strategy^1.5; Strategy for^2; Strategy on^2; strategic plan^2; national development plan^3;
Five Year Plan^3;  perspective plan^3; Vision 2030^3; National Development Strategy^3; strategic objectives;
strategic framework; this Strategy^1.5; the Strategy^1`,
    fr: `Stratégie nationale^3; Stratégie^1.5; Stratégie Nationale d'Immigration et d'Asile^3; plan de développement^2;
plan national de développement^3; plan quinquennal^3; vision 2030^3; la présente stratégie^3; axes stratégiques;
objectifs stratégiques; orientations stratégiques`,
    es: `Estrategia^1.5; Estrategia Nacional^3; Plan Nacional de Desarrollo^3; Plan Nacional de Movilidad Humana^3; Plan Nacional^2;
la presente Estrategia^3; ejes estratégicos; objetivos estratégicos; lineamientos estratégicos`,
    ru: `Стратегия^1.5; Национальная стратегия^3; Национальн* стратеги* развития^3; Стратеги* развития^3; настоящ* стратеги*^3;
об утверждении Стратегии^3; Программа развития^2; стратегическ* цел*; стратегическ* направлени*`,
    ro: `Strategia națională^3; Strategia^1.5; Strategie^1.5; Strategiei naționale^3; Strategia națională de dezvoltare^3;
Moldova 2030^3; Diaspora-2025^3; cu privire la aprobarea Strategiei^3; prezenta Strategie^3; obiective strategice;
direcții strategice; priorități strategice`,
    sr: `Strategija^1.5; Nacionalna strategija^3; Strategija razvoja^3; Strategija o^3; Strategija za^3; Strategija upravljanja^3;
ova strategija^3; strateški ciljevi; strateški okvir; strateški pravci;
ove strategije^3; ovom strategijom^3; ovoj strategiji^3`,
    ar: `الاستراتيجية الوطنية^3;  استراتيجية^1.5;  المخطط الخماسي^3; المخطط التنموي^2;
مخطط التنمية^3; رؤية 2030^3; المحاور الاستراتيجية; الأهداف الاستراتيجية;
هذه الاستراتيجية^3`,
    ky: `стратегиясы^2; ушул Стратегия*^3; Стратегиянын^2; Стратегияда^2`,
    bn: `কৌশল^1.5; এই কৌশল*^3; জাতীয় কৌশল*^2; কৌশলপত্র*^2`,
  },
  "action-plan": {
    en: `Action Plan^3; Plan of Action^3; National Action Plan^3; Local Action Plan^3; implementation plan^2; road map^2; roadmap^2;
work plan^2; action matrix; responsible institution*; deadline*; timeframe; this Action Plan^3;
national plan for implementing the Global Compact^3; plan for implementing the Global Compact^3; national implementation plan for the Global Compact^3; GCM implementation plan^3`,
    fr: `Plan d'action^3; Plan national d'action^3; Plan d'action national^3; Plan d'actions^3; feuille de route^2;
plan de mise en œuvre^2; plan opérationnel^2; matrice d'actions; structure responsable; échéancier; délai de réalisation;
plan national de mise en œuvre du Pacte mondial^3; plan de mise en œuvre du Pacte mondial^3`,
    es: `Plan de acción^3; Plan de Acción Nacional^3; Plan Nacional de Acción^3; hoja de ruta^2; plan de implementación^2;
plan operativo^2; plan de trabajo^2; cronograma; institución responsable; plazo de ejecución;
plan nacional de implementación del Pacto Mundial^3; plan de implementación del Pacto Mundial^3`,
    ru: `План действий^3; План мероприятий^3; План мер^3; Национальн* план* действий^3; План по реализации^3;
дорожн* карт*^2; срок* исполнения; срок* реализации; ответственн* исполнител*; об утверждении Плана^3;
национальн* план* реализации Глобального договора^3; план* реализации Глобального договора^3`,
    ro: `Plan de acțiuni^3; Planul de acțiuni^3; Planului de acțiuni^3; Planul național de acțiuni^3; Plan de acțiune^3;
foaie de parcurs^2; foaia de parcurs^2; plan de implementare^2; termen de realizare; termenul de realizare;
instituți* responsabil*; cu privire la aprobarea Planului^3;
prezentul Plan^3;
plan* național* de implementare a Pactului Global^3; plan* de implementare a Pactului Global^3`,
    sr: `Akcioni plan^3; Akcionog plana^3; Akcionim planom^3; Lokalni akcioni plan^3; plan aktivnosti^2; plan sprovođenja^2;
mapa puta^2; rok za realizaciju; rok realizacije; nosilac aktivnosti; nosioci aktivnosti; odgovorni subjekt;
nacionaln* plan* za sprovođenje Globalnog dogovora^3; plan* za sprovođenje Globalnog dogovora^3`,
    ar: `خطة العمل^3;  خطة العمل الوطنية^3; مخطط عمل^3; المخطط التنفيذي^3; خارطة طريق^2; خريطة طريق^2;
الجدول الزمني; الجهة المسؤولة; الجهات المسؤولة; آجال التنفيذ;
هذه الخطة^2;
الخطة الوطنية لتنفيذ الميثاق العالمي^3; خطة تنفيذ الميثاق العالمي^3; الخطة الوطنية لتنفيذ الاتفاق العالمي^3; خطة تنفيذ الاتفاق العالمي^3`,
    ky: `иш-аракеттер план*^3; иш-аракет план*^3; иш-чаралар план*^3`,
    bn: `কর্মপরিকল্পনা*^3`,
  },
  programme: {
    en: `Programme^1; Program^1; national programme^3; state programme^3; project^1; projects^1; project document^3; the project^1;
pilot project^2; scheme^1; initiative^1; fund^1; project budget^2; project outputs^2; project activities^2;
Joint Global Programme^3; programme document^3; expected outputs^2;
this Programme^3; this Program^3; the Programme^1`,
    fr: `Programme national^3; programme^1; projet^1; projets^1; document de projet^3; projet pilote^2; dispositif^1;
activités du projet^2; bénéficiaires; résultats attendus;
le présent programme^3`,
    es: `Programa Nacional^3; Programa^1.5; proyecto^1; proyectos^1; documento de proyecto^3; proyecto piloto^2; fondo^1;
actividades del proyecto^2;  resultados esperados;
el presente Programa^3`,
    ru: `Государственн* программ*^3; Программа^1.5; проект^1; проекта^1; пилотн* проект*^2; фонд^1;
мероприятия проекта^2; бенефициар*; ожидаем* результат*; об утверждении Программы^3;
настоящ* программ*^3`,
    ro: `Programul de stat^3; Programul național^3; Programul^1.5; Program^1; proiect^1; proiectul^1; proiect* pilot^2;
fond^1; activitățile proiectului^2; beneficiar*; rezultate* așteptate; cu privire la aprobarea Programului^3;
prezentul Program^3`,
    sr: `Program^1.5; Nacionaln* program*^3; projekat^1; projekta^1; pilot projek*^2; fond^1; aktivnosti projekta^2;
korisnici; korisnika; očekivan* rezultat*;
ovaj program^3; ovog programa^3`,
    ar: `البرنامج الوطني^3; برنامج^1.5;  مشروع^1;  مشروع نموذجي^2; مشروع تجريبي^2; صندوق^1;
أنشطة المشروع^2; المستفيدين; النتائج المتوقعة;
هذا البرنامج^3`,
    ky: `программасы^2; ушул Программа*^3`,
    bn: `এই কর্মসূচি*^3; কর্মসূচি*^1.5`,
  },
  agreement: {
    en: `Agreement between^3; Agreement^1.5; bilateral agreement^2; Memorandum of Understanding^3; MoU^2; Convention^1;
International Convention^2; Protocol^1; Treaty^1.5; Global Compact^2; Global Compact for Safe Orderly and Regular Migration^3; Global Compact for Migration^3;
we commit^3; Member States commit^3; the Contracting Parties^3; Contracting Party^3; the Parties agree^3; the Parties shall^3;
have agreed as follows^3; ratification^1; accession^1; readmission agreement^2; labour agreement^2; partnership agreement^2;
this Global Compact^3; realize this commitment^3;
the two Governments^2; Governments agree^3`,
    fr: `Accord entre^3; Accord^1.5; accord bilatéral^2; Mémorandum d'entente^3; protocole d'accord^3; Convention^1; Convention internationale^2;
Pacte mondial^2; nous nous engageons^3; les États membres s'engagent^3; les Parties contractantes^3; Partie contractante^3;
sont convenus de ce qui suit^3; ratification^1; accord de réadmission^2;
le présent Pacte mondial^3; tenir cet engagement^2;
les deux Gouvernements^2`,
    es: `Acuerdo entre^3; Acuerdo^1.5; acuerdo bilateral^2; Convenio^1.5; Convenio entre^3; Memorando de Entendimiento^3;
Convención^1; Convención Internacional^2; Pacto Mundial^2; nos comprometemos^3; los Estados Miembros se comprometen^3;
las Partes Contratantes^3; Parte Contratante^3; han convenido lo siguiente^3; ratificación^1;
el presente Pacto Mundial^3; cumplir este compromiso^2;
ambos Gobiernos^2; los dos Gobiernos^2`,
    ru: `Соглашение между^3; соглашени*^1; двусторонн* соглашени*^2; Меморандум о взаимопонимании^3;
Договор^1.5; Конвенция^1; Международн* конвенци*^2; Глобальн* договор*^2; мы обязуемся^3; государства-члены обязуются^3;
 Договаривающ* Сторон*^3; согласились о нижеследующем^3; ратификаци*^1;
настоящ* Глобальн* договор*^3`,
    ro: `Acordul între^3; Acord între^3; Acordul^1.5; Acord^1.5; acord bilateral^2; Memorandum de înțelegere^3; Memorandumul de înțelegere^3;
Convenția^1; Convenție^1; Pactul global^2; ne angajăm^3; statele membre se angajează^3; Părțile contractante^3;
Partea contractantă^3; au convenit următoarele^3; ratificar*^1;
prezentul Pact global^3`,
    sr: `Sporazum između^3; sporazum*^1; bilateraln* sporazum*^2; Memorandum o razumevanju^3; Konvencija^1;
Međunarodn* konvencij*^2;  Globalni kompakt^2; obavezujemo se^3; Strane ugovornice^3; strana ugovornica^3;
sporazumele su se o sledećem^3; potvrđivanju^1;
ovaj Globalni dogovor^3`,
    ar: `اتفاقية بين^3; اتفاق بين^3; اتفاقية^1.5; اتفاق^1.5; اتفاقية ثنائية^2; مذكرة تفاهم^3; بروتوكول^1; الاتفاقية الدولية^2;
الاتفاق العالمي^2; الميثاق العالمي^2; نلتزم^3; تلتزم الدول الأعضاء^3; الطرفان المتعاقدان^3; الأطراف المتعاقدة^3;
اتفق الطرفان^3; المصادقة^1;
هذا الاتفاق العالمي^3; الطرفان^2; الطرفين^1.5`,
    ky: `макулдашуу^1.5; макулдашуусу^1.5; милдеттенебиз^3`,
    bn: `চুক্তি^1.5; সমঝোতা স্মারক^3; অঙ্গীকার করছি^3`,
  },
  "institutional-mechanism": {
    en: `terms of reference^3; is hereby established^3; shall be established^2; establishment of the^2; inter-ministerial committee^2;
interministerial committee^2; national coordination mechanism^2; coordination council^2; steering committee^2;
working group^1; task force^1; focal point*^1; composition of the^2; shall be composed of^3; the committee shall^2;
the council shall^2; rules of procedure^3; secretariat of the^2; mandate of the^2; chairperson^1; members of the committee^2;
composed of representatives^3`,
    fr: `termes de référence^3; est créé^3; est institué^3; portant création^3; création d'une commission^3; Commission nationale^2;
comité interministériel^2; conseil national^2; comité de pilotage^2; groupe de travail^1; points focaux^1;
composition du^2; est composé de^3; règlement intérieur^3; attributions^1; secrétariat permanent^2; observatoire^1;
composé de représentants^3; composée de représentants^3`,
    es: `términos de referencia^3; se crea^3; créase^3; creación del^2; Consejo Nacional^2; comité interinstitucional^2;
mesa interinstitucional^2; mecanismo de coordinación^2; comisión nacional^2; grupo de trabajo^1; puntos focales^1;
estará integrado por^3; estará conformado por^3; reglamento interno^3; atribuciones^1; secretaría técnica^2`,
    ru: `Положение о^2; Положени* о совет*^3; Положение о комиссии^3; образовать^3; создать^1; создается^3; образуется^3;
межведомственн* координационн* совет*^2; межведомственн* комисси*^2; координационн* совет*^2; рабоч* групп*^1;
состав* совета^3; состав* комиссии^3; регламент работы^3; полномочи* совета^2; председатель совета^2; секретариат^1`,
    ro: `Regulamentul de organizare și funcționare^3; regulamentului de organizare și funcționare^3; se instituie^3; se creează^3;
se constituie^3; constituirea^2; Consiliul^1; Consiliul național^2; comisie interministerială^2; comisia națională^2;
consiliu de coordonare^2; grup de lucru^1; puncte focale^1; componența nominală^3; componența^1; atribuțiile^1;
secretariatul^1; cu privire la instituirea^3; cu privire la crearea^3`,
    sr: `Savet za^1.5; obrazuje se^3; osniva se^3; osnivanje^2; koordinaciono telo^2; koordinacionog tela^2; međuresorna radna grupa^2;
radna grupa^1; Komesarijat^1; Odluka o obrazovanju^3; Odluka o osnivanju^3; sastav saveta^3; poslovnik o radu^3;
zadaci saveta^2; kontakt osob*^1`,
    ar: `إحداث^1; إنشاء^1; يحدث^3; تحدث لجنة^3; تنشأ^3; تركيبة^1; تتركب^3; يتكون من^2; النظام الداخلي^3; مهام اللجنة^2;
لجنة وزارية مشتركة^2; لجنة بين وزارية^2; اللجنة الوطنية^2; المجلس الوطني^2; آلية التنسيق^2; فريق عمل^1; نقاط الاتصال^1;
مرصد^1; ديوان^1; الكتابة الدائمة^2;
تضم ممثلين^3; تتولى اللجنة^2.5`,
  },
  "report-profile": {
    en: `report^1; this report^3; the present report^3; annual report^1.5; progress report^1.5; study^1; this study^3; the study^1;
migration profile^1.5; extended migration profile^2; country profile^2; assessment^1; needs assessment^2; rapid assessment^2;
survey results^2; key findings^3; findings^1; executive summary^3; methodology^2;  survey^1; research^1;
literature review^2; evaluation report^1.5; Report of the Secretary-General^3; background paper^2; policy brief^2`,
    fr: `rapport^1; le présent rapport^3; ce rapport^2; rapport annuel^1.5; étude^1; la présente étude^3; cette étude^2;
profil migratoire^1.5; profil migratoire étendu^2; profil de pays^2; évaluation^1; évaluation des besoins^2; résultats de l'enquête^2;
principaux résultats^3; constats^1; résumé exécutif^3; méthodologie^2; enquêtés^2; personnes interrogées^2; recherche^1`,
    es: `informe^1; el presente informe^3; este informe^2; informe anual^1.5; estudio^1; el presente estudio^3; este estudio^2;
perfil migratorio^1.5; perfil de país^2; evaluación^1; diagnóstico^2; evaluación de necesidades^2; resultados de la encuesta^2;
principales hallazgos^3; hallazgos^1; resumen ejecutivo^3;  encuestados^2; investigación^1`,
    ru: `доклад^1; настоящ* доклад*^3; отчет^1; ежегодн* доклад*^1.5; исследование^1; настоящ* исследовани*^3;
миграционн* профил*^1.5; расширенн* миграционн* профил*^2; оценка^1; оценк* потребностей^2; результат* опроса^2;
основн* выводы^3; выводы^1; резюме^2; методологи*^2; респондент*^2; аналитическ* записк*^2`,
    ro: `raport^1; prezentul raport^3; raportul^1; raport anual^1.5; studiu^1; prezentul studiu^3; studiul^1;
profil* migrațional*^1.5; profilul migrațional extins^2; evaluare^1; evaluarea necesităților^2; rezultatele sondajului^2;
constatări principale^3; constatări^1; rezumat executiv^3; metodologi*^2; respondenț*^2; cercetare^1`,
    sr: `izveštaj^1; ovaj izveštaj^3; godišnji izveštaj^1.5; studija^1; ova studija^3; migracioni profil^1.5; migracionog profila^1.5;
procena^1; procena potreba^2; rezultati istraživanja^2; ključni nalazi^3; nalazi^1; rezime^2;  ispitanik*^2;
istraživanje^1; analiza stanja^2`,
    ar: `تقرير^1; هذا التقرير^3; التقرير السنوي^1.5; دراسة^1; هذه الدراسة^3; الملمح الهجري^1.5; بيان الهجرة^2; تقييم^1;
تقييم الاحتياجات^2; نتائج المسح^2; نتائج الدراسة^2; أهم النتائج^3; الاستنتاجات^1; ملخص تنفيذي^3; المنهجية^2;
المستجوبين^2; بحث^1`,
    bn: `প্রতিবেদন^1`,
  },
  other: {
    en: `guidelines^2; guidance note^2; handbook^2; toolkit^2; manual^1; training manual^2; speech^2; statement by^2; press release^3;
news^1; frequently asked questions^3; FAQ^2; fact sheet^2; factsheet^2; infographic^2; brochure^2; leaflet^2; blog^1;
step-by-step guide^3; how to apply^2`,
    fr: `lignes directrices^2; guide^1; guide pratique^2; manuel^1; boîte à outils^2; discours^2; allocution^2; communiqué de presse^3;
communiqué^2; questions fréquentes^3; fiche d'information^2; brochure^1; dépliant^2; actualités^1`,
    es: `directrices^2; guía^1; guía práctica^2; manual^1; caja de herramientas^2; discurso^2; comunicado de prensa^3; comunicado^2;
preguntas frecuentes^3; ficha informativa^2; folleto^2; noticias^1; boletín de prensa^3`,
    ru: `руководство^1; методическ* рекомендаци*^2; методическ* пособи*^2; памятк*^2; выступление^2; пресс-релиз^3;
сообщение для прессы^3; часто задаваем* вопрос*^3; информационн* бюллетен*^2; брошюр*^2; новости^1`,
    ro: `ghid^1; ghidul^1; ghid practic^2; manual^1; manualul^1; set de instrumente^2; discurs^2; comunicat de presă^3; comunicat^2;
întrebări frecvente^3; fișă informativă^2; broșur*^2; pliant^2; știri^1`,
    sr: `smernice^2; smjernice^2; vodič^1; priručnik^2; alat*^1; govor^1; saopštenje^2; saopštenje za javnost^3; saopštenje za medije^3;
česta pitanja^3; informator^2; brošur*^2; vesti^1`,
    ar: `دليل^1;  دليل عملي^2; توجيهات^2; المبادئ التوجيهية^2; خطاب^1; بلاغ صحفي^3; بلاغ^2; بيان صحفي^3;
الأسئلة الشائعة^3; مطوية^2; كتيب^2; أخبار^1`,
  },
};
