/**
 * Cue sets: named word lists that a lexicon term can require in its own sentence (`term&name`,
 * see ../types.ts). They are not evidence of anything by themselves.
 *
 * `partners`: words that put a sentence between States — other countries, their governments,
 * international bodies. Generic "cooperation" is the international-cooperation theme only in
 * such a sentence ("States shall enhance cooperation…"), not in a domestic one ("in cooperation
 * with banks and the police"). "Regional" and "national" are left out: inside one country they
 * name its regions and its own authorities.
 * Vocabulary: editorial.
 */
import type { LexiconText } from "../types";

export const CUE_SETS: Record<string, LexiconText> = {
  partners: {
    en: `
States; State; countries; other countries; governments; international; internationally; bilateral; bilaterally;
multilateral; neighbouring; neighboring; foreign; cross-border; transnational; interregional; cross-regional;
embassies; consulates; consular; United Nations; European Union; African Union; partner countries;
countries of origin; countries of destination; countries of transit; origin, transit and destination;
across borders; Member States; We commit; this Global Compact
`,
    fr: `
États; État; pays; gouvernements; international*; bilatéra*; multilatéra*; voisins; voisin; étranger*;
étrangère*; transfrontali*; transnationa*; ambassades; consula*; Nations Unies; Union européenne; Union africaine;
pays partenaires; pays d'origine;
États Membres; nous nous engageons; présent Pacte mondial
`,
    es: `
Estados; Estado; países; gobiernos; internacional*; bilateral*; multilateral*; vecinos; extranjer*;
transfronteriz*; transnacional*; embajadas; consulados; consular*; Naciones Unidas; Unión Europea;
países socios; países de origen;
Estados Miembros; nos comprometemos; presente Pacto Mundial
`,
    ru: `
государств*; стран*; правительств*; международн*; двусторонн*; многосторонн*; соседн*; иностранн*;
зарубежн*; трансграничн*; транснациональн*; посольств*; консульск*; Организаци* Объединенных Наций; ООН;
Европейск* союз*;
мы обязуемся; Глобальн* договор*
`,
    ro: `
state; statele; statelor; statului; țări; țările; țărilor; guvern*; internațional*; bilateral*; multilateral*;
vecine; vecin*; străin*; transfrontalier*; transnațional*; ambasad*; consul*; Națiunile Unite; Uniunea Europeană;
statele membre; ne angajăm; Pactul Global
`,
    sr: `
država; države; državama; državi; zemlje; zemljama; zemalja; vlade; vladama; međunarodn*; bilateraln*;
multilateraln*; susedn*; susjedn*; stran*; inostran*; prekogranič*; transnacionaln*; ambasad*; konzularn*;
Ujedinjen* nacij*; Evropsk* unij*;
obavezujemo se; Globaln* dogovor*
`,
    ar: `
الدول; دول; البلدان; بلدان; الحكومات; الدولي; الدولية; الثنائي; الثنائية; متعدد الأطراف; متعددة الأطراف;
المجاورة; الأجنبية; الأجنبي; عبر الحدود; العابرة للحدود; السفارات; القنصلي*; الأمم المتحدة; الاتحاد الأوروبي;
نلتزم; الدول الأعضاء; الاتفاق العالمي
`,
  },
  /**
   * `development`: what puts the word "diaspora" into development and compact policy — the
   * diaspora as investors, experts and partners of its country of origin, or the object of a
   * State's strategy, policy or programme. A bare "diaspora" is
   * a migration anchor only in a sentence with one of these words (MIGRATION_ANCHORS), so the
   * music of the African diaspora, the diaspora in a novel and plant diaspores stay out.
   */
  development: {
    en: `
development; developing; invest*; skills; knowledge; expertise; entrepreneur*; business; businesses;
country of origin; countries of origin; home country; home countries; homeland; engage; engagement; engaging;
contribu*; remittances; We commit; this Global Compact; Member States; government*; ministry; consular;
strateg*; policy; policies; program*
`,
    fr: `
développement; compétences; connaissances; savoir-faire; entreprises; pays d'origine; pays natal; mobilisation;
envois de fonds; nous nous engageons; présent Pacte mondial; États Membres; gouvernement*; politique*
`,
    es: `
desarrollo; inversión; inversiones; invertir; competencias; conocimientos; emprendedor*; empresas; país de origen;
países de origen; vinculación; participación; remesas; nos comprometemos; presente Pacto Mundial; Estados Miembros;
gobierno*; estrategia*
`,
    ru: `
развити*; навык*; знани*; квалификаци*; предпринимател*; бизнес*; стран* происхождения; родин*; вовлечени*;
взаимодействи*; вклад*; денежн* перевод*; мы обязуемся; Глобальн* договор*; государств* член*; правительств*;
министерств*; стратеги*; политик*; программ*
`,
    ro: `
dezvoltar*; competențe; cunoștințe; antreprenor*; afaceri; țara de origine; țările de origine; implicar*; remitenț*;
ne angajăm; Pactul Global; guvern*; minister*; politic*
`,
    sr: `
razvoj*; veštin*; vještin*; znanj*; preduzetni*; poslovanj*; zemlja porekla; zemlje porekla; matičn* držav*;
doprinos*; doznak*; obavezujemo se; vlad*; ministarstv*
`,
    ar: `
التنمية; الاستثمار; الاستثمارات; المهارات; المعارف; الخبرات; بلد المنشأ; بلدان المنشأ; البلد الأصلي; الوطن الأم;
المساهمة; إشراك; التحويلات; نلتزم; الحكومة; الوزارة; الاستراتيجية; استراتيجية; السياسة; سياسة; البرنامج; برنامج
`,
  },
  /**
   * `corridor`: wording that puts a person's work in more than one country: moving or paying
   * contributions between countries, the territory of the other Party of a bilateral
   * agreement, pre-departure, countries of destination or employment. Compact paragraphs on
   * recruitment, social security or labour schemes often name "workers" only, never "migrant
   * workers"; a word of this set in the same sentence makes them migrant workers
   * (MIGRATION_ANCHORS `workers&corridor`). Left out because trade, company and transport texts
   * use them beside workers: "foreign", "other countries", bare "between countries" and "in
   * several countries", "abroad" (business trips), "before departure" (crews).
   */
  corridor: {
    en: `
move between countries; moves between countries; moving between countries; worked in several countries;
contributed in several countries; employed in several countries; insured in several countries; in more than one country;
in the territory of the other; territory of the other Party; pre-departure; countries of destination; country of destination;
country of employment; countries of employment
`,
    fr: `
se déplacent entre pays; travaillé dans plusieurs pays; cotisé dans plusieurs pays; sur le territoire de l'autre Partie;
préalable au départ; pays de destination; pays d'emploi
`,
    es: `
se desplazan entre países; trabajado en varios países; cotizado en varios países; en el territorio de la otra Parte;
previo a la partida; país de destino; países de destino; país de empleo
`,
    ru: `
переезжа* между странами; работавш* в нескольких странах; на территории другой Стороны; до выезда; стран* назначения;
стран* трудоустройства
`,
  },
  /**
   * `persons`: people who move. In an action item of a compact ("(c) Train border staff to
   * ...") the border, return and detention words count as migration context when a sentence
   * of the item names people; an item on goods, freight, antiquities or data names none.
   * Only the languages of the `operative` set (the scorer reads it only in such items).
   */
  persons: {
    en: `
persons; people; individuals; children; women; girls; families; workers; travellers; travelers; arrivals; victims;
nationals; citizens; migrants; emigrants; relatives; households; senders
`,
    fr: `
personnes; individus; enfants; femmes; filles; familles; travailleurs; travailleuses; voyageurs; victimes;
ressortissants; citoyens
`,
    es: `
personas; individuos; niños; niñas; mujeres; familias; trabajadores; trabajadoras; viajeros; víctimas; nacionales;
ciudadanos
`,
    ru: `
лиц; лица; лицам; лицами; людей; люди; детей; дети; женщин; семей; семьи; работник*; трудящ*; путешественник*;
жертв*; граждан*
`,
    ar: `
الأشخاص; الأفراد; الأطفال; النساء; الأسر; العمال; المسافرين; الضحايا; المواطنين
`,
  },
  /**
   * `emigrants`: who works in a foreign country when national text names emigrant workers by
   * where they work (./places.ts): citizens, nationals, compatriots, households and their
   * members, persons, and the nationality words of the programme countries and of other large
   * countries of origin. "Workers in Germany went on strike", "youth employment in Europe", "los
   * trabajadores en España" or "teachers working in Canada" name no such people and are a
   * country's own labour market, which a text written there describes in the same words.
   */
  emigrants: {
    en: `
citizens; nationals; compatriots; households; household; members; member; persons; our workers; our nationals;
Bangladeshi*; Ecuadorian*; Jamaican*; Kyrgyz; Kyrgyzstani*; Moldovan*; Moroccan*; Serbian*; Serbs; Tunisian*; Nepali*;
Nepalese; Filipino*; Indian; Indians; Pakistani*; Sri Lankan*; Egyptian*; Uzbek*; Tajik*; Ukrainian*; Honduran*;
Guatemalan*; Salvadoran*; Mexican*; Haitian*; Senegalese; Malian*
`,
    fr: `
citoyens; citoyennes; ressortissants; ressortissantes; compatriotes; ménages; membres; personnes; nos travailleurs;
Marocain*; Tunisien*; Bangladais; Équatorien*; Jamaïcain*; Kirghiz*; Moldave*; Serbe*; Sénégalais*; Malien*; Algérien*;
Égyptien*; Philippin*; Népalais*
`,
    es: `
ciudadanos; ciudadanas; connacionales; compatriotas; nacionales; hogares; familiares; miembros; personas;
ecuatorian*; hondureñ*; guatemaltec*; salvadoreñ*; mexican*; bolivian*; peruan*; colombian*; venezolan*; marroquí*;
paraguay*; dominican*
`,
    ru: `
граждан*; соотечественник*; домохозяйств*; член* сем*; лиц; лица; кыргызстанц*; киргиз*; узбек*; таджик*; молдаван*;
молдован*; украин*; сограждан*
`,
    ro: `
cetățeni*; cetățenii; conaționali*; moldoveni*; românii; români; persoanele; persoane; gospodării*; gospodăriile; membrii
`,
    sr: `
građan*; državljan*; Srbi; Srba; srpsk*; naši; naših; domaćinstv*; član*; lica
`,
    ar: `
المواطنين; المواطنون; مواطنينا; المغاربة; التونسيين; المصريين; البنغلاديشيين; الجالية; أفراد الأسر; الأسر; الأشخاص
`,
  },
  /**
   * `operative`: the imperative (en) or infinitive (fr, es, ru, ar) verbs that open an
   * operative sub-paragraph of a compact or UN resolution: "(c) Develop ...", "b) Crear ...",
   * "а) Заключать ...". The scorer reads them only as the first word after the item's letter
   * at the very start of a text (see score.ts), where they mark an action item cut from a
   * compact. Romanian and Serbian are left out: the compact has no version in them, and their
   * national plans open items with the same verbal nouns ("a) Elaborarea ...").
   */
  operative: {
    en: `
develop; establish; promote; strengthen; ensure; enhance; support; invest; conclude; facilitate; review; adopt;
implement; build; create; provide; take; cooperate; harmonize; harmonise; include; integrate; make; set up; offer;
prohibit; train; exchange; launch; sign; put in place; end; equip; bring; negotiate; use; encourage; improve;
increase; reduce; eliminate; prevent; combat; protect; assist; identify; engage; incorporate; mainstream; foster;
empower; enable; consider; apply; raise; design; conduct; collect; share; publish; pool; involve; expand; leverage;
uphold; respect; guarantee; allow; grant; simplify; reinforce; monitor; assess; prioritize; prioritise; address;
define; explore; organize; organise; undertake; mobilize; mobilise; streamline; formulate; invite; work
`,
    fr: `
élaborer; établir; mettre en place; promouvoir; renforcer; veiller; garantir; améliorer; appuyer; soutenir; investir;
conclure; faciliter; examiner; adopter; mettre en œuvre; créer; fournir; prendre; coopérer; harmoniser; intégrer;
offrir; interdire; former; échanger; lancer; signer; négocier; utiliser; encourager; accroître; réduire; éliminer;
prévenir; lutter; aider; identifier; associer; favoriser; permettre; concevoir; recueillir; partager;
publier; élargir; assurer; simplifier; développer; définir; mobiliser; réviser; inviter
`,
    es: `
elaborar; establecer; promover; fortalecer; reforzar; velar; garantizar; asegurar; mejorar; apoyar; invertir;
concertar; celebrar; facilitar; examinar; revisar; adoptar; aplicar; implementar; crear; proporcionar; cooperar;
armonizar; integrar; incorporar; ofrecer; prohibir; capacitar; intercambiar; poner en marcha; firmar; negociar;
utilizar; alentar; fomentar; aumentar; reducir; eliminar; prevenir; combatir; proteger; prestar; identificar;
empoderar; permitir; diseñar; recopilar; compartir; publicar; ampliar; simplificar; desarrollar; definir; movilizar
`,
    ru: `
разрабатывать; разработать; создавать; создать; поощрять; укреплять; обеспечивать; обеспечить; повышать;
поддерживать; инвестировать; заключать; заключить; содействовать; пересмотреть; принимать; принять; осуществлять;
предоставлять; сотрудничать; согласовывать; интегрировать; включать; предлагать; запрещать; обучать; обмениваться;
внедрять; подписывать; использовать; сокращать; ликвидировать; предотвращать; бороться; защищать; оказывать;
выявлять; расширять; упрощать; развивать; мобилизовать; учитывать; проводить
`,
    ar: `
وضع; إنشاء; تعزيز; كفالة; ضمان; دعم; تيسير; اتخاذ; تشجيع; تحسين; إقامة; تطوير; اعتماد; تنفيذ; توفير; إبرام;
مواءمة; إدماج; حظر; تدريب; تبادل; إطلاق; التفاوض; استخدام; الحد; القضاء; منع; مكافحة; حماية; تحديد; تمكين
`,
  },
  /**
   * `residence`: the wording of an aliens law around its people — residence, stay, lawful or
   * irregular status, entry, permits, or the comparison with nationals and citizens. The plain
   * words for foreigners (foreigners, étrangers, extranjeros, иностранцы, străinii, stranci,
   * الأجانب) are people who migrated in such a sentence ("foreigners lawfully resident for five
   * years", "Străinii, indiferent de situația lor juridică"), and only weak words without it,
   * since "foreign" is also investors, currency and ministries (MIGRATION_ANCHORS
   * `foreigners&residence`). Left out: "territory" and "tax" words, which a tax law on
   * non-resident investors shares.
   */
  residence: {
    en: `
resident; residents; residence; reside; resides; residing; lawfully; legally; unlawfully; irregularly; stay; stays;
entry; admitted; admission; permit; permits; immigration; status; nationals; citizens
`,
    fr: `
séjour; séjournant*; résident*; résidant*; résidence; régulière; irrégulière; régulièrement; irrégulièrement; entrée;
titre; titres; admis; nationaux; ressortissants nationaux
`,
    es: `
residente*; residencia; residan; resida; reside; residen; estancia; regular; irregular; situación administrativa;
situación migratoria; ingreso; entrada; admitidos; permiso; nacionales
`,
    ru: `
проживающ*; пребывающ*; проживани*; пребывани*; законно; незаконно; въезд*; регистраци*; разрешени*;
граждан* Республики; гражданами; граждане Российской
`,
    ro: `
ședere; șederea; șederii; rezidență; rezidența; domiciliu; reședință; situația juridică; statutul juridic; legal;
ilegal; intrarea; intrării; cetățenii; cetățenilor; cetățeni români
`,
    sr: `
boravak; boravka; boravku; boravkom; boravišn*; prebivališt*; zakonito; nezakonito; ulazak; ulaska; dozvol*;
domaći državljani; domaćim državljanima; domaćih državljana
`,
    ar: `
الإقامة; إقامة; إقامته; إقامتهم; المقيم; المقيمين; المقيمون; مقيمين; نظامية; غير نظامية; الدخول; تصريح;
المواطنين; المواطنون
`,
  },
  /**
   * `withheld`: verbs of taking or keeping a person's documents. A passport or identity document
   * is a rights matter where someone withholds it from a worker, not where migrants merely
   * need or hold one ("a valid passport is required"), so "hold" and "keep" are left out.
   */
  withheld: {
    en: `
retain; retains; retained; retaining; retention; withhold; withholds; withheld; withholding; confiscate*; confiscation;
seize; seizes; seized; seizing; take away
`,
    fr: `
retenir; retient; retiennent; retenu*; rétention; confisqu*; confiscation; saisir; saisi*
`,
    es: `
retener; retenga; retengan; retiene; retienen; retenido*; retención; confisc*; incaut*
`,
    ru: `
изыма*; изъят*; удержива*; удерж*; отбира*; отобра*
`,
    ro: `
reține*; reținer*; reținu*; confisc*
`,
    sr: `
oduzim*; oduze*; oduzm*; zadrža*
`,
    ar: `
احتجاز; الاحتفاظ; حجز; مصادرة; سحب
`,
  },
  /**
   * `abroad`: other countries — abroad, overseas, the usual destination regions and countries of
   *   the programme countries' emigrants. Health strategies say "doctors leave" or "the outflow of
   *   nurses" where they mean emigration, and the same words describe a hospital's night shift or
   *   doctors moving to the private sector: the skills theme reads them beside a word of this set.
   * `sojourn`: wording that a person lived or worked in another country — work, employment,
   * contracts, having lived or settled there, coming back for good, reintegration. National law
   * names returnees as citizens "back from abroad" or "returning to the country", and so do
   * customs and travel rules for tourists ("travellers returning from abroad may import ..."):
   * the return phrases of MIGRATION_ANCHORS and the return theme count only beside a word of
   * this set. "Years" and "holiday" words are left out. The `abroad` set names places abroad in
   * every language of the lexicons (Kyrgyz and Bengali since round 38: Russia, Kazakhstan, the Gulf).
   */
  abroad: {
    en: `
abroad; overseas; foreign countries; other countries; another country; emigrate; emigrating; the Gulf; Gulf States; Gulf countries;
Europe; European Union; EU countries; North America; United Kingdom; United States; Canada; Germany; Italy; Russia;
Russian Federation; Kazakhstan; Saudi Arabia; Malaysia; Qatar; Kuwait; Oman; United Arab Emirates; Singapore; Japan;
Australia; New Zealand; richer countries; wealthier countries; high-income countries; destination countries; receiving countries
`,
    fr: `
à l'étranger; vers l'étranger; pays étrangers; autres pays; Europe; Union européenne; pays du Golfe; pays européens; Canada; France; Italie;
Allemagne; Espagne; Belgique; États-Unis; Québec; hors du Royaume; hors du pays; un autre pays
`,
    es: `
el exterior; el extranjero; al exterior; al extranjero; otros países; otro país; Europa; Unión Europea; Estados Unidos; España; Italia; Canadá;
fuera del país; Francia; Alemania
`,
    ru: `
за рубеж*; за границ*; за пределы; другие страны; других стран; Росси*; Казахстан*; Европ*; Евросоюз*; Германи*;
Турци*; США; Израил*; другую страну; другой стране; ОАЭ; Дубай; Дубае; Дубая; Южн* Коре*; Великобритани*; Польш*
`,
    ro: `
străinătate; peste hotare; Uniunea Europeană; Uniunii Europene; Italia; Germania; Franța; Marea Britanie; Rusia; alte țări;
Spania; Israel; Polonia; alte state; în afara țării; state cu care; statele cu care; statele în care
`,
    sr: `
inostranstvo; inostranstvu; inostranstva; Nemačk*; Austrij*; Evropsk* unij*; druge zemlje; zapadn* Evrop*;
Švajcarsk*; Slovačk*; Maltu; Malti; Irsk*; Kanad*; Ameri*
`,
    ar: `
الخارج; بالخارج; أوروبا; الاتحاد الأوروبي; دول الخليج; فرنسا; إيطاليا; ألمانيا; كندا; إسبانيا; بلجيكا; هولندا;
الدول الأوروبية; بلد الاستقبال; بلدان الاستقبال; دول الاستقبال; مؤسسات أجنبية; مشغلين أجانب; قطر; السعودية; الإمارات
`,
    ky: `
чет өлкө*; чет элге; чет элде; Орусия*; Россия*; Казакстан*; Москва*; Түркия*; Түштүк Корея*; Бириккен Араб Эмирликтер*;
Германия*; Европа*; Улуу Британия*; Америка*
`,
    bn: `
বিদেশ*; মধ্যপ্রাচ্য*; সৌদি আরব*; মালয়েশিয়া*; কাতার*; কুয়েত*; ওমান*; দুবাই*; সংযুক্ত আরব আমিরাত*; সিঙ্গাপুর*;
ইতালি*; লিবিয়া*; ইউরোপ*; জাপান*; দক্ষিণ কোরিয়া*; যুক্তরাজ্য*; গন্তব্য দেশে; গন্তব্য দেশের
`,
  },
  /**
   * `hazards`: words that put displacement or relocation in a disaster or climate setting
   * (round 24). National disaster and climate plans say "households displaced by the cyclone" or
   * "relocation of villages threatened by erosion" and never "migration"; the same verbs are
   * said of buoys, roads, markets and offices, so the terms that need this set also name people
   * or settlements (see ./migration.ts and ./theme.ts). English, and Russian for "переселени*" (round 29);
   * French, Spanish and Romanian since round 33 (people who leave their homes or are moved after floods,
   * droughts and landslides); Serbian and Arabic since round 36; Kyrgyz and Bengali since round 38.
   */
  hazards: {
    en: `
hurricane*; cyclone*; typhoon*; storm*; flood*; drought*; earthquake*; landslide*; tsunami*; disaster*; sea-level rise;
rising seas; rising sea levels; sea level rise; coastal erosion; riverbank erosion; erosion; volcanic eruption*; wildfire*;
climate change; storm surge*; desertification; salinity; failed rains; failed harvests; crop failure*; harvest failure*
`,
    ru: `
оползн*; селев*; селей; сход* селей; наводнени*; паводк*; подтоплени*; засух*; землетрясени*; стихийн* бедстви*;
изменени* климата; эрози* берег*; лавин*
`,
    fr: `
inondation*; crue; crues; sécheresse*; séisme*; tremblement* de terre; glissement* de terrain; tempête*; ouragan*;
montée des eaux; élévation du niveau de la mer; catastrophe*; changement* climatique*; zone inondable; zones inondables
`,
    es: `
inundaci*; crecida*; sequía*; sismo*; terremoto*; deslizamiento*; deslave*; huracán; huracanes; tormenta*; erupci*;
desastre*; catástrofe*; cambio climático; subida del nivel del mar; aumento del nivel del mar
`,
    ro: `
inundați*; secet*; cutremur*; alunecări de teren; alunecările de teren; alunecare de teren; furtun*; viitur*; dezastr*;
calamit*; schimbări climatice; schimbările climatice; eroziun*
`,
    sr: `
poplav*; suša; suše; sušom; zemljotres*; klizišt*; bujic*; elementarn* nepogod*; nepogod*; klimatsk* promen*;
šumsk* požar*; erozij*
`,
    ar: `
الفيضانات; فيضانات; الفيضان; فيضان; السيول; الجفاف; الزلزال; زلزال; الزلازل; الانهيارات الأرضية; انجراف التربة;
الكوارث الطبيعية; كارثة طبيعية; التغيرات المناخية; التغير المناخي; العواصف; حرائق الغابات; التصحر;
ارتفاع مستوى سطح البحر
`,
    ky: `
жер көчкү*; сел; селдин; сел жүрүү*; суу ташкын*; кургакчылык*; жер титирөө*; климаттын өзгөрүү*; климаттын өзгөрүш*;
табигый кырсык*; кар көчкү*
`,
    bn: `
নদীভাঙন*; নদী ভাঙন*; বন্যা*; ঘূর্ণিঝড়*; খরা; খরার; ভূমিকম্প*; ভূমিধস*; জলোচ্ছ্বাস*; লবণাক্ততা*; জলবায়ু পরিবর্তন*;
সমুদ্রপৃষ্ঠের উচ্চতা*; প্রাকৃতিক দুর্যোগ*
`,
  },
  /**
   * `displacers`: what drives people from their homes — the hazards above, and conflict,
   * violence, persecution, camps and humanitarian crises (round 25). "Households displaced",
   * "displaced families" and "displacement of people" need one of them in their sentence: renovation
   * and housing texts say "households displaced during the works will be rehoused in the same
   * estate", and the labour market "workers displaced by the closure". English only.
   */
  displacers: {
    en: `
hurricane*; cyclone*; typhoon*; storm*; flood*; drought*; earthquake*; landslide*; tsunami*; disaster*; sea-level rise;
rising seas; rising sea levels; sea level rise; erosion; volcanic eruption*; wildfire*; climate change; storm surge*;
desertification; conflict; conflicts; violence; war; wars; fighting; armed; insecurity; persecution; attacks; clashes;
crisis; crises; emergency; emergencies; humanitarian; camp; camps; evacuat*; durable solution*; across borders;
host communities; host families; internally
`,
  },
  /**
   * `movers`: the people who leave, flee or come home in national and compact text (round 31):
   * the `persons` words and the groups that texts name by age, sex, trade or place — men, young
   * people, nurses, teachers, graduates, villagers, islanders, residents. Movement words ("left
   * for", "fled") are anchors only beside a word of this set and a place abroad or a hazard
   * (`term&abroad&movers`, ./migration.ts), so goods, firms, delegations, ministers and
   * shipments that leave for a foreign country do not count, nor people who leave for work in
   * the morning. English in round 31; French, Spanish, Russian and Romanian in round 33 (stems where a
   * stem folds to no word of another language); Serbian (Latin; Cyrillic folds to it) and Arabic in round 36;
   * Kyrgyz and Bengali in round 38.
   */
  movers: {
    en: `
persons; people; individuals; children; women; girls; men; young men; young women; boys; families; family; workers;
nationals; citizens; households; household members; relatives; residents; villagers; islanders; inhabitants;
nurses; doctors; midwives; teachers; graduates; engineers; seafarers; labourers; laborers; farmers; fishers;
youth; young people; husbands; wives; parents; mothers; fathers
`,
    fr: `
personnes; gens; enfants; femmes; hommes; jeunes; familles; ménages; travailleu*; ouvriers; ouvrières; ressortissant*;
citoyen*; habitants; villageois; infirmi*; médecins; enseignants; diplômés; agriculteurs; parents; père; mère; membres;
saisonni*
`,
    es: `
personas; gente; niños; niñas; mujeres; hombres; jóvenes; familias; hogares; trabajador*; jornaler*; ciudadan*;
nacionales; connacionales; compatriotas; habitantes; pobladores; enfermer*; médicos; maestros; profesionales; campesinos;
padres; madres; miembros; temporer*
`,
    ru: `
лиц; лица; людей; люди; человек; детей; дети; женщин*; мужчин*; молодеж*; молодых людей; семей; семьи; граждан*; жител*;
работник*; рабоч*; трудящ*; врачи; врачей; медсестр*; учител*; выпускник*; родител*; матери; отцы; членах; членов; сельчан*;
девушк*
`,
    ro: `
persoan*; oamen*; copii; copiii; copiilor; femei*; bărbaț*; tiner*; familii; familiile; familiilor; gospodări*; cetățen*;
locuitor*; lucrător*; muncitor*; medicii; profesori*; absolvenț*; fermier*; părinț*; membrii
`,
    sr: `
ljudi; lica; osobe; osoba; deca; dece; decu; žene; žena; muškarc*; mladi; mladih; mladima; mladi ljudi; porodic*;
domaćinstv*; građan*; državljan*; stanovnik*; meštan*; radnik*; radnic*; lekar*; medicinsk* sestr*; medicinskih sestara; nastavnik*;
roditelj*; članov*; stručnjac*; stručnjak*; studenti; studenata
`,
    ar: `
الأشخاص; أشخاص; الأفراد; الأطفال; النساء; الرجال; الشباب; شباب; الأسر; العائلات; العمال; العاملات; المواطنين;
المواطنون; السكان; الأطباء; الممرضين; المهندسين; الكفاءات; الطلبة; الآباء; الأمهات; القاصرين; طالبي الشغل; الفلاحين
`,
    ky: `
адамдар*; жаран*; үй-бүлө*; балдар*; аялдар*; кыздар*; эркектер*; жаштар*; жумушчу*; кызматкер*; тургун*; жашоочу*;
ата-эне*; мекендеш*; дарыгер*; медайым*
`,
    bn: `
মানুষ*; ব্যক্তি*; নাগরিক*; পরিবার*; শিশু; শিশুরা; শিশুদের; সন্তান*; নারী; নারীদের; নারীরা; পুরুষ*; যুবক*; তরুণ*; কর্মী*; শ্রমিক*;
বাসিন্দা*; স্বামী*; স্ত্রী*; নার্স*; চিকিৎসক*
`,
  },
  /**
   * `passing`: words of a short stay or an event rather than a move — trips, visits, missions,
   * holidays, matches, courses, drills, a crime scene, a film (round 31). People who "have left
   * for Japan on a trade mission", "plan to work in Germany during the summer holidays", "went to
   * work in the United Kingdom for two weeks" or are "leaving their homes for the emergency drill"
   * are not migrating; movement terms written `&!passing` do not count in a sentence with one of
   * these words. Round 32 added an employer's own offices and secondments, troops and veterans,
   * hospital wards and sports (English), and French, Spanish and Russian parts for the gate terms of
   * rounds 29-30 ("Sénégalais de l'extérieur" at a wrestling tournament, "recién llegados" who are
   * a club's new signings, tourists or exchange students, "переселение жителей" while a flooded
   * block is repaired). "Club", "season", "deployed" and "office" alone are left out: sports clubs
   * welcome newcomers, seasonal workers come for a season, workers are deployed to the Gulf and
   * register at an employment office. Round 33 added Romanian and more French, Spanish and Russian
   * words, with daily commutes ("каждое утро", "chaque matin"): workers who go to work in a city every
   * morning are not moving. French "vacances" and "voyage" stay out (round 32): "Tunisiens de
   * l'extérieur en vacances" is the diaspora's summer return. Round 36 added Serbian and Arabic (teams,
   * delegations, fairs, ski holidays, study exchanges) and Romanian "Erasmus" and "semestru"; Serbian "dana"
   * and Arabic "أيام" (days) stay out, since laws give deadlines in days.
   */
  passing: {
    en: `
trip; trips; visit; visits; mission; missions; delegation; delegations; holiday; holidays; vacation; vacations; tour;
tours; tournament; match; matches; conference; summit; talks; festival; exchange visit; study visit; training course;
training courses; twinning; summer house*; weekend; weeks; days; drill; drills; exercise; the scene; film; novel;
the company's; the firm's; project office; liaison office; branch office; secondment; secondments; seconded;
peacekeeping; peacekeepers; contingent; troops; soldiers; battalion; armed forces; service members; veterans;
ward; wards; league; squad; footballers; athletes; sabbatical*
`,
    fr: `
tournoi; finale; championnat; compétition; visite; colloque; congrès; jours; semaines; visites; délégation;
congés; excursion; tournée; matchs; sommet; séjour linguistique; échange scolaire; échanges universitaires;
Erasmus; touristes; tourisme; salon; chaque matin; déplacement professionnel; exercice d'évacuation
`,
    es: `
torneo; campeonato; pretemporada; fichaje*; jugador*; turista*; vacaciones; viaje; visita; gira; intercambio;
congreso; comisión de servicio; semanas; días; viajes; visitas; misión; delegación; excursión; conferencia;
cumbre; fin de semana; fines de semana; turismo; simulacro; cada mañana
`,
    ru: `
командировк*; стажировк*; соревновани*; турнир*; каникул*; отпуск*; экскурси*; визит*; делегаци*; ремонт*;
аварийн* жил*; аварийн* дом*; маневренн*; гостиниц*; поездк*; гастрол*; матч*; чемпионат*; конференци*;
саммит*; фестивал*; выставк*; недел*; дней; туризм*; турист*; учения; учений; каждое утро; ежедневно
`,
    ro: `
excursi*; vizit*; misiune; delegați*; deplasar*; vacanț*; concediu; turneu; meci; campionat; conferinț*;
schimbul școlar; schimbului școlar; săptămâni; turiști; turism; tabără; exercițiu*; în fiecare dimineață;
Erasmus; semestru
`,
    sr: `
poset*; delegacij*; turnir*; utakmic*; prvenstv*; ekskurzij*; odmor; odmora; letovanj*; zimovanj*; skijanj*;
konferencij*; samit*; sajam; sajmu; sajma; turist*; službeni put; službenom putu; službenog puta; pripreme; priprema;
vežb*; nedelje; nedelju; svakog jutra; takmičenj*; gostovanj*; košarkaš*; fudbaler*; reprezentacij*; Erasmus; semestar
`,
    ar: `
زيارة; زيارات; الوفد; وفد; بعثة; عطلة; العطلة; إجازة; رحلة; جولة; مباراة; بطولة; كأس; مؤتمر; قمة; معرض; ملتقى;
المنتخب; السياح; السياحة; تربص; تمرين; أسبوع; أسابيع; كل صباح
`,
    ky: `
курама команда*; командасы; турнир*; мелдеш*; медал*; чемпионат*; делегация*; иш сапар*; сапары*; туристт*; эс алуу*;
экскурсия*; машыгуу*; көргөзмө*
`,
    bn: `
ফুটবল*; ক্রিকেট*; জাতীয় দল; টুর্নামেন্ট*; বিশ্বকাপ*; সফর; সফরে; প্রতিনিধিদল*; মহড়া*; ভ্রমণ*; পর্যটক*; প্রদর্শনী*; ম্যাচ; ম্যাচে
`,
  },
  /**
   * `soon` and `homeagain` (round 32): people who flee a storm, a flood or a fire and come home the
   * next day were evacuated, not displaced. A flight or evacuation term is written twice, once
   * `&!soon` and once `&soon&!homeagain`: it counts unless its sentence has both a word of a short
   * span of time (a weekday, overnight, the next morning, hours) and one of going back home ("who
   * fled the storm on Saturday came back on Sunday"). A sentence with only one of them still
   * counts: "on Monday, families who fled the floods were still in schools", "families who fled
   * the cyclone cannot go home". English only.
   */
  soon: {
    en: `
Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday; overnight; the next day; the next morning;
the following day; the following morning; the same day; the same evening; that evening; that afternoon;
the afternoon; the night; hours
`,
  },
  homeagain: {
    en: `
came back; come back; coming back; went home; go home; gone home; going home; came home; come home; back home;
went back; moved back; allowed back; returned home; returned to their; return to their; back in their; back to their
`,
  },
  sojourn: {
    en: `
work; working; worked; employment; employed; job; jobs; contract; contracts; lived; resided; settled; emigrated;
permanently; for good; reintegration; reintegrate; livelihood; livelihoods; earnings
`,
    fr: `
travail; travaillé; emploi; contrat; vécu; résidé; établis; installés; définitivement; définitif; réinsertion;
réintégration
`,
    es: `
trabajo; trabajado; trabajar; empleo; contrato; vivido; residido; definitivamente; definitivo; reinserción;
reintegración; emprendimiento; emprender
`,
    ru: `
работ*; трудов*; заработк*; проживавш*; насовсем; постоянн*; реинтеграц*; трудоустройств*
`,
    ro: `
muncă; munca; muncii; muncit; lucrat; definitiv; stabiliți; reintegrare; reintegrarea; afacere; afaceri; angajare
`,
    sr: `
rad; rada; radu; radili; radio; zaposlen*; trajno; reintegracij*; živeli
`,
    ar: `
العمل; عمل; الشغل; نهائيا; نهائية; الإدماج; الاستقرار
`,
  },
  /**
   * `newcomers`: the nationalities of the people Spanish-speaking host countries receive most,
   * which put "recién llegados / llegadas" in a migration sentence ("familias venezolanas recién
   * llegadas") rather than in a university's, a hospital's or a board's ("los miembros recién
   * llegados al directorio"), round 30. Spanish only.
   */
  newcomers: {
    es: `
venezolan*; colombian*; haitian*; cuban*; nicaragüense*; hondureñ*; guatemaltec*; salvadoreñ*; dominican*; peruan*;
ecuatorian*; subsaharian*; sirio*; siria*; ucranian*; afgan*
`,
  },
  /**
   * `crossers` and `freight` (round 35, English): a border word ("border guards", "points of entry",
   * "crossing points") is about people on the move only beside travellers, their papers or their
   * screening and registration (`crossers`), and not beside goods, vehicles, animals or seizures
   * (`freight`). Border management is a migration topic (GCM objective 11); customs and veterinary
   * controls at the same posts are not. "Arriving" is left out of `crossers`: tourists arrive too.
   */
  crossers: {
    en: `
travellers; travelers; passenger*; passport*; travel documents; valid documents; identity documents; visa; visas;
screening; biometric*; who cross; who crosses;
people who arrive; persons who arrive; anyone who arrives; entering and leaving; entries and exits;
asking for protection; ask for protection
`,
  },
  freight: {
    en: `
goods; cargo; freight; lorry; lorries; truck*; container*; customs duties; contraband; cigarettes; tobacco; fuel;
livestock; cattle; animal*; drugs; narcotics; weapons; firearms; timber; tariff*; seized; seizure*; vehicles
`,
  },
  /**
   * `frontier`: a border or a border crossing point (round 36). Compact paragraphs say "persons in
   * need of protection" at border checks without naming asylum; the same words are said of children
   * in need of protection in child-welfare law, so the phrase counts only beside a border word.
   * Russian only.
   */
  frontier: {
    ru: `
границ*; пункт* пропуска; пограничн*
`,
  },
  /**
   * `firms`: a company, its branches, deals and turnover (round 40). Arabic "work abroad" is also what
   * a construction firm does when it wins contracts in another country and opens a branch there,
   * while its staff stay at home. The theme phrase counts beside a firm word only when the sentence
   * also names people (`movers`). Arabic only.
   */
  /**
   * `leisure` (round 43, English): clubs, choirs and teams; "newcomers from abroad" beside one of these is a new
   * member or signing, not a migrant.
   */
  leisure: {
    en: `
club; clubs; choir; choirs; squad; league; team; teams; signed; signing; membership
`,
  },
  firms: {
    // en (round 43): a move inside one employer's group is a posting, not migration ("who change country").
    en: `
company; companies; subsidiary; subsidiaries; within the group; multinational
`,
    ar: `
شركة; الشركة; شركات; الشركات; مقاولة; المقاولة; مقاولات; المقاولات; فرع; فرعا; فروع; صفقة; صفقات; بصفقتين;
رقم معاملات; رقم المعاملات
`,
  },
  /**
   * `aliens`: words that put a permit in an aliens law rather than in a safety rule or an
   * investor's paperwork: foreigners, non-nationals, migrants, residence, stay and visas. English
   * "work permit" is also the permit-to-work of occupational safety ("no employee shall enter a
   * tank unless a work permit has been issued") and the paperwork of an investment agency for
   * "expatriate managers", neither of which is about migration (round 20). "Expatriate" is left
   * out for that reason.
   */
  aliens: {
    en: `
foreign; foreigner; foreigners; non-national; non-nationals; non-citizen; non-citizens; alien; aliens; migrant*;
immigrant*; immigration; residence; stay; visa; visas; asylum; refugee*; nationality
`,
  },
};
