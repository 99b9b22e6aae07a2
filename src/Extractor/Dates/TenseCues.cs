using Extractor.Pipeline;

namespace Extractor.Dates;

/// <summary>
/// Guesses whether a relative date points back or forward the way TIMEX3 annotators read news: the nearest tense cue
/// in the sentence decides ("will", "is going to", "next" forward; "said", "was", "-ed" verbs back); cues before the
/// expression count more than cues after it. There is no tagger, so cues are words.
/// </summary>
internal static class TenseCues
{
    private const int Window = 14;

    /// <summary>-1 for past, +1 for future, 0 when the sentence gives no cue.</summary>
    public static int Direction(AnalyzedDocument document, ReadOnlySpan<TemporalToken> tokens, int first, int end, int sentenceFirst, int sentenceEnd)
    {
        int best = int.MaxValue;
        int direction = 0;
        int low = Math.Max(sentenceFirst, first - Window);
        for (int i = first - 1; i >= low; i--)
        {
            int cue = Cue(document, tokens[i]);
            if (cue != 0)
            {
                best = first - i;
                direction = cue;
                break;
            }
        }

        int high = Math.Min(sentenceEnd, end + Window);
        for (int i = end; i < high; i++)
        {
            int distance = (i - end + 1) * 2;
            if (distance >= best)
            {
                break;
            }

            int cue = Cue(document, tokens[i]);
            if (cue != 0)
            {
                direction = cue;
                break;
            }
        }

        return direction;
    }

    private static int Cue(AnalyzedDocument document, in TemporalToken token)
    {
        if (token.Is(TemporalCategory.FutureCue))
        {
            return 1;
        }

        if (token.Is(TemporalCategory.PastCue))
        {
            return -1;
        }

        var text = document.Text.AsSpan(token.Start, token.End - token.Start);
        if (text.Length >= 5 && char.IsLower(text[0]) && text.EndsWith("ed", StringComparison.Ordinal))
        {
            return -1;
        }

        return 0;
    }
}
