using Dashboard.Core.Text;

namespace Dashboard.Data.Queries;

/// <summary>How a figure's value is to be read: exactly, about, a vague magnitude, or a bound.</summary>
public enum FigureRangeKind
{
    Exact,

    /// <summary>"about 1,500", "نحو 1500": the value ±10 %.</summary>
    About,

    /// <summary>"tens of thousands", "عشرات الآلاف": from the value to just under ten times it (10,000–99,999).</summary>
    Magnitude,

    /// <summary>"more than 24": the value or more.</summary>
    AtLeast,

    /// <summary>"at most 3": zero up to the value.</summary>
    AtMost,
}

/// <summary>
/// The values a reported figure allows. Two reports agree when their ranges overlap once each is widened by
/// <see cref="Tolerance"/> (so exact values within 0.5 % of each other agree, and "about 1,500" agrees with 1,520).
/// </summary>
public sealed record FigureRange(FigureRangeKind Kind, double Low, double High)
{
    /// <summary>The relative gap two exact values may have and still agree: 0.5 % in all.</summary>
    public const double Tolerance = 0.005;

    /// <summary>"About" means within this fraction of the value either way.</summary>
    public const double AboutSpread = 0.10;

    // Plural magnitude words that make a figure without digits a vague order of magnitude.
    private static readonly string[] MagnitudeWords =
    [
        "tens", "dozens", "scores", "hundreds", "thousands", "millions", "billions",
        "عشرات", "مئات", "مءات", "الاف", "الوف", "ملايين", "مليارات", "بلايين",
    ];

    public bool IsApproximate => Kind != FigureRangeKind.Exact;

    /// <summary>The range of a stored figure from its value, approx flag, bound code and text as written.</summary>
    public static FigureRange Of(double value, bool approx, string? bound, string? text)
    {
        switch (bound)
        {
            case "at_least":
                return new FigureRange(FigureRangeKind.AtLeast, value, double.PositiveInfinity);
            case "at_most":
                return new FigureRange(FigureRangeKind.AtMost, Math.Min(0, value), value);
        }
        if (!approx && bound is not "about")
        {
            return new FigureRange(FigureRangeKind.Exact, value, value);
        }
        if (value >= 10 && IsVagueMagnitude(text))
        {
            return new FigureRange(FigureRangeKind.Magnitude, value, value * 10 - 1);
        }
        var spread = Math.Abs(value) * AboutSpread;
        return new FigureRange(FigureRangeKind.About, value - spread, value + spread);
    }

    /// <summary>True when the two ranges overlap, each widened by half the tolerance.</summary>
    public bool AgreesWith(FigureRange other)
    {
        var half = Tolerance / 2;
        static double Down(double v, double by) => v - Math.Abs(v) * by;
        static double Up(double v, double by) => double.IsPositiveInfinity(v) ? v : v + Math.Abs(v) * by;
        return Down(Low, half) <= Up(other.High, half) && Down(other.Low, half) <= Up(High, half);
    }

    /// <summary>"tens of thousands": no digit at all, and a plural word of magnitude.</summary>
    public static bool IsVagueMagnitude(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Any(TextNormalizer.IsDigit))
        {
            return false;
        }
        // Folds alef and hamza forms, so "الآلاف", "آلاف" and "الالاف" all contain "الاف"; and lower-cases English.
        var folded = TextNormalizer.Normalize(text);
        return MagnitudeWords.Any(w => folded.Contains(w, StringComparison.Ordinal));
    }
}
