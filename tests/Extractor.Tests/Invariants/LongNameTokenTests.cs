namespace Extractor.Tests.Invariants;

/// <summary>
/// A name glued to a megabyte of letters (text with no spaces), among many short mentions of the same name: the rules
/// that look for a known name at the start of a token must read such a token once, not once per prefix.
/// </summary>
public class LongNameTokenTests
{
    [Fact]
    public void Extract_NameGluedToAMegabyteOfLetters_ReturnsConsistentEntities()
    {
        string text = "Zelvorin reports. As Zelvorin" + new string('b', 1 << 20) + " reported."
            + string.Concat(Enumerable.Repeat(" Zelvorin said.", 1000));

        var result = NewsExtractor.Default.Extract(text);

        result.Entities.Should().OnlyContain(e => text.Substring(e.Span.Start, e.Span.Length) == e.Text);
        result.Entities.Count(e => e.Text == "Zelvorin").Should().BeGreaterThan(100);
    }
}
