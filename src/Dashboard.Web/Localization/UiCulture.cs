using System.Globalization;

namespace Dashboard.Web.Localization;

/// <summary>The interface languages: English and Arabic. Arabic is laid out right to left.</summary>
public static class UiCulture
{
    public const string English = "en";
    public const string Arabic = "ar";

    public static readonly string[] Supported = [English, Arabic];

    public static bool IsArabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == Arabic;

    public static string Language => IsArabic ? Arabic : English;

    public static string Direction => IsArabic ? "rtl" : "ltr";

    /// <summary>
    /// The culture numbers and dates are formatted in: Egyptian Arabic keeps the Gregorian calendar (ar-SA would
    /// switch to Umm al-Qura), and both keep Western digits as most Arabic news sites print them.
    /// </summary>
    public static CultureInfo Formatting => IsArabic ? CultureInfo.GetCultureInfo("ar-EG") : CultureInfo.GetCultureInfo("en-GB");
}
