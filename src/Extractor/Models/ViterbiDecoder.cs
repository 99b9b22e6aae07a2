using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Extractor.Models;

/// <summary>
/// Finds the best BILOU class sequence for one sentence under first-order transition weights, honouring the BILOU
/// rules exactly: a sentence starts and ends outside any entity, B and I are followed by I or L of the same type, and
/// O, L and U by O, B or U. Linear in sentence length; the closed-to-any step is vectorized over classes.
/// </summary>
internal static class ViterbiDecoder
{
    /// <summary>Row length of padded transition tables and of the scratch rows: the class count rounded up to whole vectors.</summary>
    public static int Stride(int classCount) => (classCount + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;

    /// <summary>
    /// Copies a (classCount + 1) × classCount transition table into rows of <see cref="Stride"/> floats, the layout
    /// <see cref="Decode"/> reads.
    /// </summary>
    public static float[] Pad(ReadOnlySpan<float> transitions, int classCount)
    {
        int stride = Stride(classCount);
        var padded = new float[(classCount + 1) * stride];
        for (int row = 0; row <= classCount; row++)
        {
            transitions.Slice(row * classCount, classCount).CopyTo(padded.AsSpan(row * stride));
        }

        return padded;
    }

    /// <summary>
    /// Per class, the lowest and highest transition score into a class that may open after a closed one (O, B, U), as
    /// predecessor (rows) and as successor (columns), in four rows of <see cref="Stride"/> floats: row minima, row maxima,
    /// column minima (over closed predecessors), column maxima. <see cref="Decode"/> and <see cref="MaxMarginals"/> use
    /// them to skip, exactly, the predecessors and successors that cannot reach the best score of any class. Then the
    /// transitions transposed (one row of <see cref="Stride"/> per successor class), which lets <see cref="MaxMarginals"/>
    /// take the best continuation of every class at once, a vector of predecessors per successor.
    /// </summary>
    public static float[] Bounds(ReadOnlySpan<float> padded, int classCount)
    {
        int stride = Stride(classCount);
        var bounds = new float[(4 + classCount) * stride];
        var rowMin = bounds.AsSpan(0, stride);
        var rowMax = bounds.AsSpan(stride, stride);
        var colMin = bounds.AsSpan(2 * stride, stride);
        var colMax = bounds.AsSpan(3 * stride, stride);
        rowMin.Fill(float.PositiveInfinity);
        rowMax.Fill(float.NegativeInfinity);
        colMin.Fill(float.PositiveInfinity);
        colMax.Fill(float.NegativeInfinity);
        for (int p = 0; p < classCount; p++)
        {
            if (IsOpen(p))
            {
                continue;
            }

            var row = padded.Slice((p + 1) * stride, classCount);
            for (int c = 0; c < classCount; c++)
            {
                if (!Opens(c))
                {
                    continue;
                }

                rowMin[p] = Math.Min(rowMin[p], row[c]);
                rowMax[p] = Math.Max(rowMax[p], row[c]);
                colMin[c] = Math.Min(colMin[c], row[c]);
                colMax[c] = Math.Max(colMax[c], row[c]);
            }
        }

        // Then the table transposed: row j holds the transitions from every class into class j.
        for (int p = 0; p < classCount; p++)
        {
            for (int c = 0; c < classCount; c++)
            {
                bounds[((4 + c) * stride) + p] = padded[((p + 1) * stride) + c];
            }
        }

        return bounds;
    }

    /// <summary>O, B and U: the classes that may follow a closed one.</summary>
    private static bool Opens(int c) => c == BilouTags.Outside || BilouTags.PositionOf(c) is BilouTags.Begin or BilouTags.Unit;

    private static bool IsOpen(int c) => c != BilouTags.Outside && BilouTags.PositionOf(c) is BilouTags.Begin or BilouTags.Inside;

    /// <param name="emissions">Per token, the class scores (row length <paramref name="emissionStride"/>).</param>
    /// <param name="n">Number of tokens.</param>
    /// <param name="classCount">Number of classes.</param>
    /// <param name="emissionStride">Row length of <paramref name="emissions"/>.</param>
    /// <param name="transitions">Padded table from <see cref="Pad"/>: row 0 from the sentence start, row p + 1 from class p.</param>
    /// <param name="delta">Scratch of at least 2 × <see cref="Stride"/>.</param>
    /// <param name="back">Scratch of at least n × classCount.</param>
    /// <param name="classes">Receives the best class of each token.</param>
    /// <param name="forward">Empty, or n × <see cref="Stride"/> floats that receive every token's Viterbi scores (for <see cref="MaxMarginals"/>).</param>
    /// <param name="bounds">Empty, or <see cref="Bounds"/> of <paramref name="transitions"/> to skip hopeless predecessors (same result, faster).</param>
    public static void Decode(ReadOnlySpan<float> emissions, int n, int classCount, int emissionStride, ReadOnlySpan<float> transitions,
        Span<float> delta, Span<byte> back, Span<int> classes, Span<float> forward = default, ReadOnlySpan<float> bounds = default)
    {
        if (n == 0)
        {
            return;
        }

        int stride = Stride(classCount);
        int lanes = Vector<float>.Count;
        int types = (classCount - 1) / 4;
        // With forward rows to fill, each token's scores are made in its own row (the previous token's row is the
        // previous scores), so no row is copied; without, two rows of delta take turns.
        bool inPlace = !forward.IsEmpty;
        var current = inPlace ? forward[..stride] : delta[..stride];
        var previous = delta.Slice(stride, stride);
        for (int c = 0; c < classCount; c++)
        {
            bool start = c == BilouTags.Outside || BilouTags.PositionOf(c) is BilouTags.Begin or BilouTags.Unit;
            current[c] = start ? transitions[c] + emissions[c] : float.NegativeInfinity;
        }

        bool narrow = lanes == Vector256<int>.Count && Vector256.IsHardwareAccelerated;
        Span<int> argBuffer = stackalloc int[lanes];
        Span<int> live = stackalloc int[1 + (2 * types)];
        for (int i = 1; i < n; i++)
        {
            if (inPlace)
            {
                previous = current;
                current = forward.Slice(i * stride, stride);
            }
            else
            {
                var swap = previous;
                previous = current;
                current = swap;
            }

            var e = emissions.Slice(i * emissionStride, classCount);
            var b = back.Slice(i * classCount, classCount);

            // Any class after a closed one (O, L-t, U-t): best over those predecessors, one vector of classes at a time.
            // I and L entries computed here are overwritten below. With bounds, a predecessor whose best transition
            // into an opening class scores below what another predecessor guarantees every opening class cannot win
            // (nor tie) anywhere, so it is left out; the survivors are taken in the same order, so ties resolve alike.
            int liveCount = LivePredecessors(previous, types, bounds, stride, live);
            for (int v = 0; v < stride; v += lanes)
            {
                int p0 = live[0];
                var best = new Vector<float>(previous[p0]) + new Vector<float>(transitions.Slice(((p0 + 1) * stride) + v, lanes));
                var arg = new Vector<int>(p0);
                for (int j = 1; j < liveCount; j++)
                {
                    int p = live[j];
                    var cp = new Vector<float>(previous[p]) + new Vector<float>(transitions.Slice(((p + 1) * stride) + v, lanes));
                    var mp = Vector.GreaterThan(cp, best);
                    best = Vector.Max(cp, best);
                    arg = Vector.ConditionalSelect(mp, new Vector<int>(p), arg);
                }

                int end = Math.Min(lanes, classCount - v);
                if (end == lanes)
                {
                    (best + new Vector<float>(e.Slice(v, lanes))).CopyTo(current.Slice(v, lanes));
                    if (narrow)
                    {
                        // The eight predecessors (all below 256) narrowed to bytes in registers and stored at once.
                        var halves = Vector256.Narrow(arg.AsVector256(), Vector256<int>.Zero);
                        ulong bytes = Vector256.Narrow(halves, Vector256<short>.Zero).AsUInt64().ToScalar();
                        MemoryMarshal.Write(MemoryMarshal.AsBytes(b.Slice(v, lanes)), in bytes);
                        continue;
                    }

                    arg.CopyTo(argBuffer);
                    for (int k = 0; k < lanes; k++)
                    {
                        b[v + k] = (byte)argBuffer[k];
                    }

                    continue;
                }

                arg.CopyTo(argBuffer);

                best.CopyTo(current.Slice(v, lanes));
                for (int k = 0; k < end; k++)
                {
                    current[v + k] += e[v + k];
                    b[v + k] = (byte)argBuffer[k];
                }
            }

            // I-t and L-t follow B-t or I-t.
            for (int t = 0; t < types; t++)
            {
                int bt = BilouTags.Class(t, BilouTags.Begin);
                int it = bt + 1;
                for (int c = it; c <= it + 1; c++)
                {
                    float sb = previous[bt] + transitions[((bt + 1) * stride) + c];
                    float si = previous[it] + transitions[((it + 1) * stride) + c];
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

        }

        // The sentence ends on a closed class.
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
    /// Lists the closed predecessors (O, then L-t and U-t by type) that may give some opening class its best score; all of
    /// them without <paramref name="bounds"/>.
    /// </summary>
    private static int LivePredecessors(ReadOnlySpan<float> previous, int types, ReadOnlySpan<float> bounds, int stride, Span<int> live)
    {
        int count = 0;
        if (bounds.IsEmpty)
        {
            live[count++] = 0;
            for (int t = 0; t < types; t++)
            {
                int l = BilouTags.Class(t, BilouTags.Last);
                live[count++] = l;
                live[count++] = l + 1;
            }

            return count;
        }

        var rowMin = bounds[..stride];
        var rowMax = bounds.Slice(stride, stride);

        // Every opening class scores at least floor (float sums are monotonic, so the bound holds after rounding).
        float floor = previous[0] + rowMin[0];
        for (int t = 0; t < types; t++)
        {
            int l = BilouTags.Class(t, BilouTags.Last);
            floor = Math.Max(floor, Math.Max(previous[l] + rowMin[l], previous[l + 1] + rowMin[l + 1]));
        }

        if (previous[0] + rowMax[0] >= floor)
        {
            live[count++] = 0;
        }

        for (int t = 0; t < types; t++)
        {
            int l = BilouTags.Class(t, BilouTags.Last);
            if (previous[l] + rowMax[l] >= floor)
            {
                live[count++] = l;
            }

            if (previous[l + 1] + rowMax[l + 1] >= floor)
            {
                live[count++] = l + 1;
            }
        }

        return count;
    }

    /// <summary>
    /// Per token and class, the score of the best complete sequence that gives the token that class (forward Viterbi
    /// scores from <see cref="Decode"/> plus a backward pass). Written over <paramref name="forward"/>; a class no valid
    /// sequence can take gets negative infinity. The best sequence's score is the maximum of every row.
    /// </summary>
    /// <param name="emissions">The emission scores given to <see cref="Decode"/>.</param>
    /// <param name="n">Number of tokens.</param>
    /// <param name="classCount">Number of classes.</param>
    /// <param name="emissionStride">Row length of <paramref name="emissions"/>.</param>
    /// <param name="transitions">The padded transition table given to <see cref="Decode"/>.</param>
    /// <param name="forward">The forward scores <see cref="Decode"/> wrote; receives the max-marginals.</param>
    /// <param name="backward">Scratch of at least 2 × <see cref="Stride"/>.</param>
    /// <param name="bounds">Empty, or <see cref="Bounds"/> of <paramref name="transitions"/> to skip hopeless successors (same result, faster).</param>
    /// <param name="first">
    /// The first token whose max-marginals are wanted: the backward pass stops there, and the rows of the tokens before
    /// it keep their forward scores (the rows from <paramref name="first"/> on are the same as with 0).
    /// </param>
    public static void MaxMarginals(ReadOnlySpan<float> emissions, int n, int classCount, int emissionStride, ReadOnlySpan<float> transitions,
        Span<float> forward, Span<float> backward, ReadOnlySpan<float> bounds = default, int first = 0)
    {
        first = Math.Clamp(first, 0, Math.Max(0, n - 1));
        if (!bounds.IsEmpty)
        {
            MaxMarginalsVectorized(emissions, n, classCount, emissionStride, transitions, forward, backward, bounds, first);
            return;
        }

        int stride = Stride(classCount);
        int lanes = Vector<float>.Count;
        Span<float> opening = stackalloc float[stride];
        Span<int> live = stackalloc int[stride];
        var next = backward[..stride];
        var current = backward.Slice(stride, stride);

        // After the last token only closed classes may end the sentence.
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

            // Scores of the best continuation from token i - 1 in class c: transition to token i plus its emission and
            // continuation. After a closed class only O, B and U may follow: one vector maximum over the classes.
            var e = emissions.Slice(i * emissionStride, classCount);
            for (int c = 0; c < stride; c++)
            {
                opening[c] = c < classCount && (c == BilouTags.Outside || BilouTags.PositionOf(c) is BilouTags.Begin or BilouTags.Unit)
                    ? e[c] + next[c]
                    : float.NegativeInfinity;
            }

            // With bounds: the opening classes that may give some closed class its best continuation. A successor
            // whose best transition scores below what another guarantees every closed class is left out; the maximum
            // of the same sums does not depend on the order they are taken in.
            int liveCount = -1;
            if (!bounds.IsEmpty)
            {
                var colMin = bounds.Slice(2 * stride, stride);
                var colMax = bounds.Slice(3 * stride, stride);
                float floor = float.NegativeInfinity;
                for (int c = 0; c < classCount; c++)
                {
                    if (opening[c] > float.NegativeInfinity)
                    {
                        floor = Math.Max(floor, opening[c] + colMin[c]);
                    }
                }

                liveCount = 0;
                for (int c = 0; c < classCount; c++)
                {
                    if (opening[c] + colMax[c] >= floor && opening[c] > float.NegativeInfinity)
                    {
                        live[liveCount++] = c;
                    }
                }
            }

            for (int c = 0; c < classCount; c++)
            {
                var t = transitions.Slice((c + 1) * stride, stride);
                if (c != BilouTags.Outside && BilouTags.PositionOf(c) is BilouTags.Begin or BilouTags.Inside)
                {
                    int inside = BilouTags.Class(BilouTags.TypeOf(c), BilouTags.Inside);
                    current[c] = Math.Max(t[inside] + e[inside] + next[inside], t[inside + 1] + e[inside + 1] + next[inside + 1]);
                    continue;
                }

                if (liveCount > 0)
                {
                    float top = t[live[0]] + opening[live[0]];
                    for (int j = 1; j < liveCount; j++)
                    {
                        top = Math.Max(top, t[live[j]] + opening[live[j]]);
                    }

                    current[c] = top;
                    continue;
                }

                var acc = new Vector<float>(t[..lanes]) + new Vector<float>(opening[..lanes]);
                for (int v = lanes; v < stride; v += lanes)
                {
                    acc = Vector.Max(acc, new Vector<float>(t.Slice(v, lanes)) + new Vector<float>(opening.Slice(v, lanes)));
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

    /// <summary>
    /// <see cref="MaxMarginals"/> with bounds: the same maxima of the same sums, but the best continuation after each
    /// closed class is taken for all classes at once, one vector of predecessors per opening successor that may win.
    /// </summary>
    private static void MaxMarginalsVectorized(ReadOnlySpan<float> emissions, int n, int classCount, int emissionStride, ReadOnlySpan<float> transitions,
        Span<float> forward, Span<float> backward, ReadOnlySpan<float> bounds, int first)
    {
        int stride = Stride(classCount);
        int lanes = Vector<float>.Count;
        int types = (classCount - 1) / 4;
        var colMin = bounds.Slice(2 * stride, stride);
        var colMax = bounds.Slice(3 * stride, stride);
        var transposed = bounds.Slice(4 * stride, classCount * stride);
        Span<float> opening = stackalloc float[stride];
        Span<int> live = stackalloc int[stride];
        Span<int> openers = stackalloc int[1 + (2 * types)];
        openers[0] = BilouTags.Outside;
        for (int t = 0; t < types; t++)
        {
            openers[1 + (2 * t)] = BilouTags.Class(t, BilouTags.Begin);
            openers[2 + (2 * t)] = BilouTags.Class(t, BilouTags.Unit);
        }

        var next = backward[..stride];
        var current = backward.Slice(stride, stride);
        next.Clear();
        for (int c = 0; c < classCount; c++)
        {
            next[c] = c == BilouTags.Outside || BilouTags.PositionOf(c) is BilouTags.Last or BilouTags.Unit ? 0f : float.NegativeInfinity;
        }

        for (int i = n - 1; ; i--)
        {
            // The padding lanes of the rows hold nothing that is read.
            var row = forward.Slice(i * stride, stride);
            for (int v = 0; v < stride; v += lanes)
            {
                (new Vector<float>(row.Slice(v, lanes)) + new Vector<float>(next.Slice(v, lanes))).CopyTo(row.Slice(v, lanes));
            }

            if (i == first)
            {
                break;
            }

            var e = emissions.Slice(i * emissionStride, classCount);
            float floor = float.NegativeInfinity;
            foreach (int c in openers)
            {
                float o = e[c] + next[c];
                opening[c] = o;
                if (o > float.NegativeInfinity)
                {
                    floor = Math.Max(floor, o + colMin[c]);
                }
            }

            int liveCount = 0;
            foreach (int c in openers)
            {
                if (opening[c] + colMax[c] >= floor && opening[c] > float.NegativeInfinity)
                {
                    live[liveCount++] = c;
                }
            }

            if (liveCount == 0)
            {
                current.Fill(float.NegativeInfinity);
            }
            else
            {
                for (int v = 0; v < stride; v += lanes)
                {
                    int j0 = live[0];
                    var best = new Vector<float>(transposed.Slice((j0 * stride) + v, lanes)) + new Vector<float>(opening[j0]);
                    for (int j = 1; j < liveCount; j++)
                    {
                        int successor = live[j];
                        best = Vector.Max(best, new Vector<float>(transposed.Slice((successor * stride) + v, lanes)) + new Vector<float>(opening[successor]));
                    }

                    best.CopyTo(current.Slice(v, lanes));
                }
            }

            // B-t and I-t continue with I-t or L-t only.
            for (int t = 0; t < types; t++)
            {
                int inside = BilouTags.Class(t, BilouTags.Inside);
                for (int c = inside - 1; c <= inside; c++)
                {
                    var tr = transitions.Slice((c + 1) * stride, stride);
                    current[c] = Math.Max(tr[inside] + e[inside] + next[inside], tr[inside + 1] + e[inside + 1] + next[inside + 1]);
                }
            }

            var swap = next;
            next = current;
            current = swap;
        }
    }
}
