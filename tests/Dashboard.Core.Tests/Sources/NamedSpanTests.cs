namespace Dashboard.Core.Tests.Sources;

public class NamedSpanTests
{
    [Theory]
    [InlineData("وقال الأمين العام لجامعة الدول العربية في القاهرة إن القمة ستعقد.", "جامعة الدول العربية")]
    [InlineData("رفع البنك المركزي المصري أسعار الفائدة.", "البنك المركزي المصري")]
    [InlineData("وأفاد المرصد السوري لحقوق الإنسان بمقتل 12 شخصا.", "المرصد السوري لحقوق الإنسان")]
    [InlineData("The Bank of England raised rates.", "Bank of England")]
    [InlineData("Islamic State fighters withdrew from the town.", "Islamic State")]
    public void NamedSpans_OrganisationNamedAnywhere_CoversItsName(string text, string name)
    {
        Assert.Contains(SourceTestText.NamedSpans(text), s => text[s.Start..s.End] == name);
    }

    [Fact]
    public void NamedSpans_RegionThatIsAlsoAPaper_IsNotCoveredOutsideASourceContext()
    {
        const string text = "تشهد منطقة الشرق الأوسط توترا متصاعدا.";
        Assert.DoesNotContain(SourceTestText.NamedSpans(text), s => text[s.Start..s.End].Contains("الشرق", StringComparison.Ordinal));
    }
}
