namespace Dashboard.Core.Dates;

/// <summary>How strongly a deadline word before a date points ahead.</summary>
internal enum Deadline
{
    None,

    /// <summary>"حتى", "until": ahead unless a verb of the clause says otherwise.</summary>
    Weak,

    /// <summary>"بحلول", "by": ahead unless a listed past marker is near.</summary>
    Strong,
}

/// <summary>
/// Deadline words right before a date ("بحلول ديسمبر", "قبل نهاية أغسطس", "حتى أكتوبر", "by the end of June"), which
/// point a date with no year of its own ahead of the publication date.
/// </summary>
internal static class Deadlines
{
    // "حتى أكتوبر", "until May" right before the date: ahead, unless a past marker comes before.
    private static readonly HashSet<string> WeakFuture = new(["حتي", "لغايه", "until", "till"], StringComparer.Ordinal);

    // "بحلول ديسمبر", "by June": a deadline, ahead unless a listed past marker ("كان", "had") says otherwise.
    private static readonly HashSet<string> StrongFuture = new(["بحلول", "by"], StringComparer.Ordinal);

    // "قبل نهاية أغسطس", "before the end of March": a deadline only with a part of the period between.
    private static readonly HashSet<string> Before = new(["قبل", "before"], StringComparer.Ordinal);

    // What may stand between a deadline word and its date: "بحلول نهاية شهر مارس", "by the end of March", "until mid-May".
    private static readonly HashSet<string> Filler = new(
        ["نهايه", "اواخر", "منتصف", "مطلع", "بدايه", "اوائل", "شهر", "يوم", "the", "end", "middle", "start", "beginning", "of", "mid",
         "early", "late", "-"],
        StringComparer.Ordinal);

    /// <summary>The deadline word just before the date, past the words of a part of the period ("بحلول نهاية", "by the end of").</summary>
    public static Deadline At(DateReader r, int first)
    {
        var k = first - 1;
        var part = false;
        for (var filler = 0; k >= r.Lo && filler < 4 && r.Is(k, Filler); filler++, k--)
        {
            part |= r.Is(k, PartWords);
        }
        // "hit by the Feb. 6 earthquakes": an agent; "by" is a deadline right before the date or before a part of it.
        if (r.W(k) == "by")
        {
            return k == first - 1 || part ? Deadline.Strong : Deadline.None;
        }
        if (r.Is(k, StrongFuture))
        {
            return Deadline.Strong;
        }
        return r.Is(k, WeakFuture) || (part && r.Is(k, Before)) ? Deadline.Weak : Deadline.None;
    }

    private static readonly HashSet<string> PartWords = new(
        ["نهايه", "اواخر", "منتصف", "مطلع", "بدايه", "اوائل", "end", "middle", "start", "beginning", "mid", "early", "late"],
        StringComparer.Ordinal);
}
