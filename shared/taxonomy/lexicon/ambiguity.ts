/**
 * Words for "migration" itself are polysemous: software (schema migrations, data migration),
 * biology (bird, cell migration), chemistry (migration from packaging). Person nouns (migrant,
 * refugee, returnee) are not. The tagger therefore treats a single-word migration anchor that
 * matches AMBIGUOUS_ANCHORS as human migration only when no domain cue of another field sits
 * within a sentence of it, unless an unambiguous anchor sits there too.
 *
 * DOMAIN_CUES are words of those other fields, as documents of those fields use them.
 */
import type { LexiconText } from "../types";

export const AMBIGUOUS_ANCHORS: LexiconText = {
  en: "migration; migrations; migrate; migrated; migrating; migratory",
  fr: "migration; migrations; migrer; migratoire; migratoires",
  es: "migración; migraciones; migrar; migratorio; migratoria; migratorios; migratorias",
  ru: "миграция; миграции; миграцию; миграцией; миграций; миграционн*; мигрировать; мигрируют",
  ro: "migrație; migrația; migrației; migrații; migrațiile; migrare; migrarea; migrării; migratoriu; migratorie",
  sr: "migracija; migracije; migraciju; migracijom; migracijama; migracion*",
  ar: "هجرة; الهجرة; ترحيل",
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
flyways; waterbird*; seabird*; shorebird*; wetland*; stopover site*
`,
  fr: `base de données; bases de données; logiciel*; serveur*; nuage; informatique; oiseaux; espèces; cellul*; tumeur*;
emballage*; contaminant*;
cadastre; plateforme numérique; plateformes numériques; numérisation; zones humides
`,
  es: `base de datos; bases de datos; software; servidor*; nube; informático; aves; especies; célul*; tumor*; envase*;
contaminante*;
mariposa*; humedales
`,
  ru: `базы данных; база данных; баз данных; сервер*; программн*; облак*; птиц*; клеток; клетки; опухол*; радионуклид*;
рыб*;
бабочк*; водно-болотн*
`,
  ro: `baza de date; bazei de date; baze de date; server*; software; cloud; păsări*; celul*; tumor*; ambalaj*`,
  sr: `baza podataka; baze podataka; bazu podataka; server*; softver*; oblak*; ptic*; ćelij*; tumor*; ambalaž*`,
  ar: `قاعدة البيانات; قواعد البيانات; البيانات الرقمية; الخادم; الخوادم; البرمجيات; السحابة; الطيور; الخلايا; الأورام`,
};
