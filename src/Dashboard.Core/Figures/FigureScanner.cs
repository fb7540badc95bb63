using Dashboard.Core.Facts;
using Dashboard.Core.Text;

namespace Dashboard.Core.Figures;

/// <summary>
/// One pass over an article's sentences: each number is read with its hedge, unit, rate and context, kept when
/// it counts or measures something, and turned into a <see cref="FigureMention"/>. Every step looks at a bounded
/// window of tokens around the number, so the whole pass is linear in the text's length.
/// </summary>
internal sealed partial class FigureScanner
{
    private readonly AnalyzedText text;
    private readonly SentenceTokens t;
    private readonly NumberReader reader;
    private readonly bool[] datePart;
    private readonly CurrencyResolver currencies;
    private readonly List<FigureMention> found = [];

    // The last figure of the current sentence whose unit the text named: a bare number further on may continue it.
    private FigureReading? lastNamed;

    // The last token of the last figure emitted: topic words are not looked for before it.
    private int lastEnd = -1;

    // Units the text named for each value so far, for bare repeats of the same amount.
    private readonly Dictionary<double, FigureUnit> namedValues = [];

    public FigureScanner(AnalyzedText text, FigureContext context)
    {
        this.text = text;
        t = new SentenceTokens(text);
        reader = new NumberReader(t);
        datePart = DateParts.Mark(text, context.Dates);
        currencies = new CurrencyResolver(text, context.MainCountry);
    }

    public List<FigureMention> Scan()
    {
        foreach (var sentence in text.Sentences)
        {
            t.Focus(sentence);
            lastNamed = null;
            for (var i = sentence.FirstToken; i <= sentence.LastToken; i++)
            {
                if (datePart[i])
                {
                    continue;
                }
                if (reader.MayStart(i) && reader.TryRead(i, out var number))
                {
                    i = Math.Max(i, Take(number));
                }
                else if (t.IsArabicWord(i) && TryWordFigure(i, out var last))
                {
                    i = last;
                }
            }
        }
        return found;
    }

    // Reads the figure a number starts and emits it (with its range partner); returns the last token used.
    private int Take(NumberPhrase number)
    {
        var reading = Analyze(number, out var end);
        if (reading is null)
        {
            return end;
        }
        // "$200-300 million": a sign before the first end, the scale after the second.
        var signOnly = reading.Currency is { } sign && sign.Last < number.First && !number.HasScale && reading.Right == number.Last;
        if ((reading.Unit is null || signOnly) && TryRange(reading, out var second, out var secondEnd))
        {
            Emit(reading);
            Emit(second);
            return secondEnd;
        }
        if (reading.Unit is null && TryVoteSplit(reading, out var against, out var splitEnd))
        {
            Emit(reading);
            if (against is not null)
            {
                Emit(against);
            }
            return splitEnd;
        }
        if (reading.Unit is null)
        {
            if (!Anchor(reading))
            {
                return reading.Number.Last;
            }
        }
        else if (reading.Unit.Source == UnitSource.Unknown && ((reading.YearLike && (t.IsLatinWord(reading.Right) || reading.Bound == FigureBound.Exact)) || IsNameOrCode(reading)))
        {
            return reading.Number.Last;
        }
        Emit(reading);
        return reading.Right;
    }

    private FigureReading? Analyze(NumberPhrase number, out int end)
    {
        end = number.Last;
        for (var k = number.First; k <= number.Last; k++)
        {
            if (datePart[k])
            {
                return null;
            }
        }
        var reading = new FigureReading(number);
        if (!ReadLeft(reading) || !ReadRight(reading, out end))
        {
            end = Math.Max(end, number.Last);
            return null;
        }
        return reading;
    }

    private void Emit(FigureReading r)
    {
        InheritRate(r);
        var unit = Describe(r);
        var first = t.Tokens[r.Left];
        var last = t.Tokens[r.Right];
        var approx = r.Bound != FigureBound.Exact || r.Number.Vague;
        var bound = r.Bound == FigureBound.Exact && r.Number.Vague ? FigureBound.AtLeast : r.Bound;
        found.Add(new FigureMention(
            text.Text[first.Start..last.End],
            first.Start,
            last.End,
            text.SentenceOf(r.Number.First),
            r.Value,
            unit.Unit,
            r.Per,
            approx,
            unit.Counted,
            unit.Category)
        { Bound = bound });
        lastEnd = r.Right;
        // A later bare number may continue this one; an unknown word counts only when it names people ("6.8 ملايين سوري").
        if (r.Unit is { Source: not UnitSource.Guessed and not UnitSource.Unknown } or { Source: UnitSource.Unknown, Kind: NounKind.Person })
        {
            lastNamed = r;
        }
        if (r.Unit is { IsNamed: true })
        {
            namedValues.TryAdd(r.Value, unit);
        }
    }

    // The final unit, gloss and category: money and percent by their topic, people by what happened to them.
    private FigureUnit Describe(FigureReading r)
    {
        var unit = r.Unit!;
        switch (unit.Category)
        {
            case FigureCategory.Money:
                return unit with { Counted = Restated(r) ?? Topics.Describe(t, r.Left, lastEnd + 1) ?? "amount" };
            case FigureCategory.Percent:
                return unit with { Counted = Topics.Before(t, r.Left, lastEnd + 1) ?? "percentage" };
        }
        if (unit.Kind != NounKind.Person || unit.Category is FigureCategory.Casualties or FigureCategory.Displaced)
        {
            return unit;
        }
        return ContextCues.Nearest(t, r.Left, r.Right) switch
        {
            Cue.Killed => unit with { Unit = "people", Counted = Suffixed(unit.Counted, "killed"), Category = FigureCategory.Casualties },
            Cue.Wounded => unit with { Unit = "people", Counted = Suffixed(unit.Counted, "wounded"), Category = FigureCategory.Casualties },
            Cue.Missing => unit with { Unit = "people", Counted = Suffixed(unit.Counted, "missing"), Category = FigureCategory.Casualties },
            Cue.Displaced when unit.Category != FigureCategory.Displaced =>
                unit with { Counted = "displaced " + unit.Counted, Category = FigureCategory.Displaced },
            _ => unit,
        };
    }

    // "5.8 مليارات دولار، أي 11.4 مليون دولار يوميا", "$5.8bn, or $11.4m a day": a restatement of the money figure
    // just before it measures the same thing.
    private string? Restated(FigureReading r)
    {
        var i = r.Left - 1;
        while (t.IsPunct(i))
        {
            i--;
        }
        if (!t.IsWord(i) || t.Norm(i) is not ("اي" or "بمعدل" or "بواقع" or "or") || found.Count == 0)
        {
            return null;
        }
        var previous = found[^1];
        return previous.IsMoney && previous.Sentence == text.SentenceOf(r.Number.First) && previous.End <= t.Tokens[r.Left].Start
            ? previous.Counted
            : null;
    }

    private static string Suffixed(string counted, string what) =>
        counted.EndsWith(what, StringComparison.Ordinal) ? counted : counted + " " + what;
}
