namespace Extractor.Tests.Dates;

public sealed class TimelineBuilderTests
{
    [Fact]
    public void Timeline_OrdersByResolvedValue_CoarserAndEarlierFirst()
    {
        const string text = "The end of January is likely, officials said. In January 2022 troops may move. "
            + "On January 15, 2022 talks will resume. Last week they met. Now they wait. Recently tension grew. "
            + "The crisis has lasted three years.";

        var result = NewsExtractor.Default.Extract(text, new ExtractionOptions { ReferenceDate = new DateOnly(2021, 12, 2) });
        var order = result.Timeline.Select(t => t.Expression.Text).ToArray();

        order.Should().Equal("Last week", "Recently", "Now", "January 2022", "January 15, 2022", "The end of January", "three years");
    }

    [Fact]
    public void Timeline_Entry_KnowsItsSentenceAndQuotes()
    {
        const string text = "He arrived on Monday. \"We are ready,\" he said on Tuesday.";

        var result = NewsExtractor.Default.Extract(text, new ExtractionOptions { ReferenceDate = new DateOnly(2021, 12, 2) });

        result.Timeline.Should().HaveCount(2);
        result.Timeline[0].Expression.Text.Should().Be("Monday");
        result.Timeline[0].SentenceIndex.Should().Be(0);
        result.Timeline[1].SentenceIndex.Should().Be(1);
        foreach (int q in result.Timeline[1].QuoteIndexes)
        {
            result.Quotes[q].SentenceIndex.Should().Be(1);
        }
    }
}
