using Dashboard.Web.Hosting;

var builder = DashboardHost.CreateBuilder(args);
builder.AddDashboard();

var app = builder.Build();
app.UseDashboard();
app.LoadSeedsWhenEmpty();
app.Run();

/// <summary>The web app's entry point; public so that tests can start it.</summary>
public partial class Program;
