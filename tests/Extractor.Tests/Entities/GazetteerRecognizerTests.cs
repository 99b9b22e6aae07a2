using Extractor.Entities;
using Extractor.Pipeline;

namespace Extractor.Tests.Entities;

public class GazetteerRecognizerTests
{
    private static List<(string Text, EntityType Type, string Canonical)> Recognize(string text)
    {
        var document = AnalyzedDocument.Create(text, ExtractionOptions.Default);
        var mentions = new List<EntityMention>();
        GazetteerRecognizer.Default.Recognize(document, mentions);
        return mentions.Select(m => (text[m.Start..m.End], m.Type, m.Canonical!)).ToList();
    }

    [Theory]
    [InlineData("Officials met in Riga on Monday.", "Riga", EntityType.Location)]
    [InlineData("The summit in Brussels ended early.", "Brussels", EntityType.Location)]
    [InlineData("Troops gathered near Ukraine’s borders.", "Ukraine", EntityType.Location)]
    [InlineData("Talks with Moscow stalled.", "Moscow", EntityType.Location)]
    [InlineData("Latvia asked for help.", "Latvia", EntityType.Location)]
    [InlineData("The Ukrainian army moved.", "Ukrainian", EntityType.Nationality)]
    [InlineData("He met pro-Russian separatists.", "pro-Russian", EntityType.Nationality)]
    [InlineData("Russians voted on Sunday.", "Russians", EntityType.Nationality)]
    [InlineData("Fighting continued in the Donbas region.", "Donbas", EntityType.Location)]
    public void Recognize_KnownName_ReturnsTypedSpan(string text, string expected, EntityType type)
    {
        Recognize(text).Should().ContainSingle(m => m.Text == expected).Which.Type.Should().Be(type);
    }

    [Fact]
    public void Recognize_MultiTokenName_PrefersLongestMatch()
    {
        var found = Recognize("Ministers from the Baltic States and the United Arab Emirates met.");
        found.Select(m => m.Text).Should().Contain(["Baltic States", "United Arab Emirates"]);
        found.Should().NotContain(m => m.Text == "Baltic");
    }

    [Theory]
    [InlineData("Kiev", "Kyiv")]
    [InlineData("Donbass", "Donbas")]
    [InlineData("Russians", "Russian")]
    public void Recognize_VariantSpelling_GivesCanonicalName(string name, string canonical)
    {
        Recognize($"Reports from {name} said so.").Should().ContainSingle().Which.Canonical.Should().Be(canonical);
    }

    [Theory]
    [InlineData("We ate turkey and rice.")]
    [InlineData("the chad was hanging.")]
    [InlineData("He was reading of the bath.")]
    public void Recognize_LowerCaseCommonWord_FindsNothing(string text)
    {
        Recognize(text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("It acquired Thomas Edison's microphone patent.", "Edison")]
    [InlineData("After earning his doctorate at Harvard, he moved to America.", "Harvard")]
    [InlineData("Jurors discussed the Michael Jackson case.", "Jackson")]
    [InlineData("Administration officials said Bush had left for Camp David.", "David")]
    [InlineData("The bronze Buddha settled on Lantau Island years ago.", "Island")]
    [InlineData("All of the GM divisions except Cadillac showed declines.", "Cadillac")]
    public void Recognize_PlaceNameTheNewsMostlyUsesOtherwise_IsNotListed(string text, string name)
    {
        // Cities named like people or firms: the labeled news uses these names mostly for something else.
        Recognize(text).Should().NotContain(m => m.Text == name);
    }

    [Theory]
    [InlineData("The former Olympic champion won in Madrid.", "Olympic")]
    [InlineData("She took Olympic gold in Athens in 2004.", "Olympic")]
    [InlineData("Shares in Credit Suisse fell.", "Suisse")]
    [InlineData("The Federal Reserve raised rates.", "Reserve")]
    public void Recognize_PlaceNameTheNewsUsesInsideOtherNames_IsNotListed(string text, string name)
    {
        // "Olympic" names a Hong Kong district, but the labeled news has it in "Olympic Games" and "International
        // Olympic Committee", almost never in a place's name.
        Recognize(text).Should().NotContain(m => m.Text == name);
    }

    [Theory]
    [InlineData("The former Olympic champion won in Madrid.", "Madrid")]
    [InlineData("She took Olympic gold in Athens in 2004.", "Athens")]
    [InlineData("Talks in Washington ended.", "Washington")]
    [InlineData("Officials in New York said so.", "New York")]
    [InlineData("Officials in Houston said so.", "Houston")]
    [InlineData("The plant near Austin closed.", "Austin")]
    [InlineData("Troops moved into Jordan on Monday.", "Jordan")]
    public void Recognize_PlaceNameAlsoUsedOtherwise_StaysListedWhenMostlyAPlace(string text, string name)
    {
        Recognize(text).Should().ContainSingle(m => m.Text == name).Which.Type.Should().Be(EntityType.Location);
    }

    [Fact]
    public void Recognize_AllCapsHeadline_StillMatches()
    {
        Recognize("TROOPS MASS ON UKRAINE BORDER").Should().ContainSingle(m => m.Text == "UKRAINE");
    }

    [Fact]
    public void Recognize_NameAcrossLineBreak_IsNotJoined()
    {
        Recognize("New\nZealand").Should().NotContain(m => m.Text.Contains('\n'));
    }

    [Fact]
    public void Default_IsLoadedFromEmbeddedResource()
    {
        Gazetteer.Default.Count.Should().BeGreaterThan(1000);
        Gazetteer.Default.MaxTokens.Should().BeGreaterThan(1);
    }

    [Fact]
    public void Read_CorruptStream_ThrowsInvalidData()
    {
        using var stream = new MemoryStream([1, 2, 3, 4, 5, 6, 7, 8]);
        var act = () => Gazetteer.Read(stream);
        act.Should().Throw<InvalidDataException>();
    }

    [Fact]
    public void WriteThenRead_RoundTripsEntries()
    {
        var original = Gazetteer.Build([new("Atlantis", new GazetteerEntry(EntityType.Location, "Atlantis")), new("Atlantean", new GazetteerEntry(EntityType.Nationality, "Atlantean"))]);
        using var stream = new MemoryStream();
        original.Write(stream);
        stream.Position = 0;
        var copy = Gazetteer.Read(stream);
        copy.TryGet("Atlantean", out var entry).Should().BeTrue();
        entry.Type.Should().Be(EntityType.Nationality);
        copy.Count.Should().Be(2);
    }
}
