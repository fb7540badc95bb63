namespace Dashboard.Core.Figures;

/// <summary>The ways a percentage is written after its number: "٪", "%", "في المئة", "بالمائة", "percent", "per cent", "percentage points".</summary>
internal static class PercentWords
{
    private static readonly PhraseTable<bool> Phrases = new(new[]
    {
        "%", "٪", "في المئة", "في المائة", "في المية", "في الميه", "بالمئة", "بالمائة", "بالمية", "من المئة", "من المائة",
        "نقطة مئوية", "نقاط مئوية", "نقطتين مئويتين", "نقطه مئويه",
        "percent", "per cent", "pct", "pc", "percentage point", "percentage points", "percentage-point", "per-cent",
    }.Select(p => (p, true)));

    /// <summary>The number of tokens of a percent marker starting at <paramref name="pos"/>, or 0.</summary>
    public static int Match(SentenceTokens t, int pos) =>
        Phrases.MatchForward(t, pos, particles: false, out var last, out _) ? last - pos + 1 : 0;

    /// <summary>"%5": the sign typed before the digits, as right-to-left text often ends up.</summary>
    public static bool IsSignBefore(SentenceTokens t, int numberAt) =>
        (t.IsPunct(numberAt - 1, '%') || t.IsPunct(numberAt - 1, '٪')) && t.Glued(numberAt - 1, numberAt);
}
