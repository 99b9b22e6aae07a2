using BenchmarkDotNet.Running;

namespace Extractor.Benchmarks;

/// <summary>
/// Runs the suite: <c>dotnet run -c Release --project benchmarks/Extractor.Benchmarks -- --filter '*'</c>; with
/// <c>profile</c>, the time and allocations of each stage of entity extraction instead (<see cref="StageProfile"/>).
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "profile")
        {
            StageProfile.Run(args);
            return;
        }

        if (args.Length > 0 && args[0] == "stream")
        {
            StreamProfile.Run(args);
            return;
        }

        if (args.Length > 0 && args[0] == "model")
        {
            ModelProfile.Run(args);
            return;
        }

        if (args.Length > 0 && args[0] == "dump")
        {
            EntityDump.Run(args);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
