// Round 18 audit of the relevance gate (docs/tagging-quality.md, "round 18"). Every anchor and
// every theme phrase heavy enough to pass the gate alone was put in neutral carrier sentences;
// those with common non-migration uses became context terms (`~`, near a migration anchor only)
// or need a cue set in their sentence (`&abroad`, `&persons`, `&emigrants`), and Romanian road
// traffic and influence peddling void the trafficking theme. Each look-alike below passed the
// gate on the lexicon of fd95a05; each positive keeps its theme. Sentences written for this
// test; none is a passage of tests/fixtures/passages.jsonl.
import { describe, expect, it } from "vitest";
import { tag } from "../../shared/tagger/index";
import { relevant, themes } from "./tag-helpers";

describe("generic phrases no longer pass the relevance gate alone", () => {
  const LOOK_ALIKES = [
    // en
    "The regional integration policy of the trade bloc lowered tariffs on steel.",
    "Reception and integration of new staff is handled by the human resources unit.",
    "The planned relocation of the ministry's headquarters to the new building was delayed.",
    "Returning workers after parental leave receive a phased schedule.",
    "Sustainable reintegration of former prisoners depends on housing and jobs.",
    "Socio-economic reintegration of persons with disabilities after long illness is a priority.",
    "Courts should use alternatives to detention for juvenile offenders.",
    "Forensic teams completed the identification of victims after the plane crash.",
    "The firewall logs every unauthorized entry into the payroll system.",
    "Barriers to entry into and exit from the telecommunications market were reduced.",
    // fr
    "La politique d'intégration régionale de la CEDEAO a réduit les droits de douane.",
    "Le Trésor a effectué un transfert de fonds vers les collectivités locales.",
    "Les transferts de fonds entre banques commerciales ont augmenté de 3 %.",
    "La loi garantit le rapatriement des fonds investis par les investisseurs étrangers.",
    "Les ménages bénéficiaires de transferts monétaires du programme de protection sociale ont augmenté.",
    "La coopération consulaire facilite la délivrance des visas d'affaires.",
    "La réinsertion socio-économique des détenus libérés est une priorité du ministère de la Justice.",
    "Le placement international des réserves de change est confié à la banque centrale.",
    // es
    "La ley promueve la no criminalización del consumo de drogas.",
    "El seguro ofrece protección complementaria para gastos dentales.",
    "Las familias que se quedan sin vivienda recibirán un bono.",
    "La reubicación planificada de la sede del banco se aplazó.",
    "La movilidad laboral entre sectores de la economía aumentó en 2022.",
    // ru
    "Социокультурная адаптация детей с инвалидностью в школе требует поддержки.",
    "Квоты на привлечение инвестиций распределяются между регионами.",
    "Дети, оставшиеся без родительского попечения, передаются в приемные семьи.",
    "Сотрудники, вернувшиеся после работы в ночную смену, проходят медосмотр.",
    // ro
    "Dreptul de muncă al salariaților este garantat de Codul muncii.",
    "Ministerul a implementat un sistem informațional integrat pentru gestionarea bugetului.",
    "Victimele traficului rutier au fost transportate la spital.",
    "Combaterea traficului de influență este o prioritate a procurorilor anticorupție.",
    "Copiii rămași fără îngrijire părintească sunt plasați în servicii de tip familial.",
    // sr
    "Dozvola za rad apoteke izdaje se nakon inspekcijskog nadzora.",
    "Prilivi iz inostranstva u vidu stranih direktnih investicija porasli su.",
    "Odliv kadrova iz javnog sektora u privatni sektor je zabrinjavajući.",
    "Reintegracija u lokalnu zajednicu osuđenih lica počinje pre otpusta iz zatvora.",
    "Porodice koje su ostale bez krova nad glavom dobiće pomoć opštine.",
    // ar
    "تم بناء المنزل بطريقة غير شرعية على أرض زراعية.",
    "يجب على الشركات تسوية الوضعية الجبائية قبل نهاية السنة.",
    "توفر الدولة الحضانة للأسر التي يعمل فيها الوالدان.",
    // second step: each passed the gate on the lexicon of 30ba4f0
    "Illegal entry into the premises of the ministry is punishable by a fine.",
    "The national referral mechanism for child abuse cases links schools and social services.",
    "Pre-departure training for diplomats covers security and protocol.",
    "Le retour définitif de l'œuvre au musée national a été célébré.",
    "Los pasos no autorizados en el sistema informático quedan registrados.",
    "Отток специалистов из промышленности в сферу услуг продолжается.",
    "Отток медицинских кадров из сельских больниц в городские клиники усилился.",
    "Незаконный въезд на территорию заповедника карается штрафом.",
    "Добровольное возвращение похищенного имущества смягчает наказание.",
    "Принудительное возвращение долга проводится судебными приставами.",
    "Centrul de integrare pentru persoane cu dizabilități oferă terapie ocupațională.",
    "Copiii rămași acasă în timpul vacanței au participat la activități culturale.",
    "Exportatorii au extins cooperarea cu țările de destinație ale produselor agricole.",
    "Odliv stručnjaka iz javnih preduzeća u privatni sektor nastavlja se.",
    "Novčane doznake se mogu platiti na svakom šalteru pošte.",
    // third step: each passed the gate on the lexicon of b95439f
    "Центральный банк снизил стоимость денежных переводов между банками.",
    "Получатели денежных переводов по системе быстрых платежей не платят комиссию.",
  ];
  it.each(LOOK_ALIKES)("a look-alike gets no tags: %s", (text) => {
    expect(relevant(text)).toBe(false);
    expect(tag(text).tags).toEqual([]);
  });
});

describe("the same phrases keep their theme beside migration or their cue", () => {
  const CASES: [string, string][] = [
    ["Unauthorized entry of persons across the green border is detected by patrols.", "irregular-migration-border"],
    ["Planned relocation of persons living on eroding coasts will be a last resort.", "climate-environmental-mobility"],
    ["Returned migrants receive reintegration support and counselling for sustainable reintegration.", "return-reintegration"],
    ["Les migrants marocains effectuent des transferts de fonds vers leurs familles.", "remittances"],
    ["La coopération consulaire protège nos ressortissants établis dans les pays d'accueil.", "international-cooperation"],
    ["Los niños que se quedan en el país cuando sus padres trabajan en el exterior reciben apoyo escolar.", "families-left-behind"],
    [
      "Copiii rămași fără îngrijire părintească din cauza plecării părinților la muncă în străinătate primesc vizite ale asistentului social.",
      "families-left-behind",
    ],
    ["Дети, оставшиеся без родительского попечения из-за выезда родителей на работу за рубеж, получают помощь.", "families-left-behind"],
    ["Deca koja su ostala bez roditeljskog staranja jer roditelji rade u inostranstvu dobijaju podršku škole.", "families-left-behind"],
    ["يستفيد الأطفال الذين يعمل آباؤهم في الخارج من برامج الدعم النفسي.", "families-left-behind"],
    ["Migranții returnați beneficiază de reintegrare socio-economică prin granturi pentru afaceri.", "return-reintegration"],
    ["Povratnici po osnovu sporazuma o readmisiji dobijaju pomoć za održivu reintegraciju u lokalnu zajednicu.", "return-reintegration"],
    ["Victimele traficului de persoane primesc adăpost și asistență juridică.", "trafficking-smuggling"],
    ["Illegal entry of migrants is an administrative offence.", "irregular-migration-border"],
    ["Отток специалистов за рубеж ослабляет систему здравоохранения.", "skills-education-mobility"],
    ["Odliv lekara u Nemačku i druge zemlje EU je izazov za zdravstveni sistem.", "skills-education-mobility"],
    ["Copiii rămași acasă ai migranților primesc sprijin școlar.", "families-left-behind"],
    ["Добровольное возвращение мигрантов поддерживается программой реинтеграции.", "return-reintegration"],
    ["Le retour définitif des migrants au pays est accompagné d'une aide à la réinsertion.", "return-reintegration"],
    ["Стоимость денежных переводов из России в Кыргызстан снизилась на треть.", "remittances"],
  ];
  it.each(CASES)("%s → %s", (text, theme) => {
    expect(relevant(text)).toBe(true);
    expect(themes(text)).toContain(theme);
  });
});
