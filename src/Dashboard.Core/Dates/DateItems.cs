namespace Dashboard.Core.Dates;

/// <summary>
/// Reads one dated item at a token: a day and its month ("28 يناير", "الخامس عشر من مارس", "Jan. 28", "28th of
/// January"), a day of a month counted from publication ("25 الجاري", "10 من الشهر الماضي"), a month, or a lone day
/// that a list will give a month later ("29" in "29 و30 يناير"). What follows the month is read by <see cref="MonthTails"/>.
/// </summary>
internal static class DateItems
{
    public static DateItem? Parse(DateReader r, int k)
    {
        if (DayNumber(r, k) is > 0 and var day)
        {
            var p = k + 1;
            if (OrdinalSuffix(r, p))
            {
                p++;
            }
            var q = r.W(p) is "of" or "من" ? p + 1 : p;
            var item = new DateItem { First = k, Day = day, Last = p - 1 };
            if (RelativeMonth(r, q) is (>= 0 and var end, var offset))
            {
                item.MonthOffset = offset;
                item.Last = end;
            }
            else if (MonthNames.At(r, q) is { } month)
            {
                SetMonth(item, month);
                item.Last = MonthTails.Tail(r, item, AfterPairing(r, month));
            }
            return item; // without a month, a day waits for one later in a list ("29 و30 يناير")
        }
        if (OrdinalDay(r, k, out var ordinal, out var monthAt))
        {
            if (RelativeMonth(r, monthAt) is (>= 0 and var end, var offset))
            {
                return new DateItem { First = k, Day = ordinal, MonthOffset = offset, Last = end };
            }
            if (MonthNames.At(r, monthAt) is { } named)
            {
                var item = new DateItem { First = k, Day = ordinal };
                SetMonth(item, named);
                item.Last = MonthTails.Tail(r, item, AfterPairing(r, named));
                return item;
            }
        }
        if (MonthNames.At(r, k) is not { } m)
        {
            return null;
        }
        var monthItem = new DateItem { First = k, Trim = m.Trim };
        SetMonth(monthItem, m);
        var next = AfterPairing(r, m);
        if (m.English)
        {
            next = MonthFirstDays(r, monthItem, m, next);
        }
        monthItem.Last = MonthTails.Tail(r, monthItem, next);
        return monthItem;
    }

    // "Jan. 28", "January 28-30, 2016", "March 3rd".
    private static int MonthFirstDays(DateReader r, DateItem item, MonthMatch m, int p)
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
        if (r.IsPunct(q, ',') && item.Hijri && MonthTails.HijriYearAt(r, q + 1, item, out var hijriEnd))
        {
            return hijriEnd + 1;
        }
        if (r.IsPunct(q, ',') && !item.Hijri && MonthTails.YearAt(r, q + 1, out var year, out var end))
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
            return (q + 1, MonthTails.OffsetOf(w));
        }
        if (w == "الشهر" && DateContext.DirectionOf(r.W(q + 1)) is var d and not Direction.None)
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

    private static void SetMonth(DateItem item, MonthMatch m)
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
}
