namespace Extractor.Models;

/// <summary>
/// Transition weights conditioned on the token: besides the one class-to-class table, each pair of neighbouring tokens
/// (i − 1, i) adds a bias for (the previous class's group, the current class), read from a few small properties of the
/// two tokens. The previous class is collapsed to <see cref="GroupCount"/> groups: O, "an entity of type t just ended"
/// (L-t or U-t) for each type, B of any type and I of any type. So the model can learn, for instance, that a capitalized
/// word after "of" inside a capitalized run continues the name, or that a word of a given class after a place begins a
/// new one. Each token pair reads <see cref="SlotsPerToken"/> slots of one dense block, no hashing: the coarse word class
/// of token i, that of token i − 1, and the pair of their forms (place in the capitalized run, or a quotation mark).
/// </summary>
internal sealed class ContextTransitions
{
    /// <summary>Slots read per token pair.</summary>
    public const int SlotsPerToken = 3;

    /// <summary>Coarse word class + 1 (0 = rare word), clamped.</summary>
    public const int CoarseValues = 66;

    /// <summary>Token forms (<see cref="FormOf"/>).</summary>
    public const int FormValues = 8;

    /// <summary>All slots: the class of the token, of the previous token, then the pairs of forms.</summary>
    private static readonly bool FineSlot = Environment.GetEnvironmentVariable("NERFEAT_FINE") == "1";

    public static readonly int SlotCount = (2 * CoarseValues) + (FormValues * FormValues) + (FineSlot ? 1001 : 0);

    [ThreadStatic]
    private static float[]? _buffer;

    private readonly float[] _padded;
    private readonly int _classCount;
    private readonly int _stride;
    private readonly int _groups;

    /// <param name="table">Per slot, per group, per class (no padding): <see cref="TableLength"/> floats.</param>
    /// <param name="classCount">Number of classes of the model.</param>
    public ContextTransitions(float[] table, int classCount)
    {
        if (table.Length != TableLength(classCount))
        {
            throw new InvalidDataException("The entity model's context transition table does not match its classes.");
        }

        Table = table;
        _classCount = classCount;
        _stride = ViterbiDecoder.Stride(classCount);
        _groups = GroupCount(classCount);
        _padded = new float[SlotCount * _groups * _stride];
        for (int row = 0; row < SlotCount * _groups; row++)
        {
            table.AsSpan(row * classCount, classCount).CopyTo(_padded.AsSpan(row * _stride));
        }
    }

    /// <summary>The weights in file layout (slot, group, class; no padding).</summary>
    public float[] Table { get; }

    /// <summary>Length of the unpadded table for <paramref name="classCount"/> classes.</summary>
    public static int TableLength(int classCount) => SlotCount * GroupCount(classCount) * classCount;

    /// <summary>Previous-class groups: O, one per type for "ended here" (L or U), B of any type, I of any type.</summary>
    public static int GroupCount(int classCount) => ((classCount - 1) / 4) + 3;

    /// <summary>The group of a previous class (see <see cref="GroupCount"/>).</summary>
    public static int GroupOf(int cls, int classCount)
    {
        if (cls == BilouTags.Outside)
        {
            return 0;
        }

        int types = (classCount - 1) / 4;
        return BilouTags.PositionOf(cls) switch
        {
            BilouTags.Begin => 1 + types,
            BilouTags.Inside => 2 + types,
            _ => 1 + BilouTags.TypeOf(cls),
        };
    }

    /// <summary>
    /// A token's form: its position in a run of capitalized tokens (1–4, BILU), a quotation mark (5), or 0 for anything
    /// else.
    /// </summary>
    public static int FormOf(in TokenFeatures t) => t.IsQuote ? 5 : t.CapitalRun & 7;

    /// <summary>The slots of the pair (<paramref name="i"/> − 1, <paramref name="i"/>), <paramref name="i"/> ≥ 1.</summary>
    public static void Slots(ReadOnlySpan<TokenFeatures> s, int i, Span<int> slots)
    {
        slots[0] = Math.Min((int)s[i].CoarseClass, CoarseValues - 1);
        slots[1] = CoarseValues + Math.Min((int)s[i - 1].CoarseClass, CoarseValues - 1);
        slots[2] = (2 * CoarseValues) + (FormOf(s[i - 1]) * FormValues) + FormOf(s[i]);
        if (FineSlot) slots[1] = (2 * CoarseValues) + (FormValues * FormValues) + Math.Min((int)s[i - 1].WordClass, 1000);
        if ((Mask & 1) == 0) slots[0] = 0;
        if ((Mask & 2) == 0) slots[1] = CoarseValues;
        if ((Mask & 4) == 0) slots[2] = 2 * CoarseValues;
    }

    private static readonly int Mask = int.TryParse(Environment.GetEnvironmentVariable("NERFEAT_SLOTS"), out int m) ? m : 7;

    /// <summary>
    /// Per token, the summed biases (groups × stride floats a token, token 0 all zero) from <paramref name="padded"/>
    /// (slot, group, class in rows of <paramref name="stride"/>) into <paramref name="output"/>.
    /// </summary>
    public static void Sum(ReadOnlySpan<float> padded, ReadOnlySpan<TokenFeatures> s, int groups, int stride, Span<float> output)
    {
        int n = s.Length;
        int block = groups * stride;
        output[..block].Clear();
        Span<int> slots = stackalloc int[SlotsPerToken];
        for (int i = 1; i < n; i++)
        {
            Slots(s, i, slots);
            var target = output.Slice(i * block, block);
            padded.Slice(slots[0] * block, block).CopyTo(target);
            for (int k = 1; k < SlotsPerToken; k++)
            {
                var source = padded.Slice(slots[k] * block, block);
                int lanes = System.Numerics.Vector<float>.Count;
                for (int v = 0; v < block; v += lanes)
                {
                    (new System.Numerics.Vector<float>(target.Slice(v, lanes)) + new System.Numerics.Vector<float>(source.Slice(v, lanes))).CopyTo(target.Slice(v, lanes));
                }
            }
        }
    }

    /// <summary>The biases of every token pair of a sentence in a per-thread buffer (see <see cref="Sum"/>).</summary>
    public ReadOnlySpan<float> Compute(ReadOnlySpan<TokenFeatures> s)
    {
        int length = Math.Max(1, s.Length) * _groups * _stride;
        var buffer = _buffer;
        if (buffer is null || buffer.Length < length)
        {
            _buffer = buffer = new float[Math.Max(length, 64 * _groups * _stride)];
        }

        Sum(_padded, s, _groups, _stride, buffer);
        return buffer.AsSpan(0, length);
    }

    /// <summary>Number of previous-class groups of this model.</summary>
    public int Groups => _groups;

    /// <summary>Number of classes of this model.</summary>
    public int ClassCount => _classCount;
}
