namespace Dashboard.Core.Figures;

/// <summary>
/// A number as read from the text: tokens <see cref="First"/> to <see cref="Last"/>, its value with scale words
/// applied, <see cref="Scale"/> the largest scale word used (1 when none), <see cref="Vague"/> for "عشرات"/"thousands".
/// </summary>
internal readonly record struct NumberPhrase(int First, int Last, double Value, bool Vague, double Scale, bool Words)
{
    public bool HasScale => Scale > 1;
}
