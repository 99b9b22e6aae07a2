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
}
