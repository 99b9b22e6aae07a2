using Extractor.Entities;
using Extractor.Pipeline;

namespace Extractor.Tests.Models;

public sealed class MentionMergerTests
{
    private static EntityMention M(int start, int end, EntityType type, EntityOrigin origin, float score = 1f) =>
        new(start, end, start, end, type, origin, score);

    [Fact]
    public void Merge_TemporalRuleOverlapsModelDate_KeepsTheRule()
    {
        var merged = MentionMerger.Merge([M(0, 8, EntityType.Date, EntityOrigin.Model, 0.95f)], [], [M(0, 12, EntityType.Date, EntityOrigin.Rule)]);

        merged.Should().ContainSingle().Which.Origin.Should().Be(EntityOrigin.Rule);
    }

    [Fact]
    public void Merge_ConfidentPersonContainsRuleDate_KeepsThePerson()
    {
        // "Theresa May": the rules may read "May" as a month.
        var merged = MentionMerger.Merge([M(0, 11, EntityType.Person, EntityOrigin.Model, 0.36f)], [], [M(8, 11, EntityType.Date, EntityOrigin.Rule)]);

        merged.Should().ContainSingle().Which.Type.Should().Be(EntityType.Person);
    }

    [Fact]
    public void Merge_DoubtfulOrganizationContainsRuleDate_KeepsTheRule()
    {
        var merged = MentionMerger.Merge([M(0, 12, EntityType.Organization, EntityOrigin.Model, 0.3f)], [], [M(0, 7, EntityType.Date, EntityOrigin.Rule)]);

        merged.Should().ContainSingle().Which.Type.Should().Be(EntityType.Date);
    }

    [Fact]
    public void Merge_ModelOrganizationOverlapsGazetteerPlace_KeepsTheModel()
    {
        // "The Washington Post" against the gazetteer's "Washington".
        var merged = MentionMerger.Merge([M(0, 19, EntityType.Organization, EntityOrigin.Model, 0.4f)], [M(4, 14, EntityType.Location, EntityOrigin.Gazetteer)], []);

        merged.Should().ContainSingle().Which.Type.Should().Be(EntityType.Organization);
    }

    [Fact]
    public void Merge_DoubtfulModelSpanOverlapsGazetteerPlace_KeepsTheGazetteer()
    {
        var merged = MentionMerger.Merge([M(0, 12, EntityType.Nationality, EntityOrigin.Model, 0.3f)], [M(0, 6, EntityType.Location, EntityOrigin.Gazetteer)], []);

        merged.Should().ContainSingle().Which.Origin.Should().Be(EntityOrigin.Gazetteer);
    }

    [Fact]
    public void Merge_ConfidentModelPlaceOverlapsGazetteer_KeepsTheModel()
    {
        var merged = MentionMerger.Merge([M(0, 12, EntityType.Location, EntityOrigin.Model, 0.7f)], [M(0, 6, EntityType.Location, EntityOrigin.Gazetteer)], []);

        merged.Should().ContainSingle().Which.Origin.Should().Be(EntityOrigin.Model);
    }

    [Fact]
    public void Merge_DisjointCandidates_KeepsAllInTextOrder()
    {
        var merged = MentionMerger.Merge(
            [M(20, 25, EntityType.Person, EntityOrigin.Model)],
            [M(0, 5, EntityType.Location, EntityOrigin.Gazetteer)],
            [M(10, 15, EntityType.Date, EntityOrigin.Rule)]);

        merged.Select(m => m.Start).Should().Equal(0, 10, 20);
    }

    [Theory]
    [InlineData("The Baltic States agreed.", 0, 17, 4, 0.4f, EntityOrigin.Gazetteer)]
    [InlineData("Baltic States agreed.", 0, 13, 0, 0.4f, EntityOrigin.Gazetteer)]
    [InlineData("The Baltic States agreed.", 0, 17, 4, 0.6f, EntityOrigin.Model)]
    [InlineData("The Baltic States agreed.", 0, 17, 4, 0.9f, EntityOrigin.Model)]
    [InlineData("Air France agreed.", 0, 10, 4, 0.5f, EntityOrigin.Model)]
    public void Merge_DoubtfulModelOrganizationIsGazetteerPlace_KeepsThePlace(string text, int start, int end, int placeStart, float score, EntityOrigin expected)
    {
        var merged = MentionMerger.Merge(
            [M(start, end, EntityType.Organization, EntityOrigin.Model, score)], [M(placeStart, end, EntityType.Location, EntityOrigin.Gazetteer)], [], text);

        merged.Should().ContainSingle().Which.Origin.Should().Be(expected);
    }

    [Theory]
    [InlineData(EntityType.Location, 0.2f, false)]
    [InlineData(EntityType.Nationality, 0.25f, false)]
    [InlineData(EntityType.Location, 0.35f, true)]
    [InlineData(EntityType.Person, 0.2f, true)]
    [InlineData(EntityType.Organization, 0.2f, true)]
    public void Merge_DoubtfulModelPlaceNoGazetteerConfirms_IsDroppedButPeopleAndBodiesStay(EntityType type, float score, bool kept)
    {
        var merged = MentionMerger.Merge([M(0, 8, type, EntityOrigin.Model, score)], [], []);
        merged.Should().HaveCount(kept ? 1 : 0);
    }

    [Theory]
    [InlineData("Fighting in the Donbass Region continued.", "Donbass Region", 0.44f, EntityType.Location)]
    [InlineData("Fighting in the Kherson Oblast continued.", "Kherson Oblast", 0.3f, EntityType.Location)]
    [InlineData("Fighting in the Donbass Region continued.", "Donbass Region", 0.8f, EntityType.Organization)]
    [InlineData("The Donbass Council met on Monday.", "Donbass Council", 0.44f, EntityType.Organization)]
    public void Merge_DoubtfulOrganizationThatIsAPlaceAndAnAreaWord_IsAPlace(string text, string name, float score, EntityType expected)
    {
        int start = text.IndexOf(name, StringComparison.Ordinal);
        int place = name.IndexOf(' ', StringComparison.Ordinal);
        var merged = MentionMerger.Merge(
            [M(start, start + name.Length, EntityType.Organization, EntityOrigin.Model, score)],
            [M(start, start + place, EntityType.Location, EntityOrigin.Gazetteer)], [], text);

        merged.Should().ContainSingle().Which.Should().Match<EntityMention>(m => m.Type == expected && m.End == start + name.Length);
    }

    [Fact]
    public void Merge_NoCandidates_ReturnsEmpty()
    {
        MentionMerger.Merge([], [], []).Should().BeEmpty();
    }
}
