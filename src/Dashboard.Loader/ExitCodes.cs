namespace Dashboard.Loader;

public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Some files could not be loaded; the others were.</summary>
    public const int SomeFailed = 1;

    public const int InvalidInput = 2;

    public const int NotFound = 3;
}
