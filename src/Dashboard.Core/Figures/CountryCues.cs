using Dashboard.Core.Text;

namespace Dashboard.Core.Figures;

/// <summary>
/// Names, demonyms and capitals of the countries whose currencies share a name (riyal, dinar, pound, lira, dirham,
/// dollar), so a bare "دينار" can be read from the article: "الدينار الكويتي", "Saudi riyals", "بغداد", "Kuwaiti".
/// </summary>
internal static class CountryCues
{
    private static readonly (string Country, string Adjectives, string Names)[] Table =
    [
        ("SA", "سعودي سعودية saudi", "السعودية الرياض جدة riyadh jeddah"),
        ("QA", "قطري قطرية qatari", "قطر الدوحة qatar doha"),
        ("OM", "عماني عمانية omani", "مسقط oman muscat"),
        ("YE", "يمني يمنية yemeni", "اليمن صنعاء عدن yemen sanaa aden"),
        ("IR", "إيراني إيرانية iranian", "إيران طهران iran tehran"),
        ("KW", "كويتي كويتية kuwaiti", "الكويت kuwait"),
        ("IQ", "عراقي عراقية iraqi", "العراق بغداد البصرة أربيل الموصل iraq baghdad basra erbil mosul"),
        ("JO", "أردني أردنية jordanian", "الأردن jordan amman"),
        ("BH", "بحريني بحرينية bahraini", "البحرين المنامة bahrain manama"),
        ("LY", "ليبي ليبية libyan", "ليبيا بنغازي مصراتة libya benghazi misrata"),
        ("TN", "تونسي تونسية tunisian", "تونس tunisia tunis"),
        ("DZ", "جزائري جزائرية algerian", "الجزائر algeria algiers"),
        ("EG", "مصري مصرية egyptian", "مصر القاهرة الإسكندرية egypt cairo alexandria"),
        ("SD", "سوداني سودانية sudanese", "السودان الخرطوم الفاشر دارفور sudan khartoum darfur"),
        ("GB", "إسترليني استرليني إسترلينية بريطاني بريطانية british sterling", "بريطانيا لندن britain london uk"),
        ("LB", "لبناني لبنانية lebanese", "لبنان بيروت lebanon beirut"),
        ("SY", "سوري سورية syrian", "سوريا دمشق حلب syria damascus aleppo"),
        ("TR", "تركي تركية turkish", "تركيا أنقرة إسطنبول اسطنبول turkey türkiye ankara istanbul"),
        ("AE", "إماراتي إماراتية emirati", "الإمارات دبي أبوظبي uae dubai emirates"),
        ("MA", "مغربي مغربية moroccan", "المغرب الرباط morocco rabat"),
        ("US", "أمريكي أميركي أمريكية أميركية american us", "أمريكا أميركا واشنطن america washington"),
        ("CA", "كندي كندية canadian", "كندا canada ottawa"),
        ("AU", "أسترالي أسترالية australian", "أستراليا australia"),
        ("HK", "hong", ""),
        ("SG", "سنغافوري singapore", ""),
        ("IN", "هندي هندية indian", "الهند india"),
        ("PK", "باكستاني باكستانية pakistani", "باكستان pakistan"),
        ("CH", "سويسري سويسرية swiss", "سويسرا switzerland"),
        ("IL", "إسرائيلي إسرائيلية israeli", "إسرائيل israel"),
        ("SS", "", "جوبا juba"),
        ("SO", "صومالي صومالية somali", "الصومال مقديشو somalia mogadishu"),
        ("KE", "كيني كينية kenyan", "كينيا نيروبي kenya nairobi"),
        ("UG", "أوغندي أوغندية ugandan", "أوغندا كمبالا uganda kampala"),
        ("TZ", "تنزاني تنزانية tanzanian", "تنزانيا tanzania"),
        ("MR", "موريتاني موريتانية mauritanian", "موريتانيا نواكشوط mauritania nouakchott"),
        ("SN", "سنغالي سنغالية senegalese", "السنغال داكار senegal dakar"),
        ("ML", "", "باماكو mali bamako"),
        ("NE", "نيجري نيجرية", "النيجر نيامي niger niamey"),
        ("TD", "تشادي تشادية chadian", "تشاد انجامينا chad ndjamena"),
        ("CM", "كاميروني كاميرونية cameroonian", "الكاميرون cameroon"),
        ("CFA", "سيفا إفريقي افريقي أفريقي cfa", ""),
    ];

    private static readonly Dictionary<string, string> Adjectives = Index(x => x.Adjectives);

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> AdjectiveLookup =
        Adjectives.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, string> Names = Index(x => x.Adjectives + " " + x.Names);

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> NameLookup =
        Names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A country adjective at <paramref name="pos"/> ("سعودي", "الكويتية", "Saudi", "US").</summary>
    public static bool TryAdjective(SentenceTokens t, int pos, out string country)
    {
        country = string.Empty;
        if (t.IsArabicWord(pos))
        {
            return ArabicClitics.TryLookup(AdjectiveLookup, t.Norm(pos), particles: false, article: true, out country!, out _);
        }
        return t.IsLatinWord(pos) && Adjectives.TryGetValue(t.Norm(pos), out country!);
    }

    /// <summary>Any mention of a country (name, capital or demonym) at token <paramref name="i"/>.</summary>
    public static bool TryMention(SentenceTokens t, int i, out string country)
    {
        country = string.Empty;
        if (t.IsArabicWord(i))
        {
            return ArabicClitics.TryLookup(NameLookup, t.Norm(i), particles: true, article: true, out country!, out _);
        }
        return t.IsLatinWord(i) && Names.TryGetValue(t.Norm(i), out country!);
    }

    /// <summary>"Iran's", "Egypt’s" (one token): the country a possessive names.</summary>
    public static bool TryPossessive(SentenceTokens t, int i, out string country)
    {
        country = string.Empty;
        var norm = t.Norm(i);
        return t.IsLatinWord(i) && norm.Length > 2 && norm[^1] == 's' && norm[^2] is '\'' or '’' && Names.TryGetValue(norm[..^2], out country!);
    }

    private static Dictionary<string, string> Index(Func<(string Country, string Adjectives, string Names), string> words)
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in Table)
        {
            foreach (var word in words(row).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var norm = TextNormalizer.Normalize(word);
                index.TryAdd(norm, row.Country);
                // Names that take the article are also written without it after a particle ("بالعراق" → "عراق").
                if (norm.StartsWith("ال", StringComparison.Ordinal) && norm.Length > 4)
                {
                    index.TryAdd(norm[2..], row.Country);
                }
            }
        }
        return index;
    }
}
