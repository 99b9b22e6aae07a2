using Extractor.Internal;
using Extractor.Pipeline;

namespace Extractor.Entities;

/// <summary>
/// Mends the name of a sports competition read as a place, a person or a people ("the Six Nations" as a place, "Carling
/// Cup" as a person, "the Dubai Open" as a place): a league is an organization ("the Premier League", "the
/// Premiership", "the Six Nations"), as OntoNotes has leagues; a tournament ("the Davis Cup", "the European Indoor
/// Championships", "the Norwich Union Grand Prix") is an event, a type the product does not report, so it is dropped.
/// </summary>
/// <remarks>
/// Read from the name's last word alone, which a place's or a person's name does not end with; "Nations" only after a
/// number word ("Six Nations", "Tri Nations"), as "the United Nations" is a body and "First Nations" peoples. Names
/// the model reads as organizations are left as they are. "Conference" ends a league's name only standing alone ("the
/// Conference"); after another word it is a meeting ("the Yalta Conference", "the Bonn Conference"), an event.
/// </remarks>
internal static class CompetitionNameRule
{
    /// <summary>Last words of the name of a league: a body that runs the competition.</summary>
    private static readonly SpanSet LeagueWords = new(["League", "Premiership"]);

    /// <summary>Last words of the name of a tournament: an event.</summary>
    private static readonly SpanSet TournamentWords = new(
        ["Cup", "Championship", "Championships", "Open", "Games", "Olympics", "Paralympics", "Trophy", "Prix", "Invitational", "Series", "Classic"]);

    /// <summary>Number words before "Nations" in the name of a competition between nations.</summary>
    private static readonly SpanSet NationCounts = new(["Two", "Three", "Four", "Five", "Six", "Tri", "Home"]);

    /// <summary>Whether a capitalized word of the same sentence stands right before the token ("Lambeth Conference" read in two).</summary>
    private static bool AfterCapitalizedWord(AnalyzedDocument document, int token) =>
        token > 0 && document.Tokens.Kind(token - 1) == TokenKind.Word && char.IsUpper(document.TokenText(token - 1)[0])
        && document.Tokens.SentenceOf(token - 1) == document.Tokens.SentenceOf(token) && document.TokenText(token - 1) is not ("The" or "the");

    public static void Apply(AnalyzedDocument document, List<EntityMention> mentions)
    {
        int kept = 0;
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Type is EntityType.Location or EntityType.Person or EntityType.Nationality && m.EndToken > m.StartToken && m.EndToken <= document.Tokens.Count)
            {
                var last = document.TokenText(m.EndToken - 1);
                // "the Yalta Conference", "the Bonn Conference" are meetings, events; only the bare "Conference" is the league.
                if (TournamentWords.Contains(last) || (last is "Conference" && (m.EndToken - m.StartToken >= 2 || AfterCapitalizedWord(document, m.StartToken))))
                {
                    continue; // an event: not reported
                }

                if (LeagueWords.Contains(last) || last is "Conference"
                    || (last is "Nations" && m.EndToken - m.StartToken >= 2 && NationCounts.Contains(document.TokenText(m.EndToken - 2))))
                {
                    m.Type = EntityType.Organization;
                    m.Canonical = null;
                }
            }

            mentions[kept++] = m;
        }

        mentions.RemoveRange(kept, mentions.Count - kept);
    }
}
