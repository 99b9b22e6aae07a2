using System.Text;

namespace Extractor.Tests.Api;

/// <summary>Whatever the input, the full pipeline returns a result whose every span indexes the input exactly.</summary>
public class ExtractInvariantTests
{
    public static TheoryData<string> HostileInputs()
    {
        var data = new TheoryData<string>
        {
            "\0",
            "\uD800",
            "\uDC00 lone low surrogate",
            "Talks in Riga \uD83D\uDE00 ended \uD83C\uDDFA\uD83C\uDDE6 today.",
            "“",
            "\"Unbalanced quote, he said. And then Riga.",
            "” closing first “ then opening",
            "«Nested “quotes” inside» said Ivan.",
            "Москва и Киев. Moscow and Kiev said “Привет”.",
            "العربية Riga 中文 Brussels",
            "e\u0301\u0301\u0301 combining marks",
            "\u202Eright-to-left override Riga",
            "a\u200Db\u200Cc zero width",
            new string('"', 5000),
            new string('x', 100_000),
            string.Concat(Enumerable.Repeat("NATO ", 20_000)),
            "He said: \u2018well\u2019 and \u2019twas the night\u2019s end.",
            "...",
            "-- -- --",
            "\r\n\r\n\r\n",
            "Mr. Mrs. Dr. U.S. Jan. Feb.",
            "http://example.com/a?b=c \"quoted\" e-mail@example.org #hashtag",
        };
        return data;
    }

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void Extract_HostileInput_ReturnsConsistentSpans(string text)
    {
        var result = NewsExtractor.Default.Extract(text, new ExtractionOptions { ReferenceDate = new DateOnly(2021, 12, 2) });
        AssertConsistent(text, result);
    }

    [Fact]
    public void Extract_RandomStrings_NeverThrowAndKeepSpansConsistent()
    {
        var random = new Random(20211202);
        const string alphabet = "aZ .,;:!?'\"“”‘’«»„-–—()[]\n\r\t0123456789RigaNATOsaid\u00E9\u0416\uD83D\uDE00\uD800";
        for (int n = 0; n < 300; n++)
        {
            var builder = new StringBuilder();
            int length = random.Next(0, 400);
            for (int i = 0; i < length; i++)
            {
                builder.Append(alphabet[random.Next(alphabet.Length)]);
            }

            string text = builder.ToString();
            AssertConsistent(text, NewsExtractor.Default.Extract(text));
        }
    }

    [Fact]
    public void Extract_ConcurrentCalls_GiveTheSameResultAsSequentialOnes()
    {
        string text = File.ReadAllText(Path.Combine(Support.SharedData.RepositoryRoot(), "samples", "article.txt"));
        var expected = Describe(NewsExtractor.Default.Extract(text));
        var results = new string[16];
        Parallel.For(0, results.Length, i => results[i] = Describe(NewsExtractor.Default.Extract(text)));
        results.Should().AllBe(expected);
    }

    private static string Describe(ExtractionResult result) =>
        string.Join("|", result.Entities.Select(e => $"{e.Span}{e.Type}{e.Canonical}{e.Value}"))
        + "#" + string.Join("|", result.Quotes.Select(q => $"{q.Span}{q.Kind}{q.Speaker?.Canonical}"));

    private static void AssertConsistent(string text, ExtractionResult result)
    {
        result.Text.Should().BeSameAs(text);
        int previousEnd = 0;
        foreach (var entity in result.Entities)
        {
            entity.Span.Start.Should().BeGreaterThanOrEqualTo(previousEnd, "entities never overlap and come in order");
            entity.Span.End.Should().BeLessThanOrEqualTo(text.Length);
            text.Substring(entity.Span.Start, entity.Span.Length).Should().Be(entity.Text);
            entity.Canonical.Should().NotBeNullOrEmpty();
            previousEnd = entity.Span.End;
        }

        foreach (var quote in result.Quotes)
        {
            quote.Span.End.Should().BeLessThanOrEqualTo(text.Length);
            text.Substring(quote.Span.Start, quote.Span.Length).Should().Be(quote.Text);
            if (quote.Speaker is { } speaker)
            {
                text.Substring(speaker.Span.Start, speaker.Span.Length).Should().Be(speaker.Text);
            }
        }

        foreach (var token in result.Tokens)
        {
            token.Span.End.Should().BeLessThanOrEqualTo(text.Length);
        }
    }
}
