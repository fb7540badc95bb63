using System.Globalization;
using Dashboard.Core.Facts;
using Dashboard.Core.Text;

namespace Dashboard.Core.Places.GeoNames;

/// <summary>
/// Turns a GeoNames cities dump, and optionally its alternate names, into gazetteer entries: key "geonames-&lt;id&gt;",
/// kind city, the English name (GeoNames' preferred English name, else its own name) and the Arabic name (the
/// preferred Arabic alternate name first, never a historic or colloquial one). The cities are read first and kept
/// (a few hundred thousand rows at most); the alternate-names file is then streamed once, keeping only the
/// Arabic and English names of those cities. Places the gazetteer already has are left out.
/// </summary>
public static class GeoNamesImport
{
    public const string KeyPrefix = "geonames-";

    /// <summary>
    /// From this many people an imported place's one-word name is trusted like an ambiguous built-in name (a cue or
    /// its country named); below it, only a head noun ("بلدة داعل") or a cue word will do. GeoNames names villages
    /// after everyday words ("الدور", the role) and nobody checked them.
    /// </summary>
    public const long LargePlacePopulation = 100_000;

    private const double SamePlaceKm = 30;

    private static readonly HashSet<string> Languages = new(StringComparer.Ordinal) { "ar", "en" };

    public static bool IsImported(Place place) => place.Key.StartsWith(KeyPrefix, StringComparison.Ordinal);

    public static GeoNamesImportResult Run(TextReader cities, TextReader? alternateNames, GeoNamesImportOptions options, Gazetteer known)
    {
        var kept = new Dictionary<long, GeoNamesCity>();
        int notPopulated = 0, otherCountry = 0, tooSmall = 0;
        foreach (var city in GeoNamesCitiesReader.Read(cities))
        {
            if (city.FeatureClass != "P")
            {
                notPopulated++;
            }
            else if (options.Countries is { } countries && !countries.Contains(city.Country))
            {
                otherCountry++;
            }
            else if (city.Population < options.MinPopulation)
            {
                tooSmall++;
            }
            else
            {
                kept[city.Id] = city;
            }
        }
        var names = new Dictionary<long, List<GeoNamesAlternateName>>();
        if (alternateNames is not null)
        {
            foreach (var name in GeoNamesAlternateNamesReader.Read(alternateNames, kept.ContainsKey, Languages))
            {
                if (!name.Historic && !name.Colloquial)
                {
                    (names.TryGetValue(name.GeonameId, out var list) ? list : names[name.GeonameId] = []).Add(name);
                }
            }
        }
        var knownPlaces = new KnownPlaces(known);
        var entries = new List<GazetteerEntry>();
        var skippedKnown = 0;
        foreach (var city in kept.Values)
        {
            var entry = Entry(city, names.GetValueOrDefault(city.Id) ?? []);
            if (knownPlaces.Has(entry))
            {
                skippedKnown++;
                continue;
            }
            entries.Add(entry);
        }
        return new GeoNamesImportResult(entries, entries.Count(e => e.NamesAr.Count > 0), notPopulated, otherCountry, tooSmall, skippedKnown);
    }

    private static GazetteerEntry Entry(GeoNamesCity city, List<GeoNamesAlternateName> alternates)
    {
        var english = Ordered(alternates, "en");
        var arabic = Ordered(alternates, "ar").Where(n => n.Any(TextNormalizer.IsArabicLetter)).ToList();
        var name = english.FirstOrDefault() ?? city.Name;
        var namesEn = new[] { name, city.Name, city.AsciiName }.Concat(english)
            .Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var namesAr = arabic.DistinctBy(n => TextNormalizer.Normalize(n)).ToList();
        var place = new Place(
            KeyPrefix + city.Id.ToString(CultureInfo.InvariantCulture),
            name,
            namesAr.FirstOrDefault() ?? "",
            PlaceKind.City,
            city.Country,
            Math.Round(city.Lat, 4),
            Math.Round(city.Lon, 4))
        {
            Population = city.Population > 0 ? city.Population : null,
        };
        return new GazetteerEntry(place, namesEn, namesAr, Ambiguous: false);
    }

    // Preferred names first, then the others in file order.
    private static IEnumerable<string> Ordered(List<GeoNamesAlternateName> names, string language) =>
        names.Where(n => n.Language == language).OrderByDescending(n => n.Preferred).Select(n => n.Name);

    /// <summary>The gazetteer's places by country and normalised name, to leave out a GeoNames row it already has.</summary>
    private sealed class KnownPlaces
    {
        private readonly Dictionary<(string, string), List<Place>> byName = [];

        public KnownPlaces(Gazetteer gazetteer)
        {
            foreach (var entry in gazetteer.Entries.Where(e => e.Place.Country is not null && !IsImported(e.Place)))
            {
                foreach (var name in entry.NamesEn.Concat(entry.NamesAr))
                {
                    var key = (entry.Place.Country!, Fold(name));
                    (byName.TryGetValue(key, out var list) ? list : byName[key] = []).Add(entry.Place);
                }
            }
        }

        public bool Has(GazetteerEntry entry) =>
            entry.NamesEn.Concat(entry.NamesAr)
                .SelectMany(n => byName.GetValueOrDefault((entry.Place.Country!, Fold(n))) ?? [])
                .Any(p => Kilometres(p, entry.Place) < SamePlaceKm);

        private static string Fold(string name) => ArabicPrefixes.WithoutArticle(TextNormalizer.Normalize(name.Trim()));

        private static double Kilometres(Place a, Place b)
        {
            const double radius = 6371;
            var dLat = (b.Lat - a.Lat) * Math.PI / 180;
            var dLon = (b.Lon - a.Lon) * Math.PI / 180;
            var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
                + (Math.Cos(a.Lat * Math.PI / 180) * Math.Cos(b.Lat * Math.PI / 180) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
            return 2 * radius * Math.Asin(Math.Sqrt(h));
        }
    }
}
