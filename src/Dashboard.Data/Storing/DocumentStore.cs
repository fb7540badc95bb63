using System.Globalization;
using Dapper;
using Dashboard.Core.Documents;
using Dashboard.Core.Facts;
using Dashboard.Core.Text;
using Dashboard.Data.Schema;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Storing;

/// <summary>
/// Stores a document and all its facts in one transaction: either everything is there afterwards, or nothing.
/// Idempotent by content hash.
/// </summary>
public sealed class DocumentStore(Database database)
{
    private const string FindByHashSql = "SELECT id FROM documents WHERE content_hash = @hash";

    private const string InsertDocumentSql = """
        INSERT INTO documents (content_hash, file_name, title, outlet, url, language, published, published_basis, text, loaded_at)
        VALUES (@hash, @fileName, @title, @outlet, @url, @language, @published, @basis, @text, @loadedAt)
        RETURNING id
        """;

    private const string InsertSentenceSql = """
        INSERT INTO sentences (document_id, idx, start, end, text, date_from, date_to)
        VALUES (@documentId, @idx, @start, @end, @text, @dateFrom, @dateTo)
        RETURNING id
        """;

    private const string InsertSearchSql = "INSERT INTO sentence_search (rowid, text) VALUES (@id, @text)";

    private const string UpsertPlaceSql = """
        INSERT INTO places (key, kind, name, name_ar, country, lat, lon, population)
        VALUES (@key, @kind, @name, @nameAr, @country, @lat, @lon, @population)
        ON CONFLICT (key) DO UPDATE SET kind = excluded.kind, name = excluded.name, name_ar = excluded.name_ar,
            country = excluded.country, lat = excluded.lat, lon = excluded.lon
        RETURNING id
        """;

    private const string InsertDateSql = """
        INSERT INTO date_mentions (document_id, sentence_id, start, end, text, value, precision, relative, calendar, date_from, date_to)
        VALUES (@documentId, @sentenceId, @start, @end, @text, @value, @precision, @relative, @calendar, @dateFrom, @dateTo)
        """;

    private const string InsertFigureSql = """
        INSERT INTO figures (document_id, sentence_id, start, end, text, value, unit, per, approx, bound, counted, category, source, date)
        VALUES (@documentId, @sentenceId, @start, @end, @text, @value, @unit, @per, @approx, @bound, @counted, @category, @source, @date)
        """;

    private const string InsertPlaceMentionSql = """
        INSERT INTO place_mentions (document_id, sentence_id, start, end, text, place_id)
        VALUES (@documentId, @sentenceId, @start, @end, @text, @placeId)
        """;

    private const string InsertSourceSql = """
        INSERT INTO source_mentions (document_id, sentence_id, start, end, text, name, kind, role, title, anonymous)
        VALUES (@documentId, @sentenceId, @start, @end, @text, @name, @kind, @role, @title, @anonymous)
        """;

    private const string InsertEventSql = """
        INSERT INTO events (document_id, sentence_id, date, precision, date_from, date_to, label, place_signature)
        VALUES (@documentId, @sentenceId, @date, @precision, @dateFrom, @dateTo, @label, @signature)
        """;

    public StoreOutcome Store(ArticleFacts facts, string? fileName = null)
    {
        var hash = ContentHash.Of(facts.Text);
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        if (connection.ExecuteScalar<long?>(FindByHashSql, new { hash }, transaction) is { } existing)
        {
            return StoreOutcome.AlreadyStored(existing);
        }

        var document = facts.Document;
        var documentId = connection.ExecuteScalar<long>(InsertDocumentSql, new
        {
            hash,
            fileName,
            title = document.Title,
            outlet = document.Outlet,
            url = document.Url,
            language = document.Language,
            published = document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            basis = document.PublishedBasis.Code(),
            text = facts.Text,
            loadedAt = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        }, transaction);

        var dayOfSentence = SentenceDays(facts);
        var sentenceIds = InsertSentences(connection, transaction, facts, documentId, dayOfSentence);
        long SentenceId(int index) => sentenceIds[index];

        connection.Execute(InsertDateSql, facts.Dates.Select(d => new
        {
            documentId,
            sentenceId = SentenceId(d.Sentence),
            start = d.Start,
            end = d.End,
            text = d.Text,
            value = d.Value,
            precision = d.Precision.Code(),
            relative = d.Relative,
            calendar = d.Calendar,
            dateFrom = Iso(d.Range?.From),
            dateTo = Iso(d.Range?.To),
        }), transaction);

        connection.Execute(InsertFigureSql, facts.Figures.Select(f => new
        {
            documentId,
            sentenceId = SentenceId(f.Sentence),
            start = f.Start,
            end = f.End,
            text = f.Text,
            value = f.Value,
            unit = f.Unit,
            per = f.Per is { } per ? per.Code() : null,
            approx = f.Approx,
            bound = f.Bound.Code(),
            counted = f.Counted,
            category = f.Category.Code(),
            source = f.Source,
            date = Iso(dayOfSentence[f.Sentence]?.From),
        }), transaction);

        var placeIds = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var place in facts.Places.Select(p => p.Place).DistinctBy(p => p.Key))
        {
            placeIds[place.Key] = connection.ExecuteScalar<long>(UpsertPlaceSql, new
            {
                key = place.Key,
                kind = place.Kind.Code(),
                name = place.Name,
                nameAr = place.NameAr,
                country = place.Country,
                lat = place.Lat,
                lon = place.Lon,
                population = place.Population,
            }, transaction);
        }
        connection.Execute(InsertPlaceMentionSql, facts.Places.Select(p => new
        {
            documentId,
            sentenceId = SentenceId(p.Sentence),
            start = p.Start,
            end = p.End,
            text = p.Text,
            placeId = placeIds[p.Place.Key],
        }), transaction);

        connection.Execute(InsertSourceSql, facts.Sources.Select(s => new
        {
            documentId,
            sentenceId = SentenceId(s.Sentence),
            start = s.Start,
            end = s.End,
            text = s.Text,
            name = s.Name,
            kind = s.Kind.Code(),
            role = s.Role.Code(),
            title = s.Title,
            anonymous = s.Anonymous,
        }), transaction);

        connection.Execute(InsertEventSql, facts.Events.Select(e => new
        {
            documentId,
            sentenceId = SentenceId(e.Sentence),
            date = e.Date,
            precision = e.Precision.Code(),
            dateFrom = Iso(DateValue.Range(e.Date).From),
            dateTo = Iso(DateValue.Range(e.Date).To),
            label = e.Label,
            signature = string.Join(' ', e.PlaceKeys.Order(StringComparer.Ordinal)),
        }), transaction);

        transaction.Commit();
        return new StoreOutcome(documentId, false, facts.Dates.Count, facts.Figures.Count, facts.Places.Count, facts.Sources.Count, facts.Events.Count);
    }

    // A long article has tens of thousands of sentences: one prepared command each for the rows and their search
    // entries, rebound per sentence, instead of a new command per row.
    private static long[] InsertSentences(SqliteConnection connection, SqliteTransaction transaction, ArticleFacts facts, long documentId, (DateOnly From, DateOnly To)?[] days)
    {
        using var insert = Prepare(connection, transaction, InsertSentenceSql, "@documentId", "@idx", "@start", "@end", "@text", "@dateFrom", "@dateTo");
        using var search = Prepare(connection, transaction, InsertSearchSql, "@id", "@text");
        insert.Parameters["@documentId"].Value = documentId;
        var ids = new long[facts.Sentences.Count];
        foreach (var sentence in facts.Sentences)
        {
            var text = facts.SentenceText(sentence.Index);
            insert.Parameters["@idx"].Value = sentence.Index;
            insert.Parameters["@start"].Value = sentence.Start;
            insert.Parameters["@end"].Value = sentence.End;
            insert.Parameters["@text"].Value = text;
            insert.Parameters["@dateFrom"].Value = (object?)Iso(days[sentence.Index]?.From) ?? DBNull.Value;
            insert.Parameters["@dateTo"].Value = (object?)Iso(days[sentence.Index]?.To) ?? DBNull.Value;
            ids[sentence.Index] = (long)insert.ExecuteScalar()!;
            search.Parameters["@id"].Value = ids[sentence.Index];
            search.Parameters["@text"].Value = SearchText.IndexForm(text);
            search.ExecuteNonQuery();
        }
        return ids;
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        }
        command.Prepare();
        return command;
    }

    /// <summary>The days each sentence is about: the date of its event, else the document's publication day.</summary>
    private static (DateOnly From, DateOnly To)?[] SentenceDays(ArticleFacts facts)
    {
        var published = facts.Document.Published is { } day ? (day, day) : ((DateOnly, DateOnly)?)null;
        var days = Enumerable.Repeat(published, facts.Sentences.Count).ToArray();
        foreach (var timelineEvent in facts.Events)
        {
            days[timelineEvent.Sentence] = DateValue.Range(timelineEvent.Date);
        }
        return days;
    }

    private static string? Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

}
