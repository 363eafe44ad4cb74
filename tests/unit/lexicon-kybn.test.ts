// Kyrgyz and Bengali terms through the whole tagger (issue 2, ninth round): the languages of
// Kyrgyzstan's and Bangladesh's own policy texts. Bengali folding drops vowel signs, so several
// words share a folded form (নাগরিক "citizen" starts like নগর "city", বিনিয়োগ "investment" like
// বন্যা "flood", ব্যক্তি "person" like ব্যাংক "bank"); those pairs are checked here, as is the
// ambiguity of the Kyrgyz forms of "migration" beside birds and servers. Sentences written for
// this test; none is a passage of tests/fixtures/passages.jsonl.
import { describe, expect, it } from "vitest";
import { tag, THRESHOLDS } from "../../shared/tagger/index";
import { ids } from "./tag-helpers";

describe("Kyrgyz and Bengali lexicons through tag()", () => {
  const THEMES: [string, string, string][] = [
    ["ky", "Чет өлкөлөрдө иштеген эмгек мигранттарына жумушка орноштуруу агенттиктери акы салбашы керек.", "labour-migration"],
    ["ky", "Мигранттардын акча которууларынын чыгымдарын азайтуу үчүн банктар менен кызматташтык кеңейтилет.", "remittances"],
    ["ky", "Адам сатуунун курмандыктарына акысыз юридикалык жардам көрсөтүлөт.", "trafficking-smuggling"],
    ["ky", "Ата-энеси чет өлкөдө эмгектенген балдарга мектептерде психологдор колдоо көрсөтөт.", "families-left-behind"],
    ["bn", "বিদেশগামী কর্মীদের জন্য রিক্রুটিং এজেন্সির লাইসেন্স বাধ্যতামূলক করা হবে।", "labour-migration"],
    ["bn", "প্রবাসী আয় বৈধ পথে পাঠাতে রেমিট্যান্সের ওপর প্রণোদনা দেওয়া হবে।", "remittances"],
    ["bn", "নদীভাঙনে বাস্তুচ্যুত পরিবারগুলোর জন্য জলবায়ু অভিবাসন মোকাবিলায় নতুন তহবিল গঠন করা হবে।", "climate-environmental-mobility"],
    ["bn", "বিদেশফেরত কর্মীদের দক্ষতার স্বীকৃতি ও সহজ ঋণ দেওয়া হবে।", "return-reintegration"],
  ];

  it.each(THEMES)("[%s] %s -> %s", (_lang, text, theme) => {
    expect(tag(text).relevance).toBeGreaterThanOrEqual(THRESHOLDS.relevance);
    expect(ids(text, "theme")).toContain(theme);
  });

  it("reads parents working abroad as families left behind, not as labour migration (Kyrgyz look-alike term)", () => {
    expect(ids("Ата-энеси чет өлкөдө эмгектенген балдарга мектептерде психологдор колдоо көрсөтөт.", "theme")).not.toContain("labour-migration");
  });

  const LOOKALIKES: [string, string][] = [
    // "миграциясы" is an ambiguous anchor: birds in its sentence void it.
    ["ky", "Куштардын күзгү миграциясы учурунда көлдөрдүн жээгинде аңчылыкка тыюу салынат."],
    ["ky", "Министрликтин маалымат базаларын жаңы серверлерге миграциялоо ушул жылы аяктайт."],
    ["ky", "Ички туризмди өнүктүрүү үчүн чек ара аймактарындагы жолдор оңдолот."],
    ["bn", "পাখির অভিবাসন পর্যবেক্ষণে হাওর এলাকায় নিয়মিত জরিপ চালানো হবে।"],
    ["bn", "অর্থ পাচার ও মাদক পাচার রোধে শুল্ক বিভাগ ও পুলিশ একসঙ্গে কাজ করবে।"],
    ["bn", "পুরনো সার্ভার থেকে নতুন প্ল্যাটফর্মে ডেটা মাইগ্রেশন সম্পন্ন হয়েছে।"],
  ];

  it.each(LOOKALIKES)("[%s] look-alike gets no tag: %s", (_lang, text) => {
    const r = tag(text);
    expect(r.relevance).toBeLessThan(THRESHOLDS.relevance);
    expect(r.tags).toEqual([]);
  });

  it("finds the instrument from 'this Law' and not from 'illegal' or 'legal aid'", () => {
    expect(ids("Ушул Мыйзамга ылайык эмгек мигранттары медициналык жардам алууга укуктуу.", "instrument")).toContain("law");
    expect(ids("Мыйзамсыз миграцияга каршы күрөштө эмгек мигранттарына маалымат берилет.", "instrument")).not.toContain("law");
    expect(ids("এই আইনের অধীনে প্রত্যেক অভিবাসী কর্মীর নিবন্ধন বাধ্যতামূলক।", "instrument")).toContain("law");
    expect(ids("নির্যাতনের শিকার অভিবাসী কর্মীদের আইনি সহায়তা দেওয়া হবে।", "instrument")).not.toContain("law");
  });

  it("keeps Bengali words that fold alike apart in the sectors", () => {
    // নাগরিক (citizen) is not নগর (city); বিনিয়োগ (investment) is not বন্যা (flood).
    expect(ids("মিয়ানমারের নাগরিক রোহিঙ্গা শরণার্থীদের স্বাস্থ্যসেবা দেওয়া হবে।", "sector")).not.toContain("urban-local");
    expect(ids("প্রবাসী বাংলাদেশিদের বিনিয়োগ বাড়াতে বিশেষ বন্ড চালু হবে।", "sector")).toEqual(["finance-economy"]);
    // ব্যক্তি (person) is not ব্যাংক (bank).
    expect(ids("পাচারের শিকার ব্যক্তিদের আশ্রয় দেওয়া হবে।", "sector")).not.toContain("finance-economy");
  });
});
