namespace Extractor.Text;

/// <summary>
/// The tokens of one text as a struct of arrays: offsets, kinds and flags, no strings.
/// Sentences are stored as the index of each sentence's first token.
/// </summary>
/// <remarks>Arrays grow geometrically; a table can be <see cref="Clear"/>ed and reused for the next text.</remarks>
internal sealed class TokenTable
{
    private int[] _starts;
    private int[] _ends;
    private TokenKind[] _kinds;
    private TokenFlags[] _flags;
    private int[] _sentenceStarts;

    public TokenTable(int capacity = 64)
    {
        capacity = Math.Max(capacity, 4);
        _starts = new int[capacity];
        _ends = new int[capacity];
        _kinds = new TokenKind[capacity];
        _flags = new TokenFlags[capacity];
        _sentenceStarts = new int[Math.Max(capacity / 8, 4)];
    }

    /// <summary>Number of tokens.</summary>
    public int Count { get; private set; }

    /// <summary>Number of sentences.</summary>
    public int SentenceCount { get; private set; }

    public ReadOnlySpan<int> Starts => _starts.AsSpan(0, Count);

    public ReadOnlySpan<int> Ends => _ends.AsSpan(0, Count);

    public ReadOnlySpan<TokenKind> Kinds => _kinds.AsSpan(0, Count);

    public Span<TokenFlags> Flags => _flags.AsSpan(0, Count);

    /// <summary>The first token index of each sentence, ascending; the first is always 0 when there are tokens.</summary>
    public ReadOnlySpan<int> SentenceStarts => _sentenceStarts.AsSpan(0, SentenceCount);

    public int Start(int token) => _starts[token];

    public int End(int token) => _ends[token];

    public TokenKind Kind(int token) => _kinds[token];

    public TokenFlags Flag(int token) => _flags[token];

    public void Clear()
    {
        Count = 0;
        SentenceCount = 0;
    }

    /// <summary>Appends a token; the tokenizer calls this once per token, so it is kept to four stores.</summary>
    public void Add(int start, int end, TokenKind kind, TokenFlags flags)
    {
        int count = Count;
        if ((uint)count >= (uint)_starts.Length)
        {
            Grow();
        }

        _starts[count] = start;
        _ends[count] = end;
        _kinds[count] = kind;
        _flags[count] = flags;
        Count = count + 1;
    }

    public void AddSentenceStart(int firstToken)
    {
        if (SentenceCount == _sentenceStarts.Length)
        {
            Array.Resize(ref _sentenceStarts, _sentenceStarts.Length * 2);
        }

        _sentenceStarts[SentenceCount++] = firstToken;
        _flags[firstToken] |= TokenFlags.SentenceStart;
    }

    /// <summary>Forgets the sentences (and their <see cref="TokenFlags.SentenceStart"/> flags) but keeps the tokens.</summary>
    public void ClearSentences()
    {
        // Only sentence-start tokens carry the flag, so clearing is proportional to the sentence count.
        for (int s = 0; s < SentenceCount; s++)
        {
            int token = _sentenceStarts[s];
            if (token < Count)
            {
                _flags[token] &= ~TokenFlags.SentenceStart;
            }
        }

        SentenceCount = 0;
    }

    /// <summary>Makes room for at least <paramref name="tokens"/> tokens without further growth.</summary>
    public void EnsureCapacity(int tokens)
    {
        if (tokens > _starts.Length)
        {
            Resize(tokens);
        }
    }

    /// <summary>The index of the sentence that holds <paramref name="token"/>.</summary>
    public int SentenceOf(int token)
    {
        int index = SentenceStarts.BinarySearch(token);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>
    /// Whether tokens <paramref name="first"/> and <paramref name="last"/> (first &lt;= last) lie in one sentence, as
    /// <see cref="SentenceOf"/> would say; a near pair is answered from the sentence-start flags, without a binary search.
    /// </summary>
    public bool SameSentence(int first, int last)
    {
        if (last - first > 8)
        {
            return SentenceOf(first) == SentenceOf(last);
        }

        for (int t = first + 1; t <= last; t++)
        {
            if ((_flags[t] & TokenFlags.SentenceStart) != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The exclusive end token of sentence <paramref name="sentence"/>.</summary>
    public int SentenceEnd(int sentence) => sentence + 1 < SentenceCount ? _sentenceStarts[sentence + 1] : Count;

    private void Grow() => Resize(_starts.Length * 2);

    private void Resize(int size)
    {
        Array.Resize(ref _starts, size);
        Array.Resize(ref _ends, size);
        Array.Resize(ref _kinds, size);
        Array.Resize(ref _flags, size);
    }
}
