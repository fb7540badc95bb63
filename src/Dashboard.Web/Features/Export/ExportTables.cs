using Dashboard.Data.Queries;
using Dashboard.Web.Features.Shared;
using Dashboard.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Features.Export;

/// <summary>
/// The rows behind each chart as a table: the aggregated rows the chart itself receives, each with the sentence it
/// came from and a link to it in the reader, so every exported number can still be checked.
/// </summary>
public static class ExportTables
{
    /// <summary>Builds an absolute link to a sentence in the reader (documentId, sentence index).</summary>
    public delegate string ReaderLink(long documentId, long? sentence);

    public static ExportTable Timeline(IReadOnlyList<TimelineItem> items, IStringLocalizer<SharedResource> L, ReaderLink link) => new(
        [
            new("date", L["Date"]), new("precision", L["Precision"]), new("event", L["Event"]), new("places", L["Places"]),
            new("sources", L["Sources"]), new("reports", L["Reports"]), new("document", L["Document"]), new("outlet", L["Outlet"]),
            new("sentence", L["Sentence"]), new("link", L["Link"]),
        ],
        items.Select(i =>
        {
            var first = i.Reports[0];
            return Row(
                i.Date, L["precision." + i.Precision].Value, i.Label,
                ChartCaptions.Join(i.Places.Select(p => Format.PlaceName(p.Name, p.NameAr))), ChartCaptions.Join(i.Sources),
                (long)i.Reports.Count, first.DocumentTitle, first.Outlet, first.SentenceText, link(first.DocumentId, first.Sentence));
        }).ToList());

    public static ExportTable Map(IReadOnlyList<PlaceCount> places, IStringLocalizer<SharedResource> L) => new(
        [
            new("key", L["Key"]), new("place", L["Place"]), new("name", L["English name"]), new("nameAr", L["Arabic name"]),
            new("kind", L["Kind"]), new("country", L["Country"]), new("lat", L["Latitude"]), new("lon", L["Longitude"]),
            new("mentions", L["Mentions"]), new("documents", L["Documents"]),
        ],
        places.Select(p => Row(
            p.Key, Format.PlaceName(p.Name, p.NameAr), p.Name, p.NameAr, Labels.Kind(L, p.Kind), p.Country?.ToUpperInvariant(),
            p.Lat, p.Lon, p.Mentions, p.Documents)).ToList());

    public static ExportTable CostMeasures(IReadOnlyList<CostMeasure> measures, IStringLocalizer<SharedResource> L, ReaderLink link) => new(
        [
            new("what", L["What"]), new("kind", L["Kind"]), new("value", L["Value"]), new("minValue", L["Smallest reported"]),
            new("unit", L["Unit"]), new("per", L["Per"]), new("amount", L["Amount"]), new("reports", L["Reports"]),
            new("approxReports", L["Approximate reports"]), new("latestDate", L["Latest date"]), new("asWritten", L["As written"]),
            new("source", L["Source"]), new("document", L["Document"]), new("sentence", L["Sentence"]), new("link", L["Link"]),
        ],
        measures.Select(m => Row(
            m.Counted, (m.Per is null ? L["total"] : L["rate"]).Value, m.MaxValue, m.MinValue, m.Unit, Format.PerPeriod(m.Per),
            Format.Figure(m.MaxValue, m.Unit, m.Per, m.ApproxReports > 0), m.Reports, m.ApproxReports, m.LastDate, m.Text,
            m.Source, m.DocumentTitle, m.SentenceText, link(m.DocumentId, m.Sentence))).ToList());

    public static ExportTable CostPoints(IReadOnlyList<CostPoint> points, IStringLocalizer<SharedResource> L, ReaderLink link) => new(
        [
            new("date", L["Date"]), new("what", L["What"]), new("value", L["Value"]), new("unit", L["Unit"]), new("per", L["Per"]),
            new("amount", L["Amount"]), new("approx", L["Approximate"]), new("asWritten", L["As written"]),
            new("sentence", L["Sentence"]), new("link", L["Link"]),
        ],
        points.Select(p => Row(
            p.Date, p.Counted, p.Value, p.Unit, Format.PerPeriod(p.Per), Format.Figure(p.Value, p.Unit, p.Per, p.Approx), p.Approx,
            p.Text, p.SentenceText, link(p.DocumentId, p.Sentence))).ToList());

    public static ExportTable Sources(IReadOnlyList<SourceCount> sources, IStringLocalizer<SharedResource> L, ReaderLink link) => new(
        [
            new("source", L["Source"]), new("kind", L["Kind"]), new("role", L["Role"]), new("anonymous", L["Anonymous source"]),
            new("mentions", L["Mentions"]), new("documents", L["Documents"]), new("credits", L["Credits"]),
            new("example", L["Example"]), new("link", L["Link"]),
        ],
        sources.Select(s => Row(
            s.Name, Labels.Kind(L, s.Kind), s.Title, s.Anonymous, s.Mentions, s.Documents, s.Credits, s.SentenceText,
            link(s.DocumentId, s.SentenceText.Length == 0 ? null : s.Sentence))).ToList());

    public static ExportTable Figures(IReadOnlyList<FigureRow> figures, IStringLocalizer<SharedResource> L, ReaderLink link) => new(
        [
            new("value", L["Value"]), new("unit", L["Unit"]), new("per", L["Per"]), new("amount", L["Amount"]),
            new("approx", L["Approximate"]), new("bound", L["Bound"]), new("what", L["What it counts"]), new("category", L["Category"]),
            new("source", L["Source"]), new("date", L["Date"]), new("asWritten", L["As written"]), new("document", L["Document"]),
            new("sentence", L["Sentence"]), new("link", L["Link"]),
        ],
        figures.Select(f => Row(
            f.Value, f.Unit, Format.PerPeriod(f.Per), Format.Figure(f.Value, f.Unit, f.Per, f.Approx, f.Bound), f.Approx, f.Bound,
            f.Counted, Labels.Category(L, f.Category), f.Source, f.Date, f.Text, f.DocumentTitle, f.SentenceText,
            link(f.DocumentId, f.Sentence))).ToList());

    private static IReadOnlyList<object?> Row(params object?[] cells) => cells;
}
