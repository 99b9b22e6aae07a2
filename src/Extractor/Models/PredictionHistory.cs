namespace Extractor.Models;

/// <summary>
/// How the model labelled each capitalized word earlier in the same document (Ratinov and Roth's "extended prediction
/// history"): as the sentences of a document are decoded in order, every capitalized token adds its predicted type (or
/// "outside") to the counts of its folded word, and the tokens of later sentences read those counts as features
/// (<see cref="TokenFeatures.History"/>). "Disney", "Pali" or "Victoria Harbor" labelled one way in one sentence then
/// leans the same way in the next.
/// </summary>
/// <remarks>
/// Each word keeps 16 counters of 4 bits (outside + up to 15 types), capped at 15, in one 64-bit value of an
/// open-addressing table. Sentences written in capitals read the table but add nothing (headlines are decoded less
/// reliably, and training repeats some sentences in capitals). Training decodes its documents in order with the same
/// class, so the features come from the model's own predictions there as at run time. One instance per thread is reused
/// at run time (<see cref="Current"/>); it allocates only when a document has more distinct capitalized words than any
/// before.
/// </remarks>
internal sealed class PredictionHistory
{
    /// <summary>Categories counted per word: outside (0) and model types 0..14 (1..15).</summary>
    public const int Categories = 16;

    /// <summary>Largest summary value (<see cref="Summary"/>): 1 + 15 × 4 + 3.</summary>
    public const int MaxSummary = 1 + ((Categories - 1) * 4) + 3;

    [ThreadStatic]
    private static PredictionHistory? _current;

    /// <summary>Per folded word, its 16 counters; the slots it fills are remembered, so that a short document after a long one clears only its own.</summary>
    private WordHashTable<ulong> _counts = WordHashTable<ulong>.WithRoom(192, clearable: true);

    /// <summary>A per-thread instance for run-time use.</summary>
    public static PredictionHistory Current => _current ??= new PredictionHistory();

    /// <summary>Words held.</summary>
    public int Count => _counts.Count;

    /// <summary>Forgets everything for a new document (linear in the words held).</summary>
    public void Clear() => _counts.Clear();

    /// <summary>
    /// Sets <see cref="TokenFeatures.History"/> of each capitalized token (every token in a sentence written in capitals)
    /// from its word's earlier labels, and <see cref="TokenFeatures.RunHistory"/> of each token of a run of capitalized
    /// words from the last word of the run ("Victoria <b>Harbor</b>"); 0 where nothing is known.
    /// </summary>
    public void Annotate(Span<TokenFeatures> features, bool caps)
    {
        int n = features.Length;
        if (_counts.Count == 0)
        {
            for (int i = 0; i < n; i++)
            {
                features[i].History = 0;
                features[i].RunHistory = 0;
            }

            return;
        }

        for (int i = 0; i < n; i++)
        {
            ref var f = ref features[i];
            f.History = caps || f.IsCapitalized ? Summary(Lookup(f.Word)) : (byte)0;
        }

        // Right to left: a run's tokens share RunLast, and the token where it changes is the run's last word.
        byte run = 0;
        for (int i = n - 1; i >= 0; i--)
        {
            ref var f = ref features[i];
            if (f.RunLast == 0)
            {
                run = 0;
            }
            else if (i == n - 1 || features[i + 1].RunLast != f.RunLast)
            {
                run = f.History;
            }

            f.RunHistory = run;
        }
    }

    /// <summary>Adds the predicted classes of a sentence's capitalized tokens; nothing for a sentence written in capitals.</summary>
    public void Record(ReadOnlySpan<TokenFeatures> features, ReadOnlySpan<int> classes, bool caps)
    {
        if (caps)
        {
            return;
        }

        for (int i = 0; i < features.Length; i++)
        {
            if (!features[i].IsCapitalized)
            {
                continue;
            }

            int c = classes[i];
            int category = c == BilouTags.Outside ? 0 : 1 + BilouTags.TypeOf(c);
            if (category < Categories)
            {
                Add(features[i].Word, category);
            }
        }
    }

    /// <summary>
    /// The counts of a word in one byte: 0 for none, else 1 + 4 × the most frequent category + how much the others
    /// agree (0: seen once; 1: seen more than once, always so; 2: a majority; 3: a plurality only).
    /// </summary>
    public static byte Summary(ulong counts)
    {
        if (counts == 0)
        {
            return 0;
        }

        int total = 0, top = 0, topCount = 0;
        for (int k = 0; k < Categories; k++)
        {
            int c = (int)((counts >> (4 * k)) & 0xF);
            total += c;
            if (c > topCount)
            {
                topCount = c;
                top = k;
            }
        }

        int agreement = total == 1 ? 0 : topCount == total ? 1 : topCount * 2 > total ? 2 : 3;
        return (byte)(1 + (top * 4) + agreement);
    }

    /// <summary>The counts held for a folded word hash (0 when none).</summary>
    public ulong Lookup(uint word) => _counts.Get(word);

    private void Add(uint word, int category)
    {
        ref ulong value = ref _counts.Entry(word);
        int shift = 4 * category;
        if (((value >> shift) & 0xF) < 0xF)
        {
            value += 1UL << shift;
        }
    }
}
