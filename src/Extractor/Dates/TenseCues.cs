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

    private static readonly string[] Determiners = ["a", "an", "the", "its", "their", "his", "her", "our", "this", "these", "those", "still", "newly"];

    /// <summary>-1 for past, +1 for future, 0 when the sentence gives no cue.</summary>
    public static int Direction(AnalyzedDocument document, ReadOnlySpan<TemporalToken> tokens, int first, int end, int sentenceFirst, int sentenceEnd)
    {
        // "as soon as Tuesday", "as soon as trading opened Monday": the earliest moment of something to come.
        if (AfterAsSoonAs(document, tokens, first, sentenceFirst))
        {
            return 1;
        }

        int best = int.MaxValue;
        int direction = 0;
        int low = Math.Max(sentenceFirst, first - Window);
        for (int i = first - 1; i >= low; i--)
        {
            // "agreed to buy the unit in February", "an agreement to acquire it in January": what was agreed is
            // still to be done (only before the expression: "In March, it agreed to ..." tells of March).
            int cue = IsAgreementTo(document, tokens, i) || IsAheadOf(document, tokens, i, first) ? 1 : Cue(document, tokens, i, sentenceFirst, sentenceEnd);
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

            int cue = Cue(document, tokens, i, sentenceFirst, sentenceEnd);
            if (cue != 0)
            {
                direction = cue;
                break;
            }
        }

        return direction;
    }

    private static int Cue(AnalyzedDocument document, ReadOnlySpan<TemporalToken> tokens, int index, int sentenceFirst, int sentenceEnd)
    {
        ref readonly var token = ref tokens[index];
        if (token.Is(TemporalCategory.FutureCue))
        {
            // "difficult for Sun to meet demand": an infinitive says nothing of when; the word that governs it
            // decides ("expected to meet Tuesday", "were planning to meet").
            if (index - 1 >= sentenceFirst && Word(document, token).Equals("meet", StringComparison.OrdinalIgnoreCase)
                && Word(document, tokens[index - 1]).Equals("to", StringComparison.Ordinal))
            {
                return 0;
            }

            // "Until Thursday, they had not called him a suspect": a state that lasted up to a day now past.
            if (IsUntil(Word(document, token)) && PastPerfectFollows(document, tokens, index, sentenceEnd))
            {
                return -1;
            }

            // A plan in the past perfect is over ("had been due to expire Friday", "previously had been scheduled to
            // expire at midnight Friday", "had planned to meet").
            if (InPastPerfect(document, tokens, index, sentenceFirst))
            {
                return -1;
            }

            // "set" is also the past of the verb: a plan only in "set to", "set for".
            if (Word(document, token).Equals("set", StringComparison.OrdinalIgnoreCase) && index + 1 < tokens.Length)
            {
                var after = Word(document, tokens[index + 1]);
                if (!(after.Equals("to", StringComparison.Ordinal) || after.Equals("for", StringComparison.Ordinal)))
                {
                    return index - 1 >= sentenceFirst && IsModal(Word(document, tokens[index - 1])) ? 0 : -1;
                }
            }

            // "next to the embassy" is a place, not a time.
            return index + 1 < tokens.Length && Word(document, token).Equals("next", StringComparison.OrdinalIgnoreCase)
                && Word(document, tokens[index + 1]).Equals("to", StringComparison.Ordinal) ? 0 : 1;
        }

        var text = document.Text.AsSpan(token.Start, token.End - token.Start);

        // The present tense says nothing of direction ("shares that are worth half that now"), but "is to" is an
        // arrangement ("is to resume trading in Paris Tuesday").
        if ((text.Equals("is", StringComparison.OrdinalIgnoreCase) || text.Equals("are", StringComparison.OrdinalIgnoreCase))
            && index + 1 < tokens.Length && Word(document, tokens[index + 1]).Equals("to", StringComparison.Ordinal))
        {
            return 1;
        }

        // "were planning to drive on Monday", "was expected to": a plan told in the past still points forward.
        if ((text.Equals("was", StringComparison.OrdinalIgnoreCase) || text.Equals("were", StringComparison.OrdinalIgnoreCase))
            && index + 1 < tokens.Length && tokens[index + 1].Is(TemporalCategory.FutureCue) && !tokens[index + 1].Is(TemporalCategory.PastCue))
        {
            return 1;
        }

        bool past = token.Is(TemporalCategory.PastCue)
            || (text.Length >= 5 && char.IsLower(text[0]) && text.EndsWith("ed", StringComparison.Ordinal) && !token.Is(TemporalCategory.NotPast)
                && !IsAdjective(document, tokens, index, sentenceFirst, text));
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

    /// <summary>An "-ed" word that describes a noun rather than tells of the past: "a still unspecified date",
    /// "the proposed merger", "its unnamed buyer".</summary>
    private static bool IsAdjective(AnalyzedDocument document, ReadOnlySpan<TemporalToken> tokens, int index, int sentenceFirst, ReadOnlySpan<char> text)
    {
        if (text.StartsWith("un", StringComparison.Ordinal))
        {
            return true;
        }

        if (index - 1 < sentenceFirst)
        {
            return false;
        }

        var previous = Word(document, tokens[index - 1]);
        foreach (string determiner in Determiners)
        {
            if (previous.Equals(determiner, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the verb group ending at future cue <paramref name="index"/> starts with "had": only
    /// "to", "be", "been", adverbs in "-ly" and other future cues may stand between.</summary>
    private static bool InPastPerfect(AnalyzedDocument document, ReadOnlySpan<TemporalToken> tokens, int index, int sentenceFirst)
    {
        int low = Math.Max(sentenceFirst, index - 5);
        for (int i = index - 1; i >= low; i--)
        {
            var word = Word(document, tokens[i]);
            if (word.Equals("had", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (!(tokens[i].Is(TemporalCategory.FutureCue) || word.Equals("to", StringComparison.Ordinal) || word.Equals("be", StringComparison.Ordinal)
                || word.Equals("been", StringComparison.Ordinal) || (word.Length > 3 && word.EndsWith("ly", StringComparison.Ordinal))))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsUntil(ReadOnlySpan<char> word) =>
        word.Equals("until", StringComparison.OrdinalIgnoreCase) || word.Equals("till", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether "had" follows within a few words in the sentence ("until Thursday, they had not ...").</summary>
    private static bool PastPerfectFollows(AnalyzedDocument document, ReadOnlySpan<TemporalToken> tokens, int index, int sentenceEnd)
    {
        int high = Math.Min(sentenceEnd, index + 8);
        for (int i = index + 1; i < high; i++)
        {
            var word = Word(document, tokens[i]);
            if (word.Equals("had", StringComparison.OrdinalIgnoreCase) || word.Equals("hadn't", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"as soon as" ends within the three words before <paramref name="first"/>.</summary>
    private static bool AfterAsSoonAs(AnalyzedDocument document, ReadOnlySpan<TemporalToken> tokens, int first, int sentenceFirst)
    {
        int low = Math.Max(sentenceFirst + 2, first - 3);
        for (int i = first - 1; i >= low; i--)
        {
            if (Word(document, tokens[i]).Equals("as", StringComparison.OrdinalIgnoreCase)
                && Word(document, tokens[i - 1]).Equals("soon", StringComparison.OrdinalIgnoreCase)
                && Word(document, tokens[i - 2]).Equals("as", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"ahead of the weekend", "in advance of Tuesday's vote": what the expression names is still to come.
    /// Only right before it ("ahead of" ends at most two words before <paramref name="first"/>).</summary>
    private static bool IsAheadOf(AnalyzedDocument document, ReadOnlySpan<TemporalToken> tokens, int index, int first)
    {
        if (index + 1 >= first || first - index > 3 || !Word(document, tokens[index + 1]).Equals("of", StringComparison.Ordinal))
        {
            return false;
        }

        var word = Word(document, tokens[index]);
        return word.Equals("ahead", StringComparison.OrdinalIgnoreCase) || word.Equals("advance", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"agreed to", "agrees to", "an agreement to": a commitment whose action lies ahead.</summary>
    private static bool IsAgreementTo(AnalyzedDocument document, ReadOnlySpan<TemporalToken> tokens, int index)
    {
        if (index + 1 >= tokens.Length || !Word(document, tokens[index + 1]).Equals("to", StringComparison.Ordinal))
        {
            return false;
        }

        var word = Word(document, tokens[index]);
        return word.Equals("agreed", StringComparison.OrdinalIgnoreCase) || word.Equals("agrees", StringComparison.OrdinalIgnoreCase)
            || word.Equals("agreement", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsModal(ReadOnlySpan<char> word) =>
        word.Equals("will", StringComparison.OrdinalIgnoreCase) || word.Equals("would", StringComparison.OrdinalIgnoreCase)
        || word.Equals("to", StringComparison.OrdinalIgnoreCase) || word.Equals("'ll", StringComparison.OrdinalIgnoreCase)
        || word.Equals("could", StringComparison.OrdinalIgnoreCase) || word.Equals("may", StringComparison.OrdinalIgnoreCase)
        || word.Equals("might", StringComparison.OrdinalIgnoreCase) || word.Equals("should", StringComparison.OrdinalIgnoreCase)
        || word.Equals("shall", StringComparison.OrdinalIgnoreCase) || word.Equals("must", StringComparison.OrdinalIgnoreCase);

    private static ReadOnlySpan<char> Word(AnalyzedDocument document, in TemporalToken token) =>
        document.Text.AsSpan(token.Start, token.End - token.Start);
}
