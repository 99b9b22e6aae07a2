namespace Extractor.Tests.Invariants;

/// <summary>
/// A megabyte-long line of nothing but capitalized words: rules that read the capitalized run around a mention must
/// stop at a bounded window, or every mention costs the whole line (this input took 25 s for half a megabyte when
/// the merge walked the run to its end).
/// </summary>
public class LongCapitalizedLineTests
{
    [Fact]
    public void ExtractEntities_MegabyteOfCapitalizedWordsOnOneLine_ReturnsConsistentEntities()
    {
        string text = string.Concat(Enumerable.Repeat("Tories Lib Dems Labour Paris Berlin ", 28_000)) + "\nThe vote was held in Paris.";

        var entities = NewsExtractor.Default.ExtractEntities(text);

        entities.Should().OnlyContain(e => text.Substring(e.Span.Start, e.Span.Length) == e.Text);
        entities.Should().Contain(e => e.Text == "Paris" && e.Span.Start > text.Length - 10);
    }
}
