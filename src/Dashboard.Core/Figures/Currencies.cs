using Dashboard.Core.Text;

namespace Dashboard.Core.Figures;

internal enum CurrencyFamily
{
    Dollar,
    Euro,
    Pound,
    Lira,
    Riyal,
    Dinar,
    Dirham,
    Toman,
    Shekel,
    Ruble,
    Yuan,
    Yen,
    Rupee,
    Franc,
    Birr,
    Naira,
    Rand,
    Shilling,
    Afghani,
    Ouguiya,
    Taka,
    Cedi,
}

/// <summary>A currency named in the text: its tokens and either an ISO code or a family still to be resolved by country.</summary>
internal readonly record struct CurrencyMatch(int First, int Last, CurrencyFamily Family, string? Code, bool EnglishWord);

/// <summary>
/// Currency words, symbols and ISO codes, and which ISO 4217 code each means in which country: "ريال سعودي" → SAR,
/// "دينار كويتي" → KWD, "جنيه إسترليني" → GBP, "ليرة تركية" → TRY, "$" → USD, "E£" → EGP, "Saudi riyals" → SAR.
/// </summary>
internal static class Currencies
{
    private static readonly Dictionary<string, CurrencyFamily> ArabicWords = Arabic(
        (CurrencyFamily.Dollar, ["دولار", "دولارا", "دولارات", "دولاران", "دولارين"]),
        (CurrencyFamily.Euro, ["يورو", "يوروهات"]),
        (CurrencyFamily.Pound, ["جنيه", "جنيها", "جنيهات", "جنيهان", "جنيهين"]),
        (CurrencyFamily.Lira, ["ليرة", "ليرات", "ليرتين"]),
        (CurrencyFamily.Riyal, ["ريال", "ريالا", "ريالات", "ريالان", "ريالين"]),
        (CurrencyFamily.Dinar, ["دينار", "دينارا", "دنانير", "ديناران", "دينارين"]),
        (CurrencyFamily.Dirham, ["درهم", "درهما", "دراهم", "درهمان", "درهمين"]),
        (CurrencyFamily.Toman, ["تومان", "تومانا", "تومانات"]),
        (CurrencyFamily.Shekel, ["شيكل", "شيكلا", "شيقل", "شيقلا", "شواكل", "شيكلات"]),
        (CurrencyFamily.Ruble, ["روبل", "روبلا", "روبلات"]),
        (CurrencyFamily.Yuan, ["يوان", "يوانا"]),
        (CurrencyFamily.Yen, ["ين"]),
        (CurrencyFamily.Rupee, ["روبية", "روبيات"]),
        (CurrencyFamily.Franc, ["فرنك", "فرنكا", "فرنكات"]),
        (CurrencyFamily.Shilling, ["شلن", "شلنا", "شلنات", "شلينغ", "شيلينغ"]),
        (CurrencyFamily.Naira, ["نيرة", "نايرا", "نيرا"]),
        (CurrencyFamily.Taka, ["تاكا"]),
        (CurrencyFamily.Ouguiya, ["أوقية", "أوقيات"]));

    private static readonly Dictionary<string, CurrencyFamily>.AlternateLookup<ReadOnlySpan<char>> ArabicLookup =
        ArabicWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, CurrencyFamily> EnglishWords = new(StringComparer.Ordinal)
    {
        ["dollar"] = CurrencyFamily.Dollar, ["dollars"] = CurrencyFamily.Dollar, ["euro"] = CurrencyFamily.Euro,
        ["euros"] = CurrencyFamily.Euro, ["pound"] = CurrencyFamily.Pound, ["pounds"] = CurrencyFamily.Pound,
        ["sterling"] = CurrencyFamily.Pound, ["lira"] = CurrencyFamily.Lira, ["liras"] = CurrencyFamily.Lira,
        ["lire"] = CurrencyFamily.Lira, ["riyal"] = CurrencyFamily.Riyal, ["riyals"] = CurrencyFamily.Riyal,
        ["rial"] = CurrencyFamily.Riyal, ["rials"] = CurrencyFamily.Riyal, ["dinar"] = CurrencyFamily.Dinar,
        ["dinars"] = CurrencyFamily.Dinar, ["dirham"] = CurrencyFamily.Dirham, ["dirhams"] = CurrencyFamily.Dirham,
        ["toman"] = CurrencyFamily.Toman, ["tomans"] = CurrencyFamily.Toman, ["shekel"] = CurrencyFamily.Shekel,
        ["shekels"] = CurrencyFamily.Shekel, ["ruble"] = CurrencyFamily.Ruble, ["rubles"] = CurrencyFamily.Ruble,
        ["rouble"] = CurrencyFamily.Ruble, ["roubles"] = CurrencyFamily.Ruble, ["yuan"] = CurrencyFamily.Yuan,
        ["renminbi"] = CurrencyFamily.Yuan, ["yen"] = CurrencyFamily.Yen, ["rupee"] = CurrencyFamily.Rupee,
        ["rupees"] = CurrencyFamily.Rupee, ["franc"] = CurrencyFamily.Franc, ["francs"] = CurrencyFamily.Franc,
        ["birr"] = CurrencyFamily.Birr, ["naira"] = CurrencyFamily.Naira, ["rand"] = CurrencyFamily.Rand,
        ["shilling"] = CurrencyFamily.Shilling, ["shillings"] = CurrencyFamily.Shilling, ["afghani"] = CurrencyFamily.Afghani,
        ["afghanis"] = CurrencyFamily.Afghani, ["ouguiya"] = CurrencyFamily.Ouguiya, ["ouguiyas"] = CurrencyFamily.Ouguiya,
        ["taka"] = CurrencyFamily.Taka, ["cedi"] = CurrencyFamily.Cedi, ["cedis"] = CurrencyFamily.Cedi,
    };

    // Which code a family takes in which country (ISO 3166 alpha-2).
    private static readonly Dictionary<CurrencyFamily, Dictionary<string, string>> ByCountry = new()
    {
        [CurrencyFamily.Dollar] = Codes("US:USD CA:CAD AU:AUD NZ:NZD HK:HKD SG:SGD TW:TWD LR:LRD ZW:ZWL"),
        [CurrencyFamily.Pound] = Codes("EG:EGP SD:SDG SS:SSP GB:GBP LB:LBP SY:SYP"),
        [CurrencyFamily.Lira] = Codes("LB:LBP SY:SYP TR:TRY"),
        [CurrencyFamily.Riyal] = Codes("SA:SAR QA:QAR OM:OMR YE:YER IR:IRR"),
        [CurrencyFamily.Dinar] = Codes("KW:KWD IQ:IQD JO:JOD BH:BHD LY:LYD TN:TND DZ:DZD RS:RSD"),
        [CurrencyFamily.Dirham] = Codes("AE:AED MA:MAD"),
        [CurrencyFamily.Rupee] = Codes("IN:INR PK:PKR LK:LKR NP:NPR"),
        // "CFA" stands for the adjectives of the CFA franc ("فرنك إفريقي", "CFA francs"); West Africa's unless Central Africa's is named.
        [CurrencyFamily.Franc] = Codes("CH:CHF CFA:XOF SN:XOF ML:XOF NE:XOF CI:XOF BF:XOF TD:XAF CM:XAF GN:GNF DJ:DJF RW:RWF CD:CDF"),
        [CurrencyFamily.Shilling] = Codes("KE:KES UG:UGX TZ:TZS SO:SOS"),
        [CurrencyFamily.Ouguiya] = Codes("MR:MRU"),
    };

    private static readonly Dictionary<CurrencyFamily, string> Defaults = new()
    {
        [CurrencyFamily.Dollar] = "USD", [CurrencyFamily.Euro] = "EUR", [CurrencyFamily.Pound] = "EGP", [CurrencyFamily.Lira] = "TRY",
        [CurrencyFamily.Riyal] = "SAR", [CurrencyFamily.Dinar] = "KWD", [CurrencyFamily.Dirham] = "AED", [CurrencyFamily.Toman] = "IRT",
        [CurrencyFamily.Shekel] = "ILS", [CurrencyFamily.Ruble] = "RUB", [CurrencyFamily.Yuan] = "CNY", [CurrencyFamily.Yen] = "JPY",
        [CurrencyFamily.Rupee] = "INR", [CurrencyFamily.Franc] = "CHF", [CurrencyFamily.Birr] = "ETB", [CurrencyFamily.Naira] = "NGN",
        [CurrencyFamily.Rand] = "ZAR", [CurrencyFamily.Shilling] = "KES", [CurrencyFamily.Afghani] = "AFN",
        [CurrencyFamily.Ouguiya] = "MRU", [CurrencyFamily.Taka] = "BDT", [CurrencyFamily.Cedi] = "GHS",
    };

    private static readonly HashSet<string> IsoCodes = new(StringComparer.Ordinal)
    {
        "USD", "EUR", "GBP", "SAR", "AED", "EGP", "KWD", "QAR", "OMR", "BHD", "JOD", "IQD", "SYP", "LBP", "TRY", "IRR", "YER", "SDG",
        "LYD", "TND", "DZD", "MAD", "ILS", "CNY", "JPY", "INR", "PKR", "RUB", "CHF", "CAD", "AUD", "NZD", "HKD", "SGD", "SEK", "NOK",
        "DKK", "KRW", "BRL", "ZAR", "NGN", "KES", "ETB", "AFN", "MRU",
        // Africa, Asia and beyond, where the Arabic press reports aid, loans and prices: codes that are no English word or
        // common acronym (not COP, NPR, TMT, RON, ARS).
        "SOS", "SSP", "XOF", "XAF", "UGX", "TZS", "RWF", "BIF", "DJF", "ERN", "GHS", "GNF", "CDF", "MZN", "AOA", "ZMW", "MWK",
        "MUR", "SCR", "KMF", "MGA", "SLE", "LRD", "BDT", "LKR", "MVR", "KZT", "UZS", "AZN", "TJS", "KGS", "MYR",
        "IDR", "THB", "VND", "PLN", "HUF", "CZK", "BGN", "UAH", "MXN", "CLP", "TWD",
    };

    // Short forms written before or after the amount in Gulf and Egyptian English papers.
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["SR"] = "SAR", ["QR"] = "QAR", ["Dh"] = "AED", ["Dhs"] = "AED", ["AED"] = "AED", ["LE"] = "EGP", ["KD"] = "KWD",
        ["BD"] = "BHD", ["RO"] = "OMR", ["JD"] = "JOD", ["ID"] = "IQD", ["Rs"] = "INR", ["NIS"] = "ILS", ["TL"] = "TRY", ["LL"] = "LBP",
        ["EUR"] = "EUR", ["Tk"] = "BDT", ["KSh"] = "KES", ["Ksh"] = "KES", ["USh"] = "UGX", ["TSh"] = "TZS", ["GH"] = "GHS",
    };

    private static readonly Dictionary<string, string> ArabicAbbreviations = new[]
    {
        ("رس", "SAR"), ("دإ", "AED"), ("دا", "AED"), ("دك", "KWD"), ("جم", "EGP"), ("لل", "LBP"), ("لس", "SYP"), ("دأ", "JOD"), ("دا", "JOD"),
        ("رق", "QAR"), ("رع", "OMR"), ("دب", "BHD"), ("دع", "IQD"), ("دل", "LYD"), ("دت", "TND"), ("دج", "DZD"), ("دم", "MAD"),
    }.DistinctBy(x => TextNormalizer.Normalize(x.Item1)).ToDictionary(x => TextNormalizer.Normalize(x.Item1), x => x.Item2, StringComparer.Ordinal);

    private static readonly Dictionary<string, string> MaghrebAbbreviations = new(StringComparer.Ordinal) { ["دج"] = "DZD", ["دت"] = "TND" };

    // "US$", "C$", "HK$", "E£": letters glued in front of a symbol name its country.
    private static readonly Dictionary<string, string> SymbolPrefixes = new(StringComparer.Ordinal)
    {
        ["us"] = "USD", ["c"] = "CAD", ["ca"] = "CAD", ["a"] = "AUD", ["au"] = "AUD", ["nz"] = "NZD", ["hk"] = "HKD", ["s"] = "SGD",
        ["e"] = "EGP", ["l"] = "EGP",
    };

    /// <summary>A currency word, symbol or code starting at <paramref name="pos"/> (after the number), with a country adjective if any.</summary>
    public static bool TryAfter(SentenceTokens t, int pos, bool allowArticle, out CurrencyMatch match)
    {
        match = default;
        if (TrySymbol(t, pos, out var code, out var family))
        {
            match = new CurrencyMatch(pos, pos, family, code, false);
            return true;
        }
        if (t.IsArabicWord(pos))
        {
            // "500 ر.س", "20 د.إ": the Arabic abbreviations of Gulf and Levant currencies.
            if (t.Norm(pos).Length == 1 && t.IsPunct(pos + 1, '.') && t.IsArabicWord(pos + 2) && t.Norm(pos + 2).Length == 1
                && ArabicAbbreviations.TryGetValue(t.Norm(pos) + t.Norm(pos + 2), out var abbreviation))
            {
                match = new CurrencyMatch(pos, pos + 2, CurrencyFamily.Dollar, abbreviation, false);
                return true;
            }
            // "13786 مليار دج", "500 مليون دت": the Maghreb abbreviations written as one word.
            if (MaghrebAbbreviations.TryGetValue(t.Norm(pos), out var maghreb))
            {
                match = new CurrencyMatch(pos, pos, CurrencyFamily.Dinar, maghreb, false);
                return true;
            }
            if (!ArabicClitics.TryLookup(ArabicLookup, t.Norm(pos), particles: false, article: allowArticle, out family, out _))
            {
                return false;
            }
            var last = pos;
            string? country = null;
            // "دولار أمريكي", "ليرة لبنانية", "جنيه إسترليني", "الدولارات الأمريكية".
            if (CountryCues.TryAdjective(t, pos + 1, out var adjective))
            {
                country = adjective;
                last = pos + 1;
            }
            match = new CurrencyMatch(pos, last, family, country is null ? null : CodeFor(family, country), false);
            return true;
        }
        if (!t.IsLatinWord(pos))
        {
            return false;
        }
        if (t.IsAllUpper(pos) && IsoCodes.Contains(t.Original(pos)))
        {
            match = new CurrencyMatch(pos, pos, CurrencyFamily.Dollar, t.Original(pos), false);
            return true;
        }
        if (Abbreviations.TryGetValue(t.Original(pos), out var abbreviated) && t.Original(pos).Length > 1)
        {
            match = new CurrencyMatch(pos, pos, CurrencyFamily.Dollar, abbreviated, false);
            return true;
        }
        // "Saudi riyals", "US dollars", "U.S. dollars", "Egyptian pounds", "pounds sterling".
        var at = pos;
        string? englishCountry = null;
        if (CountryCues.TryAdjective(t, pos, out var before) && EnglishWords.ContainsKey(t.Norm(pos + 1)))
        {
            englishCountry = before;
            at = pos + 1;
        }
        else if (t.Norm(pos) == "u" && t.IsPunct(pos + 1, '.') && t.Norm(pos + 2) == "s" && t.IsPunct(pos + 3, '.') && EnglishWords.ContainsKey(t.Norm(pos + 4)))
        {
            englishCountry = "US";
            at = pos + 4;
        }
        if (!EnglishWords.TryGetValue(t.Norm(at), out family))
        {
            return false;
        }
        var end = at;
        if (family == CurrencyFamily.Pound && t.Norm(at + 1) == "sterling")
        {
            englishCountry = "GB";
            end = at + 1;
        }
        match = new CurrencyMatch(pos, end, family, englishCountry is null ? null : CodeFor(family, englishCountry), true);
        return true;
    }

    /// <summary>A symbol or code written just before the number ("$5", "US$5", "€3", "£2", "SR 500", "USD 5"), ending at <paramref name="end"/>.</summary>
    public static bool TryBefore(SentenceTokens t, int end, out CurrencyMatch match)
    {
        match = default;
        if (TrySymbol(t, end, out var code, out var family))
        {
            var first = end;
            var prefix = t.Norm(end - 1);
            if (t.IsLatinWord(end - 1) && t.Glued(end - 1, end) && SymbolPrefixes.TryGetValue(prefix, out var prefixed))
            {
                code = t.Norm(end) is "$" || (t.Norm(end) is "£" && prefix is "e" or "l") ? prefixed : code;
                first = end - 1;
            }
            match = new CurrencyMatch(first, end, family, code, false);
            return true;
        }
        if (!t.IsLatinWord(end))
        {
            return false;
        }
        var original = t.Original(end);
        if (t.IsAllUpper(end) && IsoCodes.Contains(original))
        {
            match = new CurrencyMatch(end, end, CurrencyFamily.Dollar, original, false);
            return true;
        }
        if (Abbreviations.TryGetValue(original, out var abbreviated) && original.Length > 1)
        {
            match = new CurrencyMatch(end, end, CurrencyFamily.Dollar, abbreviated, false);
            return true;
        }
        return false;
    }

    /// <summary>The ISO code of a family in a country, or null when the family is not used there.</summary>
    public static string? CodeFor(CurrencyFamily family, string country)
    {
        if (family == CurrencyFamily.Dollar && country != "US" && !ByCountry[family].ContainsKey(country))
        {
            return "USD";
        }
        if (ByCountry.TryGetValue(family, out var codes))
        {
            return codes.TryGetValue(country, out var code) ? code : null;
        }
        return Defaults[family];
    }

    public static bool UsedIn(CurrencyFamily family, string country, bool englishWord) =>
        CountriesOf(family, englishWord).Contains(country, StringComparer.Ordinal);

    /// <summary>The countries whose currency the word can name: Arabic "جنيه" is Egyptian, Sudanese or sterling, never the Syrian "ليرة".</summary>
    public static IEnumerable<string> CountriesOf(CurrencyFamily family, bool englishWord)
    {
        if (!ByCountry.TryGetValue(family, out var codes))
        {
            return [];
        }
        return family switch
        {
            CurrencyFamily.Pound when !englishWord => codes.Keys.Where(c => c is "EG" or "SD" or "SS" or "GB"),
            CurrencyFamily.Lira when englishWord => codes.Keys.Where(c => c is "TR" or "LB"),
            _ => codes.Keys,
        };
    }

    /// <summary>The code when nothing in the article says which country: "دولار" is USD, "جنيه" EGP but "pound" GBP.</summary>
    public static string Default(CurrencyFamily family, bool englishWord) =>
        family == CurrencyFamily.Pound && englishWord ? "GBP" : Defaults[family];

    /// <summary>The family of a currency word as written (for scanning the article for "الدينار الكويتي").</summary>
    public static bool TryFamily(SentenceTokens t, int i, out CurrencyFamily family)
    {
        if (t.IsArabicWord(i))
        {
            return ArabicClitics.TryLookup(ArabicLookup, t.Norm(i), particles: true, article: true, out family, out _);
        }
        return EnglishWords.TryGetValue(t.Norm(i), out family);
    }

    private static bool TrySymbol(SentenceTokens t, int pos, out string? code, out CurrencyFamily family)
    {
        code = null;
        family = CurrencyFamily.Dollar;
        if (!t.IsPunct(pos))
        {
            return false;
        }
        (code, family) = t.Norm(pos) switch
        {
            "$" => ("USD", CurrencyFamily.Dollar),
            "€" => ("EUR", CurrencyFamily.Euro),
            "£" => ("GBP", CurrencyFamily.Pound),
            "¥" => ("JPY", CurrencyFamily.Yen),
            "₺" => ("TRY", CurrencyFamily.Lira),
            "₪" => ("ILS", CurrencyFamily.Shekel),
            "₹" => ("INR", CurrencyFamily.Rupee),
            "₽" => ("RUB", CurrencyFamily.Ruble),
            "₦" => ("NGN", CurrencyFamily.Naira),
            "৳" => ("BDT", CurrencyFamily.Taka),
            "₵" => ("GHS", CurrencyFamily.Cedi),
            "₩" => ("KRW", CurrencyFamily.Dollar),
            "₫" => ("VND", CurrencyFamily.Dollar),
            "₸" => ("KZT", CurrencyFamily.Dollar),
            "﷼" => ((string?)null, CurrencyFamily.Riyal),
            _ => ((string?)null, CurrencyFamily.Dollar),
        };
        return code is not null || t.Norm(pos) == "﷼";
    }

    private static Dictionary<string, string> Codes(string pairs) =>
        pairs.Split(' ').Select(p => p.Split(':')).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

    private static Dictionary<string, CurrencyFamily> Arabic(params (CurrencyFamily Family, string[] Forms)[] families)
    {
        var words = new Dictionary<string, CurrencyFamily>(StringComparer.Ordinal);
        foreach (var (family, forms) in families)
        {
            foreach (var form in forms)
            {
                words[TextNormalizer.Normalize(form)] = family;
            }
        }
        return words;
    }
}
