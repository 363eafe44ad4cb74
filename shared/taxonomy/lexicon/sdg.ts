/**
 * Lexicons of the 12 `sdg` categories: the migration-related SDG targets (ids in
 * shared/taxonomy/categories.ts SDG_TARGETS). Explicit references ("SDG 10.7", "ODD 10.7",
 * "ЦУР 10.7", "target 10.c", indicator numbers) are parsed by the tagger's code; crosswalks
 * from themes and GCM objectives (../crosswalk.ts) supply most SDG tags. These lists hold the
 * phrases that indicate a target in its own words: the wording of the target and of its
 * indicators as policy texts echo it (remittance costs → 10.c, birth registration → 16.9,
 * disaggregated by migratory status → 17.18, health workforce retention → 3.c...).
 *
 * The SDG facet has a higher threshold than the others (one ordinary phrase is not enough), so
 * `^3` marks phrases that say the target almost verbatim; plain phrases need a second cue or a
 * crosswalk. Generic development words that indicate a target only when migration is discussed
 * near them carry `~`. A form spelt alike in two languages after folding is listed once.
 *
 * Vocabulary: editorial, after the target and indicator texts (taxonomy.md A2, B6); terms only.
 */
import type { FacetLexicon } from "../types";

export const SDG_LEXICON: FacetLexicon = {
  "sdg-10.7": {
    en: ` orderly safe regular and responsible migration^3; well-managed migration policies^3;
  safe orderly and regular migration^2;
well-managed migration; migration governance indicators; MGI; recruitment cost borne by employee^3; migration governance;
responsible migration and mobility^3`,
    fr: ` migrations ordonnées sûres régulières et responsables^3; migration ordonnée sûre régulière et responsable^3;
politiques migratoires planifiées et bien gérées^3; politiques migratoires bien gérées^3; migrations sûres ordonnées et régulières^2;
migration sûre ordonnée et régulière^2; gouvernance des migrations; indicateurs de gouvernance des migrations`,
    es: `migración ordenada segura regular y responsable^3; políticas migratorias planificadas y bien gestionadas^3; políticas migratorias bien gestionadas^3;
migración segura ordenada y regular^2; gobernanza migratoria; gobernanza de la migración; indicadores de gobernanza de la migración`,
    ru: `упорядоченн* безопасн* законн* и ответственн* миграци*^3; хорошо организованн* миграционн* политик*^3; безопасн* упорядоченн* и легальн* миграци*^2;
упорядоченн* миграци*; управлени* миграцией; показател* управления миграцией; регулировани* миграционных процессов`,
    ro: `migrați* ordonată sigură regulată și responsabilă^3; politici* de migrație bine gestionate^3; politici* migraționale bine gestionate^3;
migrați* sigură ordonată și regulată^2; guvernanț* migrației; gestionar* migrației; managementul migrației; indicatori* de guvernanță a migrației`,
    sr: `uređen* bezbedn* regularn* i odgovorn* migracij*^3; dobro upravljan* migracion* politik*^3; bezbedn* uređen* i regularn* migracij*^2;
upravljanj* migracijama;  pokazatelj* upravljanja migracijama`,
    ar: `الهجرة المنظمة والآمنة والنظامية والمسؤولة^3; سياسات الهجرة المخطط لها والحسنة الإدارة^3; سياسات هجرة حسنة الإدارة^3;
الهجرة الآمنة والمنظمة والنظامية^2; حوكمة الهجرة; تدبير الهجرة; مؤشرات حوكمة الهجرة`,
  },
  "sdg-10.c": {
    en: `transaction costs of migrant remittances^3; remittance costs^3; cost of remittances^3; cost of sending remittances^3; cost of sending money;
 less than 3 per cent;  remittance prices; Remittance Prices Worldwide^3;
cheaper remittances; reduce the cost of remittances^3; transaction costs`,
    fr: `coûts de transaction des envois de fonds^3; coût des envois de fonds^3; coûts des envois de fonds^3; coût des transferts d'argent^3;
moins de 3 pour cent;  frais de transfert; coûts de transaction; couloirs de transfert de fonds`,
    es: `costos de transacción de las remesas^3; costo de las remesas^3; costo de envío de remesas^3; costos de envío de dinero; menos del 3 por ciento;
comisiones de envío; costos de transacción; corredores de remesas`,
    ru: `операционн* издержк* при денежн* перевод*^3; стоимост* денежн* перевод*^3; стоимост* переводов мигрантов^3; менее 3 процентов;
комисси* за перевод*; транзакционн* издержк*; коридор* денежн* перевод*`,
    ro: `costuri* de tranzacție ale remitențelor^3; costul remitențelor^3; costurile transferurilor de bani^3; cost* transferurilor bănești^3;
sub 3 la sută; comisioan* de transfer; costuri* de tranzacție; coridoare* de remitențe`,
    sr: `transakcion* troškov* doznaka^3; troškov* doznaka^3; troškov* slanja novca^3; manje od 3 odsto; manje od 3 posto; provizij* za slanje novca;
troškov* transakcija; koridor* doznaka`,
    ar: `تكاليف معاملات تحويلات المهاجرين^3; تكلفة التحويلات^3; تكاليف التحويلات المالية^3; تكلفة إرسال الأموال^3; أقل من 3 في المائة;
رسوم التحويل; تكاليف المعاملات; ممرات التحويلات`,
  },
  "sdg-8.8": {
    en: `labour rights^3; labor rights^3; protect labour rights; safe and secure working environments^3; safe working environments;
secure working environments; women migrants; migrants in precarious employment; occupational injuries; fatal and non-fatal occupational injuries^3;
freedom of association; collective bargaining; ~labour standards; ~occupational safety and health; ~workers' rights`,
    fr: `droits du travail^3; droits des travailleurs; environnement de travail sûr^3; milieux de travail sûrs; sécurité et sûreté au travail;
femmes migrantes; emploi précaire; accidents du travail; lésions professionnelles; liberté d'association; négociation collective;
~normes du travail; ~santé et sécurité au travail`,
    es: `derechos laborales^3; derechos de los trabajadores; entorno de trabajo seguro^3; entornos de trabajo seguros y sin riesgos^3;
mujeres migrantes; empleo precario; lesiones ocupacionales; accidentes de trabajo; libertad de asociación; negociación colectiva;
~normas laborales; ~seguridad y salud en el trabajo`,
    ru: `трудов* прав*^3; защит* трудовых прав; безопасн* и защищенн* рабоч* услови*^3; безопасн* услови* труда; женщин* мигрант*;
нестабильн* занятост*; производственн* травм*; свобод* объединения; коллективн* переговор*; ~трудов* стандарт*;
~охран* труда`,
    ro: `drepturi* de muncă^3; drepturil* lucrătorilor; medii* de lucru sigure^3; mediu* de lucru sigur; condiți* de muncă sigure;
femei* migrante; ocupare* precară; accidente* de muncă; libertate* de asociere; negociere* colectivă; ~standarde* de muncă;
~securitate* și sănătate* în muncă`,
    sr: `radn* prav*^3; prav* radnika; bezbedn* radn* okruženj*^3; bezbedn* uslov* rada; žene migrantkinje; nesigurn* zaposlenj*;
povred* na radu; slobod* udruživanja; kolektivn* pregovaranj*; ~radn* standard*; ~bezbednost* i zdravlj* na radu`,
    ar: `حقوق العمل^3; الحقوق العمالية; حقوق العمال; بيئات عمل سالمة وآمنة^3; بيئة عمل آمنة; ظروف عمل آمنة; المهاجرات;
العمل الهش; إصابات العمل; حوادث الشغل; الحرية النقابية; المفاوضة الجماعية; ~معايير العمل; ~الصحة والسلامة المهنية`,
  },
  "sdg-8.7": {
    en: `forced labour^3; forced labor^3; modern slavery^3; child labour^3; child labor^3; worst forms of child labour; end forced labour;
eradicate forced labour^3; human trafficking; child soldiers; bonded labour; debt bondage; servitude; slavery`,
    fr: `travail forcé^3; esclavage moderne^3; travail des enfants^3; pires formes de travail des enfants; éliminer le travail forcé^3;
enfants soldats; servitude pour dettes; servitude; esclavage`,
    es: `trabajo forzoso^3; esclavitud moderna^3; trabajo infantil^3; peores formas de trabajo infantil; erradicar el trabajo forzoso^3;
niños soldados; servidumbre por deudas; servidumbre; esclavitud`,
    ru: `принудительн* труд*^3; современн* рабств*^3; детск* труд*^3; наихудш* форм* детского труда; искоренени* принудительного труда^3;
дет*-солдат*; долгов* кабал*; подневольн*; рабств*`,
    ro: `muncă forțată^3;  muncii forțate^3; sclavi* modern*^3; munc* copiilor^3; exploatare* prin muncă a copiilor;
cele mai grave forme ale muncii copiilor; copii soldați; servitute pentru datorii; sclavi*`,
    sr: `prinudn* rad*^3; moderno ropstvo^3; savremen* ropstv*^3; dečij* rad*^3; dečji rad; najgor* oblic* dečijeg rada; deca vojnici;
dužničk* ropstv*; ropstv*`,
    ar: `العمل القسري^3; العمل الجبري^3; الرق الحديث^3; العبودية الحديثة^3; عمل الأطفال^3; تشغيل الأطفال^3; أسوأ أشكال عمل الأطفال;
الأطفال الجنود; عبودية الدين; السخرة; العبودية`,
  },
  "sdg-5.2": {
    en: `violence against women and girls^3; violence against women^3; gender-based violence^3; sexual violence; sexual exploitation;
sexual and gender-based violence; intimate partner violence; domestic violence; trafficking in women; trafficking of women and girls^3;
sexual abuse; ~exploitation of women`,
    fr: `violence à l'égard des femmes et des filles^3; violences faites aux femmes^3; violence à l'égard des femmes^3; violence fondée sur le genre^3;
violences basées sur le genre^3; violence sexuelle; violences sexuelles; exploitation sexuelle; violence conjugale; violence domestique;
traite des femmes; abus sexuels`,
    es: `violencia contra las mujeres y las niñas^3; violencia contra la mujer^3; violencia contra las mujeres^3; violencia de género^3;
violencia basada en género^3; violencia sexual; explotación sexual; violencia doméstica; violencia intrafamiliar; trata de mujeres; abuso sexual`,
    ru: `насили* в отношении женщин и девочек^3; насили* в отношении женщин^3; насили* над женщинами^3; гендерн* насили*^3; сексуальн* насили*;
сексуальн* эксплуатаци*; насили* в семье; домашн* насили*; торговл* женщинами; сексуальн* надругательств*`,
    ro: `violenț* împotriva femeilor și fetelor^3; violenț* împotriva femeilor^3; violenț* față de femei^3; violenț* bazat* pe gen^3;
violenț* sexual*; exploatar* sexual*; violenț* în familie; violenț* domestic*; trafic* de femei; abuz* sexual*`,
    sr: `nasilj* nad ženama i devojčicama^3; nasilj* nad ženama^3; nasilj* prema ženama^3; rodno zasnovan* nasilj*^3; seksualn* nasilj*;
seksualn* eksploatacij*; nasilj* u porodici; porodičn* nasilj*; trgovin* ženama; seksualn* zlostavljanj*`,
    ar: `العنف ضد النساء والفتيات^3; العنف ضد المرأة^3; العنف ضد النساء^3; العنف القائم على النوع الاجتماعي^3; العنف المبني على النوع^3;
العنف الجنسي; الاستغلال الجنسي; العنف الأسري; العنف المنزلي; الاتجار بالنساء; الاعتداء الجنسي`,
  },
  "sdg-16.2": {
    en: `violence against children^3; abuse of children; child abuse; exploitation of children^3; child exploitation; trafficking in children^3;
child trafficking^3; trafficking of children; torture of children; sexual exploitation of children; child protection systems;
child sexual abuse; ~corporal punishment`,
    fr: `violence à l'égard des enfants^3; violences faites aux enfants^3; maltraitance des enfants; maltraitance; exploitation des enfants^3;
traite des enfants^3; exploitation sexuelle des enfants; abus sexuels sur enfants; systèmes de protection de l'enfance`,
    es: `violencia contra los niños^3;  maltrato infantil; abuso infantil; explotación infantil^3;
explotación de niños; trata de niños^3; trata de menores^3; explotación sexual de niños; explotación sexual infantil; sistemas de protección de la infancia`,
    ru: `насили* в отношении детей^3; насили* над детьми^3; жестоко* обращени* с детьми; эксплуатаци* детей^3; торговл* детьми^3;
сексуальн* эксплуатаци* детей; сексуальн* насили* над детьми; систем* защиты детей`,
    ro: `violenț* împotriva copiilor^3; violenț* față de copii^3; abuz* asupra copiilor; abuzul copiilor; exploatar* copiilor^3; trafic* de copii^3;
exploatar* sexual* a copiilor; abuz* sexual* asupra copiilor; sistem* de protecție a copilului`,
    sr: `nasilj* nad decom^3; nasilj* prema deci^3; zlostavljanj* dece; zlostavljanj* i zanemarivanj* dece; eksploatacij* dece^3; trgovin* decom^3;
seksualn* eksploatacij* dece; seksualn* zlostavljanj* dece; sistem* zaštite dece`,
    ar: `العنف ضد الأطفال^3; إساءة معاملة الأطفال; سوء معاملة الأطفال; استغلال الأطفال^3; الاتجار بالأطفال^3; الاستغلال الجنسي للأطفال;
الاعتداء الجنسي على الأطفال; منظومة حماية الطفولة`,
  },
  "sdg-16.9": {
    en: `legal identity for all^3; legal identity^3; birth registration^3; births registered; registered with a civil authority^3; civil registration;
civil registration and vital statistics; CRVS; birth certificate*; identity documents; late birth registration; universal birth registration`,
    fr: `identité juridique pour tous^3; identité juridique^3; identité légale^3; enregistrement des naissances^3; déclaration des naissances;
naissances enregistrées; état civil^2; actes de naissance; enregistrement tardif des naissances; pièces d'identité`,
    es: `identidad jurídica para todos^3; identidad jurídica^3; identidad legal^3; registro de nacimientos^3; inscripción de nacimientos^3;
nacimientos registrados; registro civil^2; partida* de nacimiento; inscripción tardía; documentos de identidad`,
    ru: `законн* удостоверени* личности^3; правов* идентичност*^3; регистраци* рождени*^3; государственн* регистраци* рождения;
зарегистрирован* рождени*; запис* актов гражданского состояния; свидетельств* о рождении; документ* удостоверяющ* личность`,
    ro: `identitate* juridică pentru toți^3; identitat* legal*^3; identitat* juridic*^3; înregistrar* nașterii^3; înregistrarea nașterilor^3;
nașteri înregistrate; stare* civil*^2; certificat* de naștere; acte de identitate`,
    sr: `pravn* identitet* za sve^3; pravn* identitet*^3; upis* u matičn* knjig* rođenih^3; registracij* rođenja^3; upis* rođenja^3; matičn* knjig*;
izvod* iz matične knjige rođenih; lične isprave; lica bez dokumenata`,
    ar: `الهوية القانونية للجميع^3; الهوية القانونية^3; تسجيل المواليد^3; تسجيل الولادات^3; التسجيل في الحالة المدنية; الحالة المدنية^2;
شهادة الميلاد; عقود الازدياد; وثائق الهوية`,
  },
  "sdg-17.18": {
    en: `disaggregated by migratory status^3;  data disaggregated^3; disaggregated data; 
timely and reliable data^2; statistical capacity^3; national statistical system*; national statistical plan*; statistical legislation;
disaggregation^1; ~data gaps`,
    fr: `ventilées par statut migratoire^3; ventilées selon le statut migratoire^3; données ventilées^3; données désagrégées^3;
 données fiables et actualisées^2; capacités statistiques^3; système statistique national;
plan statistique national; législation statistique; ventilation des données; ~lacunes en matière de données`,
    es: `desglosados por estatus migratorio^3; desglosados por condición migratoria^3; datos desglosados^3; datos desagregados^3;
datos oportunos y fiables^2; capacidad estadística^3; sistema estadístico nacional; plan estadístico nacional; legislación estadística;
desagregación de datos; ~brechas de datos`,
    ru: `в разбивке по миграционному статусу^3; дезагрегированн* данн*^3; дезагрегаци* данных; своевременн* и достоверн* данн*^2;
статистическ* потенциал*^3; национальн* статистическ* систем*; национальн* статистическ* план*; статистическ* законодательств*;
~пробел* в данных`,
    ro: `dezagregate după statutul migrațional^3; date dezagregate^3; dezagregar* datelor; date fiabile și actualizate^2; capacitat* statistic*^3;
sistem* statistic* național*; program* statistic* național*; legislați* statistic*; ~lacun* de date`,
    sr: `razvrstan* prema migracionom statusu^3; razvrstan* podac*^3; dezagregiran* podac*^3; pravovremen* i pouzdan* podac*^2; statističk* kapacitet*^3;
nacionaln* statističk* sistem*; zakon o zvaničnoj statistici; ~nedostatak podataka`,
    ar: `مصنفة حسب وضع الهجرة^3; بيانات مصنفة^3;  تصنيف البيانات; بيانات موثوقة وحديثة^2; القدرات الإحصائية^3;
النظام الإحصائي الوطني; الخطة الإحصائية الوطنية; التشريعات الإحصائية; ~فجوات البيانات`,
  },
  "sdg-17.3": {
    en: `remittances as a proportion of total GDP^3; remittances as a share of GDP^3; share of GDP^2; per cent of GDP; percentage of GDP;
proportion of GDP; volume of remittances^2; additional financial resources^3; mobilize additional financial resources^3;
financial resources for development^2; foreign direct investment; official development assistance; external financing;
~remittance inflows; ~development finance`,
    fr: `envois de fonds en proportion du PIB^3; part du PIB^2; pour cent du PIB;  volume des envois de fonds^2; ressources financières supplémentaires^3;
mobiliser des ressources financières^3; financement du développement^2; investissements directs étrangers; aide publique au développement;
~flux d'envois de fonds`,
    es: `remesas como proporción del PIB^3; porcentaje del PIB^2; por ciento del PIB;  volumen de remesas^2; recursos financieros adicionales^3;
movilizar recursos financieros^3; financiación para el desarrollo^2; financiamiento para el desarrollo^2; inversión extranjera directa;
asistencia oficial para el desarrollo; ~flujos de remesas`,
    ru: `переводы в процентах от ВВП^3; доля денежных переводов в ВВП^3; процент* ВВП^2;  объем* денежных переводов^2; дополнительн* финансов* ресурс*^3;
мобилизаци* финансовых ресурсов^3; финансировани* развития^2; прям* иностранн* инвестици*; официальн* помощ* в целях развития`,
    ro: `remitențe* ca pondere în PIB^3; pondere* în PIB^2; la sută din PIB;  volum* remitențelor^2; resurse* financiare suplimentare^3;
mobilizar* resurselor financiare^3; finanțar* dezvoltării^2; investiți* străine directe; asistenț* oficială pentru dezvoltare`,
    sr: `doznake kao udeo u BDP^3; udeo u BDP^2; odsto BDP;  obim* doznaka^2; dodatn* finansijsk* resurs*^3; mobilizacij* finansijskih sredstava^3;
finansiranj* razvoja^2; strane direktne investicije; zvanična razvojna pomoć`,
    ar: `التحويلات كنسبة من الناتج المحلي الإجمالي^3; نسبة من الناتج الداخلي الخام^2; من الناتج المحلي الإجمالي; حجم التحويلات^2; موارد مالية إضافية^3;
تعبئة الموارد المالية^3; تمويل التنمية^2; الاستثمار الأجنبي المباشر; المساعدة الإنمائية الرسمية`,
  },
  "sdg-3.c": {
    en: `health workforce^3; health workers; retention of the health workforce^3; 
migration of health workers^3; health worker migration^3; emigration of doctors; emigration of nurses; nurse migration; medical brain drain^3;
brain drain in the health sector^3; health financing^2; WHO Global Code of Practice on the International Recruitment of Health Personnel^3;
international recruitment of health personnel^3; health worker density^2; ~doctors; ~nurses`,
    fr: `personnel de santé^3; personnels de santé; professionnels de santé; fidélisation du personnel de santé^3; migration des professionnels de santé^3;
émigration des médecins; émigration des infirmiers; fuite des cerveaux dans le secteur de la santé^3; financement de la santé^2;
recrutement international des personnels de santé^3; ~médecins; ~infirmiers; ~infirmières`,
    es: `personal sanitario^3; personal de salud^3; trabajadores de la salud; retención del personal sanitario^3; migración de profesionales de la salud^3;
emigración de médicos; emigración de enfermeras; fuga de cerebros en el sector salud^3; financiación de la salud^2; financiamiento de la salud^2;
contratación internacional de personal de salud^3; ~médicos; ~enfermeras; ~enfermeros`,
    ru: `кадр* здравоохранения^3; медицинск* кадр*^3; медицинск* работник*; удержани* медицинских кадров^3; миграци* медицинских работников^3;
эмиграци* врачей; отток* медицинских кадров^3; утечк* медицинских кадров^3; финансировани* здравоохранения^2;
международн* наем* медицинского персонала^3; ~врач*; ~медсест*`,
    ro: `personal* medical*^3; cadre* medicale^3; lucrători* medicali; lucrători* din domeniul sănătății; menținere* personalului medical^3;
migrați* personalului medical^3; migrația lucrătorilor medicali^3; exodul medicilor^3; exod* de creiere din sistemul medical^3;
finanțar* sănătății^2; ~medici; ~asistente medicale`,
    sr: `zdravstven* kadr*^3; zdravstven* radni*; medicinsk* osoblj*; zadržavanj* zdravstvenih radnika^3; migracij* zdravstvenih radnika^3;
odliv* lekara^3; odliv* medicinskih sestara^3; odlazak lekara; finansiranj* zdravstva^2; ~lekar*; ~medicinsk* sestr*`,
    ar: `القوى العاملة الصحية^3; الأطر الصحية^3; الكوادر الصحية^3; العاملين الصحيين; الاحتفاظ بالعاملين الصحيين^3; هجرة الأطباء^3;
هجرة الأطر الصحية^3; هجرة الكفاءات الطبية^3; هجرة الممرضين; تمويل الصحة^2; ~الأطباء; ~الممرضين`,
  },
  "sdg-4.b": {
    en: `scholarships^3; scholarship programme*; scholarships for study abroad^3; study abroad; international students; students abroad; higher education abroad;
enrolment in higher education^2; student mobility; academic mobility; international student mobility^3; study grants; ~student visa*`,
    fr: `bourses d'études^3; bourses^2; programme* de bourses; études à l'étranger; étudiants internationaux; étudiants étrangers; mobilité étudiante;
mobilité académique; mobilité internationale des étudiants^3; enseignement supérieur à l'étranger`,
    es: `becas^3; becas de estudio^3; programas de becas; estudios en el extranjero; estudiar en el exterior; estudiantes internacionales;
estudiantes extranjeros; movilidad estudiantil; movilidad académica; movilidad internacional de estudiantes^3`,
    ru: `стипенди*^3; стипендиальн* программ*; обучени* за рубежом; учеб* за рубежом; иностранн* студент*; международн* студент*;
академическ* мобильност*; студенческ* мобильност*; образовательн* мобильност*^3; квот* на обучение`,
    ro: `burse* de studii^3; burse^2; programe* de burse; studii* în străinătate; studii* peste hotare; studenți* străini; studenți* internaționali;
mobilitat* academică; mobilitat* studențească; mobilitat* internațională a studenților^3`,
    sr: ` stipendijsk* program*; studiranj* u inostranstvu; studij* u inostranstvu; stran* student*; međunarodn* student*;
akademsk* mobilnost*; studentsk* mobilnost*^3; mobilnost* studenata^3`,
    ar: `المنح الدراسية^3;  برامج المنح; الدراسة بالخارج; الدراسة في الخارج; الطلبة الدوليين; الطلبة الأجانب; الطلاب الأجانب;
التنقل الأكاديمي; تنقل الطلبة^3`,
  },
  "sdg-13.1": {
    en: `resilience and adaptive capacity^3; adaptive capacity^2; climate-related hazards^3; climate hazards; natural disasters; disaster risk reduction^3;
disaster risk reduction strategies; Sendai Framework^3; national adaptation plan*; climate resilience; resilience to climate change;
disaster-induced displacement; disaster displacement^2; persons affected by disasters; early warning systems; ~climate change adaptation`,
    fr: `résilience et capacités d'adaptation^3; capacités d'adaptation^2; aléas climatiques^3; risques climatiques; catastrophes naturelles;
réduction des risques de catastrophe^3; cadre de Sendai^3; plan national d'adaptation; résilience climatique; déplacements liés aux catastrophes^2;
systèmes d'alerte précoce; ~adaptation au changement climatique`,
    es: `resiliencia y capacidad de adaptación^3; capacidad de adaptación^2; riesgos relacionados con el clima^3; amenazas climáticas; desastres naturales;
reducción del riesgo de desastres^3; marco de Sendai^3; plan nacional de adaptación; resiliencia climática; desplazamiento por desastres^2;
sistemas de alerta temprana; ~adaptación al cambio climático`,
    ru: `устойчивост* и способност* адаптироваться^3; адаптационн* потенциал*^2;  климатическ* риск*;
стихийн* бедстви*; снижени* риска бедствий^3; Сендайск* рамочн* программ*^3; национальн* план* адаптации; климатическ* устойчивост*;
перемещени* в результате бедствий^2; систем* раннего предупреждения; ~адаптаци* к изменению климата`,
    ro: `reziliență și capacitate de adaptare^3; capacitat* de adaptare^2; riscuri* climatice^3; hazarduri* climatice; dezastre* naturale;
reducer* riscului de dezastre^3; Cadrul de la Sendai^3; plan* național* de adaptare; reziliență climatică; strămutare* cauzată de dezastre^2;
sistem* de avertizare timpurie; ~adaptar* la schimbările climatice`,
    sr: `otpornost* i sposobnost* prilagođavanja^3; sposobnost* prilagođavanja^2; klimatsk* rizic*^3; klimatsk* opasnost*; elementarn* nepogod*;
smanjenj* rizika od katastrofa^3; Sendajsk* okvir*^3; nacionaln* plan* prilagođavanja; otpornost* na klimatske promene; raseljavanj* usled katastrofa^2;
sistem* ranog upozoravanja; ~prilagođavanj* klimatskim promenama`,
    ar: `القدرة على الصمود والتكيف^3; القدرة على التكيف^2; المخاطر المرتبطة بالمناخ^3; المخاطر المناخية; الكوارث الطبيعية; الحد من مخاطر الكوارث^3;
إطار سنداي^3; الخطة الوطنية للتكيف; الصمود المناخي; النزوح بسبب الكوارث^2; أنظمة الإنذار المبكر; ~التكيف مع تغير المناخ`,
  },
};
