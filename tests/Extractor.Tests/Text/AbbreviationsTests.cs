using Extractor.Text;

namespace Extractor.Tests.Text;

public class AbbreviationsTests
{
    [Theory]
    [InlineData("Mr", "Title")]
    [InlineData("Gov", "Title")]
    [InlineData("Sen", "Title")]
    [InlineData("e.g", "Title")]
    [InlineData("vs", "Title")]
    [InlineData("U.S", "Ordinary")]
    [InlineData("U.K", "Ordinary")]
    [InlineData("a.m", "Ordinary")]
    [InlineData("Ph.D", "Ordinary")]
    [InlineData("non-U.S", "Ordinary")]
    [InlineData("Jan", "Ordinary")]
    [InlineData("Sept", "Ordinary")]
    [InlineData("Inc", "Suffix")]
    [InlineData("Calif", "Suffix")]
    [InlineData("p", "BeforeNumber")]
    [InlineData("J", "Ordinary")]
    [InlineData("No", "BeforeNumber")]
    [InlineData("Vol", "BeforeNumber")]
    public void Classify_KnownAbbreviations(string word, string expected)
    {
        // The kind is named by string: an internal enum cannot be a public theory's parameter type.
        Abbreviations.Classify(word).ToString().Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ill")]
    [InlineData("mr")]
    [InlineData("jan")]
    [InlineData("a")]
    [InlineData("end")]
    [InlineData("Amazon.com")]
    [InlineData("3.5")]
    [InlineData("NATO")]
    [InlineData("Mon")]
    [InlineData("Sun")]
    public void Classify_OrdinaryWords_AreNotAbbreviations(string word)
    {
        Abbreviations.Classify(word).Should().Be(AbbreviationKind.None);
    }

    [Theory]
    [InlineData("Mr", true)]
    [InlineData("U.S", true)]
    [InlineData("No", false)]
    [InlineData("end", false)]
    public void TakesPeriod_OnlyForAbbreviationsThatAlwaysKeepIt(string word, bool expected)
    {
        Abbreviations.TakesPeriod(word).Should().Be(expected);
    }
}
