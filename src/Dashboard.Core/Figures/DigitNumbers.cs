using System.Globalization;

namespace Dashboard.Core.Figures;

/// <summary>
/// Reads the value of a number token. The tokenizer gives ASCII digits with '.' and ',' as written, so this decides
/// which separator groups thousands and which marks decimals ("1,500", "5.8", "49,2", "1.500.000", "1,500.75").
/// </summary>
internal static class DigitNumbers
{
    // More integer digits than a double holds exactly: a phone number, an ID or a run of digits, not a figure.
    private const int MaxIntegerDigits = 15;

    public static bool TryParse(string norm, out double value, out bool isInteger)
    {
        value = 0;
        isInteger = false;
        if (norm.Length == 0 || norm.Length > 40)
        {
            return false;
        }
        int commas = 0, dots = 0, lastComma = -1, lastDot = -1;
        for (var k = 0; k < norm.Length; k++)
        {
            if (norm[k] == ',')
            {
                commas++;
                lastComma = k;
            }
            else if (norm[k] == '.')
            {
                dots++;
                lastDot = k;
            }
        }
        char? decimalMark = null;
        char? groupMark = null;
        if (commas > 0 && dots > 0)
        {
            decimalMark = lastComma > lastDot ? ',' : '.';
            groupMark = decimalMark == ',' ? '.' : ',';
            if ((decimalMark == ',' ? commas : dots) != 1)
            {
                return false;
            }
        }
        else if (commas > 0)
        {
            // "49,2" and "3,75" are decimal commas; "1,500" and "12,000,000" group thousands.
            if (commas == 1 && norm.Length - lastComma - 1 != 3)
            {
                decimalMark = ',';
            }
            else
            {
                groupMark = ',';
            }
        }
        else if (dots > 0)
        {
            if (dots == 1)
            {
                decimalMark = '.';
            }
            else
            {
                groupMark = '.';
            }
        }
        Span<char> clean = stackalloc char[norm.Length];
        var length = 0;
        var integerDigits = 0;
        var groupDigits = -1;
        var inFraction = false;
        foreach (var c in norm)
        {
            if (c == groupMark)
            {
                if (inFraction || (groupDigits >= 0 && groupDigits != 3) || (groupDigits < 0 && integerDigits > 3))
                {
                    return false;
                }
                groupDigits = 0;
                continue;
            }
            if (c == decimalMark)
            {
                if (groupDigits >= 0 && groupDigits != 3)
                {
                    return false;
                }
                inFraction = true;
                clean[length++] = '.';
                continue;
            }
            if (c is < '0' or > '9')
            {
                return false;
            }
            if (!inFraction)
            {
                integerDigits++;
                if (groupDigits >= 0)
                {
                    groupDigits++;
                }
            }
            clean[length++] = c;
        }
        if (!inFraction && groupDigits >= 0 && groupDigits != 3)
        {
            return false;
        }
        if (integerDigits == 0 || integerDigits > MaxIntegerDigits)
        {
            return false;
        }
        isInteger = !inFraction;
        return double.TryParse(clean[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The count of digits in a token with no separators, or -1.</summary>
    public static int PlainDigits(string norm)
    {
        foreach (var c in norm)
        {
            if (c is < '0' or > '9')
            {
                return -1;
            }
        }
        return norm.Length;
    }
}
