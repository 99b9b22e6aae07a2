using Extractor.Text;

namespace Extractor.Quotes;

/// <summary>
/// Pairs quotation marks paragraph by paragraph, so a stray or unbalanced mark costs at most its own paragraph.
/// Curly and guillemet marks say which way they face; straight marks are decided by the spaces around them.
/// Single marks are told apart from apostrophes ("the Smiths’ house", "’90s") by needing a partner in the paragraph.
/// A quote whose paragraph ends without a closing mark continues when the next paragraph opens with a mark.
/// </summary>
internal static class QuoteMarkPairer
{
    private const int LookAhead = 400;

    private enum Role : byte
    {
        None,
        Open,
        Close,
    }

    public static void Pair(PhraseReader reader, List<QuoteSegment> segments)
    {
        int count = reader.Count;
        int paragraphStart = 0;
        bool continuing = false;
        while (paragraphStart < count)
        {
            int paragraphEnd = paragraphStart + 1;
            while (paragraphEnd < count && !reader.LineBefore(paragraphEnd))
            {
                paragraphEnd++;
            }

            continuing = PairParagraph(reader, paragraphStart, paragraphEnd, continuing, segments);
            paragraphStart = paragraphEnd;
        }
    }

    /// <returns>Whether the paragraph's last quote goes on into the next paragraph.</returns>
    private static bool PairParagraph(PhraseReader reader, int start, int end, bool continuesPrevious, List<QuoteSegment> segments)
    {
        int openDouble = -1;
        int openWidth = 1;
        int openSingle = -1;
        for (int t = start; t < end; t++)
        {
            if (reader.Kind(t) != TokenKind.Quote)
            {
                continue;
            }

            char c = MarkChar(reader, t);
            int width = 1;
            if (IsDoubledSingle(reader, t, end))
            {
                c = '"'; // '' written for a double mark
                width = 2;
            }

            if (width == 1 && IsSingle(c))
            {
                if (openDouble >= 0)
                {
                    continue; // a quote inside a quote belongs to the outer one
                }

                var role = SingleRole(reader, t, end, c, openSingle >= 0);
                if (role == Role.Open && openSingle < 0)
                {
                    openSingle = t;
                }
                else if (role == Role.Close && openSingle >= 0)
                {
                    Add(segments, openSingle, 1, t, t, single: true, continuesPrevious && openSingle == start, false);
                    openSingle = -1;
                }

                continue;
            }

            var doubleRole = width == 2 ? DoubledRole(reader, t, end, openDouble >= 0) : DoubleRole(reader, t, end, c, openDouble >= 0);
            if (doubleRole == Role.Open)
            {
                if (openDouble < 0)
                {
                    openDouble = t;
                    openWidth = width;
                    openSingle = -1;
                }
                else if (!HasCloserAhead(reader, t + 1, end))
                {
                    // two openers and no closer: the second one is a closer set the wrong way round
                    Add(segments, openDouble, openWidth, t, t, single: false, continuesPrevious && openDouble == start, false, width);
                    openDouble = -1;
                }
                else if (t > openDouble + openWidth + 1 && reader.IsTerminal(t - 1))
                {
                    // Ms Essex said: "I have listened to the views. "I have met many of them." — a quote of several
                    // paragraphs whose breaks the text lost: the first part ends where the next one opens.
                    Add(segments, openDouble, openWidth, -1, t, single: false, continuesPrevious && openDouble == start, true);
                    continuesPrevious = true;
                    openDouble = t;
                    openWidth = width;
                    start = t;
                }
                else
                {
                    openDouble = t; // the earlier opener was stray
                    openWidth = width;
                }
            }
            else if (doubleRole == Role.Close && openDouble >= 0)
            {
                Add(segments, openDouble, openWidth, t, t, single: false, continuesPrevious && openDouble == start, false, width);
                openDouble = -1;
            }

            t += width - 1;
        }

        if (openDouble >= 0 && end < reader.Count && reader.Kind(end) == TokenKind.Quote && DoubleRole(reader, end, reader.Count, MarkChar(reader, end), false) == Role.Open)
        {
            Add(segments, openDouble, openWidth, -1, end, single: false, continuesPrevious && openDouble == start, true);
            return true;
        }

        return false;
    }

    private static void Add(List<QuoteSegment> segments, int open, int width, int close, int endToken, bool single, bool continuesPrevious, bool continuesNext, int closeWidth = 1)
    {
        if (endToken <= open + width)
        {
            return;
        }

        segments.Add(new QuoteSegment
        {
            OpenToken = open,
            CloseToken = close,
            AfterClose = close < 0 ? endToken : close + closeWidth,
            FirstToken = open + width,
            EndToken = endToken,
            Single = single,
            ContinuesPrevious = continuesPrevious,
            ContinuesNext = continuesNext,
        });
    }

    /// <summary>Two straight single marks with nothing between them stand for one double mark ('' as some papers write it).</summary>
    private static bool IsDoubledSingle(PhraseReader reader, int t, int end) =>
        t + 1 < end && reader.Text(t) is "'" && reader.Kind(t + 1) == TokenKind.Quote && reader.Text(t + 1) is "'" && !reader.SpaceBefore(t + 1);

    private static Role DoubledRole(PhraseReader reader, int t, int end, bool open)
    {
        bool left = OpenLeft(reader, t);
        bool right = OpenRight(reader, t + 1, end);
        if (left && !right)
        {
            return Role.Open;
        }

        if (!left && right)
        {
            return Role.Close;
        }

        return open ? Role.Close : Role.Open;
    }

    /// <summary>
    /// The mark a quote token stands for: the tokenizer gives '' and `` as one token, and those are double marks
    /// (''Doubled apostrophes'' as the New York Times writes them), so a single quote nested inside pairs on its own.
    /// </summary>
    private static char MarkChar(PhraseReader reader, int t)
    {
        var text = reader.Text(t);
        return text.Length == 2 && text[0] == text[1] && text[0] is '\'' or '`' ? '"' : text[0];
    }

    private static bool IsSingle(char c) => c is '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2039' or '\u203A';

    /// <summary>Whether space (or the paragraph start, or an opening bracket) is on the token's left.</summary>
    private static bool OpenLeft(PhraseReader reader, int t) =>
        t == 0 || reader.SpaceBefore(t) || reader.LineBefore(t) || reader.Text(t - 1) is "(" or "[" || reader.IsDash(t - 1);

    /// <summary>Whether space, punctuation or the paragraph end is on the token's right.</summary>
    private static bool OpenRight(PhraseReader reader, int t, int end) =>
        t + 1 >= end || reader.SpaceBefore(t + 1) || (reader.Kind(t + 1) == TokenKind.Punctuation && !reader.Text(t + 1).SequenceEqual("("));

    private static Role DoubleRole(PhraseReader reader, int t, int end, char c, bool open)
    {
        bool left = OpenLeft(reader, t);
        bool right = OpenRight(reader, t, end);
        switch (c)
        {
            case '\u201C': // “ opens, but closes „…“ and a quote whose writer used the wrong mark
                return open && (!left || right) ? Role.Close : Role.Open;
            case '\u201D': // ” closes, and opens only where nothing is open and it sits before a word or starts a paragraph
                return !open && left && (!right || t == 0 || reader.LineBefore(t)) ? Role.Open : Role.Close;
            case '\u201E':
            case '\u201F':
            case '\u00AB':
            case '\u300C':
                return Role.Open;
            case '\u00BB':
            case '\u300D':
                return Role.Close;
            default: // straight "
                if (left && !right)
                {
                    return open ? (right ? Role.Close : Role.Open) : Role.Open;
                }

                if (!left && right)
                {
                    return Role.Close;
                }

                return open ? Role.Close : Role.Open;
        }
    }

    private static Role SingleRole(PhraseReader reader, int t, int end, char c, bool open)
    {
        bool left = OpenLeft(reader, t);
        bool right = OpenRight(reader, t, end);
        bool wordAfter = t + 1 < end && reader.IsWord(t + 1);
        switch (c)
        {
            case '\u2018':
            case '\u201A':
            case '\u201B':
            case '\u2039':
                return left && wordAfter ? Role.Open : Role.None;
            case '\u203A':
                return Role.Close;
            default: // ’ and ': a closer needs an open quote, otherwise it is an apostrophe
                if (open && !left && right)
                {
                    return Role.Close;
                }

                return !open && left && !right && wordAfter && HasSingleCloserAhead(reader, t + 1, end) ? Role.Open : Role.None;
        }
    }

    private static bool HasCloserAhead(PhraseReader reader, int from, int end)
    {
        int stop = Math.Min(end, from + LookAhead);
        for (int t = from; t < stop; t++)
        {
            if (reader.Kind(t) != TokenKind.Quote)
            {
                continue;
            }

            if (IsDoubledSingle(reader, t, end))
            {
                if (DoubledRole(reader, t, end, true) == Role.Close)
                {
                    return true;
                }

                t++;
            }
            else if (!IsSingle(MarkChar(reader, t)) && DoubleRole(reader, t, end, MarkChar(reader, t), true) == Role.Close)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasSingleCloserAhead(PhraseReader reader, int from, int end)
    {
        int stop = Math.Min(end, from + LookAhead);
        for (int t = from; t < stop; t++)
        {
            if (reader.Kind(t) == TokenKind.Quote && IsSingle(MarkChar(reader, t)) && !OpenLeft(reader, t) && OpenRight(reader, t, end))
            {
                return true;
            }
        }

        return false;
    }
}
