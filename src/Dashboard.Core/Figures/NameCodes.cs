using Dashboard.Core.Text;

namespace Dashboard.Core.Figures;

/// <summary>
/// Words after which a number is part of a name, a code or a rank rather than a count: "القرار 2254", "رقم 5",
/// "المادة 3", "Resolution 2254", "Route 66", "Flight 370", "Boeing 737", "كوفيد 19", "الدورة 73".
/// </summary>
internal static class NameCodes
{
    private static readonly HashSet<string> Before = new[]
    {
        "قرار", "القرار", "رقم", "الرقم", "برقم", "مادة", "المادة", "بند", "البند", "فقرة", "الفقرة", "فصل", "الفصل", "طريق", "الطريق",
        "رحلة", "الرحلة", "الخط", "صفحة", "الصفحة", "ص", "العدد", "الجزء", "المجلد", "الغرفة", "الطابق", "الكيلو", "الكيلومتر",
        "الشارع", "شارع", "البوابة", "بوابة", "الموسم", "النسخة", "الإصدار", "الدورة", "القمة", "الذكرى", "المرتبة", "المركز",
        "الترتيب", "المستوى", "الفئة", "الصف", "الجولة", "المرحلة", "الحلقة", "القانون", "قانون", "المرسوم", "مرسوم", "البروتوكول",
        "الملحق", "الأمر", "طراز", "موديل", "بوينغ", "بوينج", "إيرباص", "ايرباص", "سوخوي", "ميغ", "ميج", "إف", "اف", "إس", "تي",
        "سو", "كوفيد", "اللواء", "الفرقة", "الفوج", "الكتيبة", "السرب", "الأسطول", "مجموعة", "هاتف", "الهاتف", "تلفون", "فاكس",
        "جوال", "عيار", "الرمز", "رمز", "كود", "الكود", "الدفعة", "الحزمة", "المنطقة", "القطاع", "المربع", "الحي", "البلوك",
        "resolution", "resolutions", "no", "nos", "number", "article", "articles", "section", "chapter", "route", "highway", "flight",
        "apollo", "boeing", "airbus", "room", "gate", "page", "pages", "vol", "volume", "part", "phase", "level", "category", "class",
        "grade", "platform", "line", "bus", "road", "street", "avenue", "unit", "brigade", "division", "battalion", "regiment",
        "fleet", "squadron", "windows", "iphone", "galaxy", "model", "type", "mark", "mk", "su", "mig", "f", "law", "decree",
        "order", "protocol", "amendment", "item", "paragraph", "clause", "rule", "code", "form", "block", "zone", "sector",
        "terminal", "pier", "berth", "lot", "apartment", "suite", "floor", "ward", "episode", "season", "series", "edition",
        "issue", "cop", "covid", "sars", "tel", "phone", "fax", "ext", "box", "channel", "war", "stage", "leg", "game", "match",
        "tier", "wave", "version", "week", "day", "act", "title", "exit", "junction", "km", "mile", "pillar", "camp", "expo", "إكسبو",
        "اكسبو", "مونديال", "كأس", "أولمبياد", "euro", "vision", "رؤية", "بنزين", "octane",
    }.Select(w => TextNormalizer.Normalize(w)).ToHashSet(StringComparer.Ordinal);

    public static bool IsNameWord(string norm) => Before.Contains(norm);
}
