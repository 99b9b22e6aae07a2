namespace Extractor.Text;

/// <summary>
/// Marks sentence starts in a <see cref="TokenTable"/>: after terminal punctuation (and any closing quotes or brackets
/// that follow it) when the next token can start a sentence, and at every line break, which in news ends headlines,
/// bylines and list items.
/// </summary>
internal static class SentenceSplitter
{
    public static void Split(ReadOnlySpan<char> text, TokenTable table)
    {
        table.ClearSentences();
        int count = table.Count;
        if (count == 0)
        {
            return;
        }

        table.AddSentenceStart(0);
        bool pendingBreak = false;
        for (int t = 1; t < count; t++)
        {
            var flags = table.Flag(t);
            bool lineBreak = (flags & TokenFlags.NewlineBefore) != 0;
            if (lineBreak || (pendingBreak && CanStartSentence(text, table, t)))
            {
                table.AddSentenceStart(t);
                pendingBreak = false;
            }

            int prev = t;
            char first = text[table.Start(prev)];
            if (table.Kind(prev) == TokenKind.Punctuation && CharClass.IsSentenceTerminal(first))
            {
                pendingBreak = true;
            }
            else if (pendingBreak && (table.Kind(prev) == TokenKind.Quote || CharClass.IsClosingBracket(first)) && (flags & TokenFlags.SpaceBefore) == 0)
            {
                // closing quote or bracket right after the period stays in the sentence
            }
            else
            {
                pendingBreak = false;
            }
        }
    }

    private static bool CanStartSentence(ReadOnlySpan<char> text, TokenTable table, int t)
    {
        if ((table.Flag(t) & TokenFlags.SpaceBefore) == 0)
        {
            return false;
        }

        char c = text[table.Start(t)];
        return !char.IsLower(c);
    }
}
