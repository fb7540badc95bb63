using Dashboard.Core.Places;
using Dashboard.Core.Text;

namespace Dashboard.Core.Tests.Places;

public class PlaceExtractorTests
{
    private static readonly PlaceExtractor Extractor = new(Gazetteer.BuiltIn);

    private static List<string> Names(string text, params (int Start, int End)[] blocked) =>
        Extractor.Extract(new AnalyzedText(text), blocked).Select(m => m.Place.Name).Distinct().ToList();

    private static void AssertPlaces(string text, string expected) =>
        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), Names(text));

    [Theory]
    [InlineData("وتقدمت القوات نحو الموصل والرقة بعد معارك في الرمادي.", "Mosul|Raqqa|Ramadi")]
    [InlineData("وصل الوزير إلى بروكسل قادما من لندن.", "Brussels|London")]
    [InlineData("سيعقد الاجتماع لبروكسل وفي حلب وبالرمادي وللعراق.", "Brussels|Aleppo|Ramadi|Iraq")]
    [InlineData("وقالت واشنطن إن بغداد طلبت المزيد من الدعم.", "Washington|Baghdad")]
    [InlineData("وزار الرئيس فرنسا وبريطانيا وكندا.", "France|United Kingdom|Canada")]
    [InlineData("جرت المحادثات في وبيروت ولبنان.", "Beirut|Lebanon")]
    public void Extract_ArabicClitics_AreStrippedWithoutBreakingNames(string text, string expected) => AssertPlaces(text, expected);

    [Theory]
    [InlineData("أعلنت الولايات المتحدة دعمها للحكومة.", "United States")]
    [InlineData("وقعت الإمارات العربية المتحدة اتفاقا مع مصر.", "United Arab Emirates|Egypt")]
    [InlineData("وصلت المساعدات إلى قطاع غزة عبر الحدود مع مصر.", "Gaza Strip|Egypt")]
    [InlineData("سيطرت القوات على مدينة تل أبيض الحدودية.", "Tell Abyad")]
    [InlineData("He flew from New York to Abu Dhabi.", "New York|Abu Dhabi")]
    [InlineData("Aid reached the Gaza Strip on Sunday.", "Gaza Strip")]
    public void Extract_MultiWordNames_LongestMatchWins(string text, string expected) => AssertPlaces(text, expected);

    [Theory]
    [InlineData("ويبحث الوزراء الوضع في حلب شمالي سوريا.", "Aleppo|Northern Syria")]
    [InlineData("تتواصل المعارك في جنوب لبنان وشرق ليبيا.", "Southern Lebanon|Cyrenaica")]
    [InlineData("نزح الآلاف من شرق تشاد إلى الحدود.", "Eastern Chad")]
    [InlineData("وقع انفجار شمال بغداد.", "Baghdad")]
    [InlineData("Fighting spread across northern Iraq and eastern Chad.", "Northern Iraq|Eastern Chad")]
    [InlineData("Militants attacked a base north of Baghdad.", "Baghdad")]
    [InlineData("واستهدفت الغارات البقاع الشمالي.", "North Bekaa")]
    [InlineData("وتقدمت القوات في حلب الشرقية.", "Eastern Aleppo")]
    public void Extract_DirectionAndPlace_IsTheRegion(string text, string expected) => AssertPlaces(text, expected);

    [Theory]
    [InlineData("قال وزير الخارجية السعودي إن الحكومة السورية رفضت المبادرة الأميركية.", "")]
    [InlineData("انتشرت القوات السعودية على الحدود، وأكدت المعارضة السورية موقفها.", "")]
    [InlineData("وشارك العراقيون والسوريون واللبنانيون في المؤتمر.", "")]
    [InlineData("Iraqi forces and Syrian rebels clashed with American and Russian troops.", "")]
    [InlineData("قالت مصادر إن قوات سورية دخلت البلدة.", "")]
    [InlineData("وتعمل قوات أميركية وسورية في المنطقة.", "")]
    public void Extract_AdjectivesAndDemonyms_AreNotPlaces(string text, string expected) => AssertPlaces(text, expected);

    [Theory]
    [InlineData("وصل الوفد إلى سورية أمس.", "Syria")]
    [InlineData("سورية تطالب بانسحاب القوات.", "Syria")]
    [InlineData("وأكد أن الحل في سورية سياسي، وأن لبنان وسورية بلدان جاران.", "Syria|Lebanon")]
    public void Extract_SyriaSpeltAsTheAdjective_IsTheCountryStandingAlone(string text, string expected) => AssertPlaces(text, expected);

    [Theory]
    [InlineData("هاجم مسلحون تنظيم الدولة الإسلامية في الرقة.", "Raqqa")]
    [InlineData("قال المرصد السوري لحقوق الإنسان إن القصف استهدف إدلب.", "Idlib")]
    [InlineData("دعت جامعة الدول العربية إلى اجتماع طارئ في القاهرة.", "Cairo")]
    [InlineData("سيطرت هيئة تحرير الشام على مناطق في ريف حلب.", "Aleppo Governorate")]
    [InlineData("The Islamic State group lost ground as the Bank of England held rates.", "")]
    [InlineData("وقال الناطق باسم البنتاغون إن البيت الأبيض يدرس الخيارات.", "")]
    [InlineData("Officials at the Pentagon and the Kremlin and the White House declined to comment.", "")]
    [InlineData("كشفت صحيفة واشنطن بوست وتلفزيون دبي عن الصفقة.", "")]
    [InlineData("تخرج في جامعة القاهرة ثم عمل في بنك مصر.", "")]
    [InlineData("He studied at the University of Baghdad and wrote for the Tehran Times.", "")]
    [InlineData("ارتفع خام غرب تكساس الوسيط، وقال حلف شمال الأطلسي إنه يراقب.", "")]
    public void Extract_NamesInsideOrganisationsAndBuildings_AreNotPlaces(string text, string expected) => AssertPlaces(text, expected);

    [Fact]
    public void Extract_BlockedSpan_HoldsNoPlace()
    {
        const string text = "قالت قناة الجزيرة مباشر إن الكويت أرسلت مساعدات.";
        var start = text.IndexOf("الكويت", StringComparison.Ordinal);
        Assert.Equal(["Kuwait"], Names(text));
        Assert.Empty(Names(text, (start, start + "الكويت".Length)));
    }

    [Theory]
    [InlineData("سقطت قذائف على مدينة صور في جنوب لبنان.", "Tyre|Southern Lebanon")]
    [InlineData("نشر ناشطون صور الدمار على مواقع التواصل.", "")]
    [InlineData("سيطرت الفصائل على بلدة الباب شرق حلب.", "Al-Bab|Aleppo")]
    [InlineData("اندلع حريق قرب الباب الرئيسي للمبنى.", "")]
    [InlineData("قدمت العديد من الدول مساعدات في إطار خطة الإغاثة.", "")]
    [InlineData("ارتفعت مؤشرات البورصة في ختام التعاملات، وقال إنه كيف سيواجه الأزمة.", "")]
    [InlineData("وأشار إلى أن الأسعار ارتفعت، وأن السيول اجتاحت القرى.", "")]
    [InlineData("وقعت اشتباكات في أغسطس/آب الماضي قرب باب الهوى.", "Bab al-Hawa")]
    [InlineData("وصل الوزير إلى جدة قادما من الرياض.", "Jeddah|Riyadh")]
    [InlineData("زار الوفد صيدا وصور والنبطية.", "Sidon|Tyre|Nabatieh")]
    public void Extract_NamesThatAreEverydayWords_NeedContext(string text, string expected) => AssertPlaces(text, expected);

    [Theory]
    [InlineData("Jordan said it would reopen its border crossing in the city of Mafraq, near Syria.", "Mafraq|Syria")]
    [InlineData("Refugees fled to Jordan, Lebanon and Turkey.", "Jordan|Lebanon|Turkey")]
    [InlineData("Michael Jordan and Chad Smith watched the game.", "")]
    [InlineData("The general jordan river of words.", "")]
    [InlineData("Nice weather drew crowds; reading the news, he flew home.", "")]
    [InlineData("The festival in Nice drew crowds from Paris.", "Nice|Paris")]
    [InlineData("Thousands fled into eastern Chad, the UN said.", "Eastern Chad")]
    [InlineData("let us meet the US envoy.", "")]
    [InlineData("BAGHDAD, June 14 (Reuters) - Troops entered the town.", "Baghdad")]
    [InlineData("RIYADH: The Kingdom opened its doors.", "Riyadh")]
    [InlineData("Fighters moved from al-Bab to Deir ez-Zor and al-Raqqa.", "Al-Bab|Deir ez-Zor|Raqqa")]
    [InlineData("Syria's government and Iraq's prime minister met.", "Syria|Iraq")]
    [InlineData("Sheikh Mohammed bin Rashid visited the expo.", "")]
    public void Extract_EnglishNames_AreCaseAware(string text, string expected) => AssertPlaces(text, expected);

    [Theory]
    [InlineData("A U.S.-led coalition struck targets, and the US envoy met Saudi-led officials.", "")]
    [InlineData("The war has cost the United States billions, and the US is reviewing its policy.", "United States")]
    public void Extract_EnglishCountryAsModifier_IsNotAPlace(string text, string expected) => AssertPlaces(text, expected);

    [Theory]
    [InlineData("شهدت طرابلس شمال لبنان احتجاجات، وانتقلت إلى بيروت.", "LB")]
    [InlineData("اشتبكت الفصائل في طرابلس ومصراتة غرب ليبيا.", "LY")]
    [InlineData("وصل المبعوث إلى طرابلس.", "LY")]
    [InlineData("أغلق معبر رفح، وقالت القاهرة إن الحدود مع سيناء آمنة في مدينة رفح المصرية بمحافظة شمال سيناء.", "EG")]
    [InlineData("ونزح السكان من رفح إلى خان يونس في قطاع غزة.", "PS")]
    [InlineData("وتستضيف العاصمة الأردنية عمان الاجتماع.", "JO")]
    [InlineData("وأعلنت سلطنة عمان موازنتها.", "OM")]
    public void Extract_SharedName_GoesToTheCountryTheArticleNames(string text, string country)
    {
        var mentions = Extractor.Extract(new AnalyzedText(text), []);
        var shared = mentions.First(m => m.Place.Name is "Tripoli" or "Rafah" or "Amman" or "Oman");
        Assert.Equal(country, shared.Place.Country);
    }

    [Theory]
    [InlineData("انتخابات دائرة الشمال في طرابلس وعكار والمنية، ثم في بيروت وصيدا.", "North Lebanon")]
    [InlineData("The army moved north.", "")]
    public void Extract_BareNorth_IsTheNorthOfTheArticlesCountry(string text, string region)
    {
        var names = Names(text);
        if (region.Length == 0)
        {
            Assert.Empty(names);
        }
        else
        {
            Assert.Contains(region, names);
        }
    }

    [Theory]
    [InlineData("وعبر اللاجئون نهر الأردن والفرات.", "")]
    [InlineData("Many waded across the Euphrates river to reach Falluja.", "Fallujah")]
    public void Extract_Rivers_AreNotReported(string text, string expected) => AssertPlaces(text, expected);

    [Fact]
    public void Extract_Mention_KeepsTheExactTextSpanAndSentence()
    {
        const string text = "بدأ الهجوم.\nوتقدمت القوات نحو والرقة، ثم Iraq's border.";
        var mentions = Extractor.Extract(new AnalyzedText(text), []);
        Assert.Collection(
            mentions,
            m =>
            {
                Assert.Equal("والرقة", m.Text);
                Assert.Equal(text.IndexOf("والرقة", StringComparison.Ordinal), m.Start);
                Assert.Equal(1, m.Sentence);
                Assert.Equal("sy-raqqa", m.Place.Key);
            },
            m =>
            {
                Assert.Equal("Iraq", m.Text);
                Assert.Equal(text[m.Start..m.End], m.Text);
                Assert.Equal("IQ", m.Place.Country);
            });
    }

    [Fact]
    public void Extract_LongText_TakesLinearTime()
    {
        var sentence = "وتقدمت القوات نحو الموصل والرقة، وقال المرصد السوري لحقوق الإنسان إن صور الدمار في حلب شمالي سوريا كثيرة. ";
        var small = string.Concat(Enumerable.Repeat(sentence, 200));
        var large = string.Concat(Enumerable.Repeat(sentence, 2000));
        Extractor.Extract(new AnalyzedText(small), []);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var mentions = Extractor.Extract(new AnalyzedText(large), []);
        watch.Stop();
        Assert.Equal(2000 * 4, mentions.Count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Theory]
    [InlineData("The army retook Deir al-Zour and Sulaimaniyah, near the Iraqi border with Syria.", "Deir ez-Zor|Sulaymaniyah|Syria")]
    [InlineData("Saudi-led warplanes struck the Yemeni port of Hodaida in Yemen.", "Hodeidah|Yemen")]
    [InlineData("Brig. Gen. Saad al-Qahtani met Faisal Al-Mutairi and Omar al-Bashir.", "")]
    [InlineData("Rami Abdulrahman said Salameh and Salman met.", "")]
    public void Extract_EnglishSpellingTheGazetteerLacks_IsFoundByItsSkeleton(string text, string expected) => AssertPlaces(text, expected);

    [Theory]
    [InlineData("Ships crossed the Channel and floods hit the Delta.", "English Channel|Nile Delta")]
    [InlineData("Delta and Channel 12 reported it; the Red Line held.", "")]
    [InlineData("يقع المنزل على خليج صغير قرب ساحل طويل.", "")]
    [InlineData("ووصلت الأمطار إلى موصل وحلب.", "Mosul|Aleppo")]
    [InlineData("انخفضت أسهم Amazon وEmirates flights.", "")]
    public void Extract_GenericWords_AreNotNames(string text, string expected) => AssertPlaces(text, expected);
}
