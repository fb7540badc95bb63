namespace Dashboard.Core.Dates;

/// <summary>
/// Dates that name a month, Gregorian or Hijri: "28 يناير/كانون الثاني 2016", "كانون الأول (ديسمبر) 2015",
/// "15 رمضان 1437 هـ", "الخامس عشر من مارس", "Jan. 28, 2016", "28 January", "مارس الماضي", "in March", and lists
/// and ranges of them ("يومي 29 و30 يناير", "من 10 إلى 12 مارس", "من يناير إلى سبتمبر الماضيين"), where the
/// earlier items take the month, year or direction the last one gives.
/// </summary>
internal static class CalendarDates
{
    private static readonly HashSet<string> Equivalence = new(["الموافق", "الموافقه", "الموافق"], StringComparer.Ordinal);

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
        var found = ParseList(r, p, out last);
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

    private sealed class Item
    {
        public int First;
        public int Last;
        public int Trim;
        public int? Day;
        public int? Month;
        public int? Year;
        public int? YearOffset;
        public int? MonthOffset;
        public bool Hijri;
        public bool English;
        public bool Abbreviation;
        public Direction Direction;
        public bool Habitual;
        public Item? Until;
        public readonly List<(int Day, int Token)> MoreDays = [];

        public bool HasYearInfo => Year is not null || YearOffset is not null || Direction != Direction.None;

        /// <summary>A month named, or a month counted from the publication date ("10 من الشهر الجاري").</summary>
        public bool HasMonth => Month is not null || MonthOffset is not null;
    }

    private static List<DateExpression> ParseList(DateReader r, int i, out int last)
    {
        last = -1;
        if (ParseItem(r, i) is not { } first || (!first.HasMonth && !DateWords.ListSeparators.Contains(r.W(first.Last + 1))))
        {
            return []; // most numbers: a count with no month in sight
        }
        var result = new List<DateExpression>();
        var items = new List<Item> { first };
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
            if (ParseItem(r, q) is not { } next || !Compatible(items[^1], next, separator))
            {
                break;
            }
            items.Add(next);
            p = next.Last + 1;
        }
        Inherit(items);
        var context = HasContext(r, first.First);
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

    private static bool Keep(DateReader r, Item item, Item first, bool context, bool named)
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
        return item.Year is not null || item.YearOffset is not null || !named;
    }

    // "November prices will be announced": a capitalised full English name that cannot be a word ("May", "March")
    // or the first name of a person ("June Smith").
    private static bool PlainEnglishMonth(DateReader r, Item item) =>
        item.English && !item.Abbreviation && item.Month is not (3 or 5) && !r.Capitalized(item.Last + 1);

    private static CalendarSpec? ToSpec(Item item, int? day)
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

    private static bool Compatible(Item previous, Item next, string separator)
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
    private static void Inherit(List<Item> items)
    {
        Item? withMonth = null;
        Item? withYear = null;
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

    private static Item? ParseItem(DateReader r, int k)
    {
        if (DayNumber(r, k) is > 0 and var day)
        {
            var p = k + 1;
            if (OrdinalSuffix(r, p))
            {
                p++;
            }
            var q = r.W(p) is "of" or "من" ? p + 1 : p;
            var item = new Item { First = k, Day = day, Last = p - 1 };
            if (RelativeMonth(r, q) is (>= 0 and var end, var offset))
            {
                item.MonthOffset = offset;
                item.Last = end;
            }
            else if (MonthNames.At(r, q) is { } month)
            {
                SetMonth(item, month);
                item.Last = Tail(r, item, AfterPairing(r, month));
            }
            return item; // without a month, a day waits for one later in a list ("29 و30 يناير")
        }
        if (OrdinalDay(r, k, out var ordinal, out var monthAt))
        {
            if (RelativeMonth(r, monthAt) is (>= 0 and var end, var offset))
            {
                return new Item { First = k, Day = ordinal, MonthOffset = offset, Last = end };
            }
            if (MonthNames.At(r, monthAt) is { } named)
            {
                var item = new Item { First = k, Day = ordinal };
                SetMonth(item, named);
                item.Last = Tail(r, item, AfterPairing(r, named));
                return item;
            }
        }
        if (MonthNames.At(r, k) is not { } m)
        {
            return null;
        }
        var monthItem = new Item { First = k, Trim = m.Trim };
        SetMonth(monthItem, m);
        var next = AfterPairing(r, m);
        if (m.English)
        {
            next = MonthFirstDays(r, monthItem, m, next);
        }
        monthItem.Last = Tail(r, monthItem, next);
        return monthItem;
    }

    // "Jan. 28", "January 28-30, 2016", "March 3rd".
    private static int MonthFirstDays(DateReader r, Item item, MonthMatch m, int p)
    {
        var q = m.Abbreviation && r.IsPunct(p, '.') ? p + 1 : p;
        if (DayNumber(r, q) is not (> 0 and var day))
        {
            return p;
        }
        item.Day = day;
        q++;
        if (OrdinalSuffix(r, q))
        {
            q++;
        }
        while (item.MoreDays.Count < DateWords.MaxListItems && (r.IsDash(q) || r.W(q) is "and" or "to" or "through") && DayNumber(r, q + 1) is > 0 and var more)
        {
            item.MoreDays.Add((more, q + 1));
            q += 2;
            if (OrdinalSuffix(r, q))
            {
                q++;
            }
        }
        if (r.IsPunct(q, ',') && item.Hijri && HijriYearAt(r, q + 1, item, out var hijriEnd))
        {
            return hijriEnd + 1;
        }
        if (r.IsPunct(q, ',') && !item.Hijri && YearAt(r, q + 1, out var year, out var end))
        {
            item.Year = year;
            return end + 1;
        }
        return q;
    }

    // "من الشهر الجاري", "من هذا الشهر", "الجاري", "of last month": the month counted from the publication date.
    private static (int Last, int Offset) RelativeMonth(DateReader r, int q)
    {
        var w = r.W(q);
        if (w is "الجاري" or "الحالي")
        {
            return (q, 0); // "في 25 الجاري": the 25th of this month
        }
        if (w is "هذا" or "this" && r.W(q + 1) is "الشهر" or "month")
        {
            return (q + 1, 0);
        }
        if (w is "last" or "next" && r.W(q + 1) == "month")
        {
            return (q + 1, OffsetOf(w));
        }
        if (w == "الشهر" && DirectionOf(r.W(q + 1)) is var d and not Direction.None)
        {
            return (q + 1, d switch { Direction.Past => -1, Direction.Future => 1, _ => 0 });
        }
        return (-1, 0);
    }

    private static bool OrdinalDay(DateReader r, int k, out int day, out int monthAt)
    {
        monthAt = -1;
        if (r.W(k) == "غره")
        {
            day = 1; // "غرة رمضان": the first of the month
            monthAt = r.W(k + 1) == "شهر" ? k + 2 : k + 1;
            return true;
        }
        if (!ArabicOrdinals.TryRead(r, k, out day, out var last) || r.W(last + 1) != "من")
        {
            return false;
        }
        monthAt = r.W(last + 2) == "شهر" ? last + 3 : last + 2;
        return true;
    }

    private static void SetMonth(Item item, MonthMatch m)
    {
        item.Month = m.Month;
        item.Hijri = m.Hijri;
        item.English = m.English;
        item.Abbreviation = m.Abbreviation;
    }

    // "يناير/كانون الثاني", "كانون الأول (ديسمبر)": one month named twice.
    private static int AfterPairing(DateReader r, MonthMatch m)
    {
        var p = m.Last + 1;
        if ((r.IsPunct(p, '/') || r.IsDash(p)) && MonthNames.At(r, p + 1) is { } pair && pair.Month == m.Month && pair.Hijri == m.Hijri)
        {
            return pair.Last + 1;
        }
        if (MonthNames.At(r, p) is { } next && next.Month == m.Month && next.Hijri == m.Hijri)
        {
            return next.Last + 1; // "30 يونيو حزيران 2014"
        }
        if (r.IsPunct(p, '(') && MonthNames.At(r, p + 1) is { } inner && inner.Month == m.Month && inner.Hijri == m.Hijri
            && r.IsPunct(inner.Last + 1, ')'))
        {
            return inner.Last + 2;
        }
        return p;
    }

    /// <summary>What follows a month: its year, a direction ("الماضي"), or "من العام الماضي" / "last year"; returns the last token.</summary>
    private static int Tail(DateReader r, Item item, int p)
    {
        if (item.Year is not null)
        {
            return p - 1;
        }
        if (item.Hijri && HijriYearAt(r, p, item, out var end))
        {
            return end;
        }
        if (!item.Hijri && YearAt(r, p, out var year, out end))
        {
            item.Year = year;
            return end;
        }
        var w = r.W(p);
        if (r.IsArabicWord(p))
        {
            var direction = DirectionOf(w);
            if (direction != Direction.None)
            {
                item.Direction = direction;
                return p;
            }
        }
        if (w is "last" or "this" or "next" && r.W(p + 1) == "year")
        {
            item.YearOffset = OffsetOf(w);
            return p + 1;
        }
        if (w is "من" or "of" && OfYear(r, item, p + 1) is var of and >= 0)
        {
            return of;
        }
        // "7 يناير من كل عام", "May 1 each year": a yearly date, not one day.
        item.Habitual = w is "كل" or "سنويا" or "every" or "each" or "annually" || (w is "من" or "of" && r.W(p + 1) is "كل" or "every" or "each");
        return p - 1;
    }

    // "من العام الماضي", "من هذا العام", "من عام 2015", "of last year", "of 2015".
    private static int OfYear(DateReader r, Item item, int q)
    {
        var w = r.W(q);
        if (w is "هذا" or "هذه" && r.W(q + 1) is "العام" or "السنه")
        {
            item.YearOffset = 0;
            return q + 1;
        }
        if (w is "العام" or "السنه" && DirectionOf(r.W(q + 1)) is var d and not Direction.None)
        {
            item.YearOffset = d switch { Direction.Past => -1, Direction.Future => 1, _ => 0 };
            return q + 1;
        }
        if (w is "last" or "this" or "next" && r.W(q + 1) == "year")
        {
            item.YearOffset = OffsetOf(w);
            return q + 1;
        }
        var at = w is "عام" or "العام" or "سنه" ? q + 1 : q;
        if (!item.Hijri && YearAt(r, at, out var year, out var end))
        {
            item.Year = year;
            return end;
        }
        return -1;
    }

    private static int OffsetOf(string w) => w switch { "last" => -1, "next" => 1, _ => 0 };

    public static Direction DirectionOf(string w) =>
        DateWords.Past.Contains(w) ? Direction.Past
        : DateWords.Future.Contains(w) ? Direction.Future
        : DateWords.Current.Contains(w) ? Direction.Current
        : Direction.None;

    /// <summary>A Gregorian year of four digits at token p, with its era mark ("2016م") if any.</summary>
    public static bool YearAt(DateReader r, int p, out int year, out int end)
    {
        year = r.Int(p);
        end = p;
        if (r.Digits(p) != 4 || year is < 1000 or > 2100 || r.IsClockColon(p + 1))
        {
            return false;
        }
        if (r.Is(p + 1, DateWords.GregorianEra))
        {
            end = p + 1;
        }
        return true;
    }

    // A Hijri year ("1437 هـ"), or a Gregorian year after a Hijri month ("رمضان 2016": the Ramadan of 2016).
    private static bool HijriYearAt(DateReader r, int p, Item item, out int end)
    {
        var year = r.Int(p);
        end = p;
        if (year < 1 || r.Digits(p) < 3)
        {
            return false;
        }
        var hijriEra = r.Is(p + 1, DateWords.HijriEra);
        if (hijriEra || r.Is(p + 1, DateWords.GregorianEra))
        {
            end = p + 1;
        }
        if (!hijriEra && year is >= 1900 and <= 2100)
        {
            item.Year = HijriDates.YearWithMonthIn(year, item.Month!.Value);
            return item.Year is not null;
        }
        if (year > 1600)
        {
            return false;
        }
        item.Year = year;
        return true;
    }

    private static int DayNumber(DateReader r, int k)
    {
        var value = r.Int(k, 2);
        if (value is < 1 or > 31 || r.IsClockColon(k + 1) || r.IsClockColon(k - 1))
        {
            return -1;
        }
        return value;
    }

    private static bool OrdinalSuffix(DateReader r, int p) => r.W(p) is "st" or "nd" or "rd" or "th" && r.Glued(p - 1, p);

    /// <summary>True when the word before token k makes a bare month or year a date ("في", "منذ", "in", "mid-").</summary>
    public static bool HasContext(DateReader r, int k)
    {
        if (r.Is(k - 1, DateWords.Context))
        {
            return true;
        }
        return r.IsDash(k - 1) && r.Glued(k - 1, k) && r.W(k - 2) is "mid" or "early" or "late";
    }
}
