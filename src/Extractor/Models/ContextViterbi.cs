using System.Numerics;

namespace Extractor.Models;

/// <summary>
/// <see cref="ViterbiDecoder"/> with a per-token transition bias (<see cref="ContextTransitions"/>): the score of going
/// from class p at token i − 1 to class c at token i is the table's transition plus the token's bias for (the group of p,
/// c). Same BILOU rules and tie order as the plain decoder; no bounds (the biases change every token), so every allowed
/// predecessor is tried: O, L and U before an opening class, B and I of its type before I and L.
/// </summary>
internal static class ContextViterbi
{
    /// <param name="emissions">Per token, the class scores (row length <paramref name="emissionStride"/>).</param>
    /// <param name="n">Number of tokens.</param>
    /// <param name="classCount">Number of classes.</param>
    /// <param name="emissionStride">Row length of <paramref name="emissions"/>.</param>
    /// <param name="transitions">Padded table from <see cref="ViterbiDecoder.Pad"/>.</param>
    /// <param name="context">Per token, groups × stride biases (<see cref="ContextTransitions.Sum"/>).</param>
    /// <param name="delta">Scratch of at least 2 × stride.</param>
    /// <param name="back">Scratch of at least n × classCount.</param>
    /// <param name="classes">Receives the best class of each token.</param>
    /// <param name="forward">Empty, or n × stride floats that receive every token's Viterbi scores.</param>
    public static void Decode(ReadOnlySpan<float> emissions, int n, int classCount, int emissionStride, ReadOnlySpan<float> transitions,
        ReadOnlySpan<float> context, Span<float> delta, Span<byte> back, Span<int> classes, Span<float> forward = default)
    {
        if (n == 0)
        {
            return;
        }

        int stride = ViterbiDecoder.Stride(classCount);
        int lanes = Vector<float>.Count;
        int types = (classCount - 1) / 4;
        int groups = ContextTransitions.GroupCount(classCount);
        int block = groups * stride;
        var current = delta[..stride];
        var previous = delta.Slice(stride, stride);
        for (int c = 0; c < classCount; c++)
        {
            bool start = c == BilouTags.Outside || BilouTags.PositionOf(c) is BilouTags.Begin or BilouTags.Unit;
            current[c] = start ? transitions[c] + emissions[c] : float.NegativeInfinity;
        }

        if (!forward.IsEmpty)
        {
            current[..classCount].CopyTo(forward);
        }

        Span<int> closed = stackalloc int[1 + (2 * types)];
        closed[0] = BilouTags.Outside;
        for (int t = 0; t < types; t++)
        {
            closed[1 + (2 * t)] = BilouTags.Class(t, BilouTags.Last);
            closed[2 + (2 * t)] = BilouTags.Class(t, BilouTags.Unit);
        }

        Span<int> argBuffer = stackalloc int[lanes];
        int beginGroup = 1 + types;
        int insideGroup = 2 + types;
        for (int i = 1; i < n; i++)
        {
            var swap = previous;
            previous = current;
            current = swap;
            var e = emissions.Slice(i * emissionStride, classCount);
            var b = back.Slice(i * classCount, classCount);
            var bias = context.Slice(i * block, block);
            for (int v = 0; v < stride; v += lanes)
            {
                int p0 = closed[0];
                var best = new Vector<float>(previous[p0]) + new Vector<float>(transitions.Slice(((p0 + 1) * stride) + v, lanes))
                    + new Vector<float>(bias.Slice(v, lanes));
                var arg = new Vector<int>(p0);
                for (int j = 1; j < closed.Length; j++)
                {
                    int p = closed[j];
                    int g = 1 + BilouTags.TypeOf(p);
                    var cp = new Vector<float>(previous[p]) + new Vector<float>(transitions.Slice(((p + 1) * stride) + v, lanes))
                        + new Vector<float>(bias.Slice((g * stride) + v, lanes));
                    var mp = Vector.GreaterThan(cp, best);
                    best = Vector.Max(cp, best);
                    arg = Vector.ConditionalSelect(mp, new Vector<int>(p), arg);
                }

                arg.CopyTo(argBuffer);
                int end = Math.Min(lanes, classCount - v);
                best.CopyTo(current.Slice(v, lanes));
                for (int k = 0; k < end; k++)
                {
                    current[v + k] += e[v + k];
                    b[v + k] = (byte)argBuffer[k];
                }
            }

            for (int t = 0; t < types; t++)
            {
                int bt = BilouTags.Class(t, BilouTags.Begin);
                int it = bt + 1;
                for (int c = it; c <= it + 1; c++)
                {
                    float sb = previous[bt] + transitions[((bt + 1) * stride) + c] + bias[(beginGroup * stride) + c];
                    float si = previous[it] + transitions[((it + 1) * stride) + c] + bias[(insideGroup * stride) + c];
                    if (si > sb)
                    {
                        current[c] = si + e[c];
                        b[c] = (byte)it;
                    }
                    else
                    {
                        current[c] = sb + e[c];
                        b[c] = (byte)bt;
                    }
                }
            }

            if (!forward.IsEmpty)
            {
                current[..classCount].CopyTo(forward[(i * stride)..]);
            }
        }

        int last = 0;
        float lastScore = current[0];
        for (int c = 1; c < classCount; c++)
        {
            if (BilouTags.PositionOf(c) is BilouTags.Last or BilouTags.Unit && current[c] > lastScore)
            {
                lastScore = current[c];
                last = c;
            }
        }

        classes[n - 1] = last;
        for (int i = n - 1; i > 0; i--)
        {
            last = back[(i * classCount) + last];
            classes[i - 1] = last;
        }
    }

    /// <summary>
    /// Max-marginals as <see cref="ViterbiDecoder.MaxMarginals"/>, with the same per-token biases as <see cref="Decode"/>
    /// on every transition of the backward pass.
    /// </summary>
    public static void MaxMarginals(ReadOnlySpan<float> emissions, int n, int classCount, int emissionStride, ReadOnlySpan<float> transitions,
        ReadOnlySpan<float> context, Span<float> forward, Span<float> backward, int first = 0)
    {
        first = Math.Clamp(first, 0, Math.Max(0, n - 1));
        int stride = ViterbiDecoder.Stride(classCount);
        int lanes = Vector<float>.Count;
        int groups = ContextTransitions.GroupCount(classCount);
        int block = groups * stride;
        Span<float> opening = stackalloc float[stride];
        var next = backward[..stride];
        var current = backward.Slice(stride, stride);
        for (int c = 0; c < classCount; c++)
        {
            next[c] = c == BilouTags.Outside || BilouTags.PositionOf(c) is BilouTags.Last or BilouTags.Unit ? 0f : float.NegativeInfinity;
        }

        for (int i = n - 1; ; i--)
        {
            var row = forward.Slice(i * stride, classCount);
            for (int c = 0; c < classCount; c++)
            {
                row[c] += next[c];
            }

            if (i == first)
            {
                break;
            }

            var e = emissions.Slice(i * emissionStride, classCount);
            var bias = context.Slice(i * block, block);
            for (int c = 0; c < stride; c++)
            {
                opening[c] = c < classCount && (c == BilouTags.Outside || BilouTags.PositionOf(c) is BilouTags.Begin or BilouTags.Unit)
                    ? e[c] + next[c]
                    : float.NegativeInfinity;
            }

            for (int c = 0; c < classCount; c++)
            {
                var t = transitions.Slice((c + 1) * stride, stride);
                var g = bias.Slice(ContextTransitions.GroupOf(c, classCount) * stride, stride);
                if (c != BilouTags.Outside && BilouTags.PositionOf(c) is BilouTags.Begin or BilouTags.Inside)
                {
                    int inside = BilouTags.Class(BilouTags.TypeOf(c), BilouTags.Inside);
                    current[c] = Math.Max(t[inside] + g[inside] + e[inside] + next[inside], t[inside + 1] + g[inside + 1] + e[inside + 1] + next[inside + 1]);
                    continue;
                }

                var acc = new Vector<float>(t[..lanes]) + new Vector<float>(g[..lanes]) + new Vector<float>(opening[..lanes]);
                for (int v = lanes; v < stride; v += lanes)
                {
                    acc = Vector.Max(acc, new Vector<float>(t.Slice(v, lanes)) + new Vector<float>(g.Slice(v, lanes)) + new Vector<float>(opening.Slice(v, lanes)));
                }

                float best = acc[0];
                for (int k = 1; k < lanes; k++)
                {
                    best = Math.Max(best, acc[k]);
                }

                current[c] = best;
            }

            var swap = next;
            next = current;
            current = swap;
        }
    }
}
