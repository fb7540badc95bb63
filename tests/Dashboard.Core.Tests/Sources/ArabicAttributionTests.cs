using Dashboard.Core.Facts;

namespace Dashboard.Core.Tests.Sources;

public class ArabicAttributionTests
{
    [Theory]
    [InlineData("وقال وزير الخارجية الأمريكي أنتوني بلينكن إن الاتفاق بات قريبا.", "Antony Blinken", "أنتوني بلينكن")]
    [InlineData("أعلنت منظمة الصحة العالمية تسجيل 500 إصابة جديدة بالكوليرا.", "World Health Organization", "منظمة الصحة العالمية")]
    [InlineData("وبحسب المرصد السوري لحقوق الإنسان، قتل 20 مدنيا في القصف.", "Syrian Observatory for Human Rights", "المرصد السوري لحقوق الإنسان")]
    [InlineData("ووفقا لبيانات البنك الدولي، تراجع النمو إلى 2 في المئة.", "World Bank", "البنك الدولي")]
    [InlineData("وتقول الأمم المتحدة إن مليوني شخص نزحوا من منازلهم.", "United Nations", "الأمم المتحدة")]
    [InlineData("وكانت وزارة الدفاع الروسية قد أعلنت أن طائراتها نفذت 40 طلعة.", "Russian Defence Ministry", "وزارة الدفاع الروسية")]
    [InlineData("ونقلا عن وكالة الأناضول، فإن 12 شخصا أصيبوا.", "Anadolu Agency", "وكالة الأناضول")]
    [InlineData("وأفادت الوكالة الوطنية للإعلام بأن الطريق أعيد فتحه.", "National News Agency", "الوكالة الوطنية للإعلام")]
    [InlineData("وقد أظهرت أرقام نشرتها منظمة العفو الدولية أن 300 معتقل ما زالوا محتجزين.", "Amnesty International", "منظمة العفو الدولية")]
    [InlineData("وتوقع تقرير صادر عن صندوق النقد الدولي أن ينمو الاقتصاد بنسبة 3%.", "International Monetary Fund", "صندوق النقد الدولي")]
    [InlineData("واكتفى البيت الأبيض بالقول إنه يتابع الوضع عن كثب.", "White House", "البيت الأبيض")]
    [InlineData("وكانت رويترز قد ذكرت أن الإنتاج تراجع.", "Reuters", "رويترز")]
    [InlineData("ودعت الخارجية المصرية جميع الأطراف إلى ضبط النفس.", "Egyptian Foreign Ministry", "الخارجية المصرية")]
    [InlineData("وقالت هيئة عمليات التجارة البحرية البريطانية إنها تلقت بلاغا.", "هيئة عمليات التجارة البحرية البريطانية", "هيئة عمليات التجارة البحرية البريطانية")]
    [InlineData("وبحسب مرصد قنديلي لرصد الزلازل، بلغت قوة الهزة 5 درجات.", "مرصد قنديلي", "مرصد قنديلي")]
    [InlineData("وأعلنت دائرة السياحة والتسويق التجاري بدبي أن الفنادق امتلأت.", "دائرة السياحة والتسويق التجاري بدبي", "دائرة السياحة والتسويق التجاري بدبي")]
    [InlineData("وقدرت دراسة أعدتها شركة «إرنست ويونغ» العائد بنحو 33 مليار دولار.", "EY", "إرنست ويونغ")]
    public void Extract_StatementByCatalogueSource_GivesItsEnglishName(string sentence, string name, string text)
    {
        var mention = SourceTestText.Single(sentence, name);
        Assert.Equal(text, mention.Text);
        Assert.Equal(SourceRole.Attribution, mention.Role);
        Assert.Equal(text, sentence[mention.Start..mention.End]);
    }

    [Theory]
    [InlineData("من جهته قال الناطق باسم البنتاغون بيتر كوك إن المهمة مستمرة.", "Peter Cook", "بيتر كوك", "Pentagon spokesman")]
    [InlineData("وأعرب وزير الدفاع الأميركي آشتون كارتر عن أمله في تعزيز التحالف.", "Ash Carter", "آشتون كارتر", "US defense secretary")]
    [InlineData("وقال الرئيس التركي رجب طيب أردوغان إن العملية ستتواصل.", "Recep Tayyip Erdogan", "رجب طيب أردوغان", "Turkish president")]
    public void Extract_TitleThenCatalogueName_GivesPersonWithTitle(string sentence, string name, string text, string title)
    {
        var mention = SourceTestText.Single(sentence, name);
        Assert.Equal(text, mention.Text);
        Assert.Equal(SourceKind.Person, mention.Kind);
        Assert.Equal(title, mention.Title);
    }

    [Theory]
    [InlineData("وقال سمير الحسيني، مدير المستشفى الميداني، إن 30 جريحا وصلوا ليلا.", "سمير الحسيني")]
    [InlineData("وأكد المتحدث باسم الدفاع المدني محمود بصل أن فرقه انتشلت 12 جثة.", "Mahmoud Basal")]
    [InlineData("وأوضحت رئيسة البلدية ليلى حداد أن المياه قطعت عن 4 أحياء.", "ليلى حداد")]
    [InlineData("وقال الخبير الاقتصادي الدكتور نبيل مرزوق لـ«الحياة» إن التضخم سيرتفع.", "نبيل مرزوق")]
    [InlineData("وأفاد العقيد أحمد بن سالم الزيدي بأن الوحدات انسحبت.", "أحمد بن سالم الزيدي")]
    [InlineData("ويقول أبو محمود، وهو صاحب متجر في السوق، إن الأسعار تضاعفت.", "أبو محمود")]
    [InlineData("وقال النائب حسن فضل الله إن الحكومة مسؤولة.", "حسن فضل الله")]
    [InlineData("وقال الحبيب الصيد إن الحكومة ستستقيل.", "الحبيب الصيد")]
    [InlineData("بدوره، أعلن والي وان أحمد تشليك تعليق الدوام في المدارس.", "أحمد تشليك")]
    [InlineData("وأكد غيث العبيدي، مدير المركز، أن الإحصاءات دقيقة.", "غيث العبيدي")]
    public void Extract_UnknownSpeaker_GivesTheNameAsWritten(string sentence, string name)
    {
        var mention = SourceTestText.Single(sentence, name);
        Assert.Equal(SourceKind.Person, mention.Kind);
        Assert.False(mention.Anonymous);
    }

    [Theory]
    [InlineData("وقال مسؤول عسكري إن الهجوم صد.", "military official", "مسؤول عسكري")]
    [InlineData("وأكدت مصادر أمنية أن الانفجار نجم عن سيارة مفخخة.", "security sources", "مصادر أمنية")]
    [InlineData("وأفاد شهود عيان بسماع دوي انفجارات متتالية.", "witnesses", "شهود عيان")]
    [InlineData("وقال دبلوماسيون غربيون إن المفاوضات متعثرة.", "Western diplomats", "دبلوماسيون غربيون")]
    [InlineData("وذكرت مصادر مطلعة أن الصفقة تبلغ 3 مليارات دولار.", "informed sources", "مصادر مطلعة")]
    public void Extract_AnonymousSource_KeepsItAnonymous(string sentence, string name, string text)
    {
        var mention = SourceTestText.Single(sentence, name);
        Assert.True(mention.Anonymous);
        Assert.Equal(text, mention.Text);
    }

    [Theory]
    [InlineData("ونقلت وكالة الأنباء العراقية عن مصدر في وزارة التخطيط قوله إن النسبة بلغت 20%.", "مصدر في وزارة التخطيط")]
    [InlineData("وقال مصدر بمجلس الوزراء إن الدعم سيزيد.", "مصدر بمجلس الوزراء")]
    [InlineData("وقالت مصادر نيابية إن الجلسة أجلت.", "مصادر نيابية")]
    [InlineData("وقال مسؤول في المعارضة لوكالة الأناضول إن الهجوم بدأ.", "مسؤول في المعارضة")]
    [InlineData("بحسب ما رجحت أوساط قصر بعبدا، فإن الحكومة ستتشكل قريبا.", "أوساط قصر بعبدا")]
    public void Extract_SourceNounWithWhereItWorks_KeepsTheWholeDescription(string sentence, string text)
    {
        var mentions = SourceTestText.Extract(sentence);
        Assert.Contains(mentions, m => m.Text == text && m.Anonymous);
    }

    [Theory]
    [InlineData("وكتب الرئيس الأمريكي دونالد ترامب على منصته أن الاتفاق عظيم.", "Donald Trump")]
    [InlineData("ومن جهتها، طلبت وزارة الاقتصاد من المواطنين الإبلاغ عن المخالفات، وأعلنت أنها سطرت 1200 محضر.", "وزارة الاقتصاد")]
    [InlineData("وأضاف وزير المالية أن العجز تراجع.", "finance minister")]
    [InlineData("وقرر البنك المركزي المصري رفع الفائدة، في خطوة قال إنها تستهدف السوق الموازية.", "Central Bank of Egypt")]
    [InlineData("ومن جانبه، رفع بنك غولدمان ساكس توقعاته لسعر خام برنت إلى 95 دولارا.", "Goldman Sachs")]
    [InlineData("بينما أبقت وكالة فيتش على تصنيفها عند AA مع نظرة مستقبلية سلبية.", "Fitch")]
    public void Extract_VerbThatSpeaksWithWhatWasSaid_GivesItsSubject(string sentence, string name)
    {
        Assert.Contains(SourceTestText.Extract(sentence), m => m.Name == name);
    }

    [Theory]
    [InlineData("وأضافت الحكومة الجديدة بندا على جدول الأعمال.")]
    [InlineData("ونشر الجيش قوات إضافية على الحدود.")]
    [InlineData("وكانت الحكومة الفلسطينية قد طلبت 4 مليارات دولار.")]
    [InlineData("وأكد أن الحكومة رصدت 500 مليون جنيه للدعم.")]
    public void Extract_VerbWithAnObjectInsteadOfAStatement_GivesNoSource(string sentence)
    {
        var mentions = SourceTestText.Extract(sentence);
        Assert.True(mentions.Count == 0, SourceTestText.Describe(mentions));
    }

    [Fact]
    public void Extract_RelayVerb_GivesTheAgencyAndWhomItQuotes()
    {
        var mentions = SourceTestText.Extract("ونقلت وكالة رويترز عن مسؤول عراقي قوله إن الإنتاج سيرتفع.");
        Assert.Contains(mentions, m => m.Name == "Reuters");
        Assert.Contains(mentions, m => m.Name == "Iraqi official" && m.Anonymous);
    }

    [Fact]
    public void Extract_OutletToldTheStatement_IsASource()
    {
        var mentions = SourceTestText.Extract("وقال مصدر حكومي لـ«المصري اليوم» إن القرار نهائي.");
        Assert.Contains(mentions, m => m.Name == "Al-Masry Al-Youm" && m.Kind == SourceKind.Outlet);
        Assert.Contains(mentions, m => m.Name == "government source");
    }

    [Fact]
    public void Extract_FullNameThenSurname_ResolvesToTheSamePerson()
    {
        const string text = "أعلن وزير الدفاع الأميركي آشتون كارتر خطة جديدة.\nوقال كارتر إن التحالف سيتوسع.";
        var mentions = SourceTestText.Extract(text).Where(m => m.Kind == SourceKind.Person).ToList();
        Assert.Equal(2, mentions.Count);
        Assert.All(mentions, m => Assert.Equal("Ash Carter", m.Name));
        Assert.Equal("كارتر", mentions[1].Text);
        Assert.Equal(1, mentions[1].Sentence);
    }

    [Fact]
    public void Extract_UnknownNameThenSurname_KeepsOneName()
    {
        const string text = "وقال المحلل السياسي خالد العمري إن الانتخابات ستؤجل. وأضاف العمري أن الأحزاب منقسمة.";
        var mentions = SourceTestText.Extract(text);
        Assert.Equal(2, mentions.Count);
        Assert.All(mentions, m => Assert.Equal("خالد العمري", m.Name));
    }

    [Fact]
    public void Extract_DefiniteNounPointingBack_TakesTheEarlierSource()
    {
        const string text = "وقال مسؤول عسكري إن الهجوم صد. وأوضح المسؤول أن الخسائر محدودة. وقالت وزارة الصحة إن 5 أصيبوا. وأضافت الوزارة أن الحصيلة أولية.";
        var mentions = SourceTestText.Extract(text);
        Assert.Equal(["military official", "military official", "وزارة الصحة", "وزارة الصحة"], mentions.Select(m => m.Name));
    }

    [Fact]
    public void Extract_OfficeAndLaterItsHolder_AreOnePerson()
    {
        const string text = "قال وزير الدفاع الأمريكي الجديد إن التحالف سينتصر.\nوكان الوزير آشتون كارتر يتحدث أمام الجنود.";
        var names = SourceTestText.Extract(text).Select(m => m.Name).Distinct();
        Assert.Equal(["Ash Carter"], names);
    }

    [Fact]
    public void Extract_TwoDifferentOffices_StayTwoPeople()
    {
        const string text = "وقال وزير الخارجية الأمريكي إن الحل قريب. وأكد وزير الدفاع لويد أوستن أن القوات جاهزة.";
        var names = SourceTestText.Extract(text).Select(m => m.Name).Distinct().ToList();
        Assert.Equal(["US secretary of state", "Lloyd Austin"], names);
    }

    [Theory]
    [InlineData("وقال وزير إسرائيلي إن الحكومة منقسمة.", "وزير إسرائيلي", "Israeli minister")]
    [InlineData("وقال سفير مصر في واشنطن إن العلاقات قوية.", "سفير مصر", "سفير مصر")]
    [InlineData("وقال المتحدث باسم الأمين العام للأمم المتحدة إن الوضع خطير.", "المتحدث باسم الأمين العام للأمم المتحدة", "المتحدث باسم الأمين العام للأمم المتحدة")]
    public void Extract_TitleWithoutName_KeepsTheWholeOffice(string sentence, string text, string name)
    {
        var mention = Assert.Single(SourceTestText.Extract(sentence));
        Assert.Equal(text, mention.Text);
        Assert.Equal(name, mention.Name);
    }

    [Fact]
    public void Extract_OfficeWithoutName_IsAPersonKnownByOffice()
    {
        var mention = SourceTestText.Single("وقال وزير الداخلية التركي في تصريحات للصحفيين إن 37 مبنى انهارت.", "Turkish interior minister");
        Assert.Equal("وزير الداخلية التركي", mention.Text);
        Assert.Equal(SourceKind.Person, mention.Kind);
    }

    [Fact]
    public void Extract_SourceBeforeItsVerb_IsFoundAndItsObjectIsNot()
    {
        var mentions = SourceTestText.Extract("وأوضحت المصادر أن وزير المالية عبدالله الراشد أبلغ لجنة الميزانيات بالأرقام.");
        Assert.Contains(mentions, m => m.Name == "عبدالله الراشد");
        Assert.DoesNotContain(mentions, m => m.Text.Contains("لجنة", StringComparison.Ordinal));
    }
}
