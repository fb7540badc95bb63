namespace Dashboard.Core.Dates;

/// <summary>
/// Years on their own: after a year word ("عام 2014", "سنة 1948", "العام المالي 2018", "عام 1437 هـ"), after a
/// word that makes a number a time ("في 2014", "منذ 2011", "بحلول 2030", "in 2014", "mid-2015"), with an era mark
/// ("2016م"), after a fiscal or quarter code ("FY2023", "FY24", "Q1 2024"), and lists and ranges of them ("بين عامي 2014
/// و2017", "2011-2015", "2021/2020"). A number followed by what it counts ("2000 مسلح") is not a year.
/// </summary>
internal static class Years
{
    private static readonly HashSet<string> Qualifiers = new(["المالي", "الماليه", "الدراسي", "الدراسيه", "fiscal"], StringComparer.Ordinal);

    private static readonly HashSet<string> Separators = new(["و", "-", "–", "—", "/", "الي", "حتي", "to", "and", "until", "through"], StringComparer.Ordinal);

    public static int TryParse(DateReader r, int i, List<DateExpression> output)
    {
        int first;
        var trim = 0;
        bool strong;
        if (r.Is(i, DateWords.YearWords, out trim) && !r.IsNumber(i))
        {
            first = r.Is(i + 1, Qualifiers) ? i + 2 : i + 1;
            strong = true;
        }
        else if (r.IsNumber(i) && FiscalCode(r, i) is var fiscal and > 0)
        {
            // "FY24", "FY2023/24": the fiscal year named by its code.
            first = i;
            strong = true;
            if (r.Digits(i) == 2)
            {
                var spec = new CalendarSpec(2000 + fiscal, null, null, false, Direction.None);
                output.Add(new DateExpression(i - 1, i, spec));
                return i;
            }
        }
        else if (r.IsNumber(i))
        {
            first = i;
            strong = false;
        }
        else
        {
            return -1;
        }
        if (!ReadYear(r, first, strong, out var year, out var hijri, out var end))
        {
            return -1;
        }
        var years = new List<(int Year, bool Hijri, int First, int Last)> { (year, hijri, first, end) };
        var p = end + 1;
        while (years.Count < DateWords.MaxListItems && Separators.Contains(r.W(p)))
        {
            var q = r.Is(p + 1, DateWords.YearWords) ? p + 2 : p + 1;
            // Only a dash or slash shortens the second year: "2014-15", "2015/16".
            var shortened = r.IsDash(p) || r.IsPunct(p, '/');
            if (!ReadYear(r, q, strong: true, out var next, out var nextHijri, out var nextEnd, years[^1].Year, shortened))
            {
                break;
            }
            years.Add((next, nextHijri, q, nextEnd));
            p = nextEnd + 1;
        }
        if (!strong && !Accept(r, i, years.Count, years[^1].Last))
        {
            return -1;
        }
        for (var j = 0; j < years.Count; j++)
        {
            var (value, isHijri, from, to) = years[j];
            var spec = new CalendarSpec(value, null, null, isHijri, Direction.None);
            output.Add(j == 0 ? new DateExpression(i, to, spec, trim) : new DateExpression(from, to, spec));
        }
        return years[^1].Last;
    }

    // A bare number is a year only in a time context, with an era mark, after an event it dates ("تعهدات 2009"),
    // before one ("the 2011 uprising"), or as one end of a range of years.
    private static bool Accept(DateReader r, int i, int count, int last)
    {
        if (r.Is(last + 1, DateWords.CountNouns) || r.IsPunct(last + 1, '%'))
        {
            return false;
        }
        if (r.Is(i + 1, DateWords.GregorianEra) || r.Is(i + 1, DateWords.HijriEra))
        {
            return true;
        }
        if (r.Is(i - 1, DatedEvents) || DateWords.EnglishEvents.Contains(r.W(last + 1)) || r.Is(last + 1, YearVerbs))
        {
            return true;
        }
        // "Q1 2024", "H2 2023": a quarter or half of the year.
        if (r.IsNumber(i - 1) && r.Int(i - 1, 1) is >= 1 and <= 4 && r.W(i - 2) is "q" or "h" && r.Glued(i - 2, i - 1))
        {
            return true;
        }
        if (DateContext.HasContext(r, i))
        {
            // "أكثر من 2100", "more than 2000": a quantity.
            return !(r.W(i - 1) is "من" or "than" && r.Is(i - 2, Comparatives));
        }
        return count == 2 && (r.IsDash(i + 1) || r.IsPunct(i + 1, '/'));
    }

    // "FY2023", "FY24": the year a fiscal code glued before the number names (0 when there is none).
    private static int FiscalCode(DateReader r, int i)
    {
        if (r.W(i - 1) != "fy" || !r.Glued(i - 1, i))
        {
            return 0;
        }
        var value = r.Int(i);
        return r.Digits(i) switch
        {
            2 => value,
            4 when value is >= 1900 and <= 2100 => value,
            _ => 0,
        };
    }

    // A year as the subject of its sentence: "2019 كان عاما صعبا", "2015 saw a surge".
    private static readonly HashSet<string> YearVerbs = new(
        ["كان", "كانت", "شهد", "شهدت", "سيكون", "سيشهد", "was", "saw", "marked", "brought", "witnessed", "will"], StringComparer.Ordinal);

    private static readonly HashSet<string> Comparatives = new(
        ["اكثر", "اقل", "ازيد", "يزيد", "يقل", "اعلي", "ادني", "more", "less", "fewer"], StringComparer.Ordinal);

    // Events named by their year: "انتخابات 2018", "حرب 2006", "تعهدات 2009".
    private static readonly HashSet<string> DatedEvents = new(
        ["انتخابات", "ميزانيه", "موازنه", "تعهدات", "دستور", "حرب", "ثوره", "احداث", "اتفاق", "اتفاقيه", "تعداد", "احصاء",
         "ازمه", "هجمات", "زلزال", "فيضانات", "اعتداءات", "تفجيرات", "مفاوضات", "قمه", "انتفاضه", "نكسه", "نكبه", "عدوان",
         "احتجاجات", "تظاهرات", "استفتاء", "انقلاب", "موسم", "اجتياح", "غزو", "مؤتمر", "احصاءات", "احصائيات", "بيانات",
         "تقرير", "ارقام"],
        StringComparer.Ordinal);

    private static bool ReadYear(DateReader r, int p, bool strong, out int year, out bool hijri, out int end, int after = 0, bool shortened = false)
    {
        year = r.Int(p);
        hijri = false;
        end = p;
        var digits = r.Digits(p);
        if (shortened && digits == 2 && year > after % 100)
        {
            year += after / 100 * 100; // "2014-15"
        }
        else if (digits != 4)
        {
            return false;
        }
        if (r.IsClockColon(p + 1) || r.IsPunct(p + 1, '%'))
        {
            return false;
        }
        if (r.Is(p + 1, DateWords.HijriEra))
        {
            hijri = year is >= 1 and <= 1600;
            end = p + 1;
            return hijri;
        }
        if (r.Is(p + 1, DateWords.GregorianEra))
        {
            end = p + 1;
        }
        var min = strong ? 1000 : 1900;
        return year >= min && year <= 2100 && (after == 0 || Math.Abs(year - after) <= 100);
    }
}
