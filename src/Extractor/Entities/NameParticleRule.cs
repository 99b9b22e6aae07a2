using Extractor.Internal;
using Extractor.Pipeline;

namespace Extractor.Entities;

/// <summary>
/// Re-attaches a given name cut off by lower-case name particles: in "Commission President Ursula von der Leyen" a
/// model may end an organization at "Ursula" and start the person at "Leyen". When a person mention is preceded by
/// particles ("von der", "de", "van", "bin") and those by a capitalized word, the person is extended over both and
/// the word is taken from whatever mention held it.
/// </summary>
internal static class NameParticleRule
{
    private const int MaxParticles = 3;

    private static readonly SpanSet Particles = new(
        ["von", "van", "der", "den", "de", "da", "di", "del", "della", "des", "du", "la", "le", "al", "bin", "ibn", "ter", "ten", "dos", "das", "zu"]);

    public static void Apply(AnalyzedDocument document, List<EntityMention> mentions)
    {
        var tokens = document.Tokens;
        for (int i = 0; i < mentions.Count; i++)
        {
            var person = mentions[i];
            if (person.Type != EntityType.Person)
            {
                continue;
            }

            int t = person.StartToken - 1;
            int particles = 0;
            while (t >= 0 && particles < MaxParticles && Particles.Contains(document.TokenText(t)))
            {
                particles++;
                t--;
            }

            if (particles == 0 || t < 0 || !IsCapitalizedWord(document, t) || tokens.SentenceOf(t) != tokens.SentenceOf(person.StartToken))
            {
                continue;
            }

            // The given name is either free or the last token of the mention just before the person.
            int previous = i - 1;
            if (previous >= 0 && mentions[previous].EndToken > t)
            {
                var holder = mentions[previous];
                if (holder.EndToken != t + 1 || holder.IsTemporal)
                {
                    continue;
                }

                if (holder.EndToken - holder.StartToken == 1)
                {
                    mentions.RemoveAt(previous);
                    i--;
                }
                else
                {
                    holder.EndToken = t;
                    holder.End = tokens.End(t - 1);
                    mentions[previous] = holder;
                }
            }

            person.StartToken = t;
            person.Start = tokens.Start(t);
            person.Canonical = null;
            mentions[i] = person;
        }
    }

    private static bool IsCapitalizedWord(AnalyzedDocument document, int token)
    {
        var text = document.TokenText(token);
        return document.Tokens.Kind(token) == TokenKind.Word && text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[^1]);
    }
}
