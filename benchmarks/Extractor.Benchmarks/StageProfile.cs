using System.Diagnostics;
using Extractor.Dates;
using Extractor.Entities;
using Extractor.Models;
using Extractor.Pipeline;
using Extractor.Quotes;
using Extractor.Resolution;
using Extractor.Text;

namespace Extractor.Benchmarks;

/// <summary>
/// Where the time of <see cref="NewsExtractor.ExtractEntities"/> goes, stage by stage, with the bytes each stage
/// allocates: <c>dotnet run -c Release --project benchmarks/Extractor.Benchmarks -- profile [Paragraph|Article|Megabyte] [rounds]</c>.
/// Times are the fastest of the rounds, allocations the mean. The stages are those of the pipeline, called one after the other as it calls them (the corrections after the merge from its own list); the model is split into the
/// document table, the emissions (features and weights) and those with the Viterbi search and confidences (a second
/// pass); "recognize (whole)" is the model's whole stage again, mentions included.
/// </summary>
public static class StageProfile
{
    /// <summary>
    /// One row per stage: those before the merge, then one per correction of <see cref="ExtractionPipeline.Corrections"/>
    /// (the pipeline's own list, so a rule added there is timed here), then resolution and the records. "phrase reader
    /// (new)" is making the reader alone: it classifies words when first asked about them, so that work falls in the
    /// rows after it that ask.
    /// </summary>
    private static readonly string[] Names =
    [
        "tokenize+split", "document table", "emissions", "emissions+viterbi", "recognize (whole)", "gazetteer", "temporal", "  temporal tokens", "merge",
        .. ExtractionPipeline.Corrections.Select(c => c.Name),
        "  phrase reader (new)", "  referents", "resolution (rest)", "records",
    ];

    /// <summary>Runs the profile and prints a table.</summary>
    public static void Run(string[] args)
    {
        var size = args.Length > 1 ? Enum.Parse<BenchmarkCorpus.Size>(args[1], ignoreCase: true) : BenchmarkCorpus.Size.Megabyte;
        int rounds = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5;
        string text = BenchmarkCorpus.Get(size);
        _cpu = args.Length > 3 && args[3] == "cpu";
        var model = EntityModel.LoadDefault() ?? throw new InvalidOperationException("No model.");
        var options = new ExtractionOptions { ReferenceDate = new DateOnly(2021, 12, 2) };
        NewsExtractor.Default.ExtractEntities(text, options);

        var best = new double[Names.Length];
        Array.Fill(best, double.MaxValue);
        var bytes = new long[Names.Length];
        long whole = long.MaxValue;
        int tokenCount = 0;
        var temporalTokens = new TemporalToken[1 << 18];
        for (int r = 0; r < rounds; r++)
        {
            var ticks = new double[Names.Length];
            long begin = Now();
            NewsExtractor.Default.ExtractEntities(text, options);
            whole = Math.Min(whole, Now() - begin);

            int stage = 0;
            var document = Time(ref stage, ticks, bytes, () => AnalyzedDocument.Create(text, options));
            var tokens = document.Tokens;
            tokenCount = tokens.Count;
            var scratch = DecodeScratch.Current;
            Time(ref stage, ticks, bytes, () =>
            {
                var context = DocumentContext.Current;
                context.Clear();
                for (int s = 0; s < tokens.SentenceCount; s++)
                {
                    int first = tokens.SentenceStarts[s];
                    int n = tokens.SentenceEnd(s) - first;
                    context.AddSentence(text, tokens.Starts.Slice(first, n), tokens.Ends.Slice(first, n));
                }

                return 0;
            });
            // Two passes over the whole text, emissions alone then emissions and search, so that each starts cold.
            long emissionBytes = GC.GetAllocatedBytesForCurrentThread();
            long t0 = Now();
            ForEachSentence(tokens, (first, n) => model.ComputeEmissions(text, tokens.Starts.Slice(first, n), tokens.Ends.Slice(first, n), scratch, DocumentContext.Current));
            long t1 = Now();
            ForEachSentence(tokens, (first, n) => model.Decode(text, tokens.Starts.Slice(first, n), tokens.Ends.Slice(first, n), scratch, DocumentContext.Current));
            long t2 = Now();
            ticks[stage] += t1 - t0;
            bytes[stage++] += GC.GetAllocatedBytesForCurrentThread() - emissionBytes;
            ticks[stage++] += t2 - t1;
            var model1 = new List<EntityMention>();
            var unreported = new List<EntityMention>();
            Time(ref stage, ticks, bytes, () => { model.Recognize(document, model1, unreported); return 0; });
            var gazetteer = Time(ref stage, ticks, bytes, () => { var g = new List<EntityMention>(); GazetteerRecognizer.Default.Recognize(document, g); return g; });
            var temporal = Time(ref stage, ticks, bytes, () => { var g = new List<EntityMention>(); TemporalRecognizer.Default.Recognize(document, g); return g; });
            // The temporal tokenizer's share of the temporal stage, timed again on its own.
            Time(ref stage, ticks, bytes, () => TemporalTokenizer.Build(document, TemporalRecognizer.Default.Lexicon, ref temporalTokens));
            var merged = Time(ref stage, ticks, bytes, () => MentionMerger.Merge(model1, gazetteer, temporal, document.Text, unreported));
            // The corrections after the merge: the pipeline's own list, in its order (ExtractionPipeline.FindMentions
            // runs the same), so that resolution reads the mentions it reads there.
            foreach (var (_, apply) in ExtractionPipeline.Corrections)
            {
                Time(ref stage, ticks, bytes, () => { apply(document, merged, model, GazetteerRecognizer.Default.Lexicon); return 0; });
            }

            // Resolution reads roles through the document's phrase reader and referents (made once, reused by the quote
            // stage): those two are timed apart first, the reader's words classified as the referents ask about them;
            // "resolution (rest)" is the rest of resolution, which then finds both made (and classifies what else it asks).
            var reader = Time(ref stage, ticks, bytes, () => PhraseReader.For(document, QuoteLexicon.Default));
            Time(ref stage, ticks, bytes, () => DocumentReferents.For(reader, merged));
            Time(ref stage, ticks, bytes, () => { EntityResolver.Default.Resolve(document, merged); return 0; });
            Time(ref stage, ticks, bytes, () => ResultBuilder.Entities(document, merged));
            for (int i = 0; i < Names.Length; i++)
            {
                best[i] = Math.Min(best[i], ticks[i]);
            }
        }

        double ms = _cpu ? 1e-6 : 1000.0 / Stopwatch.Frequency;
        Console.WriteLine($"{size}: {text.Length} chars, {tokenCount} tokens; ExtractEntities {whole * ms:F2} ms ({tokenCount / (whole * ms / 1000) / 1e6:F2}M tokens/s)");
        for (int i = 0; i < Names.Length; i++)
        {
            Console.WriteLine($"  {Names[i],-22} {best[i] * ms,9:F2} ms {bytes[i] / rounds / 1024.0,10:F1} KB");
        }
    }

    private static bool _cpu;

    /// <summary>Stopwatch ticks, or with <c>cpu</c> the thread's processor time in nanoseconds.</summary>
    private static long Now()
    {
        if (!_cpu)
        {
            return Stopwatch.GetTimestamp();
        }

        ClockGetTime(ThreadCpuClock, out var time);
        return (time.Seconds * 1_000_000_000) + time.Nanoseconds;
    }

    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private static void ForEachSentence(TokenTable tokens, Action<int, int> action)
    {
        for (int s = 0; s < tokens.SentenceCount; s++)
        {
            int first = tokens.SentenceStarts[s];
            int n = tokens.SentenceEnd(s) - first;
            if (n > 0)
            {
                action(first, n);
            }
        }
    }

    private static T Time<T>(ref int stage, double[] ticks, long[] bytes, Func<T> action)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        long start = Now();
        var result = action();
        ticks[stage] += Now() - start;
        bytes[stage] += GC.GetAllocatedBytesForCurrentThread() - before;
        stage++;
        return result;
    }
}
