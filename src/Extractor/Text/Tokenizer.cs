using System.Globalization;
using System.Runtime.CompilerServices;

namespace Extractor.Text;

/// <summary>
/// Splits news text into tokens with exact UTF-16 offsets, in one left-to-right pass with bounded look-ahead and no
/// allocation beyond the token table.
/// </summary>
/// <remarks>
/// <para>Tokens follow the Penn Treebank conventions the entity model was trained on (OntoNotes):</para>
/// <list type="bullet">
/// <item>Clitics are split: "Ukraine’s" → "Ukraine" "’s"; "don’t" → "do" "n’t"; "can't" → "ca" "n't"; "they're" →
/// "they" "'re". Other apostrophes inside a word stay in it: "O'Brien", "d'Ivoire", "rock'n'roll".</item>
/// <item>An apostrophe after a word that ends in "s" and before a non-letter is the possessive clitic, a token of
/// its own: "the Allies’ position" → "Allies" "’" "position". The one exception: while a single quotation that was
/// opened with ‘ or ' is still open (on the same line), such an apostrophe followed by punctuation or the end of
/// the line closes the quotation and is a <see cref="TokenKind.Quote"/> ("‘We met the bosses’, he said").
/// Any other apostrophe at a word edge is a quotation mark: "‘We will defend’" → "‘" "We" "will" "defend" "’".</item>
/// <item>Abbreviations keep their period ("U.S.", "Jan.", "Gov.", "J."); see <see cref="Abbreviations"/>.</item>
/// <item>Numbers stay whole ("100,000", "3.5", "10:30", "21st", "24/7"); "%" and currency signs are separate.</item>
/// <item>An HTML character reference that stands for a letter stays in its word ("Pap&amp;#233;", "caf&amp;eacute;"),
/// and "AT&amp;amp;T" is one token like "AT&amp;T"; any other reference ("&amp;amp;", "&amp;quot;", "&amp;#8217;") is
/// one <see cref="TokenKind.Symbol"/>.</item>
/// <item>Hyphenated words are one token ("NATO-Russia", "U.S.-led"); dashes, "--" and ellipses are tokens.</item>
/// <item>URLs, e-mail addresses, #hashtags and @handles are one <see cref="TokenKind.Url"/> token.</item>
/// <item>Every quotation mark is its own <see cref="TokenKind.Quote"/> token; doubled ASCII marks ('' and ``) used as
/// double quotation marks are one token each.</item>
/// <item>Letters of any script are words; an emoji sequence (modifiers, ZWJ joins, flags) is one symbol; a lone
/// surrogate or control character is a one-character <see cref="TokenKind.Symbol"/>.</item>
/// </list>
/// <para>Every character that is not whitespace (as <see cref="char.IsWhiteSpace(char)"/> says) lies in exactly one
/// token, and no token holds whitespace.</para>
/// </remarks>
internal static class Tokenizer
{
    /// <summary>Tokenizes <paramref name="text"/> into <paramref name="table"/>, replacing what it held.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, TokenTable table)
    {
        table.Clear();
        int n = text.Length;
        int i = 0;
        int newlines = 0;
        bool space = true;
        bool singleQuoteOpen = false;
        while (i < n)
        {
            char c = text[i];
            if (c < 128)
            {
                byte bits = CharClass.Ascii(c);
                if ((bits & CharClass.Space) != 0)
                {
                    space = true;

                    // CR LF counts once, at the LF.
                    if ((bits & CharClass.LineBreak) != 0 && !(c == '\r' && i + 1 < n && text[i + 1] == '\n'))
                    {
                        newlines++;
                    }

                    i++;
                    continue;
                }

                var flags = FlagsFor(space, newlines, ref singleQuoteOpen);
                space = false;
                newlines = 0;
                i = (bits & CharClass.WordChar) != 0
                    ? ReadWord(text, i, i, table, flags, ref singleQuoteOpen)
                    : ReadAsciiMark(text, i, bits, table, flags, ref singleQuoteOpen);
            }
            else if (char.IsWhiteSpace(c))
            {
                space = true;
                if (c is '\u0085' or '\u2028')
                {
                    newlines++;
                }
                else if (c == '\u2029')
                {
                    // A paragraph separator is a blank line by definition.
                    newlines += 2;
                }

                i++;
            }
            else
            {
                var flags = FlagsFor(space, newlines, ref singleQuoteOpen);
                space = false;
                newlines = 0;
                i = ReadNonAscii(text, i, table, flags, ref singleQuoteOpen);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TokenFlags FlagsFor(bool space, int newlines, ref bool singleQuoteOpen)
    {
        var flags = space ? TokenFlags.SpaceBefore : TokenFlags.None;
        if (newlines > 0)
        {
            // Single quotation marks do not run across lines; a stray one must not change how the next line reads.
            singleQuoteOpen = false;
            flags |= newlines > 1 ? TokenFlags.NewlineBefore | TokenFlags.ParagraphBefore : TokenFlags.NewlineBefore;
        }

        return flags;
    }

    /// <summary>
    /// Reads a word or number from <paramref name="scan"/> (a letter, digit or mark) and adds it as a token that
    /// starts at <paramref name="start"/> (before <paramref name="scan"/> only for ".5").
    /// </summary>
    private static int ReadWord(ReadOnlySpan<char> text, int start, int scan, TokenTable table, TokenFlags flags, ref bool singleQuoteOpen)
    {
        int n = text.Length;
        int i = scan;
        while (true)
        {
            // The hot loop: ASCII letters and digits.
            while (i < n)
            {
                char ch = text[i];
                if (ch < 128)
                {
                    if ((CharClass.Ascii(ch) & CharClass.WordChar) == 0)
                    {
                        break;
                    }

                    i++;
                }
                else
                {
                    int length = NonAsciiWordCharLength(text, i);
                    if (length == 0)
                    {
                        break;
                    }

                    i += length;
                }
            }

            if (i >= n)
            {
                break;
            }

            char c = text[i];

            // The common case: a word ends at a space.
            if (c == ' ')
            {
                break;
            }

            int next = i + 1;
            switch (c)
            {
                case '-' or '\u2010' or '\u2011' or '_':
                    // Hyphenated compounds: "NATO-Russia", "pro-Russian", "COVID-19".
                    if (next < n && WordCharLength(text, next) > 0)
                    {
                        i = next;
                        continue;
                    }

                    break;

                case '.':
                    int nextLength = next < n ? WordCharLength(text, next) : 0;
                    if (nextLength > 0 && IsRun(text, scan, i, "www"))
                    {
                        return AddUrl(text, start, table, flags);
                    }

                    if (JoinsAtPeriod(text, scan, i, nextLength))
                    {
                        i = next;
                        continue;
                    }

                    // "U.S.-led": an acronym's period followed by a hyphenated continuation.
                    if (next + 1 < n && text[next] == '-' && WordCharLength(text, next + 1) > 0
                        && IsAcronymSegment(text, scan, i) && Abbreviations.Classify(text[scan..i]) != AbbreviationKind.None)
                    {
                        i = next + 1;
                        continue;
                    }

                    break;

                case ',' or '/':
                    // "100,000", "24/7"
                    if (CharClass.IsAsciiDigit(text[i - 1]) && next < n && CharClass.IsAsciiDigit(text[next]))
                    {
                        i = next;
                        continue;
                    }

                    break;

                case ':':
                    // "10:30"; "https://..."
                    if (CharClass.IsAsciiDigit(text[i - 1]) && next < n && CharClass.IsAsciiDigit(text[next]))
                    {
                        i = next;
                        continue;
                    }

                    if (next + 1 < n && text[next] == '/' && text[next + 1] == '/'
                        && (IsRun(text, scan, i, "http") || IsRun(text, scan, i, "https") || IsRun(text, scan, i, "ftp")))
                    {
                        return AddUrl(text, start, table, flags);
                    }

                    break;

                case '&':
                    {
                        // "Pap&#233;", "S&#xE3;o", "caf&eacute;": a character reference that stands for a letter is
                        // part of its word, as the letter would be.
                        int reference = CharacterReference.LetterLength(text, i);
                        if (reference > 0)
                        {
                            i += reference;
                            continue;
                        }

                        if (i == start || text[i - 1] is < 'A' or > 'Z')
                        {
                            break;
                        }

                        // "AT&T", "S&P", "Q&A"
                        if (next < n && text[next] is >= 'A' and <= 'Z')
                        {
                            i = next;
                            continue;
                        }

                        // "AT&amp;T": the same with the ampersand escaped.
                        int escaped = next + 4;
                        if (escaped < n && text[escaped] is >= 'A' and <= 'Z' && CharacterReference.Length(text, i, out char decoded) == 5 && decoded == '&')
                        {
                            i = escaped;
                            continue;
                        }

                        break;
                    }

                case '$':
                    // "US$", "HK$", "NT$", "A$": a currency sign with its country letters (Penn Treebank keeps them whole).
                    if (i - scan <= 3 && AllUpperAscii(text[scan..i]))
                    {
                        table.Add(start, next, TokenKind.Symbol, flags);
                        return next;
                    }

                    break;

                case '@':
                    {
                        int end = EmailDomainEnd(text, next);
                        if (end > 0)
                        {
                            table.Add(start, end, TokenKind.Url, flags);
                            return end;
                        }

                        break;
                    }

                case '\'' or '\u2019' or '\u02BC' or '\u2018':
                    {
                        // ‘ is a typing slip for ’ inside a word ("Ukraine‘s").

                        int end = ReadApostrophe(text, start, i, next < n ? WordCharLength(text, next) : 0, table, flags, singleQuoteOpen);
                        if (end > 0)
                        {
                            return end;
                        }

                        if (end == 0)
                        {
                            // An apostrophe inside a word: "O'Brien", "d'Ivoire".
                            i = next;
                            continue;
                        }

                        break;
                    }

                default:
                    // Zero-width joiners, soft hyphens and direction marks inside a word belong to it.
                    if (c >= 128 && next < n && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format && WordCharLength(text, next) > 0)
                    {
                        i = next;
                        continue;
                    }

                    break;
            }

            break;
        }

        var kind = CharClass.IsAsciiDigit(text[start]) || text[start] == '.' ? TokenKind.Number : TokenKind.Word;

        // An abbreviation keeps its period ("Mr.", "U.S.", "J."), unless the period starts an ellipsis.
        if (i < n && text[i] == '.' && kind == TokenKind.Word && (i + 1 >= n || text[i + 1] != '.'))
        {
            var abbreviation = Abbreviations.Classify(text[start..i]);
            if (abbreviation is AbbreviationKind.Title or AbbreviationKind.Ordinary or AbbreviationKind.Suffix
                || (abbreviation == AbbreviationKind.BeforeNumber && NextNonSpaceIsDigit(text, i + 1)))
            {
                i++;
                table.Add(start, i, kind, flags);

                // "the U.S.’s position": a clitic after the abbreviation's period.
                int clitic = i < n && CharClass.IsApostrophe(text[i]) ? CliticLength(text, i + 1) : 0;
                if (clitic > 0)
                {
                    table.Add(i, i + 1 + clitic, TokenKind.Word, TokenFlags.None);
                    return i + 1 + clitic;
                }

                return i;
            }
        }

        table.Add(start, i, kind, flags);
        return i;
    }

    /// <summary>
    /// Handles an apostrophe met inside a word at <paramref name="apostrophe"/>: returns the end of what it added (a
    /// word and a clitic), 0 when the apostrophe is inside the word, or -1 when the word ends before it (the
    /// apostrophe is then read as a quotation mark).
    /// </summary>
    private static int ReadApostrophe(ReadOnlySpan<char> text, int start, int apostrophe, int nextLength, TokenTable table, TokenFlags flags, bool singleQuoteOpen)
    {
        int n = text.Length;
        int next = apostrophe + 1;
        var kind = CharClass.IsAsciiDigit(text[start]) ? TokenKind.Number : TokenKind.Word;

        // "don't" → "do" "n't"; "can't" → "ca" "n't" (Penn Treebank).
        if (apostrophe - start >= 2 && (text[apostrophe - 1] | 0x20) == 'n' && next < n && (text[next] | 0x20) == 't'
            && (next + 1 >= n || WordCharLength(text, next + 1) == 0))
        {
            table.Add(start, apostrophe - 1, kind, flags);
            table.Add(apostrophe - 1, next + 1, TokenKind.Word, TokenFlags.None);
            return next + 1;
        }

        // "'s", "'re", "'ve", "'ll", "'d", "'m"
        int clitic = CliticLength(text, next);
        if (clitic > 0)
        {
            table.Add(start, apostrophe, kind, flags);
            table.Add(apostrophe, next + clitic, TokenKind.Word, TokenFlags.None);
            return next + clitic;
        }

        if (nextLength > 0)
        {
            return 0;
        }

        // "the bosses''": a doubled apostrophe is a closing double quotation mark, not a possessive; and ‘ after a word
        // is a quotation mark.
        if ((next < n && text[next] == '\'' && text[apostrophe] == '\'') || text[apostrophe] == '\u2018')
        {
            return -1;
        }

        // "the Allies’ position": the possessive clitic, unless it closes an open single quotation.
        if ((text[apostrophe - 1] | 0x20) == 's' && (!singleQuoteOpen || FollowedBySpaceAndLetter(text, next)))
        {
            table.Add(start, apostrophe, kind, flags);
            table.Add(apostrophe, next, TokenKind.Word, TokenFlags.None);
            return next;
        }

        return -1;
    }

    /// <summary>The number of letters of a clitic ("s", "re", "ve", "ll", "d", "m") at <paramref name="i"/> that a non-word character follows, else 0.</summary>
    private static int CliticLength(ReadOnlySpan<char> text, int i)
    {
        int n = text.Length;
        if (i >= n)
        {
            return 0;
        }

        int a = text[i] | 0x20;
        int length;
        if (a is 's' or 'd' or 'm')
        {
            length = 1;
        }
        else if (i + 1 < n && ((a == 'r' && (text[i + 1] | 0x20) == 'e') || (a == 'v' && (text[i + 1] | 0x20) == 'e')
            || (a == 'l' && (text[i + 1] | 0x20) == 'l')))
        {
            length = 2;
        }
        else
        {
            return 0;
        }

        return i + length >= n || WordCharLength(text, i + length) == 0 ? length : 0;
    }

    private static bool FollowedBySpaceAndLetter(ReadOnlySpan<char> text, int i) =>
        i + 1 < text.Length && text[i] is ' ' or '\u00A0' && char.IsLetter(text[i + 1]);

    /// <summary>
    /// Whether a period inside a word joins its two sides: decimals ("3.5"), acronyms ("U.S", "e.g", "Ph.D") and
    /// domain-like words ("Amazon.com"). A period before an uppercase word is a missing-space sentence end ("said.The").
    /// </summary>
    private static bool JoinsAtPeriod(ReadOnlySpan<char> text, int wordStart, int dot, int nextLength)
    {
        if (nextLength == 0)
        {
            return false;
        }

        char before = text[dot - 1];
        char after = text[dot + 1];
        if (CharClass.IsAsciiDigit(before) && CharClass.IsAsciiDigit(after))
        {
            return true;
        }

        if (!char.IsLetter(after) || !char.IsLetter(before))
        {
            return false;
        }

        if (IsAcronymSegment(text, wordStart, dot))
        {
            return true;
        }

        // "Ph.D": a single letter after the period, then another period.
        if (dot + 2 < text.Length && text[dot + 2] == '.')
        {
            return true;
        }

        return after is >= 'a' and <= 'z';
    }

    /// <summary>Whether the word part just before <paramref name="dot"/> is a single letter ("U" in "U.S").</summary>
    private static bool IsAcronymSegment(ReadOnlySpan<char> text, int wordStart, int dot) =>
        dot - 1 == wordStart || (dot - 2 >= wordStart && text[dot - 2] is '.' or '-');

    private static bool AllUpperAscii(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (c is < 'A' or > 'Z')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsRun(ReadOnlySpan<char> text, int start, int end, string word) =>
        end - start == word.Length && text[start..end].Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool NextNonSpaceIsDigit(ReadOnlySpan<char> text, int i)
    {
        int limit = Math.Min(text.Length, i + 4);
        while (i < limit && text[i] is ' ' or '\u00A0')
        {
            i++;
        }

        return i < text.Length && CharClass.IsAsciiDigit(text[i]);
    }

    /// <summary>Adds the URL that starts at <paramref name="start"/>: up to whitespace, a quote mark or angle bracket, less trailing punctuation.</summary>
    private static int AddUrl(ReadOnlySpan<char> text, int start, TokenTable table, TokenFlags flags)
    {
        int end = start;
        int open = 0;
        int close = 0;
        while (end < text.Length)
        {
            char c = text[end];
            if (char.IsWhiteSpace(c) || c is '<' or '>' || CharClass.IsQuoteMark(c) || char.IsSurrogate(c) || char.IsControl(c))
            {
                break;
            }

            open += c == '(' ? 1 : 0;
            close += c == ')' ? 1 : 0;
            end++;
        }

        // Trailing punctuation belongs to the sentence, and so does a ")" that closes a bracket opened before the URL.
        while (end > start + 1)
        {
            char last = text[end - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or ']' or '}')
            {
                end--;
            }
            else if (last == ')' && close > open)
            {
                close--;
                end--;
            }
            else
            {
                break;
            }
        }

        table.Add(start, end, TokenKind.Url, flags);
        return end;
    }

    /// <summary>The end of an e-mail address whose domain starts at <paramref name="i"/>, or 0 when there is no domain with a dot.</summary>
    private static int EmailDomainEnd(ReadOnlySpan<char> text, int i)
    {
        int end = i;
        while (end < text.Length && (text[end] is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '.'))
        {
            end++;
        }

        while (end > i && text[end - 1] is '.' or '-')
        {
            end--;
        }

        int lastDot = text[i..end].LastIndexOf('.') + i;
        return lastDot > i && char.IsAsciiLetter(text[lastDot + 1]) ? end : 0;
    }

    /// <summary>Reads a token that starts with an ASCII character that is neither a letter, a digit nor whitespace.</summary>
    private static int ReadAsciiMark(ReadOnlySpan<char> text, int i, byte bits, TokenTable table, TokenFlags flags, ref bool singleQuoteOpen)
    {
        int n = text.Length;
        char c = text[i];
        switch (c)
        {
            case '.':
                if (i + 1 < n && text[i + 1] == '.')
                {
                    return AddRun(text, i, '.', TokenKind.Punctuation, table, flags);
                }

                // ".5" after a space or bracket is a number.
                if (i + 1 < n && CharClass.IsAsciiDigit(text[i + 1]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
                {
                    return ReadWord(text, i, i + 1, table, flags, ref singleQuoteOpen);
                }

                break;

            case '-':
                return AddRun(text, i, '-', TokenKind.Punctuation, table, flags);

            case '!' or '?':
                {
                    int end = i + 1;
                    while (end < n && text[end] is '!' or '?')
                    {
                        end++;
                    }

                    table.Add(i, end, TokenKind.Punctuation, flags);
                    return end;
                }

            case '\'':
                return ReadSingleQuote(text, i, table, flags, ref singleQuoteOpen);

            case '`':
                // ``Penn Treebank style'' opening quotes.
                {
                    int end = i + 1 < n && text[i + 1] == '`' ? i + 2 : i + 1;
                    table.Add(i, end, TokenKind.Quote, flags);
                    return end;
                }

            case '&':
                {
                    // "&Eacute;cole": a word that opens with a character reference for a letter.
                    if (CharacterReference.LetterLength(text, i) > 0)
                    {
                        return ReadWord(text, i, i, table, flags, ref singleQuoteOpen);
                    }

                    // "rock &amp; roll", "&quot;", "&nbsp;": any other reference is one symbol, not "&" "amp" ";".
                    int reference = CharacterReference.Length(text, i, out _);
                    if (reference > 0)
                    {
                        table.Add(i, i + reference, TokenKind.Symbol, flags);
                        return i + reference;
                    }

                    break;
                }

            case '#' or '@':
                // "#15" (a number, as the Penn Treebank has it)
                if (c == '#' && i + 1 < n && CharClass.IsAsciiDigit(text[i + 1]))
                {
                    int end = i + 2;
                    while (end < n && CharClass.IsAsciiDigit(text[end]))
                    {
                        end++;
                    }

                    table.Add(i, end, TokenKind.Number, flags);
                    return end;
                }

                // "#MeToo", "@NATO"
                if (i + 1 < n && (text[i + 1] == '_' || IsLetterAt(text, i + 1)))
                {
                    int end = i + 1;
                    while (end < n)
                    {
                        int length = text[end] == '_' ? 1 : WordCharLength(text, end);
                        if (length == 0)
                        {
                            break;
                        }

                        end += length;
                    }

                    table.Add(i, end, TokenKind.Url, flags);
                    return end;
                }

                break;
        }

        var kind = (bits & CharClass.Quote) != 0 ? TokenKind.Quote
            : (bits & CharClass.Symbol) != 0 ? TokenKind.Symbol : TokenKind.Punctuation;

        // Keycap emoji ("#️⃣", "*️⃣") keep their variation selector and enclosing keycap.
        int stop = i + 1;
        while (c is '#' or '*' && stop < n && text[stop] is '\uFE0F' or '\u20E3')
        {
            stop++;
        }

        table.Add(i, stop, kind, flags);
        return stop;
    }

    /// <summary>Reads a token that starts with a character at or above U+0080 that is not whitespace.</summary>
    private static int ReadNonAscii(ReadOnlySpan<char> text, int i, TokenTable table, TokenFlags flags, ref bool singleQuoteOpen)
    {
        char c = text[i];
        if (char.IsSurrogate(c))
        {
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var category = CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, text[i + 1]));
                return CharClass.IsWordCategory(category)
                    ? ReadWord(text, i, i, table, flags, ref singleQuoteOpen)
                    : ReadSymbol(text, i, 2, table, flags);
            }

            // A lone surrogate is kept, alone, so offsets stay exact.
            table.Add(i, i + 1, TokenKind.Symbol, flags);
            return i + 1;
        }

        if (c is '\u2019' or '\u2018' or '\u201B' or '\u02BC')
        {
            return ReadSingleQuote(text, i, table, flags, ref singleQuoteOpen);
        }

        if (CharClass.IsQuoteMark(c))
        {
            table.Add(i, i + 1, TokenKind.Quote, flags);
            return i + 1;
        }

        if (c == '\u2026')
        {
            return AddRun(text, i, c, TokenKind.Punctuation, table, flags);
        }

        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        if (CharClass.IsWordCategory(cat))
        {
            return ReadWord(text, i, i, table, flags, ref singleQuoteOpen);
        }

        switch (cat)
        {
            case UnicodeCategory.DashPunctuation:
                return AddRun(text, i, c, TokenKind.Punctuation, table, flags);
            case UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation:
                table.Add(i, i + 1, TokenKind.Quote, flags);
                return i + 1;
            case UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol:
                return ReadSymbol(text, i, 1, table, flags);
            case UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned:
                table.Add(i, i + 1, TokenKind.Symbol, flags);
                return i + 1;
            default:
                table.Add(i, i + 1, TokenKind.Punctuation, flags);
                return i + 1;
        }
    }

    /// <summary>
    /// Reads an apostrophe or single quotation mark that starts a token: "'90s" is a number; anything else is a
    /// quotation mark, which opens a single quotation when it stands before a word.
    /// </summary>
    private static int ReadSingleQuote(ReadOnlySpan<char> text, int i, TokenTable table, TokenFlags flags, ref bool singleQuoteOpen)
    {
        int n = text.Length;
        char c = text[i];

        // ''Doubled apostrophes'' are one double quotation mark, as in the Penn Treebank (and the New York Times).
        if (c == '\'' && i + 1 < n && text[i + 1] == '\'')
        {
            table.Add(i, i + 2, TokenKind.Quote, flags);
            return i + 2;
        }

        // "'90s", "’08"
        if (c is '\'' or '\u2019' or '\u2018' && i + 2 < n && CharClass.IsAsciiDigit(text[i + 1]) && CharClass.IsAsciiDigit(text[i + 2]))
        {
            int end = i + 3;
            if (end < n && text[end] == 's')
            {
                end++;
            }

            if (end >= n || WordCharLength(text, end) == 0)
            {
                table.Add(i, end, TokenKind.Number, flags);
                return end;
            }
        }

        bool beforeWord = i + 1 < n && WordCharLength(text, i + 1) > 0;
        bool afterGap = (flags & TokenFlags.SpaceBefore) != 0 || i == 0 || CharClass.IsOpeningBracket(text[i - 1])
            || text[i - 1] is '"' or '\u201C' or '-' or '\u2013' or '\u2014';
        singleQuoteOpen = c is '\u2018' or '\u201B' || (afterGap && beforeWord);
        table.Add(i, i + 1, TokenKind.Quote, flags);
        return i + 1;
    }

    /// <summary>
    /// Reads one symbol with everything that renders with it: variation selectors, skin-tone modifiers, zero-width
    /// joined sequences, flag pairs and tag sequences.
    /// </summary>
    private static int ReadSymbol(ReadOnlySpan<char> text, int i, int firstLength, TokenTable table, TokenFlags flags)
    {
        int n = text.Length;
        int end = i + firstLength;
        if (firstLength == 2 && IsRegionalIndicator(text, i) && end + 1 < n && IsRegionalIndicator(text, end))
        {
            end += 2;
        }

        while (end < n)
        {
            char c = text[end];
            if (c is '\uFE0E' or '\uFE0F' or '\u20E3')
            {
                end++;
                continue;
            }

            if (c == '\u200D' && end + 1 < n)
            {
                int length = SymbolLength(text, end + 1);
                if (length == 0)
                {
                    break;
                }

                end += 1 + length;
                continue;
            }

            if (char.IsHighSurrogate(c) && end + 1 < n && char.IsLowSurrogate(text[end + 1]))
            {
                int codePoint = char.ConvertToUtf32(c, text[end + 1]);
                if (codePoint is (>= 0x1F3FB and <= 0x1F3FF) or (>= 0xE0020 and <= 0xE007F))
                {
                    end += 2;
                    continue;
                }
            }

            break;
        }

        table.Add(i, end, TokenKind.Symbol, flags);
        return end;
    }

    private static bool IsRegionalIndicator(ReadOnlySpan<char> text, int i) =>
        i + 1 < text.Length && text[i] == '\uD83C' && text[i + 1] is >= '\uDDE6' and <= '\uDDFF';

    /// <summary>The length of the symbol code point at <paramref name="i"/> (1 or 2), or 0 when it is not a symbol.</summary>
    private static int SymbolLength(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                && !CharClass.IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, text[i + 1]))) ? 2 : 0;
        }

        return c >= 128 && CharClass.IsSymbolCategory(CharUnicodeInfo.GetUnicodeCategory(c)) ? 1 : 0;
    }

    private static int AddRun(ReadOnlySpan<char> text, int i, char c, TokenKind kind, TokenTable table, TokenFlags flags)
    {
        int end = i + 1;
        while (end < text.Length && text[end] == c)
        {
            end++;
        }

        table.Add(i, end, kind, flags);
        return end;
    }

    private static bool IsLetterAt(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        if (c < 128)
        {
            return (CharClass.Ascii(c) & CharClass.Letter) != 0;
        }

        return WordCharLength(text, i) > 0 && (char.IsLetter(c) || char.IsHighSurrogate(c));
    }

    /// <summary>The length (1 or 2) of the word character at <paramref name="i"/>: a letter, digit or mark; else 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int WordCharLength(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        if (c < 128)
        {
            return (CharClass.Ascii(c) & CharClass.WordChar) != 0 ? 1 : 0;
        }

        return NonAsciiWordCharLength(text, i);
    }

    private static int NonAsciiWordCharLength(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        if (char.IsSurrogate(c))
        {
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                return CharClass.IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, text[i + 1]))) ? 2 : 0;
            }

            return 0;
        }

        // U+02BC is a letter to Unicode but an apostrophe in English text.
        return c != '\u02BC' && CharClass.IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(c)) ? 1 : 0;
    }
}
