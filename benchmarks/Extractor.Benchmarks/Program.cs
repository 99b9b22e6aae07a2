using BenchmarkDotNet.Running;

namespace Extractor.Benchmarks;

/// <summary>Runs the suite: <c>dotnet run -c Release --project benchmarks/Extractor.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
