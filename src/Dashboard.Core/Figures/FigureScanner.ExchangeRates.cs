namespace Dashboard.Core.Figures;

/// <summary>Exchange rates: a bare number priced against another currency ("600 against the US dollar", "1,450 per dollar").</summary>
internal sealed partial class FigureScanner
{
    // "Iran's rial", "Egypt's pound": the country owning the currency word at <paramref name="i"/>.
    private bool PossessiveCountry(int i, out string country) => CountryCues.TryPossessive(t, i - 1, out country);

    // "the dollar", "the US dollar", "the U.S. dollar", "الدولار الأمريكي": the currency a rate is quoted in.
    private bool QuotedCurrency(int k, out CurrencyFamily quoted)
    {
        quoted = default;
        for (var end = k + 5; k <= end && t.In(k); k++)
        {
            if (Currencies.TryFamily(t, k, out quoted))
            {
                return true;
            }
            if (!(t.Norm(k) is "u" or "s" or "." or "us" || CountryCues.TryAdjective(t, k, out _)))
            {
                return false;
            }
        }
        return false;
    }

    // "weakened to about 600 against the US dollar", "1,450 per dollar", "3.6725 to the dollar": a price of one currency
    // in another, in the currency the sentence is about.
    private bool TryExchangeRate(FigureReading r)
    {
        var k = r.Right + 1;
        if (t.Norm(k) is "against" or "to" or "per" or "a" or "for" or "versus" or "مقابل" or "امام")
        {
            k++;
        }
        if (t.Norm(k) is "the" or "each" or "one" or "every")
        {
            k++;
        }
        if (!QuotedCurrency(k, out var quoted))
        {
            return false;
        }
        for (var i = r.Left - 1; i >= t.First; i--)
        {
            if (t.IsWord(i) && Currencies.TryFamily(t, i, out var subject) && subject != quoted)
            {
                var code = CountryCues.TryAdjective(t, t.IsArabicWord(i) ? i + 1 : i - 1, out var country) || PossessiveCountry(i, out country)
                    ? Currencies.CodeFor(subject, country)
                    : null;
                r.Unit = FigureUnit.Money(code ?? currencies.Resolve(subject, t.IsLatinWord(i))) with { Counted = "exchange rate" };
                return true;
            }
        }
        return false;
    }
}
