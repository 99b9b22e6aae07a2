using Extractor.Entities;
using Extractor.Pipeline;

namespace Extractor.Tests.Entities;

public class NameParticleRuleTests
{
    private static List<EntityMention> Apply(string text, params (string Text, EntityType Type)[] found)
    {
        var document = AnalyzedDocument.Create(text, ExtractionOptions.Default);
        var mentions = new List<EntityMention>();
        foreach (var (mention, type) in found)
        {
            int start = text.IndexOf(mention, StringComparison.Ordinal);
            int end = start + mention.Length;
            int first = Enumerable.Range(0, document.Tokens.Count).First(t => document.Tokens.Start(t) == start);
            int last = Enumerable.Range(0, document.Tokens.Count).First(t => document.Tokens.End(t) == end);
            mentions.Add(new EntityMention(first, last + 1, start, end, type, EntityOrigin.Model, 0.5f));
        }

        NameParticleRule.Apply(document, mentions);
        return mentions;
    }

    [Fact]
    public void Apply_GivenNameInsidePrecedingOrganization_MovesToThePerson()
    {
        const string text = "He met the President of the European Commission Ursula von der Leyen in Riga.";
        var result = Apply(text, ("European Commission Ursula", EntityType.Organization), ("Leyen", EntityType.Person));
        result.Select(m => (text[m.Start..m.End], m.Type)).Should().Equal(
            ("European Commission", EntityType.Organization), ("Ursula von der Leyen", EntityType.Person));
    }

    [Fact]
    public void Apply_FreeGivenName_IsJoined()
    {
        const string text = "The general Charles de Gaulle spoke.";
        var result = Apply(text, ("Gaulle", EntityType.Person));
        result.Should().ContainSingle().Which.Start.Should().Be(text.IndexOf("Charles", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("He said de Gaulle spoke.", "Gaulle")]
    [InlineData("Reports from 2021 van Dijk said so.", "Dijk")]
    public void Apply_NoCapitalizedNameBeforeParticles_LeavesMentionAlone(string text, string person)
    {
        var result = Apply(text, (person, EntityType.Person));
        text[result[0].Start..result[0].End].Should().Be(person);
    }
}
