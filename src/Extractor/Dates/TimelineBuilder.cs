namespace Extractor.Dates;

/// <summary>Orders the temporal entities of a result by their resolved values and links them to quotes in the same sentence.</summary>
internal static class TimelineBuilder
{
    public static IReadOnlyList<TimelineEntry> Build(IReadOnlyList<Entity> entities, IReadOnlyList<int> entitySentences, IReadOnlyList<Quote> quotes)
    {
        var entries = new List<TimelineEntry>();
        for (int i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (!entity.IsTemporal)
            {
                continue;
            }

            int sentence = entitySentences[i];
            var linked = new List<int>();
            for (int q = 0; q < quotes.Count; q++)
            {
                if (quotes[q].SentenceIndex == sentence)
                {
                    linked.Add(q);
                }
            }

            entries.Add(new TimelineEntry(entity, sentence) { QuoteIndexes = linked });
        }

        // Stable: resolvable values (starting with a digit) sort by value; the rest keep input order at the end.
        return entries
            .Select((e, i) => (e, i))
            .OrderBy(x => x.e.Expression.Value is { Length: > 0 } v && char.IsDigit(v[0]) ? 0 : 1)
            .ThenBy(x => x.e.Expression.Value is { Length: > 0 } v && char.IsDigit(v[0]) ? v : string.Empty, StringComparer.Ordinal)
            .ThenBy(x => x.i)
            .Select(x => x.e)
            .ToArray();
    }
}
