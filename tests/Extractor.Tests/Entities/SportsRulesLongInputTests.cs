namespace Extractor.Tests.Entities;

/// <summary>
/// A megabyte-long line that gives every rule of this pass something to read at every word (officers, nationality
/// nouns, scorers, judges' titles, competitions): each rule reads a bounded window around a word, so this stays linear.
/// </summary>
public class SportsRulesLongInputTests
{
    [Fact]
    public void ExtractEntities_MegabyteOfSignsForEveryRule_ReturnsConsistentEntities()
    {
        string text = string.Concat(Enumerable.Repeat("Petofi general manager Acme chief executive Spaniard Scots Henry 2, Terry 17, Mr Justice Eady the Six Nations Carling Cup ", 8_500))
            + "\nMr Justice Eady said the Spaniard had won.";

        var entities = NewsExtractor.Default.ExtractEntities(text);

        entities.Should().OnlyContain(e => text.Substring(e.Span.Start, e.Span.Length) == e.Text);
        entities.Should().Contain(e => e.Text == "Eady" && e.Type == EntityType.Person && e.Span.Start > text.Length - 40);
    }
}
