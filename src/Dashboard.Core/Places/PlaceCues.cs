using Dashboard.Core.Facts;
using Dashboard.Core.Text;

namespace Dashboard.Core.Places;

/// <summary>The words around a name that say it is a place (all in normalised form).</summary>
internal static class PlaceCues
{
    /// <summary>Nouns that head a place name ("مدينة صور", "محافظة حماة", "سلطنة عمان"), with the kind they announce.</summary>
    private static readonly Dictionary<string, PlaceKind?> ArabicPlaceNouns = Kinds(
        (PlaceKind.City, ["مدينه", "مدينتي", "مدن", "بلده", "بلدات", "قريه", "قري", "عاصمه", "مخيم", "مخيمات", "حي", "احياء", "ضواحي", "بلديه"]),
        (PlaceKind.Region, ["محافظه", "محافظتي", "محافظات", "ولايه", "ولايات", "اقليم", "منطقه", "مناطق", "قضاء", "اقضيه", "ناحيه", "مديريه", "ريف", "جزيره", "صحراء", "مقاطعه"]),
        (PlaceKind.Country, ["سلطنه", "مملكه", "اماره", "جمهوريه", "دوله"]),
        (null, ["اطراف", "محيط", "قرب", "وسط", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "سكان", "اهالي",
            "حكومه", "سفير", "سفاره", "امير", "ملك", "ميناء", "مطار", "معبر", "مشعر", "دائره"]));

    // Words of position or office ("قرب", "وسط", "حكومة") point at a place less surely than a head noun: "قرب الباب"
    // is near the door. An everyday word needs a head noun.
    private static readonly HashSet<string> WeakerNouns = new(StringComparer.Ordinal)
    {
        "اطراف", "محيط", "قرب", "وسط", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "حكومه", "سفير", "سفاره",
        "امير", "ملك",
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
        "region", "capital", "district", "state", "neighbouring", "neighboring", "against", "between",
    };

    private static readonly HashSet<string> EnglishPlaceNouns = new(StringComparer.Ordinal)
    {
        "city", "town", "village", "province", "governorate", "region", "capital", "district", "state", "outskirts",
        "north", "south", "east", "west", "centre", "center", "government", "people", "president", "king", "emir",
    };

    /// <summary>Nouns a country or region name qualifies in English: "US envoy", "U.S. Navy", "Gulf carriers".</summary>
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
        "tech", "technology", "giant", "giants", "commerce", "carrier", "carriers", "airline", "airlines", "neighbours",
        "neighbors", "rivals", "partners", "counterparts", "monarchies", "producers", "exporters", "investors", "regulators",
        "agency", "agencies", "court", "courts", "judge", "judges", "voters", "tariffs", "exports", "imports", "inflation",
    };

    private static readonly HashSet<string> EnglishFunctionWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "this", "that", "these", "those", "and", "but", "or", "as", "while", "when", "after", "before",
        "since", "if", "meanwhile", "neighbouring", "neighboring", "both", "all", "why", "how", "what", "where", "for",
        "on", "with", "by", "about", "like", "unlike", "than", "then", "so", "yet", "because", "although", "though",
        "under", "over", "against", "between", "among", "also", "only", "even", "not", "no", "new",
    };

    public static bool IsEnglishFunctionWord(Token token) => token.IsWord && EnglishFunctionWords.Contains(token.Norm);

    public static bool IsEnglishAttributiveHead(Token token) => token.IsWord && !token.IsArabic && EnglishAttributiveHeads.Contains(token.Norm);

    public static bool IsArabicPlaceNoun(Token token) => token.IsArabic && KindOf(token, out _);

    /// <summary>A head noun that names the kind of place or its people: "مدينة", "محافظة", "سكان", "معبر"; not "قرب".</summary>
    public static bool IsArabicHeadNoun(Token token) =>
        token.IsArabic && KindOf(token, out _) && !ArabicPrefixes.Readings(token.Norm).Any(r => WeakerNouns.Contains(r.Stem));

    /// <summary>The kind of place an Arabic head noun announces: "مدينة" a city, "محافظة" a region, "سلطنة" a country.</summary>
    public static PlaceKind? ArabicCueKind(Token token) => token.IsArabic && KindOf(token, out var kind) ? kind : null;

    /// <summary>"the city of Nice", "in the town of Reading": the kind an English cue announces.</summary>
    public static PlaceKind? EnglishCueKind(AnalyzedText text, int previous)
    {
        var noun = text.TokenAt(previous) is { Norm: "of" } ? text.TokenAt(previous - 1) : null;
        return noun?.Norm switch
        {
            "city" or "town" or "village" or "capital" => PlaceKind.City,
            "province" or "governorate" or "region" or "state" or "district" => PlaceKind.Region,
            _ => null,
        };
    }

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

    private static bool KindOf(Token token, out PlaceKind? kind)
    {
        foreach (var (_, stem) in ArabicPrefixes.Readings(token.Norm))
        {
            if (ArabicPlaceNouns.TryGetValue(stem, out kind))
            {
                return true;
            }
        }
        kind = null;
        return false;
    }

    private static Dictionary<string, PlaceKind?> Kinds(params (PlaceKind? Kind, string[] Words)[] groups)
    {
        var kinds = new Dictionary<string, PlaceKind?>(StringComparer.Ordinal);
        foreach (var (kind, words) in groups)
        {
            foreach (var word in words)
            {
                kinds[word] = kind;
            }
        }
        return kinds;
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
