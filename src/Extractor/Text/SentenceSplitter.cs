using Extractor.Internal;

namespace Extractor.Text;

/// <summary>
/// Marks sentence starts in a <see cref="TokenTable"/>, in one pass over the tokens.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Every line break starts a sentence: in news, headlines, bylines, captions and list items end without a
/// period.</item>
/// <item>Terminal punctuation (". ! ? … 。") ends a sentence, together with the closing quotation marks and brackets
/// right after it ("…from happening.”"), when the next token can start one: not a lowercase word ("“Why?” he
/// asked."), not a comma or closing bracket. A capitalized name followed by a speech verb after a closing quotation
/// mark ("“Stop!” Smith said.") continues the sentence.</item>
/// <item>A period that belongs to an abbreviation ends a sentence only when the next word clearly starts one (see
/// <see cref="SentenceStarters"/>), and never after a title ("Mr.", "Gov.") or "e.g.".</item>
/// <item>An ellipsis inside brackets ("(…)") marks an omission and ends nothing.</item>
/// </list>
/// </remarks>
internal static class SentenceSplitter
{
    private static readonly SpanSet SpeechVerbs = new(
    [
        "said", "says", "asked", "asks", "told", "added", "adds", "replied", "wrote", "writes", "shouted", "insisted",
        "explained", "noted", "warned", "stressed", "continued", "recalled", "declared", "argued", "tweeted", "cried",
    ]);

    private static readonly SpanSet ClauseOpeners = new(
    [
        "he", "she", "they", "we", "I", "it", "you", "that", "the", "there", "this", "his", "her", "their", "its", "a", "an",
    ]);

    /// <summary>Splits the tokens of <paramref name="text"/> in <paramref name="table"/> into sentences.</summary>
    public static void Split(ReadOnlySpan<char> text, TokenTable table)
    {
        table.ClearSentences();
        int count = table.Count;
        if (count == 0)
        {
            return;
        }

        ReadOnlySpan<int> starts = table.Starts;
        ReadOnlySpan<int> ends = table.Ends;
        ReadOnlySpan<TokenKind> kinds = table.Kinds;
        ReadOnlySpan<TokenFlags> flags = table.Flags;

        table.AddSentenceStart(0);
        for (int t = 0; t < count - 1; t++)
        {
            int next = t + 1;
            if ((flags[next] & TokenFlags.NewlineBefore) != 0)
            {
                table.AddSentenceStart(next);
                continue;
            }

            // Most tokens are words that do not end in a period: rule them out before anything else.
            var kind = kinds[t];
            if (kind != TokenKind.Punctuation && (kind != TokenKind.Word || text[ends[t] - 1] != '.'))
            {
                continue;
            }

            var end = EndKind(text, starts, ends, kinds, flags, t);
            if (end == SentenceEnd.None)
            {
                continue;
            }

            // Closing quotation marks and brackets right after the terminal stay in the sentence.
            int j = next;
            bool quoteClosed = false;
            while (j < count && (flags[j] & TokenFlags.NewlineBefore) == 0 && IsCloser(text[starts[j]], kinds[j], flags[j]))
            {
                quoteClosed |= kinds[j] == TokenKind.Quote;
                j++;
            }

            if (j < count)
            {
                bool split = (flags[j] & TokenFlags.NewlineBefore) != 0 || (end == SentenceEnd.Strong
                    ? CanStart(text, starts, ends, kinds, flags, j)
                        && !(quoteClosed && text[starts[t]] is '?' or '!' && NameThenSpeechVerb(text, starts, ends, kinds, flags, j))
                    : StartsClearly(text, starts, ends, kinds, flags, j)
                        || (end == SentenceEnd.Suffix && CapitalizedThenLowercase(text, starts, kinds, flags, j)));
                if (split)
                {
                    table.AddSentenceStart(j);
                }
            }

            // Token j is decided; the next round looks at the token after it.
            t = j - 1;
        }
    }

    private enum SentenceEnd
    {
        None,
        Strong,
        Abbreviation,
        Suffix,
    }

    private static SentenceEnd EndKind(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, ReadOnlySpan<TokenKind> kinds, ReadOnlySpan<TokenFlags> flags, int t)
    {
        int start = starts[t];
        int end = ends[t];
        char first = text[start];
        if (kinds[t] == TokenKind.Punctuation)
        {
            if (!CharClass.IsSentenceTerminal(first))
            {
                return SentenceEnd.None;
            }

            // "(…)" and "[...]" mark an omission inside a quotation.
            bool ellipsis = first == '\u2026' || end - start > 1 && first == '.';
            if (ellipsis && t > 0 && (flags[t] & TokenFlags.SpaceBefore) == 0 && CharClass.IsOpeningBracket(text[starts[t - 1]]))
            {
                return SentenceEnd.None;
            }

            return SentenceEnd.Strong;
        }

        if (kinds[t] == TokenKind.Word && end - start > 1 && text[end - 1] == '.')
        {
            var word = text[start..(end - 1)];

            // "apples, pears, etc. Prices rose": "etc." ends a sentence like a plain period does.
            if (word.SequenceEqual("etc"))
            {
                return SentenceEnd.Strong;
            }

            return Abbreviations.Classify(word) switch
            {
                AbbreviationKind.Ordinary => SentenceEnd.Abbreviation,
                AbbreviationKind.Suffix => SentenceEnd.Suffix,
                _ => SentenceEnd.None,
            };
        }

        return SentenceEnd.None;
    }

    private static bool IsCloser(char c, TokenKind kind, TokenFlags flags)
    {
        if (kind == TokenKind.Quote)
        {
            // A quotation mark glued to the terminal closes; ” and ’ close even after a space.
            return (flags & TokenFlags.SpaceBefore) == 0 || CharClass.IsClosingQuote(c);
        }

        return kind == TokenKind.Punctuation && CharClass.IsClosingBracket(c) && (flags & TokenFlags.SpaceBefore) == 0;
    }

    /// <summary>Whether token <paramref name="j"/> can begin a sentence after terminal punctuation.</summary>
    private static bool CanStart(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, ReadOnlySpan<TokenKind> kinds, ReadOnlySpan<TokenFlags> flags, int j)
    {
        char c = text[starts[j]];
        switch (kinds[j])
        {
            case TokenKind.Word:
                // Lowercase continues ("“Why?” he asked."); a clitic ("’s") cannot start anything.
                return !CharClass.IsLower(c) && !CharClass.IsApostrophe(c);
            case TokenKind.Number or TokenKind.Symbol or TokenKind.Url:
                return true;
            case TokenKind.Quote:
                // An opening quotation mark, unless a lowercase word follows it.
                return j + 1 >= starts.Length || kinds[j + 1] != TokenKind.Word || !CharClass.IsLower(text[starts[j + 1]]);
            default:
                return CharClass.IsOpeningBracket(c) || c is '\u00BF' or '\u00A1';
        }
    }

    /// <summary>
    /// "Acme Corp. Shares fell", "Acme Co. NBC's interest": a capitalized word (with its clitic, if any), then a
    /// lowercase one, after a company or state suffix.
    /// </summary>
    private static bool CapitalizedThenLowercase(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<TokenKind> kinds, ReadOnlySpan<TokenFlags> flags, int j)
    {
        if (kinds[j] != TokenKind.Word || !CharClass.IsUpper(text[starts[j]]))
        {
            return false;
        }

        int k = j + 1;
        if (k < starts.Length && kinds[k] == TokenKind.Word && (flags[k] & TokenFlags.SpaceBefore) == 0 && CharClass.IsApostrophe(text[starts[k]]))
        {
            k++;
        }

        return k < starts.Length && kinds[k] == TokenKind.Word && (flags[k] & TokenFlags.NewlineBefore) == 0 && CharClass.IsLower(text[starts[k]]);
    }

    /// <summary>Whether token <paramref name="j"/> clearly starts a sentence after an abbreviation that may end one.</summary>
    private static bool StartsClearly(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, ReadOnlySpan<TokenKind> kinds, ReadOnlySpan<TokenFlags> flags, int j)
    {
        if (kinds[j] == TokenKind.Word)
        {
            return SentenceStarters.Contains(text[starts[j]..ends[j]]);
        }

        // "in the U.S. “We ...": an opening quotation mark before a capitalized word.
        return kinds[j] == TokenKind.Quote && (flags[j] & TokenFlags.SpaceBefore) != 0 && j + 1 < starts.Length
            && kinds[j + 1] == TokenKind.Word && (flags[j + 1] & TokenFlags.SpaceBefore) == 0 && CharClass.IsUpper(text[starts[j + 1]]);
    }

    /// <summary>
    /// "“Stop!” Smith said.", "“Why?” Mr. Jones asked.": up to four capitalized words, then a speech verb that ends the
    /// clause. Only after "?" or "!": a quotation that ends with a period ends its sentence ("…no reason.” Prof Reddy
    /// says he hopes…").
    /// </summary>
    private static bool NameThenSpeechVerb(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, ReadOnlySpan<TokenKind> kinds, ReadOnlySpan<TokenFlags> flags, int j)
    {
        // "“Stop!” She said." is two sentences however odd; only a name before the verb continues one.
        if (SentenceStarters.Contains(text[starts[j]..ends[j]]))
        {
            return false;
        }

        int limit = Math.Min(starts.Length, j + 5);
        for (int k = j; k < limit; k++)
        {
            if (kinds[k] != TokenKind.Word || (k > j && (flags[k] & TokenFlags.NewlineBefore) != 0))
            {
                return false;
            }

            if (!CharClass.IsUpper(text[starts[k]]))
            {
                // The verb closes the clause ("Smith said.") or takes an object ("Novak told residents"); a verb that
                // reports a new clause ("Ms Ortiz said she doubted it") starts a sentence of its own.
                return k > j && SpeechVerbs.Contains(text[starts[k]..ends[k]])
                    && (k + 1 >= starts.Length || (flags[k + 1] & TokenFlags.NewlineBefore) != 0
                        || !ClauseOpeners.Contains(text[starts[k + 1]..ends[k + 1]]));
            }
        }

        return false;
    }
}
