using Extractor.Internal;
using Extractor.Models;
using Extractor.Pipeline;
using Extractor.Text;

namespace Extractor.Entities;

/// <summary>
/// Finds again a one-word name the document has already given as an entity, where it stands alone and nothing holds
/// it: "Ukrinform reports." then "As Ukrinform reported earlier, …", where the model read the second one as nothing
/// it would report. The word must match exactly (case included) and have no capitalized neighbour in its sentence
/// other than a sentence-opening word, so that a longer name ("Ukrinform News Agency") is never cut down to it. The new
/// mention takes the type of the best-scored earlier or later mention of the word, at no more than that score and
/// never above 0.5, with <see cref="EntityOrigin.Rule"/> as origin.
/// </summary>
internal static class RepeatedNameRule
{
    private const int MinLength = 3;
    private const float MaxScore = 0.5f;

    public static void Apply(AnalyzedDocument document, List<EntityMention> mentions, WordCaseProfile? caseProfile)
    {
        if (caseProfile is null || caseProfile.Count == 0)
        {
            return;
        }

        var tokens = document.Tokens;
        SpanDictionary<(EntityType Type, float Score)>? names = null;
        foreach (var m in mentions)
        {
            if (m.IsTemporal || m.EndToken - m.StartToken != 1 || m.Start != tokens.Start(m.StartToken) || m.End != tokens.End(m.StartToken))
            {
                continue;
            }

            if (!IsNameWord(document, m.StartToken))
            {
                continue;
            }

            var word = document.TokenText(m.StartToken);
            names ??= new SpanDictionary<(EntityType, float)>();
            if (!names.TryGetValue(word, out var known) || known.Score < m.Score)
            {
                names.Set(word.ToString(), (m.Type, m.Score));
            }
        }

        if (names is null)
        {
            return;
        }

        List<EntityMention>? found = null;
        int next = 0;
        for (int t = 0; t < tokens.Count; t++)
        {
            while (next < mentions.Count && mentions[next].EndToken <= t)
            {
                next++;
            }

            if ((next < mentions.Count && mentions[next].StartToken <= t) || !IsNameWord(document, t)
                || !names.TryGetValue(document.TokenText(t), out var known)
                || caseProfile.CaseOfWord(document.TokenText(t)) != WordCaseProfile.Unknown
                || (t > 0 && NameNeighbour.Is(document, t - 1, t)) || (t + 1 < tokens.Count && NameNeighbour.Is(document, t + 1, t)))
            {
                continue;
            }

            (found ??= []).Add(new EntityMention(t, t + 1, tokens.Start(t), tokens.End(t), known.Type, EntityOrigin.Rule, Math.Min(known.Score, MaxScore)));
        }

        if (found is not null)
        {
            mentions.AddRange(found);
            SortedMentions.SortInTextOrder(mentions);
        }
    }

    private static bool IsNameWord(AnalyzedDocument document, int token)
    {
        var word = document.TokenText(token);
        return document.Tokens.Kind(token) == TokenKind.Word && word.Length >= MinLength && char.IsUpper(word[0]);
    }
}
