using Dashboard.Core.Places.GeoNames;
using Dashboard.Core.Text;

namespace Dashboard.Core.Places;

/// <summary>
/// Decides which matched names are places and which place each one is. A plain name counts; an ambiguous one
/// needs context (<see cref="ContextNeed"/>): a cue word before it, a list of places around it, its country named
/// elsewhere in the article, or once accepted, the same name elsewhere. A name shared by several places
/// (طرابلس in Libya and Lebanon) goes to the country the article's other places vote for, else the larger place.
/// </summary>
internal static class Disambiguation
{
    public static void Resolve(AnalyzedText text, List<PlaceCandidate> candidates, PlaceIndex index, NotPlaceNames notPlaces)
    {
        Classify(text, candidates, notPlaces);
        AcceptInContext(text, candidates);
        var votes = CountryVotes(candidates);
        var sentenceVotes = SentenceVotes(text, candidates);
        foreach (var c in candidates.Where(c => c.Accepted))
        {
            var sentence = text.SentenceOf(c.NameFirst);
            var kind = PlaceContext.CueKind(text, c);
            c.Chosen = c.Entries
                .OrderByDescending(e => e.Place.Kind == kind)
                .ThenByDescending(e => SentenceVotes(sentenceVotes, sentence, e))
                .ThenByDescending(e => Votes(votes, e))
                .ThenByDescending(e => e.Place.Population ?? 0)
                .First();
        }
        ResolveBareDirections(candidates, index, votes);
    }

    /// <summary>How much context each name needs, whether the words around it rule it out, and the plain names accepted.</summary>
    private static void Classify(AnalyzedText text, List<PlaceCandidate> candidates, NotPlaceNames notPlaces)
    {
        var inName = new bool[text.Tokens.Length];
        foreach (var c in candidates)
        {
            Array.Fill(inName, true, c.First, c.Last - c.First + 1);
        }
        foreach (var c in candidates.Where(c => c.BareDirection is null))
        {
            c.Need = c.Direction is null ? NeedOf(c) : ContextNeed.None;
            c.Vetoed = notPlaces.IsInsideOrganisation(text, c.NameFirst, c.NameLast, c.PrefixLength)
                || PlaceVetoes.IsQuotedTitle(text, c) || PlaceVetoes.FollowsNameParticle(text, c) || PlaceVetoes.IsAttributive(text, c)
                || (c.Direction is null && PlaceVetoes.LooksLikeAdjective(text, c)) || PlaceVetoes.TakesAnAdjective(text, c)
                || (c.Need == ContextNeed.Weak && !c.Arabic && PlaceVetoes.LooksLikePersonName(text, c, inName));
            c.Accepted = !c.Vetoed && c.Need == ContextNeed.None;
        }
    }

    /// <summary>Ambiguous names accepted by a cue, their country's votes, a list of places, or the same name accepted elsewhere.</summary>
    private static void AcceptInContext(AnalyzedText text, List<PlaceCandidate> candidates)
    {
        var votes = CountryVotes(candidates);
        foreach (var c in candidates.Where(c => !c.Accepted && !c.Vetoed && c.BareDirection is null))
        {
            var countryNamed = c.Entries.Any(e => Votes(votes, e) > 0);
            c.Accepted = PlaceContext.HasCue(text, c, countryNamed)
                || (c.Need == ContextNeed.Weak && !OpensEnglishSentence(text, c) && (countryNamed || PlaceContext.CapitalisedMidSentence(text, c)));
        }
        AcceptLists(text, candidates);
        // One sense per article: an ambiguous name once accepted as a place is that place wherever it recurs; an
        // everyday word ("المرج" the meadow) still needs a preposition or a place noun.
        var acceptedEntries = candidates.Where(c => c.Accepted).SelectMany(c => c.Entries).ToHashSet();
        foreach (var c in candidates.Where(c => !c.Accepted && !c.Vetoed && c.Need is ContextNeed.Weak or ContextNeed.Common))
        {
            c.Accepted = c.Entries.Any(acceptedEntries.Contains) && (c.Need == ContextNeed.Weak || PlaceContext.HasWeakCue(text, c));
        }
    }

    // "Nice weather", "Reading is": an English word opening its sentence is capitalised anyway; it needs a cue or a list.
    private static bool OpensEnglishSentence(AnalyzedText text, PlaceCandidate c) => !c.Arabic && PlaceContext.IsSentenceStart(text, c.First);

    private static ContextNeed NeedOf(PlaceCandidate c)
    {
        var need = ContextNeed.Common;
        foreach (var hit in c.Hits)
        {
            var hitNeed = NeedOf(c, hit);
            if (hitNeed < need)
            {
                need = hitNeed;
            }
        }
        return need;
    }

    private static ContextNeed NeedOf(PlaceCandidate c, NameHit hit)
    {
        var key = hit.Key;
        if (GeoNamesImport.IsImported(hit.Entry.Place) && key.Words.Length == 1)
        {
            return hit.Entry.Place.Population >= GeoNamesImport.LargePlacePopulation ? ContextNeed.Weak : ContextNeed.Common;
        }
        if (key.Arabic && ArabicWords.IsCommonWord(string.Join(' ', key.Words)))
        {
            return ContextNeed.Common;
        }
        if (key.Arabic && key.Words.Length == 1 && !c.TextHasArticle && key.Words[0].EndsWith("يه", StringComparison.Ordinal))
        {
            return ContextNeed.Nisba;
        }
        if (key.Arabic && key.HasArticle && !c.TextHasArticle)
        {
            return ContextNeed.Cue;
        }
        return hit.Ambiguous || hit.Fuzzy ? ContextNeed.Weak : ContextNeed.None;
    }

    /// <summary>Every plainly named place votes for its country.</summary>
    private static Dictionary<string, int> CountryVotes(List<PlaceCandidate> candidates)
    {
        var votes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in candidates.Where(c => c.Accepted && c.Entries.Count > 0))
        {
            var countries = c.Entries.Select(e => e.Place.Country).Distinct().ToList();
            if (countries is [{ } country])
            {
                votes[country] = votes.GetValueOrDefault(country) + 1;
            }
        }
        return votes;
    }

    /// <summary>Votes of the places named in each sentence: "الملك عبد الله في عمان" is Amman when the sentence names Jordan.</summary>
    private static Dictionary<(int, string), int> SentenceVotes(AnalyzedText text, List<PlaceCandidate> candidates)
    {
        var votes = new Dictionary<(int, string), int>();
        foreach (var c in candidates.Where(c => c.Accepted && c.Entries.Count > 0))
        {
            var countries = c.Entries.Select(e => e.Place.Country).Distinct().ToList();
            if (countries is [{ } country])
            {
                var key = (text.SentenceOf(c.NameFirst), country);
                votes[key] = votes.GetValueOrDefault(key) + 1;
            }
        }
        return votes;
    }

    private static int SentenceVotes(Dictionary<(int, string), int> votes, int sentence, GazetteerEntry entry) =>
        entry.Place.Country is { } country ? votes.GetValueOrDefault((sentence, country)) : 0;

    private static int Votes(Dictionary<string, int> votes, GazetteerEntry entry) =>
        entry.Place.Country is { } country ? votes.GetValueOrDefault(country) : 0;

    /// <summary>Names in a row with places ("مصر والأردن والكويت", "Syria, Jordan and Lebanon") are places too.</summary>
    private static void AcceptLists(AnalyzedText text, List<PlaceCandidate> candidates)
    {
        var named = candidates.Where(c => c.BareDirection is null).ToList();
        for (var k = 1; k < named.Count; k++)
        {
            Join(text, named[k - 1], named[k], named[k - 1], named[k]);
        }
        for (var k = named.Count - 1; k > 0; k--)
        {
            Join(text, named[k - 1], named[k], named[k], named[k - 1]);
        }
    }

    private static void Join(AnalyzedText text, PlaceCandidate left, PlaceCandidate right, PlaceCandidate from, PlaceCandidate to)
    {
        // A spelling only guessed from its skeleton needs more than a list around it.
        if (from.Accepted && !to.Accepted && !to.Vetoed && !to.Hits.All(h => h.Fuzzy) && PlaceContext.InARow(text, left, right, to))
        {
            to.Accepted = true;
        }
    }

    // "الشمال" in an article about Lebanon is North Lebanon: the country most named, when the gazetteer has its part.
    private static void ResolveBareDirections(List<PlaceCandidate> candidates, PlaceIndex index, Dictionary<string, int> votes)
    {
        var ranked = votes.OrderByDescending(v => v.Value).Take(2).ToList();
        var main = ranked.Count > 0 && ranked[0].Value >= 2 && (ranked.Count == 1 || ranked[1].Value < ranked[0].Value) ? ranked[0].Key : null;
        foreach (var c in candidates.Where(c => c.BareDirection is not null))
        {
            c.Chosen = main is null ? null : index.CountryPart(main, c.BareDirection!.Value);
            c.Accepted = c.Chosen is not null;
        }
    }
}
