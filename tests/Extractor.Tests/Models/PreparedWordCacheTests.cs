using Extractor.Models;
using Extractor.Pipeline;

namespace Extractor.Tests.Models;

public sealed class PreparedWordCacheTests
{
    private static EntityModel Model => EntityModel.LoadDefault() ?? throw new InvalidOperationException("The assembly carries no entity model.");

    [Theory]
    [InlineData("NATO Secretary General Jens Stoltenberg said the alliance would not be intimidated. Stoltenberg said NATO was united.")]
    [InlineData("RUSSIA MASSES TROOPS ON UKRAINE BORDER. Russia masses troops on the Ukraine border, US officials say.")]
    [InlineData("\"We will respond,\" Budanov said. “We will,” he said, ‘again’ — on 3 March 2022 and 4 March 2023.")]
    [InlineData("The Pneumonoultramicroscopicsilicovolcanoconiosisandsomemoreletters Institute said the Pneumonoultramicroscopicsilicovolcanoconiosisandsomemoreletters case was closed.")]
    [InlineData("Его зовут Иван 🙂 and Иван said no. ИВАН SAID NO.")]
    [InlineData("apple Apple APPLE apple's Apple's")]
    public void Prepare_WithCache_GivesExactlyTheFeaturesOfThePlainPath(string text)
    {
        var model = Model;
        var tokens = AnalyzedDocument.Create(text, ExtractionOptions.Default).Tokens;
        var cache = new PreparedWordCache();

        // Twice through: the second pass reads the words the first one cached.
        for (int pass = 0; pass < 2; pass++)
        {
            for (int s = 0; s < tokens.SentenceCount; s++)
            {
                int first = tokens.SentenceStarts[s];
                int n = tokens.SentenceEnd(s) - first;
                var starts = tokens.Starts.Slice(first, n);
                var ends = tokens.Ends.Slice(first, n);
                var plain = new TokenFeatures[n];
                var cached = new TokenFeatures[n];
                bool plainCaps = FeatureExtractor.Prepare(text, starts, ends, model.Lexicon, model.CaseProfile, plain, new uint[n], new uint[n]);
                bool cachedCaps = FeatureExtractor.Prepare(text, starts, ends, model.Lexicon, model.CaseProfile, cached, new uint[n], new uint[n], null, cache);

                cachedCaps.Should().Be(plainCaps);
                cached.Should().Equal(plain, $"sentence {s} of \"{text}\", pass {pass}");
            }
        }

        cache.Count.Should().BeGreaterThan(0);
    }

    [Fact]
    public void Prepare_MoreDistinctWordsThanTheCacheHolds_GivesExactlyTheFeaturesOfThePlainPath()
    {
        var model = Model;
        var words = Enumerable.Range(0, PreparedWordCache.Capacity + 300).Select(i => i % 5 == 0 ? "the" : $"Word{i:x}").ToArray();
        string text = string.Join(" ", words.Take(200)) + ". " + string.Join(" ", words) + ". " + string.Join(" ", words.Reverse()) + ".";
        var cache = PrepareEverySentenceBothWays(model, text);
    }

    [Fact]
    public void Prepare_ManySentencesPastTheCacheWithRecurringWords_KeepsTheRecurringWordsAndGivesExactlyTheFeaturesOfThePlainPath()
    {
        var model = Model;
        string text = WordScoreCacheTests.RecurringWordsText(PreparedWordCache.Capacity * 3);
        var cache = PrepareEverySentenceBothWays(model, text);

        cache.Find("Kyiv", FeatureHash.Exact("Kyiv"), out _).Should().NotBe(PreparedWordCache.Missing, "a recurring word outlives the cache's clean-ups");
        cache.Find("Made1", FeatureHash.Exact("Made1"), out _).Should().Be(PreparedWordCache.Missing);
    }

    [Fact]
    public void Find_AnotherCaseProfile_StartsOver()
    {
        var model = Model;
        var cache = new PreparedWordCache();
        string text = "Stoltenberg said";
        var features = new TokenFeatures[2];
        FeatureExtractor.Prepare(text, [0, 12], [11, 16], model.Lexicon, model.CaseProfile, features, new uint[2], new uint[2], null, cache);
        cache.Count.Should().Be(2);
        cache.Find("said", FeatureHash.Exact("said"), out _).Should().NotBe(PreparedWordCache.Missing);

        cache.Begin(WordCaseProfile.Empty, model.Lexicon, 1);

        cache.Count.Should().Be(0);
        cache.Find("said", FeatureHash.Exact("said"), out _).Should().Be(PreparedWordCache.Missing);
    }

    /// <summary>Prepares each sentence of <paramref name="text"/> with and without one cache, asserting the same features; returns the cache.</summary>
    private static PreparedWordCache PrepareEverySentenceBothWays(EntityModel model, string text)
    {
        var tokens = AnalyzedDocument.Create(text, ExtractionOptions.Default).Tokens;
        var cache = new PreparedWordCache();
        for (int s = 0; s < tokens.SentenceCount; s++)
        {
            int first = tokens.SentenceStarts[s];
            int n = tokens.SentenceEnd(s) - first;
            var plain = new TokenFeatures[n];
            var cached = new TokenFeatures[n];
            FeatureExtractor.Prepare(text, tokens.Starts.Slice(first, n), tokens.Ends.Slice(first, n), model.Lexicon, model.CaseProfile, plain, new uint[n], new uint[n]);
            FeatureExtractor.Prepare(text, tokens.Starts.Slice(first, n), tokens.Ends.Slice(first, n), model.Lexicon, model.CaseProfile, cached, new uint[n], new uint[n], null, cache);
            cached.Should().Equal(plain);
            cache.Count.Should().BeLessThanOrEqualTo(PreparedWordCache.Capacity);
        }

        return cache;
    }
}
