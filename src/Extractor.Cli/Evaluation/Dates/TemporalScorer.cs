namespace Extractor.Cli.Evaluation.Dates;

/// <summary>
/// Scores system temporal expressions against gold TIMEX3s the TempEval-3 way: relaxed (overlap) and strict (exact)
/// span precision and recall, and type and value accuracy over relaxed matches.
/// </summary>
internal static class TemporalScorer
{
    /// <summary>Adds one document's counts to <paramref name="scores"/>; calls <paramref name="onPair"/> for each
    /// gold span with its matched system span (or null) and for each unmatched system span (gold null).</summary>
    public static void Score(IReadOnlyList<GoldTimex> gold, IReadOnlyList<SystemTimex> system, TemporalScores scores, Action<GoldTimex?, SystemTimex?>? onPair = null)
    {
        scores.Gold += gold.Count;
        scores.System += system.Count;
        var used = new bool[system.Count];
        foreach (var g in gold)
        {
            int match = -1;
            for (int s = 0; s < system.Count; s++)
            {
                if (Overlaps(g, system[s]))
                {
                    if (match < 0 || (!used[s] && used[match]) || (system[s].Start == g.Start && system[s].End == g.End))
                    {
                        match = s;
                    }
                }
            }

            if (match < 0)
            {
                onPair?.Invoke(g, null);
                continue;
            }

            var m = system[match];
            used[match] = true;
            scores.RelaxedGoldHits++;
            scores.Pairs++;
            if (string.Equals(m.Type, g.Type, StringComparison.Ordinal))
            {
                scores.TypeCorrect++;
            }

            if (string.Equals(m.Value, g.Value, StringComparison.Ordinal))
            {
                scores.ValueCorrect++;
            }

            if (string.Equals(m.Modifier ?? string.Empty, g.Modifier ?? string.Empty, StringComparison.Ordinal))
            {
                scores.ModifierCorrect++;
            }

            onPair?.Invoke(g, m);
        }

        for (int s = 0; s < system.Count; s++)
        {
            bool relaxed = false;
            foreach (var g in gold)
            {
                if (Overlaps(g, system[s]))
                {
                    relaxed = true;
                    if (g.Start == system[s].Start && g.End == system[s].End)
                    {
                        scores.StrictHits++;
                        break;
                    }
                }
            }

            if (relaxed)
            {
                scores.RelaxedSystemHits++;
            }
            else
            {
                onPair?.Invoke(null, system[s]);
            }
        }
    }

    private static bool Overlaps(GoldTimex g, SystemTimex s) => g.Start < s.End && s.Start < g.End;
}
