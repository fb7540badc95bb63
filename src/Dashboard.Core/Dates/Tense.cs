namespace Dashboard.Core.Dates;

/// <summary>
/// Whether a date with no direction of its own ("الخميس", "28 يناير", "on Tuesday") lies ahead of the publication
/// date: the nearest tense marker before it in its sentence decides, else the nearest just after it; past by default.
/// A deadline word right before the date ("بحلول", "قبل نهاية", "until") points ahead unless a listed past marker is near.
/// </summary>
internal static class Tense
{
    private const int LookBehind = 8;
    private const int LookAhead = 6;

    // Beyond the near window, a marker still decides within its clause ("ستفتح أبوابها في خيمة ... يوم 2 أكتوبر").
    private const int FarLookBehind = 24;

    private static readonly HashSet<string> ArabicFuture = new(
        ["سوف", "غدا", "المقبل", "المقبله", "القادم", "القادمه", "المقرر", "مقرر", "مقررا", "المنتظر", "المرتقب", "المزمع",
         "يعتزم", "تعتزم", "يعتزمون", "نعتزم", "المتوقع", "يتوقع", "تتوقع", "نتوقع", "يتوقعون", "يرتقب", "ينتظر", "تنتظر", "ننتظر",
         "ينتظرون", "بانتظار", "يامل", "تامل", "نامل", "ياملون", "لن", "محذرا", "محذره", "محذرين", "يحذر", "تحذر", "يحذرون"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> ClauseEnds = new(
        ["that", "which", "who", "when", "while", "but", "ان", "انه", "انها", "الذي", "التي", "لكن", "بينما", ";", "؛"], StringComparer.Ordinal);

    // The journalistic present of a scheduled event: "تنطلق في 26 ديسمبر", "the festival opens on Oct. 11".
    private static readonly HashSet<string> Scheduled = new(
        ["ينطلق", "تنطلق", "يبدا", "تبدا", "يعقد", "تعقد", "يدخل", "تدخل", "ينعقد", "تنعقد", "يختتم", "تختتم", "ينتهي", "تنتهي",
         "يلتقي", "تلتقي", "يزور", "تزور", "يصل", "تصل", "يستضيف", "تستضيف", "تقام", "يقام", "يفتتح", "تفتتح", "يغادر", "تغادر", "يتوجه", "تتوجه",
         "opens", "begins", "starts", "runs", "ends", "closes", "meets", "arrives", "visits", "hosts", "launches", "resumes",
         "expires", "travels", "heads", "meet", "begin", "start", "open", "vote", "resume", "convene", "gather", "arrive",
         "travel", "hold"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> ArabicPast = new(
        ["كان", "كانت", "كانوا", "قال", "قالت", "اعلن", "اعلنت", "اكد", "اكدت", "ذكر", "ذكرت", "افاد", "افادت", "اوضح",
         "اوضحت", "اضاف", "اضافت", "صرح", "صرحت", "كشف", "كشفت", "شهد", "شهدت", "جرت", "جري", "وقع", "وقعت", "قتل", "قتلت",
         "اصيب", "عقد", "عقدت", "التقي", "زار", "وصل", "وصلت", "غادر", "بدا", "بدات", "انطلق", "انطلقت", "اجتمع", "قرر",
         "قررت", "تلقي", "تلقت", "نشر", "نشرت", "اصدر", "اصدرت", "لقي", "استقبل", "استقبلت", "الماضي", "الماضيه", "امس",
         "لم", "قد", "افتتح", "تم", "دخلت", "دخل", "سقط", "سقطت", "نفذ", "نفذت", "شن", "شنت", "سيطرت", "سيطر", "بلغ", "سجل",
         "ارتفع", "انخفض", "زاد", "حقق", "تجاوز", "تخطي", "قفز"],
        StringComparer.Ordinal);

    // Nouns and past verbs that begin like a future verb with سـ ("سيطرة", "سيارة", "سنوات", "سابق").
    private static readonly string[] NotFutureStems =
    [
        "سيطر", "سيار", "سياس", "سياح", "سياد", "سياق", "سينا", "سينم", "سيد", "سير", "سيول", "سيف", "سيئ", "سيم", "سته", "ستين",
        "ستون", "ستار", "ستوديو", "ستيف", "ستوك", "ستان", "ستال", "ستما", "ستمئ", "سنو", "سنت", "سني", "سنغ", "سنا", "سنه",
    ];

    private static readonly HashSet<string> EnglishFuture = new(
        ["will", "shall", "would", "'ll", "won't", "due", "scheduled", "expected", "set", "plans", "planned", "planning",
         "upcoming", "next", "tomorrow", "going", "intends", "aims"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> EnglishPast = new(
        ["said", "was", "were", "had", "did", "told", "met", "held", "took", "went", "came", "began", "made", "gave", "won",
         "lost", "left", "fell", "rose", "saw", "sent", "spoke", "struck", "led", "fled", "fought", "broke", "shot", "found",
         "became", "brought", "built", "caught", "flew", "got", "heard", "kept", "knew", "paid", "ran", "sold", "stood",
         "thought", "threw", "wrote", "last", "ago", "yesterday", "earlier"],
        StringComparer.Ordinal);

    public static bool IsFuture(DateReader r, int first, int last)
    {
        var deadline = Deadlines.At(r, first);
        for (var k = first - 1; k >= r.Lo && k >= first - LookBehind; k--)
        {
            var marker = Marker(r, k, out var listed);
            if (marker != 0 && (listed || deadline != Deadline.Strong))
            {
                return marker > 0;
            }
        }
        if (deadline == Deadline.Strong)
        {
            return true;
        }
        for (var k = first - LookBehind - 1; k >= r.Lo && k >= first - FarLookBehind && !r.Is(k, ClauseEnds); k--)
        {
            var marker = Marker(r, k, out _);
            if (marker != 0)
            {
                return marker > 0;
            }
        }
        // "حتى نهاية أبريل" with no verb in its clause: a deadline ahead; "بلغ عدد السياح ... حتى نهاية أبريل" is a tally to date.
        if (deadline == Deadline.Weak)
        {
            return true;
        }
        if (OpensWithImperfect(r, first))
        {
            return true;
        }
        // Nothing before it (a date opening its sentence: "On Dec. 31, the bank will publish"): the first marker after
        // decides, within its clause ("forecast in July that the economy would grow" is not about July).
        for (var k = last + 1; k <= r.Hi && k <= last + LookAhead && !r.Is(k, ClauseEnds); k++)
        {
            var marker = Marker(r, k, out _);
            if (marker != 0)
            {
                return marker > 0;
            }
        }
        return false;
    }

    // "ويصوت البرلمان الخميس", "وتستأنف المحادثات الاثنين": a news sentence that opens with an imperfect verb and
    // names a weekday soon after announces it; "ويأتي ذلك بعد ..." and "يذكر أن ..." look back instead.
    private static bool OpensWithImperfect(DateReader r, int first)
    {
        if (first - r.Lo > LookBehind || !r.IsArabicWord(r.Lo))
        {
            return false;
        }
        var w = r.W(r.Lo);
        var verb = w[0] is 'و' or 'ف' ? w[1..] : w;
        // يـ opens only an imperfect; a تـ verb may be a past one ("تسلم", "توجه") unless its form says otherwise ("تستأنف", "تتسلم").
        if (verb.Length < 4)
        {
            return false;
        }
        var imperfect = verb[0] == 'ي' || verb.StartsWith("تست", StringComparison.Ordinal) || verb.StartsWith("تت", StringComparison.Ordinal);
        if (!imperfect || NotImperfect.Any(stem => verb.StartsWith(stem, StringComparison.Ordinal)))
        {
            return false;
        }
        for (var k = r.Lo + 1; k < first; k++)
        {
            if (r.Is(k, LookingBack))
            {
                return false;
            }
        }
        return true;
    }

    // Nouns that open sentences like a verb would, and verbs that introduce background.
    private static readonly string[] NotImperfect = ["يوم", "يذكر", "يشار", "ياتي", "يعتبر", "يعد", "يضم", "يقع", "يشهد", "يبدو", "يمين"];

    private static readonly HashSet<string> LookingBack = new(["بعد", "عقب", "منذ", "اثر", "اعقاب"], StringComparer.Ordinal);

    /// <summary>+1 for a future marker, −1 for a past one, 0 for neither; <paramref name="listed"/> when a word list (not a verb's shape) said so.</summary>
    private static int Marker(DateReader r, int k, out bool listed)
    {
        listed = true;
        if (!r.IsWord(k))
        {
            return 0;
        }
        var w = r.W(k);
        if (r.IsArabicWord(k))
        {
            // "على أن يغادر ...": a planned step.
            if (r.Is(k, ArabicFuture) || r.Is(k, Scheduled) || (w == "ان" && r.W(k - 1) == "علي"))
            {
                return 1;
            }
            // Only the conjunctions و ف come before a verb's سـ ("وسيعقد").
            if (IsFutureVerb(w) || (w.Length > 4 && w[0] is 'و' or 'ف' && IsFutureVerb(w[1..])))
            {
                return 1;
            }
            // "مرشحة للارتفاع": likely to rise; "مرشح المعارضة" is a candidate.
            if (w.StartsWith("مرشح", StringComparison.Ordinal) && w.Length <= 6 && r.W(k + 1).StartsWith('ل'))
            {
                return 1;
            }
            if (r.Is(k, ArabicPast))
            {
                return -1;
            }
            listed = false;
            return LooksPast(w) ? -1 : 0;
        }
        // "set to", "going to": a plan; "set sail", "set up" are past or present.
        if (w is "set" or "going")
        {
            return r.W(k + 1) is "to" or "for" ? 1 : 0;
        }
        // "the law takes effect on Jan. 1", "comes into force": a date set ahead.
        if ((w is "takes" or "take" && r.W(k + 1) == "effect") || (w is "comes" or "enters" && r.W(k + 1) == "into" && r.W(k + 2) == "force"))
        {
            return 1;
        }
        if (EnglishFuture.Contains(w) || w.EndsWith("'ll", StringComparison.Ordinal))
        {
            return 1;
        }
        // "ministers meet on Oct. 3", but not "failed to meet on Monday" nor "took hold on March 5".
        if (Scheduled.Contains(w) && r.W(k - 1) is not ("to" or "did" or "didn't" or "not") && !EnglishPast.Contains(r.W(k - 1)))
        {
            return 1;
        }
        // "Ministers are meeting on Thursday": the present continuous of a plan.
        if (w.Length > 4 && w.EndsWith("ing", StringComparison.Ordinal) && r.W(k - 1) is "is" or "are" or "am")
        {
            return 1;
        }
        listed = EnglishPast.Contains(w);
        var past = listed || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal));
        // "will be held", "is expected to be signed": a participle, not a past tense.
        return past && r.W(k - 1) is not ("be" or "been" or "being" or "is" or "are" or "to") ? -1 : 0;
    }

    // The perfect's endings: "استمرت", "بلغت" (she did), "قالوا", "أعلنوا" (they did). Plurals in "ات", nouns in
    // "وت"/"يت" ("بيروت", "بيت"), words with the article, and imperfects (يـ) are left out.
    private static bool LooksPast(string w)
    {
        var stem = w.Length > 4 && w[0] is 'و' or 'ف' ? w[1..] : w;
        if (stem.Length < 4 || stem[0] == 'ي' || stem.StartsWith("ال", StringComparison.Ordinal))
        {
            return false;
        }
        return stem.EndsWith("وا", StringComparison.Ordinal)
            || (stem[^1] == 'ت' && stem[^2] is not ('ا' or 'و' or 'ي'));
    }

    // "سيعقد", "ستبدأ", "سنطهر": the future prefix سـ on an imperfect verb.
    private static bool IsFutureVerb(string w) =>
        w.Length >= 4 && w[0] == 'س' && w[1] is 'ي' or 'ت' or 'ن'
        && !NotFutureStems.Any(stem => w.StartsWith(stem, StringComparison.Ordinal));
}
