using Extractor.Internal;
using Extractor.Models;
using Extractor.Pipeline;
using Extractor.Text;

namespace Extractor.Entities;

/// <summary>
/// Cuts a name free of a word glued to it where a scraper lost the space or line break between them:
/// "Jens Stoltenbergaccusing the Kremlin", "Donbass Region, UkraineAllies believe". The recognizers see one token and
/// give the name a tail, or the wrong type. The cut is made only when the document itself names the head on its own
/// (the last token of another mention, e.g. "Stoltenberg", "Ukraine"), the glued token was never seen in the unlabeled
/// news the case profile comes from (so "Johnson" is never cut after "John"), and the tail is a word running text
/// writes in lower case ("accusing", "allies").
/// </summary>
internal static class GluedWordRule
{
    private const int MinHead = 3;
    private const int MinTail = 3;

    /// <summary>
    /// Longest token read as a name glued to a word (here and in resolution's surname repair): each cut point is one
    /// lookup of the head, so a 1 MB "word" (text with no spaces) must not be, and no glued pair of words is that long.
    /// </summary>
    internal const int MaxWord = 64;

    public static void Apply(AnalyzedDocument document, List<EntityMention> mentions, WordCaseProfile? caseProfile)
    {
        if (caseProfile is null || caseProfile.Count == 0 || mentions.Count < 2)
        {
            return;
        }

        // Most documents have no candidate at all: look before building anything.
        bool any = false;
        foreach (var m in mentions)
        {
            if (IsCandidate(document, m, caseProfile))
            {
                any = true;
                break;
            }
        }

        if (!any)
        {
            return;
        }

        // The words the document uses as the last word of a name, with that name's type (the first, most often the fullest mention).
        var heads = new SpanDictionary<EntityType>();
        foreach (var m in mentions)
        {
            if (!m.IsTemporal && m.End == document.Tokens.End(m.EndToken - 1))
            {
                var head = document.TokenText(m.EndToken - 1);
                if (!heads.ContainsKey(head))
                {
                    heads.Set(head.ToString(), m.Type); // a string only for a word not held yet: a long text repeats its names
                }
            }
        }

        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (!IsCandidate(document, m, caseProfile))
            {
                continue;
            }

            var word = document.TokenText(m.EndToken - 1);
            for (int cut = word.Length - MinTail; cut >= MinHead; cut--)
            {
                if (!heads.TryGetValue(word[..cut], out var type) || !IsLowerCaseWord(word[cut..], caseProfile))
                {
                    continue;
                }

                m.End = document.Tokens.Start(m.EndToken - 1) + cut;
                if (m.EndToken - m.StartToken == 1)
                {
                    m.Type = type;
                }

                m.Canonical = null;
                mentions[i] = m;
                break;
            }
        }
    }

    private static bool IsCandidate(AnalyzedDocument document, in EntityMention m, WordCaseProfile caseProfile)
    {
        if (m.IsTemporal || m.End != document.Tokens.End(m.EndToken - 1) || document.Tokens.Kind(m.EndToken - 1) != TokenKind.Word)
        {
            return false;
        }

        var word = document.TokenText(m.EndToken - 1);
        if (word.Length < MinHead + MinTail || word.Length > MaxWord || !char.IsUpper(word[0]))
        {
            return false;
        }

        foreach (char c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return caseProfile.CaseOfWord(word) == WordCaseProfile.Unknown;
    }

    /// <summary>Whether <paramref name="tail"/> ("accusing", "Allies") is a word news text mostly writes in lower case.</summary>
    private static bool IsLowerCaseWord(ReadOnlySpan<char> tail, WordCaseProfile caseProfile)
    {
        for (int k = 1; k < tail.Length; k++)
        {
            if (!char.IsLower(tail[k]))
            {
                return false;
            }
        }

        return caseProfile.CaseOfWord(tail) == WordCaseProfile.Lower;
    }
}
