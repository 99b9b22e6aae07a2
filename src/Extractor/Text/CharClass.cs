using System.Globalization;
using System.Runtime.CompilerServices;

namespace Extractor.Text;

/// <summary>
/// Character classes the tokenizer, splitter and quote finder agree on. ASCII is answered from a 128-entry table so
/// the common path never asks for a Unicode category; other characters fall back to the BCL's Unicode data.
/// </summary>
internal static class CharClass
{
    /// <summary>A letter (ASCII table bit).</summary>
    public const byte Letter = 1;

    /// <summary>A decimal digit (ASCII table bit).</summary>
    public const byte Digit = 2;

    /// <summary>Whitespace as <see cref="char.IsWhiteSpace(char)"/> defines it (ASCII table bit).</summary>
    public const byte Space = 4;

    /// <summary>A line break: LF, CR, VT, FF (ASCII table bit).</summary>
    public const byte LineBreak = 8;

    /// <summary>An uppercase letter (ASCII table bit).</summary>
    public const byte Upper = 16;

    /// <summary>A lowercase letter (ASCII table bit).</summary>
    public const byte Lower = 32;

    /// <summary>A math, currency or modifier symbol (<c>$ + &lt; = &gt; ^ | ~</c>) or a control character (ASCII table bit).</summary>
    public const byte Symbol = 64;

    /// <summary>A quotation mark: <c>" ' `</c> (ASCII table bit).</summary>
    public const byte Quote = 128;

    /// <summary>Letters and digits: the characters words are made of.</summary>
    public const byte WordChar = Letter | Digit;

    /// <summary>The ASCII table bits of <paramref name="c"/>; characters at or above U+0080 read as their low 7 bits, so callers check first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte Ascii(char c) => AsciiTable[c & 0x7F];

    public static bool IsQuoteMark(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB'
        or '\u2039' or '\u203A' or '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\'' or '\u300C' or '\u300D' or '\u300E'
        or '\u300F' or '\u301D' or '\u301E' or '\u301F' or '\uFF02' or '`';

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    /// <summary>Quote marks that only ever close a quotation in English text, even when a space precedes them.</summary>
    public static bool IsClosingQuote(char c) => c is '\u201D' or '\u2019' or '\u00BB' or '\u203A';

    public static bool IsSentenceTerminal(char c) => c is '.' or '!' or '?' or '\u2026' or '\u3002' or '\uFF01' or '\uFF1F'
        or '\uFF0E' or '\u061F' or '\u06D4' or '\u0964' or '\u0965' or '\u203C' or '\u2047' or '\u2048' or '\u2049';

    public static bool IsClosingBracket(char c) => c is ')' or ']' or '}';

    public static bool IsOpeningBracket(char c) => c is '(' or '[' or '{';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;

    /// <summary>Whether a character below U+0080 or above counts as lowercase, for sentence-start decisions.</summary>
    public static bool IsLower(char c) => c < 128 ? (Ascii(c) & Lower) != 0 : char.IsLower(c);

    /// <summary>Whether a character below U+0080 or above counts as uppercase, for sentence-start decisions.</summary>
    public static bool IsUpper(char c) => c < 128 ? (Ascii(c) & Upper) != 0 : char.IsUpper(c);

    /// <summary>Whether a Unicode category is one that words are made of: letters, marks and numbers.</summary>
    public static bool IsWordCategory(UnicodeCategory category) => category is UnicodeCategory.UppercaseLetter
        or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
        or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
        or UnicodeCategory.EnclosingMark or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber
        or UnicodeCategory.OtherNumber;

    /// <summary>Whether a Unicode category is a symbol: math, currency, modifier or other (emoji among them).</summary>
    public static bool IsSymbolCategory(UnicodeCategory category) => category is UnicodeCategory.MathSymbol
        or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol;

    /// <summary>
    /// Bits for U+0000-U+007F, as <see cref="char.IsWhiteSpace(char)"/> and <see cref="char.GetUnicodeCategory(char)"/>
    /// define them (a test checks this). Compiled into the assembly's data, so a lookup is one load with no bounds check.
    /// </summary>
    private static ReadOnlySpan<byte> AsciiTable => new byte[]
    {
        64, 64, 64, 64, 64, 64, 64, 64, 64, 4, 12, 12, 12, 12, 64, 64,
        64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64,
        4, 0, 128, 0, 64, 0, 0, 128, 0, 0, 0, 64, 0, 0, 0, 0,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 64, 64, 64, 0,
        0, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17,
        17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 0, 0, 0, 64, 0,
        128, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33,
        33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 0, 64, 0, 64, 64,
    };
}
