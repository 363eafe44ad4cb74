// Round 36 (docs/tagging-quality.md, "Thirty-sixth round"): Serbian (both scripts), Arabic, Romanian and
// Russian text that names people and their movement without the words for migration, migrants, refugees,
// asylum or diaspora. Serbian and Arabic get their own parts of the `movers`, `passing` and `hazards`
// cue sets (./shared/taxonomy/lexicon/cues.ts) and movement phrases that count only beside them, as
// round 33 did for French, Spanish, Russian and Romanian. Sentences written for this test; none is a
// passage of tests/fixtures/passages.jsonl.
import { describe, expect, it } from "vitest";
import { relevant } from "./tag-helpers";

describe("people who leave, flee, cross or come home pass the gate (sr, ar, ro, ru)", () => {
  const CASES = [
    "Mnogi mladi lekari odlaze na rad u Nemačku odmah posle specijalizacije.",
    "Više od dve hiljade medicinskih sestara zaposleno je u Austriji i Nemačkoj.",
    "Opština nudi stanove mladim stručnjacima, kako bi podstakla povratak mladih iz inostranstva.",
    "Posle poplava, 60 porodica iz sela pored Kolubare preseljeno je u nove kuće.",
    "Полиција је пронашла 12 лица без путних исправа у камиону код Суботице.",
    "Млади лекари одлазе на рад у Шведску и Немачку одмах после специјализације.",
    "تتولى الوكالة انتداب الممرضين التونسيين لفائدة مؤسسات أجنبية في ألمانيا.",
    "تم اعتراض 40 شخصا خلال محاولة العبور غير النظامي نحو السواحل الإيطالية.",
    "نزحوا من قراهم بسبب الجفاف واستقروا في أطراف المدينة.",
    "بعد الفيضانات غادروا منازلهم واستقروا لدى أقاربهم في المدينة.",
    "يستفيد الأطفال غير المرافقين من الإيواء والمتابعة النفسية.",
    "Tinerii care pleacă la studii în Germania primesc informații despre recunoașterea diplomelor.",
    "Statistica estimează câte persoane trăiesc de mai mulți ani în afara țării.",
    "Familiile sosite în Republica Moldova din Ucraina primesc ajutor pentru chirie.",
    "Recrutorii le promiteau locuri de muncă în Turcia tinerelor din sate.",
    "На пунктах пропуска лица, нуждающиеся в защите, направляются к дежурному офицеру.",
    "После наводнения 40 семей были переселены в новые дома.",
    "Следователи выяснили, что в Дубае у женщин отбирали паспорта и заставляли их работать без оплаты.",
  ];
  it.each(CASES)("%s", (text) => {
    expect(relevant(text)).toBe(true);
  });
});

describe("the same words about teams, delegations, firms, goods and offices stay untagged", () => {
  const LOOKALIKES = [
    "Košarkaši odlaze na pripreme u Nemačku, a vraćaju se posle dve nedelje.",
    "Delegacija ministarstva otputovala je u Austriju na sajam turizma.",
    "Kompanije koje rade u Nemačkoj moraju da podnose poreske prijave i u Srbiji.",
    "Naši fudbaleri su se vratili iz Madrida posle utakmice.",
    "Posle poplava, arhiva suda je preseljena u novu zgradu.",
    "Stanari su se iselili iz zgrade zbog renoviranja fasade.",
    "Građani odlaze na skijanje u Austriju tokom zimskog raspusta.",
    "Prodavac je prodao auto bez putnih isprava i saobraćajne dozvole.",
    "Povratak mladih košarkaša iz Nemačke očekuje se posle turnira.",
    "Студенти одлазе у Немачку на размену у оквиру програма Erasmus на један семестар.",
    "Evakuisani stanovnici vratili su se u stanove posle vežbe zaštite od poplava.",
    "عاد المنتخب الوطني من إسبانيا بعد المباراة الودية.",
    "سافر الوفد الوزاري إلى ألمانيا للمشاركة في المعرض الدولي للسياحة.",
    "تم انتداب 500 أستاذ جديد في المدارس العمومية هذا العام.",
    "نقلت البلدية مقرها بعد الفيضانات إلى بناية جديدة.",
    "يقوم العمال بتنظيف الطرقات بعد الفيضانات التي غمرت الأحياء.",
    "عاد الطلبة من فرنسا بعد رحلة دراسية دامت أسبوعين.",
    "تمت إعادة إسكان الأسر التي كانت تقطن في دور الصفيح في شقق اجتماعية.",
    "Studenții pleacă la studii în Germania pentru un semestru Erasmus.",
    "Firma își vinde produsele în afara țării, în special în Italia.",
    "Turiștii sosiți în Republica Moldova au vizitat cramele de la Cricova.",
    "Vinurile originare din Republica Moldova sunt apreciate în Germania.",
    "Lotul de rugby a plecat la studii de pregătire în Franța.",
    "Дети, нуждающиеся в защите, направляются органами опеки в приюты.",
    "Таможенники на границе отобрали паспорта у контрабандистов сигарет.",
    "После ремонта жильцы были переселены в новые квартиры после подтопления подвала.",
    "Полиция отобрала у них паспорта и водительские удостоверения в Турции во время отпуска.",
  ];
  it.each(LOOKALIKES)("%s", (text) => {
    expect(relevant(text)).toBe(false);
  });
});
