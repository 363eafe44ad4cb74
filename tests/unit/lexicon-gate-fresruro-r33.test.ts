// Round 33 (docs/tagging-quality.md, "Thirty-third round"): French, Spanish, Russian and Romanian text
// that names people and their movement without the words for migration, migrants, refugees, asylum or
// diaspora. As in round 31 for English, a movement phrase opens the relevance gate only beside words of
// cue sets: people (`movers`), a place abroad (`abroad`), a hazard (`hazards`) or a word of work and
// settling (`sojourn`), and never beside a word of a trip, visit, holiday, tournament or drill
// (`&!passing`). Sentences written for this test; none is a passage of tests/fixtures/passages.jsonl.
import { describe, expect, it } from "vitest";
import { relevant, themes } from "./tag-helpers";

describe("people who leave, flee or come home pass the gate (fr, es, ru, ro)", () => {
  const CASES = [
    "Beaucoup de jeunes infirmières partent travailler au Canada dès la fin de leurs études.",
    "Les ménages dont un membre travaille à l'étranger recevront un questionnaire sur les sommes envoyées.",
    "Depuis la sécheresse, des centaines de familles ont quitté leurs villages pour s'installer en périphérie de la ville.",
    "Les habitants qui ont dû quitter leurs maisons après les inondations seront relogés sur un terrain sûr.",
    "d) Élaborer des plans de réinstallation planifiée pour les communautés côtières menacées par la montée des eaux.",
    "Un guichet aide les Tunisiens rentrés de l'extérieur après des années de travail à monter un projet.",
    "Les candidats au départ vers l'Europe seront informés des risques de la traversée.",
    "Les jeunes diplômés qui ont quitté le pays pour le Canada sont invités à revenir enseigner.",
    "Los ecuatorianos que volvieron al país tras perder su empleo en Italia podrán acceder a créditos.",
    "Muchos padres se fueron a trabajar a Estados Unidos y dejaron a sus hijos con los abuelos.",
    "La encuesta pregunta por los miembros del hogar que se fueron a vivir a otro país.",
    "Miles de familias huyeron de las inundaciones y permanecen en albergues temporales.",
    "Tras las inundaciones, 1 200 familias desplazadas de las riberas esperan su reubicación definitiva.",
    "e) Elaborar planes de reubicación de las comunidades costeras amenazadas por la subida del nivel del mar.",
    "Las familias llegadas del exterior podrán inscribir a sus hijos en la escuela en cualquier momento del año.",
    "En los cantones donde muchos padres emigraron a España, el municipio ofrece refuerzo escolar.",
    "Граждане, выезжающие на работу в Россию, могут пройти курсы языка до отъезда.",
    "Женщины, выезжающие на работу по уходу за пожилыми в другие страны, получат юридическую помощь.",
    "Мы обязуемся помогать людям, которые покидают свои дома из-за засухи и наводнений.",
    "Министерство завершило переселение 120 семей из зон оползней.",
    "Перепись спросит о членах домохозяйства, которые находятся за границей более полугода.",
    "Признание дипломов работников, приезжающих из других стран, будет упрощено.",
    "Tinerii care pleacă la muncă în Italia vor fi informați despre drepturile lor.",
    "Copiii rămași acasă după plecarea părinților la muncă în Germania vor fi vizitați lunar.",
    "Cetățenii care pleacă să lucreze în Israel semnează contractul la agenție.",
    "Lucrătorii moldoveni din Uniunea Europeană vor plăti comisioane mai mici pentru transferuri.",
    "Medicii care lucrează în Germania pot preda la universitățile din țară.",
    "După alunecările de teren, 45 de familii au fost mutate în case noi.",
    "Familiile care și-au părăsit casele din cauza inundațiilor vor primi locuințe noi.",
    "Persoanele aflate în afara țării pot vota la secțiile deschise de ambasade.",
  ];
  it.each(CASES)("%s", (text) => {
    expect(relevant(text)).toBe(true);
  });
});

describe("the same movement words about trips, goods, firms and drills stay untagged", () => {
  const LOOKALIKES = [
    "Les salariés rentrés de l'étranger après une mission de deux semaines reprennent leur travail lundi.",
    "Les élèves qui partent en Allemagne pour un voyage scolaire doivent présenter une autorisation parentale.",
    "La délégation du ministère a quitté le pays pour le Canada afin de signer un accord commercial.",
    "Les ouvriers de l'usine ont quitté leurs postes pendant la crue pour mettre les machines à l'abri.",
    "Les habitants ont quitté leurs maisons pendant deux jours lors de l'exercice d'évacuation en cas d'inondation.",
    "Les supporters franchissent la frontière en car pour assister au match à Barcelone.",
    "Le déplacement des ménages vers les bureaux de vote sera facilité par des navettes gratuites malgré les crues.",
    "Les touristes venus de l'étranger ont afflué pour le festival de musique de Tanger.",
    "Les candidats au départ volontaire recevront une indemnité de licenciement majorée.",
    "Les médecins qui partent travailler en Europe pour un stage de deux semaines doivent prévenir leur chef de service.",
    "Les ouvriers partent travailler à l'usine à six heures du matin, même pendant les inondations.",
    "Les familles qui quittent leur logement social pour accéder à la propriété bénéficient d'un prêt à taux zéro.",
    "Après le séisme, les collections du musée ont été déplacées vers un bâtiment sûr.",
    "Los jugadores de la selección que viajan a Estados Unidos para el torneo deberán presentar su pasaporte.",
    "Las personas que regresan al país después de sus vacaciones en España deben declarar las compras.",
    "Los funcionarios que regresan al país tras una misión en Italia presentarán un informe.",
    "Las familias cruzan la frontera los fines de semana para hacer compras en el centro comercial.",
    "Los camiones que cruzan la frontera deberán pasar por el escáner de la aduana.",
    "El municipio habilitó albergues temporales para las familias afectadas por las inundaciones.",
    "La reubicación de los comerciantes del mercado se hará tras las obras de drenaje contra inundaciones.",
    "Las empresas que trabajan en el exterior recibirán créditos para exportar.",
    "Los turistas llegados del exterior gastaron un 10 % más que el año pasado.",
    "Los trabajadores que se trasladen a la nueva sede recibirán un bono de transporte.",
    "Las personas que huyeron del incendio del edificio fueron atendidas por los bomberos.",
    "Los estudiantes se fueron a vivir a la residencia universitaria durante el curso.",
    "Делегация министерства выезжает на работу выставки в Германию; командировка продлится пять дней.",
    "Сотрудники, выезжающие в командировки за рубеж, получают суточные.",
    "Спортсмены вернулись на родину после чемпионата мира в Германии.",
    "Останки солдат вернулись на родину после работы поисковых отрядов за рубежом.",
    "После подтопления подвала переселение сотрудников в новое здание займёт неделю.",
    "Туристы перешли границу на автобусе и отправились на экскурсию.",
    "Из-за засухи сайгаки покидают привычные пастбища, сообщили экологи.",
    "Оборудование, приезжающее из других стран, проходит таможенный контроль.",
    "Жители покидают свои дома рано утром, чтобы успеть на работу до паводка на дороге.",
    "Переселение жителей в новые дома после сноса аварийного жилья продлится до конца года.",
    "Angajații care revin în țară după o deplasare de serviciu în străinătate depun decontul.",
    "Elevii care pleacă în Franța în cadrul schimbului școlar vor fi găzduiți de familii.",
    "Compania lucrează în Germania și Franța cu peste 300 de angajați.",
    "Sportivii care revin acasă după campionatul din Italia vor fi premiați.",
    "Locuitorii au fost mutați temporar în școală pe durata exercițiului de evacuare la inundații.",
    "Tinerii pleacă la muncă dimineața cu autobuzul, chiar și pe timp de inundații.",
    "Muzeul a fost mutat într-o clădire nouă după cutremur, iar colecțiile au fost relocate.",
    "Turiștii care pleacă în Italia în vacanță trebuie să aibă asigurare medicală.",
    "Les ingénieurs de la société partent travailler au Canada pour une mission de trois semaines sur le chantier.",
    "Le ministre a quitté le pays pour les États-Unis, où il participera au sommet sur le climat.",
    "Les capitaux quittent le pays vers l'Europe quand les taux d'intérêt baissent, selon la banque centrale.",
    "Les joueurs venus de l'étranger renforcent l'équipe nationale avant le tournoi.",
    "Les collaborateurs rentrés de l'étranger après le salon de Francfort présenteront les nouveaux contrats de travail signés.",
    "Après l'incendie, les habitants ont fui l'immeuble et ont été hébergés à l'hôtel pour la nuit.",
    "Les agriculteurs fuyant la chaleur travaillent la nuit pendant la sécheresse.",
    "Les familles déplacées par les travaux du tramway seront relogées dans le même quartier.",
    "Les candidats au départ en retraite anticipée doivent déposer leur demande avant juin.",
    "Les camions qui franchissent la frontière avec l'Espagne seront pesés au poste de douane.",
    "Los estudiantes que regresan al país después del intercambio deberán convalidar sus asignaturas.",
    "Los hinchas cruzan la frontera para el partido del domingo y regresan al día siguiente.",
    "Las empresas constructoras se van a trabajar a Chile con sus propios ingenieros durante el campeonato de obras.",
    "Los productos llegados del exterior pagarán un arancel del 5 %.",
    "Los ciudadanos huyen del calor de la sequía en las piscinas municipales.",
    "Сотрудники посольства вернулись на родину после работы в Германии на срок полномочий.",
    "Спасатели помогли жителям, которые не могли покинуть свои дома из-за наводнения.",
    "Граждане, выезжающие на работу в Россию на автобусе каждое утро из пригородов Москвы, платят больше.",
    "Тренеры, приезжающие из других стран на турнир, получают аккредитацию.",
    "Fermierii care pleacă la muncă dimineața pe câmp în timpul secetei primesc apă gratuit.",
    "Sportivii se întorc acasă din Italia după contractul de o lună la turneu.",
    "Angajații companiei lucrează în Germania la un proiect de o săptămână.",
    "Școala a fost mutată după inundații, iar copiii au fost relocați temporar în clădirea primăriei.",
    "Persoanele aflate în afara țării în vacanță pot solicita asistență consulară.",
  ];
  it.each(LOOKALIKES)("%s", (text) => {
    expect(relevant(text)).toBe(false);
    expect(themes(text)).toEqual([]);
  });
});
