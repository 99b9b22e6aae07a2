using Extractor.Text;

namespace Extractor.Tests.Text;

public class TokenizerTests
{
    /// <summary>Tokenizes <paramref name="text"/> and returns the token texts joined by single spaces.</summary>
    internal static string Tokens(string text)
    {
        var table = new TokenTable();
        Tokenizer.Tokenize(text, table);
        var parts = new string[table.Count];
        for (int i = 0; i < table.Count; i++)
        {
            parts[i] = text[table.Start(i)..table.End(i)];
        }

        return string.Join(' ', parts);
    }

    private static string KindsOf(string text)
    {
        var table = new TokenTable();
        Tokenizer.Tokenize(text, table);
        var parts = new string[table.Count];
        for (int i = 0; i < table.Count; i++)
        {
            parts[i] = text[table.Start(i)..table.End(i)] + "/" + table.Kind(i);
        }

        return string.Join(' ', parts);
    }

    [Theory]
    [InlineData("Ukraine’s borders", "Ukraine ’s borders")]
    [InlineData("Ukraine's borders", "Ukraine 's borders")]
    [InlineData("NATO’S ROLE", "NATO ’S ROLE")]
    [InlineData("we don’t know", "we do n’t know")]
    [InlineData("They DON'T care", "They DO N'T care")]
    [InlineData("It can't be and won't be", "It ca n't be and wo n't be")]
    [InlineData("they're here", "they 're here")]
    [InlineData("we’ve seen, I'm sure, you'll see, he'd go", "we ’ve seen , I 'm sure , you 'll see , he 'd go")]
    [InlineData("the 1990's boom", "the 1990 's boom")]
    [InlineData("O'Brien's remarks", "O'Brien 's remarks")]
    [InlineData("Ukraine‘s borders", "Ukraine ‘s borders")]
    public void Tokenize_Clitics_AreSplitPennTreebankStyle(string text, string expected)
    {
        Tokens(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("Conan O'Brien spoke", "Conan O'Brien spoke")]
    [InlineData("Côte d'Ivoire", "Côte d'Ivoire")]
    [InlineData("rock'n'roll", "rock'n'roll")]
    [InlineData("Shi’ite clerics", "Shi’ite clerics")]
    [InlineData("the Qur'an", "the Qur'an")]
    [InlineData("O'Neill and O'Dell", "O'Neill and O'Dell")]
    public void Tokenize_ApostropheInsideName_StaysInTheWord(string text, string expected)
    {
        Tokens(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("the Allies’ position", "the Allies ’ position")]
    [InlineData("the states' rights", "the states ' rights")]
    [InlineData("the bosses’.", "the bosses ’ .")]
    [InlineData("‘The Allies’ position is clear’, he said", "‘ The Allies ’ position is clear ’ , he said")]
    [InlineData("‘We met the bosses’, he said", "‘ We met the bosses ’ , he said")]
    [InlineData("'We met the bosses', he said", "' We met the bosses ' , he said")]
    public void Tokenize_ApostropheAfterS_IsPossessiveUnlessItClosesAnOpenQuotation(string text, string expected)
    {
        Tokens(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("‘We will defend’ our allies", "‘/Quote We/Word will/Word defend/Word ’/Quote our/Word allies/Word")]
    [InlineData("'desperate', while", "'/Quote desperate/Word '/Quote ,/Punctuation while/Word")]
    [InlineData("the Allies’ position", "the/Word Allies/Word ’/Word position/Word")]
    [InlineData("“Any aggression,” it said", "“/Quote Any/Word aggression/Word ,/Punctuation ”/Quote it/Word said/Word")]
    [InlineData("\"Stop,\" he said", "\"/Quote Stop/Word ,/Punctuation \"/Quote he/Word said/Word")]
    [InlineData("«Non» „Ja“ ‹x›", "«/Quote Non/Word »/Quote „/Quote Ja/Word “/Quote ‹/Quote x/Word ›/Quote")]
    [InlineData("「東京」", "「/Quote 東京/Word 」/Quote")]
    [InlineData("''Not us,'' she said", "''/Quote Not/Word us/Word ,/Punctuation ''/Quote she/Word said/Word")]
    [InlineData("the bosses'' view", "the/Word bosses/Word ''/Quote view/Word")]
    [InlineData("``Quoted''", "``/Quote Quoted/Word ''/Quote")]
    public void Tokenize_QuotationMarks_AreSeparateQuoteTokens(string text, string expected)
    {
        KindsOf(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("in the U.S. and U.K.", "in the U.S. and U.K.")]
    [InlineData("on Jan. 5 and Feb. 24", "on Jan. 5 and Feb. 24")]
    [InlineData("Gov. Kathy Hochul and Mr. Biden", "Gov. Kathy Hochul and Mr. Biden")]
    [InlineData("John F. Kennedy", "John F. Kennedy")]
    [InlineData("Apple Inc. and Smith Jr. said", "Apple Inc. and Smith Jr. said")]
    [InlineData("at 10 a.m. today, e.g. now", "at 10 a.m. today , e.g. now")]
    [InlineData("a Ph.D. student", "a Ph.D. student")]
    [InlineData("No. 10 Downing St. is", "No. 10 Downing St. is")]
    [InlineData("Springfield, Ill. residents", "Springfield , Ill. residents")]
    [InlineData("a U.S.-led coalition", "a U.S.-led coalition")]
    [InlineData("non-U.S. firms", "non-U.S. firms")]
    public void Tokenize_Abbreviations_KeepTheirPeriod(string text, string expected)
    {
        Tokens(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("He said no.", "He said no .")]
    [InlineData("They felt ill.", "They felt ill .")]
    [InlineData("the end.", "the end .")]
    [InlineData("troops in 2021.", "troops in 2021 .")]
    [InlineData("visit Amazon.com.", "visit Amazon.com .")]
    [InlineData("said.The next", "said . The next")]
    [InlineData("It costs 5 dollars. No change", "It costs 5 dollars . No change")]
    [InlineData("etc...", "etc ...")]
    public void Tokenize_SentencePeriod_IsSeparateToken(string text, string expected)
    {
        Tokens(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("about 100,000 troops", "about/Word 100,000/Number troops/Word")]
    [InlineData("92,000 in 2022", "92,000/Number in/Word 2022/Number")]
    [InlineData("rose 3.5%", "rose/Word 3.5/Number %/Punctuation")]
    [InlineData("the 21st century", "the/Word 21st/Number century/Word")]
    [InlineData("at 10:30 GMT", "at/Word 10:30/Number GMT/Word")]
    [InlineData("£1,400 and $5.3bn", "£/Symbol 1,400/Number and/Word $/Symbol 5.3bn/Number")]
    [InlineData("US$4.6 million, HK$ 20", "US$/Symbol 4.6/Number million/Word ,/Punctuation HK$/Symbol 20/Number")]
    [InlineData("see p. 91", "see/Word p./Word 91/Number")]
    [InlineData("open 24/7", "open/Word 24/7/Number")]
    [InlineData("the '90s", "the/Word '90s/Number")]
    [InlineData("the ‘90s", "the/Word ‘90s/Number")]
    [InlineData("a .5 rise", "a/Word .5/Number rise/Word")]
    [InlineData("1,000, 2,000.", "1,000/Number ,/Punctuation 2,000/Number ./Punctuation")]
    public void Tokenize_Numbers_StayWhole(string text, string expected)
    {
        KindsOf(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("the NATO-Russia Council", "the NATO-Russia Council")]
    [InlineData("pro-Russian separatists", "pro-Russian separatists")]
    [InlineData("Euro-Atlantic security", "Euro-Atlantic security")]
    [InlineData("COVID-19 and F-16s", "COVID-19 and F-16s")]
    [InlineData("a 20-year-old man", "a 20-year-old man")]
    [InlineData("AT&T and S&P", "AT&T and S&P")]
    [InlineData("pro- and anti-war", "pro - and anti-war")]
    [InlineData("rock&roll", "rock & roll")]
    public void Tokenize_HyphenatedWords_AreOneToken(string text, string expected)
    {
        Tokens(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("including – if necessary – by", "including – if necessary – by")]
    [InlineData("peace—and war", "peace — and war")]
    [InlineData("NATO ”- it was", "NATO ” - it was")]
    [InlineData("wait -- what", "wait -- what")]
    [InlineData("wait--what", "wait -- what")]
    [InlineData("1990–2000", "1990 – 2000")]
    [InlineData("wait... what…", "wait ... what …")]
    [InlineData("(…) We", "( … ) We")]
    [InlineData("Really?! Yes!!", "Really ?! Yes !!")]
    public void Tokenize_DashesAndEllipses_AreOwnTokens(string text, string expected)
    {
        Tokens(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("see https://www.nato.int/cps/en/natohq/news.htm.", "see/Word https://www.nato.int/cps/en/natohq/news.htm/Url ./Punctuation")]
    [InlineData("(http://example.com/a_(b))", "(/Punctuation http://example.com/a_(b)/Url )/Punctuation")]
    [InlineData("(see http://bbc.co.uk)", "(/Punctuation see/Word http://bbc.co.uk/Url )/Punctuation")]
    [InlineData("go to www.bbc.co.uk, now", "go/Word to/Word www.bbc.co.uk/Url ,/Punctuation now/Word")]
    [InlineData("write to press@nato.int.", "write/Word to/Word press@nato.int/Url ./Punctuation")]
    [InlineData("mail john.smith@bbc.co.uk today", "mail/Word john.smith@bbc.co.uk/Url today/Word")]
    [InlineData("#StandWithUkraine by @NATO_Press", "#StandWithUkraine/Url by/Word @NATO_Press/Url")]
    [InlineData("the #1 hit", "the/Word #1/Number hit/Word")]
    [InlineData("# 1", "#/Punctuation 1/Number")]
    [InlineData("me@home is", "me/Word @home/Url is/Word")]
    public void Tokenize_UrlsEmailsAndHandles_AreOneUrlToken(string text, string expected)
    {
        KindsOf(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("Путин сказал", "Путин/Word сказал/Word")]
    [InlineData("北京 ve القاهرة", "北京/Word ve/Word القاهرة/Word")]
    [InlineData("naïve café", "naïve/Word café/Word")]
    [InlineData("Zoë Straße", "Zoë/Word Straße/Word")]
    [InlineData("e\u0301t\u0301e", "e\u0301t\u0301e/Word")]
    [InlineData("Москва, Україна.", "Москва/Word ,/Punctuation Україна/Word ./Punctuation")]
    [InlineData("𝐁𝐨𝐥𝐝 text", "𝐁𝐨𝐥𝐝/Word text/Word")]
    public void Tokenize_OtherScripts_AreWords(string text, string expected)
    {
        KindsOf(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("hi 😀!", "hi/Word 😀/Symbol !/Punctuation")]
    [InlineData("family 👨\u200D👩\u200D👧 here", "family/Word 👨\u200D👩\u200D👧/Symbol here/Word")]
    [InlineData("👍🏽👍", "👍🏽/Symbol 👍/Symbol")]
    [InlineData("🇺🇦🇵🇱", "🇺🇦/Symbol 🇵🇱/Symbol")]
    [InlineData("❤️ love", "❤️/Symbol love/Word")]
    [InlineData("word😀word", "word/Word 😀/Symbol word/Word")]
    [InlineData("#️⃣", "#️⃣/Punctuation")]
    public void Tokenize_Emoji_AreNeverSplit(string text, string expected)
    {
        KindsOf(text).Should().Be(expected);
    }

    [Fact]
    public void Tokenize_ControlCharsAndLoneSurrogates_AreSingleSymbols()
    {
        // Built here rather than in [InlineData], whose serialization would replace lone surrogates.
        var cases = new (string Text, string Expected)[]
        {
            ("a\0b", "a/Word \0/Symbol b/Word"),
            ("x\uD800y", "x/Word \uD800/Symbol y/Word"),
            ("\uDC00", "\uDC00/Symbol"),
            ("\uDC00\uD800", "\uDC00/Symbol \uD800/Symbol"),
            ("😀\uD83D", "😀/Symbol \uD83D/Symbol"),
            ("\u200Fabc", "\u200F/Symbol abc/Word"),
            ("\u0007\u007F", "\u0007/Symbol \u007F/Symbol"),
            ("\u001Cx", "\u001C/Symbol x/Word"),
        };
        foreach (var (text, expected) in cases)
        {
            KindsOf(text).Should().Be(expected);
        }
    }

    [Fact]
    public void Tokenize_Whitespace_SetsSpaceNewlineAndParagraphFlags()
    {
        const string text = "Headline\nBy Reporter\r\n\r\nFirst  paragraph.\n \nSecond";
        var table = new TokenTable();
        Tokenizer.Tokenize(text, table);

        Tokens(text).Should().Be("Headline By Reporter First paragraph . Second");
        table.Flag(0).Should().Be(TokenFlags.SpaceBefore);
        table.Flag(1).Should().Be(TokenFlags.SpaceBefore | TokenFlags.NewlineBefore);
        table.Flag(2).Should().Be(TokenFlags.SpaceBefore);
        table.Flag(3).Should().Be(TokenFlags.SpaceBefore | TokenFlags.NewlineBefore | TokenFlags.ParagraphBefore);
        table.Flag(5).Should().Be(TokenFlags.None);
        table.Flag(6).Should().Be(TokenFlags.SpaceBefore | TokenFlags.NewlineBefore | TokenFlags.ParagraphBefore);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\r\n\t\u00A0\u2028")]
    public void Tokenize_EmptyOrWhitespace_GivesNoTokens(string text)
    {
        var table = new TokenTable();
        Tokenizer.Tokenize(text, table);
        table.Count.Should().Be(0);
    }

    [Fact]
    public void Tokenize_ReusedTable_ReplacesPreviousTokens()
    {
        var table = new TokenTable(4);
        Tokenizer.Tokenize("one two three four five six seven eight nine ten", table);
        SentenceSplitter.Split("one two three four five six seven eight nine ten", table);
        Tokenizer.Tokenize("Hi there", table);

        table.Count.Should().Be(2);
        table.SentenceCount.Should().Be(0);
        table.Starts.ToArray().Should().Equal(0, 3);
        table.Ends.ToArray().Should().Equal(2, 8);
    }
}
