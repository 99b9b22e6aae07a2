using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using Extractor.Cli.Evaluation;
using Extractor.Models;

namespace Extractor.Cli.Training;

/// <summary>
/// Trains the BILOU tagger as a structured averaged perceptron (Collins 2002): each sentence is decoded by Viterbi
/// search with the current weights; where the best sequence differs from the gold one, the gold classes' features and
/// transitions gain one and the predicted ones lose one. Averaging uses the "w − u / c" trick, so no per-weight
/// timestamps are needed. With <see cref="Bags"/> above 1, several such perceptrons are trained over different
/// orders of the same sentences and their averaged weights are averaged again. Deterministic for a given seed.
/// </summary>
internal sealed class PerceptronTrainer
{
    private readonly NerTypeScheme _scheme;
    private readonly PhraseLexicon _lexicon;
    private readonly WordCaseProfile _caseProfile;
    private readonly TextWriter _log;
    private readonly int _classCount;
    private readonly int _stride;
    private readonly Dictionary<uint, int> _featureIds = new();
    private uint[] _keys = [];
    private float[] _w = [];
    private float[] _u = [];
    private float[] _tw = [];
    private float[] _tu = [];
    private long _c = 1;

    public PerceptronTrainer(NerTypeScheme scheme, PhraseLexicon lexicon, WordCaseProfile caseProfile, TextWriter log)
    {
        _caseProfile = caseProfile;
        _scheme = scheme;
        _lexicon = lexicon;
        _log = log;
        _classCount = BilouTags.ClassCount(scheme.ModelTypes.Length);
        int lanes = Vector<float>.Count;
        _stride = (_classCount + lanes - 1) / lanes * lanes;
    }

    public int FeatureCount => _keys.Length;

    /// <summary>Dev micro F1 after each epoch.</summary>
    public List<double> DevF1 { get; } = [];

    /// <summary>A training example: one sentence (possibly upper-cased), its gold classes and its static feature ids.</summary>
    private sealed class Example
    {
        public required string Text;
        public required int[] Starts;
        public required int[] Ends;
        public required int[] Gold;
        public required PhraseLexicon Lexicon;
        public required DocumentContext? Document;
        public int[] FeatureStarts = [];
        public int[] FeatureIds = [];

        /// <summary>The prepared tokens, for the features of <see cref="PredictionHistory"/> that change as training goes.</summary>
        public TokenFeatures[] Tokens = [];

        /// <summary>Whether the sentence is written in capitals.</summary>
        public bool Caps;
    }

    /// <summary>
    /// Step size per mistake: 0 for the plain perceptron (step 1), otherwise the cap C of passive-aggressive (PA-I)
    /// updates, which scale each sentence's update by its margin violation over the size of the feature difference.
    /// </summary>
    public float AggressivenessCap { get; init; }

    /// <summary>
    /// Loss-augmented decoding in training: every class but the gold one gets this much extra score per token, so the
    /// weights are updated until the gold sequence wins by a margin that grows with the number of wrong tokens
    /// (0: plain perceptron, update on mistakes only).
    /// </summary>
    public float Margin { get; init; }

    /// <summary>
    /// How many perceptrons to train, each over its own shuffled order of the examples, whose averaged weights are
    /// averaged into the model (1: one perceptron). Averaging over orders removes much of the perceptron's dependence
    /// on the order it saw the sentences in.
    /// </summary>
    public int Bags { get; init; } = 1;

    /// <summary>
    /// Jackknifed lexicons, one per <see cref="TrainingLexiconBuilder"/> fold, used for the features of the training
    /// sentences of that fold; null to use the recognition lexicon everywhere.
    /// </summary>
    public IReadOnlyList<PhraseLexicon>? FoldLexicons { get; init; }

    public void Train(IReadOnlyList<NerSentence> train, IReadOnlyList<NerSentence>? dev, NerCorpusFormat format, int epochs, int minCount, double capsRate, int seed)
    {
        var random = new Random(seed);
        var examples = new List<Example>(train.Count + (int)(train.Count * capsRate) + 1);
        for (int x = 0; x < train.Count; x++)
        {
            var s = train[x];
            int[] gold = _scheme.Classes(s);
            var lexicon = FoldLexicons is null ? _lexicon : FoldLexicons[TrainingLexiconBuilder.FoldOf(x, train.Count)];
            if (random.NextDouble() < capsRate)
            {
                // Headlines and shouted lines: the same sentence in capitals teaches the caps-mode features. It comes
                // before the sentence, so that it reads only the labels of earlier sentences, not those of its original.
                examples.Add(new Example { Text = s.Text.ToUpperInvariant(), Starts = s.Starts, Ends = s.Ends, Gold = gold, Lexicon = lexicon, Document = s.Document });
            }

            examples.Add(new Example { Text = s.Text, Starts = s.Starts, Ends = s.Ends, Gold = gold, Lexicon = lexicon, Document = s.Document });
        }

        var clock = Stopwatch.StartNew();
        BuildFeatures(examples, minCount);
        _log.WriteLine($"features: {_keys.Length:N0} kept (min count {minCount}), {examples.Count:N0} sentences, {examples.Sum(e => e.Gold.Length):N0} tokens, {clock.Elapsed.TotalSeconds:F1}s");

        _w = new float[_keys.Length * _stride];
        _u = new float[_keys.Length * _stride];
        _tw = new float[(_classCount + 1) * _stride];
        _tu = new float[_tw.Length];
        // Documents in corpus order (a sentence's copy in capitals just before it): the documents are shuffled, not the
        // sentences, so that each sentence sees the labels the model gave the earlier sentences of its document.
        var documents = new List<(int Start, int End)>();
        for (int x = 0; x < examples.Count;)
        {
            int end = x + 1;
            while (end < examples.Count && examples[x].Document is not null && ReferenceEquals(examples[end].Document, examples[x].Document))
            {
                end++;
            }

            documents.Add((x, end));
            x = end;
        }

        float[]? sumW = Bags > 1 ? new float[_w.Length] : null;
        float[]? sumT = Bags > 1 ? new float[_tw.Length] : null;
        for (int bag = 0; bag < Bags; bag++)
        {
            if (bag > 0)
            {
                // A fresh perceptron over another order of the same documents; their averaged weights are averaged.
                random = new Random(seed + (bag * 7919));
                Array.Clear(_w);
                Array.Clear(_u);
                Array.Clear(_tw);
                Array.Clear(_tu);
                _c = 1;
            }

            var order = Enumerable.Range(0, documents.Count).ToArray();
            TrainEpochs(examples, documents, order, dev, format, epochs, random, bag);
            if (sumW is not null && sumT is not null)
            {
                for (int i = 0; i < _w.Length; i++)
                {
                    sumW[i] += _w[i] - (float)(_u[i] / (double)_c);
                }

                for (int i = 0; i < _tw.Length; i++)
                {
                    sumT[i] += _tw[i] - (float)(_tu[i] / (double)_c);
                }
            }
        }

        if (sumW is not null && sumT is not null)
        {
            for (int i = 0; i < sumW.Length; i++)
            {
                _w[i] = sumW[i] / Bags;
            }

            for (int i = 0; i < sumT.Length; i++)
            {
                _tw[i] = sumT[i] / Bags;
            }

            Array.Clear(_u);
            Array.Clear(_tu);
            _c = 1;
            if (dev is not null)
            {
                _log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Bags} perceptrons averaged: dev micro F1 {Evaluate(dev, format).Micro().F1 * 100:F2}"));
            }
        }
    }

    private void TrainEpochs(List<Example> examples, List<(int Start, int End)> documents, int[] order, IReadOnlyList<NerSentence>? dev, NerCorpusFormat format,
        int epochs, Random random, int bag)
    {
        var clock = Stopwatch.StartNew();
        var emissions = new float[256 * _stride];
        var predicted = new int[256];
        var history = new PredictionHistory();
        var historyKeys = new uint[FeatureExtractor.MaxHistoryKeys];
        var tokenIds = new int[256 * FeatureExtractor.MaxStatic];
        var tokenStarts = new int[257];
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            clock.Restart();
            random.Shuffle(order);
            long tokens = 0, errors = 0;
            foreach (int d in order)
            {
                history.Clear(); // each document reads only its own earlier labels
                for (int index = documents[d].Start; index < documents[d].End; index++)
                {
                    var e = examples[index];
                    int n = e.Gold.Length;
                    if (predicted.Length < n)
                    {
                        predicted = new int[n * 2];
                        emissions = new float[n * 2 * _stride];
                        tokenIds = new int[n * 2 * FeatureExtractor.MaxStatic];
                        tokenStarts = new int[(n * 2) + 1];
                    }

                    // The static feature ids, then those of the labels given earlier in the document.
                    var features = e.Tokens.AsSpan(0, n);
                    history.Annotate(features, e.Caps);
                    int total = 0;
                    for (int i = 0; i < n; i++)
                    {
                        tokenStarts[i] = total;
                        var ids = e.FeatureIds.AsSpan(e.FeatureStarts[i], e.FeatureStarts[i + 1] - e.FeatureStarts[i]);
                        ids.CopyTo(tokenIds.AsSpan(total));
                        total += ids.Length;
                        int count = FeatureExtractor.HistoryKeys(features[i], e.Caps, historyKeys);
                        total += LookUp(historyKeys.AsSpan(0, count), tokenIds.AsSpan(total));
                    }

                    tokenStarts[n] = total;
                    Array.Clear(emissions, 0, n * _stride);
                    for (int i = 0; i < n; i++)
                    {
                        var ids = tokenIds.AsSpan(tokenStarts[i], tokenStarts[i + 1] - tokenStarts[i]);
                        AddRows(ids, emissions.AsSpan(i * _stride, _stride), averaged: false);
                    }

                    if (Margin > 0)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            var row = emissions.AsSpan(i * _stride, _classCount);
                            float gold = row[e.Gold[i]];
                            for (int c = 0; c < row.Length; c++)
                            {
                                row[c] += Margin;
                            }

                            row[e.Gold[i]] = gold;
                        }
                    }

                    Viterbi(emissions, n, _tw, predicted);
                    history.Record(features, predicted.AsSpan(0, n), e.Caps);
                    float step = AggressivenessCap > 0 ? Step(e, emissions, predicted, n) : 1f;
                    int previousGold = -1, previousPredicted = -1;
                    for (int i = 0; i < n; i++)
                    {
                        int gold = e.Gold[i];
                        int best = predicted[i];
                        if (best != gold)
                        {
                            errors++;
                            var ids = tokenIds.AsSpan(tokenStarts[i], tokenStarts[i + 1] - tokenStarts[i]);
                            Update(ids, gold, best, step);
                        }

                        if (best != gold || previousGold != previousPredicted)
                        {
                            UpdateTransition(previousGold, gold, step);
                            UpdateTransition(previousPredicted, best, -step);
                        }

                        previousGold = gold;
                        previousPredicted = best;
                    }

                    _c++;
                    tokens += n;
                }
            }

            double seconds = clock.Elapsed.TotalSeconds;
            string devText = string.Empty;
            if (dev is not null)
            {
                var score = Evaluate(dev, format);
                DevF1.Add(score.Micro().F1);
                devText = string.Create(CultureInfo.InvariantCulture, $", dev micro F1 {score.Micro().F1 * 100:F2}");
            }

            _log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(Bags > 1 ? $"bag {bag + 1}/{Bags}, " : string.Empty)}epoch {epoch}/{epochs}: {tokens:N0} tokens, {errors * 100.0 / tokens:F2}% errors, {tokens / seconds:N0} tokens/s{devText}"));
        }
    }

    /// <summary>Scores a corpus with the averaged weights.</summary>
    public NerScore Evaluate(IReadOnlyList<NerSentence> sentences, NerCorpusFormat format)
    {
        var transitions = AveragedTransitions();
        var history = new PredictionHistory();
        return NerEvaluator.Score(sentences, format, _scheme.ModelTypes, (s, classes) =>
        {
            var (emissions, features, caps) = AveragedEmissions(s, history);
            Viterbi(emissions, s.Count, transitions, classes);
            history.Record(features, classes.AsSpan(0, s.Count), caps);
        });
    }

    /// <summary>
    /// The averaged emission scores of every token of <paramref name="s"/> (rows of the padded stride), reading the
    /// labels of the earlier sentences of its document in <paramref name="history"/> (cleared at a document's first
    /// sentence); the caller records the sentence's own labels there with the features and caps flag returned.
    /// </summary>
    private (float[] Emissions, TokenFeatures[] Features, bool Caps) AveragedEmissions(NerSentence s, PredictionHistory history)
    {
        int n = s.Count;
        var features = new TokenFeatures[n];
        var keys = new uint[FeatureExtractor.MaxStatic];
        var ids = new int[FeatureExtractor.MaxStatic];
        var emissions = new float[Math.Max(1, n) * _stride];
        bool caps = Prepare(s.Text, s.Starts, s.Ends, features, document: s.Document);
        if (s.FirstOfDocument || s.Document is null)
        {
            history.Clear();
        }

        history.Annotate(features, caps);
        for (int i = 0; i < n; i++)
        {
            int count = FeatureExtractor.Static(features, i, caps, keys);
            int found = LookUp(keys.AsSpan(0, count), ids);
            AddRows(ids.AsSpan(0, found), emissions.AsSpan(i * _stride, _stride), averaged: true);
        }

        return (emissions, features, caps);
    }

    private float[] AveragedTransitions()
    {
        var averaged = new float[_tw.Length];
        for (int i = 0; i < averaged.Length; i++)
        {
            averaged[i] = _tw[i] - (float)(_tu[i] / (double)_c);
        }

        return averaged;
    }

    private float[] Unpad(float[] padded)
    {
        var table = new float[(_classCount + 1) * _classCount];
        for (int row = 0; row <= _classCount; row++)
        {
            padded.AsSpan(row * _stride, _classCount).CopyTo(table.AsSpan(row * _classCount));
        }

        return table;
    }

    private void Viterbi(float[] emissions, int n, float[] transitions, int[] classes)
    {
        if (n == 0)
        {
            return;
        }

        var delta = new float[2 * _stride];
        var back = new byte[n * _classCount];
        ViterbiDecoder.Decode(emissions, n, _classCount, _stride, transitions, delta, back, classes);
    }

    private void UpdateTransition(int previous, int cls, float delta)
    {
        int index = ((previous + 1) * _stride) + cls;
        _tw[index] += delta;
        _tu[index] += delta * _c;
    }

    /// <summary>
    /// The averaged weights as a runtime model: weights under <paramref name="minWeight"/> in magnitude are dropped
    /// (raised further if needed to keep at most <paramref name="maxWeights"/>), the rest quantized to 16 bits.
    /// </summary>
    public EntityModel Export(IReadOnlyList<KeyValuePair<string, string>> metadata, float minWeight, int maxWeights, float temperature)
    {
        var averaged = new float[_keys.Length * _classCount];
        float maxAbs = 0;
        for (int f = 0; f < _keys.Length; f++)
        {
            for (int c = 0; c < _classCount; c++)
            {
                float v = _w[(f * _stride) + c] - (float)(_u[(f * _stride) + c] / (double)_c);
                averaged[(f * _classCount) + c] = v;
                maxAbs = Math.Max(maxAbs, Math.Abs(v));
            }
        }

        float threshold = Math.Max(minWeight, maxAbs / 32000f);
        int kept = averaged.Count(v => Math.Abs(v) >= threshold);
        if (kept > maxWeights)
        {
            var magnitudes = averaged.Select(Math.Abs).Where(v => v >= threshold).ToArray();
            Array.Sort(magnitudes);
            threshold = magnitudes[magnitudes.Length - maxWeights];
        }

        float scale = maxAbs / 32000f;
        var rows = new List<(uint Key, int Start, int Count)>();
        var classes = new List<byte>();
        var weights = new List<short>();
        for (int f = 0; f < _keys.Length; f++)
        {
            int start = weights.Count;
            for (int c = 0; c < _classCount; c++)
            {
                float v = averaged[(f * _classCount) + c];
                if (Math.Abs(v) >= threshold)
                {
                    short q = (short)Math.Round(v / scale);
                    if (q != 0)
                    {
                        classes.Add((byte)c);
                        weights.Add(q);
                    }
                }
            }

            if (weights.Count > start)
            {
                rows.Add((_keys[f], start, weights.Count - start));
            }
        }

        rows.Sort((a, b) => a.Key.CompareTo(b.Key));
        var keys = new uint[rows.Count];
        var rowStarts = new int[rows.Count + 1];
        var sortedClasses = new byte[weights.Count];
        var sortedWeights = new short[weights.Count];
        int at = 0;
        for (int r = 0; r < rows.Count; r++)
        {
            keys[r] = rows[r].Key;
            rowStarts[r] = at;
            classes.CopyTo(rows[r].Start, sortedClasses, at, rows[r].Count);
            weights.CopyTo(rows[r].Start, sortedWeights, at, rows[r].Count);
            at += rows[r].Count;
        }

        rowStarts[rows.Count] = at;
        _log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"export: {rows.Count:N0} features, {at:N0} weights (|w| >= {threshold:G3}, scale {scale:G3})"));
        return new EntityModel(_scheme.ModelTypes, _scheme.Map, new SparseWeights(keys, rowStarts, sortedClasses, sortedWeights, _classCount), Unpad(AveragedTransitions()), scale, temperature, _lexicon, _caseProfile, metadata);
    }

    /// <summary>
    /// The softmax temperature that best fits the per-token max-marginal scores (best whole sequence with each class)
    /// to the gold classes on <paramref name="dev"/> (negative log-likelihood over tokens where gold or prediction is
    /// an entity), so that mention scores read as probabilities.
    /// </summary>
    public float CalibrateTemperature(IReadOnlyList<NerSentence> dev)
    {
        var samples = new List<(float[] Scores, bool[] Allowed, int Gold)>();
        var transitions = AveragedTransitions();
        var history = new PredictionHistory();
        foreach (var s in dev)
        {
            int n = s.Count;
            if (n == 0)
            {
                continue;
            }

            int[] gold = _scheme.Classes(s);
            var (emissions, features, caps) = AveragedEmissions(s, history);
            var predicted = new int[n];
            var forward = new float[n * _stride];
            ViterbiDecoder.Decode(emissions, n, _classCount, _stride, transitions, new float[2 * _stride], new byte[n * _classCount], predicted, forward);
            history.Record(features, predicted, caps);
            ViterbiDecoder.MaxMarginals(emissions, n, _classCount, _stride, transitions, forward, new float[2 * _stride]);
            for (int i = 0; i < n; i++)
            {
                var scores = forward.AsSpan(i * _stride, _classCount).ToArray();
                var allowed = scores.Select(m => m > float.NegativeInfinity).ToArray();
                if ((predicted[i] != 0 || gold[i] != 0) && allowed[gold[i]])
                {
                    samples.Add((scores, allowed, gold[i]));
                }
            }

            if (samples.Count > 200_000)
            {
                break;
            }
        }

        float bestT = 1;
        double bestLoss = double.MaxValue;
        for (double t = 0.01; t < 20; t *= 1.25)
        {
            double loss = 0;
            foreach (var (scores, allowed, gold) in samples)
            {
                double max = double.MinValue;
                for (int c = 0; c < _classCount; c++)
                {
                    if (allowed[c])
                    {
                        max = Math.Max(max, scores[c] * t);
                    }
                }

                double sum = 0;
                for (int c = 0; c < _classCount; c++)
                {
                    if (allowed[c])
                    {
                        sum += Math.Exp((scores[c] * t) - max);
                    }
                }

                loss -= (scores[gold] * t) - max - Math.Log(sum);
            }

            if (loss < bestLoss)
            {
                bestLoss = loss;
                bestT = (float)t;
            }
        }

        _log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"calibration: temperature {bestT:G3} over {samples.Count:N0} tokens, mean NLL {bestLoss / Math.Max(1, samples.Count):F4}"));
        return bestT;
    }

    private bool Prepare(string text, int[] starts, int[] ends, TokenFeatures[] features, PhraseLexicon? lexicon = null, DocumentContext? document = null)
    {
        int n = starts.Length;
        return FeatureExtractor.Prepare(text, starts, ends, lexicon ?? _lexicon, _caseProfile, features.AsSpan(0, n), new uint[n], new uint[n], document);
    }

    private void BuildFeatures(List<Example> examples, int minCount)
    {
        var counts = new Dictionary<uint, int>();
        var keys = new uint[FeatureExtractor.MaxStatic];
        var features = new TokenFeatures[256];
        var staticKeys = new List<uint[]>(examples.Count);
        var staticStarts = new List<int[]>(examples.Count);
        var buffer = new List<uint>();
        foreach (var e in examples)
        {
            int n = e.Gold.Length;
            if (features.Length < n)
            {
                features = new TokenFeatures[n * 2];
            }

            bool caps = Prepare(e.Text, e.Starts, e.Ends, features, e.Lexicon, e.Document);
            e.Tokens = features.AsSpan(0, n).ToArray();
            e.Caps = caps;
            buffer.Clear();
            var starts = new int[n + 1];
            for (int i = 0; i < n; i++)
            {
                starts[i] = buffer.Count;
                int count = FeatureExtractor.Static(features.AsSpan(0, n), i, caps, keys);
                for (int k = 0; k < count; k++)
                {
                    buffer.Add(keys[k]);
                }

                for (int k = 0; k < count; k++)
                {
                    counts[keys[k]] = counts.GetValueOrDefault(keys[k]) + 1;
                }
            }

            starts[n] = buffer.Count;
            staticKeys.Add(buffer.ToArray());
            staticStarts.Add(starts);
        }

        // The history features depend on the model's own labels, which change as it learns: all their keys are kept.
        var kept = counts.Where(p => p.Value >= minCount).Select(p => p.Key).Union(AllHistoryKeys()).Order().ToArray();
        _keys = kept;
        _featureIds.Clear();
        _featureIds.EnsureCapacity(kept.Length);
        for (int i = 0; i < kept.Length; i++)
        {
            _featureIds[kept[i]] = i;
        }

        for (int x = 0; x < examples.Count; x++)
        {
            var e = examples[x];
            var raw = staticKeys[x];
            var starts = staticStarts[x];
            var ids = new List<int>(raw.Length);
            var newStarts = new int[starts.Length];
            for (int i = 0; i + 1 < starts.Length; i++)
            {
                newStarts[i] = ids.Count;
                for (int k = starts[i]; k < starts[i + 1]; k++)
                {
                    if (_featureIds.TryGetValue(raw[k], out int id))
                    {
                        ids.Add(id);
                    }
                }
            }

            newStarts[^1] = ids.Count;
            e.FeatureIds = ids.ToArray();
            e.FeatureStarts = newStarts;
        }
    }

    /// <summary>Every key <see cref="FeatureExtractor.HistoryKeys"/> can give.</summary>
    private static HashSet<uint> AllHistoryKeys()
    {
        var all = new HashSet<uint>();
        var keys = new uint[FeatureExtractor.MaxHistoryKeys];
        for (int summary = 1; summary <= PredictionHistory.MaxSummary; summary++)
        {
            for (int run = 0; run < 64; run++)
            {
                for (int flags = 0; flags < 4; flags++)
                {
                    var t = new TokenFeatures { History = (byte)summary, RunHistory = (byte)summary, CapitalRun = (byte)run, IsCapitalized = (flags & 1) != 0 };
                    int count = FeatureExtractor.HistoryKeys(t, (flags & 2) != 0, keys);
                    for (int k = 0; k < count; k++)
                    {
                        all.Add(keys[k]);
                    }
                }
            }
        }

        return all;
    }

    private int LookUp(ReadOnlySpan<uint> keys, Span<int> ids)
    {
        int n = 0;
        foreach (uint key in keys)
        {
            if (_featureIds.TryGetValue(key, out int id))
            {
                ids[n++] = id;
            }
        }

        return n;
    }

    private void AddRows(ReadOnlySpan<int> ids, Span<float> acc, bool averaged)
    {
        int lanes = Vector<float>.Count;
        var w = _w.AsSpan();
        var u = _u.AsSpan();
        var inverse = new Vector<float>((float)(1.0 / _c));
        foreach (int id in ids)
        {
            int row = id * _stride;
            for (int c = 0; c < _stride; c += lanes)
            {
                var sum = new Vector<float>(acc.Slice(c, lanes));
                var wv = new Vector<float>(w.Slice(row + c, lanes));
                if (averaged)
                {
                    wv -= new Vector<float>(u.Slice(row + c, lanes)) * inverse;
                }

                (sum + wv).CopyTo(acc.Slice(c, lanes));
            }
        }
    }

    /// <summary>The PA-I step: (score(predicted) − score(gold) + mistakes) / ‖Δφ‖², capped; 0 when nothing is wrong.</summary>
    private float Step(Example e, float[] emissions, int[] predicted, int n)
    {
        double margin = 0;
        double norm = 0;
        int mistakes = 0;
        int previousGold = -1, previousPredicted = -1;
        for (int i = 0; i < n; i++)
        {
            int gold = e.Gold[i];
            int best = predicted[i];
            if (gold != best || previousGold != previousPredicted)
            {
                margin += emissions[(i * _stride) + best] - emissions[(i * _stride) + gold]
                    + _tw[((previousPredicted + 1) * _stride) + best] - _tw[((previousGold + 1) * _stride) + gold];
                norm += 2;
            }

            if (gold != best)
            {
                mistakes++;
                norm += 2 * (e.FeatureStarts[i + 1] - e.FeatureStarts[i]);
            }

            previousGold = gold;
            previousPredicted = best;
        }

        if (norm == 0)
        {
            return 0;
        }

        return (float)Math.Min(AggressivenessCap, (margin + mistakes) / norm);
    }

    private void Update(ReadOnlySpan<int> ids, int gold, int predicted, float step)
    {
        float c = _c;
        foreach (int id in ids)
        {
            int row = id * _stride;
            _w[row + gold] += step;
            _u[row + gold] += step * c;
            _w[row + predicted] -= step;
            _u[row + predicted] -= step * c;
        }
    }
}
