namespace Extractor.Dates;

/// <summary>Orders the temporal entities of a result by their resolved values and links them to quotes in the same sentence.</summary>
/// <remarks>
/// Each value is placed at a point: a date at its day, a month, week, quarter, season, year, decade or century at its
/// first day, moved to the middle or the last day by a MID or END mod ("the end of January" after "January 15");
/// PAST_REF, PRESENT_REF and FUTURE_REF just before, at and just after the reference date. Ties go to the coarser value
/// first ("2022-01" before "2022-01-01"), then to text order. Durations, sets and values with unknown parts have no
/// place in time; they follow in text order.
/// </remarks>
internal static class TimelineBuilder
{
    public static IReadOnlyList<TimelineEntry> Build(IReadOnlyList<Entity> entities, IReadOnlyList<int> entitySentences, IReadOnlyList<Quote> quotes) =>
        Build(entities, entitySentences, quotes, null);

    public static IReadOnlyList<TimelineEntry> Build(IReadOnlyList<Entity> entities, IReadOnlyList<int> entitySentences, IReadOnlyList<Quote> quotes, DateOnly? reference)
    {
        var entries = new List<(TimelineEntry Entry, DateOnly? Point, int Length, int Order)>();
        var quotesBySentence = new Dictionary<int, List<int>>();
        for (int q = 0; q < quotes.Count; q++)
        {
            if (!quotesBySentence.TryGetValue(quotes[q].SentenceIndex, out var list))
            {
                quotesBySentence[quotes[q].SentenceIndex] = list = [];
            }

            list.Add(q);
        }

        for (int i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (!entity.IsTemporal)
            {
                continue;
            }

            int sentence = entitySentences[i];
            IReadOnlyList<int> linked = quotesBySentence.TryGetValue(sentence, out var inSentence) ? inSentence.ToArray() : Array.Empty<int>();
            DateOnly? point;
            try
            {
                point = entity.Type is EntityType.Date or EntityType.Time ? PointOf(entity.Value, entity.Modifier, reference) : null;
            }
            catch (ArgumentOutOfRangeException)
            {
                // A reference date at the edge of the calendar: the entry keeps its text position.
                point = null;
            }

            entries.Add((new TimelineEntry(entity, sentence) { QuoteIndexes = linked }, point, entity.Value?.Length ?? 0, entries.Count));
        }

        entries.Sort(static (a, b) =>
        {
            if (a.Point.HasValue != b.Point.HasValue)
            {
                return a.Point.HasValue ? -1 : 1;
            }

            if (a.Point is { } pa && b.Point is { } pb && pa != pb)
            {
                return pa.CompareTo(pb);
            }

            if (a.Point.HasValue && a.Length != b.Length)
            {
                return a.Length.CompareTo(b.Length);
            }

            return a.Order.CompareTo(b.Order);
        });
        return entries.Select(e => e.Entry).ToArray();
    }

    /// <summary>The day a value stands for on the timeline, or null when it has none.</summary>
    internal static DateOnly? PointOf(string? value, string? modifier, DateOnly? reference)
    {
        switch (value)
        {
            case null:
                return null;
            case "PAST_REF":
                return reference?.AddDays(-1);
            case "PRESENT_REF":
                return reference;
            case "FUTURE_REF":
                return reference?.AddDays(1);
        }

        if (value.StartsWith('X') || value.StartsWith('P'))
        {
            return null;
        }

        if (TimexValues.StartOf(value) is not { } start)
        {
            return null;
        }

        if (value.EndsWith("-WE", StringComparison.Ordinal))
        {
            // A weekend: Saturday and Sunday of its ISO week.
            return start.AddDays(modifier == "END" ? 6 : 5);
        }

        var end = EndOf(value, start);
        return modifier switch
        {
            "MID" => start.AddDays((end.DayNumber - start.DayNumber) / 2),
            "END" => end,
            _ => start,
        };
    }

    /// <summary>The last day of the period a value starting at <paramref name="start"/> names.</summary>
    private static DateOnly EndOf(string value, DateOnly start)
    {
        int t = value.IndexOf('T', StringComparison.Ordinal);
        string date = t > 0 ? value[..t] : value;
        try
        {
            return date.Length switch
            {
                2 => start.AddYears(100).AddDays(-1),
                3 => start.AddYears(10).AddDays(-1),
                4 => start.AddYears(1).AddDays(-1),
                7 when date[5] == 'Q' => start.AddMonths(3).AddDays(-1),
                7 when date[5] == 'H' => start.AddMonths(6).AddDays(-1),
                7 when date[5] is 'S' or 'F' or 'W' => start.AddMonths(3).AddDays(-1),
                7 => start.AddMonths(1).AddDays(-1),
                8 when date[5] == 'W' => start.AddDays(6),
                _ => start,
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return start;
        }
    }
}
