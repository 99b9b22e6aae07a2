using Extractor.Entities;
using Extractor.Pipeline;

namespace Extractor.Tests.Entities;

public class MentionMergerPrecedenceTests
{
    private static EntityMention Mention(int start, int end, EntityType type, EntityOrigin origin, float score) =>
        new(start, end, start * 10, end * 10, type, origin, score);

    [Fact]
    public void Merge_DoubtfulModelPersonCoveredByGazetteerPlace_KeepsThePlace()
    {
        var model = new List<EntityMention> { Mention(3, 4, EntityType.Person, EntityOrigin.Model, 0.28f) };
        var gazetteer = new List<EntityMention> { Mention(3, 4, EntityType.Location, EntityOrigin.Gazetteer, 0.9f) };
        var merged = MentionMerger.Merge(model, gazetteer, []);
        merged.Should().ContainSingle().Which.Type.Should().Be(EntityType.Location);
    }

    [Fact]
    public void Merge_ConfidentModelPerson_BeatsGazetteerPlace()
    {
        var model = new List<EntityMention> { Mention(3, 5, EntityType.Person, EntityOrigin.Model, 0.9f) };
        var gazetteer = new List<EntityMention> { Mention(3, 4, EntityType.Location, EntityOrigin.Gazetteer, 0.9f) };
        MentionMerger.Merge(model, gazetteer, []).Should().ContainSingle().Which.Type.Should().Be(EntityType.Person);
    }

    [Fact]
    public void Merge_DoubtfulModelPersonLongerThanGazetteerPlace_KeepsThePerson()
    {
        // "Georgia Smith": the place covers only part of the person, so the model's reading stands.
        var model = new List<EntityMention> { Mention(3, 5, EntityType.Person, EntityOrigin.Model, 0.3f) };
        var gazetteer = new List<EntityMention> { Mention(3, 4, EntityType.Location, EntityOrigin.Gazetteer, 0.9f) };
        MentionMerger.Merge(model, gazetteer, []).Should().ContainSingle().Which.Type.Should().Be(EntityType.Person);
    }

    [Fact]
    public void Merge_ModelDate_IsLeftToTheTemporalRules()
    {
        var model = new List<EntityMention> { Mention(1, 2, EntityType.Date, EntityOrigin.Model, 0.9f) };
        MentionMerger.Merge(model, [], []).Should().BeEmpty();
    }

    [Fact]
    public void Merge_ConfidentUnreportedName_HoldsItsCharactersAndIsNotOutput()
    {
        // "the North Atlantic Treaty": a law name holds "North" and "Atlantic" against the gazetteer.
        var unreported = new List<EntityMention> { Mention(2, 6, EntityType.Miscellaneous, EntityOrigin.Model, 0.8f) };
        var gazetteer = new List<EntityMention>
        {
            Mention(3, 4, EntityType.Location, EntityOrigin.Gazetteer, 0.9f),
            Mention(4, 5, EntityType.Location, EntityOrigin.Gazetteer, 0.9f),
            Mention(8, 9, EntityType.Location, EntityOrigin.Gazetteer, 0.9f),
        };
        var merged = MentionMerger.Merge([], gazetteer, [], unreported: unreported);
        merged.Should().ContainSingle().Which.StartToken.Should().Be(8);
    }

    [Fact]
    public void Merge_UnreportedNameOverDate_LeavesTheDate()
    {
        var unreported = new List<EntityMention> { Mention(2, 6, EntityType.Miscellaneous, EntityOrigin.Model, 0.8f) };
        var temporal = new List<EntityMention> { Mention(3, 5, EntityType.Date, EntityOrigin.Rule, 1f) };
        MentionMerger.Merge([], [], temporal, unreported: unreported).Should().ContainSingle().Which.Type.Should().Be(EntityType.Date);
    }

    /// <summary>A mention over the first occurrence of <paramref name="name"/> in <paramref name="text"/>.</summary>
    private static EntityMention At(string text, string name, EntityType type, EntityOrigin origin, float score)
    {
        int start = text.IndexOf(name, StringComparison.Ordinal);
        return new EntityMention(0, 1, start, start + name.Length, type, origin, score);
    }

    [Theory]
    [InlineData("Stag's Leap Wine Cellars in Napa Valley announced a price.", "Napa Valley", "Valley", 0.44f, "Napa Valley")]
    [InlineData("It lies at the edge of the Taipei Basin, on the river.", "the Taipei Basin", "Taipei", 0.46f, "the Taipei Basin")]
    [InlineData("Officials say Bush left for Camp David on Friday.", "Camp David", "David", 0.42f, "Camp David")]
    [InlineData("The Papua-New Guinea government urged its Parliament to act.", "Papua-New Guinea", "Guinea", 0.23f, null)]
    [InlineData("Trading was muted for All Saints' Day across Europe.", "All Saints", "Saints", 0.23f, null)]
    [InlineData("Trade between the Greek Cypriot side and the EU resumed.", "Greek Cypriot", "Cypriot", 0.22f, "Cypriot")]
    [InlineData("Cheap labor in Guangdong province drew investors.", "Guangdong province", "Guangdong", 0.43f, "Guangdong")]
    public void Merge_DoubtfulModelNameAroundGazetteerPlace_KeepsTheLongerNameOnlyWithACapitalizedWordOfItsOwn(
        string text, string modelName, string placeName, float score, string? expected)
    {
        var model = new List<EntityMention> { At(text, modelName, EntityType.Location, EntityOrigin.Model, score) };
        var gazetteer = new List<EntityMention> { At(text, placeName, EntityType.Location, EntityOrigin.Gazetteer, 0.9f) };
        if (modelName == "Greek Cypriot")
        {
            gazetteer.Insert(0, At(text, "Greek", EntityType.Nationality, EntityOrigin.Gazetteer, 0.85f));
        }

        var merged = MentionMerger.Merge(model, gazetteer, [], text).Select(m => text[m.Start..m.End]).ToList();
        if (expected is null)
        {
            merged.Should().BeEmpty("a name the model scores under 0.3 only keeps the place inside it from being read");
        }
        else
        {
            merged.Should().Contain(expected).And.NotContain(n => n != expected && n != "Greek");
        }
    }

    [Fact]
    public void Merge_DoubtfulPersonNamedNowhereElse_IsNotReportedButHoldsItsCharacters()
    {
        // "B Lima (Samoa)" in a team sheet, read as a person at 0.2: no person is reported, and no place inside it.
        const string text = "Reserves: B Lima (Samoa), E Taukafa (Tonga).";
        var model = new List<EntityMention> { At(text, "B Lima", EntityType.Person, EntityOrigin.Model, 0.2f) };
        var gazetteer = new List<EntityMention> { At(text, "Lima", EntityType.Location, EntityOrigin.Gazetteer, 0.9f) };
        MentionMerger.Merge(model, gazetteer, [], text).Should().BeEmpty();
    }

    [Fact]
    public void Merge_DoubtfulPersonCoveredByGazetteerPlace_GivesThePlace()
    {
        const string text = "Authorities in Kiev say troops have gathered.";
        var model = new List<EntityMention> { At(text, "Kiev", EntityType.Person, EntityOrigin.Model, 0.2f) };
        var gazetteer = new List<EntityMention> { At(text, "Kiev", EntityType.Location, EntityOrigin.Gazetteer, 0.9f) };
        MentionMerger.Merge(model, gazetteer, [], text).Should().ContainSingle().Which.Type.Should().Be(EntityType.Location);
    }

    [Fact]
    public void Merge_DoubtfulPersonSharingAWordWithAConfidentPerson_IsKept()
    {
        const float score = 0.23f;
        const string text = "Donald Tusk said NATO must stay united. Tusk spoke in Warsaw.";
        int second = text.LastIndexOf("Tusk", StringComparison.Ordinal);
        var model = new List<EntityMention>
        {
            At(text, "Donald Tusk", EntityType.Person, EntityOrigin.Model, 0.84f),
            new(0, 1, second, second + 4, EntityType.Person, EntityOrigin.Model, score),
        };
        MentionMerger.Merge(model, [], [], text).Should().Contain(m => m.Start == second && m.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("Watch TVN24 live on TVN24 GO", "TVN24", 0.1f, false)]
    [InlineData("Watch TVN24 live on TVN24 GO", "TVN24", 0.3f, true)]
    public void Merge_PersonAloneInTheDocument_IsReportedFromTheDoubtfulScore(string text, string name, float score, bool kept)
    {
        var model = new List<EntityMention> { At(text, name, EntityType.Person, EntityOrigin.Model, score) };
        MentionMerger.Merge(model, [], [], text).Any().Should().Be(kept);
    }

    [Fact]
    public void Merge_DoubtfulPersonAroundADate_StillKeepsTheDateOut()
    {
        // "April Ryan" read as a person at 0.25, with no other April Ryan in the text: the month is still not a date.
        const string text = "Reporter April Ryan asked about the budget.";
        var model = new List<EntityMention> { At(text, "April Ryan", EntityType.Person, EntityOrigin.Model, 0.25f) };
        var temporal = new List<EntityMention> { At(text, "April", EntityType.Date, EntityOrigin.Rule, 0.95f) };
        MentionMerger.Merge(model, [], temporal, text).Should().ContainSingle().Which.Type.Should().Be(EntityType.Person);
    }

    [Theory]
    [InlineData("The broader Tokyo Stock Price Index sank 45.66, or 1.7%, to 2600.88.", "Tokyo", false)]
    [InlineData("West Texas Intermediate crude for December delivery rose 13 cents a barrel.", "Texas", false)]
    [InlineData("Prices in Tokyo rose sharply on Monday.", "Tokyo", true)]
    [InlineData("Western leaders were not wild about the accord.", "Western", true)]
    [InlineData("Putin Warns West Over Ukraine Border Build-Up", "Ukraine", true)]
    [InlineData("TROOPS MASS ON UKRAINE BORDER AS TALKS STALL", "UKRAINE", true)]
    [InlineData("Reserves: B Reihana (New Zealand), S Africa and Fiji.", "Africa", true)]
    public void Merge_GazetteerNameTheModelDidNotSee_IsDroppedOnlyWhenGluedToACapitalizedWordInProse(string text, string name, bool kept)
    {
        var gazetteer = new List<EntityMention> { At(text, name, EntityType.Location, EntityOrigin.Gazetteer, 0.9f) };
        MentionMerger.Merge([], gazetteer, [], text).Any().Should().Be(kept);
    }
}
