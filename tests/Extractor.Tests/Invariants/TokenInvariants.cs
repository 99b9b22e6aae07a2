using System.Globalization;
using System.Text;
using Extractor.Text;

namespace Extractor.Tests.Invariants;

/// <summary>
/// The properties every tokenization must have, whatever the input: spans in bounds, ordered and disjoint; every
/// non-whitespace character in exactly one token and no whitespace in any; surrogate pairs whole; flags that agree
/// with the whitespace; sentences that cover all tokens in order and start at every line break.
/// </summary>
internal static class TokenInvariants
{
    /// <summary>Tokenizes and splits <paramref name="text"/> and checks every invariant; returns the table.</summary>
    public static TokenTable Check(string text, TokenTable? table = null)
    {
        table ??= new TokenTable();
        Tokenizer.Tokenize(text, table);
        SentenceSplitter.Split(text, table);
        CheckTokens(text, table);
        CheckSentences(table);
        return table;
    }

    private static void CheckTokens(string text, TokenTable table)
    {
        int count = table.Count;
        table.Starts.Length.Should().Be(count);
        table.Ends.Length.Should().Be(count);
        table.Kinds.Length.Should().Be(count);
        table.Flags.Length.Should().Be(count);

        int previousEnd = 0;
        for (int t = 0; t < count; t++)
        {
            int start = table.Start(t);
            int end = table.End(t);
            if (start < previousEnd || end <= start || end > text.Length)
            {
                Fail(text, $"token {t} [{start},{end}) is out of bounds, empty or overlaps the previous one ending at {previousEnd}");
            }

            if (!Enum.IsDefined(table.Kind(t)))
            {
                Fail(text, $"token {t} has undefined kind {table.Kind(t)}");
            }

            // Everything between two tokens is whitespace, and the flags say what kind.
            CheckGap(text, table, t, previousEnd, start);

            for (int i = start; i < end; i++)
            {
                if (char.IsWhiteSpace(text[i]))
                {
                    Fail(text, $"token {t} [{start},{end}) holds whitespace U+{(int)text[i]:X4} at {i}");
                }
            }

            // A surrogate pair is never cut by a token boundary.
            if (start > 0 && char.IsLowSurrogate(text[start]) && char.IsHighSurrogate(text[start - 1]))
            {
                Fail(text, $"token {t} starts inside a surrogate pair at {start}");
            }

            if (end < text.Length && char.IsLowSurrogate(text[end]) && char.IsHighSurrogate(text[end - 1]))
            {
                Fail(text, $"token {t} ends inside a surrogate pair at {end}");
            }

            // Lone surrogates and control characters are one-character symbols.
            char first = text[start];
            bool lone = (char.IsHighSurrogate(first) && (start + 1 >= text.Length || !char.IsLowSurrogate(text[start + 1])))
                || (char.IsLowSurrogate(first) && (start == 0 || !char.IsHighSurrogate(text[start - 1])));
            if ((lone || char.IsControl(first)) && (end - start != 1 || table.Kind(t) != TokenKind.Symbol))
            {
                Fail(text, $"token {t} starts with a lone surrogate or control character but is {table.Kind(t)} of length {end - start}");
            }

            if (end - start == 1 && first is '"' or '“' or '”' or '«' or '»' or '„' && table.Kind(t) != TokenKind.Quote)
            {
                Fail(text, $"token {t} is a quotation mark of kind {table.Kind(t)}");
            }

            previousEnd = end;
        }

        for (int i = previousEnd; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                Fail(text, $"character U+{(int)text[i]:X4} at {i} after the last token is in no token");
            }
        }
    }

    private static void CheckGap(string text, TokenTable table, int t, int gapStart, int gapEnd)
    {
        bool newline = false;
        for (int i = gapStart; i < gapEnd; i++)
        {
            char c = text[i];
            if (!char.IsWhiteSpace(c))
            {
                Fail(text, $"character U+{(int)c:X4} at {i} before token {t} is in no token");
            }

            newline |= c is '\n' or '\r' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029';
        }

        var flags = table.Flag(t);
        bool space = gapEnd > gapStart || t == 0;
        if (((flags & TokenFlags.SpaceBefore) != 0) != space)
        {
            Fail(text, $"token {t} has SpaceBefore={(flags & TokenFlags.SpaceBefore) != 0} but the gap is [{gapStart},{gapEnd})");
        }

        if (((flags & TokenFlags.NewlineBefore) != 0) != newline)
        {
            Fail(text, $"token {t} has NewlineBefore={(flags & TokenFlags.NewlineBefore) != 0} but the gap has newline={newline}");
        }

        if ((flags & TokenFlags.ParagraphBefore) != 0 && (flags & TokenFlags.NewlineBefore) == 0)
        {
            Fail(text, $"token {t} has ParagraphBefore without NewlineBefore");
        }
    }

    private static void CheckSentences(TokenTable table)
    {
        int count = table.Count;
        var starts = table.SentenceStarts;
        if (count == 0)
        {
            table.SentenceCount.Should().Be(0);
            return;
        }

        starts.Length.Should().BeGreaterThan(0);
        starts[0].Should().Be(0, "the first sentence starts at the first token");
        for (int s = 1; s < starts.Length; s++)
        {
            if (starts[s] <= starts[s - 1] || starts[s] >= count)
            {
                throw new InvalidOperationException($"sentence {s} starts at token {starts[s]} after {starts[s - 1]} of {count}");
            }
        }

        int sentence = 0;
        for (int t = 0; t < count; t++)
        {
            if (sentence + 1 < starts.Length && starts[sentence + 1] == t)
            {
                sentence++;
            }

            bool isStart = starts[sentence] == t;
            if (((table.Flag(t) & TokenFlags.SentenceStart) != 0) != isStart)
            {
                throw new InvalidOperationException($"token {t}: SentenceStart flag disagrees with the sentence starts");
            }

            if ((table.Flag(t) & TokenFlags.NewlineBefore) != 0 && t > 0 && !isStart)
            {
                throw new InvalidOperationException($"token {t} follows a line break but does not start a sentence");
            }

            if (table.SentenceOf(t) != sentence)
            {
                throw new InvalidOperationException($"SentenceOf({t}) is {table.SentenceOf(t)}, expected {sentence}");
            }
        }

        table.SentenceEnd(starts.Length - 1).Should().Be(count);
    }

    private static void Fail(string text, string message)
    {
        throw new InvalidOperationException($"{message}; input ({text.Length} chars): {Describe(text)}");
    }

    private static string Describe(string text)
    {
        var builder = new StringBuilder();
        foreach (char c in text.Length > 120 ? text[..120] : text)
        {
            if (c is >= ' ' and < '\u007F')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
