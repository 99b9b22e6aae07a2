using Extractor.Pipeline;

namespace Extractor.Entities;

/// <summary>
/// The test the name rules share for a word beside a name: a capitalized word of the same sentence, other than the
/// sentence's first word (which is capitalized whatever it is), may be more of the name ("Briton Ferry", "Bath Rugby").
/// </summary>
internal static class NameNeighbour
{
    /// <summary>
    /// Whether <paramref name="neighbour"/> is a capitalized word of <paramref name="token"/>'s sentence other than
    /// the sentence's first word; false for an index outside the document.
    /// </summary>
    public static bool Is(AnalyzedDocument document, int neighbour, int token)
    {
        var tokens = document.Tokens;
        if (neighbour < 0 || neighbour >= tokens.Count || tokens.Kind(neighbour) != TokenKind.Word || !char.IsUpper(document.TokenText(neighbour)[0]))
        {
            return false;
        }

        return (neighbour < token ? tokens.SameSentence(neighbour, token) : tokens.SameSentence(token, neighbour))
            && neighbour > 0 && tokens.SameSentence(neighbour - 1, neighbour);
    }
}
