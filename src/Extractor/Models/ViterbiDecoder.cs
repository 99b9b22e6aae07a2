namespace Extractor.Models;

/// <summary>
/// Finds the best BILOU class sequence for one sentence under first-order transition weights, honouring the BILOU
/// rules exactly: a sentence starts and ends outside any entity, B and I are followed by I or L of the same type, and
/// O, L and U by O, B or U. Linear in sentence length; back pointers are bytes (at most 255 classes).
/// </summary>
internal static class ViterbiDecoder
{
    /// <param name="emissions">Per token, <paramref name="classCount"/> scores (row stride <paramref name="stride"/>).</param>
    /// <param name="n">Number of tokens.</param>
    /// <param name="classCount">Number of classes.</param>
    /// <param name="stride">Row length of <paramref name="emissions"/>.</param>
    /// <param name="transitions">(classCount + 1) rows of classCount scores: row 0 is the sentence start, row p + 1 follows class p.</param>
    /// <param name="delta">Scratch of at least 2 × classCount.</param>
    /// <param name="back">Scratch of at least n × classCount.</param>
    /// <param name="classes">Receives the best class of each token.</param>
    public static void Decode(ReadOnlySpan<float> emissions, int n, int classCount, int stride, ReadOnlySpan<float> transitions,
        Span<float> delta, Span<byte> back, Span<int> classes)
    {
        if (n == 0)
        {
            return;
        }

        int types = (classCount - 1) / 4;
        var current = delta[..classCount];
        var previous = delta.Slice(classCount, classCount);
        for (int c = 0; c < classCount; c++)
        {
            bool start = c == BilouTags.Outside || BilouTags.PositionOf(c) is BilouTags.Begin or BilouTags.Unit;
            current[c] = start ? transitions[c] + emissions[c] : float.NegativeInfinity;
        }

        for (int i = 1; i < n; i++)
        {
            var swap = previous;
            previous = current;
            current = swap;
            var e = emissions.Slice(i * stride, classCount);
            var b = back.Slice(i * classCount, classCount);

            // O, B-t and U-t follow a closed class: O, L-u or U-u.
            for (int c = 0; c < classCount; c++)
            {
                if (c != BilouTags.Outside && BilouTags.PositionOf(c) is BilouTags.Inside or BilouTags.Last)
                {
                    continue;
                }

                float best = previous[0] + transitions[classCount + c];
                int arg = 0;
                for (int t = 0; t < types; t++)
                {
                    int l = BilouTags.Class(t, BilouTags.Last);
                    float sl = previous[l] + transitions[((l + 1) * classCount) + c];
                    if (sl > best)
                    {
                        best = sl;
                        arg = l;
                    }

                    int u = l + 1;
                    float su = previous[u] + transitions[((u + 1) * classCount) + c];
                    if (su > best)
                    {
                        best = su;
                        arg = u;
                    }
                }

                current[c] = best + e[c];
                b[c] = (byte)arg;
            }

            // I-t and L-t follow B-t or I-t.
            for (int t = 0; t < types; t++)
            {
                int bt = BilouTags.Class(t, BilouTags.Begin);
                int it = bt + 1;
                for (int c = it; c <= it + 1; c++)
                {
                    float sb = previous[bt] + transitions[((bt + 1) * classCount) + c];
                    float si = previous[it] + transitions[((it + 1) * classCount) + c];
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
}
