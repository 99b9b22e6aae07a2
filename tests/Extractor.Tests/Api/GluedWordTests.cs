namespace Extractor.Tests.Api;

/// <summary>
/// Scraped news loses spaces between a name and the next word ("Jens Stoltenbergaccusing the Kremlin"); the name is
/// cut free when the document names it elsewhere, and nothing else is cut.
/// </summary>
public class GluedWordTests
{
    [Theory]
    [InlineData("NATO chief Jens Stoltenberg spoke in Brussels. Later Jens Stoltenbergaccusing the Kremlin of lying, repeated the warning.", "Jens Stoltenberg", EntityType.Person)]
    [InlineData("Troops massed near Ukraine on Monday. Talks with UkraineAllies believe Moscow is bluffing, officials said.", "Ukraine", EntityType.Location)]
    public void ExtractEntities_NameGluedToTheNextWord_IsCutAtTheName(string text, string name, EntityType type)
    {
        var entities = NewsExtractor.Default.ExtractEntities(text);
        int glued = text.LastIndexOf(name, StringComparison.Ordinal);
        entities.Should().Contain(e => e.Span.Start == glued && e.Text == name && e.Type == type);
        entities.Should().NotContain(e => e.Text.StartsWith(name, StringComparison.Ordinal) && e.Text.Length > name.Length);
    }

    [Theory]
    [InlineData("John Smith met Boris Johnson in London. John said Johnson was late.", "Johnson")]
    [InlineData("Jack Nicholson met Michael Jackson in Los Angeles. Jack later praised Jackson.", "Jackson")]
    public void ExtractEntities_KnownNameThatStartsLikeAnother_IsNotCut(string text, string name)
    {
        var entities = NewsExtractor.Default.ExtractEntities(text);
        int last = text.LastIndexOf(name, StringComparison.Ordinal);
        entities.Should().Contain(e => e.Span.Start == last && e.Text == name);
    }
}
