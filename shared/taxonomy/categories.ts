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
  ["labour-migration", "Labour migration", "", "", "", "Labour mobility, overseas and foreign employment, recruitment, work permits, migrant workers' conditions."],
  ["remittances", "Remittances", "", "", "", "Remittance flows, costs, channels, incentives and productive use."],
  ["diaspora", "Diaspora engagement", "", "", "", "Diaspora engagement, diaspora organisations, investment and knowledge transfer."],
  ["return-reintegration", "Return and reintegration", "", "", "", "Voluntary or forced return, readmission and the reintegration of returnees."],
  ["irregular-migration-border", "Irregular migration and borders", "", "", "", "Irregular entry and stay, border management, visas and entry procedures, detention."],
  ["trafficking-smuggling", "Trafficking and smuggling", "", "", "", "Trafficking in persons and smuggling of migrants."],
  ["forced-displacement-asylum", "Forced displacement and asylum", "", "", "", "Refugees, asylum, international protection, internally displaced persons."],
  ["climate-environmental-mobility", "Climate and environmental mobility", "", "", "", "Migration, displacement and planned relocation linked to climate change, disasters and environmental degradation."],
  ["internal-migration-urbanisation", "Internal migration and urbanisation", "", "", "", "Rural-urban and other internal migration, urbanisation."],
  ["integration-inclusion", "Integration and inclusion", "", "", "", "Integration of immigrants, social cohesion, non-discrimination, access to services."],
  ["migrant-rights-protection", "Migrants' rights and protection", "", "", "", "Human and labour rights of migrants, consular protection, access to justice, vulnerable migrants."],
  ["skills-education-mobility", "Skills and education mobility", "", "", "", "Skills development and recognition, brain drain, gain and circulation, student mobility."],
  ["families-left-behind", "Families left behind", "", "", "", "Families and children of migrants who stay behind."],
  ["migration-data-evidence", "Migration data and evidence", "", "", "", "Migration statistics, migration profiles, research and information systems."],
  ["governance-coordination", "Governance and coordination", "", "", "", "Whole-of-government coordination, migration institutions, policy coherence and mainstreaming itself."],
  ["international-cooperation", "International cooperation", "", "", "", "Bilateral and multilateral agreements, regional processes, global partnerships on migration."],
]);

export const SECTORS = facet("sector", [
  ["employment", "Employment", "", "", "", "Labour market, jobs and decent work, where migration is discussed."],
  ["education", "Education", "", "", "", "Schools, universities and training, where migration is discussed."],
  ["health", "Health", "", "", "", "Health services and the health workforce, where migration is discussed."],
  ["social-protection", "Social protection", "", "", "", "Social security, pensions and social assistance, where migration is discussed."],
  ["finance-economy", "Finance and economy", "", "", "", "Economic development, investment, banking and finance, where migration is discussed."],
  ["agriculture-rural", "Agriculture and rural development", "", "", "", "Farming and rural livelihoods, where migration is discussed."],
  ["environment-climate-disaster", "Environment, climate and disasters", "", "", "", "Environment, climate change and disaster risk, where migration is discussed."],
  ["urban-local", "Urban and local development", "", "", "", "Cities, municipalities and local government, where migration is discussed."],
  ["justice-security", "Justice and security", "", "", "", "Law enforcement, courts, criminal justice and security, where migration is discussed."],
  ["gender", "Gender", "", "", "", "Women, girls and gender equality, where migration is discussed."],
  ["youth-children", "Youth and children", "", "", "", "Children and young people, where migration is discussed."],
  ["foreign-affairs", "Foreign affairs", "", "", "", "Diplomacy, consular affairs and external relations, where migration is discussed."],
  ["statistics", "Statistics", "", "", "", "Official statistics, censuses and surveys, where migration is discussed."],
]);

export const INSTRUMENTS = facet("instrument", [
  ["law", "Law", "", "", "", "An act adopted by parliament: a law, code or organic law."],
  ["regulation", "Regulation", "", "", "", "A decree, government decision, ordinance, by-law or other secondary legislation."],
  ["policy", "Policy", "", "", "", "A policy or policy framework document."],
  ["strategy", "Strategy", "", "", "", "A national or sectoral strategy or development plan."],
  ["action-plan", "Action plan", "", "", "", "An action or implementation plan with measures, responsibilities and deadlines."],
  ["programme", "Programme", "", "", "", "A programme or project with its own activities and budget."],
  ["agreement", "Agreement", "", "", "", "A bilateral or multilateral agreement, compact, convention or memorandum of understanding."],
  ["institutional-mechanism", "Institutional mechanism", "", "", "", "The founding act or terms of reference of a coordination body or institution."],
  ["report-profile", "Report or profile", "", "", "", "A report, study, assessment or migration profile."],
  ["other", "Other", "", "", "", "Any other kind of document."],
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

export const GCM_OBJECTIVES = facet(
  "gcm",
  GCM_TITLES.map((t, i): Row => [`gcm-${i + 1}`, `GCM ${i + 1}: ${t}`, "", "", "", `Objective ${i + 1} of the Global Compact for Safe, Orderly and Regular Migration (A/RES/73/195).`]),
);

export const SDG_TARGETS = facet("sdg", [
  ["sdg-10.7", "SDG 10.7: well-managed migration policies", "", "", "", "Facilitate orderly, safe, regular and responsible migration and mobility of people, including through planned and well-managed migration policies."],
  ["sdg-10.c", "SDG 10.c: remittance costs", "", "", "", "Reduce to less than 3 per cent the transaction costs of migrant remittances and eliminate corridors with costs higher than 5 per cent."],
  ["sdg-8.8", "SDG 8.8: labour rights of migrant workers", "", "", "", "Protect labour rights and promote safe working environments for all workers, including migrant workers, in particular women migrants."],
  ["sdg-8.7", "SDG 8.7: forced labour and trafficking", "", "", "", "End forced labour, modern slavery and human trafficking, and child labour."],
  ["sdg-5.2", "SDG 5.2: violence against women and girls", "", "", "", "Eliminate all forms of violence against women and girls, including trafficking and sexual and other types of exploitation."],
  ["sdg-16.2", "SDG 16.2: violence against children", "", "", "", "End abuse, exploitation, trafficking and all forms of violence against children."],
  ["sdg-16.9", "SDG 16.9: legal identity", "", "", "", "Provide legal identity for all, including birth registration."],
  ["sdg-17.18", "SDG 17.18: disaggregated data", "", "", "", "Increase the availability of data disaggregated by income, gender, age, race, ethnicity, migratory status, disability, geographic location and other characteristics."],
  ["sdg-17.3", "SDG 17.3: additional financial resources", "", "", "", "Mobilize additional financial resources for developing countries; remittances as a share of GDP is indicator 17.3.2."],
  ["sdg-3.c", "SDG 3.c: health workforce", "", "", "", "Increase health financing and the recruitment, development, training and retention of the health workforce in developing countries."],
  ["sdg-4.b", "SDG 4.b: scholarships", "", "", "", "Expand the number of scholarships available to developing countries for enrolment in higher education."],
  ["sdg-13.1", "SDG 13.1: resilience to climate hazards", "", "", "", "Strengthen resilience and adaptive capacity to climate-related hazards and natural disasters."],
]);

export const DOMAINS = facet("domain", [
  ["migrant-rights", "Migrant rights", "", "", "", "SDG 10.7.2 domain 1: migrants' access to services, rights and protection."],
  ["whole-of-government", "Whole-of-government approach", "", "", "", "SDG 10.7.2 domain 2: institutions, strategies, coordination and data."],
  ["cooperation-partnerships", "Cooperation and partnerships", "", "", "", "SDG 10.7.2 domain 3: international cooperation and partnerships with non-state actors."],
  ["socioeconomic-wellbeing", "Socioeconomic well-being", "", "", "", "SDG 10.7.2 domain 4: labour migration, skills, remittances, diaspora."],
  ["mobility-dimensions-of-crises", "Mobility dimensions of crises", "", "", "", "SDG 10.7.2 domain 5: displacement, disasters, climate and crisis response."],
  ["safe-orderly-regular-migration", "Safe, orderly and regular migration", "", "", "", "SDG 10.7.2 domain 6: border management, trafficking, smuggling, return and readmission."],
]);

export const STAGES = facet("stage", [
  ["awareness-preparation", "Awareness and preparation", "", "", "", "Raising awareness of migration and development links and preparing the mainstreaming process."],
  ["evidence-situation-analysis", "Evidence and situation analysis", "", "", "", "Migration profiles, assessments and situation analyses that inform policy."],
  ["coordination-mechanism", "Coordination mechanism", "", "", "", "Setting up or running an inter-ministerial coordination body."],
  ["policy-integration", "Policy integration", "", "", "", "Building migration into laws, policies, strategies and plans."],
  ["action-planning-implementation", "Action planning and implementation", "", "", "", "Action plans, budgets and the implementation of measures."],
  ["monitoring-evaluation", "Monitoring and evaluation", "", "", "", "Indicators, monitoring frameworks, reviews and evaluations."],
  ["capacity-building", "Capacity building", "", "", "", "Training and strengthening the capacity of officials and institutions."],
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
