using Dashboard.Core.Sources;
using Dashboard.Core.Text;

namespace Dashboard.Core.Tests.Sources;

public class NameTrieTests
{
    private static NameTrie<string> Trie()
    {
        var trie = new NameTrie<string>();
        trie.Add(NameKeys.Words("المرصد السوري لحقوق الإنسان"), "SOHR");
        trie.Add(NameKeys.Words("المرصد السوري"), "short");
        trie.Add(NameKeys.Words("واشنطن بوست"), "Washington Post");
        trie.Add(NameKeys.Words("بي بي سي"), "BBC");
        trie.Add(NameKeys.Words("أ ف ب"), "AFP");
        trie.Add(NameKeys.Words("الأمم المتحدة"), "UN");
        trie.Add(NameKeys.Words("U.N."), "UN");
        trie.Add(NameKeys.Words("U.N. refugee agency"), "UNHCR");
        return trie;
    }

    [Theory]
    [InlineData("قال المرصد السوري لحقوق الإنسان", 1, "SOHR", "المرصد السوري لحقوق الإنسان")]
    [InlineData("والمرصد السوري أفاد", 0, "short", "المرصد السوري")]
    [InlineData("ذكرت صحيفة واشنطن بوست", 2, "Washington Post", "واشنطن بوست")]
    [InlineData("وقال لبي بي سي", 1, "BBC", "بي بي سي")]
    [InlineData("(أ.ف.ب)", 1, "AFP", "أ.ف.ب")]
    [InlineData("وفقا للأمم المتحدة", 1, "UN", "أمم المتحدة")]
    [InlineData("The U.N. refugee agency said", 1, "UNHCR", "U.N. refugee agency")]
    public void Match_NameWithClitics_GivesLongestNameAndItsSpan(string text, int first, string value, string written)
    {
        var analyzed = new AnalyzedText(text);
        var match = Trie().Match(analyzed, first, analyzed.Tokens.Length - 1);
        Assert.NotNull(match);
        Assert.Equal(value, match.Value.Value);
        Assert.Equal(written, text[match.Value.Start..match.Value.End]);
    }

    [Fact]
    public void Match_NameThatStartsLikeAClitic_MatchesWhole()
    {
        // "واشنطن" starts with و but is not و + "اشنطن".
        var analyzed = new AnalyzedText("واشنطن بوست");
        var match = Trie().Match(analyzed, 0, 1);
        Assert.Equal("Washington Post", match?.Value);
        Assert.Equal(0, match?.Start);
    }

    [Fact]
    public void Add_DuplicateKeys_FirstWins()
    {
        var trie = new NameTrie<string>();
        trie.Add(NameKeys.Words("مسؤول"), "official");
        trie.Add(NameKeys.Words("المسؤول"), "the official");
        var analyzed = new AnalyzedText("المسؤول");
        Assert.Equal("official", trie.Match(analyzed, 0, 0)?.Value);
    }
}
