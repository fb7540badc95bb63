using Dashboard.Core.Text;

namespace Dashboard.Core.Figures;

internal enum Cue
{
    None,
    Killed,
    Wounded,
    Displaced,

    /// <summary>Missing after a disaster or an attack: counted with casualties.</summary>
    Missing,

    /// <summary>Arrested, detained, taken hostage: people, not casualties.</summary>
    Held,
}

/// <summary>
/// Words near a count of people that say what happened to them: killed ("قتل", "لقي حتفه", "مقتل", "killed"),
/// wounded ("أصيب", "جرح", "injured") or displaced ("نزح", "فرّ", "refugees", "evacuated").
/// </summary>
internal static class ContextCues
{
    private static readonly Dictionary<string, Cue> Words = Build();

    private static readonly Dictionary<string, Cue>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    // How far from the figure a cue is looked for, in tokens, within the clause.
    private const int Reach = 8;

    public static Cue At(SentenceTokens t, int i)
    {
        if (!t.IsWord(i))
        {
            return Cue.None;
        }
        if (t.IsArabicWord(i))
        {
            return ArabicClitics.TryLookup(Lookup, t.Norm(i), particles: true, article: true, out var cue, out _) ? cue : Cue.None;
        }
        return Words.TryGetValue(t.Norm(i), out var english) ? english : Cue.None;
    }

    /// <summary>The cue nearest the figure (tokens <paramref name="first"/>..<paramref name="last"/>) in its clause.</summary>
    public static Cue Nearest(SentenceTokens t, int first, int last)
    {
        var afterOpen = true;
        var beforeOpen = true;
        for (var d = 1; d <= Reach; d++)
        {
            var after = last + d;
            var before = first - d;
            if (beforeOpen && IsClauseBreak(t, before))
            {
                beforeOpen = false;
            }
            if (beforeOpen && At(t, before) is var b && b != Cue.None)
            {
                return b;
            }
            // "قتل 15 شخصا وأصيب 40": a cue glued to و, or after "and", opens the next clause.
            if (afterOpen && (IsClauseBreak(t, after) || StartsClause(t, after)))
            {
                afterOpen = false;
            }
            if (afterOpen && At(t, after) is var a && a != Cue.None)
            {
                return a;
            }
        }
        return Cue.None;
    }

    // "وأصيب 40", "and wounding 42": a cue that opens the next clause speaks of what follows it.
    private static bool StartsClause(SentenceTokens t, int i) =>
        (t.IsArabicWord(i) && t.Norm(i).Length > 3 && t.Norm(i)[0] == 'و' && At(t, i) != Cue.None)
        || (t.Norm(i) is "and" or "while" or "but" or "و" or "بينما" or "فيما" && At(t, i + 1) != Cue.None);

    private static bool IsClauseBreak(SentenceTokens t, int i) =>
        !t.In(i) || (t.IsPunct(i) && t.Norm(i) is "،" or "," or ";" or "؛" or ":" or "." or "(" or ")");

    private static Dictionary<string, Cue> Build()
    {
        var words = new Dictionary<string, Cue>(StringComparer.Ordinal);
        void Add(Cue cue, params string[] forms)
        {
            foreach (var form in forms)
            {
                words[TextNormalizer.Normalize(form)] = cue;
            }
        }
        Add(Cue.Killed,
            "قتل", "قتلوا", "قتلت", "قتلا", "قتلى", "قتيل", "قتيلا", "مقتل", "مقتلهم", "لقوا", "حتفه", "حتفهم", "حتفها",
            "حتفهن", "مصرع", "مصرعهم", "استشهد", "استشهدوا", "استشهاد", "شهيد", "شهداء", "توفي", "توفوا", "وفاة", "وفيات", "ضحايا", "ضحية",
            "أعدم", "أعدموا", "إعدام", "حيد", "حيدت", "تحييد", "قضوا", "أودى", "أودت", "بحياة", "يقتل", "تقتل", "يقتلون", "قتيلاً",
            "killed", "kill", "kills", "killing", "dead", "died", "die", "dies", "deaths", "death", "toll", "fatalities", "perished",
            "slain", "executed", "massacred", "lives", "martyred", "martyrs");
        Add(Cue.Wounded,
            "جرح", "جرحى", "جريح", "جرحوا", "أصيب", "أصيبوا", "أصيبت", "إصابة", "مصاب", "مصابين", "مصابون", "يصاب", "جراح", "بجروح",
            "wounded", "injured", "injuring", "injuries", "hurt", "wounding");
        Add(Cue.Missing, "مفقود", "مفقودين", "مفقودون", "المفقودين", "فقد", "فقدوا", "missing", "unaccounted");
        Add(Cue.Displaced,
            "نزح", "نزحوا", "نزوح", "نازح", "نازحين", "نازحون", "شرد", "شردوا", "تشريد", "مشرد", "مشردين", "فروا", "فرار", "هرب",
            "هربوا", "لجأ", "لجأوا", "لجؤوا", "لجئوا", "لجوء", "لاجئ", "لاجئين", "لاجئون", "تهجير", "هجر", "هجروا", "مهجر", "مهجرين", "إجلاء", "أجلي",
            "أجليت", "إخلاء", "displaced", "displacement", "fled", "flee", "fleeing", "refugees", "evacuated", "evacuation", "homeless",
            "uprooted", "escaped");
        return words;
    }
}
