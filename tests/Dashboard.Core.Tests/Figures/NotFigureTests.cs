using Dashboard.Core.Facts;

namespace Dashboard.Core.Tests.Figures;

public class NotFigureTests
{
    [Theory]
    // Dates and years
    [InlineData("وقع الهجوم يوم 28 يناير/كانون الثاني 2016.")]
    [InlineData("عقد المؤتمر يومي 29 و30 يناير.")]
    [InlineData("وكانت القوات قد دخلت المدينة في أغسطس/آب 2016.")]
    [InlineData("تأسست الشركة عام 1975 في القاهرة.")]
    [InlineData("شهدت البلاد عجزا بين عامي 2015 و2019.")]
    [InlineData("صدر القرار بتاريخ ٢٨/١/٢٠١٦.")]
    [InlineData("The talks were held on Jan. 28, 2016.")]
    [InlineData("The report was published on 2016-01-28.")]
    [InlineData("Parliament was elected in 2018.")]
    [InlineData("Turnout was lower than in the 2018 vote.")]
    [InlineData("ولد الشاعر سنة 1437 هـ.")]
    // Clock times
    [InlineData("بدأ الاجتماع في الساعة 10 صباحا.")]
    [InlineData("The curfew starts at 10:30 every night.")]
    [InlineData("The blast happened at 3 p.m. local time.")]
    [InlineData("وقع الانفجار نحو الساعة 8 مساء.")]
    // Ages
    [InlineData("توفي الرجل (45 عاما) متأثرا بجراحه.")]
    [InlineData("The suspect, aged 45, was arrested.")]
    [InlineData("A 45-year-old man was detained.")]
    [InlineData("الرئيس البالغ من العمر 75 عاما يزور باريس.")]
    // Phone numbers
    [InlineData("للاستفسار اتصل على الرقم 0501234567.")]
    [InlineData("Call +44 20 7946 0958 for details.")]
    // Names and codes
    [InlineData("دعا القرار 2254 إلى وقف إطلاق النار.")]
    [InlineData("Resolution 2254 calls for a ceasefire.")]
    [InlineData("وصلت طائرات F-16 إلى القاعدة.")]
    [InlineData("The G20 summit opened in Riyadh.")]
    [InlineData("Covid-19 spread quickly.")]
    [InlineData("They drove along Route 66.")]
    [InlineData("Flight MH17 was shot down.")]
    [InlineData("انتشر فيروس كوفيد-19 بسرعة.")]
    [InlineData("تنص المادة 5 من الدستور على ذلك.")]
    [InlineData("احتفلت المنظمة بالذكرى الـ70 لتأسيسها.")]
    [InlineData("هذه هي الدورة 73 للجمعية العامة.")]
    [InlineData("Russia deployed its S-400 system.")]
    [InlineData("The Boeing 737 landed safely.")]
    // Ordinals
    [InlineData("هذه هي المرة الثانية التي يزور فيها الوزير البلاد.")]
    [InlineData("It was the third attack this month.")]
    [InlineData("He finished 2nd in the race.")]
    // Durations
    [InlineData("استمرت الحرب ثلاث سنوات وخمسة أشهر.")]
    [InlineData("He served for five years in the army.")]
    [InlineData("ظل المعبر مغلقا لمدة 15 يوما.")]
    [InlineData("The talks lasted 12 hours.")]
    [InlineData("We had one quiet day to buy bread.")]
    // "One" and "أحد" as articles, lone small words
    [InlineData("One of the leaders was arrested.")]
    [InlineData("قال أحد المسؤولين إن الهجوم فشل.")]
    [InlineData("قاتلوا في آن واحد دون توقف.")]
    [InlineData("No one was hurt.")]
    // List numbers, small hedged bounds, verbs after numbers
    [InlineData("1. The council shall meet.")]
    [InlineData("Children under 5 account for most cases.")]
    [InlineData("People aged over 60 are most at risk.")]
    [InlineData("Israel would return to the 1967 borders.")]
    [InlineData("President Biden, 80, met Netanyahu, 73.")]
    [InlineData("Al Ahly beat Zamalek 3-1 on Friday.")]
    [InlineData("وخسر المنتخب المغربي 2-0 أمام جنوب أفريقيا.")]
    [InlineData("وحملت الحملة وسم #COP28 على مواقع التواصل.")]
    [InlineData("Leaders met at COP28 in Dubai.")]
    [InlineData("The firm released its open-source Falcon 180B model.")]
    [InlineData("The 777X is years behind schedule.")]
    [InlineData("Operators rolled out 5G networks across the Gulf.")]
    [InlineData("Mauritania signed framework deals, including one presented at the Cop28 talks.")]
    [InlineData("Copyright 2016 The Associated Press.")]
    [InlineData("Updated: 14:35 GMT")]
    [InlineData("Nearly three-quarters of the population fled.")]
    [InlineData("يعيش ثلاثة أرباع السكان تحت خط الفقر.")]
    public void Extract_NotAFigure_FindsNothing(string sentence)
    {
        var figures = FigureKit.Extract(sentence);
        Assert.True(figures.Count == 0, $"«{sentence}» gave {FigureKit.Describe(figures)}");
    }

    [Theory]
    [InlineData("وصل 2000 جندي أمريكي إلى العراق عام 2003.", 2000)]
    [InlineData("Flight MH17 was shot down in 2014, killing all 298 people on board.", 298)]
    [InlineData("F-16 jets and drones were deployed, along with 2,000 troops.", 2000)]
    [InlineData("After five years of war, 400,000 people have been killed.", 400000)]
    [InlineData("Aged 45, he led 300 fighters into the town.", 300)]
    [InlineData("تبعد المدينة 40 كلم عن الحدود منذ عام 2011.", 40)]
    public void Extract_FigureNextToNonFigures_KeepsOnlyTheFigure(string sentence, double value)
    {
        var figure = FigureKit.Single(sentence);
        Assert.Equal(value, figure.Value);
    }

    [Fact]
    public void Extract_DateSpansFromContext_AreNotFigures()
    {
        const string text = "قتل 5 أشخاص في 12 ديسمبر.";
        var start = text.IndexOf("12", StringComparison.Ordinal);
        var date = new DateMention("12 ديسمبر", start, start + "12 ديسمبر".Length, 0, "2015-12-12", DatePrecision.Day, false);
        var figures = FigureKit.Extract(text, dates: [date]);
        Assert.Equal([5.0], figures.Select(f => f.Value));
    }
}
