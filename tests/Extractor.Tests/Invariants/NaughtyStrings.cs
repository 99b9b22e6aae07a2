namespace Extractor.Tests.Invariants;

/// <summary>
/// Hostile inputs in the spirit of the "big list of naughty strings", written for this project: emptiness, odd
/// whitespace, broken UTF-16, control and format characters, combining and emoji sequences, mixed scripts,
/// unbalanced quotation marks, and long runs that would expose quadratic scanning.
/// </summary>
internal static class NaughtyStrings
{
    /// <summary>Short and medium hostile strings, each a theory row.</summary>
    public static TheoryData<string> Short()
    {
        var data = new TheoryData<string>();
        foreach (var text in ShortStrings())
        {
            data.Add(text);
        }

        return data;
    }

    /// <summary>Long hostile strings (about a megabyte each, or 100,000 marks), each a theory row.</summary>
    public static TheoryData<string, int> Long()
    {
        var data = new TheoryData<string, int>();
        for (int i = 0; i < LongPatterns.Length; i++)
        {
            data.Add(LongPatterns[i], i);
        }

        return data;
    }

    /// <summary>Builds long input <paramref name="index"/> by repeating its pattern to about <paramref name="length"/> chars.</summary>
    public static string BuildLong(int index, int length) => Repeat(LongPatterns[index], length);

    /// <summary>The patterns the long inputs repeat; the row shows the pattern, the test builds the text.</summary>
    private static readonly string[] LongPatterns =
    [
        "a", "1", ".", "-", "'", "’", "\"", "“", "”", "‘", "…", "!", "?", "@", "#", "\uD800", "\uDC00", "\0", "\u200D",
        "\u0301", "😀", "👍🏽", "🇺", "\u200D😀", "a.", "A.", "a-", "1,", "1.", "1:", "a'", "a’s", "n't", "U.S.", "a@", "a@b.",
        "http://", "www.", "x'y", "'a", "a'", "s’", "‘s’ ", " ", "\n", "\r\n", "a b ", "a. ", "A. ", "? ", "“A.” ", "(…) ",
        "Mr. ", "e\u0301", "\u202E", "﷽", "ᄀ\u1161\u11A8", "a.-", "A.-", "-a.", "a-.", ".a", "a/1", "1/", "&A", "A&", "A&B",
        "#a", "@a", "a@a", "a.b@", "\uD83C\uDDFA", "\uFE0F", "\u20E3", "1\uFE0F\u20E3",
    ];

    private static IEnumerable<string> ShortStrings()
    {
        yield return string.Empty;
        yield return " ";
        yield return "\t\t\t";
        yield return "\n";
        yield return "\r\n\r\n";
        yield return "\r";
        yield return "\u00A0\u2000\u2001\u2002\u2003\u2009\u200A\u202F\u205F\u3000";
        yield return "\u2028\u2029\u0085";
        yield return "\v\f\u001C\u001D\u001E\u001F";
        yield return "\0";
        yield return "\0\0\0 a \0";
        yield return "\u0001\u0002\u0003\u007F\u0080\u009F";
        yield return "\uD800";
        yield return "\uDC00";
        yield return "\uDC00\uD800";
        yield return "a\uD800b\uDBFFc\uDC00d";
        yield return "\uD83D";
        yield return "😀\uD83D";
        yield return "\uD83D😀";
        yield return "\uFEFFHeadline";
        yield return "\u200B\u200C\u200D\u2060\uFEFF";
        yield return "zero\u200Bwidth\u200Cnon\u200Djoiner";
        yield return "\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069";
        yield return "\u202Eevil text\u202C said Mr. Smith.";
        yield return "مرحبا بالعالم. \u200Fنعم!";
        yield return "שלום עולם, (English) inside.";
        yield return "e\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309\u030A";
        yield return "\u0301 leading combining mark";
        yield return "Z\u0351\u036B\u0343\u036A\u0302\u036B\u033D\u034F\u0334\u0319\u0324\u031E\u0349\u035A\u032F\u031E\u0320\u034DA\u036B\u0357";
        yield return "👨\u200D👩\u200D👧\u200D👦 family";
        yield return "👩🏽\u200D🚀 astronaut";
        yield return "🏴\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F flag";
        yield return "🇺🇦🇺🇸🇬🇧 🇺";
        yield return "❤️❤️❤️";
        yield return "1️⃣2️⃣#️⃣*️⃣";
        yield return "\u200D";
        yield return "\u200D😀\u200D";
        yield return "😀\u200D";
        yield return "\uFE0F\uFE0F";
        yield return "𝕋𝕙𝕖 𝕢𝕦𝕚𝕔𝕜 𝔟𝔯𝔬𝔴𝔫 fox";
        yield return "田中さんにあげて下さい。パーティーへ行かないか。";
        yield return "社會科學院語學研究所";
        yield return "울란바토르";
        yield return "Москва и Київ, 2022 г. Сказал: «Нет».";
        yield return "ﷺ ﷽";
        yield return "ด้้้้้็็็็็้้้้้็็็็็้้้้้้้้็็็็็้้้้้็็็็็้้้้้้้้็็็็็";
        yield return "\"";
        yield return "\"\"\"\"";
        yield return "'";
        yield return "''''";
        yield return "’’’";
        yield return "‘";
        yield return "“unbalanced";
        yield return "unbalanced”";
        yield return "‘open single quote never closed, Allies’";
        yield return "the Allies’’ ‘‘double";
        yield return "'s";
        yield return "n't";
        yield return "’s’s’s";
        yield return "don't'";
        yield return "O'";
        yield return "'90s'90s";
        yield return "...";
        yield return ".";
        yield return ". . .";
        yield return "?!?!?!";
        yield return "-";
        yield return "--a--";
        yield return "a-";
        yield return "-a";
        yield return "a-.-b";
        yield return "U.S.";
        yield return "U.S.-";
        yield return "U.S..";
        yield return "U.S.'s";
        yield return "U.";
        yield return "Mr.";
        yield return "No.";
        yield return "No. ";
        yield return "e.g.";
        yield return ".5.5.5";
        yield return "1,2,3,,4..5::6";
        yield return "100,000.00.";
        yield return "http://";
        yield return "https://)";
        yield return "http://a.b/(c))).";
        yield return "www.";
        yield return "www..";
        yield return "@";
        yield return "#";
        yield return "@@##";
        yield return "a@";
        yield return "a@b";
        yield return "a@b.";
        yield return "a@.b";
        yield return "a@b.c.";
        yield return "@_";
        yield return "#_#";
        yield return "AT&";
        yield return "&T";
        yield return "&&";
        yield return "1/";
        yield return "/1";
        yield return "<script>alert('xss')</script>";
        yield return "'; DROP TABLE users; --";
        yield return "${jndi:ldap://x}";
        yield return "%s%s%n%d{0}";
        yield return "\\\\\\";
        yield return "C:\\Windows\\System32";
        yield return "NaN Infinity -0 0x1F 1e308 -1e-308";
        yield return "¡Hola! ¿Qué tal?";
        yield return "Ω≈ç√∫˜µ≤≥÷";
        yield return "€£¥₹₿$";
        yield return "½ ¾ ² ³ Ⅻ";
        yield return "\uE000\uF8FF private use";
        yield return "\uFFFE\uFFFF";
        yield return "\u0378 unassigned";
        yield return new string('a', 5000);
        yield return new string('.', 5000);
        yield return string.Concat(Enumerable.Repeat("“", 3000));
        yield return string.Concat(Enumerable.Repeat("a\n", 2000));
        yield return "Headline\nBy Reporter\n\nBody. More body.\n";
        yield return "“Why?” he asked. “Because!” she said.";
    }

    private static string Repeat(string pattern, int length)
    {
        int copies = Math.Max(1, length / pattern.Length);
        return string.Concat(Enumerable.Repeat(pattern, copies));
    }
}
