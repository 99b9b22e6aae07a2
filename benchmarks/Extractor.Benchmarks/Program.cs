using BenchmarkDotNet.Running;

namespace Extractor.Benchmarks;

/// <summary>
/// Runs the suite: <c>dotnet run -c Release --project benchmarks/Extractor.Benchmarks -- --filter '*'</c>; with
/// <c>profile</c>, the time and allocations of each stage of entity extraction instead (<see cref="StageProfile"/>);
/// <c>model</c>, the model alone on 1 MB with its word caches emptied each round (<see cref="ModelProfile"/>);
/// <c>stream</c>, extraction over new text (<see cref="StreamProfile"/>); <c>dump FILE</c>, every entity and score of
/// the BBC articles and the 1 MB text, to compare two builds (<see cref="EntityDump"/>).
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

        if (args.Length > 0 && args[0] == "viterbi")
        {
            ViterbiProfile.Run(args);
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
