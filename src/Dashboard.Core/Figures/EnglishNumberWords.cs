namespace Dashboard.Core.Figures;

/// <summary>The English number words (lower case, as the tokenizer normalises them).</summary>
internal static class EnglishNumberWords
{
    private static readonly Dictionary<string, NumberWord> Words = Build();

    public static bool TryGet(string norm, out NumberWord word) => Words.TryGetValue(norm, out word);

    /// <summary>A scale written short after digits: "$5.8bn", "2m", "40k", "3.2 mln".</summary>
    public static double AbbreviatedScale(string norm, bool glued) => norm switch
    {
        "bn" or "bln" or "billion" => 1e9,
        "mn" or "mln" or "mio" => 1e6,
        "tn" or "trn" or "trillion" => 1e12,
        "m" when glued => 1e6,
        "b" when glued => 1e9,
        "k" when glued => 1e3,
        _ => 0,
    };

    private static Dictionary<string, NumberWord> Build()
    {
        var words = new Dictionary<string, NumberWord>(StringComparer.Ordinal);
        string[] units =
        [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        ];
        for (var k = 1; k < units.Length; k++)
        {
            words[units[k]] = new NumberWord(NumberWordKind.Unit, k);
        }
        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (var k = 0; k < tens.Length; k++)
        {
            words[tens[k]] = new NumberWord(NumberWordKind.Ten, (k + 2) * 10);
        }
        words["hundred"] = new NumberWord(NumberWordKind.Hundred, 100);
        words["thousand"] = new NumberWord(NumberWordKind.Scale, 1e3);
        words["million"] = new NumberWord(NumberWordKind.Scale, 1e6);
        words["billion"] = new NumberWord(NumberWordKind.Scale, 1e9);
        words["trillion"] = new NumberWord(NumberWordKind.Scale, 1e12);
        // South Asian scales: "Rs 300 crore", "5 lakh people".
        words["crore"] = new NumberWord(NumberWordKind.Scale, 1e7);
        words["crores"] = new NumberWord(NumberWordKind.Scale, 1e7);
        words["lakh"] = new NumberWord(NumberWordKind.Scale, 1e5);
        words["lakhs"] = new NumberWord(NumberWordKind.Scale, 1e5);
        words["dozen"] = new NumberWord(NumberWordKind.Dozen, 12);
        words["a"] = new NumberWord(NumberWordKind.Article, 1);
        words["an"] = new NumberWord(NumberWordKind.Article, 1);
        words["half"] = new NumberWord(NumberWordKind.Fraction, 0.5);
        words["quarter"] = new NumberWord(NumberWordKind.Fraction, 0.25);
        words["dozens"] = new NumberWord(NumberWordKind.Vague, 12);
        words["scores"] = new NumberWord(NumberWordKind.Vague, 20);
        words["tens"] = new NumberWord(NumberWordKind.Vague, 10);
        words["hundreds"] = new NumberWord(NumberWordKind.Vague, 100);
        words["thousands"] = new NumberWord(NumberWordKind.ScalePlural, 1e3);
        words["millions"] = new NumberWord(NumberWordKind.ScalePlural, 1e6);
        words["billions"] = new NumberWord(NumberWordKind.ScalePlural, 1e9);
        words["several"] = new NumberWord(NumberWordKind.Few, 3);
        words["few"] = new NumberWord(NumberWordKind.Few, 3);
        words["many"] = new NumberWord(NumberWordKind.Few, 3);
        return words;
    }
}
