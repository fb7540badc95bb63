namespace Dashboard.Core.Tests.Figures;

/// <summary>
/// Money as the Maghreb, East African, Sahel and South Asian press writes it: "ملايير", "دج", "شلن صومالي",
/// "أوقية", "فرنك إفريقي", ISO codes before or after the amount, "crore" and "lakh", and local symbols.
/// </summary>
public class RegionalMoneyTests
{
    [Theory]
    [InlineData("فيما يتضمن قانون المالية لسنة 2023 نفقات بقيمة 13786 مليار دج.", 13786e9, "DZD")]
    [InlineData("وبلغ عجز الميزانية 500 مليون دت حسب وزارة المالية.", 500e6, "TND")]
    [InlineData("رصدت الحكومة 4 ملايير دولار لتطوير الحقل.", 4e9, "USD")]
    [InlineData("ارتفع سعر كيس الذرة في أسواق بيدوا إلى نحو 25 ألف شلن صومالي.", 25e3, "SOS")]
    [InlineData("دفعت الحكومة مليار شلن كيني لصندوق الطوارئ.", 1e9, "KES")]
    [InlineData("تسلمت نواكشوط قرضا بقيمة 500 مليون أوقية موريتانية.", 500e6, "MRU")]
    [InlineData("وبلغت ميزانية النيجر 3 آلاف مليار فرنك إفريقي.", 3e12, "XOF")]
    [InlineData("Mali's budget is 2,800 billion CFA francs.", 2.8e12, "XOF")]
    [InlineData("Niger will receive 100 billion XOF from the regional bank.", 100e9, "XOF")]
    [InlineData("South Sudan printed SSP 50 billion last year.", 50e9, "SSP")]
    [InlineData("The World Bank approved KES 10 billion for drought relief.", 10e9, "KES")]
    [InlineData("Pakistan received PKR 500 billion from the fund.", 500e9, "PKR")]
    [InlineData("The project costs Rs 300 crore.", 3e9, "INR")]
    [InlineData("Kenya's budget is KSh 3.6 trillion.", 3.6e12, "KES")]
    [InlineData("Nigeria's budget is ₦27.5 trillion.", 27.5e12, "NGN")]
    [InlineData("Bangladesh approved a Tk 7.6 trillion budget.", 7.6e12, "BDT")]
    [InlineData("Ghana's debt rose to 600 billion cedis.", 600e9, "GHS")]
    [InlineData("The central bank sold 10 million afghanis at auction.", 10e6, "AFN")]
    public void Extract_RegionalCurrency_ReadsValueAndCode(string sentence, double value, string code)
    {
        var figure = FigureKit.WithValue(FigureKit.Extract(sentence), value);
        Assert.Equal(code, figure.Unit);
    }

    [Theory]
    [InlineData("وأنتج المنجم 300 ألف أوقية من الذهب.", 300e3, "ounces")]
    [InlineData("وتبلغ الطاقة الإنتاجية للأنبوب 8 ملايير متر مكعب.", 8e9, "cubic metres")]
    [InlineData("Nearly 5 lakh people were evacuated from the coast.", 5e5, "people")]
    [InlineData("أعلنت وزارة الفلاحة عن إنتاج 4,1 ملايين قنطار من الحبوب.", 4.1e6, "items")]
    public void Extract_RegionalScalesAndOunces_AreNotMoney(string sentence, double value, string unit)
    {
        Assert.DoesNotContain(FigureKit.Extract(sentence), f => f.Value != Math.Round(f.Value, 6));
        var figure = FigureKit.WithValue(FigureKit.Extract(sentence), value);
        Assert.Equal(unit, figure.Unit);
    }

    [Fact]
    public void Extract_FuelGrade_IsNoEndOfAPriceRange()
    {
        var figure = Assert.Single(FigureKit.Extract("وارتفعت أسعار بنزين 92 إلى 12.5 جنيه للتر.", "EG"));
        Assert.Equal(12.5, figure.Value);
        Assert.Equal("EGP", figure.Unit);
    }

    [Fact]
    public void Extract_Ouguiya_InAMauritanianStory_IsMoney()
    {
        var figures = FigureKit.Extract("أعلنت الحكومة الموريتانية في نواكشوط عن الميزانية.\nوتبلغ النفقات 120 مليار أوقية.");
        Assert.Equal("MRU", FigureKit.WithValue(figures, 120e9).Unit);
    }

    // An exchange rate: a bare number priced against the dollar, in the currency the sentence is about.
    [Theory]
    [InlineData("The Omani rial is pegged at 0.3845 to the U.S. dollar.", 0.3845, "OMR")]
    [InlineData("The ouguiya traded at about 39.8 to the dollar on Wednesday.", 39.8, "MRU")]
    [InlineData("The Egyptian pound weakened to 30.9 against the US dollar.", 30.9, "EGP")]
    [InlineData("وتراجع الجنيه المصري إلى 30.9 مقابل الدولار الأمريكي.", 30.9, "EGP")]
    public void Extract_ExchangeRate_IsInTheSubjectCurrency(string sentence, double value, string code)
    {
        var figure = FigureKit.WithValue(FigureKit.Extract(sentence), value);
        Assert.Equal(code, figure.Unit);
    }
}
