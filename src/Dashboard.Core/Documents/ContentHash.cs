using System.Security.Cryptography;
using System.Text;

namespace Dashboard.Core.Documents;

/// <summary>The identity of a document's content: loading the same text twice stores it once.</summary>
public static class ContentHash
{
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
