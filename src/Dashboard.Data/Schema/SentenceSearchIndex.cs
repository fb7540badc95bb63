using Dapper;
using Dashboard.Core.Text;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Schema;

/// <summary>
/// Adds the sentences the free-text index lacks, such as those stored before it existed. Their index text is
/// prepared in C# (<see cref="SearchText.IndexForm"/>), so a migration script cannot do it alone.
/// </summary>
internal static class SentenceSearchIndex
{
    private const int Batch = 2000;

    private const string MissingSql = """
        SELECT s.id, s.text
        FROM sentences s
        WHERE s.id > @after AND NOT EXISTS (SELECT 1 FROM sentence_search WHERE sentence_search.rowid = s.id)
        ORDER BY s.id
        LIMIT @take
        """;

    private const string InsertSql = "INSERT INTO sentence_search (rowid, text) VALUES (@id, @text)";

    public static void AddMissing(SqliteConnection connection, SqliteTransaction transaction)
    {
        for (long after = 0; ;)
        {
            var sentences = connection.Query<SentenceRow>(MissingSql, new { after, take = Batch }, transaction).AsList();
            if (sentences.Count == 0)
            {
                return;
            }
            connection.Execute(InsertSql, sentences.Select(s => new { id = s.Id, text = SearchText.IndexForm(s.Text) }), transaction);
            after = sentences[^1].Id;
        }
    }

    private sealed record SentenceRow
    {
        public long Id { get; init; }

        public string Text { get; init; } = "";
    }
}
