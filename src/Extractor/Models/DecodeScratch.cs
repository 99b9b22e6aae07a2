namespace Extractor.Models;

/// <summary>Per-thread buffers for decoding, grown to the longest sentence seen and reused, so decoding allocates nothing.</summary>
internal sealed class DecodeScratch
{
    [ThreadStatic]
    private static DecodeScratch? _current;

    public TokenFeatures[] Features = new TokenFeatures[256];
    public uint[] Words = new uint[256];
    public uint[] Lexicon = new uint[256];
    public int[] Classes = new int[256];
    public float[] Probabilities = new float[256];
    /// <summary>Tokens whose feature keys are gathered before the weight table is probed.</summary>
    public const int BlockTokens = 64;

    public uint[] Keys = new uint[FeatureExtractor.MaxStatic * BlockTokens];
    public ulong[] Rows = new ulong[FeatureExtractor.MaxStatic * BlockTokens];
    public int[] KeyEnds = new int[BlockTokens];

    /// <summary>Scratch for <see cref="SparseWeights.AddRows"/>: the dense rows of one token.</summary>
    public int[] DenseRows = new int[FeatureExtractor.MaxStatic];
    public int[] Scores = new int[256];
    public float[] Emissions = new float[256 * 16];
    public byte[] Back = new byte[256 * 16];
    public float[] Delta = new float[512];
    public float[] Forward = new float[256 * 48];

    /// <summary>Per token of the sentence (and <see cref="FeatureExtractor.WordLocalReach"/> beyond each end), its <see cref="WordCache"/> entry.</summary>
    public int[] Entries = new int[256 + (2 * FeatureExtractor.WordLocalReach)];

    /// <summary>Sums of word-local feature weights by word, made on first use; see <see cref="WordScoreCache"/>.</summary>
    public WordScoreCache? WordCache;

    /// <summary>Text-only token fields by word, made on first use; see <see cref="PreparedWordCache"/>.</summary>
    public PreparedWordCache? PreparedWords;

    /// <summary>Whether decoding may use <see cref="WordCache"/> and <see cref="PreparedWords"/> (the scores are the same either way; tests compare).</summary>
    public bool UseWordCache = true;

    private bool[] _covered = new bool[256];

    public static DecodeScratch Current => _current ??= new DecodeScratch();

    public void EnsureTokens(int count, int classCount)
    {
        if (Emissions.Length < count * classCount)
        {
            Emissions = new float[Math.Max(count * classCount, Emissions.Length * 2)];
            Back = new byte[Emissions.Length];
        }

        int forward = count * ViterbiDecoder.Stride(classCount);
        if (Forward.Length < forward)
        {
            Forward = new float[Math.Max(forward, Forward.Length * 2)];
        }

        if (Features.Length >= count)
        {
            return;
        }

        int size = Math.Max(count, Features.Length * 2);
        Features = new TokenFeatures[size];
        Words = new uint[size];
        Lexicon = new uint[size];
        Classes = new int[size];
        Entries = new int[size + (2 * FeatureExtractor.WordLocalReach)];
        Probabilities = new float[size];
    }

    /// <summary>A cleared flag per token of the document (reused, so a long document allocates no per-token array).</summary>
    public Span<bool> Covered(int tokens)
    {
        if (_covered.Length < tokens)
        {
            _covered = new bool[Math.Max(tokens, _covered.Length * 2)];
        }

        var covered = _covered.AsSpan(0, tokens);
        covered.Clear();
        return covered;
    }
}
