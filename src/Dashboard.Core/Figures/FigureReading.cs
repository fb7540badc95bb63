using Dashboard.Core.Facts;

namespace Dashboard.Core.Figures;

/// <summary>One figure being read: its number, the tokens it spans with hedges and units, and what it measures.</summary>
internal sealed class FigureReading(NumberPhrase number)
{
    public NumberPhrase Number { get; } = number;

    /// <summary>First token of the figure's text (a hedge, a currency sign, a glued particle, or the number).</summary>
    public int Left { get; set; } = number.First;

    /// <summary>Last token of the figure's text (the unit, rate word or trailing hedge, or the number).</summary>
    public int Right { get; set; } = number.Last;

    /// <summary>The word just before the number proper (past a glued particle, before any hedge or currency sign).</summary>
    public int Previous { get; set; } = number.First - 1;

    public double Value { get; set; } = number.Value;

    public FigureBound Bound { get; set; } = FigureBound.Exact;

    public FigureUnit? Unit { get; set; }

    public RatePeriod? Per { get; set; }

    /// <summary>A unit of time ends the noun phrase ("one quiet day"): a duration, not a figure.</summary>
    public bool Duration { get; set; }

    /// <summary>The form of the counted noun when the lexicon gave it.</summary>
    public NounForm? NounForm { get; set; }

    /// <summary>A glued "ال" made the number definite ("المقاعد الـ128").</summary>
    public bool Definite { get; set; }

    /// <summary>A glued و or a comma before it: it may continue a list ("وأربعا", "، و128 ألفاً").</summary>
    public bool Continues { get; set; }

    /// <summary>The currency named before or after the number.</summary>
    public CurrencyMatch? Currency { get; set; }

    /// <summary>A four-digit number from 1900 to 2100 with nothing after it that makes it a count.</summary>
    public bool YearLike { get; set; }
}
