namespace Extractor.Models;

/// <summary>
/// Per-thread sums of the weights of a token's own word-local features (<see cref="FeatureExtractor.WordLocal"/> at
/// offset 0: word, case, shape, affixes), one score vector per distinct word, so that a word that comes back (most
/// tokens of running text: "the", "said", the names of the story) costs one vector addition instead of thirteen probes
/// into the weight table. The features a word gives its neighbours (at offsets ±1 and ±2: the word and its classes)
/// are kept as the weight rows found for them, so a token reads eight rows of its neighbours without probing the table.
/// </summary>
/// <remarks>
/// Entries are keyed by the exact token text and the sentence's all-caps flag, the only inputs word-local features
/// read, and hold integer sums, so a cached score equals the probed one exactly. The cache belongs to one model at a
/// time and survives between calls; when it is full it keeps the half of its words found most often and forgets the
/// rest, which keeps its memory fixed whatever the text while the common words stay summed.
/// Entry <see cref="Uncached"/> is all zeros: tokens given it (very long ones, or those past a full cache within one
/// sentence) are scored by probing, as without the cache.
/// </remarks>
internal sealed class WordScoreCache
{
    /// <summary>Distinct words held at most (about 200 bytes each, so 800 KB in all: it should stay in the processor's cache).</summary>
    public const int Capacity = 4096;

    /// <summary>The all-zero entry of tokens that are not cached.</summary>
    public const int Uncached = Capacity;

    private const int MaxPending = 64;

    private readonly WordKeyTable _words = new(Capacity);
    private readonly int[] _pendingEntries = new int[MaxPending];
    private readonly int[] _segmentEnds = new int[MaxPending];

    // Per entry and neighbour offset (-2, -1, +1, +2), the weight rows of the word's features as a neighbour
    // (FeatureExtractor.WordLocal at that offset), found once, so a token reads its neighbours' rows without probing.
    private const int Neighbours = 2 * FeatureExtractor.WordLocalReach;
    private readonly ulong[] _neighbourRows = new ulong[Capacity * Neighbours * FeatureExtractor.MaxNeighbourKeys];
    private readonly byte[] _neighbourCounts = new byte[Capacity * Neighbours];
    private readonly int[] _neighbourEnds = new int[MaxPending * Neighbours];
    private readonly int[] _moves = new int[Capacity];
    private int[] _vectors = [];
    private WeakReference<EntityModel>? _owner;
    private int _stride;
    private int _pending;
    private int _pendingKeys;

    /// <summary>Row length of the vectors (the weights' <see cref="SparseWeights.ScoreLength"/>).</summary>
    public int Stride => _stride;

    /// <summary>All vectors: entry e at e × <see cref="Stride"/>.</summary>
    public ReadOnlySpan<int> Vectors => _vectors;

    /// <summary>Entries in use (stand-ins included).</summary>
    public int Count => _words.Count;

    /// <summary>
    /// Finds or adds the entries of one sentence's tokens (<paramref name="entries"/>[j] for token j). New entries are
    /// summed here, probing the weights in batches.
    /// </summary>
    /// <param name="model">The model whose weights and case profile the sums come from; another model starts the cache over.</param>
    /// <param name="text">The text the token offsets point into.</param>
    /// <param name="starts">Token starts of the sentence.</param>
    /// <param name="ends">Token ends of the sentence.</param>
    /// <param name="features">The tokens' features (<see cref="FeatureExtractor.Prepare"/>).</param>
    /// <param name="caps">Whether the sentence is written in capitals.</param>
    /// <param name="entries">Receives the entries, one per token.</param>
    /// <param name="keys">Scratch for feature keys, at least <see cref="FeatureExtractor.MaxStatic"/> long.</param>
    /// <param name="rows">Scratch as long as <paramref name="keys"/>.</param>
    public void Lookup(EntityModel model, ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        ReadOnlySpan<TokenFeatures> features, bool caps, Span<int> entries, Span<uint> keys, Span<ulong> rows)
    {
        var weights = model.Weights;
        if (!IsOwner(model))
        {
            _owner = new WeakReference<EntityModel>(model);
            _stride = weights.ScoreLength;
            _vectors = new int[(Capacity + 1) * _stride];
            _words.Clear();
        }
        else if (_words.Count + starts.Length > Capacity)
        {
            Retain(Math.Min(Capacity / 2, Capacity - starts.Length));
        }

        for (int j = 0; j < starts.Length; j++)
        {
            entries[j] = FindOrAdd(text[starts[j]..ends[j]], features[j], caps, weights, keys, rows);
        }

        Flush(weights, keys, rows);
    }

    /// <summary>
    /// Keeps the <paramref name="keep"/> words found most often (<see cref="WordKeyTable.Retain"/>) and moves their sums
    /// and neighbour rows down to their new entries; called between sentences, when no entry is pending.
    /// </summary>
    private void Retain(int keep)
    {
        var moves = _moves.AsSpan(0, _words.Count);
        _words.Retain(keep, moves);
        int stride = _stride;
        for (int old = 0; old < moves.Length; old++)
        {
            int entry = moves[old];
            if (entry == WordKeyTable.Missing || entry == old)
            {
                continue;
            }

            _vectors.AsSpan(old * stride, stride).CopyTo(_vectors.AsSpan(entry * stride));
            const int rowsPerEntry = Neighbours * FeatureExtractor.MaxNeighbourKeys;
            _neighbourRows.AsSpan(old * rowsPerEntry, rowsPerEntry).CopyTo(_neighbourRows.AsSpan(entry * rowsPerEntry));
            _neighbourCounts.AsSpan(old * Neighbours, Neighbours).CopyTo(_neighbourCounts.AsSpan(entry * Neighbours));
        }
    }

    /// <summary>
    /// The weight rows (as <see cref="SparseWeights.Resolve"/> gives them) of the features that the word of
    /// <paramref name="entry"/> gives a token <paramref name="offset"/> positions away (±1 or ±2); not for <see cref="Uncached"/>.
    /// </summary>
    public ReadOnlySpan<ulong> NeighbourRows(int entry, int offset)
    {
        int index = (entry * Neighbours) + NeighbourIndex(offset);
        return _neighbourRows.AsSpan(index * FeatureExtractor.MaxNeighbourKeys, _neighbourCounts[index]);
    }

    private static int NeighbourIndex(int offset) => offset < 0 ? offset + FeatureExtractor.WordLocalReach : offset + FeatureExtractor.WordLocalReach - 1;

    private bool IsOwner(EntityModel model) => _owner is not null && _owner.TryGetTarget(out var owner) && ReferenceEquals(owner, model);

    private int FindOrAdd(ReadOnlySpan<char> word, in TokenFeatures token, bool caps, SparseWeights weights, Span<uint> keys, Span<ulong> rows)
    {
        // The all-caps flag is part of the key; for one word the two hashes differ, so equal hashes mean equal flags.
        uint hash = token.Exact ^ (caps ? 0x9E3779B9u : 0u);
        int entry = _words.Find(word, hash, out int slot);
        if (entry != WordKeyTable.Missing)
        {
            return entry;
        }

        entry = _words.Add(word, hash, slot);
        if (entry == WordKeyTable.Missing)
        {
            return Uncached;
        }

        Queue(entry, token, caps, weights, keys, rows);
        return entry;
    }

    /// <summary>Gathers the word-local keys of a new entry; the weights are probed for a batch of entries at once.</summary>
    private void Queue(int entry, in TokenFeatures token, bool caps, SparseWeights weights, Span<uint> keys, Span<ulong> rows)
    {
        if (_pending == MaxPending || _pendingKeys + FeatureExtractor.MaxStatic > keys.Length)
        {
            Flush(weights, keys, rows);
        }

        _pendingKeys += FeatureExtractor.WordLocal(token, caps, 0, keys[_pendingKeys..]);
        _segmentEnds[_pending] = _pendingKeys;
        for (int d = -FeatureExtractor.WordLocalReach; d <= FeatureExtractor.WordLocalReach; d++)
        {
            if (d != 0)
            {
                int count = FeatureExtractor.WordLocal(token, caps, d, keys[_pendingKeys..]);
                if (count > FeatureExtractor.MaxNeighbourKeys)
                {
                    throw new InvalidOperationException("A word gives more neighbour features than FeatureExtractor.MaxNeighbourKeys.");
                }

                _pendingKeys += count;
                _neighbourEnds[(_pending * Neighbours) + NeighbourIndex(d)] = _pendingKeys;
            }
        }

        _pendingEntries[_pending++] = entry;
    }

    private void Flush(SparseWeights weights, Span<uint> keys, Span<ulong> rows)
    {
        if (_pending == 0)
        {
            return;
        }

        weights.Resolve(keys[.._pendingKeys], rows);
        Span<int> denseScratch = stackalloc int[FeatureExtractor.MaxStatic];
        int k = 0;
        for (int p = 0; p < _pending; p++)
        {
            int entry = _pendingEntries[p];
            var vector = _vectors.AsSpan(entry * _stride, _stride);
            vector.Clear();
            int end = _segmentEnds[p];
            weights.AddRows(rows[k..end], vector, denseScratch);
            k = end;

            for (int j = 0; j < Neighbours; j++)
            {
                end = _neighbourEnds[(p * Neighbours) + j];
                int index = (entry * Neighbours) + j;
                rows[k..end].CopyTo(_neighbourRows.AsSpan(index * FeatureExtractor.MaxNeighbourKeys));
                _neighbourCounts[index] = (byte)(end - k);
                k = end;
            }
        }

        _pending = 0;
        _pendingKeys = 0;
    }
}
