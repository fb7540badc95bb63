namespace Dashboard.Core.Text;

/// <summary>
/// Splits text into words, numbers and punctuation in one left-to-right pass (linear in the text's length).
/// Letters and digits are split apart even when glued ("158راكباً" is a number then a word).
/// </summary>
public static class Tokenizer
{
    public static Token[] Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is '\u200E' or '\u200F' or '\u061C' or '\uFEFF')
            {
                i++;
                continue;
            }
            var start = i;
            if (TextNormalizer.IsDigit(c))
            {
                i = ReadNumber(text, i);
                tokens.Add(new Token(tokens.Count, start, i, TokenKind.Number, NormalizeNumber(text.AsSpan(start, i - start))));
            }
            else if (IsWordChar(c))
            {
                i = ReadWord(text, i);
                tokens.Add(new Token(tokens.Count, start, i, TokenKind.Word, TextNormalizer.Normalize(text.AsSpan(start, i - start))));
            }
            else
            {
                i++;
                tokens.Add(new Token(tokens.Count, start, i, TokenKind.Punctuation, c.ToString()));
            }
        }
        return tokens.ToArray();
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || TextNormalizer.IsArabicMark(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    private static int ReadWord(string text, int i)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                i++;
            }
            else if (c is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && !TextNormalizer.IsArabicLetter(text[i + 1]) && i > 0 && !TextNormalizer.IsArabicLetter(text[i - 1]))
            {
                i++; // an apostrophe inside a Latin word: "Sa'ada", "don't"
            }
            else
            {
                break;
            }
        }
        return i;
    }

    // Digits with inner separators: "1,500", "5.8", "٣٫٥", "١٬٥٠٠". A separator belongs to the number only when a
    // digit follows it directly; the Arabic comma only when exactly three digits follow ("1،500").
    private static int ReadNumber(string text, int i)
    {
        while (i < text.Length)
        {
            if (TextNormalizer.IsDigit(text[i]))
            {
                i++;
                continue;
            }
            var c = text[i];
            var digitFollows = i + 1 < text.Length && TextNormalizer.IsDigit(text[i + 1]);
            if (digitFollows && c is '.' or ',' or '٫' or '٬')
            {
                i++;
            }
            else if (digitFollows && c == '،' && CountDigits(text, i + 1) == 3)
            {
                i++;
            }
            else
            {
                break;
            }
        }
        return i;
    }

    private static int CountDigits(string text, int i)
    {
        var n = 0;
        while (i + n < text.Length && TextNormalizer.IsDigit(text[i + n]))
        {
            n++;
        }
        return n;
    }

    private static string NormalizeNumber(ReadOnlySpan<char> raw)
    {
        Span<char> buffer = raw.Length <= 256 ? stackalloc char[raw.Length] : new char[raw.Length];
        for (var k = 0; k < raw.Length; k++)
        {
            var c = raw[k];
            buffer[k] = c switch
            {
                '٫' => '.',
                '٬' or '،' => ',',
                _ when TextNormalizer.IsDigit(c) => (char)('0' + TextNormalizer.DigitValue(c)),
                _ => c,
            };
        }
        return new string(buffer);
    }
}
