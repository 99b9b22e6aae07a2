namespace Extractor.Models;

/// <summary>
/// The second decoding pass (two-stage stacking; Krishnan and Manning 2006, Ratinov and Roth 2009): after the first pass
/// has labelled every sentence of a document in order (reading only the labels of earlier sentences through
/// <see cref="PredictionHistory"/>), each capitalized token whose word also occurs later in the document, or again in its
/// own sentence, reads how the first pass labelled all the <em>other</em> occurrences of its word, before and after it,
/// and its sentence is decoded again. The first mention of "Ukrinform" then hears that the later ones were called an
/// organization.
/// </summary>
/// <remarks>
/// <para>
/// The second pass reuses the first pass's emission scores and adds only the weights of its own few features
/// (<see cref="Keys"/>), then runs the Viterbi search again; sentences where no token reads anything new keep their
/// first-pass classes. A window of consecutive sentences of at most <see cref="WindowTokens"/> tokens (a whole news
/// article; a longer text is taken window by window, the labels of earlier windows still counting) is held at a time,
/// so the buffers stay bounded on long inputs.
/// </para>
/// <para>
/// Sentences written in capitals read nothing here: in training every such sentence is a copy of the next one, whose
/// labels it would read as its own. Training (the CLI's perceptron trainer) computes the same summaries with
/// <see cref="Summarize"/> from the labels its model gives the document's sentences in its first pass.
/// </para>
/// </remarks>
internal sealed class DocumentLabels
{
    /// <summary>Most tokens held in one window (a sentence longer than this is a window of its own).</summary>
    public const int WindowTokens = 4096;

    /// <summary>Most keys <see cref="Keys"/> gives.</summary>
    public const int MaxKeys = 3;

    [ThreadStatic]
    private static DocumentLabels? _current;

    internal static bool Gated = Environment.GetEnvironmentVariable("STACK_GATE") == "1";

    private readonly PredictionHistory _future = new();
    private TokenFeatures[] _features = new TokenFeatures[256];
    private float[] _emissions = new float[256 * 41];
    private int[] _classes = new int[256];
    private float[] _probabilities = new float[256];
    private byte[] _doc = new byte[256];
    private byte[] _runDoc = new byte[256];
    private int[] _sentenceStarts = new int[65];
    private int[] _sentenceIds = new int[64];
    private bool[] _caps = new bool[64];
    private readonly uint[] _keys = new uint[MaxKeys];
    private int _sentences;
    private int _tokens;

    /// <summary>A per-thread instance for run-time use.</summary>
    public static DocumentLabels Current => _current ??= new DocumentLabels();

    /// <summary>Sentences in the window.</summary>
    public int SentenceCount => _sentences;

    /// <summary>Forgets the window (not the document's labels, which live in the <see cref="PredictionHistory"/>).</summary>
    public void Clear()
    {
        _sentences = 0;
        _tokens = 0;
    }

    /// <summary>Whether a sentence of <paramref name="tokens"/> tokens still fits in the window.</summary>
    public bool Fits(int tokens) => _tokens == 0 || _tokens + tokens <= WindowTokens;

    /// <summary>
    /// The first pass over one sentence: decodes it reading the labels of the earlier sentences in
    /// <paramref name="history"/>, adds its own labels there, and keeps its features, emission scores, classes and
    /// confidences for <see cref="Finish"/>. <paramref name="id"/> is the caller's number for the sentence.
    /// </summary>
    public void Add(EntityModel model, ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, DecodeScratch scratch,
        DocumentContext? document, PredictionHistory history, int id)
    {
        int n = starts.Length;
        int classCount = model.ClassCount;
        Ensure(n, classCount);
        bool caps = model.Decode(text, starts, ends, scratch, document, history);
        int at = _tokens;
        scratch.Features.AsSpan(0, n).CopyTo(_features.AsSpan(at));
        scratch.Emissions.AsSpan(0, n * classCount).CopyTo(_emissions.AsSpan(at * classCount));
        scratch.Classes.AsSpan(0, n).CopyTo(_classes.AsSpan(at));
        scratch.Probabilities.AsSpan(0, n).CopyTo(_probabilities.AsSpan(at));
        _caps[_sentences] = caps;
        _sentenceIds[_sentences] = id;
        _sentences++;
        _tokens += n;
        _sentenceStarts[_sentences] = _tokens;
    }

    /// <summary>
    /// The second pass over the window: from the last sentence to the first, each token reads the first-pass labels of
    /// the other occurrences of its word (<paramref name="labels"/>: the history after the first pass), and a sentence
    /// with something to read is decoded again over its kept emission scores plus the weights of
    /// <see cref="Keys"/>.
    /// </summary>
    public void Finish(EntityModel model, DecodeScratch scratch, PredictionHistory labels)
    {
        int classCount = model.ClassCount;
        _future.Clear();
        var weights = model.Weights;
        float scale = model.Scale;
        for (int s = _sentences - 1; s >= 0; s--)
        {
            int first = _sentenceStarts[s];
            int n = _sentenceStarts[s + 1] - first;
            var features = _features.AsSpan(first, n);
            var doc = _doc.AsSpan(first, n);
            var runDoc = _runDoc.AsSpan(first, n);
            if (n == 0 || !Summarize(features, _classes.AsSpan(first, n), _caps[s], labels, _future, doc, runDoc))
            {
                continue;
            }

            scratch.EnsureTokens(n, classCount);
            var emissions = scratch.Emissions.AsSpan(0, n * classCount);
            _emissions.AsSpan(first * classCount, n * classCount).CopyTo(emissions);
            var scores = scratch.Scores.AsSpan(0, weights.ScoreLength);
            for (int i = 0; i < n; i++)
            {
                int count = Keys(features[i], _caps[s], doc[i], runDoc[i], _keys);
                if (count == 0)
                {
                    continue;
                }

                scores.Clear();
                for (int k = 0; k < count; k++)
                {
                    weights.Add(_keys[k], scores);
                }

                var row = emissions.Slice(i * classCount, classCount);
                for (int c = 0; c < classCount; c++)
                {
                    row[c] += scores[c] * scale;
                }
            }

            model.DecodeClasses(n, emissions, scratch);
            scratch.Classes.AsSpan(0, n).CopyTo(_classes.AsSpan(first));
            scratch.Probabilities.AsSpan(0, n).CopyTo(_probabilities.AsSpan(first));
        }
    }

    /// <summary>The caller's number of window sentence <paramref name="s"/>.</summary>
    public int SentenceId(int s) => _sentenceIds[s];

    /// <summary>The final classes of window sentence <paramref name="s"/>.</summary>
    public ReadOnlySpan<int> Classes(int s) => _classes.AsSpan(_sentenceStarts[s], _sentenceStarts[s + 1] - _sentenceStarts[s]);

    /// <summary>The final per-token confidences of window sentence <paramref name="s"/>.</summary>
    public ReadOnlySpan<float> Probabilities(int s) => _probabilities.AsSpan(_sentenceStarts[s], _sentenceStarts[s + 1] - _sentenceStarts[s]);

    /// <summary>The prepared tokens of window sentence <paramref name="s"/>.</summary>
    public ReadOnlySpan<TokenFeatures> Features(int s) => _features.AsSpan(_sentenceStarts[s], _sentenceStarts[s + 1] - _sentenceStarts[s]);

    /// <summary>
    /// Adds a sentence's first-pass labels to <paramref name="future"/> (the labels of the sentences after it, for a
    /// caller going from the last sentence to the first), then sets, for each capitalized token (each token of a
    /// sentence written in capitals) whose word occurs again in this sentence or a later one, <paramref name="doc"/> to
    /// the <see cref="PredictionHistory.Summary"/> of the labels of all the word's other occurrences in
    /// <paramref name="labels"/> (every first-pass label of the document), and <paramref name="runDoc"/> of each token of
    /// a run of capitalized words to that of the run's last word; zero elsewhere. Returns whether any token reads
    /// something.
    /// </summary>
    /// <param name="features">The sentence's prepared tokens.</param>
    /// <param name="classes">The sentence's first-pass classes.</param>
    /// <param name="caps">Whether the sentence is written in capitals (it reads, but adds no labels, as in the history).</param>
    /// <param name="labels">The first-pass labels of the whole document.</param>
    /// <param name="future">The labels of the sentences after this one; this one's are added.</param>
    /// <param name="doc">Receives the summaries of the tokens' words.</param>
    /// <param name="runDoc">Receives the summaries of the last words of the tokens' capitalized runs.</param>
    /// <param name="original">
    /// Training only: for a sentence in capitals that is a copy of the next sentence, that sentence's tokens and
    /// first-pass classes, whose labels the copy must not read as another occurrence's.
    /// </param>
    /// <remarks>
    /// A token whose word occurs only earlier reads nothing new: the history already gave it those labels. This keeps
    /// the second pass to the sentences where it can add something.
    /// </remarks>
    public static bool Summarize(ReadOnlySpan<TokenFeatures> features, ReadOnlySpan<int> classes, bool caps, PredictionHistory labels,
        PredictionHistory future, Span<byte> doc, Span<byte> runDoc, (TokenFeatures[] Features, int[] Classes)? original = null)
    {
        int n = features.Length;
        doc.Clear();
        runDoc.Clear();
        future.Record(features, classes, caps);
        bool any = false;
        for (int i = 0; i < n; i++)
        {
            ref readonly var f = ref features[i];
            if (!caps && !f.IsCapitalized)
            {
                continue;
            }

            ulong counts = labels.Lookup(f.Word);
            ulong later = future.Lookup(f.Word);
            if (!caps)
            {
                // The token's own label is in both tables.
                int c = classes[i];
                counts = Remove(counts, c);
                later = Remove(later, c);
            }
            else if (original is { } copy)
            {
                for (int j = 0; j < copy.Features.Length; j++)
                {
                    if (copy.Features[j].IsCapitalized && copy.Features[j].Word == f.Word)
                    {
                        counts = Remove(counts, copy.Classes[j]);
                        later = Remove(later, copy.Classes[j]);
                    }
                }
            }

            if (later == 0 || counts == 0)
            {
                continue;
            }

            byte summary = PredictionHistory.Summary(counts);
            if (Gated && f.History != 0 && (f.History - 1) / 4 == (summary - 1) / 4)
            {
                // The whole document says what the earlier sentences said: nothing new to read.
                continue;
            }

            doc[i] = summary;
            any = true;
        }

        if (!any)
        {
            return false;
        }

        // Right to left: a run's tokens share RunLast, and the token where it changes is the run's last word.
        byte run = 0;
        for (int i = n - 1; i >= 0; i--)
        {
            ref readonly var f = ref features[i];
            if (f.RunLast == 0)
            {
                run = 0;
            }
            else if (i == n - 1 || features[i + 1].RunLast != f.RunLast)
            {
                run = doc[i];
            }

            runDoc[i] = run;
        }

        return true;
    }

    /// <summary>
    /// The keys of the second-pass features of a token: the labels of its word's other occurrences, alone (apart for
    /// sentences in capitals) and with its place in the capitalized run, and those of the run's last word with that
    /// place. None where nothing is read.
    /// </summary>
    public static int Keys(in TokenFeatures t, bool caps, byte doc, byte runDoc, Span<uint> keys)
    {
        int n = 0;
        if (doc != 0)
        {
            keys[n++] = FeatureHash.Mix(90, doc, caps ? 1u : 0u);
            keys[n++] = FeatureHash.Mix(91, doc, t.CapitalRun);
        }

        if (runDoc != 0)
        {
            keys[n++] = FeatureHash.Mix(92, runDoc, t.CapitalRun);
        }

        return n;
    }

    /// <summary>Takes one occurrence of class <paramref name="c"/>'s category out of <paramref name="counts"/> (nothing when none is counted).</summary>
    private static ulong Remove(ulong counts, int c)
    {
        int category = c == BilouTags.Outside ? 0 : 1 + BilouTags.TypeOf(c);
        return ((counts >> (4 * category)) & 0xF) != 0 ? counts - (1UL << (4 * category)) : counts;
    }

    /// <summary>Occurrences counted in a <see cref="PredictionHistory"/> value (the sum of its 4-bit counters).</summary>
    private static int Total(ulong counts)
    {
        int total = 0;
        for (; counts != 0; counts >>= 4)
        {
            total += (int)(counts & 0xF);
        }

        return total;
    }

    private void Ensure(int n, int classCount)
    {
        int tokens = _tokens + n;
        if (_features.Length < tokens)
        {
            int size = Math.Max(tokens, _features.Length * 2);
            Array.Resize(ref _features, size);
            Array.Resize(ref _classes, size);
            Array.Resize(ref _probabilities, size);
            _doc = new byte[size];
            _runDoc = new byte[size];
        }

        if (_emissions.Length < tokens * classCount)
        {
            Array.Resize(ref _emissions, Math.Max(tokens * classCount, _emissions.Length * 2));
        }

        if (_caps.Length <= _sentences + 1)
        {
            Array.Resize(ref _caps, _caps.Length * 2);
            Array.Resize(ref _sentenceIds, _sentenceIds.Length * 2);
            Array.Resize(ref _sentenceStarts, (_sentenceIds.Length) + 1);
        }
    }
}
