using Dashboard.Core.Facts;

namespace Dashboard.Core.Figures;

/// <summary>Vote tallies written as a score: "an 8-7 ruling", "a narrow 5-4 majority", "the vote was 9-6": one figure per side.</summary>
internal sealed partial class FigureScanner
{
    private static readonly HashSet<string> VoteNouns = new(StringComparer.Ordinal)
    {
        "ruling", "majority", "vote", "votes", "decision", "verdict", "margin", "split", "judgment", "judgement", "tally", "opinion",
    };

    private static readonly HashSet<string> VoteVerbs = new(StringComparer.Ordinal) { "vote", "voted", "votes", "ruled", "majority", "margin", "passed", "approved", "rejected" };

    // Reads "8-7" after a vote word or before one; returns false for scores ("beat Zamalek 3-1") and ranges.
    private bool TryVoteSplit(FigureReading first, out FigureReading? second, out int end)
    {
        second = null;
        end = first.Number.Last;
        var a = first.Number.First;
        var dash = a + 1;
        var b = a + 2;
        if (first.Number.Last != a || !t.IsNumber(a) || !(t.IsPunct(dash, '-') || t.IsPunct(dash, '–')) || !t.Glued(a, dash) || !t.Glued(dash, b)
            || !t.IsNumber(b) || DigitNumbers.PlainDigits(t.Norm(a)) is < 1 or > 3 || DigitNumbers.PlainDigits(t.Norm(b)) is < 1 or > 3
            || !DigitNumbers.TryParse(t.Norm(b), out var against, out _))
        {
            return false;
        }
        if (!VoteNearby(a, b))
        {
            return false;
        }
        first.Unit = new FigureUnit("votes", "votes for", FigureCategory.Other, NounKind.Thing, UnitSource.Noun);
        // "14-0": nobody against is no figure.
        second = against == 0 ? null : new FigureReading(new NumberPhrase(b, b, against, false, 1, false))
        {
            Unit = new FigureUnit("votes", "votes against", FigureCategory.Other, NounKind.Thing, UnitSource.Noun),
            Previous = dash,
        };
        end = b;
        return true;
    }

    private bool VoteNearby(int a, int b)
    {
        for (var k = b + 1; k <= b + 2; k++)
        {
            if (VoteNouns.Contains(t.Norm(k)))
            {
                return true;
            }
        }
        for (var k = a - 1; k >= a - 3 && t.In(k); k--)
        {
            if (VoteVerbs.Contains(t.Norm(k)))
            {
                return true;
            }
        }
        return false;
    }
}
