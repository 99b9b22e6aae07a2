using System.Globalization;
using Extractor.Cli.Output;

namespace Extractor.Cli.Commands;

/// <summary><c>extractor extract [--reference-date YYYY-MM-DD] [--format json|jsonl|text] [FILE...]</c>.</summary>
internal static class ExtractCommand
{
    public static int Run(string[] args)
    {
        var reader = new ArgumentReader(args, ["--reference-date", "--format", "--model"]);
        string format = reader.Get("--format") ?? "json";
        if (format is not ("json" or "jsonl" or "text"))
        {
            throw new UsageException($"option '--format' must be json, jsonl or text, not '{format}'");
        }

        var options = ExtractionOptions.Default;
        if (reader.Get("--reference-date") is { } rawDate)
        {
            if (!DateOnly.TryParseExact(rawDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new UsageException($"option '--reference-date' must be a date as YYYY-MM-DD, not '{rawDate}'");
            }

            options = new ExtractionOptions { ReferenceDate = date };
        }

        NewsExtractor extractor;
        try
        {
            extractor = reader.Get("--model") is { } model ? NewsExtractor.Create(new NewsExtractorOptions { ModelPath = model }) : NewsExtractor.Default;
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException)
        {
            throw new UsageException($"option '--model': {e.Message}");
        }

        var sources = reader.Positional.Count == 0 ? ["-"] : reader.Positional;
        int exit = ExitCodes.Success;
        using var stdout = Console.OpenStandardOutput();
        using var output = new ResultWriter(stdout, format, several: sources.Count > 1);
        foreach (string source in sources)
        {
            string? text = InputReader.TryRead(source);
            if (text is null)
            {
                exit = ExitCodes.UnreadableInput;
                continue;
            }

            output.Write(source, extractor.Extract(text, options));
        }

        return exit;
    }
}
