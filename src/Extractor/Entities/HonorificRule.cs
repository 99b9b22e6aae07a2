using Extractor.Internal;
using Extractor.Pipeline;

namespace Extractor.Entities;

/// <summary>
/// Leaves a courtesy title out of a person's name: "Mr Blair" is the person "Blair", as "Mr. Blair" is. The model
/// learned the dotted American forms from its training text; British news writes them without the period
/// ("Mr Blair", "Mrs Thatcher", "Dr Fox"), which the model may take into the name, and the name would then stand
/// apart from "Tony Blair" in resolution. The title stays in the text for resolution to read (it tells "he" from "she").
/// A name right after "Mr", "Mrs" or "Ms" is a person whatever else the word can be ("Mr German", "Mrs May").
/// </summary>
internal static class HonorificRule
{
    /// <summary>The titles that only ever stand before a person's name ("Dr" may be a street's "Drive").</summary>
    private static readonly string[] PersonOnlyTitles = ["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Mx", "Mx."];

    private static readonly SpanSet PersonOnly = new(PersonOnlyTitles);

    /// <summary>Courtesy titles left out of a person's name.</summary>
    private static readonly SpanSet Honorifics = new([.. PersonOnlyTitles, "Dr", "Dr.", "Prof", "Prof.", "Messrs", "Messrs."]);

    public static void Apply(AnalyzedDocument document, List<EntityMention> mentions)
    {
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];

            // "Mr German said": whatever else the word may be, after "Mr" it is a person's name.
            if (m.Type is not EntityType.Person && !m.IsTemporal && m.StartToken > 0 && m.Start == document.Tokens.Start(m.StartToken)
                && document.Tokens.SentenceOf(m.StartToken - 1) == document.Tokens.SentenceOf(m.StartToken)
                && PersonOnly.Contains(document.TokenText(m.StartToken - 1)))
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
}
