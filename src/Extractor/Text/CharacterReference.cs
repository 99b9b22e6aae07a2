using System.Globalization;
using Extractor.Internal;

namespace Extractor.Text;

/// <summary>
/// Recognizes HTML character references that scraped news keeps in its text ("Pap&amp;#233;", "S&amp;#x00E3;o",
/// "caf&amp;eacute;", "AT&amp;amp;T"), so the tokenizer can keep a reference that stands for a letter inside its
/// word. Nothing is decoded in the text; offsets stay those of the original characters.
/// </summary>
internal static class CharacterReference
{
    /// <summary>The longest reference recognized: "&amp;#x10FFFF;" and "&amp;Ccedil;" are shorter.</summary>
    private const int MaxLength = 10;

    /// <summary>
    /// The named references of the letters that HTML defines for Latin text (the Latin-1 letters, plus the
    /// ligatures and carons of HTML 4), with what they stand for.
    /// </summary>
    private static readonly SpanDictionary<char> NamedLetters = BuildNamedLetters();

    /// <summary>
    /// The length of the well-formed character reference that starts at <paramref name="i"/> (where
    /// <c>text[i]</c> is '&amp;'), and the character it stands for in <paramref name="decoded"/>; 0 when there is
    /// none. A reference ends with ';' ("&amp;#233" without it is not one). A numeric reference to a supplementary
    /// code point, a surrogate or a control character decodes to U+FFFD, which no rule takes for a letter.
    /// </summary>
    public static int Length(ReadOnlySpan<char> text, int i, out char decoded)
    {
        decoded = '\0';
        int n = Math.Min(text.Length, i + MaxLength + 1);
        if (i + 3 >= n || text[i] != '&')
        {
            return 0;
        }

        int j = i + 1;
        if (text[j] == '#')
        {
            j++;
            bool hex = text[j] is 'x' or 'X';
            if (hex)
            {
                j++;
            }

            int digitsStart = j;
            int value = 0;
            while (j < n && value <= 0x10FFFF)
            {
                int digit = DigitValue(text[j], hex);
                if (digit < 0)
                {
                    break;
                }

                value = (value * (hex ? 16 : 10)) + digit;
                j++;
            }

            if (j == digitsStart || j >= n || text[j] != ';' || value > 0x10FFFF)
            {
                return 0;
            }

            decoded = value is > 0x1F and < 0xD800 or (>= 0xE000 and <= 0xFFFF) ? (char)value : '\uFFFD';
            return j + 1 - i;
        }

        int nameStart = j;
        while (j < n && char.IsAsciiLetter(text[j]))
        {
            j++;
        }

        if (j - nameStart < 2 || j >= n || text[j] != ';')
        {
            return 0;
        }

        var name = text[nameStart..j];
        if (name.SequenceEqual("amp"))
        {
            decoded = '&';
        }
        else if (!NamedLetters.TryGetValue(name, out decoded))
        {
            // Other named references (&quot; &nbsp; &rsquo; ...) are well formed but stay tokens of their own.
            decoded = '\uFFFD';
        }

        return j + 1 - i;
    }

    /// <summary>
    /// The length of the reference at <paramref name="i"/> when it stands for a letter or a combining mark (what
    /// belongs inside a word); else 0.
    /// </summary>
    public static int LetterLength(ReadOnlySpan<char> text, int i)
    {
        int length = Length(text, i, out char decoded);
        return length > 0 && decoded != '\uFFFD' && CharClass.IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(decoded))
            && !char.IsDigit(decoded) ? length : 0;
    }

    /// <summary>
    /// Copies <paramref name="token"/> to <paramref name="destination"/> (at least as long) with each reference that
    /// stands for a letter replaced by the letter, and returns the length written: what the entity model reads for
    /// "Pap&amp;#233;" is "Papé".
    /// </summary>
    public static int DecodeLetters(ReadOnlySpan<char> token, Span<char> destination)
    {
        int written = 0;
        int i = 0;
        while (i < token.Length)
        {
            int length = token[i] == '&' ? LetterLength(token, i) : 0;
            if (length > 0)
            {
                Length(token, i, out destination[written++]);
                i += length;
            }
            else
            {
                destination[written++] = token[i++];
            }
        }

        return written;
    }

    private static int DigitValue(char c, bool hex) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' when hex => c - 'a' + 10,
        >= 'A' and <= 'F' when hex => c - 'A' + 10,
        _ => -1,
    };

    private static SpanDictionary<char> BuildNamedLetters()
    {
        var names = new SpanDictionary<char>(ignoreCase: false, capacity: 160);

        // Vowels and a few consonants with the five accents HTML names: "&eacute;" is é, "&Uuml;" is Ü.
        (string Accent, string Letters, string Composed)[] accents =
        [
            ("grave", "AEIOUaeiou", "ÀÈÌÒÙàèìòù"),
            ("acute", "AEIOUYaeiouy", "ÁÉÍÓÚÝáéíóúý"),
            ("circ", "AEIOUaeiou", "ÂÊÎÔÛâêîôû"),
            ("tilde", "ANOano", "ÃÑÕãñõ"),
            ("uml", "AEIOUaeiouyY", "ÄËÏÖÜäëïöüÿŸ"),
        ];
        foreach (var (accent, letters, composed) in accents)
        {
            for (int k = 0; k < letters.Length; k++)
            {
                names.Set(letters[k] + accent, composed[k]);
            }
        }

        (string Name, char Letter)[] others =
        [
            ("Aring", 'Å'), ("aring", 'å'), ("AElig", 'Æ'), ("aelig", 'æ'), ("Ccedil", 'Ç'), ("ccedil", 'ç'),
            ("ETH", 'Ð'), ("eth", 'ð'), ("Oslash", 'Ø'), ("oslash", 'ø'), ("THORN", 'Þ'), ("thorn", 'þ'),
            ("szlig", 'ß'), ("OElig", 'Œ'), ("oelig", 'œ'), ("Scaron", 'Š'), ("scaron", 'š'),
        ];
        foreach (var (name, letter) in others)
        {
            names.Set(name, letter);
        }

        return names;
    }
}
