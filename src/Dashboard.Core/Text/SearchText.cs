namespace Dashboard.Core.Text;

/// <summary>
/// The forms free-text search indexes and asks for. Arabic glues conjunctions, prepositions and the article to
/// words ("والرقة"), so each Arabic word is indexed with its stems as well, and a query word is asked for without
/// its article: "الرقه" then finds "الرقة", "والرقة" and "بالرقة".
/// </summary>
public static class SearchText
{
    public static string IndexForm(string text)
    {
        var words = new List<string>();
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (token.Kind == TokenKind.Punctuation)
            {
                continue;
            }
            words.Add(Plain(token));
            if (token.IsArabic)
            {
                words.AddRange(ArabicPrefixes.Readings(token.Norm).Skip(1)
                    .Select(r => ArabicPrefixes.WithoutArticle(r.Stem))
                    .Where(stem => stem != token.Norm)
                    .Distinct());
            }
        }
        return string.Join(' ', words);
    }

    public static IReadOnlyList<string> QueryTerms(string query) =>
        Tokenizer.Tokenize(query)
            .Where(t => t.Kind != TokenKind.Punctuation)
            .Select(t => t.IsArabic ? ArabicPrefixes.WithoutArticle(t.Norm) : Plain(t))
            .ToList();

    private static string Plain(Token token) => token.IsNumber ? token.Norm.Replace(",", "", StringComparison.Ordinal) : token.Norm;
}
