using Dashboard.Core.Text;

namespace Dashboard.Core.Sources;

/// <summary>Arabic function words that end a name or a title's complement ("إن", "في", "خلال", "لـ", "أمس").</summary>
internal static class ArabicFunctionWords
{
    // Normalised forms: أن and إن both read "ان"; على reads "علي" and is told from the name علي by its original spelling.
    private static readonly HashSet<string> Stops = new(StringComparer.Ordinal)
    {
        "ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "وان", "وانه", "وانها", "لان",
        "في", "فى", "خلال", "ل", "عن", "من", "الي", "مع", "منذ", "قبل", "بعد", "عند", "حيث", "حول", "ضد", "لدي", "اثر",
        "عقب", "اثناء", "وسط", "بسبب", "داخل", "خارج", "امام", "بين", "ضمن", "حتي", "اذ", "اذا", "ثم", "او", "لكن",
        "بينما", "فيما", "كما", "الذي", "التي", "الذين", "اللذين", "هو", "هي", "هم", "وهو", "وهي", "وهم", "ما", "لا", "لم",
        "لن", "قد", "وقد", "لقد", "كان", "كانت", "يكون", "تكون", "هذا", "هذه", "ذلك", "تلك", "هناك", "هنا", "اليوم", "امس",
        "غدا", "الان", "ايضا", "كذلك", "نحو", "عبر", "بشان", "لدى", "عبر", "وفق", "بحسب", "حسب", "قائلا", "قائله", "به",
        "بها", "له", "لها", "فيه", "فيها", "عليه", "عليها", "منه", "منها", "عنه", "عنها", "و", "ف", "ب", "يوم", "صباح", "مساء",
        "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الماضي", "المقبل", "الجاري", "الحالي",
        "جميع", "كل", "كافه", "بعض", "عدد", "اي", "مختلف", "معظم", "اغلب", "غالبيه", "اكثر", "اقل", "اول", "اخر", "الاخر",
        "سابق", "لاحق", "مؤتمر", "بيان", "تصريح", "تصريحات", "مقابله", "حديث", "اتصال", "قوله", "قولها", "قولهم", "قولهما",
    };

    // Name connectors: they join the words of one name and do not count towards its length.
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "بن", "ابن", "بنت", "ابو", "ابي", "ال", "ولد", "عبد", "ام", "اب", "دي", "فون", "فان", "لو",
    };

    // Words that leave a title unchanged: "وزير الدفاع الأمريكي الجديد".
    private static readonly HashSet<string> TitleAdjectives = new(StringComparer.Ordinal)
    {
        "جديد", "سابق", "حالي", "اسبق", "مكلف", "مؤقت", "رسمي", "رسميه", "اول", "مساعد", "عام", "عامه", "اعلي", "دائم",
        "دائمه", "خاص", "خاصه", "تنفيذي", "تنفيذيه", "اقليمي", "اقليميه", "مقيم", "مقيمه", "انتقالي", "انتقاليه", "اتحادي", "اتحاديه",
        "مناوب", "مناوبه", "فخري", "فخريه", "منتهيه", "منتهي", "مستقيل", "مستقيله", "مؤقته", "بالوكاله", "بالنيابه",
    };

    public static bool IsStop(AnalyzedText text, int t)
    {
        var token = text.Tokens[t];
        if (token.Kind != TokenKind.Word)
        {
            return true;
        }
        if (token.Norm == "علي")
        {
            return text.Text[token.End - 1] == 'ى';
        }
        return Stops.Contains(token.Norm);
    }

    /// <summary>Words of quantity that the not-speaker list also holds ("جميع", "نحو").</summary>
    public static bool IsQuantifier(string norm) =>
        norm is "جميع" or "كل" or "كافه" or "بعض" or "عدد" or "اي" or "مختلف" or "معظم" or "غالبيه" or "اغلب" or "نحو" or "حوالي" or "قرابه" or "اكثر" or "اقل";

    public static bool IsConnector(string norm) => Connectors.Contains(norm);

    public static bool IsTitleAdjective(string norm) => TitleAdjectives.Contains(NameKeys.Word(norm));

    /// <summary>True when the word carries the article, alone or after و ف ب ل ك ("الوزارة", "والطوارئ", "للتعبئة").</summary>
    public static bool IsDefinite(string norm) =>
        norm.Length > 3 && (norm.StartsWith("ال", StringComparison.Ordinal) || norm.StartsWith("لل", StringComparison.Ordinal)
            || (norm.Length > 5 && norm[0] is 'و' or 'ف' or 'ب' or 'ك' && norm.AsSpan(1).StartsWith("ال", StringComparison.Ordinal)));

    /// <summary>A nisba adjective or surname ending in ي or ية ("الأميركي", "الهاجري", "نيابية").</summary>
    public static bool IsNisba(string norm) =>
        norm.Length > 3 && (norm.EndsWith('ي') || norm.EndsWith("يه", StringComparison.Ordinal));
}
