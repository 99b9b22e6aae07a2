using Extractor.Pipeline;

namespace Extractor.Entities;

/// <summary>
/// The one place where candidates from all recognizers meet. Precedence, highest first:
/// temporal rules for DATE/TIME/DURATION/SET spans, then the statistical model, then gazetteers.
/// A lower-precedence candidate survives only where it overlaps nothing already kept.
/// </summary>
internal static class MentionMerger
{
    public static List<EntityMention> Merge(List<EntityMention> model, List<EntityMention> gazetteer, List<EntityMention> temporal)
    {
        var kept = new List<EntityMention>(model.Count + gazetteer.Count + temporal.Count);
        AddNonOverlapping(kept, temporal);
        AddNonOverlapping(kept, model.Where(m => !m.IsTemporal || !OverlapsAny(temporal, m)));
        AddNonOverlapping(kept, gazetteer);
        kept.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return kept;
    }

    private static void AddNonOverlapping(List<EntityMention> kept, IEnumerable<EntityMention> candidates)
    {
        foreach (var candidate in candidates)
        {
            if (!OverlapsAny(kept, candidate))
            {
                kept.Add(candidate);
            }
        }
    }

    private static bool OverlapsAny(List<EntityMention> list, EntityMention m)
    {
        foreach (var other in list)
        {
            if (other.Start < m.End && m.Start < other.End)
            {
                return true;
            }
        }

        return false;
    }
}
