using Dashboard.Core.Facts;
using Dashboard.Core.Sources;

namespace Dashboard.Core.Tests.Sources;

public class SourceCatalogueTests
{
    [Fact]
    public void BuiltIn_LoadedTwice_IsTheSameCatalogue()
    {
        Assert.Same(SourceCatalogue.BuiltIn, SourceCatalogue.BuiltIn);
        Assert.True(SourceCatalogue.BuiltIn.Entries.Count > 800);
    }

    [Fact]
    public void BuiltIn_EveryKind_IsPresent()
    {
        var kinds = SourceCatalogue.BuiltIn.Entries.Select(e => e.Kind).ToHashSet();
        Assert.Equal(Enum.GetValues<SourceKind>().ToHashSet(), kinds);
    }

    [Theory]
    [InlineData("AP", "Associated Press")]
    [InlineData("أسوشيتد برس", "Associated Press")]
    [InlineData("أ ف ب", "Agence France-Presse")]
    [InlineData("أ.ف.ب", "Agence France-Presse")]
    [InlineData("رويترز", "Reuters")]
    [InlineData("واس", "Saudi Press Agency")]
    [InlineData("المرصد السوري لحقوق الإنسان", "Syrian Observatory for Human Rights")]
    [InlineData("المرصد السوري لحقوق الانسان", "Syrian Observatory for Human Rights")]
    [InlineData("جامعة الدول العربية", "Arab League")]
    [InlineData("Bank of England", "Bank of England")]
    [InlineData("آشتون كارتر", "Ash Carter")]
    [InlineData("Ashton Carter", "Ash Carter")]
    [InlineData("U.N. refugee agency", "UNHCR")]
    [InlineData("الخارجية المصرية", "Egyptian Foreign Ministry")]
    public void Find_KnownName_GivesItsEntry(string name, string expected)
    {
        Assert.Equal(expected, SourceCatalogue.BuiltIn.Find(name)?.Name);
    }

    [Theory]
    [InlineData("ap")]
    [InlineData("Ap")]
    [InlineData("petra")]
    [InlineData("مرصد")]
    [InlineData("كارتر آشتون")]
    public void Find_WrongCaseOrOrder_GivesNothing(string name)
    {
        Assert.Null(SourceCatalogue.BuiltIn.Find(name));
    }
}
