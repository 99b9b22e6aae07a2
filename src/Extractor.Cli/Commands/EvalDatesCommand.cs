using System.Diagnostics;
using System.Globalization;
using Extractor.Cli.Evaluation.Dates;

namespace Extractor.Cli.Commands;

/// <summary>
/// <c>extractor eval dates DIR...</c>: runs the extractor on TimeML files (text inside <c>&lt;TEXT&gt;</c>, the
/// <c>&lt;DCT&gt;</c> as reference date) and prints TempEval-3 Task A figures for each directory and over all files.
/// </summary>
internal static class EvalDatesCommand
{
    public static int Run(string[] args)
    {
        var reader = new ArgumentReader(args, ["--limit"], ["--errors", "--pairs", "--no-reference"]);
        if (reader.Positional.Count == 0)
        {
            throw new UsageException("'eval dates' needs at least one directory of TimeML .tml files");
        }

        int limit = reader.GetInt("--limit", int.MaxValue, 1);
        bool pairs = reader.Has("--pairs");
        bool errors = pairs || reader.Has("--errors");
        bool noReference = reader.Has("--no-reference");
        var extractor = NewsExtractor.Default;
        var total = new TemporalScores();
        int totalDocs = 0;
        double totalSeconds = 0;
        foreach (string dir in reader.Positional)
        {
            if (!Directory.Exists(dir))
            {
                Console.Error.WriteLine($"extractor: directory '{dir}' does not exist");
                return ExitCodes.UnreadableInput;
            }

            var files = Directory.GetFiles(dir, "*.tml").Order(StringComparer.Ordinal).Take(limit).ToArray();
            var documents = files.Select(TimeMlReader.Read).ToArray();
            var scores = new TemporalScores();
            var clock = Stopwatch.StartNew();
            var outputs = new List<SystemTimex>[documents.Length];
            for (int d = 0; d < documents.Length; d++)
            {
                var doc = documents[d];
                var options = new ExtractionOptions { ReferenceDate = noReference ? null : doc.CreationDate };
                var result = extractor.ExtractEntities(doc.Text, options);
                outputs[d] = result.Where(e => e.IsTemporal)
                    .Select(e => new SystemTimex(e.Span.Start, e.Span.End, EntityTypeLabels.ToLabel(e.Type), e.Value, e.Modifier)).ToList();
            }

            clock.Stop();
            for (int d = 0; d < documents.Length; d++)
            {
                var doc = documents[d];
                TemporalScorer.Score(doc.Gold, outputs[d], scores, errors ? (g, s) => PrintError(doc, g, s, pairs) : null);
                TemporalScorer.Score(doc.Gold, outputs[d], total);
            }

            Print(Path.GetFileName(Path.TrimEndingDirectorySeparator(dir)), scores, documents.Length, clock.Elapsed.TotalSeconds);
            totalDocs += documents.Length;
            totalSeconds += clock.Elapsed.TotalSeconds;
        }

        if (reader.Positional.Count > 1)
        {
            Print("all", total, totalDocs, totalSeconds);
        }

        return ExitCodes.Success;
    }

    private static void PrintError(TimeMlDocument doc, GoldTimex? gold, SystemTimex? system, bool pairs)
    {
        string Text(int s, int e) => doc.Text[s..e].Replace('\n', ' ');
        if (gold is { } g && system is { } s)
        {
            bool spanOk = g.Start == s.Start && g.End == s.End;
            bool valueOk = string.Equals(g.Value, s.Value, StringComparison.Ordinal) && g.Type == s.Type && (g.Modifier ?? string.Empty) == (s.Modifier ?? string.Empty);
            if (spanOk && valueOk && !pairs)
            {
                return;
            }

            string label = !spanOk ? "SPAN " : valueOk ? "OK   " : "VALUE";
            Console.WriteLine($"{label}\t{doc.Name}\tgold [{Text(g.Start, g.End)}] {g.Type} {g.Value} {g.Modifier}\tsys [{Text(s.Start, s.End)}] {s.Type} {s.Value} {s.Modifier}\t{Context(doc, g.Start, g.End)}");
        }
        else if (gold is { } missed)
        {
            Console.WriteLine($"MISS \t{doc.Name}\tgold [{Text(missed.Start, missed.End)}] {missed.Type} {missed.Value} {missed.Modifier}\t\t{Context(doc, missed.Start, missed.End)}");
        }
        else if (system is { } extra)
        {
            Console.WriteLine($"EXTRA\t{doc.Name}\t\tsys [{Text(extra.Start, extra.End)}] {extra.Type} {extra.Value} {extra.Modifier}\t{Context(doc, extra.Start, extra.End)}");
        }
    }

    private static string Context(TimeMlDocument doc, int start, int end)
    {
        int s = Math.Max(0, start - 60);
        int e = Math.Min(doc.Text.Length, end + 60);
        return (doc.Text[s..start] + "[[" + doc.Text[start..end] + "]]" + doc.Text[end..e]).Replace('\n', ' ');
    }

    private static void Print(string name, TemporalScores s, int documents, double seconds)
    {
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"{name}: {documents} documents, {s.Gold} gold, {s.System} system TIMEX3"));
        Console.WriteLine(string.Create(c, $"  relaxed  P {s.RelaxedPrecision:F4}  R {s.RelaxedRecall:F4}  F1 {s.RelaxedF1:F4}"));
        Console.WriteLine(string.Create(c, $"  strict   P {s.StrictPrecision:F4}  R {s.StrictRecall:F4}  F1 {s.StrictF1:F4}"));
        Console.WriteLine(string.Create(c, $"  type accuracy {s.TypeAccuracy:F4}  type F1 {s.TypeF1:F4}"));
        Console.WriteLine(string.Create(c, $"  value accuracy {s.ValueAccuracy:F4}  value F1 {s.ValueF1:F4}  (mod accuracy {s.ModifierAccuracy:F4})"));
        Console.WriteLine(string.Create(c, $"  {documents / Math.Max(seconds, 1e-9):F1} docs/s"));
    }
}
