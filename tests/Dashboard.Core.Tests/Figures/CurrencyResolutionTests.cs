namespace Dashboard.Core.Tests.Figures;

public class CurrencyResolutionTests
{
    [Theory]
    [InlineData("بلغت الإيرادات 783 مليار ريال.", "SA", "SAR")]
    [InlineData("بلغت الإيرادات 783 مليار ريال.", "QA", "QAR")]
    [InlineData("سجلت الميزانية عجزا قدره 14 مليار دينار.", "KW", "KWD")]
    [InlineData("سجلت الميزانية عجزا قدره 14 مليار دينار.", "IQ", "IQD")]
    [InlineData("ارتفع سعر الكيلو إلى 15 جنيها.", "EG", "EGP")]
    [InlineData("ارتفع سعر الكيس إلى 90 ألف جنيه.", "SD", "SDG")]
    [InlineData("حدد السقف بـ150 مليون ليرة.", "LB", "LBP")]
    [InlineData("بلغ متوسط الإنفاق 436 درهماً.", "AE", "AED")]
    [InlineData("بلغ متوسط الإنفاق 436 درهماً.", "MA", "MAD")]
    [InlineData("The budget is 5 billion dinars.", "JO", "JOD")]
    [InlineData("The fine was 500 pounds.", null, "GBP")]
    [InlineData("بلغت الميزانية 5 ملايين دولار.", "SA", "USD")]
    public void Extract_BareCurrency_TakesTheMainCountry(string sentence, string? country, string code)
    {
        Assert.Equal(code, FigureKit.Single(sentence, country).Unit);
    }

    [Fact]
    public void Extract_BareCurrency_FollowsTheSameCurrencyNamedElsewhere()
    {
        var figures = FigureKit.Extract("حدد سقف الإنفاق بـ150 مليون ليرة لبنانية.\nويضاف إليها 5 آلاف ليرة عن كل ناخب.", "TR");
        Assert.All(figures, f => Assert.Equal("LBP", f.Unit));
    }

    [Fact]
    public void Extract_BareCurrency_WithoutMainCountry_ReadsTheCountryTheArticleNames()
    {
        var figures = FigureKit.Extract("أقر البرلمان العراقي الموازنة في بغداد.\nوتبلغ النفقات نحو 133 تريليون دينار.");
        Assert.Equal("IQD", Assert.Single(figures).Unit);
    }

    [Fact]
    public void Extract_ArabicPound_IsNotTheSyrianLira()
    {
        var figures = FigureKit.Extract("فر آلاف السوريين إلى مصر.\nوبلغ سعر الدولار 30.9 جنيه.");
        Assert.Equal("EGP", FigureKit.WithValue(figures, 30.9).Unit);
    }
}
