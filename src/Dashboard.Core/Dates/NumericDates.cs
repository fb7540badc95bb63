namespace Dashboard.Core.Dates;

/// <summary>
/// Dates in digits: "2016-01-28", "28/1/2016" (day first in Arabic text), "1/28/2016" (only when the order is
/// unambiguous in English text), "28.01.2016", and Hijri ones ("1445/5/20هـ", "20/5/1445 هـ"). Without a year, "9/11"
/// and "3/4" are left alone.
/// </summary>
internal static class NumericDates
{
    public static DateExpression? TryParse(DateReader r, int i)
    {
        if (!r.IsNumber(i))
        {
            return null;
        }
        if (!TryParts(r, i, out var a, out var b, out var c, out var last))
        {
            return DayAndMonth(r, i);
        }
        int year, month, day;
        if (a.Digits == 4)
        {
            (year, month, day) = (a.Value, b.Value, c.Value);
        }
        else if (c.Digits == 4 && a.Digits <= 2 && b.Digits <= 2)
        {
            year = c.Value;
            if (a.Value > 12 && b.Value <= 12)
            {
                (day, month) = (a.Value, b.Value);
            }
            else if (a.Value <= 12 && b.Value > 12)
            {
                (month, day) = (a.Value, b.Value);
            }
            else if (r.IsArabic || a.Value == b.Value)
            {
                (day, month) = (a.Value, b.Value);
            }
            else
            {
                return null;
            }
        }
        else
        {
            return null;
        }
        if (month is < 1 or > 12 || day < 1)
        {
            return null;
        }
        // An era mark decides the calendar; without one, a year of the Hijri 14th–15th centuries in Arabic text is Hijri.
        var hijriEra = r.Is(last + 1, DateWords.HijriEra);
        var gregorianEra = r.Is(last + 1, DateWords.GregorianEra);
        if (hijriEra || (r.IsArabic && !gregorianEra && year is >= HijriYearMin and <= HijriYearMax))
        {
            if (year is < HijriYearMin or > HijriYearMax || day > 30)
            {
                return null;
            }
            return new DateExpression(i, hijriEra ? last + 1 : last, new CalendarSpec(year, month, day, Hijri: true, Direction.None));
        }
        if (year is < 1900 or > 2100 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }
        return new DateExpression(i, gregorianEra ? last + 1 : last, new CalendarSpec(year, month, day, Hijri: false, Direction.None));
    }

    // "يوم 15/3", "بتاريخ 2/10": a day and month in Arabic text, after a word that makes them a date.
    private static DateExpression? DayAndMonth(DateReader r, int i)
    {
        if (!r.IsArabic || r.W(i - 1) is not ("يوم" or "بتاريخ" or "تاريخ" or "ليله") || !r.IsPunct(i + 1, '/')
            || !r.Glued(i, i + 1) || !r.Glued(i + 1, i + 2) || r.IsPunct(i + 3, '/'))
        {
            return null;
        }
        var day = r.Int(i, 2);
        var month = r.Int(i + 2, 2);
        return day is >= 1 and <= 31 && month is >= 1 and <= 12 && day <= DateTime.DaysInMonth(2000, month)
            ? new DateExpression(i, i + 2, new CalendarSpec(null, month, day, Hijri: false, Direction.None))
            : null;
    }

    private const int HijriYearMin = 1300;
    private const int HijriYearMax = 1500;

    private readonly record struct Part(int Value, int Digits);

    private static bool TryParts(DateReader r, int i, out Part a, out Part b, out Part c, out int last)
    {
        a = b = c = default;
        last = i;
        var norm = r.W(i);
        if (norm.Count(ch => ch == '.') == 2)
        {
            // The tokenizer reads "28.01.2016" as one number.
            var pieces = norm.Split('.');
            return Read(pieces[0], out a) && Read(pieces[1], out b) && Read(pieces[2], out c);
        }
        if (r.Int(i) < 0 || !r.In(i + 4))
        {
            return false;
        }
        var separator = r.W(i + 1);
        if (separator is not ("/" or "-") || r.W(i + 3) != separator)
        {
            return false;
        }
        for (var k = i; k < i + 4; k++)
        {
            if (!r.Glued(k, k + 1))
            {
                return false;
            }
        }
        last = i + 4;
        return Read(r.W(i), out a) && Read(r.W(i + 2), out b) && Read(r.W(i + 4), out c);
    }

    private static bool Read(string digits, out Part part)
    {
        part = default;
        if (digits.Length is 0 or > 4)
        {
            return false;
        }
        var value = 0;
        foreach (var ch in digits)
        {
            if (ch is < '0' or > '9')
            {
                return false;
            }
            value = value * 10 + (ch - '0');
        }
        part = new Part(value, digits.Length);
        return true;
    }
}
