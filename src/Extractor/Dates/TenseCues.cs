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
            int cue = Cue(document, tokens, i, sentenceFirst);
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

            int cue = Cue(document, tokens, i, sentenceFirst);
            if (cue != 0)
            {
                direction = cue;
                break;
            }
        }

        return direction;
    }

    private static int Cue(AnalyzedDocument document, ReadOnlySpan<TemporalToken> tokens, int index, int sentenceFirst)
    {
        ref readonly var token = ref tokens[index];
        if (token.Is(TemporalCategory.FutureCue))
        {
            // "next to the embassy" is a place, not a time.
            return index + 1 < tokens.Length && Word(document, token).Equals("next", StringComparison.OrdinalIgnoreCase)
                && Word(document, tokens[index + 1]).Equals("to", StringComparison.Ordinal) ? 0 : 1;
        }

        var text = document.Text.AsSpan(token.Start, token.End - token.Start);
        bool past = token.Is(TemporalCategory.PastCue)
            || (text.Length >= 5 && char.IsLower(text[0]) && text.EndsWith("ed", StringComparison.Ordinal));
        if (!past)
        {
            return 0;
        }

        // A participle in a future passive is not past ("would be paid in January", "is expected to be completed
        // by March"); "could be located" stays past.
        if (index - 2 >= sentenceFirst && char.IsLower(text[0]) && Word(document, tokens[index - 1]).Equals("be", StringComparison.OrdinalIgnoreCase))
        {
            var modal = Word(document, tokens[index - 2]);
            if (modal.Equals("will", StringComparison.OrdinalIgnoreCase) || modal.Equals("would", StringComparison.OrdinalIgnoreCase)
                || modal.Equals("'ll", StringComparison.OrdinalIgnoreCase) || modal.Equals("shall", StringComparison.OrdinalIgnoreCase)
                || modal.Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                return 1;
            }
        }

        return -1;
    }

    private static ReadOnlySpan<char> Word(AnalyzedDocument document, in TemporalToken token) =>
        document.Text.AsSpan(token.Start, token.End - token.Start);
}
