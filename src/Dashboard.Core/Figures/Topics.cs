using Dashboard.Core.Text;

namespace Dashboard.Core.Figures;

/// <summary>
/// What an amount of money or a percentage measures, read from a noun shortly before it: "كلفة" → cost, "موازنة" →
/// budget, "عجز" → deficit, "التضخم" → inflation, "revenue", "turnout".
/// </summary>
internal static class Topics
{
    private static readonly Dictionary<string, string> Words = Build();

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, string> Subjects = BuildSubjects();

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SubjectLookup = Subjects.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int Reach = 10;

    // How far from the topic word the thing it is about may stand: "كلفت الحملة العسكرية" (after), "the war's cost" (before).
    private const int SubjectReach = 3;

    /// <summary>The nearest topic word in the tokens before <paramref name="first"/>, back to <paramref name="floor"/>.</summary>
    public static string? Before(SentenceTokens t, int first, int floor) =>
        Find(t, first, floor) is { } found ? found.Topic : null;

    /// <summary>
    /// The topic with the thing it is about when a known noun stands next to it: "cost of the campaign",
    /// "budget of the programme"; else the topic alone ("cost"), or null.
    /// </summary>
    public static string? Describe(SentenceTokens t, int first, int floor)
    {
        if (Find(t, first, floor) is not { } found)
        {
            return null;
        }
        for (var distance = 1; distance <= SubjectReach; distance++)
        {
            foreach (var i in (ReadOnlySpan<int>)[found.Index + distance, found.Index - distance])
            {
                if (i < first && i >= floor && t.IsWord(i) && Subject(t, i) is { } subject)
                {
                    return $"{found.Topic} of {subject}";
                }
            }
        }
        return found.Topic;
    }

    private static (string Topic, int Index)? Find(SentenceTokens t, int first, int floor)
    {
        for (var i = first - 1; i >= Math.Max(floor, first - Reach) && t.In(i); i--)
        {
            if (!t.IsWord(i))
            {
                continue;
            }
            if (t.IsArabicWord(i)
                ? ArabicClitics.TryLookup(Lookup, t.Norm(i), particles: true, article: true, out var topic, out _)
                : Words.TryGetValue(t.Norm(i), out topic))
            {
                return (topic, i);
            }
        }
        return null;
    }

    private static string? Subject(SentenceTokens t, int i) =>
        (t.IsArabicWord(i)
            ? ArabicClitics.TryLookup(SubjectLookup, t.Norm(i), particles: true, article: true, out var subject, out _)
            : Subjects.TryGetValue(t.Norm(i), out subject)) ? subject : null;

    private static Dictionary<string, string> BuildSubjects()
    {
        var subjects = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in CountedNouns.ReadResource("subjects.tsv"))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var columns = line.Split('\t');
            foreach (var form in columns[0].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                subjects.TryAdd(TextNormalizer.Normalize(form), columns[1].Trim());
            }
        }
        return subjects;
    }

    private static Dictionary<string, string> Build()
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string topic, params string[] forms)
        {
            foreach (var form in forms)
            {
                words[TextNormalizer.Normalize(form)] = topic;
            }
        }
        Add("cost", "كلفة", "تكلفة", "تكاليف", "كلفت", "تكلف", "cost", "costs", "costing");
        Add("budget", "موازنة", "ميزانية", "budget");
        Add("spending", "إنفاق", "نفقات", "الإنفاق", "spending", "expenditure");
        Add("revenue", "إيرادات", "عائدات", "إيراد", "دخل", "revenue", "revenues", "income");
        Add("deficit", "عجز", "deficit");
        Add("debt", "دين", "ديون", "مديونية", "debt", "debts");
        Add("loan", "قرض", "قروض", "loan", "loans");
        Add("aid", "مساعدات", "مساعدة", "منحة", "منح", "دعم", "aid", "grant", "assistance", "support");
        Add("investment", "استثمارات", "استثمار", "investment", "investments");
        Add("reserves", "احتياطي", "احتياطيات", "reserves");
        Add("exports", "صادرات", "exports");
        Add("imports", "واردات", "imports");
        Add("losses", "خسائر", "losses", "damage");
        Add("profit", "أرباح", "ربح", "profit", "profits");
        Add("salaries", "رواتب", "أجور", "راتب", "salaries", "wages", "salary");
        Add("price", "سعر", "أسعار", "ثمن", "price", "prices");
        Add("value", "قيمة", "value", "worth");
        Add("funding", "تمويل", "funding", "financing");
        Add("compensation", "تعويضات", "تعويض", "compensation");
        Add("fees", "رسوم", "fees");
        Add("taxes", "ضرائب", "ضريبة", "tax", "taxes");
        Add("fund", "صندوق", "fund");
        Add("inflation", "تضخم", "التضخم", "inflation");
        Add("growth", "نمو", "growth");
        Add("unemployment", "بطالة", "unemployment");
        Add("turnout", "اقتراع", "مشاركة", "turnout");
        Add("interest rate", "فائدة", "الفائدة", "interest");
        Add("share", "حصة", "نسبة", "share");
        return words;
    }
}
