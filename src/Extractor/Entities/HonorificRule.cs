using Extractor.Internal;
using Extractor.Models;
using Extractor.Pipeline;

namespace Extractor.Entities;

/// <summary>
/// Leaves a courtesy title out of a person's name: "Mr Blair" is the person "Blair", as "Mr. Blair" is. The model
/// learned the dotted American forms from its training text; British news writes them without the period
/// ("Mr Blair", "Mrs Thatcher", "Dr Fox"), which the model may take into the name, and the name would then stand
/// apart from "Tony Blair" in resolution. The title stays in the text for resolution to read (it tells "he" from "she").
/// A name right after "Mr", "Mrs" or "Ms" is a person whatever else the word can be ("Mr German", "Mrs May").
/// A judge's title ("Mr Justice Eady", "Lord Justice May", "Mrs Justice Carr", "Chief Justice John Roberts") stands
/// before a person's name: the name alone is the person, whatever the model read over the title ("Mr Justice Forbes"
/// as an organization) or inside it ("May" as a date), or where it read nothing.
/// </summary>
internal static class HonorificRule
{
    /// <summary>The titles that only ever stand before a person's name ("Dr" may be a street's "Drive").</summary>
    private static readonly string[] PersonOnlyTitles = ["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Mx", "Mx."];

    private static readonly SpanSet PersonOnly = new(PersonOnlyTitles);

    /// <summary>Courtesy titles left out of a person's name.</summary>
    private static readonly SpanSet Honorifics = new([.. PersonOnlyTitles, "Dr", "Dr.", "Prof", "Prof.", "Messrs", "Messrs."]);

    /// <summary>Words before "Justice" that make it a judge's title.</summary>
    private static readonly SpanSet JudicialTitles = new(["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Lord", "Lady", "Chief", "Associate"]);

    /// <summary>Nouns that head the name of an inquiry or a body named for a judge ("the Leveson Inquiry", "the Hutton Report").</summary>
    private static readonly SpanSet BodyHeads = new(["Inquiry", "Report", "Review", "Commission", "Committee", "Tribunal", "Reforms", "Panel", "Court", "Rules"]);

    /// <summary>The most words of a judge's name after the title.</summary>
    private const int MaxJudgeNameTokens = 3;

    /// <summary>
    /// Applies the rule; <paramref name="caseProfile"/> tells which words running text writes in lower case (a judge's
    /// name stops before one: "Lord Justice Leveson Inquiry findings").
    /// </summary>
    public static void Apply(AnalyzedDocument document, List<EntityMention> mentions, WordCaseProfile? caseProfile = null)
    {
        ApplyJudicialTitles(document, mentions, caseProfile);
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];

            // "Mr German said": whatever else the word may be, after "Mr" it is a person's name.
            if (m.Type is not EntityType.Person && !m.IsTemporal && m.StartToken > 0 && m.Start == document.Tokens.Start(m.StartToken)
                && PersonOnly.Contains(document.TokenText(m.StartToken - 1))
                && document.Tokens.SameSentence(m.StartToken - 1, m.StartToken))
            {
                m.Type = EntityType.Person;
                m.Canonical = null;
                mentions[i] = m;
                continue;
            }

            if (m.Type != EntityType.Person || m.EndToken - m.StartToken < 2 || m.Start != document.Tokens.Start(m.StartToken)
                || !Honorifics.Contains(document.TokenText(m.StartToken)))
            {
                continue;
            }

            m.StartToken++;
            m.Start = document.Tokens.Start(m.StartToken);
            m.Canonical = null;
            mentions[i] = m;
        }
    }

    /// <summary>
    /// "Mr Justice Eady", "Lord Justice May", "Chief Justice John Roberts": the capitalized words after the title are a
    /// person; every mention over the title or the name gives way to it. "Justice" without a title before it is left
    /// alone ("the Justice Department", "Justice Secretary Jack Straw"), except where the model read the name after it
    /// as a person with the title inside ("Justice Hallett"), which keeps only the name.
    /// </summary>
    private static void ApplyJudicialTitles(AnalyzedDocument document, List<EntityMention> mentions, WordCaseProfile? caseProfile)
    {
        var tokens = document.Tokens;
        List<(int First, int End, int TitleStart, float Score)>? judges = null;
        int next = 0;
        for (int j = 0; j + 1 < tokens.Count; j++)
        {
            if (document.TokenText(j) is not "Justice")
            {
                continue;
            }

            int sentence = tokens.SentenceOf(j);
            int end = j + 1;
            while (end < tokens.Count && end - j <= MaxJudgeNameTokens && tokens.Kind(end) == TokenKind.Word && char.IsUpper(document.TokenText(end)[0])
                && tokens.SentenceOf(end) == sentence && document.TokenText(end) is not "Justice" && !JudicialTitles.Contains(document.TokenText(end))
                && (end == j + 1 || !EndsJudgeName(document, mentions, end, end - j - 1, caseProfile)))
            {
                end++;
            }

            // Judges found so far end before this title: "Mr Justice Eady Mr Justice Eady" gives two names, never overlapping.
            if (end == j + 1 || (judges is not null && judges[^1].End > j - 1))
            {
                continue;
            }

            bool titled = j > 0 && tokens.SentenceOf(j - 1) == sentence && JudicialTitles.Contains(document.TokenText(j - 1));
            while (next < mentions.Count && mentions[next].End <= tokens.Start(Math.Max(j - 1, 0)))
            {
                next++;
            }

            float score = 0.5f;
            bool personInside = false;
            for (int k = next; k < mentions.Count && mentions[k].Start < tokens.End(end - 1); k++)
            {
                if (mentions[k].Type == EntityType.Person && mentions[k].StartToken <= j && mentions[k].EndToken > j)
                {
                    personInside = true;
                    score = Math.Max(score, mentions[k].Score);
                }
            }

            if (titled || personInside)
            {
                (judges ??= []).Add((j + 1, end, titled ? j - 1 : j, score));
            }
        }

        if (judges is null)
        {
            return;
        }

        // Drop every mention over a judge's title or name, then add the names.
        int kept = 0, g = 0;
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            while (g < judges.Count && tokens.End(judges[g].End - 1) <= m.Start)
            {
                g++;
            }

            if (g < judges.Count && m.Start < tokens.End(judges[g].End - 1) && m.End > tokens.Start(judges[g].TitleStart))
            {
                continue;
            }

            mentions[kept++] = m;
        }

        mentions.RemoveRange(kept, mentions.Count - kept);
        foreach (var (first, end, _, score) in judges)
        {
            mentions.Add(new EntityMention(first, end, tokens.Start(first), tokens.End(end - 1), EntityType.Person, EntityOrigin.Rule, score));
        }

        SortedMentions.SortInTextOrder(mentions);
    }

    /// <summary>
    /// Whether a capitalized word after a judge's first name word is no more of the name: it starts a temporal mention
    /// ("Chief Justice John Roberts Wednesday rejected") or running text mostly writes it in lower case, as a common
    /// noun heading a body or a document ("Lord Justice Leveson Inquiry findings", "Report"; after two name words).
    /// </summary>
    private static bool EndsJudgeName(AnalyzedDocument document, List<EntityMention> mentions, int token, int nameWords, WordCaseProfile? caseProfile)
    {
        int start = document.Tokens.Start(token);
        int at = SortedMentions.FirstStartingAtOrAfter(mentions, start);
        for (int k = at; k < mentions.Count && mentions[k].Start == start; k++)
        {
            if (mentions[k].IsTemporal)
            {
                return true;
            }
        }

        // A word mostly written in lower case ends the name only after two name words: "John Bell" keeps its surname.
        var word = document.TokenText(token);
        return BodyHeads.Contains(word) || (nameWords >= 2 && caseProfile is not null && caseProfile.CaseOfWord(word) == WordCaseProfile.Lower);
    }
}
