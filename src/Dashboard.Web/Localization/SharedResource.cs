namespace Dashboard.Web.Localization;

/// <summary>
/// The marker type of the UI strings (SharedResource.resx, SharedResource.ar.resx). Keys are the English text;
/// the English file repeats them so a test can check that every key has an Arabic translation.
/// </summary>
public sealed class SharedResource;
