using System.Buffers;
using System.Runtime.InteropServices;
using Extractor.Pipeline;

namespace Extractor.Entities;

/// <summary>
/// Binary searches over mentions kept in text order. Candidates of one recognizer do not overlap, so their starts and
/// their ends both rise through the list, and the merge and the rules after it find the few that can touch a span in
/// logarithmic time instead of walking the list for every mention.
/// </summary>
internal static class SortedMentions
{
    /// <summary>The index of the first mention that starts at or after <paramref name="position"/>.</summary>
    public static int FirstStartingAtOrAfter(List<EntityMention> sorted, int position) => CountBefore(sorted, position, ends: false, orAt: false);

    /// <summary>The index of the first mention that starts after <paramref name="position"/>.</summary>
    public static int FirstStartingAfter(List<EntityMention> sorted, int position) => CountBefore(sorted, position, ends: false, orAt: true);

    /// <summary>The index of the first mention that ends after <paramref name="position"/>.</summary>
    public static int FirstEndingAfter(List<EntityMention> sorted, int position) => CountBefore(sorted, position, ends: true, orAt: true);

    /// <summary>
    /// Puts the mentions in text order, by start and then end, after a rule added some at the end: through 8-byte
    /// position keys, not a comparison delegate over the mentions (on a long text that sort was most of such a rule's time).
    /// </summary>
    public static void SortInTextOrder(List<EntityMention> mentions)
    {
        var span = CollectionsMarshal.AsSpan(mentions);
        var keys = ArrayPool<long>.Shared.Rent(span.Length);
        for (int i = 0; i < span.Length; i++)
        {
            keys[i] = ((long)span[i].Start << 32) | (uint)span[i].End;
        }

        keys.AsSpan(0, span.Length).Sort(span);
        ArrayPool<long>.Shared.Return(keys);
    }

    /// <summary>How many leading mentions have their start (or end) before <paramref name="position"/>, or at it.</summary>
    private static int CountBefore(List<EntityMention> sorted, int position, bool ends, bool orAt)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            int key = ends ? sorted[mid].End : sorted[mid].Start;
            if (key < position || (orAt && key == position))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
