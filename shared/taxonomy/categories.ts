/**
 * Every category of every facet, with the ids fixed by the reference list
 * (../shared/domain/categories.md beside the repo). Ids are a contract: the eval set and
 * every export use them.
 */
import type { Category, Facet, LabelLang } from "./types";

export const TAXONOMY_VERSION = "2026.11-1";

type Row = [id: string, en: string, fr: string, es: string, ru: string, definition: string];

function facet(f: Facet, rows: Row[]): Category[] {
  return rows.map(([id, en, fr, es, ru, definition]) => ({
    facet: f,
    id,
    label: { en, fr, es, ru },
    definition,
  }));
}

export const THEMES = facet("theme", [
  ["labour-migration", "Labour migration", "Migration de main-d'œuvre", "Migración laboral", "Трудовая миграция", "Labour mobility, overseas and foreign employment, recruitment, work permits, migrant workers' conditions."],
  ["remittances", "Remittances", "Envois de fonds", "Remesas", "Денежные переводы мигрантов", "Remittance flows, costs, channels, incentives and productive use."],
  ["diaspora", "Diaspora engagement", "Mobilisation de la diaspora", "Vinculación con la diáspora", "Взаимодействие с диаспорой", "Diaspora engagement, diaspora organisations, investment and knowledge transfer."],
  ["return-reintegration", "Return and reintegration", "Retour et réintégration", "Retorno y reintegración", "Возвращение и реинтеграция", "Voluntary or forced return, readmission and the reintegration of returnees."],
  ["irregular-migration-border", "Irregular migration and borders", "Migration irrégulière et frontières", "Migración irregular y fronteras", "Нелегальная миграция и границы", "Irregular entry and stay, border management, visas and entry procedures, detention."],
  ["trafficking-smuggling", "Trafficking and smuggling", "Traite et trafic de migrants", "Trata y tráfico ilícito de migrantes", "Торговля людьми и незаконный ввоз мигрантов", "Trafficking in persons and smuggling of migrants."],
  ["forced-displacement-asylum", "Forced displacement and asylum", "Déplacements forcés et asile", "Desplazamiento forzado y asilo", "Вынужденное перемещение и убежище", "Refugees, asylum, international protection, internally displaced persons."],
  ["climate-environmental-mobility", "Climate and environmental mobility", "Mobilité climatique et environnementale", "Movilidad climática y ambiental", "Климатическая и экологическая мобильность", "Migration, displacement and planned relocation linked to climate change, disasters and environmental degradation."],
  ["internal-migration-urbanisation", "Internal migration and urbanisation", "Migration interne et urbanisation", "Migración interna y urbanización", "Внутренняя миграция и урбанизация", "Rural-urban and other internal migration, urbanisation."],
  ["integration-inclusion", "Integration and inclusion", "Intégration et inclusion", "Integración e inclusión", "Интеграция и инклюзия", "Integration of immigrants, social cohesion, non-discrimination, access to services."],
  ["migrant-rights-protection", "Migrants' rights and protection", "Droits et protection des migrants", "Derechos y protección de los migrantes", "Права и защита мигрантов", "Human and labour rights of migrants, consular protection, access to justice, vulnerable migrants."],
  ["skills-education-mobility", "Skills and education mobility", "Compétences et mobilité éducative", "Competencias y movilidad educativa", "Навыки и образовательная мобильность", "Skills development and recognition, brain drain, gain and circulation, student mobility."],
  ["families-left-behind", "Families left behind", "Familles restées au pays", "Familias que permanecen en el país de origen", "Оставшиеся семьи мигрантов", "Families and children of migrants who stay behind."],
  ["migration-data-evidence", "Migration data and evidence", "Données et connaissances sur la migration", "Datos y evidencia sobre migración", "Миграционные данные и фактология", "Migration statistics, migration profiles, research and information systems."],
  ["governance-coordination", "Governance and coordination", "Gouvernance et coordination", "Gobernanza y coordinación", "Управление и координация", "Whole-of-government coordination, migration institutions, policy coherence and mainstreaming itself."],
  ["international-cooperation", "International cooperation", "Coopération internationale", "Cooperación internacional", "Международное сотрудничество", "Bilateral and multilateral agreements, regional processes, global partnerships on migration."],
]);

export const SECTORS = facet("sector", [
  ["employment", "Employment", "Emploi", "Empleo", "Занятость", "Labour market, jobs and decent work, where migration is discussed."],
  ["education", "Education", "Éducation", "Educación", "Образование", "Schools, universities and training, where migration is discussed."],
  ["health", "Health", "Santé", "Salud", "Здравоохранение", "Health services and the health workforce, where migration is discussed."],
  ["social-protection", "Social protection", "Protection sociale", "Protección social", "Социальная защита", "Social security, pensions and social assistance, where migration is discussed."],
  ["finance-economy", "Finance and economy", "Finances et économie", "Finanzas y economía", "Финансы и экономика", "Economic development, investment, banking and finance, where migration is discussed."],
  ["agriculture-rural", "Agriculture and rural development", "Agriculture et développement rural", "Agricultura y desarrollo rural", "Сельское хозяйство и развитие села", "Farming and rural livelihoods, where migration is discussed."],
  ["environment-climate-disaster", "Environment, climate and disasters", "Environnement, climat et catastrophes", "Medio ambiente, clima y desastres", "Окружающая среда, климат и бедствия", "Environment, climate change and disaster risk, where migration is discussed."],
  ["urban-local", "Urban and local development", "Développement urbain et local", "Desarrollo urbano y local", "Городское и местное развитие", "Cities, municipalities and local government, where migration is discussed."],
  ["justice-security", "Justice and security", "Justice et sécurité", "Justicia y seguridad", "Юстиция и безопасность", "Law enforcement, courts, criminal justice and security, where migration is discussed."],
  ["gender", "Gender", "Genre", "Género", "Гендер", "Women, girls and gender equality, where migration is discussed."],
  ["youth-children", "Youth and children", "Jeunesse et enfance", "Juventud e infancia", "Молодёжь и дети", "Children and young people, where migration is discussed."],
  ["foreign-affairs", "Foreign affairs", "Affaires étrangères", "Relaciones exteriores", "Иностранные дела", "Diplomacy, consular affairs and external relations, where migration is discussed."],
  ["statistics", "Statistics", "Statistique", "Estadística", "Статистика", "Official statistics, censuses and surveys, where migration is discussed."],
]);

export const INSTRUMENTS = facet("instrument", [
  ["law", "Law", "Loi", "Ley", "Закон", "An act adopted by parliament: a law, code or organic law."],
  ["regulation", "Regulation", "Règlement", "Reglamento", "Подзаконный акт", "A decree, government decision, ordinance, by-law or other secondary legislation."],
  ["policy", "Policy", "Politique", "Política", "Политика", "A policy or policy framework document."],
  ["strategy", "Strategy", "Stratégie", "Estrategia", "Стратегия", "A national or sectoral strategy or development plan."],
  ["action-plan", "Action plan", "Plan d'action", "Plan de acción", "План действий", "An action or implementation plan with measures, responsibilities and deadlines."],
  ["programme", "Programme", "Programme", "Programa", "Программа", "A programme or project with its own activities and budget."],
  ["agreement", "Agreement", "Accord", "Acuerdo", "Соглашение", "A bilateral or multilateral agreement, compact, convention or memorandum of understanding."],
  ["institutional-mechanism", "Institutional mechanism", "Mécanisme institutionnel", "Mecanismo institucional", "Институциональный механизм", "The founding act or terms of reference of a coordination body or institution."],
  ["report-profile", "Report or profile", "Rapport ou profil", "Informe o perfil", "Доклад или профиль", "A report, study, assessment or migration profile."],
  ["other", "Other", "Autre", "Otro", "Другое", "Any other kind of document."],
]);

const GCM_TITLES = [
  "Collect and utilize accurate and disaggregated data as a basis for evidence-based policies",
  "Minimize the adverse drivers and structural factors that compel people to leave their country of origin",
  "Provide accurate and timely information at all stages of migration",
  "Ensure that all migrants have proof of legal identity and adequate documentation",
  "Enhance availability and flexibility of pathways for regular migration",
  "Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work",
  "Address and reduce vulnerabilities in migration",
  "Save lives and establish coordinated international efforts on missing migrants",
  "Strengthen the transnational response to smuggling of migrants",
  "Prevent, combat and eradicate trafficking in persons in the context of international migration",
  "Manage borders in an integrated, secure and coordinated manner",
  "Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral",
  "Use migration detention only as a measure of last resort and work towards alternatives",
  "Enhance consular protection, assistance and cooperation throughout the migration cycle",
  "Provide access to basic services for migrants",
  "Empower migrants and societies to realize full inclusion and social cohesion",
  "Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration",
  "Invest in skills development and facilitate mutual recognition of skills, qualifications and competences",
  "Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries",
  "Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants",
  "Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration",
  "Establish mechanisms for the portability of social security entitlements and earned benefits",
  "Strengthen international cooperation and global partnerships for safe, orderly and regular migration",
];

/** The objective titles in the French, Spanish and Russian versions of A/RES/73/195. */
const GCM_TITLES_FR = [
  "Collecter et utiliser des données précises et ventilées qui serviront à l'élaboration de politiques fondées sur la connaissance des faits",
  "Lutter contre les facteurs négatifs et les problèmes structurels qui poussent des personnes à quitter leur pays d'origine",
  "Fournir dans les meilleurs délais des informations exactes à toutes les étapes de la migration",
  "Munir tous les migrants d'une preuve d'identité légale et de papiers adéquats",
  "Faire en sorte que les filières de migration régulière soient accessibles et plus souples",
  "Favoriser des pratiques de recrutement justes et éthiques et assurer les conditions d'un travail décent",
  "S'attaquer aux facteurs de vulnérabilité liés aux migrations et les réduire",
  "Sauver des vies et mettre en place une action internationale coordonnée pour retrouver les migrants disparus",
  "Renforcer l'action transnationale face au trafic de migrants",
  "Prévenir, combattre et éliminer la traite de personnes dans le cadre des migrations internationales",
  "Gérer les frontières de manière intégrée, sûre et coordonnée",
  "Veiller à l'invariabilité et à la prévisibilité des procédures migratoires pour assurer des contrôles, des évaluations et une orientation appropriés",
  "Ne recourir au placement en rétention administrative des migrants qu'en dernier ressort et chercher des solutions de rechange",
  "Renforcer la protection, l'assistance et la coopération consulaires tout au long du cycle migratoire",
  "Assurer l'accès des migrants aux services de base",
  "Donner aux migrants et aux sociétés des moyens en faveur de la pleine intégration et de la cohésion sociale",
  "Éliminer toutes les formes de discrimination et encourager un débat public fondé sur l'analyse des faits afin de faire évoluer la manière dont les migrations sont perçues",
  "Investir dans le perfectionnement des compétences et faciliter la reconnaissance mutuelle des aptitudes, qualifications et compétences",
  "Créer les conditions permettant aux migrants et aux diasporas de contribuer pleinement au développement durable dans tous les pays",
  "Rendre les envois de fonds plus rapides, plus sûrs et moins coûteux et favoriser l'inclusion financière des migrants",
  "Coopérer en vue de faciliter le retour et la réadmission des migrants en toute sécurité et dignité, ainsi que leur réintégration durable",
  "Mettre en place des mécanismes de portabilité des droits de sécurité sociale et des avantages acquis",
  "Renforcer la coopération internationale et les partenariats mondiaux pour des migrations sûres, ordonnées et régulières",
];
const GCM_TITLES_ES = [
  "Recopilar y utilizar datos exactos y desglosados para formular políticas con base empírica",
  "Minimizar los factores adversos y estructurales que obligan a las personas a abandonar su país de origen",
  "Proporcionar información exacta y oportuna en todas las etapas de la migración",
  "Velar por que todos los migrantes tengan pruebas de su identidad jurídica y documentación adecuada",
  "Aumentar la disponibilidad y flexibilidad de las vías de migración regular",
  "Facilitar la contratación equitativa y ética y salvaguardar las condiciones que garantizan el trabajo decente",
  "Abordar y reducir las vulnerabilidades en la migración",
  "Salvar vidas y emprender iniciativas internacionales coordinadas sobre los migrantes desaparecidos",
  "Reforzar la respuesta transnacional al tráfico ilícito de migrantes",
  "Prevenir, combatir y erradicar la trata de personas en el contexto de la migración internacional",
  "Gestionar las fronteras de manera integrada, segura y coordinada",
  "Aumentar la certidumbre y previsibilidad de los procedimientos migratorios para la adecuada verificación de antecedentes, evaluación y derivación",
  "Utilizar la detención de migrantes solo como último recurso y buscar otras alternativas",
  "Mejorar la protección, asistencia y cooperación consulares a lo largo de todo el ciclo migratorio",
  "Proporcionar a los migrantes acceso a los servicios básicos",
  "Empoderar a los migrantes y las sociedades para lograr la plena inclusión y la cohesión social",
  "Eliminar todas las formas de discriminación y promover un discurso público con base empírica para modificar las percepciones de la migración",
  "Invertir en el desarrollo de aptitudes y facilitar el reconocimiento mutuo de aptitudes, cualificaciones y competencias",
  "Crear las condiciones necesarias para que los migrantes y las diásporas puedan contribuir plenamente al desarrollo sostenible en todos los países",
  "Promover transferencias de remesas más rápidas, seguras y económicas y fomentar la inclusión financiera de los migrantes",
  "Colaborar para facilitar el regreso y la readmisión en condiciones de seguridad y dignidad, así como la reintegración sostenible",
  "Establecer mecanismos para la portabilidad de la seguridad social y las prestaciones adquiridas",
  "Fortalecer la cooperación internacional y las alianzas mundiales para la migración segura, ordenada y regular",
];
const GCM_TITLES_RU = [
  "Сбор и использование точных и дезагрегированных данных в качестве основы для выработки эмпирически обоснованной политики",
  "Сведение к минимуму неблагоприятного воздействия различных сил и структурных факторов, которые заставляют людей покидать страну своего происхождения",
  "Предоставление точной и своевременной информации на всех этапах миграции",
  "Обеспечение наличия у всех мигрантов документов, удостоверяющих личность, и надлежащей документации",
  "Расширение доступности и повышение гибкости каналов легальной миграции",
  "Содействие добросовестному и этичному найму и обеспечение условий, гарантирующих достойный труд",
  "Устранение и уменьшение факторов уязвимости в процессе миграции",
  "Спасение жизней и организация скоординированных международных усилий в отношении пропавших без вести мигрантов",
  "Укрепление транснациональных мер реагирования на незаконный ввоз мигрантов",
  "Предупреждение, пресечение и искоренение торговли людьми в контексте международной миграции",
  "Комплексное, безопасное и скоординированное управление границами",
  "Повышение определенности и предсказуемости миграционных процедур для надлежащей проверки, оценки и направления",
  "Использование задержания мигрантов лишь в качестве крайней меры и поиск альтернативных вариантов",
  "Укрепление консульской защиты, помощи и сотрудничества на протяжении всего миграционного цикла",
  "Обеспечение доступа мигрантов к базовым услугам",
  "Расширение прав и возможностей мигрантов и общества для достижения полной интеграции и социальной сплоченности",
  "Искоренение всех форм дискриминации и поощрение основанного на фактах публичного дискурса в целях формирования восприятия миграции",
  "Инвестирование в развитие навыков и содействие взаимному признанию навыков, квалификаций и компетенций",
  "Создание условий, позволяющих мигрантам и диаспорам в полной мере способствовать устойчивому развитию во всех странах",
  "Содействие более быстрым, безопасным и дешевым денежным переводам мигрантов и их финансовой доступности",
  "Сотрудничество в содействии безопасному и достойному возвращению и реадмиссии, а также устойчивой реинтеграции",
  "Создание механизмов для переносимости прав на социальное обеспечение и заработанных пособий",
  "Укрепление международного сотрудничества и глобальных партнерств в интересах безопасной, упорядоченной и легальной миграции",
];

export const GCM_OBJECTIVES = facet(
  "gcm",
  GCM_TITLES.map((t, i): Row => [`gcm-${i + 1}`, `GCM ${i + 1}: ${t}`, `PMM ${i + 1} : ${GCM_TITLES_FR[i]}`, `PMM ${i + 1}: ${GCM_TITLES_ES[i]}`, `ГДМ ${i + 1}: ${GCM_TITLES_RU[i]}`, `Objective ${i + 1} of the Global Compact for Safe, Orderly and Regular Migration (A/RES/73/195).`]),
);

export const SDG_TARGETS = facet("sdg", [
  ["sdg-10.7", "SDG 10.7: well-managed migration policies", "ODD 10.7 : politiques migratoires bien gérées", "ODS 10.7: políticas migratorias bien gestionadas", "ЦУР 10.7: хорошо организованная миграционная политика", "Facilitate orderly, safe, regular and responsible migration and mobility of people, including through planned and well-managed migration policies."],
  ["sdg-10.c", "SDG 10.c: remittance costs", "ODD 10.c : coûts des envois de fonds", "ODS 10.c: costo de las remesas", "ЦУР 10.c: стоимость денежных переводов", "Reduce to less than 3 per cent the transaction costs of migrant remittances and eliminate corridors with costs higher than 5 per cent."],
  ["sdg-8.8", "SDG 8.8: labour rights of migrant workers", "ODD 8.8 : droits des travailleurs migrants", "ODS 8.8: derechos laborales de los trabajadores migrantes", "ЦУР 8.8: трудовые права трудящихся-мигрантов", "Protect labour rights and promote safe working environments for all workers, including migrant workers, in particular women migrants."],
  ["sdg-8.7", "SDG 8.7: forced labour and trafficking", "ODD 8.7 : travail forcé et traite", "ODS 8.7: trabajo forzoso y trata", "ЦУР 8.7: принудительный труд и торговля людьми", "End forced labour, modern slavery and human trafficking, and child labour."],
  ["sdg-5.2", "SDG 5.2: violence against women and girls", "ODD 5.2 : violence à l'égard des femmes et des filles", "ODS 5.2: violencia contra mujeres y niñas", "ЦУР 5.2: насилие в отношении женщин и девочек", "Eliminate all forms of violence against women and girls, including trafficking and sexual and other types of exploitation."],
  ["sdg-16.2", "SDG 16.2: violence against children", "ODD 16.2 : violence à l'égard des enfants", "ODS 16.2: violencia contra los niños", "ЦУР 16.2: насилие в отношении детей", "End abuse, exploitation, trafficking and all forms of violence against children."],
  ["sdg-16.9", "SDG 16.9: legal identity", "ODD 16.9 : identité juridique", "ODS 16.9: identidad jurídica", "ЦУР 16.9: законное удостоверение личности", "Provide legal identity for all, including birth registration."],
  ["sdg-17.18", "SDG 17.18: disaggregated data", "ODD 17.18 : données ventilées", "ODS 17.18: datos desglosados", "ЦУР 17.18: дезагрегированные данные", "Increase the availability of data disaggregated by income, gender, age, race, ethnicity, migratory status, disability, geographic location and other characteristics."],
  ["sdg-17.3", "SDG 17.3: additional financial resources", "ODD 17.3 : ressources financières supplémentaires", "ODS 17.3: recursos financieros adicionales", "ЦУР 17.3: дополнительные финансовые ресурсы", "Mobilize additional financial resources for developing countries; remittances as a share of GDP is indicator 17.3.2."],
  ["sdg-3.c", "SDG 3.c: health workforce", "ODD 3.c : personnel de santé", "ODS 3.c: personal sanitario", "ЦУР 3.c: кадры здравоохранения", "Increase health financing and the recruitment, development, training and retention of the health workforce in developing countries."],
  ["sdg-4.b", "SDG 4.b: scholarships", "ODD 4.b : bourses d'études", "ODS 4.b: becas", "ЦУР 4.b: стипендии", "Expand the number of scholarships available to developing countries for enrolment in higher education."],
  ["sdg-13.1", "SDG 13.1: resilience to climate hazards", "ODD 13.1 : résilience face aux aléas climatiques", "ODS 13.1: resiliencia ante los riesgos climáticos", "ЦУР 13.1: устойчивость к климатическим рискам", "Strengthen resilience and adaptive capacity to climate-related hazards and natural disasters."],
]);

export const DOMAINS = facet("domain", [
  ["migrant-rights", "Migrant rights", "Droits des migrants", "Derechos de los migrantes", "Права мигрантов", "SDG 10.7.2 domain 1: migrants' access to services, rights and protection."],
  ["whole-of-government", "Whole-of-government approach", "Approche pangouvernementale", "Enfoque pangubernamental", "Общегосударственный подход", "SDG 10.7.2 domain 2: institutions, strategies, coordination and data."],
  ["cooperation-partnerships", "Cooperation and partnerships", "Coopération et partenariats", "Cooperación y alianzas", "Сотрудничество и партнёрства", "SDG 10.7.2 domain 3: international cooperation and partnerships with non-state actors."],
  ["socioeconomic-wellbeing", "Socioeconomic well-being", "Bien-être socioéconomique", "Bienestar socioeconómico", "Социально-экономическое благополучие", "SDG 10.7.2 domain 4: labour migration, skills, remittances, diaspora."],
  ["mobility-dimensions-of-crises", "Mobility dimensions of crises", "Dimensions des crises liées à la mobilité", "Dimensiones de movilidad de las crisis", "Аспекты мобильности в кризисных ситуациях", "SDG 10.7.2 domain 5: displacement, disasters, climate and crisis response."],
  ["safe-orderly-regular-migration", "Safe, orderly and regular migration", "Migration sûre, ordonnée et régulière", "Migración segura, ordenada y regular", "Безопасная, упорядоченная и легальная миграция", "SDG 10.7.2 domain 6: border management, trafficking, smuggling, return and readmission."],
]);

export const STAGES = facet("stage", [
  ["awareness-preparation", "Awareness and preparation", "Sensibilisation et préparation", "Sensibilización y preparación", "Информирование и подготовка", "Raising awareness of migration and development links and preparing the mainstreaming process."],
  ["evidence-situation-analysis", "Evidence and situation analysis", "Données probantes et analyse de situation", "Evidencia y análisis de situación", "Фактические данные и анализ ситуации", "Migration profiles, assessments and situation analyses that inform policy."],
  ["coordination-mechanism", "Coordination mechanism", "Mécanisme de coordination", "Mecanismo de coordinación", "Координационный механизм", "Setting up or running an inter-ministerial coordination body."],
  ["policy-integration", "Policy integration", "Intégration dans les politiques", "Integración en las políticas", "Интеграция в политику", "Building migration into laws, policies, strategies and plans."],
  ["action-planning-implementation", "Action planning and implementation", "Planification et mise en œuvre", "Planificación y ejecución", "Планирование действий и реализация", "Action plans, budgets and the implementation of measures."],
  ["monitoring-evaluation", "Monitoring and evaluation", "Suivi et évaluation", "Seguimiento y evaluación", "Мониторинг и оценка", "Indicators, monitoring frameworks, reviews and evaluations."],
  ["capacity-building", "Capacity building", "Renforcement des capacités", "Fortalecimiento de capacidades", "Укрепление потенциала", "Training and strengthening the capacity of officials and institutions."],
]);

export const CATEGORIES: readonly Category[] = [
  ...THEMES,
  ...SECTORS,
  ...INSTRUMENTS,
  ...GCM_OBJECTIVES,
  ...SDG_TARGETS,
  ...DOMAINS,
  ...STAGES,
];

const byKey = new Map(CATEGORIES.map((c) => [`${c.facet}:${c.id}`, c]));

export function getCategory(facet: string, id: string): Category | undefined {
  return byKey.get(`${facet}:${id}`);
}

export function categoriesOf(f: Facet): Category[] {
  return CATEGORIES.filter((c) => c.facet === f);
}

/** A label in the wanted language, falling back to English. */
export function labelOf(facet: string, id: string, lang: LabelLang = "en"): string {
  const c = getCategory(facet, id);
  if (!c) return id;
  return c.label[lang] || c.label.en;
}
