namespace Extractor.Models;

/// <summary>
/// 32-bit hashes over token characters and their combination into feature keys. Computed on spans, so building a
/// feature never allocates; the same functions run at training and at recognition time, so they must never change
/// for a given model format version.
/// </summary>
internal static class FeatureHash
{
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    /// <summary>Lower-cased text with every digit folded to '0' ("1996" and "2022" share a word feature).</summary>
    public static uint Word(ReadOnlySpan<char> text)
    {
        uint h = FnvOffset;
        foreach (char c in text)
        {
            h = (h ^ Fold(c)) * FnvPrime;
        }

        return Finish(h);
    }

    /// <summary>The exact text.</summary>
    public static uint Exact(ReadOnlySpan<char> text)
    {
        uint h = FnvOffset ^ 0x5bd1e995;
        foreach (char c in text)
        {
            h = (h ^ c) * FnvPrime;
        }

        return Finish(h);
    }

    /// <summary>The last <paramref name="length"/> folded characters (the whole text when shorter).</summary>
    public static uint Suffix(ReadOnlySpan<char> text, int length) =>
        Mix((uint)length, Word(text.Length > length ? text[^length..] : text));

    /// <summary>The first <paramref name="length"/> folded characters (the whole text when shorter).</summary>
    public static uint Prefix(ReadOnlySpan<char> text, int length) =>
        Mix((uint)length + 16, Word(text.Length > length ? text[..length] : text));

    /// <summary>
    /// The word shape: upper-case letters as X, lower-case as x, digits as d, other characters as themselves. With
    /// <paramref name="collapse"/> every run of one class counts once ("Xx" for "Jens"); otherwise runs are capped at
    /// four ("Xxxx" for "Stoltenberg").
    /// </summary>
    public static uint Shape(ReadOnlySpan<char> text, bool collapse)
    {
        uint h = collapse ? FnvOffset : FnvOffset ^ 0x27d4eb2d;
        char last = '\0';
        int run = 0;
        foreach (char c in text)
        {
            char s = ShapeOf(c);
            if (s == last)
            {
                run++;
                if (collapse || run >= 4)
                {
                    continue;
                }
            }
            else
            {
                last = s;
                run = 0;
            }

            h = (h ^ s) * FnvPrime;
        }

        return Finish(h);
    }

    public static char ShapeOf(char c)
    {
        if (c < 128)
        {
            if (c is >= 'a' and <= 'z')
            {
                return 'x';
            }

            if (c is >= 'A' and <= 'Z')
            {
                return 'X';
            }

            return c is >= '0' and <= '9' ? 'd' : c;
        }

        if (char.IsUpper(c))
        {
            return 'X';
        }

        if (char.IsLetter(c))
        {
            return 'x';
        }

        return char.IsDigit(c) ? 'd' : c is '\u2019' or '\u2018' ? '\'' : c is '\u201C' or '\u201D' or '\u00AB' or '\u00BB' ? '"' : '~';
    }

    /// <summary>Lower-case, digits to '0', typographic apostrophes and quotes to their ASCII forms.</summary>
    public static char Fold(char c)
    {
        if (c < 128)
        {
            if (c is >= 'A' and <= 'Z')
            {
                return (char)(c | 0x20);
            }

            return c is >= '0' and <= '9' ? '0' : c;
        }

        return c switch
        {
            '\u2019' or '\u2018' or '\u02BC' => '\'',
            '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
            '\u2013' or '\u2014' => '-',
            _ => char.IsDigit(c) ? '0' : char.ToLowerInvariant(c),
        };
    }

    /// <summary>Combines two values into one well-spread key.</summary>
    public static uint Mix(uint a, uint b)
    {
        uint h = (a * 0x9E3779B1) ^ (b + 0x7F4A7C15 + (a << 6) + (a >> 2));
        return Finish(h);
    }

    public static uint Mix(uint a, uint b, uint c) => Mix(Mix(a, b), c);

    public static uint Mix(uint a, uint b, uint c, uint d) => Mix(Mix(Mix(a, b), c), d);

    private static uint Finish(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        h ^= h >> 16;
        return h;
    }
}
