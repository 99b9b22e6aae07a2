using System.Globalization;

namespace Extractor.Text;

/// <summary>
/// Splits news text into tokens with exact UTF-16 offsets, in one left-to-right pass with no backtracking
/// and no allocation beyond the token table.
/// </summary>
internal static class Tokenizer
{
    public static void Tokenize(ReadOnlySpan<char> text, TokenTable table)
    {
        table.Clear();
        int i = 0;
        int newlines = 0;
        bool space = false;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                if (c == '\n')
                {
                    newlines++;
                }
                else if (c == '\r')
                {
                    if (i + 1 >= text.Length || text[i + 1] != '\n')
                    {
                        newlines++;
                    }
                }
                else if (c is '\u2028' or '\u2029')
                {
                    newlines++;
                }

                i++;
                continue;
            }

            var flags = TokenFlags.None;
            if (space || table.Count == 0)
            {
                flags |= TokenFlags.SpaceBefore;
            }

            if (newlines > 0)
            {
                flags |= TokenFlags.NewlineBefore;
            }

            if (newlines > 1)
            {
                flags |= TokenFlags.ParagraphBefore;
            }

            space = false;
            newlines = 0;
            i = ReadToken(text, i, table, flags);
        }
    }

    private static int ReadToken(ReadOnlySpan<char> text, int i, TokenTable table, TokenFlags flags)
    {
        char c = text[i];
        if (IsWordChar(text, i))
        {
            return ReadWord(text, i, table, flags);
        }

        if (CharClass.IsQuoteMark(c))
        {
            table.Add(i, i + 1, TokenKind.Quote, flags);
            return i + 1;
        }

        if (c == '#' || c == '@')
        {
            int end = i + 1;
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_'))
            {
                end++;
            }

            if (end > i + 1)
            {
                table.Add(i, end, TokenKind.Url, flags);
                return end;
            }
        }

        if (c == '.' || c == '-' || c == '\u2026')
        {
            // Ellipses and dash runs ("...", "--") stay whole.
            int end = i + 1;
            while (end < text.Length && text[end] == c && c != '\u2026')
            {
                end++;
            }

            table.Add(i, end, TokenKind.Punctuation, flags);
            return end;
        }

        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            table.Add(i, i + 2, TokenKind.Symbol, flags);
            return i + 2;
        }

        var category = char.GetUnicodeCategory(c);
        var kind = category switch
        {
            UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol => TokenKind.Symbol,
            UnicodeCategory.Surrogate or UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse => TokenKind.Symbol,
            _ => TokenKind.Punctuation,
        };
        table.Add(i, i + 1, kind, flags);
        return i + 1;
    }

    private static int ReadWord(ReadOnlySpan<char> text, int start, TokenTable table, TokenFlags flags)
    {
        if (TryReadUrl(text, start, out int urlEnd))
        {
            table.Add(start, urlEnd, TokenKind.Url, flags);
            return urlEnd;
        }

        int i = start;
        bool allDigits = true;
        while (i < text.Length)
        {
            if (IsWordChar(text, i))
            {
                if (!char.IsDigit(text[i]))
                {
                    allDigits = false;
                }

                i += char.IsHighSurrogate(text[i]) ? 2 : 1;
                continue;
            }

            char c = text[i];
            bool nextIsWord = i + 1 < text.Length && IsWordChar(text, i + 1);
            if (!nextIsWord)
            {
                break;
            }

            if (c is '-' or '\u2011' or '_' or '&' && !(c == '&' && !char.IsUpper(text[i + 1])))
            {
                i++;
                continue;
            }

            if ((c is ',' or '.' or ':') && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]))
            {
                i++;
                continue;
            }

            if (c == '.' && char.IsLetter(text[i + 1]) && IsAcronymDot(text, start, i))
            {
                i++;
                continue;
            }

            if (c == '@' && !allDigits)
            {
                // e-mail address: local@domain.tld
                int end = i + 1;
                while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '.' or '-' or '_'))
                {
                    end++;
                }

                while (end > i + 1 && text[end - 1] == '.')
                {
                    end--;
                }

                table.Add(start, end, TokenKind.Url, flags);
                return end;
            }

            if (CharClass.IsApostrophe(c))
            {
                // Clitics ("'s", "n't", "'re") become their own tokens; names like O'Brien stay whole.
                int clitic = CliticLength(text, i);
                if (clitic > 0)
                {
                    table.Add(start, i, allDigits ? TokenKind.Number : TokenKind.Word, flags);
                    table.Add(i, i + clitic, TokenKind.Word, TokenFlags.None);
                    return i + clitic;
                }

                if (text.Slice(start, i - start).Equals("n", StringComparison.Ordinal) || IsNegationClitic(text, i))
                {
                    break;
                }

                i++;
                continue;
            }

            break;
        }

        // "don't" -> "do" + "n't"
        if (i - start > 2 && i < text.Length && (text[i - 1] == 'n' || text[i - 1] == 'N') && IsNegationClitic(text, i))
        {
            table.Add(start, i - 1, TokenKind.Word, flags);
            table.Add(i - 1, i + 2, TokenKind.Word, TokenFlags.None);
            return i + 2;
        }

        // Abbreviation or initial: keep the trailing period ("Mr.", "Jan.", "U.S.", "J.").
        if (i < text.Length && text[i] == '.' && Abbreviations.TakesPeriod(text.Slice(start, i - start)))
        {
            i++;
        }

        table.Add(start, i, allDigits ? TokenKind.Number : ClassifyWord(text.Slice(start, i - start)), flags);
        return i;
    }

    private static TokenKind ClassifyWord(ReadOnlySpan<char> word)
    {
        return char.IsDigit(word[0]) ? TokenKind.Number : TokenKind.Word;
    }

    private static bool IsNegationClitic(ReadOnlySpan<char> text, int apostrophe)
    {
        return apostrophe + 1 < text.Length && (text[apostrophe + 1] is 't' or 'T')
            && (apostrophe + 2 >= text.Length || !char.IsLetter(text[apostrophe + 2]));
    }

    private static int CliticLength(ReadOnlySpan<char> text, int apostrophe)
    {
        int end = apostrophe + 1;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        var rest = text.Slice(apostrophe + 1, end - apostrophe - 1);
        if (rest.Length is 1 or 2
            && (rest.Equals("s", StringComparison.OrdinalIgnoreCase) || rest.Equals("re", StringComparison.OrdinalIgnoreCase)
                || rest.Equals("ve", StringComparison.OrdinalIgnoreCase) || rest.Equals("ll", StringComparison.OrdinalIgnoreCase)
                || rest.Equals("d", StringComparison.OrdinalIgnoreCase) || rest.Equals("m", StringComparison.OrdinalIgnoreCase)))
        {
            return rest.Length + 1;
        }

        return 0;
    }

    private static bool IsAcronymDot(ReadOnlySpan<char> text, int start, int dot)
    {
        // U.S., e.g., a.m.: single letters separated by periods.
        return dot - start == 1 || (dot >= 2 && text[dot - 2] == '.');
    }

    private static bool TryReadUrl(ReadOnlySpan<char> text, int start, out int end)
    {
        end = start;
        var rest = text[start..];
        if (!(rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && !CharClass.IsQuoteMark(text[end]) && text[end] is not ('<' or '>'))
        {
            end++;
        }

        while (end > start + 1 && text[end - 1] is '.' or ',' or ')' or ';' or ':' or '!' or '?')
        {
            end--;
        }

        return true;
    }

    private static bool IsWordChar(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            return char.IsLetter(text.Slice(i, 2).ToString(), 0);
        }

        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }
}
