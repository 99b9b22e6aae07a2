using Extractor.Entities;
using Extractor.Models;
using Extractor.Pipeline;

namespace Extractor.Tests.Entities;

/// <summary>A one-word name the document already gave as an entity is found again where it stands alone.</summary>
public class RepeatedNameRuleTests
{
    private static readonly WordCaseProfile CaseProfile = EntityModel.LoadDefault()!.CaseProfile;

    private static List<(string Text, EntityType Type)> Apply(string text, string first, EntityType type)
    {
        var document = AnalyzedDocument.Create(text, ExtractionOptions.Default);
        int start = text.IndexOf(first, StringComparison.Ordinal);
        int token = Enumerable.Range(0, document.Tokens.Count).First(t => document.Tokens.Start(t) == start);
        var mentions = new List<EntityMention> { new(token, token + 1, start, start + first.Length, type, EntityOrigin.Model, 0.4f) };
        RepeatedNameRule.Apply(document, mentions, CaseProfile);
        return mentions.Select(m => (text[m.Start..m.End], m.Type)).ToList();
    }

    [Fact]
    public void Apply_UnknownNameRepeatedAlone_IsFoundAgainWithItsType()
    {
        var found = Apply("Zelvorin reports the attack.\n\nAs Zelvorin reported earlier, the ministry denied it.", "Zelvorin", EntityType.Organization);
        found.Should().Equal(("Zelvorin", EntityType.Organization), ("Zelvorin", EntityType.Organization));
    }

    [Fact]
    public void Apply_NameInsideALongerCapitalizedName_IsNotCutOut()
    {
        var found = Apply("Zelvorin reports the attack. The Zelvorin News Agency said so.", "Zelvorin", EntityType.Organization);
        found.Should().ContainSingle();
    }

    [Fact]
    public void Apply_WordThatNewsWritesOften_IsNotPropagated()
    {
        // "Apple" is a word the unlabeled news knows; whether a later "Apple" is the company is the model's call.
        var found = Apply("Apple reported record sales. Apple pie was served at the launch.", "Apple", EntityType.Organization);
        found.Should().ContainSingle();
    }

    [Fact]
    public void ExtractEntities_SecondMentionOfARareName_KeepsTheType()
    {
        const string text = "The minister gave the interview to a Polish broadcaster, Ukrinform reports.\n\nAs Ukrinform reported earlier, the ministry denied the claims.";
        NewsExtractor.Default.ExtractEntities(text).Where(e => e.Text == "Ukrinform").Should().HaveCount(2).And.OnlyContain(e => e.Type == EntityType.Organization);
    }
}
