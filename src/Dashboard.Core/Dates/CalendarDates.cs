namespace Dashboard.Core.Dates;

/// <summary>
/// Dates that name a month, Gregorian or Hijri: "28 يناير/كانون الثاني 2016", "كانون الأول (ديسمبر) 2015",
/// "15 رمضان 1437 هـ", "الخامس عشر من مارس", "Jan. 28, 2016", "28 January", "مارس الماضي", "in March", and lists
/// and ranges of them ("يومي 29 و30 يناير", "من 10 إلى 12 مارس", "من يناير إلى سبتمبر الماضيين"), where the
/// earlier items take the month, year or direction the last one gives.
/// </summary>
internal static class CalendarDates
{
    private static readonly HashSet<string> Equivalence = new(["الموافق", "الموافقه"], StringComparer.Ordinal);

    private static readonly HashSet<string> HijriContext = new(
        ["شهر", "في", "خلال", "منذ", "مطلع", "منتصف", "اواخر", "اوائل", "نهايه", "بدايه", "حتي", "قبل", "بعد", "طوال", "غره",
         "in", "during", "of", "month", "since", "before", "after", "until", "throughout"],
        StringComparer.Ordinal);

    /// <summary>
    /// Parses the dates starting at token i into <paramref name="output"/>; returns the last token used, or -1.
    /// A date followed by "الموافق" and its equivalent in the other calendar is one date.
    /// </summary>
    public static int TryParse(DateReader r, int i, List<DateExpression> output)
    {
        if (NumericDates.TryParse(r, i) is { } numeric)
        {
            // "1445/05/20 هـ الموافق 2023/12/04م": one day in two calendars.
            if (TryEquivalent(r, numeric.Last + 1, numeric, out var other, out var otherLast))
            {
                numeric = new DateExpression(numeric.First, otherLast, Prefer(numeric.Spec, other.Spec));
            }
            output.Add(numeric);
            return numeric.Last;
        }
        var found = ParseMerged(r, i, out var last);
        output.AddRange(found);
        return found.Count == 0 ? -1 : last;
    }

    /// <summary>One dated day starting at token k ("28 يناير", "1 ربيع الآخر 1439هـ"), for a weekday or "أمس" to lean on.</summary>
    public static DateExpression? DayAt(DateReader r, int k)
    {
        if (NumericDates.TryParse(r, k) is { } numeric)
        {
            return numeric;
        }
        var found = ParseMerged(r, k, out _);
        return found.Count == 1 && found[0].Spec is CalendarSpec { Day: not null } ? found[0] : null;
    }

    private static List<DateExpression> ParseMerged(DateReader r, int i, out int last)
    {
        var found = ParseList(r, i, out last);
        if (found.Count == 1 && TryEquivalent(r, last + 1, found[0], out var other, out var otherLast))
        {
            var chosen = Prefer(found[0].Spec, other.Spec);
            found[0] = new DateExpression(found[0].First, otherLast, chosen, found[0].Trim);
            last = otherLast;
        }
        return found;
    }

    private static bool TryEquivalent(DateReader r, int p, DateExpression first, out DateExpression other, out int last)
    {
        other = null!;
        last = -1;
        var open = r.IsPunct(p, '(');
        var mark = r.IsDash(p) || r.IsPunct(p, '/');
        if (open || mark)
        {
            p++;
        }
        if (r.Is(p, Equivalence))
        {
            p++;
            if (r.W(p) == "ل")
            {
                p++; // "الموافق لـ"
            }
        }
        else if (!open && !mark)
        {
            return false;
        }
        var found = NumericDates.TryParse(r, p) is { } numeric ? [numeric] : ParseList(r, p, out last);
        last = found.Count == 1 ? found[0].Last : last;
        if (found.Count != 1 || found[0].Spec is not CalendarSpec { Day: not null } day || (mark && !InTwoCalendars(first.Spec, day)))
        {
            return false;
        }
        if (open)
        {
            if (!r.IsPunct(last + 1, ')'))
            {
                return false;
            }
            last++;
        }
        other = found[0];
        return true;
    }

    // "1 جمادى الأولى 1437 هـ - 10 فبراير 2016": a dash or slash joins equivalents only across calendars.
    private static bool InTwoCalendars(DateSpec first, CalendarSpec second) =>
        first is CalendarSpec { Day: not null, IsAbsolute: true } f && second.IsAbsolute && f.Hijri != second.Hijri;

    // The text's own Gregorian date wins over a converted Hijri one.
    private static DateSpec Prefer(DateSpec a, DateSpec b)
    {
        static int Rank(DateSpec s) => s is CalendarSpec c ? (c.IsAbsolute ? 2 : 0) + (c.Hijri ? 0 : 1) : 0;
        return Rank(b) > Rank(a) ? b : a;
    }

    private static List<DateExpression> ParseList(DateReader r, int i, out int last)
    {
        last = -1;
        if (DateItems.Parse(r, i) is not { } first || (!first.HasMonth && !DateWords.ListSeparators.Contains(r.W(first.Last + 1))))
        {
            return []; // most numbers: a count with no month in sight
        }
        var result = new List<DateExpression>();
        var items = new List<DateItem> { first };
        var p = first.Last + 1;
        while (items.Count < DateWords.MaxListItems)
        {
            var separator = r.W(p);
            int q;
            if (DateWords.ListSeparators.Contains(separator))
            {
                q = p + 1;
            }
            else if (separator.StartsWith('و') && MonthNames.At(r, p) is { Trim: > 0 })
            {
                q = p; // "ويونيو": the conjunction is the month's clitic
            }
            else
            {
                break;
            }
            if (DateItems.Parse(r, q) is not { } next || !Compatible(items[^1], next, separator))
            {
                break;
            }
            items.Add(next);
            p = next.Last + 1;
        }
        Inherit(items);
        var context = DateContext.HasContext(r, first.First);
        if (r.W(first.First - 1) is "last" or "next" or "this" && !first.HasYearInfo && first.Month is not null)
        {
            first.Direction = r.W(first.First - 1) switch { "last" => Direction.Past, "next" => Direction.Future, _ => Direction.Current };
        }
        var named = r.Is(first.First - 1, DateWords.NamingNouns);
        foreach (var item in items)
        {
            if (Keep(r, item, first, context, named) && ToSpec(item, item.Day) is { } spec)
            {
                result.Add(new DateExpression(item.First, item.Last, spec, item.Trim));
                foreach (var (day, token) in item.MoreDays)
                {
                    if (ToSpec(item, day) is { } more)
                    {
                        result.Add(new DateExpression(token, token, more));
                    }
                }
            }
        }
        last = items[^1].Last;
        return result;
    }

    private static bool Keep(DateReader r, DateItem item, DateItem first, bool context, bool named)
    {
        if (!item.HasMonth || item.Habitual)
        {
            return false; // a day whose month never came: "في 15 دائرة"
        }
        if (item.Day is null)
        {
            if (item.Abbreviation && item.Year is null)
            {
                return false; // "Mar" alone
            }
            if (!item.HasYearInfo)
            {
                // A bare month name is a date only after "في", "منذ", "in", "since"...; a Hijri one is also a name.
                return item.Hijri ? r.Is(first.First - 1, HijriContext) : context || PlainEnglishMonth(r, item);
            }
            return true;
        }
        // "ثورة 25 يناير", "شارع 26 يوليو": a day that names a movement or a place, not a day of this year.
        return item.Year is not null || item.YearOffset is not null || !named;
    }

    // "November prices will be announced": a capitalised full English name that cannot be a word ("May", "March")
    // or the first name of a person ("June Smith").
    private static bool PlainEnglishMonth(DateReader r, DateItem item) =>
        item.English && !item.Abbreviation && item.Month is not (3 or 5) && !r.Capitalized(item.Last + 1);

    private static CalendarSpec? ToSpec(DateItem item, int? day)
    {
        if (item.MonthOffset is { } offset)
        {
            return new CalendarSpec(null, null, day, Hijri: false, Direction.None) { MonthOffset = offset };
        }
        var month = item.Month!.Value;
        if (day is { } d)
        {
            var max = item.Hijri ? 30 : DateTime.DaysInMonth(item.Year is { } y && !item.Hijri && y is >= 1 and <= 9999 ? y : 2000, month);
            if (d > max)
            {
                return null;
            }
        }
        return new CalendarSpec(item.Year, month, day, item.Hijri, item.Direction)
        {
            YearOffset = item.YearOffset,
            Until = item.Until is { Month: not null } until ? ToSpec(until, until.Day) : null,
        };
    }

    private static bool Compatible(DateItem previous, DateItem next, string separator)
    {
        if (previous.Hijri != next.Hijri && previous.Month is not null && next.Month is not null)
        {
            return false; // "1 جمادى الأولى 1437 هـ - 10 فبراير 2016": one day in two calendars, not a range
        }
        if (separator is "," or "،" && !next.HasMonth)
        {
            return false;
        }
        if (!previous.HasMonth)
        {
            return next.Day is not null; // "29 و30 يناير"
        }
        if (previous.Day is null)
        {
            return next.Day is null && next.HasMonth; // "من يناير إلى سبتمبر"
        }
        return next.Day is not null && next.HasMonth;
    }

    // Earlier items of a list take what the later ones say: "من 10 إلى 12 مارس 2016".
    private static void Inherit(List<DateItem> items)
    {
        DateItem? withMonth = null;
        DateItem? withYear = null;
        for (var j = items.Count - 1; j >= 0; j--)
        {
            var item = items[j];
            if (!item.HasMonth && withMonth is not null)
            {
                item.Month = withMonth.Month;
                item.MonthOffset = withMonth.MonthOffset;
                item.Hijri = withMonth.Hijri;
            }
            if (!item.HasYearInfo && withYear is not null && item.Hijri == withYear.Hijri)
            {
                item.Year = withYear.Year;
                item.YearOffset = withYear.YearOffset;
                item.Direction = withYear.Direction;
            }
            if (item.Year is null && item.YearOffset is null && item.MonthOffset is null && j + 1 < items.Count)
            {
                item.Until = items[j + 1]; // "من 28 ديسمبر إلى 3 يناير": the start is the nearest before the end
            }
            withMonth = item.HasMonth ? item : withMonth;
            withYear = item.HasYearInfo ? item : withYear;
        }
    }
}
