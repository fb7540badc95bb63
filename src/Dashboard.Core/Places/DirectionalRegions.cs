using System.Globalization;
using Dashboard.Core.Facts;
using Dashboard.Core.Text;

namespace Dashboard.Core.Places;

/// <summary>
/// A compass word before a place: "شمال سوريا", "جنوبي لبنان", "northern Iraq", "eastern Chad". The gazetteer's
/// own region wins when it has one (its trie match is as long); otherwise the part is made up from the place:
/// "Eastern Chad", a region of Chad. An Arabic compass word before a city means "north of" it: the city alone.
/// </summary>
internal static class DirectionalRegions
{
    private static readonly Dictionary<string, Direction> Arabic = new(StringComparer.Ordinal)
    {
        ["شمال"] = Direction.North, ["شمالي"] = Direction.North,
        ["جنوب"] = Direction.South, ["جنوبي"] = Direction.South,
        ["شرق"] = Direction.East, ["شرقي"] = Direction.East,
        ["غرب"] = Direction.West, ["غربي"] = Direction.West,
    };

    private static readonly Dictionary<string, Direction> English = new(StringComparer.Ordinal)
    {
        ["north"] = Direction.North, ["northern"] = Direction.North,
        ["south"] = Direction.South, ["southern"] = Direction.South,
        ["east"] = Direction.East, ["eastern"] = Direction.East,
        ["west"] = Direction.West, ["western"] = Direction.West,
        ["northeast"] = Direction.NorthEast, ["northeastern"] = Direction.NorthEast,
        ["northwest"] = Direction.NorthWest, ["northwestern"] = Direction.NorthWest,
        ["southeast"] = Direction.SouthEast, ["southeastern"] = Direction.SouthEast,
        ["southwest"] = Direction.SouthWest, ["southwestern"] = Direction.SouthWest,
        ["central"] = Direction.Central,
    };

    private static readonly Dictionary<string, Direction> ArabicAdjectives = new(StringComparer.Ordinal)
    {
        ["الشمالي"] = Direction.North, ["الشماليه"] = Direction.North,
        ["الجنوبي"] = Direction.South, ["الجنوبيه"] = Direction.South,
        ["الشرقي"] = Direction.East, ["الشرقيه"] = Direction.East,
        ["الغربي"] = Direction.West, ["الغربيه"] = Direction.West,
    };

    public static bool IsEnglishDirection(string norm) => English.ContainsKey(norm);

    public static PlaceCandidate? At(AnalyzedText text, int i, PlaceMatcher matcher, bool[] blocked, List<TrieMatch<NameHit>> found)
    {
        var token = text.Tokens[i];
        Direction? direction = token.IsArabic ? ArabicDirection(token) : English.TryGetValue(token.Norm, out var d) ? d : null;
        if (direction is not { } dir)
        {
            return null;
        }
        var next = TrieWalk.NextWord(text, i);
        if (next is null)
        {
            return null;
        }
        var j = next.Value.Index;
        // "شمال شرقي سوريا", "north-eastern Syria": a second compass word.
        if (dir is Direction.North or Direction.South && Second(text.Tokens[j]) is { } second)
        {
            dir = Combine(dir, second);
            next = TrieWalk.NextWord(text, j);
            if (next is null)
            {
                return null;
            }
            j = next.Value.Index;
        }
        else if (next.Value.Glued)
        {
            return null;
        }
        if (blocked[j])
        {
            return null;
        }
        var place = matcher.LongestAt(text, j, blocked, found);
        if (place is null || (place.Arabic != token.IsArabic) || place.PrefixLength > 0)
        {
            return null;
        }
        return new PlaceCandidate(i, place.Last, j, 0, place.TextHasArticle, place.Arabic, place.Hits) { Direction = dir };
    }

    /// <summary>"البقاع الشمالي", "حلب الشرقية": a compass adjective after a name makes it that part of the place.</summary>
    public static PlaceCandidate WithAdjective(AnalyzedText text, PlaceCandidate place, bool[] blocked)
    {
        var next = place.Last + 1;
        if (place.Direction is not null || !place.Arabic || !text.Adjacent(place.Last, next) || blocked[next]
            || !ArabicAdjectives.TryGetValue(text.Tokens[next].Norm, out var direction))
        {
            return place;
        }
        return new PlaceCandidate(place.First, next, place.NameFirst, place.PrefixLength, place.TextHasArticle, true, place.Hits)
        {
            NameLast = place.Last,
            Direction = direction,
            DirectionAfter = true,
        };
    }

    /// <summary>"الجنوب الجزائري", "بالشمال السوري", "الشرق الليبي": a compass noun with a country's adjective is that part of it.</summary>
    public static PlaceCandidate? WithCountryAdjective(AnalyzedText text, int i, PlaceIndex index, bool[] blocked)
    {
        var token = text.Tokens[i];
        var next = i + 1;
        if (!token.IsArabic || !text.Adjacent(i, next) || blocked[next] || !text.Tokens[next].IsArabic
            || !text.Tokens[next].Norm.StartsWith("ال", StringComparison.Ordinal) || index.CountryOfAdjective(text.Tokens[next].Norm[2..]) is not { } country)
        {
            return null;
        }
        foreach (var (prefix, stem) in ArabicPrefixes.Readings(token.Norm))
        {
            var clitics = token.Norm[..prefix];
            var definite = token.Norm[prefix..] == "ال" + stem || clitics.EndsWith("ال", StringComparison.Ordinal) || clitics.EndsWith("لل", StringComparison.Ordinal);
            if (definite && stem is "شمال" or "جنوب" or "شرق" or "غرب" && Arabic.TryGetValue(stem, out var direction))
            {
                return new PlaceCandidate(i, next, next, prefix, true, true, [country]) { Direction = direction };
            }
        }
        return null;
    }

    /// <summary>"الشمال", "في الجنوب": the north or south of whatever country the article is about (resolved later).</summary>
    public static PlaceCandidate? Bare(AnalyzedText text, int i)
    {
        var token = text.Tokens[i];
        if (!token.IsArabic || (text.Adjacent(i, i + 1) && text.Tokens[i + 1].IsArabic && ArabicWords.IsDefinite(text.Tokens[i + 1])))
        {
            return null;
        }
        foreach (var (prefix, stem) in ArabicPrefixes.Readings(token.Norm))
        {
            var word = token.Norm[prefix..];
            if (word is "الشمال" or "الجنوب" || (stem is "شمال" or "جنوب" && (token.Norm[..prefix].EndsWith("ال", StringComparison.Ordinal) || token.Norm[..prefix].EndsWith("لل", StringComparison.Ordinal))))
            {
                return new PlaceCandidate(i, i, i, prefix, true, true, [])
                {
                    BareDirection = stem.EndsWith("شمال", StringComparison.Ordinal) ? Direction.North : Direction.South,
                };
            }
        }
        return null;
    }

    /// <summary>The made-up region for a compass part of a place ("Northern Syria", "شمال سوريا").</summary>
    public static Place Region(Place place, Direction direction)
    {
        var (north, east) = direction switch
        {
            Direction.North => (1, 0),
            Direction.South => (-1, 0),
            Direction.East => (0, 1),
            Direction.West => (0, -1),
            Direction.NorthEast => (1, 1),
            Direction.NorthWest => (1, -1),
            Direction.SouthEast => (-1, 1),
            Direction.SouthWest => (-1, -1),
            _ => (0, 0),
        };
        // A rough shift towards that part: a country spans degrees, a city a few kilometres.
        var step = place.Kind switch
        {
            PlaceKind.Country => 2.0,
            PlaceKind.Region => 0.7,
            _ => 0.05,
        };
        return new Place(
            Key: string.Create(CultureInfo.InvariantCulture, $"{place.Key}~{direction.ToString().ToLowerInvariant()}"),
            Name: EnglishAdjective(direction) + " " + place.Name,
            NameAr: ArabicNoun(direction) + " " + place.NameAr,
            Kind: PlaceKind.Region,
            Country: place.Country,
            Lat: Math.Round(place.Lat + north * step, 4),
            Lon: Math.Round(place.Lon + east * step, 4))
        {
            Population = 0,
        };
    }

    private static Direction? ArabicDirection(Token token)
    {
        // "الشمال" is a region's name or "the north", not a compass part of what follows.
        if (ArabicWords.IsDefinite(token))
        {
            return null;
        }
        foreach (var (_, stem) in ArabicPrefixes.Readings(token.Norm))
        {
            if (Arabic.TryGetValue(stem, out var direction))
            {
                return direction;
            }
        }
        return null;
    }

    private static Direction? Second(Token token) => token.Norm switch
    {
        "شرق" or "شرقي" or "east" or "eastern" => Direction.East,
        "غرب" or "غربي" or "west" or "western" => Direction.West,
        _ => null,
    };

    private static Direction Combine(Direction first, Direction second) => (first, second) switch
    {
        (Direction.North, Direction.East) => Direction.NorthEast,
        (Direction.North, Direction.West) => Direction.NorthWest,
        (Direction.South, Direction.East) => Direction.SouthEast,
        _ => Direction.SouthWest,
    };

    private static string EnglishAdjective(Direction direction) => direction switch
    {
        Direction.North => "Northern",
        Direction.South => "Southern",
        Direction.East => "Eastern",
        Direction.West => "Western",
        Direction.NorthEast => "Northeastern",
        Direction.NorthWest => "Northwestern",
        Direction.SouthEast => "Southeastern",
        Direction.SouthWest => "Southwestern",
        _ => "Central",
    };

    private static string ArabicNoun(Direction direction) => direction switch
    {
        Direction.North => "شمال",
        Direction.South => "جنوب",
        Direction.East => "شرق",
        Direction.West => "غرب",
        Direction.NorthEast => "شمال شرق",
        Direction.NorthWest => "شمال غرب",
        Direction.SouthEast => "جنوب شرق",
        Direction.SouthWest => "جنوب غرب",
        _ => "وسط",
    };
}
