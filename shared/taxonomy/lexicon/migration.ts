/**
 * The relevance gate's lexicons: is a text about HUMAN migration or displacement policy?
 *
 * - MIGRATION_ANCHORS: terms that alone show the topic (one single-word anchor is enough for the
 *   gate, so single words here must be unambiguous in policy text: migrant*, refugee*, returnee*;
 *   anything polysemous is written as a phrase: "asylum seekers", "trafficking in persons"), or
 *   needs a cue set in its sentence: compact paragraphs often say "workers" where they mean
 *   migrant workers, which `workers&corridor` reads only beside wording that puts their work in
 *   more than one country (./cues.ts); "recruitment fees" and "regular pathways" need people.
 * - MIGRATION_WEAK: words that are about migration only when an anchor is near (diaspora in a
 *   literary history, a "border" of a map, "return" of goods, "integration" of systems...). The
 *   tagger counts them only within the context window of an anchor, so no `~` is needed here.
 * - MIGRATION_NEGATIVES: look-alikes that are NOT human migration (software and data migration,
 *   bird or cell migration, remittance advice, drug trafficking, psychiatric asylum, hospital
 *   readmission, tax return, European integration, engine displacement...). A hit inside one is
 *   void, and a lone single-word anchor in its sentence window is void; phrases survive. So the
 *   negatives are written as phrases that are look-alikes by themselves: a bare generic word
 *   ("traffic", "trade", "перевод") would silence true anchors near it.
 *
 * Terms are folded by the tagger (lower case, accents dropped, Cyrillic → Latin with the Serbian
 * table, Arabic letter forms unified, Arabic proclitics stripped), and every pattern counts once
 * per language: a word spelt identically in two languages after folding (diaspora, migrant*,
 * remitent*) is listed under one of them only, otherwise it would count twice.
 * The polysemous word "migration" itself is listed in the exact forms that ./ambiguity.ts lists
 * (same patterns), so the tagger can let it yield to database/bird/cell cues; person nouns
 * (migrant*, refugee*) are stems and never yield.
 * Russian stems are written so their transliteration is not the prefix of a common Latin word
 * (e.g. not `дет*`, which folds to "det*" = detention); Serbian is written in Latin.
 * Vocabulary: editorial, from policy usage; seeded from the research notes (taxonomy.md B1).
 */
import type { LexiconText } from "../types";

export const MIGRATION_ANCHORS: LexiconText = {
  en: `
remittance flows; remittance service providers; remittance transfers; remittance recipients; remittance-receiving households;
cost of remittances; cost of sending remittances; sending remittances; international remittances; inward remittances; remittance market;
diaspora investment; diaspora investors; diaspora bonds;
diaspor*&development; members of the diaspora; diaspora members; diaspora experts; experts from the diaspora; diaspora professionals;
diaspora associations; engagement with the diaspora; engaging the diaspora;
foreign nationals; non-nationals; third-country nationals; applicants for international protection; beneficiaries of international protection;
persons in need of international protection; subsidiary protection;
migration; migrations; migrant*; immigrant*; immigrat*; emigrant*; emigrat*; outmigration; out-migration;
in-migration; labour migration; labor migration; migrant worker*; migratory flows; migratory movements;
refugee*; asylum seeker*; seeking asylum; right to asylum; political asylum; asylum application*;
asylum procedure*; asylum system; granted asylum; asylum law; internally displaced;
internal displacement; displaced persons; displaced people; forcibly displaced; forced displacement;
stateless person*; statelessness; trafficking in persons; trafficking in human beings; human trafficking;
trafficked persons; victims of trafficking; anti-trafficking; counter-trafficking; smuggling of migrants;
people smuggling; human smuggling; returnee*; returned migrants; readmission agreement*;
deportee*; human mobility; labour mobility&partners; labor mobility&partners; overseas employment; foreign employment;
employment abroad; overseas workers; expatriate workers; expatriates' welfare; wage earners abroad;
nationals abroad; citizens abroad; compatriots abroad; overseas nationals; nationals living abroad;
citizens living abroad; non-resident Bangladeshi*; Moldovans abroad; Moldovan citizens abroad;
Serbs abroad; Serbian diaspora; Tunisians abroad; Moroccans living abroad; Moroccans residing abroad;
Ecuadorians abroad; Jamaicans overseas; Kyrgyz citizens abroad; diaspora policy; diaspora engagement;
diaspora strategy; diaspora organisations; diaspora organizations; remittances from migrants;
migrant remittances; workers' remittances; remittance inflows; remittance costs; remittance corridors;
Global Compact for Migration; Global Compact for Safe, Orderly and Regular Migration; Global Compact on Refugees;
International Organization for Migration; International Organisation for Migration; UNHCR;
Office of the United Nations High Commissioner for Refugees; Migrant Workers Convention; ICRMW; GFMD;
Global Forum on Migration and Development; brain drain; border crossers; irregular entry; undocumented workers;
foreign workers; foreign labour; guest workers; work permit*&aliens; residence permit*; Law on Foreigners;
entry and stay of foreigners;
leave their country of origin; leave their countries of origin; compel people to leave; forced to leave their homes;
people displaced by; persons displaced by; planned relocation&persons; relocate in a planned&persons;
this Global Compact; the present Global Compact; compelled to leave their country; compelled to leave their countries; compelled to leave their homes; forced to leave their country; forced to leave their countries; forced to migrate; compelled to migrate;
safe, orderly and regular migration; safe and orderly migration; orderly and regular migration; regular pathways for migration; regular migration pathways;
regular pathways&persons; legal pathways&persons; regular channels&persons;
the Global Compact&partners;
consular protection; consular assistance; consular capacities; consular capacity; consular cooperation&persons; consular networks;
countries of origin and destination; countries of origin and of destination; countries of origin, transit and destination;
countries of origin, transit or destination; countries of origin and transit; countries of transit and destination;
origin, transit and destination countries; origin and destination countries;
worker&corridor; workers&corridor; recruitment fees&persons; recruitment fee&persons; circular labour mobility; circular labour schemes; circular labour programmes; circular labor programs; seasonal and circular labour;
force people to leave; forces people to leave; forcing people to leave; force them to leave their homes; uproot communities; uprooted communities; uprooted people
force people to move; forces people to move; forcing people to move
foreigners&residence; aliens&residence; foreign residents; resident foreigners; non-citizens;
unaccompanied foreign minors; unaccompanied foreign children; unaccompanied and separated children; foreign minors;
foreign seasonal workers; seasonal workers from abroad; seasonal workers from third countries; expatriate worker
foreign citizen; foreign citizens; foreign national; foreigner&residence;
persons without citizenship; person without citizenship; stateless children; stateless people; stateless individuals;
residing abroad&persons; resident abroad&persons; residents abroad&persons; settled abroad&persons; living overseas&persons;
residing overseas&persons; settled overseas&persons;
returning residents; returning nationals; returned nationals;
returning from abroad&sojourn; returned from abroad&sojourn; return from abroad&sojourn; back from abroad&sojourn
compatriots&abroad
who are not citizens; do not hold citizenship; do not have citizenship
entry into and exit from&persons; exit from and entry into&persons;
entry into and exit from the Republic; entry into and exit from the Kyrgyz Republic; entry into and exit from the Russian Federation; entry into and exit from the country; entry into and exit from the territory;
exit from and entry into the Republic; exit from and entry into the Kyrgyz Republic; exit from and entry into the Russian Federation; exit from and entry into the country; exit from and entry into the territory;
entry and exit of foreigners; exit and entry of citizens; Wage Earners' Welfare Board
population residing abroad; population living abroad; living outside the country&persons; residing outside the country&persons; working outside the country&persons;
crossing the state border&persons; cross the state border&persons
people leaving the country&sojourn; people have left the country&sojourn; people who left the country&sojourn
living in another country&persons; lives in another country&persons; living in other countries&persons; members living abroad; member living abroad; household members abroad;
member living in another country; members living in another country
departure of young people&sojourn
plan for implementing the Global Compact; plan for the implementation of the Global Compact; implementation plan for the Global Compact; implementation plan of the Global Compact; GCM implementation plan; GCM national implementation plan
who plan to move abroad; who are planning to move abroad; who are thinking of moving abroad; people planning to move abroad; people thinking of moving abroad;
people who move abroad; people who moved abroad; citizens who move abroad; nationals who move abroad;
deported; returned involuntarily&persons; involuntarily returned&persons; forcibly returned&persons
people displaced&displacers; people were displaced&displacers; people have been displaced&displacers; people had been displaced&displacers; persons displaced&displacers; persons were displaced&displacers; persons have been displaced&displacers; persons had been displaced&displacers; households displaced&displacers; households were displaced&displacers; households have been displaced&displacers; households had been displaced&displacers; families displaced&displacers; families were displaced&displacers; families have been displaced&displacers; families had been displaced&displacers; residents displaced&displacers; residents were displaced&displacers; residents have been displaced&displacers; residents had been displaced&displacers; inhabitants displaced&displacers; inhabitants were displaced&displacers; inhabitants have been displaced&displacers; inhabitants had been displaced&displacers; communities displaced&displacers; communities were displaced&displacers; communities have been displaced&displacers; communities had been displaced&displacers;
displaced households&displacers; displaced families&displacers; displaced communities&displacers; displaced residents&displacers; displacement of people&displacers; displacement of persons&displacers; displacement of households&displacers; displacement of communities&displacers; displacement of families&displacers;
displacement caused by&hazards; displacement due to&hazards; displacement risk&hazards; population displacement&hazards;
relocation of communities&hazards; relocation of villages&hazards; relocation of households&hazards; relocation of settlements&hazards;
relocate communities&hazards; relocate villages&hazards; relocate households&hazards; relocated communities&hazards; relocated villages&hazards;
communities relocated&hazards; villages relocated&hazards; households relocated&hazards;
relocation of coastal communities&hazards; relocation of coastal villages&hazards; relocation of affected communities&hazards; relocation of affected households&hazards
going abroad for work; going abroad for employment; going abroad for jobs; going abroad in search of work; go abroad for work; go abroad for employment; go abroad for jobs; go abroad in search of work; went abroad for work; went abroad for employment; went abroad for jobs; went abroad in search of work; gone abroad for work; gone abroad for employment; gone abroad for jobs; gone abroad in search of work; goes abroad for work; goes abroad for employment; goes abroad for jobs; goes abroad in search of work;
workers going abroad; workers who go abroad; workers who went abroad; workers leaving for abroad; seasonal worker*&abroad
have left for&abroad&movers&!passing; has left for&abroad&movers&!passing; had left for&abroad&movers&!passing; who left for&abroad&movers&!passing; who leave for&abroad&movers&!passing; who are leaving for&abroad&movers&!passing; parents left for&abroad&!passing;
go to work in&abroad&!passing; goes to work in&abroad&!passing; going to work in&abroad&!passing; went to work in&abroad&!passing; gone to work in&abroad&!passing;
left to work in&abroad&!passing; leave to work in&abroad&!passing; leaving to work in&abroad&!passing; intend to work in&abroad&!passing; plan to work in&abroad&!passing;
recruited to posts in&abroad&!passing; recruited to work in&abroad&!passing; recruited for work in&abroad&!passing; recruited for jobs in&abroad&!passing;
recruited from abroad&movers&!passing; recruited abroad&movers&!passing; recruited overseas&movers&!passing; hired from abroad&movers&!passing;
placing workers abroad; placing workers overseas; place workers abroad; place workers overseas; placement of workers abroad; placement of workers overseas; a job abroad; a job overseas; job offer abroad; job offers abroad;
promised jobs&abroad; promised a job&abroad; promised work&abroad;
returning workers&abroad; come home&abroad&sojourn&!passing; comes home&abroad&sojourn&!passing; coming home&abroad&sojourn&!passing; came home&abroad&sojourn&!passing;
come back&abroad&sojourn&!passing; coming back&abroad&sojourn&!passing; came back&abroad&sojourn&!passing;
newly arrived&abroad&movers&!passing; recently arrived&abroad&movers&!passing;
lived abroad&emigrants; money from abroad&emigrants; born abroad&emigrants; foreign-born; born in another country&emigrants; born outside the country&emigrants;
third-country workers; third-country worker; granted permanent residence; grant permanent residence; no right to stay&partners; no right to remain&partners;
who fled&hazards&movers&!passing&!soon; who fled&hazards&movers&!passing&soon&!homeagain; had fled&hazards&movers&!passing&!soon; had fled&hazards&movers&!passing&soon&!homeagain; have fled&hazards&movers&!passing&!soon; have fled&hazards&movers&!passing&soon&!homeagain; flee&hazards&movers&!passing&!soon; flee&hazards&movers&!passing&soon&!homeagain; fleeing&hazards&movers&!passing&!soon; fleeing&hazards&movers&!passing&soon&!homeagain; evacuees&hazards&!passing&!soon; evacuees&hazards&!passing&soon&!homeagain;
fled the fighting; fleeing the fighting; fled the war; fleeing the war; fleeing war; fled conflict; fleeing conflict; fleeing violence; fled violence; fleeing persecution; fled persecution;
forced from their homes&displacers; driven from their homes&displacers; forced out of their homes&displacers;
leave their homes&displacers&!passing&!soon; leave their homes&displacers&!passing&soon&!homeagain; leaving their homes&displacers&!passing&!soon; leaving their homes&displacers&!passing&soon&!homeagain;
move in a planned way&hazards; moving in a planned way&hazards; planned moves&hazards;
forced labour or sexual exploitation; sexual exploitation or forced labour; forced labor or sexual exploitation; sexual exploitation or forced labor;
cross the border irregularly; crossing the border irregularly; crossed the border irregularly; cross the border illegally; crossing the border illegally; crossed the border illegally;
without papers&movers
border post*&crossers&!freight&!passing; points of entry&crossers&!freight&!passing; point of entry&crossers&!freight&!passing;
crossing points&crossers&!freight&!passing; land crossing*&crossers&!freight&!passing; border control*&crossers&!freight&!passing;
border checks&crossers&!freight&!passing;
humanitarian visa*; work visa*; visa categor*&!passing; permission to stay and work; permission to stay in the country; permission to remain in the country;
leave to remain; leave to stay and work; without a valid visa&!passing; apply for a visa&movers&!passing;
take up posts in&abroad&movers&!passing; take up jobs in&abroad&movers&!passing; now work in&abroad&movers&!passing;
now live in&abroad&movers&!passing; place abroad&movers&!passing; placed abroad&movers&!passing;
gone to live in&abroad&movers&!passing; went to live in&abroad&movers&!passing; members living outside the country;
across borders illegally&movers&!freight; across the border illegally&movers&!freight
granted international protection&persons; been granted international protection&persons; who has been granted international protection
newcomers from abroad&!passing&!leisure; new arrivals from abroad&!passing&!leisure
left their villages&hazards&movers&!passing&!soon; leave their villages&hazards&movers&!passing&!soon; leaving their villages&hazards&movers&!passing&!soon
plan to leave the country&movers&sojourn&!passing; intend to leave the country&movers&sojourn&!passing; planning to leave the country&movers&sojourn&!passing
boat to Europe&movers; boats to Europe&movers
a person to enter the country in breach of; persons to enter the country in breach of; enter the country in breach of&persons
who change country&movers&!firms; who changed country&movers&!firms; who have changed country&movers&!firms
fake offers of work&abroad; fake job offers&abroad; false job offers&abroad; fake offers of jobs&abroad
hidden in lorries&movers; hidden in trucks&movers; taken across several borders&movers&!passing
`,
  fr: `
coût des envois de fonds; flux d'envois de fonds; envois de fonds internationaux; bénéficiaires des envois de fonds;
investissements de la diaspora;
membres de la diaspora; experts de la diaspora; associations de la diaspora; compétences de la diaspora; engagement de la diaspora; mobilisation de la diaspora;
ressortissants étrangers; personnes étrangères; ressortissants de pays tiers; demandeurs de protection internationale; bénéficiaires de la protection internationale;
protection subsidiaire;
migratoire; migratoires; immigré*; émigré*; travailleurs étrangers; travailleur étranger;
réfugié*; demandeur* d'asile; droit d'asile; statut de réfugié; déplacés internes;
personnes déplacées; traite des personnes; traite des êtres humains;
trafic illicite de migrants; trafic de migrants; passeurs de migrants; migrants de retour; rapatriés;
 mobilité humaine; Marocains résidant à l'étranger; Marocains résidents à l'étranger;
Marocains du monde; Tunisiens résidant à l'étranger; Tunisiens à l'étranger; Tunisiens de l'étranger;
ressortissants à l'étranger; ressortissants établis à l'étranger; communauté établie à l'étranger;
Moldaves à l'étranger; envois de fonds des migrants; transferts des migrants; transferts de fonds des migrants;
Pacte mondial sur les migrations; Pacte mondial pour des migrations sûres, ordonnées et régulières;
Organisation internationale pour les migrations; Haut-Commissariat des Nations Unies pour les réfugiés;
fuite des cerveaux; exode des cerveaux; sans-papiers; titre de séjour; carte de séjour; permis de séjour;
entrée et séjour des étrangers; séjour des étrangers; politique d'asile; migration de main-d'œuvre;
le présent Pacte mondial; contraints de migrer; contraintes de migrer; contraint de migrer; forcés de migrer; obligés de migrer; contraints de quitter leur pays; forcées de quitter leur pays; forcés de quitter leur pays;
migrations sûres, ordonnées et régulières; le Pacte mondial&partners;
protection consulaire; assistance consulaire; coopération consulaire&emigrants;
pays d'origine, de transit et de destination; pays d'origine et de destination; pays d'origine et de transit; pays de transit et de destination;
travailleurs&corridor; travailleuses&corridor; frais de recrutement&persons; voies régulières&persons; voies légales&persons
étrangers&residence; tout étranger&residence; étranger isolé; étrangers isolés; mineur* étranger*;
travailleurs saisonniers étrangers; résidents étrangers
citoyens étrangers; citoyen étranger; ressortissant étranger; personne étrangère; personnes sans nationalité;
résidant à l'étranger&persons; résidents à l'étranger&persons; établis à l'étranger&persons; installés à l'étranger&persons;
vivant à l'étranger&persons; de retour de l'étranger&sojourn; rentr* au pays&sojourn; rentr* définitivement
n'ont pas la nationalité; n'a pas la nationalité; ne possèdent pas la nationalité
communauté marocaine résidant à l'étranger; communauté tunisienne résidant à l'étranger; communauté nationale résidant à l'étranger;
communauté marocaine à l'étranger; communauté tunisienne à l'étranger; communauté nationale à l'étranger
un étranger&residence
résidant hors du territoire national&persons; vivant hors du territoire national&persons; franchissent la frontière&persons
partis travailler; parties travailler; partis vivre à l'étranger
départ des jeunes&sojourn
plan national de mise en œuvre du Pacte mondial; plan de mise en œuvre du Pacte mondial; plan d'action pour la mise en œuvre du Pacte mondial
familles venues de l'étranger&!passing; familles venues d'autres pays&!passing
Maliens de l'extérieur&!passing; Sénégalais de l'extérieur&!passing; Tunisiens de l'extérieur&!passing; Marocains de l'extérieur&!passing; Algériens de l'extérieur&!passing; Ivoiriens de l'extérieur&!passing; Guinéens de l'extérieur&!passing; Burkinabè de l'extérieur&!passing; Nigériens de l'extérieur&!passing; Béninois de l'extérieur&!passing; Togolais de l'extérieur&!passing; Camerounais de l'extérieur&!passing; Congolais de l'extérieur&!passing; Haïtiens de l'extérieur&!passing; Comoriens de l'extérieur&!passing; Mauritaniens de l'extérieur&!passing
partent travailler&abroad&!passing; partir travailler&abroad&!passing;
travaille à l'étranger&movers&!passing; vit à l'étranger&movers; vivent à l'étranger&movers;
quitté le pays&abroad&movers&!passing; quittent le pays&abroad&movers&!passing; quitter le pays&abroad&movers&!passing;
venues de l'étranger&movers&!passing; venus de l'étranger&movers&!passing; arrivés de l'étranger&movers&!passing; arrivées de l'étranger&movers&!passing;
rentrés de l'étranger&sojourn&!passing; rentrés de l'extérieur&sojourn&!passing; rentrent de l'étranger&sojourn&!passing;
placent des travailleurs&abroad; placer des travailleurs&abroad; placement de travailleurs&abroad; candidats au départ&abroad;
pour fuir&hazards&movers&!passing; ont fui&hazards&movers&!passing;
quitté leurs maisons&hazards&!passing; quitté leurs villages&hazards&!passing; quitté leurs terres&hazards&!passing;
dû quitter leurs&hazards&!passing; contraints de quitter leurs&hazards; obligés de quitter leurs&hazards;
franchissent une frontière&movers&!passing; franchir la frontière&movers&!passing; franchi la frontière&movers&!passing;
familles déplacées&hazards; ménages déplacés&hazards; habitants déplacés&hazards; réinstallation planifiée&hazards; réinstallation des communautés&hazards; réinstallation des ménages&hazards
`,
  es: `
costo de las remesas; costo del envío de remesas; flujos de remesas; receptores de remesas; hogares receptores de remesas; remesas internacionales;
inversión de la diáspora;
miembros de la diáspora; expertos de la diáspora; asociaciones de la diáspora; vinculación con la diáspora; participación de la diáspora;
personas extranjeras; ciudadanos extranjeros; nacionales de terceros países; solicitantes de protección internacional; beneficiarios de protección internacional;
protección subsidiaria;
migratorio; migratoria; migratorios; migratorias; inmigraci*; inmigrante*;
personas en movilidad; movilidad humana; refugiado*; solicitante* de refugio; solicitante* de asilo;
derecho de asilo; condición de refugiado; desplazado* interno*;
desplazamiento forzado; personas desplazadas; trata de personas; trata de seres humanos;
tráfico ilícito de migrantes; tráfico de migrantes; retornado*; personas retornadas; readmisión;
ecuatorianos en el exterior; ecuatorianas y ecuatorianos en el exterior; ecuatorianos residentes en el exterior;
compatriotas en el exterior; connacionales en el exterior; nacionales en el extranjero; ciudadanos en el exterior;
remesas de los migrantes; remesas de migrantes; remesas familiares; envío de remesas;
Pacto Mundial para la Migración; Pacto Mundial para una Migración Segura, Ordenada y Regular;
Organización Internacional para las Migraciones; Alto Comisionado de las Naciones Unidas para los Refugiados;
ACNUR; fuga de cerebros; indocumentado*; Ley Orgánica de Movilidad Humana; trabajadores extranjeros;
el presente Pacto Mundial; obligadas a migrar; obligados a migrar; forzadas a migrar; forzados a migrar; obligadas a abandonar su país; obligados a abandonar su país;
migración segura, ordenada y regular; el Pacto Mundial&partners;
protección consular; asistencia consular; cooperación consular&emigrants;
países de origen, tránsito y destino; países de origen, de tránsito y de destino; países de origen y destino; países de origen y de destino;
países de origen y tránsito; países de tránsito y destino;
trabajadores&corridor; trabajadoras&corridor; comisiones de contratación&persons; vías regulares&persons; vías legales&persons
extranjeros&residence; menores extranjeros; residentes extranjeros; temporeros extranjeros;
trabajadores temporeros extranjeros
persona extranjera; ciudadano extranjero; ciudadana extranjera;
residentes en el exterior&persons; residentes en el extranjero&persons; residen en el exterior; residan en el exterior;
residido en el exterior; viven en el exterior&persons; vivido en el exterior
compatriotas&abroad; connacionales&abroad; población venezolana; personas venezolanas; ciudadanos venezolanos; personas de nacionalidad venezolana
no tengan la nacionalidad; no posean la nacionalidad; no tienen la nacionalidad
viven fuera del país&persons; residen fuera del país&persons; residentes fuera del país&persons; trabajan fuera del país
salieron del país&sojourn; salido del país&sojourn; abandonan el país&sojourn; abandonaron el país&sojourn; dejaron el país&sojourn; salen del país&sojourn
salida de jóvenes&sojourn; salida de los jóvenes&sojourn
plan nacional de implementación del Pacto Mundial; plan de implementación del Pacto Mundial; plan de aplicación del Pacto Mundial; plan nacional de aplicación del Pacto Mundial
recién llegad*&newcomers&!passing; remesas enviad*&emigrants; remesas que envían&emigrants
personas que regresan&sojourn&abroad&!passing; personas que vuelven&sojourn&abroad&!passing; regresan al país&sojourn&abroad&!passing; regresaron al país&sojourn&abroad&!passing;
volvieron al país&sojourn&abroad&!passing; vuelven al país&sojourn&abroad&!passing; retornan al país&sojourn&abroad&!passing;
se fueron a vivir&abroad&!passing; se van a vivir&abroad&!passing; se fueron a trabajar&abroad&!passing; se van a trabajar&abroad&!passing;
viajan a trabajar&abroad&!passing; salen a trabajar&abroad&!passing; salieron a trabajar&abroad&!passing;
trabajan en el exterior&movers&!passing; trabajan en el extranjero&movers&!passing;
cruzan la frontera&movers&!passing; cruzaron la frontera&movers&!passing; cruzar la frontera&movers&!passing; cruzan fronteras&movers&!passing;
llegados del exterior&movers&!passing; llegadas del exterior&movers&!passing; llegados del extranjero&movers&!passing; llegadas del extranjero&movers&!passing;
contratados en origen; contratadas en origen; contrataciones en origen;
huyen de&hazards&movers&!passing; huyeron de&hazards&movers&!passing; huir de&hazards&movers&!passing;
familias desplazadas&hazards; personas desplazadas por&hazards; desplazadas por&hazards&movers; desplazados por&hazards&movers;
que abandonar sus hogares&hazards&!passing; abandonaron sus hogares&hazards&!passing; que dejar sus hogares&hazards&!passing; dejaron sus hogares&hazards&!passing;
reubicación de las familias&hazards; reubicación de familias&hazards; reubicación de las comunidades&hazards; reubicación de comunidades&hazards; reubicación de las poblaciones&hazards; reubicación planificada&hazards;
emigraron; emigrar; emigrad*
`,
  ru: `
стоимост* денежн* перевод*&abroad; трансграничн* денежн* перевод*; получател* денежн* перевод*&abroad;
инвестици* диаспор*;
представител* диаспор*; член* диаспор*; вовлечени* диаспор*; взаимодействи* с диаспор*; диаспорск* организаци*;
иностранн* граждан*; граждан* третьих стран; дополнительн* защит* беженц*;
миграция; миграции; миграцию; миграцией; миграций; иммиграц*; эмиграц*;
трудов* мигрант*; трудящ* мигрант*; трудов* миграц*; бежен*; просител* убежищ*; ищущ* убежищ*;
предоставлени* убежищ*; политическ* убежищ*; временн* убежищ*; статус* беженц*;
вынужденн* переселен*; вынужденн* мигрант*; внутренне перемещенн*; перемещенн* лиц*; лиц* без гражданства;
безгражданств*; торговл* людьми; жертв* торговли людьми;
незаконн* ввоз* мигрант*; контрабанд* мигрант*; реадмисси*; возвратн* миграц*; вернувш* мигрант*;
соотечественник*&abroad; соотечественник* за рубежом; граждан* за рубежом; граждан* проживающ* за рубежом;
граждан* за границей; граждан* находящ* за рубежом; кыргызстанц* за рубежом;
денежн* перевод* мигрант*; перевод* трудов* мигрант*; иностранн* рабоч* сил*;
иностранн* работник*; разрешени* на работу; патент* на осуществлени* трудов*; вид* на жительство;
разрешени* на временное проживание; Глобальн* договор* о миграции; Глобальн* договор* о безопасной;
безопасн*, упорядоченн* и легальн* миграц*; Глобальн* договор*&partners;
консульск* защит*; консульск* помощ*; консульск* сотрудничеств*&persons;
стран* происхождения, транзита и назначения; стран* происхождения и назначения; стран* происхождения и транзита; стран* транзита и назначения;
работник*&corridor; трудящ*&corridor;
Международн* организаци* по миграции; Верховн* комиссар* ООН по делам беженцев; УВКБ; утечк* мозгов;
Государственн* миграционн* служб*;
настоящ* Глобальн* договор*; вынужден* мигрировать; вынужден* покинуть сво* стран*; вынужден* покидать сво* стран*
иностранц*&residence; несовершеннолетн* иностранц*; вернувш* из-за рубежа&sojourn&!passing; вернувш* из-за границы&sojourn&!passing; вернувш* с заработков
возвративш* из-за рубежа;
проживающ* за рубежом&persons; проживающ* за границей&persons
трудящ* государств* член*
не являющ* граждан*; не имеющ* гражданств*
выезд* из Кыргызск* Республик* и въезд*; поряд* выезда и въезда; въезд* в Кыргызск* Республик* и выезд*
находящ* за пределами&persons; проживающ* за пределами&persons; пересекающ* государственн* границ*&persons
отъезд* молодежи&sojourn; выезд* молодежи&sojourn; выходц* из Кыргызстана&sojourn; выходц* из Киргизии&sojourn; выходц* из Таджикистана&sojourn; выходц* из Узбекистана&sojourn; выходц* из Средней Азии&sojourn; выходц* из Центральной Азии&sojourn; выходц* из стран Центральной Азии&sojourn; выходц* из стран СНГ&sojourn; выходц* из Молдовы&sojourn; выходц* из Молдавии&sojourn; выходц* из Азербайджана&sojourn; выходц* из Армении&sojourn; выходц* из Афганистана&sojourn
выезжающ* на работу&abroad&!passing; выехавш* на работу&abroad&!passing; выезжают на работу&abroad&!passing; выехали на работу&abroad&!passing;
уехавш* на работу&abroad&!passing; уехали на работу&abroad&!passing;
покидают свои дома из-за&hazards&!passing; покинули свои дома&hazards&!passing; вынуждены покинуть свои дома&hazards; пришлось покинуть свои дома&hazards;
переселен*&hazards&movers&!passing;
возвращающ* на родину&sojourn&movers&!passing; возвращени* на родину&sojourn&movers&!passing; вернулись на родину&sojourn&movers&!passing;
находятся за границей&movers&!passing; находятся за рубежом&movers&!passing; проживают за рубежом&movers; проживают за границей&movers; живут за рубежом&movers; живут за границей&movers;
перейти границу&movers&!passing; перешли границу&movers&!passing; пересекли границу&movers&!passing; пересечь границу&movers&!passing;
нуждающ* в защите&frontier; отбира* у них паспорт*&abroad&movers; отобра* у них паспорт*&abroad&movers; отбира* паспорт*&abroad&movers; отобра* паспорт*&abroad&movers;
на заработки&movers&!passing;
приезжающ* из других стран&movers&!passing; прибывающ* из других стран&movers&!passing; приехавш* из-за рубежа&movers&!passing; прибывш* из-за рубежа&movers&!passing; приехавш* из других стран&movers&!passing
`,
  ro: `
costul remitențelor; fluxurile de remitențe; beneficiarii remitențelor; gospodăriile care primesc remitențe;
investițiile diasporei;
membrii diasporei; experți din diaspora; asociațiile diasporei; implicarea diasporei; relațiile cu diaspora;
cetățeni străini; cetățenii străini; cetățenilor străini; resortisanți străini; beneficiari de protecție internațională; solicitanți de protecție internațională;
protecție subsidiară;
migrație; migrația; migrației; migrații; migrațiile; migrațiilor; migrațional*; imigrați*; imigranț*;
lucrător* migranț*; refugiat*; solicitant* de azil; azil*;
persoane strămutate; strămutaț*; apatrid*; trafic* de ființe umane; trafic* de persoane;
victime ale traficului; trafic ilegal de migranți; readmisie; readmisia; migranți reîntorși; reîntorș*;
cetățeni reveniți; moldoven* de peste hotare; cetățen* aflaț* peste hotare; cetățen* din străinătate;
comunitatea moldovenească din străinătate;
Biroul Relații cu Diaspora; Biroul Migrație și Azil; Pactul Global pentru Migrație;
Organizația Internațională pentru Migrație; Înaltul Comisariat al Națiunilor Unite pentru Refugiați;
exodul creierelor; exodul de creiere; muncă peste hotare; plecați peste hotare; plecați la muncă;
regimul străinilor; dreptul de ședere; permis de ședere;
prezentul Pact Global; forțați să emigreze; nevoiți să emigreze; nevoiți să își părăsească țara; forțați să își părăsească țara;
țările de origine, tranzit și destinație; țările de origine, de tranzit și de destinație; țările de origine și de destinație; țările de origine și destinație;
țările de origine și de tranzit; țărilor de origine, tranzit și destinație; țărilor de origine și de destinație;
dobândit o formă de protecție; beneficiază de o formă de protecție; beneficiarii unei forme de protecție
șederea străinilor; șederii străinilor; intrarea străinilor; intrării străinilor; ieșirea străinilor; ieșirii străinilor
străinii&residence; străinilor&residence; străinul&residence; străinului&residence; lucrător* străin*; minori* străini
stabiliți peste hotare; stabiliți în străinătate; aflați în străinătate; locuiesc în străinătate; locuiesc peste hotare;
trăiesc în străinătate; trăiesc peste hotare; reveniți din străinătate; întorși din străinătate; întorși acasă&sojourn;
reveniți în țară&sojourn; întorși în țară&sojourn; ședere provizorie; șederea provizorie; șederii provizorii; dreptului de ședere
conaționali&abroad
nu au cetățenia; nu are cetățenia; nu dețin cetățenia; nu deține cetățenia; veniți din străinătate; veniți din state terțe; veniți din țări terțe
persoanele care trec frontiera de stat; persoanelor care trec frontiera de stat; trăiesc în afara țării&!passing; locuiesc în afara țării&!passing
plecat peste hotare&sojourn; plecate peste hotare&sojourn; plecați în străinătate&sojourn; plecat în străinătate&sojourn; plecate în străinătate&sojourn; plecat la muncă
plecarea tinerilor&sojourn
plan* național* de implementare a Pactului Global; plan* de implementare a Pactului Global; plan* de acțiuni pentru implementarea Pactului Global
persoane fără cetățenie; persoanele fără cetățenie; persoanelor fără cetățenie; persoană fără cetățenie
au lucrat în străinătate; au lucrat peste hotare; au muncit în străinătate; au muncit peste hotare
lucrător* moldoven* din străinătate; lucrător* moldoven* de peste hotare
pleacă la muncă&abroad&!passing; pleacă la lucru&abroad&!passing; plecarea la muncă&abroad&!passing; plecării la muncă&abroad&!passing; plecarea ambilor părinți&abroad;
plecarea părinților&abroad; pleacă să lucreze&abroad&!passing; pleacă să muncească&abroad&!passing; plecați să lucreze&abroad&!passing;
lucrează în&abroad&movers&!passing; muncesc în&abroad&movers&!passing; lucrează peste hotare&movers; muncesc peste hotare&movers; lucrează în străinătate&movers; muncesc în străinătate&movers;
lucrător* moldoven* din&abroad;
revin acasă&abroad&sojourn&!passing; revin în țară&abroad&sojourn&!passing; s-au întors acasă&abroad&sojourn&!passing; se întorc acasă&abroad&sojourn&!passing;
aflați în afara țării&movers&!passing; aflate în afara țării&movers&!passing; stabiliți în afara țării&movers;
au fost mutate&hazards&movers&!passing; au fost mutați&hazards&movers&!passing; au fost relocate&hazards&movers&!passing;
relocarea familiilor&hazards; relocarea gospodăriilor&hazards; mutarea familiilor&hazards;
și-au părăsit casele&hazards&!passing; părăsească casele&hazards&!passing; au fugit de&hazards&movers&!passing; fug de&hazards&movers&!passing
pleacă la studii&abroad&!passing; plecați la studii&abroad&!passing; plecarea la studii&abroad&!passing;
în afara țării&movers&!passing; originar* din Republica Moldova&abroad&movers; sosiț* în Republica Moldova&movers&!passing;
promițându-le locuri de muncă&abroad; promițându-le un loc de muncă&abroad; le promiteau locuri de muncă&abroad
`,
  sr: `
troškovi doznaka; tokovi doznaka; primaoci doznaka; investicije dijaspore;
dijaspor*&development; pripadnic* dijaspore; stručnjac* iz dijaspore; udruženj* dijaspore; saradnj* s dijasporom; saradnj* sa dijasporom;
strani državljani; stranih državljana; stranim državljanima; tražioci međunarodne zaštite; tražilaca međunarodne zaštite; supsidijarna zaštita;
migracije; migracijom; migracijama; migracion*; migranat*; imigracij*; iseljavanj*;
iseljenik*; iseljeništv*; useljavanj*; izbeglic*; izbjeglic*; izbegl* lica; tražioci azila; tražilac azila;
tražilaca azila; tražiocima azila; pravo na azil; zakon o azilu; postupak azila; postupku azila;
interno raseljen*; raseljen* lica; lica bez državljanstva; trgovina ljudima;
trgovine ljudima; trgovinu ljudima; trgovinom ljudima; krijumčarenje migranata; krijumčarenja migranata;
krijumčarenje ljudi; readmisij*; povratnik*; povratnic*;
Srbi u regionu; Srbi u dijaspori; državljani u inostranstvu; državljana u inostranstvu; građani u inostranstvu;
doznake iz inostranstva; doznake migranata; Globalni dogovor o migracijama; Međunarodna organizacija za migracije;
Komesarijat za izbeglice i migracije; Komesarijat za izbeglice; odliv mozgova; Zakon o strancima;
radne migracije; zapošljavanje u inostranstvu; rad u inostranstvu;
ovaj Globalni dogovor; prinuđen* da migrira*; prinuđen* da napuste svoju zemlju;
zeml* porekla, tranzita i odredišta; zeml* porekla i odredišta; zemalja porekla, tranzita i odredišta; zemalja porekla i odredišta;
zeml* porekla i tranzita; zemalja porekla i tranzita
stranci&residence; stranaca&residence; strancima&residence; stranac&residence; strani radnik; strani radnici; stranih radnika; stranim radnicima; stranog radnika; stranom radniku;
maloletn* stranc*
strani državljanin; stranog državljanina; stranom državljaninu; stranim državljaninom; strane državljane;
strance&residence; stranca&residence; žive u inostranstvu; živi u inostranstvu; nastanjeni u inostranstvu;
prebivalište u inostranstvu; vraćen* iz inostranstva&sojourn; vrat* iz inostranstva&sojourn; vraćen* iz zemalja Evropske unije
sunarodnik*&abroad; sunarodnic*&abroad
nemaju državljanstvo; nema državljanstvo; nisu državljani
lica koja prelaze državnu granicu; lica koja prelaze granicu; žive van zemlje; rade van zemlje
otišli u inostranstvo&sojourn; otišla u inostranstvo&sojourn; otišao u inostranstvo&sojourn; odlaze u inostranstvo&sojourn; odlazak u inostranstvo&sojourn; odlaska u inostranstvo&sojourn; odlazak mladih iz zemlje; odlaska mladih iz zemlje; odlazak mladih u inostranstvo; odlaska mladih u inostranstvo
odlaze na rad&abroad&!passing; otišli na rad&abroad&!passing; odlazak na rad&abroad&!passing; odlaska na rad&abroad&!passing;
odlaze da rade&abroad&!passing; otišli da rade&abroad&!passing; odlazak&abroad&movers&!passing; odlaska&abroad&movers&!passing;
zaposlen* u&abroad&movers&!passing; zaposleno je u&abroad&movers&!passing; zaposleni su u&abroad&movers&!passing; iselil*&abroad&movers&!passing;
povratak mladih&abroad&!passing; povratka mladih&abroad&!passing; povratak stručnjaka&abroad&!passing; povratka stručnjaka&abroad&!passing;
vratili iz&abroad&sojourn&movers&!passing; vraćaju iz&abroad&sojourn&movers&!passing;
napustili svoje domove&hazards&!passing; napuste svoje domove&hazards&!passing; preseljen*&hazards&movers&!passing; evakuisan*&hazards&movers&!passing;
prelaze granicu&movers&!passing; prešli granicu&movers&!passing; pređu granicu&movers&!passing; bez putnih isprava&movers&!passing
`,
  ar: `
تكلفة التحويلات; تحويلات العاملين في الخارج;
الشتات&development; الجاليات&development; الجالية&development; أبناء الجالية; أفراد الجالية; خبراء الجالية;
المواطنين الأجانب; الرعايا الأجانب; طالبي الحماية الدولية;
الهجرة; هجرة; مهاجر*; المهاجر*; المغترب*; الهجرات; اللاجئ*; طالبي اللجوء; طالب اللجوء;
ملتمسي اللجوء; حق اللجوء; النازح*; النزوح; النزوح الداخلي; المهجرين; التهجير القسري; عديمي الجنسية;
انعدام الجنسية; الاتجار بالبشر; الاتجار بالأشخاص; الاتجار في البشر; الاتجار في الأشخاص; ضحايا الاتجار;
تهريب المهاجرين; مهربي المهاجرين; مهاجر* عائد*; المهاجر* العائد*; إعادة القبول; مغترب*;
الجالية المغربية المقيمة بالخارج; الجالية التونسية بالخارج; مقيم* بالخارج; مقيم* في الخارج; المقيم* بالخارج; المقيم* في الخارج;
المغاربة المقيمين بالخارج; مغاربة العالم; التونسيين بالخارج; التونسيون بالخارج; التونسيين المقيمين بالخارج;
تحويلات المهاجرين; تحويلات المغتربين; تحويلات العمال المهاجرين; العمال المهاجرين; العمالة الوافدة;
العمال الأجانب; اليد العاملة الأجنبية; الاتفاق العالمي هجرة; الميثاق العالمي هجرة;
المنظمة الدولية هجرة; المفوضية السامية للأمم المتحدة لشؤون اللاجئين; هجرة الأدمغة; هجرة الكفاءات;
الهجرة غير النظامية; الهجرة غير الشرعية; الهجرة السرية; هجرة غير النظامية; هجرة غير الشرعية; هجرة السرية; دخول إقامة الأجانب; بطاقة الإقامة;
هذا الاتفاق العالمي; المجبرين على مغادرة بلدانهم; اضطروا إلى مغادرة بلدانهم;
بلدان المنشأ والعبور والمقصد; بلدان المنشأ والمقصد; بلدان المنشأ والعبور; دول المنشأ والعبور والمقصد; دول المنشأ والمقصد; رسوم الاستقدام&persons
الأجانب&residence; العامل الوافد; العمال الوافدون; العمال الوافدين; عامل وافد; المقيمين الأجانب; المقيم الأجنبي; الأجانب المقيمين
الأجنبي&residence; عديم الجنسية; عديمو الجنسية; العاملين بالخارج; العاملين في الخارج; العاملون بالخارج; العاملون في الخارج;
العائدين إلى أرض الوطن; العائدون إلى أرض الوطن; العائدين نهائيا; العائدون نهائيا
لا يحملون الجنسية; لا يحمل الجنسية; غير الحاملين للجنسية
المقيمين خارج أرض الوطن; المقيمين خارج الوطن; الأشخاص الذين يعبرون الحدود
غادروا البلاد&sojourn; يغادرون البلاد&sojourn; مغادرة البلاد&sojourn; غادروا الوطن&sojourn
خطة تنفيذ الميثاق العالمي; الخطة الوطنية لتنفيذ الميثاق العالمي; خطة تنفيذ الاتفاق العالمي; الخطة الوطنية لتنفيذ الاتفاق العالمي
الشغل بالخارج&movers&!passing; العمل بالخارج&movers&!passing; العمل في الخارج&movers&!passing; التشغيل بالخارج&!passing; التوظيف بالخارج&!passing;
انتداب ممرضين&abroad&!passing; انتداب الممرضين&abroad&!passing; انتداب مهندسين&abroad&!passing; انتداب المهندسين&abroad&!passing; انتداب عمال&abroad&!passing; انتداب العمال&abroad&!passing; انتداب الكفاءات&abroad&!passing; العودة الطوعية&!passing; عادوا من&abroad&sojourn&movers&!passing; العائدين من&abroad&sojourn&movers&!passing;
العبور غير النظامي; عبور غير نظامي; الحدود خلسة; الحدود البحرية خلسة; القاصرين غير المرافقين; الأطفال غير المرافقين;
نزحوا&!passing; غادروا منازلهم&hazards&!passing; مغادرة منازلهم&hazards&!passing; إيواء الأسر&hazards; إيواء العائلات&hazards; ترحيل السكان&hazards; إعادة إسكان&hazards&movers
`,
  ky: `
эмгек мигрант*; эмгек миграция*; миграциясы; миграциясын; миграциясынын; миграциянын; миграцияны; миграцияга; миграцияда; миграциядан; миграциялык*;
качкын*; башпаанек издөөчү*; башпаанек сураган*; жарандыгы жок адам*; адам сатуу*; адам соодасы*; мекендеш*;
чет өлкөдө иште*; чет өлкөлөрдө иште*; чет өлкөдө эмгектен*; чет өлкөгө иштөөгө*; чет өлкөдө жумушка орноштуру*;
чет өлкөлүк жарандар*; чет өлкөлүк жумушчу*; чет элдик жарандар*; кайра кабыл алуу жөнүндө макулдашуу*;
консулдук жардам*; консулдук коргоо*; мигранттарды мыйзамсыз ташуу*
жумушка кет*&abroad&!passing; иштөөгө кет*&abroad&!passing; Москвада иште*&movers&!passing; Орусияда иште*&movers&!passing;
Казакстанда иште*&movers&!passing; Түркияда иште*&movers&!passing; Кореяда иште*&movers&!passing;
мекенине кайтып келген*&movers&!passing; кайтып келген*&abroad&movers&!passing; пландуу көчүрүү*&hazards&movers; көчүрүлгөн үй-бүлө*&hazards; үй-бүлөлөрдү көчүрү*&hazards; тургундарды көчүрү*&hazards;
калкты көчүрү*&hazards; айылдарды көчүрү*&hazards
`,
  bn: `
অভিবাসন*; অভিবাসী; অভিবাসীদের; অভিবাসীর; অভিবাসীকে; প্রবাস*; বৈদেশিক কর্মসংস্থান*; বিদেশগামী*; বহির্গমন*;
বিদেশফেরত*; প্রত্যাগত অভিবাসী*; মানব পাচার*; পাচারের শিকার*; শরণার্থী*; আশ্রয়প্রার্থী*; রাষ্ট্রহীন*; বাস্তুচ্যুত*; উদ্বাস্তু*; রোহিঙ্গা*;
অনাবাসী বাংলাদেশি*; কনস্যুলার সহায়তা*
বিদেশে যাওয়া*&movers&!passing; বিদেশে গিয়ে&movers&!passing; বিদেশে কর্মরত*&!passing; বিদেশে কাজের&movers&!passing;
দেশে ফেরা&abroad&movers&!passing; দেশে ফেরত&abroad&movers&!passing; পাঠানোর নামে&abroad&!passing; বিদেশে পাঠানো*&movers&!passing;
পরিবারকে স্থানান্তর*&hazards; পরিবারগুলোকে স্থানান্তর*&hazards; বাসিন্দাদের স্থানান্তর*&hazards; আশ্রয় নিচ্ছে*&hazards&movers&!passing
`,
};

export const MIGRATION_WEAK: LexiconText = {
  en: `
remittance; remittances; border; borders; visa; visas; return; returns; returning;
integration; mobility; recruitment agency; recruitment agencies; recruiting agencies; recruitment fees;
IOM; ILO; expatriate*; foreigners; aliens; asylum; displacement; displaced; trafficking; trafficked;
smuggling; smugglers; deportation; expulsion; detention; naturalisation; naturalization; citizenship;
resettlement; relocation; reintegration; reinsertion; xenophobia; host communities; host country;
country of origin; countries of origin; country of destination; countries of destination; transit countries; countries of transit; country of transit;
abroad; overseas; newcomers; seasonal workers; domestic workers; nationals; compatriots; hawala; hundi;
exodus; MRE; IDP; IDPs; GCM; AVRR;
international protection
receiving countries; receiving country
newly arrived; recently arrived; arriving persons; new arrivals
`,
  fr: `
envois de fonds; transferts de fonds; retour;
 mobilité; agences de recrutement; agences de placement; OIM; OIT; BIT; étrangers; asile;
déplacement; déplacés; trafic; passeurs; éloignement; rétention; nationalité;
réinstallation; xénophobie; pays d'origine; pays d'accueil; pays de destination;
pays de transit; à l'étranger; ressortissants; HCR; PMM;
protection internationale
`,
  es: `
remesa; remesas; frontera; fronteras; visado; visados; retorno;
movilidad; agencias de colocación; agencias de empleo; extranjeros; asilo; refugio; desplazamiento;
desplazados; tráfico; coyotes; detención; nacionalidad;
reasentamiento; reinserción; xenofobia; país de origen; países de origen; país de destino;
país de acogida; país de tránsito; en el exterior; en el extranjero; connacionales; compatriotas;
protección internacional
`,
  ru: `
диаспор*; денежн* перевод*; частн* перевод*; границ*; пограничн*; визов*; визы; возвращени*; интеграц*;
мобильност*; частн* агентств* занятости; МОМ; МОТ; иностранц*; убежищ*; перемещени*;
переселенц*; переселени*; контрабанд*; выдворени*; депортац*; натурализац*; гражданств*; реинтеграц*;
ксенофоби*; страна происхождения; страны происхождения; страна назначения; страны назначения;
за рубежом; за границей; за пределами страны; выезд*; въезд*; трудоустройств* за рубеж*;
международн* защит*
`,
  ro: `
 remitenț*; transferuri de bani; frontier*; vize; viza; vizelor; returnare; returnarea;
reîntoarcere; reintegrare; reintegrarea; integrare; integrarea; mobilitate; mobilitatea; agenții de ocupare;
 OIM Moldova; străin*; expulzare; îndepărtare; luare în custodie publică; naturalizare; cetățenie;
cetățenia; relocare; xenofobie; țara de origine; țările de origine; țara de destinație; peste hotare;
în străinătate; conaționali;
protecție internațională
`,
  sr: `
dijaspor*; doznak*; vizni*; vizama; povratak; povratka; agencij* za zapošljavanje;
 MOR; stranac; stranaca; stranc*; raseljavanj*; krijumčar*; udaljenj*; proterivanj*;
prijem u državljanstvo; državljanstv*; preseljenj*; zemlja porekla; zemlje porekla;
zemlja destinacije; zemlje tranzita; u inostranstvu; iz inostranstva; sunarodnik*
`,
  ar: `
الجالية; الجاليات; اللجوء; التحويلات; الحدود; الحدودي*; تأشير*; العودة; العائدين; الإدماج;
الاندماج; التنقل; وكالات التشغيل; مكاتب الاستقدام; الاستقدام; الأجانب; الترحيل; الإبعاد; الاحتجاز الإداري;
التجنيس; الجنسية; التوطين; إعادة التوطين; إعادة الإدماج; كراهية الأجانب; بلد المنشأ; بلدان المنشأ;
بلد المقصد; بلدان العبور; بالخارج; في الخارج; الشتات
`,
  ky: `
акча которуу*; чек ара*; кайрылман*; чет өлкө*; кайра кабыл алуу*; жарандык алуу*
`,
  bn: `
রেমিট্যান্স*; হুন্ডি*; সীমান্ত*; ভিসা; ভিসার; পাসপোর্ট*; দূতাবাস*; বিদেশে; বিদেশের; প্রত্যাবাসন*; প্রত্যাবর্তন*; পুনঃএকত্রীকরণ*;
রিক্রুটিং এজেন্সি*; চোরাচালান*
`,
};

export const MIGRATION_NEGATIVES: LexiconText = {
  en: `
UN Global Compact; United Nations Global Compact; Global Compact Network; Global Compact principles; principles of the Global Compact;
participants in the Global Compact; signatories to the Global Compact; Global Compact LEAD;
data migration; database migration; database migrations; schema migration; schema migrations; migrate the database;
migrate your database; migrate your data; migrate data; migrating data; migrate to the cloud; migrating to the cloud;
cloud migration; server migration; application migration; system migration; legacy migration; platform migration;
email migration; mailbox migration; content migration; code migration; migration script; migration scripts;
migration file; migration files; migration tool; migration tools; migration guide; migration wizard;
migration path for; migrations folder; makemigrations; db:migrate; run migrations; rollback migration;
down migration; up migration; Flyway; Liquibase; Alembic; Knex migrations; ActiveRecord migration;
bird migration; birds migration; migration of birds; migratory birds; migratory bird; migratory species;
migratory fish; animal migration; fish migration; spawning migration; salmon migration; whale migration;
wildebeest migration; great migration of wildebeest; monarch butterfly migration; insect migration;
cell migration; cellular migration; neuronal migration; leukocyte migration; tumor cell migration;
tumour cell migration; transendothelial migration; chemotaxis; ion migration; electromigration;
migration of contaminants; contaminant migration; migration of radionuclides; radionuclide migration;
plasticizer migration; migration of plasticizers; specific migration limit; overall migration limit;
migration from food contact materials; migration testing; pollutant migration; groundwater migration;
moisture migration; dune migration; river channel migration; pore migration; grain boundary migration;
remittance advice; remittance slip; remittance slips; remittance form; remittance address; remittance report;
drug trafficking; drugs trafficking; narcotics trafficking; trafficking in narcotics; trafficking in drugs;
arms trafficking; weapons trafficking; wildlife trafficking; trafficking in wildlife; trafficking in cultural property;
illicit trafficking of goods; road traffic; traffic accident*; traffic jam*; traffic congestion; web traffic;
network traffic; air traffic; traffic lights; lunatic asylum; insane asylum; psychiatric asylum; mental asylum;
asylum for the insane; orphan asylum; hospital readmission*; readmission rate*; readmission to hospital;
thirty-day readmission; readmission within; readmissions within; unplanned readmission*; avoidable readmission*; patient readmission*; 30-day readmission; tax return; tax returns; return on investment; return on equity;
return on assets; rate of return; returns to scale; return value; return statement; product return*;
return policy; return merchandise; systems integration; system integration; API integration;
integration test*; continuous integration; European integration; Euro-Atlantic integration; EU integration;
regional integration; economic integration; regional economic integration; Eurasian integration;
vertical integration; social mobility; upward mobility; urban mobility; electric mobility; e-mobility;
mobility aid*; mobility scooter*; mobility impairment*; engine displacement; ship displacement;
displacement tonnage; displacement sensor; visa card; Visa Inc; border-radius; cross-border trade;
cross-border payments; No Child Left Behind; leave no one behind; no one left behind; brain migration;
going abroad for work relat*; go abroad for work relat*; went abroad for work relat*; gone abroad for work relat*; goes abroad for work relat*;
going abroad for work trip*; go abroad for work trip*; went abroad for work trip*; going abroad for work visit*; going abroad for work meeting*;
diaspora of contributors; diaspora of developers; diaspora of users; diaspora of maintainers; contributor diaspora; developer diaspora;
novel about; historical novel;
ground displacement caused by; ground displacement due to; lateral displacement caused by; lateral displacement due to; soil displacement caused by; soil displacement due to; slope displacement caused by; slope displacement due to; fault displacement caused by; fault displacement due to; vertical displacement caused by; vertical displacement due to; horizontal displacement caused by; horizontal displacement due to; structural displacement caused by; structural displacement due to; seismic displacement caused by; seismic displacement due to; relative displacement caused by; relative displacement due to; wall displacement caused by; wall displacement due to; pile displacement caused by; pile displacement due to;
Hijra calendar; diaspora literature; literature of the diaspora; diaspora studies; diaspora writers; diaspora art; diaspora music;
music of the diaspora
countries of origin and destination of goods; countries of origin of goods; countries of destination of goods
foreign investors; non-resident foreigners; non-resident aliens; tax residence; tax resident; tax residents; resident for tax purposes
foreign citizens and legal entities; foreign citizens and companies; foreign national team
migration to the new system; migration to a new system; migration to the new platform; migration to a new platform; migration to the new software; migration to the new ERP; migration to a new ERP; ERP migration; migration to the ERP; ERP platform; ERP system; ERP systems; new ERP
by countries of origin and destination; by country of origin and destination; by countries of origin and of destination; hot work permit*; permit to work
migrant birds; migrant bird species; migrant songbirds; migrant waterbirds; migrant shorebirds; migrant raptors; migrant butterflies; migrant insects; migrant fish species; migrant fishes
memorial to the deportees; memorial to the deported; memorial to the victims of the deportations; remembrance of the deportees; commemoration of the deportees; commemoration of the deportations
play titled; play entitled; film titled; film entitled; novel titled; novel entitled; song titled; album titled
rural-urban drift of retail*; rural-urban drift of spending; rural-urban drift of shoppers; urban drift of retail*; urban drift of spending
`,
  fr: `
migration de données; migration des données; migration de base de données; migration vers le cloud;
migration vers le nuage; migration logicielle; migration applicative; migration des oiseaux;
oiseaux migrateurs; espèces migratrices; poissons migrateurs; oiseaux migrants; espèces migrantes; poissons migrants; migration cellulaire; migration des cellules;
migration des contaminants; limite de migration spécifique; avis de paiement; trafic de stupéfiants;
trafic de drogue; trafic de drogues; trafic d'armes; trafic routier; trafic aérien; trafic ferroviaire;
trafic internet; asile psychiatrique; asile d'aliénés; asile de fous; asile ecclésiastique; droit d'asile ecclésiastique; droit d'asile dans les églises; intégration européenne;
intégration régionale; intégration économique; intégration continue; intégration de systèmes;
mobilité urbaine; mobilité électrique; mobilité douce; déclaration de revenus; retour sur investissement;
taux de rentabilité; cylindrée du moteur; écran déporté*; écrans déporté*; affichage déporté*; commande déporté*; commandes déporté*;
caméra déporté*; caméras déporté*; antenne déporté*; capteur déporté*; capteurs déporté*; poste déporté*; postes déporté*; boîtier déporté*; console déporté*; littérature de la diaspora; roman de la diaspora; écrivains de la diaspora
pays d'origine et de destination des marchandises; par pays d'origine et de destination
investisseurs étrangers; résidence fiscale; résidents fiscaux; non-résidents fiscaux
migration vers le nouveau système; migration vers la nouvelle plateforme; migration vers la nouvelle application; migration vers le nouveau logiciel
`,
  es: `
migración de datos; migración de la base de datos; migración a la nube; migración de servidores;
migración de aves; aves migratorias; especies migratorias; peces migratorios; aves migrantes; especies migrantes; peces migrantes; migración celular;
migración de contaminantes; límite de migración específica; remesa de mercancías; remesa de vacunas;
primera remesa; segunda remesa; nueva remesa; remesa de medicamentos; remesa de productos; narcotráfico;
tráfico de drogas; tráfico de estupefacientes; tráfico de armas; tráfico de vida silvestre;
tráfico de fauna; tráfico vehicular; tráfico vial; tráfico aéreo; tráfico de datos; tráfico web;
manicomio; asilo psiquiátrico; asilo de ancianos; integración europea; integración regional;
integración económica; integración latinoamericana; integración continua; movilidad urbana;
movilidad social; movilidad eléctrica; declaración de la renta; retorno de la inversión;
retorno sobre la inversión; retorno de inversión; cilindrada del motor
migración al nuevo sistema; migración a un nuevo sistema; migración a la nueva plataforma
países de origen y destino de las mercancías; por países de origen y destino; por país de origen y destino; por países de origen y de destino
inversionistas extranjeros; inversores extranjeros; residencia fiscal; residentes fiscales
`,
  ru: `
миграци* данных; миграци* баз* данных; миграци* на облак*; миграци* в облак*; миграци* сервер*;
миграци* приложени*; миграци* программн*; миграци* птиц; птиц* мигрант*; рыб* мигрант*; перелетн* птиц*; миграци* рыб*; миграци* животн*;
миграци* клеток; миграци* клеточн*; миграци* ионов; миграци* радионуклид*; миграци* загрязн*;
миграци* химическ* веществ; специфическ* миграци*; торговл* наркотик*; наркоторговл*; контрабанд* наркотик*;
контрабанд* оружи*; контрабанд* сигарет*; контрабанд* товар*; незаконн* оборот* наркотик*;
незаконн* оборот* оружи*; дорожн* движени*; транспортн* поток*; письменн* перевод*; перевод* текст*;
перевод* документ* на; перевод* на русский; перевод* с русского; перевод* на государственн* язык*;
евразийск* интеграц*; европейск* интеграц*; региональн* интеграц*; экономическ* интеграц*;
интеграц* систем*; налогов* деклараци*; возврат* инвестиц*; возврат* налог*; возврат* товар*;
повторн* госпитализац*; социальн* мобильност*; городск* мобильност*; бомбоубежищ*; убежищ* гражданской обороны;
диаспор* растений; диаспор* семян
по стран* происхождения и назначения; стран* происхождения и назначения товаров; стран* происхождения товаров; стран* назначения товаров
иностранн* инвестор*; налогов* резидент*; налогов* нерезидент*
иностранн* граждан* и юридическ* лиц*
маятников* миграци*; межрегиональн* трудов* мобильност*
миграци* на нов* платформ*; миграци* на нов* систем*; миграци* в нов* систем*
`,
  ro: `
migrarea datelor; migrarea bazei de date; migrare în cloud; migrarea în cloud; migrația păsărilor;
migrația păsărilor călătoare; păsări migratoare; păsările migratoare; specii migratoare; pești migratori; păsări* migrant*; specii migrante;
migrația celulară; migrarea celulelor; trafic rutier; traficul rutier; trafic de droguri; traficul de droguri;
trafic de stupefiante; traficul de stupefiante; trafic de arme; traficul de arme; trafic aerian; trafic de date;
 integrare europeană; integrarea europeană; integrării europene; integrarea în Uniunea Europeană;
integrare regională; integrare economică; integrarea sistemelor; azil de bătrâni; azilul de bătrâni;
azil pentru bătrâni; azil pentru animale; azil de câini; azilul de câini; azil de noapte; azilul de noapte; azilului de noapte; mobilitate urbană; mobilitatea urbană;
mobilitate electrică; declarație fiscală; declarația de venit; rentabilitatea investiției; capacitatea cilindrică
investitori străini; investitorii străini; rezidență fiscală; rezidenți fiscali
migrarea către noul sistem; migrarea pe noua platformă; migrarea în noul sistem
`,
  sr: `
migracija podataka; migracije podataka; migracija baze podataka; migracija u oblak;
migracija ptica; migracije ptica; ptice selice; ptica selica; migracija riba; migracije riba;
migracija ćelija; saobraćajn* nesreć*; saobraćajn* nezgod*; drumski saobraćaj; drumskog saobraćaja; bezbednost saobraćaja;
trgovina drogom; trgovine drogom; trgovina narkoticima; trgovina oružjem; krijumčarenje droge;
krijumčarenje cigareta; krijumčarenje robe; krijumčarenje oružja; neovlašćena proizvodnja i stavljanje u promet opojnih droga;
evropske integracije; evropskih integracija; evropskim integracijama; evropske integracija;
evroatlantske integracije; Ministarstvo za evropske integracije; ekonomske integracije;
 azil za pse; azil za napuštene životinje; azil za životinje; azila za pse;
urbana mobilnost; socijalna mobilnost; poreska prijava; povraćaj poreza; povrat investicije; povraćaj robe;
ponovna hospitalizacija; zapremina motora
migracija u novi sistem; migracij* matičn* knjig*; migracij* registr*; migracij* evidencij*; po zemljama porekla i odredišta
`,
  ar: `
ترحيل البيانات; نقل البيانات; ترحيل قاعدة البيانات; ترحيل الأرصدة; ترحيل الرصيد; الرصيد المرحل; المبالغ المرحلة;
هجرة الطيور; الطيور المهاجرة; الأسماك المهاجرة; هجرة الأسماك; هجرة الخلايا; الهجرة النبوية; السنة الهجرية;
التقويم الهجري; تهريب المخدرات; الاتجار بالمخدرات; الاتجار في المخدرات; الاتجار غير المشروع بالمخدرات;
تهريب الأسلحة; الاتجار بالأسلحة; تهريب السلع; تهريب البضائع; تهريب السجائر; تهريب الوقود;
حركة المرور; حركة السير; التكامل الاقتصادي; التكامل الإقليمي; التكامل العربي; الاندماج الاقتصادي;
الإقرار الضريبي; عائد الاستثمار; العائد على الاستثمار; التنقل الحضري; مستشفى الأمراض العقلية
المستثمرين الأجانب; المستثمرون الأجانب; المستثمر الأجنبي; الإقامة الضريبية; السياح الأجانب; السائحين الأجانب; الزوار الأجانب
حسب بلدان المنشأ والمقصد; حسب دول المنشأ والمقصد
`,
  ky: `
куштардын миграция*; канаттуулардын миграция*; балыктардын миграция*; маалыматтарды миграциялоо*; баңгизаттарды мыйзамсыз ташуу*
`,
  bn: `
পাখির অভিবাসন*; পরিযায়ী পাখি; পরিযায়ী পাখির; ডেটা মাইগ্রেশন*; মাদক পাচার*; মাদক চোরাচালান*; স্বর্ণ পাচার*; অর্থ পাচার*; টাকা পাচার*
`,
};
