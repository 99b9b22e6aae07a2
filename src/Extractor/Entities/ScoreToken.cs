namespace Extractor.Entities;

/// <summary>A match score written as one token: one to three digits, a dash, one to three digits ("2-1", "31-37").</summary>
internal static class ScoreToken
{
    /// <summary>Whether <paramref name="word"/> is a score such as "2-1" or "31–37".</summary>
    public static bool Is(ReadOnlySpan<char> word)
    {
        int dash = word.IndexOfAny('-', '–');
        if (dash <= 0 || dash >= word.Length - 1 || dash > 3 || word.Length - dash - 1 > 3)
        {
            return false;
        }

        return !word[..dash].ContainsAnyExceptInRange('0', '9') && !word[(dash + 1)..].ContainsAnyExceptInRange('0', '9');
    }
}
