namespace Extractor.Text;

/// <summary>Character classes the tokenizer, splitter and quote finder agree on.</summary>
internal static class CharClass
{
    public static bool IsQuoteMark(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB'
        or '\u2039' or '\u203A' or '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\'' or '\u300C' or '\u300D';

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    public static bool IsSentenceTerminal(char c) => c is '.' or '!' or '?' or '\u2026' or '\u3002';

    public static bool IsClosingBracket(char c) => c is ')' or ']' or '}';
}
