using Extractor.Models;
using Extractor.Pipeline;
using Extractor.Text;

namespace Extractor.Tests.Models;

public sealed class WordScoreCacheTests
{
    private static readonly string[] Sentences =
    [
        "NATO Secretary General Jens Stoltenberg said the alliance would not be intimidated.",
        "Kyrylo Budanov, the head of Ukraine's military intelligence, told Ukrinform on Friday that Russia was regrouping.",
        "European Commission President Ursula von der Leyen arrived in Kiev on Monday.",
        "\"We will respond,\" Budanov said, adding that the talks in Geneva had failed.",
        "RUSSIA MASSES TROOPS ON UKRAINE BORDER, US OFFICIALS SAY",
        "Stoltenberg said the alliance was united.",
        "Hello",
        "Mr Smith",
        "The Pneumonoultramicroscopicsilicovolcanoconiosis Research Institute, founded in 1996 by Dr. Ann O'Neil, said on 3 March 2022 that the the the results were final.",
        "Его зовут Иван 🙂 and he said “no” — twice.",
    ];

    private static EntityModel Model => EntityModel.LoadDefault() ?? throw new InvalidOperationException("The assembly carries no entity model.");

    /// <summary>The default model's features of <paramref name="text"/>, tokenized as the pipeline does.</summary>
    private static (EntityModel Model, TokenTable Tokens, TokenFeatures[] Features, bool Caps) Prepare(string text)
    {
        var model = Model;
        var tokens = AnalyzedDocument.Create(text, ExtractionOptions.Default).Tokens;
        int n = tokens.Count;
        var features = new TokenFeatures[n];
        bool caps = FeatureExtractor.Prepare(text, tokens.Starts, tokens.Ends, model.Lexicon, model.CaseProfile, features, new uint[n], new uint[n]);
        return (model, tokens, features, caps);
    }

    public static TheoryData<string> SentenceData()
    {
        var data = new TheoryData<string>();
        foreach (string s in Sentences)
        {
            data.Add(s);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SentenceData))]
    public void Contextual_PlusWordLocalOfNeighbours_IsExactlyStatic(string text)
    {
        var (model, tokens, features, caps) = Prepare(text);
        int n = tokens.Count;
        var keys = new uint[FeatureExtractor.MaxStatic];
        int reach = FeatureExtractor.WordLocalReach;
        for (int i = 0; i < n; i++)
        {
            var expected = keys.AsSpan(0, FeatureExtractor.Static(features, i, caps, keys)).ToArray();
            var split = new List<uint>(keys.AsSpan(0, FeatureExtractor.Contextual(features, i, caps, keys)).ToArray());
            for (int d = -reach; d <= reach; d++)
            {
                var token = i + d >= 0 && i + d < n ? features[i + d] : FeatureExtractor.Outside(d);
                split.AddRange(keys.AsSpan(0, FeatureExtractor.WordLocal(token, caps, d, keys)).ToArray());
            }

            split.Should().BeEquivalentTo(expected, $"token {i} of \"{text}\" has the same features either way");
        }
    }

    [Theory]
    [MemberData(nameof(SentenceData))]
    public void WordLocal_SameWordInAnotherContext_GivesTheSameKeys(string text)
    {
        // The cache keys entries by the token text alone: word-local keys may not read context (lexicon, runs, position).
        var (model, tokens, features, caps) = Prepare(text);
        int n = tokens.Count;
        var keys = new uint[FeatureExtractor.MaxStatic];
        for (int i = 0; i < n; i++)
        {
            string alone = text[tokens.Start(i)..tokens.End(i)];
            var single = new TokenFeatures[1];
            FeatureExtractor.Prepare(alone, [0], [alone.Length], model.Lexicon, model.CaseProfile, single, new uint[1], new uint[1]);
            for (int d = -FeatureExtractor.WordLocalReach; d <= FeatureExtractor.WordLocalReach; d++)
            {
                var inContext = keys.AsSpan(0, FeatureExtractor.WordLocal(features[i], caps, d, keys)).ToArray();
                var isolated = keys.AsSpan(0, FeatureExtractor.WordLocal(single[0], caps, d, keys)).ToArray();
                isolated.Should().Equal(inContext, $"\"{alone}\" at offset {d}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(SentenceData))]
    public void WordLocal_AtANeighbourOffset_GivesAtMostMaxNeighbourKeys(string text)
    {
        // The cache keeps that many rows per word and offset.
        var (model, tokens, features, caps) = Prepare(text);
        int n = tokens.Count;
        var keys = new uint[FeatureExtractor.MaxStatic];
        foreach (int d in new[] { -2, -1, 1, 2 })
        {
            FeatureExtractor.WordLocal(FeatureExtractor.Outside(d), caps, d, keys).Should().BeInRange(1, FeatureExtractor.MaxNeighbourKeys);
            for (int i = 0; i < n; i++)
            {
                FeatureExtractor.WordLocal(features[i], caps, d, keys).Should().BeInRange(1, FeatureExtractor.MaxNeighbourKeys);
            }
        }
    }

    [Fact]
    public void Decode_WithCache_GivesExactlyTheScoresOfThePlainPath()
    {
        string text = string.Join(" ", Sentences) + "\n\n" + File.ReadAllText(FindSample());
        var cached = new DecodeScratch();
        var plain = new DecodeScratch { UseWordCache = false };

        // Twice through: the second pass reads words cached by the first.
        for (int pass = 0; pass < 2; pass++)
        {
            CompareSentences(text, cached, plain);
        }
    }

    [Fact]
    public void Decode_MoreDistinctWordsThanTheCacheHolds_GivesExactlyTheScoresOfThePlainPath()
    {
        // Made-up words, a few sentences longer than the whole cache: it starts over, and words past it are probed.
        var words = Enumerable.Range(0, WordScoreCache.Capacity + 500).Select(i => i % 7 == 0 ? "the" : $"Word{i:x}").ToArray();
        string text = string.Join(" ", words.Take(300)) + ". " + string.Join(" ", words) + ". " + string.Join(" ", words.Reverse()) + ".";
        CompareSentences(text, new DecodeScratch(), new DecodeScratch { UseWordCache = false });
    }

    [Fact]
    public void Decode_ManySentencesPastTheCacheWithRecurringWords_KeepsTheRecurringWordsAndGivesExactlyTheScoresOfThePlainPath()
    {
        // Sentences of recurring words and new made-up ones, three times as many distinct words as the cache holds:
        // the cache fills up several times, keeps the recurring words (moved to new entries) and forgets the rest.
        string text = RecurringWordsText(WordScoreCache.Capacity * 3);
        var cached = new DecodeScratch();
        CompareSentences(text, cached, new DecodeScratch { UseWordCache = false });
        cached.WordCache!.Count.Should().BeLessThanOrEqualTo(WordScoreCache.Capacity);
        cached.PreparedWords!.Find("Stoltenberg", FeatureHash.Exact("Stoltenberg"), out _).Should().NotBe(PreparedWordCache.Missing);
    }

    /// <summary>Sentences of recurring words ("the", "Stoltenberg", …) and <paramref name="newWords"/> made-up ones.</summary>
    internal static string RecurringWordsText(int newWords)
    {
        string[] recurring = ["the", "said", "Stoltenberg", "NATO", "of", "in", "Kyiv", "on", "Monday", "\"", ","];
        var builder = new System.Text.StringBuilder();
        int next = 0;
        for (int sentence = 0; next < newWords; sentence++)
        {
            for (int t = 0; t < 24; t++)
            {
                builder.Append((t + sentence) % 3 == 0 ? $"Made{next++:x}" : recurring[(t * 7 + sentence) % recurring.Length]).Append(' ');
            }

            builder.Append(sentence % 5 == 0 ? "!\n" : ". ");
        }

        return builder.ToString();
    }

    [Fact]
    public void Recognize_FromSeveralThreadsAtOnce_FindsWhatOneThreadFinds()
    {
        var model = Model;
        var texts = Sentences.Select((s, i) => string.Join(" ", Sentences.Skip(i)) + " " + s).ToArray();
        var expected = texts.Select(t => Mentions(model, t)).ToArray();

        var results = new List<EntityMention>[texts.Length * 8];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => results[i] = Mentions(model, texts[i % texts.Length]));

        for (int i = 0; i < results.Length; i++)
        {
            results[i].Should().Equal(expected[i % texts.Length]);
        }
    }

    private static List<EntityMention> Mentions(EntityModel model, string text)
    {
        var mentions = new List<EntityMention>();
        model.Recognize(AnalyzedDocument.Create(text, ExtractionOptions.Default), mentions);
        return mentions;
    }

    private static void CompareSentences(string text, DecodeScratch cached, DecodeScratch plain)
    {
        var model = Model;
        var tokens = AnalyzedDocument.Create(text, ExtractionOptions.Default).Tokens;
        int compared = 0;
        for (int s = 0; s < tokens.SentenceCount; s++)
        {
            int first = tokens.SentenceStarts[s];
            int n = tokens.SentenceEnd(s) - first;
            if (n == 0)
            {
                continue;
            }

            var starts = tokens.Starts.Slice(first, n);
            var ends = tokens.Ends.Slice(first, n);
            model.Decode(text, starts, ends, cached);
            model.Decode(text, starts, ends, plain);
            int length = n * model.ClassCount;
            cached.Emissions.AsSpan(0, length).ToArray().Should().Equal(plain.Emissions.AsSpan(0, length).ToArray());
            cached.Classes.AsSpan(0, n).ToArray().Should().Equal(plain.Classes.AsSpan(0, n).ToArray());
            cached.Probabilities.AsSpan(0, n).ToArray().Should().Equal(plain.Probabilities.AsSpan(0, n).ToArray());
            compared++;
        }

        compared.Should().BeGreaterThan(1);
    }

    private static string FindSample()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string path = Path.Combine(dir.FullName, "samples", "article.txt");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException("samples/article.txt not found above the test directory.");
    }
}
