using Extractor.Cli.Lexicons;

namespace Extractor.Cli.Commands;

/// <summary>
/// <c>extractor build gazetteer [--data DIR] [--output FILE]</c>: compiles the gazetteer resource embedded in the
/// core package from <c>../shared/data</c>. Run it when the source lists change; the output is committed.
/// </summary>
internal static class BuildGazetteerCommand
{
    public static int Run(string[] args)
    {
        var reader = new ArgumentReader(args, ["--data", "--output", "--supplement"]);
        string root = RepositoryPaths.Root();
        string data = reader.Get("--data") ?? Path.Combine(root, "..", "shared", "data");
        string output = reader.Get("--output") ?? Path.Combine(root, "src", "Extractor", "Resources", "gazetteer.bin");
        string supplement = reader.Get("--supplement") ?? Path.Combine(root, "src", "Extractor.Cli", "Lexicons", "gazetteer-supplement.tsv");
        if (!Directory.Exists(Path.Combine(data, "gazetteers")))
        {
            throw new UsageException($"option '--data': '{data}' has no gazetteers folder");
        }

        var gazetteer = new GazetteerCompiler(data, Console.Error).Compile(supplement);
        using (var stream = File.Create(output))
        {
            gazetteer.Write(stream);
        }

        Console.Error.WriteLine($"wrote {output} ({new FileInfo(output).Length:N0} bytes, {gazetteer.Count:N0} names)");
        return ExitCodes.Success;
    }
}
