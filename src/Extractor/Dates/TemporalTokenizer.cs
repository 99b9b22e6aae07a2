using Extractor.Pipeline;

namespace Extractor.Dates;

/// <summary>
/// Turns a document's tokens into <see cref="TemporalToken"/>s: one lexicon lookup per token gives its categories;
/// digits are classified by shape (year, day, clock, decade). Hyphenated tokens whose parts are temporal words are
/// split into parts and hyphens, so "late January-early February" and "two-year" are matched like spaced text.
/// </summary>
internal static class TemporalTokenizer
{
    public static int Build(AnalyzedDocument document, TemporalLexicon lexicon, ref TemporalToken[] output)
    {
        var table = document.Tokens;
        string text = document.Text;
        int count = 0;
        for (int t = 0; t < table.Count; t++)
        {
            int start = table.Start(t);
            int end = table.End(t);
            var kind = table.Kind(t);
            int before = count;
            if (kind == TokenKind.Number && end - start is 7 or 9 && text[start + 4] == '/' && TrySplitYearSlash(text, start, end, t, ref output, ref count))
            {
                continue;
            }

            if (kind is TokenKind.Word or TokenKind.Number && end - start > 2 && HasInnerHyphen(text, start, end)
                && TrySplit(text, start, end, t, lexicon, ref output, ref count))
            {
                if (count == before + 1 && before > 0 && IsCentury(output[before - 1]) && output[before - 1].Token == t - 1 && output[before].Number is >= 10 and <= 99)
                {
                    // "nineteen ninety-six": the hyphenated tens were merged into one number.
                    MergeYear(ref output[before - 1], output[before]);
                    count = before;
                }

                continue;
            }

            if (kind == TokenKind.Punctuation && end - start == 1 && text[start] == '.' && count > 0 && output[count - 1].End == start
                && output[count - 1].Token == t - 1 && output[count - 1].Is(TemporalCategory.WeekdayAbbr))
            {
                // "Mon." split from its period (the tokenizer does not know every weekday abbreviation): one token.
                output[count - 1].End = end;
                continue;
            }

            if (kind is TokenKind.Symbol or TokenKind.Url || (kind == TokenKind.Punctuation && end - start == 1 && text[start] is '.' or '(' or ')' or ':' or ';' or '?' or '!' or '/'))
            {
                // Punctuation that no rule uses: no lookup.
                Ensure(ref output, count + 1);
                output[count++] = new TemporalToken { Start = start, End = end, Token = t, Number = TemporalToken.NoNumber };
                continue;
            }

            if (kind == TokenKind.Word && TryLetterWord(text, start, end, lexicon, out var letterWord, out int wordEnd)
                && (letterWord is null || (letterWord.Categories & (TemporalCategory.NumWord | TemporalCategory.TimeZone)) == 0))
            {
                // Most words are no temporal word, or one that no rule below joins to the word before (no number, no
                // time zone): their token is written in place, field by field, without the general classification.
                Ensure(ref output, count + 1);
                ref var word = ref output[count++];
                word.Start = start;
                word.End = wordEnd;
                word.Token = t;
                var capital = text[start] is >= 'A' and <= 'Z' ? TemporalCategory.Capitalized : TemporalCategory.None;
                if (letterWord is null)
                {
                    word.Categories = capital;
                    word.Word = null;
                }
                else
                {
                    word.Categories = capital | letterWord.Categories;
                    word.Word = letterWord;
                }

                word.Number = TemporalToken.NoNumber;
                continue;
            }

            var token = Classify(text, start, end, t, lexicon);
            if (token.Is(TemporalCategory.Weekday) && count > 0 && output[count - 1].Token == t - 1 && text.AsSpan(start, end - start) is "Friday"
                && text.AsSpan(output[count - 1].Start, output[count - 1].End - output[count - 1].Start) is "Good" && lexicon.TryGet("good friday", out var feast))
            {
                // "Good Friday": the lexicon keys the feast on both words, so that "good" alone is no temporal word.
                output[count - 1].Word = feast;
                output[count - 1].Categories |= feast.Categories;
            }

            if (token.Is(TemporalCategory.TimeZone) && count > 0 && output[count - 1].Token == t - 1 && IsUpperCase(text.AsSpan(start, end - start)))
            {
                // "at 0710 GMT", "by 1200 GMT": four digits before a zone are a 24-hour clock, not a year; so is the
                // start of a range that shares the zone ("from 1130 to 1215 GMT", "between 2000 and 2100 GMT").
                if (TryMakeMilitaryClock(ref output[count - 1], text) && count >= 3 && output[count - 3].Token == t - 3
                    && text.AsSpan(output[count - 2].Start, output[count - 2].End - output[count - 2].Start) is "to" or "and" or "-" or "\u2013")
                {
                    TryMakeMilitaryClock(ref output[count - 3], text);
                }
            }

            if (count > 0 && IsCentury(output[count - 1]) && output[count - 1].Token == t - 1 && token.Is(TemporalCategory.NumWord) && token.Number is >= 10 and <= 99)
            {
                // "nineteen twenty" is a year.
                MergeYear(ref output[count - 1], token);
                continue;
            }

            if (count > 0 && output[count - 1].Token == t - 1 && output[count - 1].Is(TemporalCategory.NumWord) && output[count - 1].Number is >= 1 and < 100
                && token.Is(TemporalCategory.NumWord) && token.Number is 100 or 1000)
            {
                // "a hundred", "two thousand": one number.
                output[count - 1].End = end;
                output[count - 1].Token = t;
                output[count - 1].Number *= token.Number;
                output[count - 1].Word = null;
                continue;
            }

            if (count > 0 && IsTens(output[count - 1]) && token.Is(TemporalCategory.NumWord) && token.Number is > 0 and < 10 && output[count - 1].Token == t - 1)
            {
                // "twenty four" is one number too.
                output[count - 1].End = end;
                output[count - 1].Token = t;
                output[count - 1].Number += token.Number;
                output[count - 1].Word = null;
                continue;
            }

            Ensure(ref output, count + 1);
            output[count++] = token;
        }

        return count;
    }

    /// <summary>Whether a hyphen stands inside the token, not at its ends (tokens are short: a plain loop beats a vectorized search).</summary>
    private static bool HasInnerHyphen(string text, int start, int end)
    {
        for (int i = start + 1; i < end - 1; i++)
        {
            if (text[i] == '-')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// For a word that starts with an ASCII letter and is no fraction or fiscal year, what <see cref="Classify"/> reads
    /// from it: its lexicon entry (null for none) and where it ends (before a final period that is not part of the
    /// entry, "EST."). False for other tokens, which <see cref="Classify"/> reads.
    /// </summary>
    private static bool TryLetterWord(string text, int start, int end, TemporalLexicon lexicon, out TemporalWord? word, out int wordEnd)
    {
        word = null;
        wordEnd = end;
        int length = end - start;
        if (length == 0 || length > 40)
        {
            return false;
        }

        char c = text[start];
        if ((uint)((c | 0x20) - 'a') >= 26 || (c == 'F' && length is 4 or 6) || (length == 3 && text[start + 1] == '/'))
        {
            return false;
        }

        var span = text.AsSpan(start, length);
        if (lexicon.TryGet(span, out var entry))
        {
            word = entry;
        }
        else if (length > 1 && span[^1] == '.' && lexicon.TryGet(span[..^1], out entry))
        {
            word = entry;
            wordEnd = end - 1;
        }

        return true;
    }

    private static bool TrySplit(string text, int start, int end, int token, TemporalLexicon lexicon, ref TemporalToken[] output, ref int count)
    {
        // Classify the parts first; split only when some part is temporal, so "pro-Russian" stays one plain token.
        int first = count;
        int partStart = start;
        bool temporal = false;
        for (int i = start; i <= end; i++)
        {
            if (i < end && text[i] != '-')
            {
                continue;
            }

            if (i > partStart)
            {
                var part = Classify(text, partStart, i, token, lexicon);
                temporal |= (part.Categories & ~(TemporalCategory.Capitalized | TemporalCategory.Literal | TemporalCategory.LeadLiteral | TemporalCategory.FutureCue | TemporalCategory.PastCue | TemporalCategory.NotPast)) != 0;
                if (count > first && output[count - 1].Is(TemporalCategory.Hyphen) && count - 2 >= first
                    && IsTens(output[count - 2]) && part.Is(TemporalCategory.NumWord) && part.Number is > 0 and < 10)
                {
                    // "twenty-four" is one number.
                    count--;
                    output[count - 1].End = i;
                    output[count - 1].Number += part.Number;
                    output[count - 1].Word = null;
                    continue;
                }

                if (count > first && output[count - 1].Is(TemporalCategory.Hyphen) && count - 2 >= first && IsTens(output[count - 2])
                    && part.Is(TemporalCategory.OrdWord) && part.Word is { } ordinalWord
                    && int.TryParse(ordinalWord.ValueOf(TemporalCategory.OrdWord), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int units)
                    && units is > 0 and < 10)
                {
                    // "twenty-ninth" is one ordinal, like "29th".
                    count--;
                    int ordinal = output[count - 1].Number + units;
                    output[count - 1].End = i;
                    output[count - 1].Number = ordinal;
                    output[count - 1].Word = null;
                    output[count - 1].Categories = (output[count - 1].Categories & TemporalCategory.Capitalized) | TemporalCategory.OrdNum
                        | (ordinal <= 31 ? TemporalCategory.DayNum : TemporalCategory.None);
                    temporal = true;
                    continue;
                }

                if (i == end && i - partStart == 2 && count - 2 >= first && output[count - 1].Is(TemporalCategory.Hyphen)
                    && output[count - 2].Is(TemporalCategory.Year) && output[count - 2].End - output[count - 2].Start == 4 && part.Is(TemporalCategory.Num))
                {
                    // "2003-04", "1973-90": a range of years whose end keeps only its last two digits.
                    int startYear = output[count - 2].Number;
                    int endYear = (startYear / 100 * 100) + part.Number;
                    if (endYear <= startYear)
                    {
                        endYear += 100;
                    }

                    if (endYear - startYear < 100)
                    {
                        part.Categories = (part.Categories & TemporalCategory.Capitalized) | TemporalCategory.Year | TemporalCategory.Num;
                        part.Number = endYear;
                    }
                }

                Ensure(ref output, count + 1);
                output[count++] = part;
            }

            if (i < end)
            {
                Ensure(ref output, count + 1);
                output[count++] = new TemporalToken { Start = i, End = i + 1, Token = token, Categories = TemporalCategory.Hyphen, Number = TemporalToken.NoNumber };
            }

            partStart = i + 1;
        }

        if (temporal)
        {
            return true;
        }

        count = first;
        return false;
    }

    /// <summary>
    /// "the 2005/06 season", "the 2005/2006 financial year": two consecutive years joined by a slash are a season or
    /// financial year running across both, read like "2005-06" (the start year, a separator, the end year). Other
    /// pairs ("2005/2010", a ratio or a choice) stay one number.
    /// </summary>
    private static bool TrySplitYearSlash(string text, int start, int end, int token, ref TemporalToken[] output, ref int count)
    {
        var span = text.AsSpan(start, end - start);
        if (!IsAllDigits(span[..4]) || !IsAllDigits(span[5..]))
        {
            return false;
        }

        int startYear = int.Parse(span[..4], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
        int endPart = int.Parse(span[5..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
        int endYear = span.Length == 7 ? (startYear / 100 * 100) + endPart + (endPart < startYear % 100 ? 100 : 0) : endPart;
        if (startYear is < 1000 or > 2199 || endYear != startYear + 1)
        {
            return false;
        }

        Ensure(ref output, count + 3);
        output[count++] = new TemporalToken { Start = start, End = start + 4, Token = token, Categories = TemporalCategory.Year | TemporalCategory.Num, Number = startYear };
        output[count++] = new TemporalToken { Start = start + 4, End = start + 5, Token = token, Categories = TemporalCategory.Hyphen, Number = TemporalToken.NoNumber };
        output[count++] = new TemporalToken { Start = start + 5, End = end, Token = token, Categories = TemporalCategory.Year | TemporalCategory.Num, Number = endYear };
        return true;
    }

    /// <summary>Makes <paramref name="century"/> ("nineteen") and <paramref name="rest"/> ("ninety-six") one year token.</summary>
    private static void MergeYear(ref TemporalToken century, in TemporalToken rest)
    {
        century.End = rest.End;
        century.Token = rest.Token;
        century.Number = (century.Number * 100) + rest.Number;
        century.Categories = (century.Categories & TemporalCategory.Capitalized) | TemporalCategory.Year | TemporalCategory.Num;
        century.Word = null;
    }

    /// <summary>Turns a plain four-digit number "0710" into the clock time 07:10 when it is one.</summary>
    private static bool TryMakeMilitaryClock(ref TemporalToken token, string text)
    {
        if (token.End - token.Start != 4 || !token.Is(TemporalCategory.Num) || token.Number is < 0 or > 2400 || token.Number % 100 >= 60
            || !char.IsAsciiDigit(text[token.Start]))
        {
            return false;
        }

        token.Categories = (token.Categories & TemporalCategory.Capitalized) | TemporalCategory.Clock;
        return true;
    }

    private static bool IsUpperCase(ReadOnlySpan<char> span)
    {
        foreach (char c in span)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCentury(in TemporalToken token) =>
        token.Is(TemporalCategory.NumWord) && token.Number is >= 11 and <= 20 && token.Word is not null;

    private static bool IsTens(in TemporalToken token) =>
        token.Is(TemporalCategory.NumWord) && token.Number is >= 20 and <= 90 && token.Number % 10 == 0;

    private static TemporalToken Classify(string text, int start, int end, int token, TemporalLexicon lexicon)
    {
        var result = new TemporalToken { Start = start, End = end, Token = token, Number = TemporalToken.NoNumber };
        var span = text.AsSpan(start, end - start);
        if (span.Length == 0)
        {
            return result;
        }

        char c = span[0];
        if (char.IsUpper(c))
        {
            result.Categories |= TemporalCategory.Capitalized;
        }

        if (span.Length == 1 && c is '-' or '\u2013' or '\u2014')
        {
            result.Categories |= TemporalCategory.Hyphen;
            return result;
        }

        if (span.Length == 1 && c == ',')
        {
            result.Categories |= TemporalCategory.Comma;
            return result;
        }

        if (span.Length == 3 && span[1] == '/' && lexicon.TryGet(span, out var fraction))
        {
            // "2 1/2 years": the fraction is a word of the rules.
            result.Word = fraction;
            result.Categories |= fraction.Categories;
            return result;
        }

        if (span.Length is 4 or 6 && c == 'F' && span[1] == 'Y' && IsAllDigits(span[2..]))
        {
            // "FY2006", "FY06": a fiscal year in its business shorthand (two digits: 1950-2049).
            int year = int.Parse(span[2..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
            result.Categories |= TemporalCategory.Year;
            result.Number = span.Length == 6 ? year : year < 50 ? 2000 + year : 1900 + year;
            return result;
        }

        if (char.IsAsciiDigit(c))
        {
            ClassifyDigits(span, ref result);
            return result;
        }

        if (span.Length == 3 && c is '\'' or '\u2019' or '\u2018' && char.IsAsciiDigit(span[1]) && char.IsAsciiDigit(span[2]))
        {
            // "in '78", "the class of '68": a year of the last century, or of this one up to '30.
            int twoDigits = ((span[1] - '0') * 10) + (span[2] - '0');
            result.Categories |= TemporalCategory.Year;
            result.Number = twoDigits <= 30 ? 2000 + twoDigits : 1900 + twoDigits;
            return result;
        }

        if (span.Length == 4 && c is '\'' or '\u2019' or '\u2018' && char.IsAsciiDigit(span[1]) && span[2] == '0' && span[3] == 's')
        {
            // "'90s" as one token: a decade of the last or this century.
            result.Categories |= TemporalCategory.Decade;
            result.Number = (span[1] - '0') * 10;
            return result;
        }

        if (span.Length > 40)
        {
            return result;
        }

        if (!lexicon.TryGet(span, out var word) && span.Length > 1 && span[^1] == '.' && lexicon.TryGet(span[..^1], out word))
        {
            // "EST." at the end of a sentence: the period belongs to the sentence.
            result.End = end - 1;
        }

        if (word is not null)
        {
            result.Word = word;
            result.Categories |= word.Categories;
            if (word.Categories.HasFlag(TemporalCategory.NumWord))
            {
                string value = word.ValueOf(TemporalCategory.NumWord);
                result.Number = value == "X" ? TemporalToken.UnknownNumber : int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
                result.Categories |= TemporalCategory.Num;
            }
        }

        return result;
    }

    private static bool IsAllDigits(ReadOnlySpan<char> span)
    {
        foreach (char d in span)
        {
            if (!char.IsAsciiDigit(d))
            {
                return false;
            }
        }

        return true;
    }

    private static void ClassifyDigits(ReadOnlySpan<char> span, ref TemporalToken result)
    {
        int digits = 0;
        while (digits < span.Length && char.IsAsciiDigit(span[digits]))
        {
            digits++;
        }

        var rest = span[digits..];
        int value = 0;
        if (digits <= 9)
        {
            foreach (char d in span[..digits])
            {
                value = (value * 10) + (d - '0');
            }
        }
        else
        {
            value = int.MaxValue;
        }

        if (rest.Length == 0)
        {
            result.Categories |= TemporalCategory.Num;
            result.Number = value;
            if (digits == 4 && value is >= 1000 and <= 2199)
            {
                result.Categories |= TemporalCategory.Year;
            }

            if (digits <= 2 && value is >= 1 and <= 31)
            {
                result.Categories |= TemporalCategory.DayNum;
            }

            return;
        }

        if (rest.Equals("st", StringComparison.OrdinalIgnoreCase) || rest.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("rd", StringComparison.OrdinalIgnoreCase) || rest.Equals("th", StringComparison.OrdinalIgnoreCase))
        {
            result.Categories |= TemporalCategory.OrdNum;
            result.Number = value;
            if (digits <= 2 && value is >= 1 and <= 31)
            {
                result.Categories |= TemporalCategory.DayNum;
            }

            return;
        }

        if ((rest.Equals("s", StringComparison.Ordinal) || rest.Equals("'s", StringComparison.Ordinal)) && (digits == 4 || digits == 2) && value % 10 == 0)
        {
            result.Categories |= TemporalCategory.Decade;
            result.Number = value;
            return;
        }

        if (digits is 1 or 2 && value is >= 1 and <= 12 && TwelveHourMinutes(rest) is int glued)
        {
            // "8pm", "10.38am", "7:30am": a clock time with its a.m./p.m. glued on (British style); the slots read
            // the a.m. or p.m. from the token's last letters.
            result.Categories |= TemporalCategory.Clock;
            result.Number = (value * 100) + glued;
            return;
        }

        if (rest.Length >= 3 && rest[0] == ':' && digits <= 2 && value <= 24 && char.IsAsciiDigit(rest[1]) && char.IsAsciiDigit(rest[2]) && (rest.Length == 3 || !char.IsAsciiDigit(rest[3])))
        {
            int minutes = ((rest[1] - '0') * 10) + (rest[2] - '0');
            if (minutes < 60 && rest.Length == 3)
            {
                result.Categories |= TemporalCategory.Clock;
                result.Number = (value * 100) + minutes;
            }

            return;
        }

        if (rest.Length >= 2 && rest[0] is '.' or ',' && char.IsAsciiDigit(rest[1]))
        {
            // "2.5" or "1,000": a number; its exact text is read again when it is normalized.
            bool plain = true;
            foreach (char d in rest[1..])
            {
                plain &= char.IsAsciiDigit(d) || d is ',' or '.';
            }

            if (plain)
            {
                result.Categories |= TemporalCategory.Num;
                result.Number = rest[0] == ',' ? int.MaxValue : value;
            }
        }
    }

    /// <summary>The minutes of "am", "pm", ".38am", ":30pm" after an hour; null for anything else.</summary>
    private static int? TwelveHourMinutes(ReadOnlySpan<char> rest)
    {
        int minutes = 0;
        if (rest.Length == 5 && rest[0] is '.' or ':' && char.IsAsciiDigit(rest[1]) && char.IsAsciiDigit(rest[2]))
        {
            minutes = ((rest[1] - '0') * 10) + (rest[2] - '0');
            rest = rest[3..];
        }

        bool meridiem = rest.Length == 2 && rest[0] is 'a' or 'A' or 'p' or 'P' && rest[1] is 'm' or 'M';
        return meridiem && minutes < 60 ? minutes : null;
    }

    private static void Ensure(ref TemporalToken[] array, int size)
    {
        if (array.Length < size)
        {
            Array.Resize(ref array, Math.Max(size, array.Length * 2));
        }
    }
}
