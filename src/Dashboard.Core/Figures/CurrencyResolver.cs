using Dashboard.Core.Text;

namespace Dashboard.Core.Figures;

/// <summary>
/// Decides which country a bare "ريال", "دينار", "جنيه", "ليرة" or "درهم" belongs to, once per article: the same
/// currency named with its country elsewhere in the article ("الدينار الكويتي"), then the article's main country
/// when it uses that currency, then the country the article names most among those that do, then a default.
/// </summary>
internal sealed class CurrencyResolver(AnalyzedText text, string? mainCountry)
{
    private readonly Dictionary<(CurrencyFamily, bool), string> resolved = [];
    private Dictionary<(CurrencyFamily, string), int>? explicitPairs;
    private Dictionary<string, int>? mentions;

    public string Resolve(CurrencyFamily family, bool englishWord)
    {
        if (resolved.TryGetValue((family, englishWord), out var code))
        {
            return code;
        }
        Scan();
        code = Pick(family, englishWord) ?? Currencies.Default(family, englishWord);
        resolved[(family, englishWord)] = code;
        return code;
    }

    /// <summary>True when the article is about <paramref name="country"/> or names it ("أوقية" is the ouguiya only in a Mauritanian story).</summary>
    public bool IsAbout(string country)
    {
        Scan();
        return mainCountry == country || mentions!.GetValueOrDefault(country) > 0;
    }

    private string? Pick(CurrencyFamily family, bool englishWord)
    {
        var named = explicitPairs!.Where(p => p.Key.Item1 == family && Currencies.UsedIn(family, p.Key.Item2, englishWord))
            .OrderByDescending(p => p.Value).Select(p => p.Key.Item2).FirstOrDefault();
        if (named is not null && Currencies.CodeFor(family, named) is { } fromNamed)
        {
            return fromNamed;
        }
        if (family == CurrencyFamily.Dollar)
        {
            return "USD";
        }
        if (mainCountry is not null && Currencies.UsedIn(family, mainCountry, englishWord) && Currencies.CodeFor(family, mainCountry) is { } fromMain)
        {
            return fromMain;
        }
        var best = Currencies.CountriesOf(family, englishWord)
            .Select(c => (Country: c, Count: mentions!.GetValueOrDefault(c)))
            .Where(x => x.Count > 0)
            .OrderByDescending(x => x.Count)
            .FirstOrDefault();
        return best.Country is null ? null : Currencies.CodeFor(family, best.Country);
    }

    // One pass over the article, the first time a bare currency needs a country.
    private void Scan()
    {
        if (explicitPairs is not null)
        {
            return;
        }
        explicitPairs = [];
        mentions = new Dictionary<string, int>(StringComparer.Ordinal);
        var t = new SentenceTokens(text);
        foreach (var sentence in text.Sentences)
        {
            t.Focus(sentence);
            for (var i = sentence.FirstToken; i <= sentence.LastToken; i++)
            {
                if (!t.IsWord(i))
                {
                    continue;
                }
                if (Currencies.TryFamily(t, i, out var family))
                {
                    var adjectiveAt = t.IsArabicWord(i) ? i + 1 : i - 1;
                    // "الدينار الكويتي", "Kuwaiti dinars", "Iran's rial".
                    if (CountryCues.TryAdjective(t, adjectiveAt, out var country)
                        || CountryCues.TryPossessive(t, i - 1, out country))
                    {
                        explicitPairs[(family, country)] = explicitPairs.GetValueOrDefault((family, country)) + 1;
                    }
                }
                if (CountryCues.TryMention(t, i, out var mentioned))
                {
                    mentions[mentioned] = mentions.GetValueOrDefault(mentioned) + 1;
                }
            }
        }
    }
}
