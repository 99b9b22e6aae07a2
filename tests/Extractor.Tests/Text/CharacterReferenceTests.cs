using Extractor.Models;
using Extractor.Pipeline;
using Extractor.Text;

namespace Extractor.Tests.Text;

/// <summary>
/// Scraped news keeps HTML character references ("Pascal Pap&#233;"); one that stands for a letter stays inside its
/// word, with exact offsets and nothing decoded in the text, and everything else reads as before.
/// </summary>
public class CharacterReferenceTests
{
    private static string Tokens(string text) => TokenizerTests.Tokens(text);

    [Theory]
    [InlineData("France called up Pascal Pap&#233; (Bourgoin) on Monday.", "France called up Pascal Pap&#233; ( Bourgoin ) on Monday .")]
    [InlineData("fans in S&#x00E3;o Paulo cheered", "fans in S&#x00E3;o Paulo cheered")]
    [InlineData("fans in S&#xe3;o Paulo cheered", "fans in S&#xe3;o Paulo cheered")]
    [InlineData("an internet caf&eacute;, he said", "an internet caf&eacute; , he said")]
    [InlineData("his fianc&#233;e Annabella", "his fianc&#233;e Annabella")]
    [InlineData("&Eacute;cole Polytechnique", "&Eacute;cole Polytechnique")]
    [InlineData("Pel&#233;'s goals", "Pel&#233; 's goals")]
    [InlineData("Jos&#233;-Maria spoke.", "Jos&#233;-Maria spoke .")]
    [InlineData("K&ouml;ln and M&uuml;nchen", "K&ouml;ln and M&uuml;nchen")]
    public void Tokenize_ReferenceForALetter_StaysInItsWord(string text, string expected) =>
        Tokens(text).Should().Be(expected);

    [Theory]
    [InlineData("AT&T and S&P rose", "AT&T and S&P rose")]
    [InlineData("AT&amp;T shares rose", "AT&amp;T shares rose")]
    [InlineData("R&D spending", "R&D spending")]
    [InlineData("Marks & Spencer", "Marks & Spencer")]
    [InlineData("rock &amp; roll", "rock &amp; roll")]
    [InlineData("Tom&amp;Jerry", "Tom &amp; Jerry")]
    [InlineData("a bad &#xyz; reference", "a bad & #xyz ; reference")]
    [InlineData("no semicolon Pap&#233 here", "no semicolon Pap & #233 here")]
    [InlineData("a digit 1&#51;2", "a digit 1 &#51; 2")]
    [InlineData("&quot;Hello&quot;", "&quot; Hello &quot;")]
    [InlineData("Mr Blair&#191;s government", "Mr Blair &#191; s government")]
    [InlineData("the end &", "the end &")]
    [InlineData("prices&nbsp;rose &#8217;", "prices &nbsp; rose &#8217;")]
    [InlineData("&", "&")]
    [InlineData("&#", "& #")]
    [InlineData("x&#233", "x & #233")]
    [InlineData("&#99999999999;", "& #99999999999 ;")]
    public void Tokenize_AmpersandThatIsNoLetter_IsNoPartOfAWord(string text, string expected) =>
        Tokens(text).Should().Be(expected);

    [Fact]
    public void Tokenize_MegabyteOfLetterReferences_IsOneWordWithExactOffsets()
    {
        string text = string.Concat(Enumerable.Repeat("&#233;", (1 << 20) / 6));
        var table = new TokenTable();
        Tokenizer.Tokenize(text, table);
        table.Count.Should().Be(1);
        table.Start(0).Should().Be(0);
        table.End(0).Should().Be(text.Length);
    }

    [Fact]
    public void Tokenize_MegabyteOfAmpersandsAndBrokenReferences_KeepsEveryCharacter()
    {
        string text = string.Concat(Enumerable.Repeat("&&#x;&#23", 1 << 17));
        var table = new TokenTable();
        Tokenizer.Tokenize(text, table);
        table.Start(0).Should().Be(0);
        table.End(table.Count - 1).Should().Be(text.Length);
        for (int i = 1; i < table.Count; i++)
        {
            table.Start(i).Should().Be(table.End(i - 1));
        }
    }

    [Theory]
    [InlineData("Pap&#233;", "Papé")]
    [InlineData("S&#x00E3;o", "São")]
    [InlineData("&Eacute;cole", "École")]
    [InlineData("K&ouml;ln", "Köln")]
    [InlineData("AT&amp;T", "AT&amp;T")]
    [InlineData("R&D", "R&D")]
    [InlineData("Blair&#191;s", "Blair&#191;s")]
    [InlineData("&#xyz;", "&#xyz;")]
    public void DecodeLetters_Token_ReplacesOnlyLetterReferences(string token, string expected)
    {
        var buffer = new char[token.Length];
        new string(buffer, 0, CharacterReference.DecodeLetters(token, buffer)).Should().Be(expected);
    }

    [Theory]
    [InlineData("France called up Pascal Pap&#233; (Bourgoin).", "France called up Pascal Papé (Bourgoin).")]
    [InlineData("Fans in S&#227;o Paulo and K&ouml;ln cheered.", "Fans in São Paulo and Köln cheered.")]
    public void Prepare_WordWithLetterReference_GetsTheFeaturesOfTheDecodedWord(string escaped, string plain)
    {
        var model = EntityModel.LoadDefault()!;
        TokenFeatures[] Features(string text)
        {
            var tokens = AnalyzedDocument.Create(text, ExtractionOptions.Default).Tokens;
            int n = tokens.Count;
            var features = new TokenFeatures[n];
            FeatureExtractor.Prepare(text, tokens.Starts, tokens.Ends, model.Lexicon, model.CaseProfile, features, new uint[n], new uint[n]);
            return features;
        }

        Features(escaped).Should().Equal(Features(plain));
    }

    [Theory]
    [InlineData("France called up Pascal Pap&#233; (Bourgoin) and Imanol Harinordoquy (Biarritz) for the match.", "Pap&#233;")]
    [InlineData("Welsh singer Bryn F&#244;n was arrested in 1980. F&#244;n was later released without charge.", "F&#244;n")]
    [InlineData("EC President Jos&#233; Manuel Barroso said no.", "Manuel")]
    [InlineData("Pascal Pap&#233; scored twice for Bourgoin on Saturday.", "Pap&#233;")]
    public void ExtractEntities_NameWithAReference_IsNotCutInsideIt(string text, string word)
    {
        var entities = NewsExtractor.Default.ExtractEntities(text);
        int at = text.IndexOf(word, StringComparison.Ordinal);
        entities.Should().Contain(e => e.Span.Start <= at && e.Span.End >= at + word.Length);
        entities.Should().NotContain(e => e.Span.End > at && e.Span.End < at + word.Length);
    }

    [Theory]
    [InlineData("Pascal Pap&#233; scored twice for Bourgoin on Saturday.", "Pascal Papé scored twice for Bourgoin on Saturday.")]
    [InlineData("Welsh singer Bryn F&#244;n was arrested in 1980.", "Welsh singer Bryn Fôn was arrested in 1980.")]
    [InlineData("He grew up in the city of S&#227;o Paulo, Brazil.", "He grew up in the city of São Paulo, Brazil.")]
    public void ExtractEntities_NameWithAReference_IsReadAsWithThePlainLetter(string escaped, string plain)
    {
        var fromEscaped = NewsExtractor.Default.ExtractEntities(escaped).Select(e => e.Type).ToList();
        var fromPlain = NewsExtractor.Default.ExtractEntities(plain).Select(e => e.Type).ToList();
        fromEscaped.Should().Equal(fromPlain).And.NotBeEmpty();
    }
}
