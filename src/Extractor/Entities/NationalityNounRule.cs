using Extractor.Internal;
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
/// forms that are also given names ("Dane", "Finn", "Scot") or words ("Pole", "Turk", "Kiwi") are left to the model,
/// and so are "Scotsman", a newspaper's name, and "Brits", an awards show's.
/// </remarks>
internal static class NationalityNounRule
{
    private const float AddedScore = 0.5f;

    /// <summary>Nouns for a person or people of a nation that are no other common word or name.</summary>
    private static readonly SpanSet Nouns = new(
    [
        "Spaniard", "Spaniards", "Briton", "Britons", "Swede", "Swedes", "Scots", "Danes", "Finns", "Poles", "Turks", "Serbs",
        "Croats", "Czechs", "Slovaks", "Kiwis", "Aussies", "Argentines", "Filipinos", "Basques", "Catalans",
        "Frenchman", "Frenchmen", "Frenchwoman", "Dutchman", "Dutchmen", "Welshman", "Welshmen", "Englishman", "Englishmen",
        "Irishman", "Irishmen",
    ]);

    public static void Apply(AnalyzedDocument document, List<EntityMention> mentions)
    {
        var tokens = document.Tokens;
        List<EntityMention>? added = null;
        int next = 0;
        for (int t = 0; t < tokens.Count; t++)
        {
            if (tokens.Kind(t) != TokenKind.Word || !Nouns.Contains(document.TokenText(t)))
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

                continue;
            }

            if (IsGluedToName(document, t - 1, t) || IsGluedToName(document, t + 1, t))
            {
                continue;
            }

            (added ??= []).Add(new EntityMention(t, t + 1, tokens.Start(t), tokens.End(t), EntityType.Nationality, EntityOrigin.Rule, AddedScore));
        }

        if (added is not null)
        {
            mentions.AddRange(added);
            mentions.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        }
    }

    /// <summary>Whether <paramref name="neighbour"/> is a capitalized word of <paramref name="token"/>'s sentence, not the sentence's first word.</summary>
    private static bool IsGluedToName(AnalyzedDocument document, int neighbour, int token)
    {
        var tokens = document.Tokens;
        if (neighbour < 0 || neighbour >= tokens.Count || tokens.Kind(neighbour) != TokenKind.Word || !char.IsUpper(document.TokenText(neighbour)[0]))
        {
            return false;
        }

        int sentence = tokens.SentenceOf(token);
        return tokens.SentenceOf(neighbour) == sentence && neighbour > 0 && tokens.SentenceOf(neighbour - 1) == sentence;
    }
}
