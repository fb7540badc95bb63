using Dashboard.Core.Text;

namespace Dashboard.Core.Places;

/// <summary>The words around a name that say it is a place (all in normalised form).</summary>
internal static class PlaceCues
{
    /// <summary>Nouns that head a place name: "مدينة صور", "محافظة حماة", "بلدة الباب".</summary>
    private static readonly HashSet<string> ArabicPlaceNouns = new(StringComparer.Ordinal)
    {
        "مدينه", "مدينتي", "مدن", "بلده", "بلدات", "قريه", "قري", "محافظه", "محافظتي", "محافظات", "ولايه", "ولايات", "اقليم",
        "منطقه", "مناطق", "عاصمه", "ريف", "مخيم", "حي", "احياء", "قضاء", "ناحيه", "مديريه", "ميناء", "مطار", "معبر", "سلطنه",
        "مملكه", "اماره", "جمهوريه", "دوله", "ضواحي", "اطراف", "محيط", "قرب", "وسط", "شمال", "جنوب", "شرق", "غرب", "شمالي",
        "جنوبي", "شرقي", "غربي", "سكان", "اهالي", "حكومه", "سفير", "سفاره", "امير", "ملك", "بلديه",
    };

    /// <summary>Prepositions of place and movement: "في حماة", "إلى الرياض", "من القاهرة".</summary>
    private static readonly HashSet<string> ArabicPrepositions = new(StringComparer.Ordinal)
    {
        "في", "الي", "من", "نحو", "باتجاه", "داخل", "خارج", "حول", "عبر", "تجاه", "علي", "بين", "حتي", "لدي", "مع", "ضد",
        "زار", "زياره", "يزور", "وصل", "وصول",
    };

    private static readonly HashSet<string> EnglishCues = new(StringComparer.Ordinal)
    {
        "in", "near", "from", "to", "into", "at", "outside", "across", "around", "toward", "towards", "via", "through",
        "throughout", "inside", "visit", "visited", "visiting", "city", "town", "village", "province", "governorate",
        "region", "capital", "district", "state", "neighbouring", "neighboring", "against", "between", "and", "or",
    };

    private static readonly HashSet<string> EnglishPlaceNouns = new(StringComparer.Ordinal)
    {
        "city", "town", "village", "province", "governorate", "region", "capital", "district", "state", "outskirts",
        "north", "south", "east", "west", "centre", "center", "government", "people", "president", "king", "emir",
    };

    /// <summary>Nouns a country name qualifies in English: "US envoy", "U.S. Navy", "UK government".</summary>
    private static readonly HashSet<string> EnglishAttributiveHeads = new(StringComparer.Ordinal)
    {
        "envoy", "envoys", "embassy", "embassies", "consulate", "dollar", "dollars", "forces", "force", "troops",
        "soldiers", "military", "army", "navy", "marines", "air", "warplanes", "jets", "drones", "aircraft", "warships",
        "officials", "official", "government", "administration", "president", "secretary", "ambassador", "diplomat",
        "diplomats", "delegation", "negotiators", "lawmakers", "senator", "senators", "congress", "senate", "treasury",
        "federal", "state", "department", "central", "intelligence", "sanctions", "authorities", "counterpart",
        "citizens", "nationals", "national", "companies", "firms", "banks", "economy", "markets", "stocks", "bonds",
        "coalition", "allies", "ally", "representative", "commander", "commanders", "command", "defense", "defence",
        "foreign", "interior", "prime", "minister", "ministry", "ministers", "crown", "emir", "media", "television",
        "officer", "officers", "personnel", "spokesman", "spokeswoman", "spokesperson", "policy", "airstrikes",
        "weapons", "arms", "special", "nuclear", "border", "police", "security", "team", "squad", "supreme",
    };

    public static bool IsEnglishAttributiveHead(Token token) => token.IsWord && !token.IsArabic && EnglishAttributiveHeads.Contains(token.Norm);

    public static bool IsArabicPlaceNoun(Token token) => token.IsArabic && AnyReading(token, ArabicPlaceNouns);

    public static bool IsArabicPreposition(Token token) => token.IsArabic && AnyReading(token, ArabicPrepositions);

    /// <summary>"in Reading", "the city of Nice", "north of Chad".</summary>
    public static bool IsEnglishCue(AnalyzedText text, int previous)
    {
        if (text.TokenAt(previous) is not { IsWord: true, IsArabic: false } token)
        {
            return false;
        }
        if (token.Norm == "of")
        {
            return text.TokenAt(previous - 1) is { IsWord: true } before && EnglishPlaceNouns.Contains(before.Norm);
        }
        return EnglishCues.Contains(token.Norm);
    }

    private static bool AnyReading(Token token, HashSet<string> words)
    {
        foreach (var (_, stem) in ArabicPrefixes.Readings(token.Norm))
        {
            if (words.Contains(stem))
            {
                return true;
            }
        }
        return false;
    }
}
