namespace Extractor.Tests.Api;

/// <summary>
/// ExtractEntities runs on a token table and caches reused by the thread; what it returns must not depend on what the
/// thread read before, and must be what Extract reports.
/// </summary>
public sealed class ExtractEntitiesReuseTests
{
    private static readonly string[] Texts =
    [
        "NATO Secretary General Jens Stoltenberg said on Tuesday the alliance would not be intimidated. Stoltenberg spoke in Brussels.",
        "\"We will respond,\" Kyrylo Budanov told Military Times on 3 March 2022, adding that Russia was regrouping near Kharkiv.",
        "European Commission President Ursula von der Leyen arrived in Kiev on Monday.",
        "RUSSIA MASSES TROOPS ON UKRAINE BORDER, US OFFICIALS SAY",
        "",
        "no names here at all, just words.",
    ];

    public static TheoryData<int> TextIndexes()
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < Texts.Length; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TextIndexes))]
    public void ExtractEntities_AfterALongerText_EqualsTheEntitiesOfExtract(int index)
    {
        var extractor = NewsExtractor.Default;
        string text = Texts[index];
        var expected = extractor.Extract(text).Entities;

        extractor.ExtractEntities(string.Join("\n\n", Texts.Reverse()) + "\n\n" + string.Join("\n\n", Texts));
        var entities = extractor.ExtractEntities(text);

        entities.Should().Equal(expected);
    }

    [Fact]
    public void ExtractEntities_FromSeveralThreadsAtOnce_EqualsOneThread()
    {
        var extractor = NewsExtractor.Default;
        var expected = Texts.Select(t => extractor.Extract(t).Entities).ToArray();
        var results = new IReadOnlyList<Entity>[Texts.Length * 20];

        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => results[i] = extractor.ExtractEntities(Texts[i % Texts.Length]));

        for (int i = 0; i < results.Length; i++)
        {
            results[i].Should().Equal(expected[i % Texts.Length]);
        }
    }

    [Fact]
    public void ExtractEntities_Texts_FindsTheNamesInThem()
    {
        var entities = NewsExtractor.Default.ExtractEntities(Texts[0]);

        entities.Should().Contain(e => e.Text == "Jens Stoltenberg" && e.Type == EntityType.Person);
        entities.Should().Contain(e => e.Text == "Brussels");
        NewsExtractor.Default.ExtractEntities(Texts[5]).Should().BeEmpty();
    }
}
