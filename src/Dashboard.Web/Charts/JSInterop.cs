using Microsoft.JSInterop;

namespace Dashboard.Web.Charts;

public static class JSInterop
{
    /// <summary>Runs a JS call that may find the circuit already gone (a closed tab); that is not an error.</summary>
    public static async Task Quietly(Func<ValueTask> call)
    {
        try
        {
            await call();
        }
        catch (JSDisconnectedException)
        {
        }
        catch (TaskCanceledException)
        {
        }
    }
}
