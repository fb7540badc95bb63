using Dashboard.Core.Facts;

namespace Dashboard.Core.Tests.Figures;

public class ArabicFigureTests
{
    [Theory]
    [InlineData("وبلغت كلفة البرنامج 5.8 مليارات دولار حتى الآن.", 5.8e9, "USD", null, false, "money")]
    [InlineData("ويكلف التشغيل 11.4 مليون دولار يوميا.", 11.4e6, "USD", "day", false, "money")]
    [InlineData("تعهد المانحون بتقديم ٣٫٥ مليار يورو.", 3.5e9, "EUR", null, false, "money")]
    [InlineData("بلغ العجز نحو 36 مليار ريال سعودي.", 36e9, "SAR", null, true, "money")]
    [InlineData("سجلت الصادرات 300 مليون دينار كويتي.", 300e6, "KWD", null, false, "money")]
    [InlineData("باعت الشركة حصتها مقابل 20 مليون جنيه إسترليني.", 20e6, "GBP", null, false, "money")]
    [InlineData("قدمت أنقرة مساعدات بقيمة 50 مليون ليرة تركية.", 50e6, "TRY", null, false, "money")]
    [InlineData("يصرف البرنامج 1000 ريال شهرياً لكل أسرة سعودية.", 1000, "SAR", "month", false, "money")]
    [InlineData("قدرت الخسائر بما يزيد على ٤٠٠ مليون دولار.", 400e6, "USD", null, true, "money")]
    [InlineData("وصلت الإيرادات إلى 6 مليارات و120 مليون دولار.", 6.12e9, "USD", null, false, "money")]
    [InlineData("تبلغ الموازنة تريليون ونصف التريليون دينار عراقي.", 1.5e12, "IQD", null, false, "money")]
    [InlineData("رصدت الحكومة ملياري دولار لإعادة الإعمار.", 2e9, "USD", null, false, "money")]
    [InlineData("قدرت خطة الحكومة الفجوة بنحو 241 ألف مليار ليرة لبنانية.", 241e12, "LBP", null, true, "money")]
    [InlineData("ارتفع سعر البرميل إلى 84.9 دولار.", 84.9, "USD", null, false, "money")]
    public void Extract_ArabicMoney_ReadsValueCurrencyAndRate(string sentence, double value, string unit, string? per, bool approx, string category)
    {
        FigureKit.Check(FigureKit.Single(sentence), value, unit, per, approx, category);
    }

    [Theory]
    [InlineData("قتل نحو 1500 مسلح في الغارات.", 1500, "people", null, true, "casualties")]
    [InlineData("لقي 7 أشخاص حتفهم في الحادث.", 7, "people", null, false, "casualties")]
    [InlineData("وأسفرت المواجهات عن جرح 6 أشخاص.", 6, "people", null, false, "casualties")]
    [InlineData("أعلن الجيش تحييد 40 إرهابيا.", 40, "people", null, false, "casualties")]
    [InlineData("استقبل المستشفى 454 مصاباً منذ الصباح.", 454, "people", null, false, "casualties")]
    [InlineData("تراجعت الحصيلة إلى 32 قتيلا.", 32, "people", null, false, "casualties")]
    [InlineData("نزح نحو خمسة آلاف شخص عن منازلهم.", 5000, "people", null, true, "displaced")]
    [InlineData("يعيش أكثر من 150 ألف لاجئ في المخيم.", 150e3, "refugees", null, true, "displaced")]
    [InlineData("مما أدى إلى نزوح عشرات الآلاف.", 1e4, "people", null, true, "displaced")]
    [InlineData("تنشر واشنطن قرابة ألفي جندي في المنطقة.", 2000, "troops", null, true, "military")]
    [InlineData("يشارك في العملية نحو عشرة آلاف مقاتل.", 1e4, "fighters", null, true, "military")]
    [InlineData("شاركت 72 طائرة في الضربات.", 72, "aircraft", null, false, "military")]
    [InlineData("نفذ التحالف 12 غارة جوية على المدينة.", 12, "airstrikes", null, false, "military")]
    [InlineData("يضم التحالف 66 دولة.", 66, "countries", null, false, "countries")]
    [InlineData("اجتمع وزراء دفاع أكثر من 24 دولة حليفة.", 24, "countries", null, true, "countries")]
    public void Extract_ArabicCounts_ReadsUnitAndCategory(string sentence, double value, string unit, string? per, bool approx, string category)
    {
        FigureKit.Check(FigureKit.Single(sentence), value, unit, per, approx, category);
    }

    [Theory]
    [InlineData("بلغت نسبة الاقتراع 49,2 في المئة.", 49.2)]
    [InlineData("ارتفع التضخم إلى 14٫1٪ في المدن.", 14.1)]
    [InlineData("وتمثل الحصة 12.67 بالمئة من الموازنة.", 12.67)]
    [InlineData("تراجع المؤشر بنسبة ٣٢٪.", 32)]
    [InlineData("وارتفعت الأسعار 6 في المائة.", 6)]
    [InlineData("زادت المبيعات بنسبة %15 خلال الربع.", 15)]
    [InlineData("رفع البنك الفائدة نقطتين ونصف، أي 2.5 نقطة مئوية.", 2.5)]
    public void Extract_ArabicPercent_IsPercent(string sentence, double value)
    {
        FigureKit.Check(FigureKit.Single(sentence), value, "percent", null, false, "percent");
    }

    [Theory]
    [InlineData("خصصت الوزارة ثلاثة آلاف وخمسمئة منحة.", 3500)]
    [InlineData("شارك خمسة وعشرون وزيرا في الاجتماع.", 25)]
    [InlineData("نشر الجيش ثلاثمئة جندي على الحدود.", 300)]
    [InlineData("سيبنى ثلاث مئة منزل في البلدة.", 300)]
    [InlineData("وصل مئتا حاج إلى المطار.", 200)]
    [InlineData("انضم أحد عشر لاعبا إلى المنتخب.", 11)]
    [InlineData("أطلق سراح اثني عشر معتقلا.", 12)]
    [InlineData("يعمل في المصنع ألفا عامل.", 2000)]
    [InlineData("بلغ عدد الناخبين 3 ملايين و746 ألف ناخب.", 3746000)]
    [InlineData("صوت منهم قرابة مليون و840 ألف ناخب.", 1840000)]
    [InlineData("سجل 82 ألفاً و900 ناخب أسماءهم.", 82900)]
    [InlineData("صدرت 112 مليوناً و840 ألف برميل.", 112840000)]
    [InlineData("يبلغ عدد السكان نصف مليون نسمة.", 500000)]
    [InlineData("أفرج عن ١٬٥٠٠ معتقل.", 1500)]
    [InlineData("بلغ عدد السكان 1 500 000 نسمة.", 1500000)]
    [InlineData("كان على متن الطائرة 158راكباً.", 158)]
    [InlineData("استقبل المخيم ١٢٣٤ نازحاً.", 1234)]
    [InlineData("نقلت السفينة ۴۵ حاوية.", 45)]
    public void Extract_ArabicNumberForms_ReadsTheValue(string sentence, double value)
    {
        Assert.True(FigureKit.Close(FigureKit.Single(sentence).Value, value));
    }

    [Theory]
    [InlineData("عشرات القتلى سقطوا في القصف.", 10)]
    [InlineData("فر مئات الآلاف من النازحين نحو الحدود.", 100000)]
    [InlineData("يواجه ملايين الأشخاص خطر المجاعة.", 1000000)]
    [InlineData("يحتجز التنظيم عشرات الرهائن.", 10)]
    [InlineData("تظاهر الآلاف في الساحة.", 1000)]
    [InlineData("وصل بضعة آلاف من المهاجرين.", 1000)]
    public void Extract_ArabicVagueAmounts_TakeBaseValueAndApprox(string sentence, double value)
    {
        var figure = FigureKit.Single(sentence);
        Assert.True(FigureKit.Close(figure.Value, value), FigureKit.Describe([figure]));
        Assert.True(figure.Approx);
        Assert.Equal(FigureBound.AtLeast, figure.Bound);
    }

    [Theory]
    [InlineData("نحو 1500 مسلح", "About")]
    [InlineData("حوالي 300 شخص", "About")]
    [InlineData("زهاء 40 قرية", "About")]
    [InlineData("ما يقارب 800 ألف مدني", "About")]
    [InlineData("أكثر من 24 دولة", "AtLeast")]
    [InlineData("ما لا يقل عن 12 جنديا", "AtLeast")]
    [InlineData("تتجاوز 6 مليارات دولار", "AtLeast")]
    [InlineData("أقل من 10 سفن", "AtMost")]
    [InlineData("ما يصل إلى 20 مليار دينار", "AtMost")]
    [InlineData("5 مواقع على الأقل", "AtLeast")]
    public void Extract_ArabicHedges_SetApproxAndBound(string phrase, string bound)
    {
        var figure = FigureKit.Single("قال المسؤول إن " + phrase + " في الحصيلة.");
        Assert.True(figure.Approx);
        Assert.Equal(bound, figure.Bound.ToString());
        Assert.Equal(phrase, figure.Text);
    }

    [Fact]
    public void Extract_RangeInArabic_GivesOneFigurePerEnd()
    {
        var figures = FigureKit.Extract("رفعت الحكومة أسعار الوقود بنسب تتراوح بين 30 و47 في المئة.");
        Assert.Equal(2, figures.Count);
        FigureKit.Check(figures[0], 30, "percent", null, false, "percent");
        FigureKit.Check(figures[1], 47, "percent", null, false, "percent");
        Assert.Equal("بين 30", figures[0].Text);
    }

    [Fact]
    public void Extract_RangeWithRate_GivesTheRateToBothEnds()
    {
        var figures = FigureKit.Extract("تنمو التجارة العالمية بنسبة ٣ إلى ٤٪ سنويا.");
        Assert.Equal(2, figures.Count);
        Assert.All(figures, f => Assert.Equal("year", f.Per?.Code()));
        Assert.Equal([3.0, 4.0], figures.Select(f => f.Value));
    }

    [Fact]
    public void Extract_RangeWithScaleOnSecondEnd_ScalesBothEnds()
    {
        var figures = FigureKit.Extract("تراوحت الخسائر بين 200 و300 مليون دولار.");
        Assert.Equal([200e6, 300e6], figures.Select(f => f.Value));
        Assert.All(figures, f => Assert.Equal("USD", f.Unit));
    }

    [Fact]
    public void Extract_OutOfConstruction_GivesBothCounts()
    {
        var figures = FigureKit.Extract("خسرت اللائحة 3 من أصل 11 مقعداً.");
        Assert.Equal([3.0, 11.0], figures.Select(f => f.Value));
        Assert.All(figures, f => Assert.Equal("seats", f.Unit));
    }

    [Fact]
    public void Extract_ListContinuingARate_InheritsUnitAndRate()
    {
        var figures = FigureKit.Extract("يخفض العراق إنتاجه 211 ألف برميل يومياً، والإمارات 144 ألفاً، والكويت 128 ألفاً.");
        Assert.Equal([211e3, 144e3, 128e3], figures.Select(f => f.Value));
        Assert.All(figures, f => Assert.Equal("barrels", f.Unit));
        Assert.All(figures, f => Assert.Equal("day", f.Per?.Code()));
    }

    [Fact]
    public void Extract_CoordinatedBareWordNumber_InheritsTheUnit()
    {
        var figures = FigureKit.Extract("سقطت سبع قذائف على البلدة، وأربعا على القرية المجاورة.");
        Assert.Equal([7.0, 4.0], figures.Select(f => f.Value));
        Assert.All(figures, f => Assert.Equal("shells", f.Unit));
    }

    [Fact]
    public void Extract_OthersAfterACasualtyCount_CountsPeopleWounded()
    {
        var figures = FigureKit.Extract("أدى الانفجار إلى مقتل شخص واحد وإصابة 32 آخرين.");
        FigureKit.Check(FigureKit.WithValue(figures, 1), 1, "people", null, false, "casualties");
        FigureKit.Check(FigureKit.WithValue(figures, 32), 32, "people", null, false, "casualties");
        Assert.Equal("شخص واحد", FigureKit.WithValue(figures, 1).Text);
        Assert.Contains("wounded", FigureKit.WithValue(figures, 32).Counted, StringComparison.Ordinal);
        Assert.Contains("killed", FigureKit.WithValue(figures, 1).Counted, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_IndefiniteDual_CountsTwo()
    {
        var figure = FigureKit.Single("أقر البيان بمقتل جنديين تركيين في الاشتباكات.");
        FigureKit.Check(figure, 2, "people", null, false, "casualties");
        Assert.Equal("جنديين", figure.Text);
    }

    [Theory]
    [InlineData("اجتمع ممثلو الدول الخمس دائمة العضوية.", 5, "countries")]
    [InlineData("وقعت الفصائل الثلاث على الاتفاق.", 3, "factions")]
    public void Extract_DefiniteNumberWordAfterDefinitePlural_CountsIt(string sentence, double value, string unit)
    {
        var figure = FigureKit.Single(sentence);
        Assert.Equal(value, figure.Value);
        Assert.Equal(unit, figure.Unit);
    }

    [Theory]
    [InlineData("مرت السنوات الخمس الماضية بسرعة.")]
    [InlineData("انعقدت قمة مجموعة العشرين في الرياض.")]
    public void Extract_DefiniteNumberWordAfterTimeOrName_IsNotAFigure(string sentence)
    {
        Assert.Empty(FigureKit.Extract(sentence));
    }

    [Fact]
    public void Extract_DefiniteNumberAfterPluralNoun_CountsThatNoun()
    {
        var figure = FigureKit.Single("تنافس المرشحون على المقاعد الـ128 في البرلمان.");
        Assert.Equal(128, figure.Value);
        Assert.Equal("seats", figure.Unit);
    }

    [Fact]
    public void Extract_PartitiveWithPronoun_FindsTheNoun()
    {
        var figure = FigureKit.Single("أرسلت الهيئة 1,200 من عناصرها إلى المنطقة.");
        Assert.Equal(1200, figure.Value);
        Assert.Equal("1,200 من عناصرها", figure.Text);
    }

    [Fact]
    public void Extract_DailyAverageBeforeTheNumber_IsARate()
    {
        var figure = FigureKit.Single("بلغت الصادرات بمعدل يومي بلغ 3.64 ملايين برميل.");
        Assert.Equal("day", figure.Per?.Code());
        Assert.Equal(3.64e6, figure.Value, 3);
    }

    [Fact]
    public void Extract_Span_IsTheExactOriginalSubstring()
    {
        const string text = "وحتى الآن كلفت الحملة 5.8 مليارات دولار، أي 11.4 مليون دولار يوميا.";
        var figures = FigureKit.Extract(text);
        Assert.Equal(["5.8 مليارات دولار", "11.4 مليون دولار يوميا"], figures.Select(f => f.Text));
        Assert.All(figures, f => Assert.Equal(f.Text, text[f.Start..f.End]));
    }

    [Fact]
    public void Extract_GluedParticleAndHedge_AreInTheText()
    {
        var figures = FigureKit.Extract("تراجع الجنيه بنحو ٣٢٪، وقدرت الإيرادات بـ256 مليار ريال.", "SA");
        Assert.Equal(["بنحو ٣٢٪", "بـ256 مليار ريال"], figures.Select(f => f.Text));
    }

    [Fact]
    public void Extract_SentenceIndex_IsTheFiguresSentence()
    {
        var figures = FigureKit.Extract("قتل 3 أشخاص.\nوأصيب 12 شخصا في حادث آخر.");
        Assert.Equal([0, 1], figures.Select(f => f.Sentence));
    }
}
