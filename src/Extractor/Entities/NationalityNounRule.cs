using Extractor.Internal;
using Extractor.Models;
using Extractor.Pipeline;
using Extractor.Text;

namespace Extractor.Entities;

/// <summary>
/// Reads a noun for a person or people of a nation ("the Spaniard", "two Britons", "the Scots", "the Dutchman") as a
/// nationality (NORP), as OntoNotes has "Spaniard": the model reads such a word standing alone as an organization
/// ("Spaniard" at 0.21 in 16 BBC articles) or finds nothing, and the gazetteer lists the adjectives ("Spanish") and
/// their regular plurals, not these nouns.
/// </summary>
/// <remarks>
/// A one-word mention of another type that is exactly such a noun is retyped; where nothing holds the word it is
/// added, unless a capitalized word is glued to it in its sentence ("Briton Ferry", "the Scots Guards"). Singular
/// forms that are also given names ("Dane", "Finn", "Scot") or words ("Pole", "Turk", "Kiwi", "Kiwis") are left to the model,
/// and so are "Scotsman", a newspaper's name, and "Brits", an awards show's.
/// </remarks>
internal static class NationalityNounRule
{
    private const float AddedScore = 0.5f;

    /// <summary>Nouns for a person or people of a nation that are no other common word or name.</summary>
    private static readonly SpanSet Nouns = new(
    [
        "Spaniard", "Spaniards", "Briton", "Britons", "Swede", "Swedes", "Scots", "Danes", "Finns", "Poles", "Turks", "Serbs",
        "Croats", "Czechs", "Slovaks", "Aussies", "Argentines", "Filipinos", "Basques", "Catalans",
        "Frenchman", "Frenchmen", "Frenchwoman", "Dutchman", "Dutchmen", "Welshman", "Welshmen", "Englishman", "Englishmen",
        "Irishman", "Irishmen",
    ]);

    /// <summary>
    /// Applies the rule; <paramref name="caseProfile"/> tells which words running text mostly writes capitalized: opening
    /// a sentence, only such a word is read, as another may be the common noun ("Kiwis are rich in vitamin C").
    /// </summary>
    public static void Apply(AnalyzedDocument document, List<EntityMention> mentions, WordCaseProfile? caseProfile = null)
    {
        var tokens = document.Tokens;
        List<EntityMention>? added = null;
        int next = 0;
        for (int t = 0; t < tokens.Count; t++)
        {
            // Every noun is capitalized: the first letter turns nearly all tokens away before the word is hashed.
            if (tokens.Kind(t) != TokenKind.Word || !char.IsUpper(document.Text[tokens.Start(t)]) || !Nouns.Contains(document.TokenText(t))
                || (IsSentenceFirst(document, t) && caseProfile is not null && caseProfile.CaseOfWord(document.TokenText(t)) != WordCaseProfile.Capitalized))
            {
                continue;
            }

            while (next < mentions.Count && mentions[next].End <= tokens.Start(t))
            {
                next++;
            }

            if (next < mentions.Count && mentions[next].Start < tokens.End(t))
            {
                var m = mentions[next];
                if (m.StartToken == t && m.EndToken == t + 1 && m.Type is EntityType.Organization or EntityType.Person or EntityType.Location)
                {
                    m.Type = EntityType.Nationality;
                    m.Canonical = null;
                    mentions[next] = m;
                }
                else if (m.StartToken == t && m.EndToken > t + 1 && m.Start == tokens.Start(t) && m.Type == EntityType.Person)
                {
                    // "Swede Robin Soderling" read as one person: the noun is the nationality, the rest the person.
                    m.StartToken = t + 1;
                    m.Start = tokens.Start(t + 1);
                    m.Canonical = null;
                    mentions[next] = m;
                    (added ??= []).Add(new EntityMention(t, t + 1, tokens.Start(t), tokens.End(t), EntityType.Nationality, EntityOrigin.Rule, AddedScore));
                }

                continue;
            }

            // "Spaniard Rafael Nadal": a person's name right after the noun is no part of it; "Briton Ferry" is.
            bool personNext = next < mentions.Count && mentions[next].StartToken == t + 1 && mentions[next].Start == tokens.Start(Math.Min(t + 1, tokens.Count - 1))
                && mentions[next].Type == EntityType.Person;
            if (NameNeighbour.Is(document, t - 1, t) || (!personNext && NameNeighbour.Is(document, t + 1, t)))
            {
                continue;
            }

            (added ??= []).Add(new EntityMention(t, t + 1, tokens.Start(t), tokens.End(t), EntityType.Nationality, EntityOrigin.Rule, AddedScore));
        }

        if (added is not null)
        {
            mentions.AddRange(added);
            SortedMentions.SortInTextOrder(mentions);
        }
    }

    /// <summary>Whether the token opens its sentence, after nothing or only opening quote marks or a bracket.</summary>
    private static bool IsSentenceFirst(AnalyzedDocument document, int token)
    {
        var tokens = document.Tokens;
        int before = token - 1;
        while (before >= 0 && token - before <= 3 && tokens.SameSentence(before, token) && document.TokenText(before) is "\"" or "“" or "'" or "‘" or "(")
        {
            before--;
        }

        return before < 0 || !tokens.SameSentence(before, token);
    }
}
