/**
 * Words for "migration" itself are polysemous: software (schema migrations, data migration),
 * biology (bird, cell migration), chemistry (migration from packaging). Person nouns (migrant,
 * refugee, returnee) are not. The tagger therefore treats a single-word migration anchor that
 * matches AMBIGUOUS_ANCHORS as human migration only when no domain cue of another field sits
 * within a sentence of it, unless an unambiguous anchor sits there too.
 *
 * The migration corridor ("countries of origin, transit and destination") is listed here too:
 * it is an anchor of compact text that names no migrant, but drug-control texts use the same
 * formula for drug routes, so it yields to drug and firearms words as "migration" yields to birds.
 *
 * "Brain drain" and "seasonal worker(s)" are listed too (round 25): a football club's report speaks of
 * the brain drain from its youth academy, and a harvest festival of seasonal workers whose wine is
 * "exported to Japan" (a country of the `abroad` cue set); they yield to football and export words.
 * A theme phrase on such a pattern does not vouch for itself (score.ts).
 *
 * Round 28: "deported" and "deportee(s)" yield to history words (gulag, Holocaust, bells "deported"
 * by an occupying army) and to a goalkeeper's joke; a "Diaspora Advisory Board" to a museum's words;
 * French "droit d'asile" to the Middle Ages of a history text; Romanian "azil" (also a dogs' home
 * or an old people's home, and matched by Serbian "азил") to dogs and animals. Memorial,
 * commemoration, exhibition and church words were tried as cues and dropped: every cue here also
 * makes a bare "migration" yield, and "a travelling exhibition on safe migration" or "a memorial
 * day for those who died on migration routes" are migration text.
 *
 * DOMAIN_CUES are words of those other fields, as documents of those fields use them.
 */
import type { LexiconText } from "../types";

export const AMBIGUOUS_ANCHORS: LexiconText = {
  en: `migration; migrations; migrate; migrated; migrating; migratory;
countries of origin and destination; countries of origin and of destination; countries of origin, transit and destination;
countries of origin, transit or destination; countries of origin and transit; countries of transit and destination;
origin, transit and destination countries; origin and destination countries;
brain drain; seasonal worker*;
deported; deportee*; Diaspora Advisory Board; Diaspora Advisory Council`,
  fr: `migration; migrations; migrer; migratoire; migratoires;
pays d'origine, de transit et de destination; pays d'origine et de destination; pays d'origine et de transit; pays de transit et de destination;
droit d'asile`,
  es: `migración; migraciones; migrar; migratorio; migratoria; migratorios; migratorias;
países de origen, tránsito y destino; países de origen, de tránsito y de destino; países de origen y destino; países de origen y de destino;
países de origen y tránsito; países de tránsito y destino`,
  ru: `миграция; миграции; миграцию; миграцией; миграций; миграционн*; мигрировать; мигрируют;
стран* происхождения, транзита и назначения; стран* происхождения и назначения; стран* происхождения и транзита; стран* транзита и назначения`,
  ro: `migrație; migrația; migrației; migrații; migrațiile; migrare; migrarea; migrării; migratoriu; migratorie;
țările de origine, tranzit și destinație; țările de origine, de tranzit și de destinație; țările de origine și de destinație; țările de origine și destinație;
țările de origine și de tranzit; țărilor de origine, tranzit și destinație; țărilor de origine și de destinație;
azil*`,
  sr: `migracija; migracije; migraciju; migracijom; migracijama; migracion*;
zeml* porekla, tranzita i odredišta; zeml* porekla i odredišta; zemalja porekla, tranzita i odredišta; zemalja porekla i odredišta;
zeml* porekla i tranzita; zemalja porekla i tranzita`,
  ar: `هجرة; الهجرة; ترحيل;
بلدان المنشأ والعبور والمقصد; بلدان المنشأ والمقصد; بلدان المنشأ والعبور; دول المنشأ والعبور والمقصد; دول المنشأ والمقصد`,
  ky: `миграциясы; миграциясын; миграциясынын; миграциянын; миграцияны; миграцияга; миграцияда; миграциядан; миграциялык*`,
  bn: `অভিবাসন*`,
};

export const DOMAIN_CUES: LexiconText = {
  en: `database; databases; schema; schemas; sql; mysql; postgresql; postgres; sqlite; oracle database; django; rails;
laravel; flyway; liquibase; alembic; server; servers; software; cloud; codebase; repository; rollback; roll back;
deploy; deployment; api; apis; upgrade; legacy system; legacy systems; data center; virtual machine*; kubernetes;
version control; migration script*; migration file*;
bird*; species; wildlife; flock*; wintering; breeding grounds; spawning; salmon; butterfl*; wildebeest; whales;
cell*; tumour*; tumor*; neuron*; neuronal; leukocyte*; chemotaxis; metastasis; embryo*; in vitro; assay*;
plasticizer*; food contact; packaging; contaminant*; radionuclide*; groundwater; ions; electromigration;
dune*; sediment*; pixel*; email migration; mailbox*;
flyways; waterbird*; seabird*; shorebird*; wetland*; stopover site*;
illicit drugs; narcotic drugs; narcotics; drug trafficking; drug traffickers; precursor chemicals; cocaine; heroin; opium; firearms;
football; footballer*; club; clubs; exported; exporter; exporters; goalkeeper*;
Holocaust; gulag*; occupying army; occupying forces; museum; museums; curator*;
document management; records management system*
`,
  fr: `base de données; bases de données; logiciel*; serveur*; nuage; informatique; oiseaux; espèces; cellul*; tumeur*;
emballage*; contaminant*;
cadastre; plateforme numérique; plateformes numériques; numérisation; zones humides;
drogues illicites; stupéfiants; précurseurs chimiques; armes à feu;
Moyen Âge; médiéva*; Shoah
`,
  es: `base de datos; bases de datos; software; servidor*; nube; informático; aves; especies; célul*; tumor*; envase*;
contaminante*;
mariposa*; humedales; gestor documental; gestores documentales; gestión documental; expediente electrónico;
expedientes electrónicos; sistema informático; sistemas informáticos; aplicación informática; aplicaciones informáticas;
drogas ilícitas; estupefacientes; precursores químicos; armas de fuego
`,
  ru: `базы данных; база данных; баз данных; сервер*; программн*; облак*; птиц*; клеток; клетки; опухол*; радионуклид*;
рыб*;
бабочк*; водно-болотн*;
наркотик*; наркотическ* средств*; прекурсор*; огнестрельн* оруж*
`,
  ro: `baza de date; bazei de date; baze de date; server*; software; cloud; păsări*; celul*; tumor*; ambalaj*;
droguri; stupefiante; arme de foc; câini; câine; câinii; câinilor; animale; animalele; animalelor; maidanez*`,
  sr: `baza podataka; baze podataka; bazu podataka; server*; softver*; oblak*; ptic*; ćelij*; tumor*; ambalaž*;
opojn* drog*; droge; droga; vatren* oružj*; pse; psa; psima; životinj*; udomljavanj*`,
  ar: `قاعدة البيانات; قواعد البيانات; البيانات الرقمية; الخادم; الخوادم; البرمجيات; السحابة; الطيور; الخلايا; الأورام; المخدرات; الأسلحة النارية`,
  ky: `куштар*; канаттуу*; балыктар*; серверлер*; булуттук*; баңгизат*`,
  bn: `পাখি; পাখির; পাখিদের; পাখিরা; সফটওয়্যার; সার্ভার; ডেটাবেস; ক্লাউড; মাদক; মাদকদ্রব্য`,
};
