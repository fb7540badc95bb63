namespace Dashboard.Core.Dates;

/// <summary>
/// What may follow a month name: its year (Gregorian with "م", Hijri with "هـ", or a Gregorian year after a Hijri
/// month), a direction ("الماضي", "المقبل", "الجاري"), a year counted from publication ("من العام الماضي",
/// "last year"), or a habit ("من كل عام").
/// </summary>
internal static class MonthTails
{
    /// <summary>What follows a month: its year, a direction ("الماضي"), or "من العام الماضي" / "last year"; returns the last token.</summary>
    public static int Tail(DateReader r, DateItem item, int p)
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
        // "03 أبريل ,2023", "Jan., 2016": a comma slipped in before the year.
        if (!item.Hijri && (r.IsPunct(p, ',') || r.IsPunct(p, '،')) && YearAt(r, p + 1, out year, out end))
        {
            item.Year = year;
            return end;
        }
        var w = r.W(p);
        if (r.IsArabicWord(p))
        {
            var direction = DateContext.DirectionOf(w);
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
    private static int OfYear(DateReader r, DateItem item, int q)
    {
        var w = r.W(q);
        if (w is "هذا" or "هذه" && r.W(q + 1) is "العام" or "السنه")
        {
            item.YearOffset = 0;
            return q + 1;
        }
        if (w is "العام" or "السنه" && DateContext.DirectionOf(r.W(q + 1)) is var d and not Direction.None)
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

    public static int OffsetOf(string w) => w switch { "last" => -1, "next" => 1, _ => 0 };

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
    public static bool HijriYearAt(DateReader r, int p, DateItem item, out int end)
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
}
