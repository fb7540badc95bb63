using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// In-process: the self-contained, RID-specific build settings of this repository make BenchmarkDotNet's generated
// child projects fragile; the numbers below come from the process that built them.
if (args is ["build-db"])
{
    // Building the million-fact file is itself a measure of loading speed; it is kept for the query benchmarks.
    var clock = System.Diagnostics.Stopwatch.StartNew();
    Dashboard.Benchmarks.MillionFactDatabase.Open();
    Console.WriteLine($"{Dashboard.Benchmarks.MillionFactDatabase.Path}: {clock.Elapsed.TotalSeconds:0.0} s");
    return;
}

var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true)).WithWarmupCount(2).WithIterationCount(8))
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
