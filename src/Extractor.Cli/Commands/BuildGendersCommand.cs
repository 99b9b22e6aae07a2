using Extractor.Cli.Lexicons;

namespace Extractor.Cli.Commands;

/// <summary>
/// <c>extractor build genders [--data DIR] [--output FILE] [--votes FILE]</c>: derives the first-name gender resource embedded in the
/// core package from the unlabeled news text and training sets in <c>../shared/data</c> (see
/// <see cref="NameGenderCompiler"/>). Deterministic; run it when the data or the recognizer changes; the output is committed.
/// </summary>
internal static class BuildGendersCommand
{
    public static int Run(string[] args)
    {
        var reader = new ArgumentReader(args, ["--data", "--output", "--votes"]);
        string root = RepositoryPaths.Root();
        string data = reader.Get("--data") ?? Path.Combine(root, "..", "shared", "data");
        string output = reader.Get("--output") ?? Path.Combine(root, "src", "Extractor", "Resources", "resolution-genders.txt");
        if (!Directory.Exists(Path.Combine(data, "raw", "bbc")) || !Directory.Exists(Path.Combine(data, "ner")))
        {
            throw new UsageException($"option '--data': '{data}' has no raw/bbc or ner folder");
        }

        var compiler = new NameGenderCompiler(Console.Error);
        var (names, sources) = compiler.Compile(data);
        if (reader.Get("--votes") is { } votes)
        {
            using var writer = new StreamWriter(votes);
            compiler.WriteVotes(writer); // every name with evidence and its votes, to review the thresholds
        }

        using (var writer = new StreamWriter(output, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" })
        {
            NameGenderCompiler.Write(writer, names, sources);
        }

        Console.Error.WriteLine($"wrote {output} ({new FileInfo(output).Length:N0} bytes, {names.Count:N0} names)");
        return ExitCodes.Success;
    }
}
