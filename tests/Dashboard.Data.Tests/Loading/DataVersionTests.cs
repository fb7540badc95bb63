using Dashboard.Data.Loading;

namespace Dashboard.Data.Tests.Loading;

public class DataVersionTests
{
    [Fact]
    public void Bump_TellsEveryListenerTheNewVersion()
    {
        var version = new DataVersion();
        var heard = new List<long>();
        version.Changed += heard.Add;
        version.Changed += v => heard.Add(v * 10);

        version.Bump();
        version.Bump();

        Assert.Equal(2, version.Current);
        Assert.Equal([1, 10, 2, 20], heard);
    }

    [Fact]
    public void Bump_ListenerAlreadyDisposed_OthersStillHear()
    {
        var version = new DataVersion();
        var heard = 0L;
        version.Changed += _ => throw new ObjectDisposedException("closed page");
        version.Changed += v => heard = v;

        version.Bump();

        Assert.Equal(1, heard);
    }

    [Fact]
    public void Bump_RemovedListener_HearsNothing()
    {
        var version = new DataVersion();
        var heard = 0;
        void Listener(long _) => heard++;
        version.Changed += Listener;
        version.Changed -= Listener;

        version.Bump();

        Assert.Equal(0, heard);
    }
}
