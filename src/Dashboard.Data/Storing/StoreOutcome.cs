namespace Dashboard.Data.Storing;

/// <summary>What storing one document did: stored it with its fact counts, or found it already there.</summary>
public sealed record StoreOutcome(long DocumentId, bool Duplicate, int Dates, int Figures, int Places, int Sources, int Events)
{
    public static StoreOutcome AlreadyStored(long documentId) => new(documentId, true, 0, 0, 0, 0, 0);
}
