namespace Dashboard.Core.Tests.Figures;

/// <summary>
/// Counts written through the noun rather than a number: duals of any counted noun, a definite number word after a
/// definite plural the lexicon may not know, partitives over kin nouns with a pronoun, compound nouns ("حالة وفاة"),
/// and counts of times and multiples.
/// </summary>
public class NounFormFigureTests
{
    [Theory]
    [InlineData("حذرت الأمم المتحدة من أن المجاعة ستضرب منطقتين على الأقل في جنوب الصومال.", 2, "areas")]
    [InlineData("وروت أنها لم تعد تملك سوى بطانيتين وخيمة.", 2, "blankets")]
    [InlineData("فقدت زوجتي وابنين في الزلزال.", 2, "people")]
    [InlineData("ووقعت الشركتان اتفاقيتين للتعاون في مجال الطاقة.", 2, "agreements")]
    [InlineData("وأرسلت الوزارة شحنتين من الأدوية إلى غزة.", 2, "shipments")]
    public void Extract_Dual_CountsTwo(string sentence, double value, string unit)
    {
        var figure = FigureKit.WithValue(FigureKit.Extract(sentence), value);
        Assert.Equal(unit, figure.Unit);
    }

    [Theory]
    [InlineData("فيما تستحوذ هذه القطاعات الثلاثة على نحو 54 في المئة من إجمالي الإنفاق.", 3, "القطاعات")]
    [InlineData("وستستضيف الملاعب الثمانية مباريات البطولة.", 8, "الملاعب")]
    [InlineData("وقال إن الأندية الأربعة التي يملكها الصندوق استحوذت على الإنفاق.", 4, "الأندية")]
    [InlineData("واتفقت الفصائل الخمس على وقف إطلاق النار.", 5, null)]
    public void Extract_DefiniteNumberAfterDefinitePlural_CountsIt(string sentence, double value, string? counted)
    {
        var figure = FigureKit.WithValue(FigureKit.Extract(sentence), value);
        if (counted is not null)
        {
            Assert.Equal(counted, figure.Counted);
        }
    }

    [Theory]
    [InlineData("وأمضى السنوات الخمس الأخيرة في السجن.")]
    [InlineData("وتواصلت الاشتباكات طوال الأيام الثلاثة الماضية.")]
    [InlineData("وقال إن الأمر حسم مرة واحدة وإلى الأبد.")]
    public void Extract_DefiniteSpanOfTime_IsNotACount(string sentence)
    {
        var figures = FigureKit.Extract(sentence);
        Assert.True(figures.Count == 0, $"«{sentence}» gave {FigureKit.Describe(figures)}");
    }

    [Theory]
    [InlineData("وروت الحاجة فاطمة أنها فقدت ثلاثة من أحفادها تحت الأنقاض.", 3)]
    [InlineData("وأصيب اثنان من أبنائه في القصف.", 2)]
    [InlineData("وقتل أربعة من أشقائه في الغارة.", 4)]
    [InlineData("أدت الغارة إلى مقتل ثلاثة عناصر وإصابة اثنين آخرين.", 2)]
    [InlineData("فتحت النيابة تحقيقات مع 1850 مشتبها بهم.", 1850)]
    public void Extract_PeopleNamedByKinOrRole_ArePeople(string sentence, double value)
    {
        var figure = FigureKit.WithValue(FigureKit.Extract(sentence), value);
        Assert.Contains(figure.Unit, new[] { "people", "suspects" });
    }

    // "من منازلهم" after a count is "from their homes"; "من طائراتها" is still "of its aircraft".
    [Theory]
    [InlineData("ونزح الآلاف من منازلهم في المدينة.", 1000, "people")]
    [InlineData("وخسر الجيش ثلاثا من طائراته في المعركة.", 3, "aircraft")]
    public void Extract_PartitiveWithAPronoun_OnlyOverPeopleAndWeapons(string sentence, double value, string unit)
    {
        Assert.Equal(unit, FigureKit.WithValue(FigureKit.Extract(sentence), value).Unit);
    }

    [Theory]
    [InlineData("وأعلن تسجيل 127 حالة وفاة جديدة بفيروس كورونا.", 127, "deaths", "casualties")]
    [InlineData("وسجلت الوزارة 1411 حالة إصابة جديدة.", 1411, "cases", "other")]
    public void Extract_CompoundCaseNoun_ReadsWhatTheCasesAre(string sentence, double value, string unit, string category)
    {
        var figure = FigureKit.WithValue(FigureKit.Extract(sentence), value);
        Assert.Equal(unit, figure.Unit);
        Assert.Equal(category, figure.Category.ToString().ToLowerInvariant());
    }

    [Theory]
    [InlineData("وكانت مصر قد خفضت قيمة عملتها ثلاث مرات منذ مارس 2022.", 3)]
    [InlineData("سيحصل اللاعب على راتب يزيد أكثر من أربعة أضعاف ما كان يتقاضاه.", 4)]
    [InlineData("وارتفع عدد الزوار 15 مرة خلال العقد الماضي.", 15)]
    [InlineData("وزار الوزير المخيم مرتين هذا العام.", 2)]
    [InlineData("The currency has been devalued three times since 2022.", 3)]
    [InlineData("Prices rose 10-fold in a decade.", 10)]
    public void Extract_TimesAndMultiples_AreCounts(string sentence, double value)
    {
        var figure = FigureKit.WithValue(FigureKit.Extract(sentence), value);
        Assert.Equal("times", figure.Unit);
    }
}
