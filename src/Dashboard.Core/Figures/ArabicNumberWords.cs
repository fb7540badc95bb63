using Dashboard.Core.Text;

namespace Dashboard.Core.Figures;

/// <summary>The Arabic number words in their normalised spellings (masculine, feminine, cases, duals).</summary>
internal static class ArabicNumberWords
{
    private static readonly Dictionary<string, NumberWord> Words = Build();

    private static readonly Dictionary<string, NumberWord>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The word as written, or with a glued particle ("وخمسمئة", "بعشرات") when <paramref name="particles"/> allows.</summary>
    public static bool TryGet(string norm, bool particles, out NumberWord word, out int prefixLength) =>
        ArabicClitics.TryLookup(Lookup, norm, particles, article: false, out word, out prefixLength);

    public static bool TryGetExact(string norm, out NumberWord word) => Words.TryGetValue(norm, out word);

    /// <summary>"عشر"/"عشرة" after one to nine makes a teen ("ثلاثة عشر").</summary>
    public static bool IsTeenTail(string norm) => norm is "عشر" or "عشره";

    /// <summary>"مئة"/"مائة" after three to nine written apart ("ثلاث مئة").</summary>
    public static bool IsHundredWord(string norm) => norm is "مئه" or "مائه" or "ميه";

    /// <summary>The scale a definite form names ("التريليون" in "تريليون ونصف التريليون").</summary>
    public static double DefiniteScale(string norm) => norm switch
    {
        "الالف" => 1e3,
        "المليون" => 1e6,
        "المليار" or "البليون" => 1e9,
        "التريليون" => 1e12,
        _ => 0,
    };

    /// <summary>The vague plural after عشرات/مئات that multiplies it ("عشرات الآلاف").</summary>
    public static double DefinitePluralScale(string norm) => norm switch
    {
        "الالاف" or "الالوف" => 1e3,
        "الملايين" => 1e6,
        "المليارات" or "البلايين" or "الملايير" => 1e9,
        _ => 0,
    };

    private static Dictionary<string, NumberWord> Build()
    {
        var words = new Dictionary<string, NumberWord>(StringComparer.Ordinal);
        void Add(NumberWordKind kind, double value, params string[] forms)
        {
            foreach (var form in forms)
            {
                words[TextNormalizer.Normalize(form)] = new NumberWord(kind, value);
            }
        }
        void AddTeenOnly(double value, params string[] forms)
        {
            foreach (var form in forms)
            {
                words[TextNormalizer.Normalize(form)] = new NumberWord(NumberWordKind.Unit, value, TeenOnly: true);
            }
        }

        Add(NumberWordKind.Unit, 1, "واحد", "واحدة", "واحدا");
        AddTeenOnly(1, "أحد", "إحدى");
        Add(NumberWordKind.Unit, 2, "اثنان", "اثنين", "اثنتان", "اثنتين", "إثنان", "إثنين");
        AddTeenOnly(2, "اثنا", "اثنتا", "اثني", "اثنتي");
        Add(NumberWordKind.Unit, 3, "ثلاث", "ثلاثة", "ثلاثا");
        Add(NumberWordKind.Unit, 4, "أربع", "أربعة", "أربعا");
        Add(NumberWordKind.Unit, 5, "خمس", "خمسة", "خمسا");
        Add(NumberWordKind.Unit, 6, "ست", "ستة", "ستا");
        Add(NumberWordKind.Unit, 7, "سبع", "سبعة", "سبعا");
        Add(NumberWordKind.Unit, 8, "ثمان", "ثماني", "ثمانية", "ثمانيا");
        Add(NumberWordKind.Unit, 9, "تسع", "تسعة", "تسعا");
        Add(NumberWordKind.Unit, 10, "عشر", "عشرة", "عشرا");

        Add(NumberWordKind.Ten, 20, "عشرون", "عشرين");
        Add(NumberWordKind.Ten, 30, "ثلاثون", "ثلاثين");
        Add(NumberWordKind.Ten, 40, "أربعون", "أربعين");
        Add(NumberWordKind.Ten, 50, "خمسون", "خمسين");
        Add(NumberWordKind.Ten, 60, "ستون", "ستين");
        Add(NumberWordKind.Ten, 70, "سبعون", "سبعين");
        Add(NumberWordKind.Ten, 80, "ثمانون", "ثمانين");
        Add(NumberWordKind.Ten, 90, "تسعون", "تسعين");

        Add(NumberWordKind.Hundred, 100, "مئة", "مائة", "مية");
        Add(NumberWordKind.Hundred, 200, "مئتان", "مئتين", "مائتان", "مائتين", "مئتا", "مئتي", "مائتا", "مائتي");
        var units = new[] { ("ثلاث", 3), ("أربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان", 8), ("ثماني", 8), ("تسع", 9) };
        foreach (var (unit, value) in units)
        {
            Add(NumberWordKind.Hundred, value * 100, unit + "مئة", unit + "مائة");
        }

        Add(NumberWordKind.Scale, 1e3, "ألف", "ألفا");
        Add(NumberWordKind.Scale, 1e6, "مليون", "مليونا");
        Add(NumberWordKind.Scale, 1e9, "مليار", "مليارا", "بليون", "بليونا");
        Add(NumberWordKind.Scale, 1e12, "تريليون", "تريليونا", "ترليون");
        Add(NumberWordKind.ScalePlural, 1e3, "آلاف", "ألوف");
        Add(NumberWordKind.ScalePlural, 1e6, "ملايين");
        Add(NumberWordKind.ScalePlural, 1e9, "مليارات", "بلايين", "ملايير");
        Add(NumberWordKind.ScalePlural, 1e12, "تريليونات");
        Add(NumberWordKind.ScaleDual, 1e3, "ألفان", "ألفين", "ألفي");
        Add(NumberWordKind.ScaleDual, 1e6, "مليونان", "مليونين", "مليوني");
        Add(NumberWordKind.ScaleDual, 1e9, "ملياران", "مليارين", "ملياري", "بليونين");
        Add(NumberWordKind.ScaleDual, 1e12, "تريليونان", "تريليونين");

        Add(NumberWordKind.Vague, 10, "عشرات");
        Add(NumberWordKind.Vague, 100, "مئات", "مئات");
        Add(NumberWordKind.Fraction, 0.5, "نصف");
        Add(NumberWordKind.Fraction, 0.25, "ربع");
        Add(NumberWordKind.Fraction, 1 / 3.0, "ثلث");
        Add(NumberWordKind.Fraction, 2 / 3.0, "ثلثي", "ثلثا");
        Add(NumberWordKind.Few, 3, "بضع", "بضعة");
        return words;
    }
}
