using Dashboard.Core.Facts;

namespace Dashboard.Core.Dates;

/// <summary>
/// The date an anaphoric period counts from: the last date resolved in the same sentence (or, for "the year before",
/// the one before it); failing that, the publication date for a year or month, and nothing for a day.
/// </summary>
internal sealed class AnaphoraAnchor
{
    private DateOnly? last;
    private DatePrecision lastPrecision;
    private int lastSentence = -1;

    public void Saw(DateResolver.Resolution resolution, int sentence)
    {
        if (resolution.Value is { } value)
        {
            last = DateValue.Range(value).From;
            lastPrecision = resolution.Precision;
            lastSentence = sentence;
        }
    }

    public DateResolver.Resolution Resolve(AnaphoricSpec spec, int sentence, DateOnly? published)
    {
        // "the year before" may lean on the previous sentence; "of the year" only on its own.
        var reach = spec.Amount == 0 ? 0 : 1;
        var precise = spec.Unit switch
        {
            DateUnit.Year => true,
            DateUnit.Month => lastPrecision != DatePrecision.Year,
            _ => lastPrecision == DatePrecision.Day, // a day or a week needs a day to count from
        };
        if (last is { } anchor && sentence - lastSentence <= reach && precise)
        {
            var (moved, precision) = spec.Unit switch
            {
                DateUnit.Year => (anchor.AddYears(spec.Amount), DatePrecision.Year),
                DateUnit.Month => (anchor.AddMonths(spec.Amount), DatePrecision.Month),
                DateUnit.Week => (anchor.AddDays(7 * spec.Amount), DatePrecision.Day),
                _ => (anchor.AddDays(spec.Amount), DatePrecision.Day),
            };
            return new DateResolver.Resolution(DateValue.Format(moved, precision), precision, Relative: true, Valid: true);
        }
        // "the next day" means nothing without the day it follows.
        return spec.Unit is DateUnit.Day or DateUnit.Week ? default : DateResolver.Resolve(new OffsetSpec(spec.Unit, spec.Amount), published, future: false);
    }
}
