using Extractor.Entities;
using Extractor.Pipeline;
using Extractor.Tests.Support;

namespace Extractor.Tests.Entities;

/// <summary>A noun for a person or people of a nation ("the Spaniard", "two Britons") is a nationality.</summary>
public class NationalityNounRuleTests
{
    private static List<(string Text, EntityType Type)> Apply(string text, params (string Text, EntityType Type)[] found)
    {
        var document = AnalyzedDocument.Create(text, ExtractionOptions.Default);
        var mentions = MentionsFromText.Build(document, found);
        NationalityNounRule.Apply(document, mentions);
        return mentions.Select(m => (text[m.Start..m.End], m.Type)).ToList();
    }

    [Theory]
    [InlineData("The Spaniard then donated his prize money to relief efforts.", "Spaniard", EntityType.Organization)]
    [InlineData("The Scots had won their previous three matches.", "Scots", EntityType.Organization)]
    [InlineData("Henman became the first Briton to reach the final.", "Briton", EntityType.Person)]
    public void Apply_NounReadAsAnotherType_IsANationality(string text, string noun, EntityType type)
    {
        Apply(text, (noun, type)).Should().Equal((noun, EntityType.Nationality));
    }

    [Theory]
    [InlineData("Two million Britons now shop online every week.", "Britons")]
    [InlineData("The Dutchman had been the favourite all week.", "Dutchman")]
    [InlineData("Only two Czechs made the squad.", "Czechs")]
    public void Apply_NounNothingHolds_IsAdded(string text, string noun)
    {
        Apply(text).Should().Equal((noun, EntityType.Nationality));
    }

    [Theory]
    [InlineData("He served in the Scots Guards for ten years.")]
    [InlineData("The club moved to Briton Ferry in 1990.")]
    [InlineData("Dane Coles scored twice for the Hurricanes.")]
    [InlineData("The Brits has a long history of celebrating pop.")]
    [InlineData("The Scotsman reported the story on Monday.")]
    public void Apply_NounInsideANameOrAmbiguousWord_IsNotAdded(string text)
    {
        Apply(text).Should().BeEmpty();
    }

    [Fact]
    public void Apply_LongerNameHoldingTheNoun_StaysAsItIs()
    {
        const string text = "He joined the Scots Guards in 1990.";
        Apply(text, ("Scots Guards", EntityType.Organization)).Should().Equal(("Scots Guards", EntityType.Organization));
    }

    [Theory]
    [InlineData("Swede Lena Holm beat the favourite in the final.", "Swede Lena Holm", "Lena Holm")]
    [InlineData("Frenchman Paul Girard won the stage.", "Frenchman Paul Girard", "Paul Girard")]
    public void Apply_NounOpeningAPersonsName_IsSplitOff(string text, string read, string person)
    {
        Apply(text, (read, EntityType.Person)).Should().Equal((read.Split(' ')[0], EntityType.Nationality), (person, EntityType.Person));
    }

    [Fact]
    public void Apply_NounBeforeAPersonNothingHolds_IsAdded()
    {
        Apply("Spaniard Carlos Ruiz beat the Swede in three sets.", ("Carlos Ruiz", EntityType.Person))
            .Should().Equal(("Spaniard", EntityType.Nationality), ("Carlos Ruiz", EntityType.Person), ("Swede", EntityType.Nationality));
    }

    [Theory]
    [InlineData("Kiwis are rich in vitamin C, doctors say.", "Kiwis")]
    [InlineData("Poles were put up along the road by the engineers.", "Poles")]
    public void ExtractEntities_CommonNounOpeningASentence_IsNotANationality(string text, string word)
    {
        NewsExtractor.Default.ExtractEntities(text).Should().NotContain(e => e.Text == word && e.Type == EntityType.Nationality);
    }
}
