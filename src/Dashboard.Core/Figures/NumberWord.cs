namespace Dashboard.Core.Figures;

internal enum NumberWordKind
{
    /// <summary>One to ten ("ثلاثة", "seven"); English also eleven to nineteen.</summary>
    Unit,

    /// <summary>Twenty to ninety.</summary>
    Ten,

    /// <summary>A hundred or a whole number of hundreds ("مئة", "ثلاثمئة"; English "hundred" multiplies).</summary>
    Hundred,

    /// <summary>Thousand, million, billion, trillion in the singular ("ألف", "million").</summary>
    Scale,

    /// <summary>The plural of a scale ("آلاف", "ملايين"): a multiplier after three to ten, a vague amount alone.</summary>
    ScalePlural,

    /// <summary>The dual of a scale ("ألفين", "مليوني"): two of it.</summary>
    ScaleDual,

    /// <summary>A vague plural with a base value ("عشرات", "مئات", "dozens", "hundreds").</summary>
    Vague,

    /// <summary>A fraction before a scale ("نصف مليون", "half a million").</summary>
    Fraction,

    /// <summary>Dozen: multiplies by twelve.</summary>
    Dozen,

    /// <summary>"a"/"an" standing for one before a scale ("a million").</summary>
    Article,

    /// <summary>A few, several: a vague count of the scale that follows ("بضعة آلاف", "several hundred").</summary>
    Few,
}

/// <summary>A word that is (part of) a number, with its value; <see cref="TeenOnly"/> marks "أحد", "اثنا" that only open a teen.</summary>
internal readonly record struct NumberWord(NumberWordKind Kind, double Value, bool TeenOnly = false);
