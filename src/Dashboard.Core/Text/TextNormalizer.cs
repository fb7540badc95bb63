using System.Globalization;
using System.Text;

namespace Dashboard.Core.Text;

/// <summary>
/// Folds the spelling variation of Arabic (alef forms, taa marbuta, alef maqsura, diacritics, tatweel),
/// Persian letter forms and Eastern digits, and lower-cases Latin text, so that matching and search
/// compare words rather than spellings.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var folded = Fold(c);
            if (folded != '\0')
            {
                builder.Append(folded);
            }
        }
        return builder.ToString();
    }

    /// <summary>The folded form of one character, or '\0' when the character is dropped.</summary>
    public static char Fold(char c) => c switch
    {
        >= '\u064B' and <= '\u065F' => '\0', // harakat, tanwin, shadda, sukun
        '\u0670' => '\0',                     // superscript alef
        '\u0640' => '\0',                     // tatweel
        '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u061C' => '\0',
        'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
        'ة' => 'ه',
        'ى' => 'ي',
        'ی' or 'ێ' => 'ي',   // Persian and Kurdish yeh
        'ک' => 'ك',          // Persian keheh
        'گ' => 'ك',
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        '٫' => '.',
        '٬' => ',',
        _ when c < 128 => char.ToLowerInvariant(c),
        _ => FoldLatin(c),
    };

    private static char FoldLatin(char c)
    {
        if (!char.IsLetter(c) || IsArabicLetter(c))
        {
            return c;
        }
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (var part in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
            {
                return char.ToLowerInvariant(part);
            }
        }
        return char.ToLowerInvariant(c);
    }

    public static bool IsArabicLetter(char c) =>
        c is (>= '\u0620' and <= '\u064A') or (>= '\u066E' and <= '\u06D3') or '\u06D5' or (>= '\u06FA' and <= '\u06FF');

    /// <summary>Arabic diacritics, tatweel and joiners: they belong to the word they sit in.</summary>
    public static bool IsArabicMark(char c) =>
        c is (>= '\u064B' and <= '\u065F') or '\u0670' or '\u0640' or '\u200C' or '\u200D';

    public static bool IsDigit(char c) => c is (>= '0' and <= '9') or (>= '\u0660' and <= '\u0669') or (>= '\u06F0' and <= '\u06F9');

    public static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '\u0660' and <= '\u0669' => c - '\u0660',
        >= '\u06F0' and <= '\u06F9' => c - '\u06F0',
        _ => -1,
    };

    /// <summary>True when most letters of the text are Arabic.</summary>
    public static bool IsMostlyArabic(ReadOnlySpan<char> text)
    {
        int arabic = 0, latin = 0;
        foreach (var c in text)
        {
            if (IsArabicLetter(c))
            {
                arabic++;
            }
            else if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'))
            {
                latin++;
            }
        }
        return arabic >= latin;
    }
}
