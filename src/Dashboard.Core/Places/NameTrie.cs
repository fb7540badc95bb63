namespace Dashboard.Core.Places;

/// <summary>
/// A trie over names as sequences of normalised words: finding every name that starts at a token costs at most
/// one step per word of the longest name, so a pass over a text stays linear in its length.
/// </summary>
internal sealed class NameTrie<T>
{
    public Node Root { get; } = new();

    public int MaxWords { get; private set; }

    public void Add(IReadOnlyList<string> words, T value)
    {
        if (words.Count == 0)
        {
            return;
        }
        var node = Root;
        foreach (var word in words)
        {
            node = node.Child(word);
        }
        node.Add(value);
        MaxWords = Math.Max(MaxWords, words.Count);
    }

    public sealed class Node
    {
        private Dictionary<string, Node>? children;
        private List<T>? values;

        public IReadOnlyList<T> Values => values ?? (IReadOnlyList<T>)[];

        public bool HasValues => values is { Count: > 0 };

        public Node? Next(string word) => children is not null && children.TryGetValue(word, out var next) ? next : null;

        internal Node Child(string word)
        {
            children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!children.TryGetValue(word, out var child))
            {
                child = new Node();
                children[word] = child;
            }
            return child;
        }

        internal void Add(T value)
        {
            values ??= [];
            if (!values.Contains(value))
            {
                values.Add(value);
            }
        }
    }
}
