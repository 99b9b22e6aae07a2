using Extractor.Cli.Training;

namespace Extractor.Tests.Models;

public sealed class ExchangeClustererTests
{
    /// <summary>Two kinds of word in fixed slots: days always follow "on", names always follow "said".</summary>
    private static List<uint[]> Corpus()
    {
        string[] days = ["monday", "tuesday", "friday", "sunday"];
        string[] names = ["smith", "jones", "brown", "taylor"];
        var sentences = new List<uint[]>();
        for (int i = 0; i < 40; i++)
        {
            string day = days[i % days.Length];
            string name = names[(i * 3) % names.Length];
            sentences.Add(Words($"the talks ended on {day} said {name} to reporters"));
            sentences.Add(Words($"on {day} the minister met {name} again"));
        }

        return sentences;
    }

    private static uint[] Words(string text) => text.Split(' ').Select(w => Extractor.Models.FeatureHash.Word(w)).ToArray();

    private static uint Key(string word) => Extractor.Models.FeatureHash.Word(word);

    [Fact]
    public void Build_WordsInTheSameContexts_ShareAClass()
    {
        var classes = WordClassBuilder.Build(Corpus(), fineClasses: 6, coarseClasses: 2, minCount: 3, passes: 6, TextWriter.Null);

        classes[Key("monday")].Fine.Should().Be(classes[Key("friday")].Fine);
        classes[Key("smith")].Fine.Should().Be(classes[Key("taylor")].Fine);
        classes[Key("monday")].Fine.Should().NotBe(classes[Key("smith")].Fine);
    }

    [Fact]
    public void Build_SameInputTwice_GivesTheSameClasses()
    {
        var first = WordClassBuilder.Build(Corpus(), 6, 2, 3, 4, TextWriter.Null);
        var second = WordClassBuilder.Build(Corpus(), 6, 2, 3, 4, TextWriter.Null);

        second.Should().BeEquivalentTo(first);
    }

    [Fact]
    public void Build_RareWord_GetsNoClass()
    {
        var corpus = Corpus();
        corpus.Add(Words("zanzibar"));

        var classes = WordClassBuilder.Build(corpus, 6, 2, 3, 4, TextWriter.Null);

        classes.Should().NotContainKey(Key("zanzibar"));
        classes.Values.Should().OnlyContain(c => c.Fine >= 0 && c.Fine < 6 && c.Coarse >= 0 && c.Coarse < 2);
    }

    [Fact]
    public void Cluster_MoveThatRaisesLikelihood_IsTaken()
    {
        // Items 0 and 1 both precede item 2 only; item 3 precedes item 4 only. With two classes, 0 and 1 end together.
        var bigrams = new List<(int, int, int)> { (0, 2, 10), (1, 2, 10), (3, 4, 10), (2, 3, 5), (4, 0, 5), (4, 1, 5) };

        int[] cls = new ExchangeClusterer(5, bigrams).Cluster(2, 5, TextWriter.Null, "test");

        cls[0].Should().Be(cls[1]);
    }
}
