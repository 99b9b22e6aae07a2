using System.Diagnostics;
using System.Globalization;
using Extractor.Cli.Evaluation;
using Extractor.Cli.Training;
using Extractor.Models;

namespace Extractor.Cli.Commands;

/// <summary>
/// <c>extractor train ner</c>: trains the entity model on OntoNotes (the shipped default) or CoNLL-2003 and writes a
/// model file. Deterministic for a given seed; progress goes to standard error.
/// </summary>
internal static class TrainNerCommand
{
    private const string Help = """
        Usage: extractor train ner [--data ontonotes|conll] [--train FILE] [--dev FILE] [--epochs N] [--output FILE] [--seed N]
                                   [--gazetteers DIR] [--unlabeled DIR,...] [--pa C] [--margin M] [--bags N] [--case-profile MODEL] [--min-count N] [--caps-rate X] [--max-weights N] [--limit N] [--training-lexicon none]
                                   [--classes N] [--coarse-classes N] [--class-min-count N] [--class-passes N]

          --data         corpus format and type scheme (default ontonotes; conll trains PER/ORG/LOC/MISC)
          --train, --dev annotated files (default ../shared/data/ner/<corpus>/train and dev)
          --epochs       passes over the training data (default 6 for ontonotes, 8 for conll: dev F1 is flat after that)
          --output       model file to write (default ner-<data>.bin)
          --seed         shuffling and augmentation seed (default 1)
          --gazetteers   folder with the gazetteer lists embedded as features (default ../shared/data/gazetteers; 'none' for none)
          --unlabeled    comma-separated folders of raw .txt news for the word case profile
                         (default ../shared/data/raw/bbc and the PolNeAR article texts; 'none' for none)
          --pa           passive-aggressive updates with this step cap instead of perceptron steps (default 0: perceptron)
          --margin       loss-augmented training: every wrong class gets this much extra score per token (default 0)
          --bags         train N perceptrons over different orders of the sentences and average their weights (default 3)
          --case-profile MODEL  reuse the word case profile and classes of a model trained on the same data (for experiments)
          --min-count    keep features seen at least N times (default 2)
          --caps-rate    share of sentences added again in capitals (default 0.05)
          --max-weights  keep at most N weights, the largest (default 1,300,000: the averaged perceptrons hold 1.84M on OntoNotes)
          --limit        read only the first N training tokens (for quick experiments)
          --training-lexicon  none: no jackknifed lexicon of the names in the training data (default: on)
          --classes      fine word classes learned from the unlabeled and training text by exchange clustering (default 1000; 0 for none)
          --coarse-classes    coarse classes over the fine ones (default 64)
          --class-min-count   words seen fewer times get no class (default 2)
          --class-passes      exchange passes (default 8)
        """;

    public static int Run(string[] args)
    {
        var reader = new ArgumentReader(args,
            ["--data", "--train", "--dev", "--epochs", "--output", "--seed", "--gazetteers", "--unlabeled", "--pa", "--margin", "--bags", "--case-profile", "--min-count", "--caps-rate", "--max-weights", "--limit", "--training-lexicon", "--classes", "--coarse-classes", "--class-min-count", "--class-passes"],
            ["--help", "-h"]);
        if (reader.Has("--help") || reader.Has("-h"))
        {
            Console.Out.WriteLine(Help);
            return ExitCodes.Success;
        }

        if (reader.Positional.Count > 0)
        {
            throw new UsageException($"unexpected argument '{reader.Positional[0]}'");
        }

        var format = (reader.Get("--data") ?? "ontonotes") switch
        {
            "ontonotes" => NerCorpusFormat.OntoNotes,
            "conll" => NerCorpusFormat.Conll,
            var other => throw new UsageException($"--data must be ontonotes or conll, not '{other}'"),
        };
        string folder = format == NerCorpusFormat.Conll ? "conll2003" : "ontonotes5";
        string extension = format == NerCorpusFormat.Conll ? "txt" : "tsv";
        string trainPath = reader.Get("--train") ?? SharedDataLocator.Find($"ner/{folder}/train.{extension}")
            ?? throw new UsageException($"no --train file given and ../shared/data/ner/{folder}/train.{extension} not found");
        string? devPath = reader.Get("--dev") ?? SharedDataLocator.Find($"ner/{folder}/dev.{extension}");
        int epochs = reader.GetInt("--epochs", format == NerCorpusFormat.Conll ? 8 : 6, min: 1);
        int seed = reader.GetInt("--seed", 1, min: 0);
        int minCount = reader.GetInt("--min-count", 2, min: 1);
        int maxWeights = reader.GetInt("--max-weights", 1_300_000, min: 1000);
        int limit = reader.GetInt("--limit", int.MaxValue, min: 1);
        double capsRate = double.TryParse(reader.Get("--caps-rate") ?? "0.05", NumberStyles.Float, CultureInfo.InvariantCulture, out double rate) && rate is >= 0 and <= 1
            ? rate
            : throw new UsageException("--caps-rate needs a number between 0 and 1");
        string output = reader.Get("--output") ?? $"ner-{(format == NerCorpusFormat.Conll ? "conll" : "ontonotes")}.bin";
        string? gazetteers = reader.Get("--gazetteers") ?? SharedDataLocator.Find("gazetteers");

        var log = Console.Error;
        var clock = Stopwatch.StartNew();
        if (!File.Exists(trainPath))
        {
            Console.Error.WriteLine($"extractor: cannot read '{trainPath}'");
            return ExitCodes.UnreadableInput;
        }

        var train = NerCorpusReader.Read(trainPath, format, limit);
        var dev = devPath is not null && File.Exists(devPath) ? NerCorpusReader.Read(devPath, format) : null;
        log.WriteLine($"read {train.Count:N0} training sentences from {trainPath}" + (dev is null ? " (no dev set)" : $", {dev.Count:N0} dev sentences from {devPath}"));

        var lexicon = gazetteers is null || gazetteers == "none" ? PhraseLexicon.Empty : GazetteerLexiconBuilder.Build(gazetteers, train, log);
        var scheme = NerTypeScheme.For(format);
        var unlabeled = new List<string>();
        foreach (string folder2 in (reader.Get("--unlabeled") ?? DefaultUnlabeled()).Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            if (folder2 != "none" && Directory.Exists(folder2))
            {
                unlabeled.AddRange(Directory.GetFiles(folder2, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            }
        }

        var classes = new WordClassOptions(
            reader.GetInt("--classes", 1000, min: 0),
            reader.GetInt("--coarse-classes", 64, min: 1),
            reader.GetInt("--class-min-count", 2, min: 1),
            reader.GetInt("--class-passes", 8, min: 1));
        if (classes.FineClasses > WordCaseProfile.MaxFineClasses || classes.CoarseClasses > Math.Min(classes.FineClasses == 0 ? int.MaxValue : classes.FineClasses, WordCaseProfile.MaxCoarseClasses))
        {
            throw new UsageException($"--classes must be at most {WordCaseProfile.MaxFineClasses} and --coarse-classes at most {WordCaseProfile.MaxCoarseClasses} and at most --classes");
        }

        string? profileModel = reader.Get("--case-profile");
        WordCaseProfile caseProfile;
        if (profileModel is not null)
        {
            // Experiments: the profile and classes of a model trained before on the same data, instead of minutes of clustering.
            using var stream = File.OpenRead(profileModel);
            caseProfile = EntityModel.Load(stream).CaseProfile;
            log.WriteLine($"word case profile and classes from {profileModel}");
        }
        else
        {
            caseProfile = CaseProfileBuilder.Build(train, unlabeled, classes, log);
        }

        float pa = float.TryParse(reader.Get("--pa") ?? "0", NumberStyles.Float, CultureInfo.InvariantCulture, out float cap) && cap >= 0
            ? cap
            : throw new UsageException("--pa needs a number of at least 0");
        float margin = float.TryParse(reader.Get("--margin") ?? "0", NumberStyles.Float, CultureInfo.InvariantCulture, out float m) && m >= 0
            ? m
            : throw new UsageException("--margin needs a number of at least 0");
        int bags = reader.GetInt("--bags", 3, min: 1);
        PhraseLexicon[]? foldLexicons = null;
        if (reader.Get("--training-lexicon") != "none")
        {
            (lexicon, foldLexicons) = TrainingLexiconBuilder.Build(lexicon, train, scheme, log);
        }

        var trainer = new PerceptronTrainer(scheme, lexicon, caseProfile, log) { AggressivenessCap = pa, Margin = margin, Bags = bags, FoldLexicons = foldLexicons };
        trainer.Train(train, dev, format, epochs, minCount, capsRate, seed);
        float temperature = trainer.CalibrateTemperature(dev ?? train.TakeLast(Math.Max(1, train.Count / 20)).ToList());

        var metadata = new List<KeyValuePair<string, string>>
        {
            new("name", $"Extractor NER ({scheme.Name}, structured averaged perceptron, BILOU, Viterbi)"),
            new("data", $"{Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(trainPath)))}/{Path.GetFileName(trainPath)} ({train.Sum(s => s.Count):N0} tokens){(lexicon.Count > 0 ? " + gazetteer lexicons" : string.Empty)}{(unlabeled.Count > 0 ? $" + word case profile from {unlabeled.Count:N0} unlabeled articles" : string.Empty)}"),
            new("trained", DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new("features", FeatureExtractor.FeatureSetName),
            new("types", string.Join(",", scheme.ModelTypes)),
            new("options", $"epochs={epochs} seed={seed} min-count={minCount} caps-rate={capsRate.ToString(CultureInfo.InvariantCulture)} max-weights={maxWeights} pa={pa.ToString(CultureInfo.InvariantCulture)} margin={margin.ToString(CultureInfo.InvariantCulture)} bags={bags} classes={classes.FineClasses}/{classes.CoarseClasses}/{classes.MinCount}/{classes.Passes}"),
        };
        var model = trainer.Export(metadata, minWeight: 0.0f, maxWeights, temperature);
        if (dev is not null)
        {
            var score = NerEvaluator.Score(dev, format, model.TypeNames, NerDecoding.Decoder(model));
            score.Write(log);
            var (p, r, f) = score.Micro();
            metadata.Add(new("evaluation", string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetFileName(devPath)} micro F1 {f * 100:F2} (P {p * 100:F2}, R {r * 100:F2}) over {string.Join("/", score.MicroCategories)}")));
            model = new EntityModel(scheme.ModelTypes, scheme.Map, model.Weights, model.Transitions, model.Scale, model.Temperature, lexicon, model.CaseProfile, metadata);
        }

        using (var stream = File.Create(output))
        {
            model.Save(stream);
        }

        log.WriteLine($"wrote {output} ({new FileInfo(output).Length / 1024.0 / 1024.0:F2} MB) in {clock.Elapsed.TotalMinutes:F1} min");
        return ExitCodes.Success;
    }

    private static string DefaultUnlabeled() =>
        string.Join(",", new[] { SharedDataLocator.Find("raw/bbc"), SharedDataLocator.Find("quotes/polnear/train/text") }.Where(d => d is not null));
}
