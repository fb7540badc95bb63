using Dashboard.Core.Places;
using Dashboard.Core.Text;

namespace Dashboard.Core.Tests.Places;

/// <summary>Place names used as something else: a facility, a competition, a club, a person, a modifier, a word.</summary>
public class PlaceNameUseTests
{
    private static readonly PlaceExtractor Extractor = new(Gazetteer.BuiltIn);

    private static void AssertPlaces(string text, string expected) =>
        Assert.Equal(
            expected.Length == 0 ? [] : expected.Split('|'),
            Extractor.Extract(new AnalyzedText(text), []).Select(m => m.Place.Name).Distinct().ToList());

    [Theory]
    [InlineData("وسط قيود مشددة على إدخال مواد البناء عبر معبر كرم أبو سالم ومعبر رفح.", "")]           // Levantine
    [InlineData("وتوقفت صادرات النفط عبر خط الأنابيب إلى ميناء جيهان منذ آذار.", "")]                   // Iraqi
    [InlineData("وأغلق مطار معيتيقة الدولي لساعات، وهبطت الطائرة بمطار بيروت.", "")]                   // Libyan
    [InlineData("احتضن استاد لوسيل المباراة النهائية أمام 88966 متفرجا.", "")]                          // Gulf
    [InlineData("وصلت الشاحنات إلى رفح عبر معبر رفح.", "Rafah")]                                         // Egyptian
    [InlineData("Trucks entered through the Kerem Shalom crossing and the Rafah crossing.", "")]        // Reuters
    [InlineData("Flights resumed at Mitiga airport and fans packed Lusail Stadium.", "")]              // AFP
    public void Extract_FacilityNamedAfterAPlace_IsNotThePlace(string text, string expected) => AssertPlaces(text, expected);

    [Theory]
    [InlineData("استعدادا لاستضافة كأس آسيا 2023 التي انتقلت إلى الدوحة.", "Doha")]                    // Qatari
    [InlineData("للمنافسة على لقب دوري روشن ودوري أبطال آسيا.", "")]                                     // Saudi
    [InlineData("تعاقد النادي مع لاعب قادما من سبورتنغ لشبونة البرتغالي.", "")]                        // Saudi sports
    [InlineData("تأهل المنتخب إلى نهائيات كأس أمم أفريقيا في كوت ديفوار.", "Ivory Coast")]            // Maghreb
    [InlineData("Morocco hosts the Africa Cup of Nations next year.", "Morocco")]                       // BBC
    [InlineData("Emirates said the order was firm, Sir Tim Clark told Gulf News.", "")]                 // Gulf News
    [InlineData("The kingdom will launch Riyadh Air, and Dubai Holding listed on the Abu Dhabi Securities Exchange.", "")] // Arab News
    [InlineData("أعلنت طيران الرياض وشركة قطر للطاقة ومجموعة دبي القابضة عن صفقات في الرياض.", "Riyadh")]   // Saudi
    [InlineData("تخرج في جامعة وهران وعمل في موانئ دبي العالمية قبل أن يعود إلى وهران.", "Oran")]            // Algerian
    public void Extract_PlaceInsideACompetitionClubOrCompany_IsNotAPlace(string text, string expected) => AssertPlaces(text, expected);

    [Theory]
    [InlineData("وقال وزير الصحة عثمان عبد الجليل إن فرق الإنقاذ انتشلت الجثث.", "")]                 // Libyan
    [InlineData("وروت الحاجة فاطمة أنها فقدت ثلاثة من أحفادها.", "")]                                  // Maghreb
    [InlineData("وقالت فاطمة آدم، وهي أم لستة أطفال، إنها وصلت سيرا.", "")]                            // Somali, AFP Arabic
    [InlineData("وقال إن الخطة كاملة، وإن الأضرار كبيرة، وتعمل بنوك عدة على التمويل.", "")]          // Egyptian
    [InlineData("وقال محمد فارس إن الوفد زار فلسطين.", "Palestine")]
    public void Extract_WordThatReadsAsCliticAndPlace_IsOneWord(string text, string expected) => AssertPlaces(text, expected);

    [Theory]
    [InlineData("وفي ساحة الشهداء، ألقى ممثلو الأهالي كلمة دعوا فيها فرنسا إلى التحرك.", "France")]   // Lebanese
    [InlineData("وقال رئيس بلدية الجزيرة إن عدد الوافدين تجاوز عدد سكان الجزيرة في إيطاليا.", "Italy")] // Italian story
    [InlineData("نزح الآلاف من ولاية الجزيرة في السودان.", "Gezira|Sudan")]                             // Sudanese
    [InlineData("نزح آلاف إلى مدن سوسة والبيضاء والمرج في ليبيا، وانتظرت عائلات على الطريق إلى المرج.", "Susa|Bayda|Marj|Libya")]
    public void Extract_EverydayWord_NeedsAPlaceNounOfItsKind(string text, string expected) => AssertPlaces(text, expected);

    [Theory]
    [InlineData("MUSCAT, Jan 3 (Reuters) - Oman posted a surplus as the Gulf state pays down debt.", "Muscat|Oman")]
    [InlineData("Oman, smaller than its Gulf neighbours Saudi Arabia and Kuwait, cut spending.", "Oman|Saudi Arabia|Kuwait")]
    [InlineData("Gulf carriers are ordering for growth, and oil prices rose in the Gulf.", "Gulf")]
    [InlineData("The deal gives the US tech giant a stake; a US Commerce Department spokesperson declined to comment.", "")]
    [InlineData("It answers which side of the US-China tech divide the UAE is on.", "United Arab Emirates")]
    [InlineData("An analyst at a Dubai-based consultancy said the deal was done in the US.", "Dubai|United States")]
    [InlineData("Observers from the Organization for Security and Co-operation in Europe (OSCE) said the vote was free.", "")]
    public void Extract_EnglishNameAsModifierOrInsideAnOrganisation_IsNotAPlace(string text, string expected) => AssertPlaces(text, expected);
}
