namespace Dashboard.Core.Text;

/// <summary>A sentence (or a title, caption or credit line) by its character span and its tokens.</summary>
public sealed record Sentence(int Index, int Start, int End, int FirstToken, int TokenCount)
{
    public int LastToken => FirstToken + TokenCount - 1;

    public bool Contains(int tokenIndex) => tokenIndex >= FirstToken && tokenIndex <= LastToken;
}
