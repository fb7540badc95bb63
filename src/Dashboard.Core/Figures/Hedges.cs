using Dashboard.Core.Facts;

namespace Dashboard.Core.Figures;

/// <summary>
/// Words that make a figure approximate or a bound, before it ("نحو", "أكثر من", "ما لا يقل عن", "up to") or after it
/// ("على الأقل", "أو أكثر", "at least", "or more").
/// </summary>
internal static class Hedges
{
    private static readonly PhraseTable<FigureBound> Before = new(BuildBefore());

    private static readonly PhraseTable<FigureBound> After = new(new (string, FigureBound)[]
    {
        ("على الأقل", FigureBound.AtLeast), ("أو أكثر", FigureBound.AtLeast), ("فأكثر", FigureBound.AtLeast), ("وأكثر", FigureBound.AtLeast),
        ("تقريبا", FigureBound.About), ("تقريباً", FigureBound.About), ("أو أقل", FigureBound.AtMost), ("فقط", FigureBound.Exact),
        ("at least", FigureBound.AtLeast), ("or more", FigureBound.AtLeast), ("and more", FigureBound.AtLeast), ("plus", FigureBound.AtLeast),
        ("or so", FigureBound.About), ("approximately", FigureBound.About), ("roughly", FigureBound.About), ("or fewer", FigureBound.AtMost),
        ("or less", FigureBound.AtMost), ("only", FigureBound.Exact),
    });

    /// <summary>A hedge ending just before token <paramref name="end"/> + 1: its first token and bound.</summary>
    public static bool TryBefore(SentenceTokens t, int end, out int first, out FigureBound bound) =>
        Before.MatchBackward(t, end, particles: true, out first, out bound);

    /// <summary>A hedge starting at <paramref name="pos"/>: its last token and bound.</summary>
    public static bool TryAfter(SentenceTokens t, int pos, out int last, out FigureBound bound) =>
        After.MatchForward(t, pos, particles: false, out last, out bound);

    private static IEnumerable<(string, FigureBound)> BuildBefore()
    {
        foreach (var p in new[]
        {
            "نحو", "حوالي", "حوالى", "قرابة", "زهاء", "ما يقارب", "يقارب", "تقارب", "يقاربون", "ما يقرب من", "يقرب من", "ما يناهز", "يناهز",
            "تناهز", "نحوا من", "في حدود", "حدود", "تقريبا", "يقدر", "تقدر", "يقدر ب", "تقدر ب", "قدرت", "تقدر بنحو", "المقدر", "المقدرة", "المقدرة ب",
            "about", "around", "approximately", "roughly", "nearly", "almost", "some", "an estimated", "estimated", "close to", "circa",
            "more or less", "as many as", "as much as", "approx", "approx .", "~",
        })
        {
            yield return (p, FigureBound.About);
        }
        foreach (var p in new[]
        {
            "أكثر من", "ما يزيد على", "ما يزيد عن", "يزيد على", "يزيد عن", "تزيد على", "تزيد عن", "يزيدون على", "يزيدون عن", "أزيد من",
            "ما لا يقل عن", "لا يقل عن", "لا تقل عن", "لا يقلون عن", "على الأقل", "يتجاوز", "تتجاوز", "تجاوز", "تجاوزت", "يتجاوزون",
            "متجاوزا", "ما يتجاوز", "يفوق", "تفوق", "ما يفوق", "فوق", "تخطى", "تخطت", "يتخطى", "تتخطى", "ما يربو على", "يربو على",
            "تربو على", "ما فوق", "أعلى من", "بما يزيد على", "أكثر من نحو",
            "more than", "over", "at least", "upwards of", "in excess of", "exceeding", "above", "no fewer than", "no less than",
            "a minimum of", "well over", "just over", "topping", "exceeded", "exceeds", "surpassed", "surpassing", "beyond", "exceed",
            "top", "surpass", "north of", "more than about",
        })
        {
            yield return (p, FigureBound.AtLeast);
        }
        foreach (var p in new[]
        {
            "أقل من", "ما دون", "دون", "ما لا يزيد على", "ما لا يزيد عن", "لا يزيد على", "لا يزيد عن", "لا تزيد على", "لا تزيد عن",
            "لا تتجاوز", "لا يتجاوز", "ما يصل إلى", "قد يصل إلى", "قد تصل إلى", "بما يصل إلى", "حتى", "بحد أقصى", "حد أقصى", "أقصاه",
            "up to", "fewer than", "less than", "under", "below", "no more than", "at most", "a maximum of", "just under", "not more than",
        })
        {
            yield return (p, FigureBound.AtMost);
        }
    }
}
