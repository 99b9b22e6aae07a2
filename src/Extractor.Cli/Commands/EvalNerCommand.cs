using System.Diagnostics;
using System.Globalization;
using Extractor.Cli.Evaluation;
using Extractor.Cli.Training;
using Extractor.Models;

namespace Extractor.Cli.Commands;

/// <summary>
/// <c>extractor eval ner --format conll|ontonotes FILE [--model FILE] [--limit N] [--pipeline]</c>: exact-span precision,
/// recall and F1 per type and micro-averaged, on the corpus's own tokens (no re-tokenization), plus decoding speed. With
/// <c>--pipeline</c> the entities scored are those of the whole <c>ExtractEntities</c> pipeline instead of the model's.
/// </summary>
internal static class EvalNerCommand
{
    public static int Run(string[] args)
    {
        var reader = new ArgumentReader(args, ["--format", "--model", "--limit", "--show", "--errors"], ["--pipeline"]);
        if (reader.Positional.Count != 1)
        {
            throw new UsageException("eval ner needs exactly one annotated FILE");
        }

        var format = reader.Get("--format") switch
        {
            "conll" => NerCorpusFormat.Conll,
            "ontonotes" => NerCorpusFormat.OntoNotes,
            null => throw new UsageException("eval ner needs --format conll|ontonotes"),
            var other => throw new UsageException($"--format must be conll or ontonotes, not '{other}'"),
        };
        int limit = reader.GetInt("--limit", int.MaxValue, min: 1);
        string path = reader.Positional[0];
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"extractor: cannot read '{path}'");
            return ExitCodes.UnreadableInput;
        }

        EntityModel? model;
        var loadCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var loadClock = Stopwatch.StartNew();
        if (reader.Get("--model") is { } modelPath)
        {
            if (!File.Exists(modelPath))
            {
                Console.Error.WriteLine($"extractor: cannot read '{modelPath}'");
                return ExitCodes.UnreadableInput;
            }

            using var stream = File.OpenRead(modelPath);
            model = EntityModel.Load(stream);
        }
        else
        {
            model = EntityModel.LoadDefault();
            if (model is null)
            {
                Console.Error.WriteLine("extractor: this build has no embedded entity model; pass --model FILE");
                return ExitCodes.UnreadableInput;
            }
        }

        double loadMs = loadClock.Elapsed.TotalMilliseconds;
        double loadCpuMs = (Process.GetCurrentProcess().TotalProcessorTime - loadCpu).TotalMilliseconds;

        // A second load, with the code already compiled: what every later load in a process costs.
        var warmClock = Stopwatch.StartNew();
        using (var again = reader.Get("--model") is { } path2 ? File.OpenRead(path2) : typeof(EntityModel).Assembly.GetManifestResourceStream(EntityModel.DefaultResourceName)!)
        {
            _ = EntityModel.Load(again);
        }

        double warmLoadMs = warmClock.Elapsed.TotalMilliseconds;
        var sentences = NerCorpusReader.Read(path, format, limit);
        int tokens = sentences.Sum(s => s.Count);
        var decode = NerDecoding.Decoder(model);

        // Time decoding alone (features, weights, greedy search) on the gold tokens, after one warm-up pass.
        var classes = new int[sentences.Count == 0 ? 0 : sentences.Max(s => s.Count)];
        foreach (var s in sentences.Take(200))
        {
            decode(s, classes);
        }

        // CPU time of this thread as well as wall time: on a shared machine the wall clock also counts other processes.
        var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        foreach (var s in sentences)
        {
            decode(s, classes);
        }

        double seconds = clock.Elapsed.TotalSeconds;
        double cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuStart).TotalSeconds;
        using var errors = reader.Get("--errors") is { } errorPath ? new StreamWriter(errorPath) : null;
        IReadOnlyList<string> typeNames = model.TypeNames;
        double pipelineSeconds = 0;
        Func<NerSentence, int, int, string?>? describe = null;
        if (reader.Has("--pipeline"))
        {
            // What ExtractEntities returns (model, gazetteer, temporal rules, merge), not the model alone.
            var extractor = reader.Get("--model") is { } pipelineModel
                ? NewsExtractor.Create(new NewsExtractorOptions { ModelPath = pipelineModel })
                : NewsExtractor.Default;
            var pipelineClock = Stopwatch.StartNew();
            var notes = errors is null ? null : new Dictionary<(NerSentence, int, int), string>();
            decode = PipelineNerDecoding.Decoder(extractor, sentences, notes);
            if (notes is not null)
            {
                describe = (sentence, first, last) => notes.TryGetValue((sentence, first, last), out var note) ? note : null;
            }

            pipelineSeconds = pipelineClock.Elapsed.TotalSeconds;
            typeNames = PipelineNerDecoding.TypeNames;
        }

        var score = NerEvaluator.Score(sentences, format, typeNames, decode, errors, describe);
        var output = Console.Out;
        output.WriteLine($"model: {model.Description}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"data: {path} ({sentences.Count:N0} sentences, {tokens:N0} tokens), exact-span scoring on the corpus's tokens"));
        if (pipelineSeconds > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"scored: ExtractEntities on each document rebuilt as text ({tokens / pipelineSeconds:N0} tokens/s); places are GPE/LOC, facilities included; SET and DURATION count as DATE, but a DURATION in hours, minutes or seconds as TIME"));
        }
        score.Write(output);
        int show = reader.GetInt("--show", 0, min: 0);
        foreach (var s in sentences.Take(show))
        {
            decode(s, classes);
            output.WriteLine(NerEvaluator.Describe(s, classes.AsSpan(0, s.Count), model.TypeNames));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"speed: {tokens / Math.Max(seconds, 1e-9):N0} tokens/s decoding on one thread (wall clock), {tokens / Math.Max(cpuSeconds, 1e-9):N0} tokens per CPU second; model loaded in {loadMs:F0} ms ({loadCpuMs:F0} ms CPU, first load in the process), {warmLoadMs:F0} ms when loaded again"));
        return ExitCodes.Success;
    }
}
