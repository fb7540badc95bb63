using Dashboard.Core.Facts;

namespace Dashboard.Core.Dates;

/// <summary>
/// The date an anaphoric period counts from: the last date resolved in the same sentence (or, for "the year before",
/// the one before it); failing that, the publication date.
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
        var precise = spec.Unit == DateUnit.Year || lastPrecision != DatePrecision.Year;
        if (last is { } anchor && sentence - lastSentence <= reach && precise)
        {
            var moved = spec.Unit == DateUnit.Year ? anchor.AddYears(spec.Amount) : anchor.AddMonths(spec.Amount);
            var precision = spec.Unit == DateUnit.Year ? DatePrecision.Year : DatePrecision.Month;
            return new DateResolver.Resolution(DateValue.Format(moved, precision), precision, Relative: true, Valid: true);
        }
        return DateResolver.Resolve(new OffsetSpec(spec.Unit, spec.Amount), published, future: false);
    }
}
