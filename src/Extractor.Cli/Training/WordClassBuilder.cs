using System.Diagnostics;

namespace Extractor.Cli.Training;

/// <summary>
/// Learns two levels of word classes from unlabeled running text with <see cref="ExchangeClusterer"/>: fine classes
/// over the folded words seen at least a minimum number of times, then coarse classes over the fine ones (clustered
/// by their class bigram counts). Words that share contexts share classes ("Monday"/"Tuesday", "Reuters"/"AP"), so
/// the model generalizes from names and context words it saw in training to ones it only saw in unlabeled text.
/// </summary>
internal static class WordClassBuilder
{
    /// <summary>Word hash → (fine class, coarse class), both from 0.</summary>
    public static Dictionary<uint, (int Fine, int Coarse)> Build(IReadOnlyList<uint[]> sentences, int fineClasses, int coarseClasses, int minCount, int passes, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var counts = new Dictionary<uint, int>();
        long tokens = 0;
        foreach (var s in sentences)
        {
            foreach (uint w in s)
            {
                counts[w] = counts.GetValueOrDefault(w) + 1;
            }

            tokens += s.Length;
        }

        // Items by decreasing count (ties by key, for determinism); every rarer word is one item, after them.
        var vocabulary = counts.Where(p => p.Value >= minCount).OrderByDescending(p => p.Value).ThenBy(p => p.Key).Select(p => p.Key).ToArray();
        var ids = new Dictionary<uint, int>(vocabulary.Length);
        for (int i = 0; i < vocabulary.Length; i++)
        {
            ids[vocabulary[i]] = i;
        }

        int rare = vocabulary.Length;
        var pairs = new Dictionary<long, int>();
        foreach (var s in sentences)
        {
            for (int i = 1; i < s.Length; i++)
            {
                long key = ((long)ids.GetValueOrDefault(s[i - 1], rare) << 32) | (uint)ids.GetValueOrDefault(s[i], rare);
                pairs[key] = pairs.GetValueOrDefault(key) + 1;
            }
        }

        var bigrams = pairs.OrderBy(p => p.Key).Select(p => ((int)(p.Key >> 32), (int)(p.Key & 0xFFFFFFFF), p.Value)).ToList();
        log.WriteLine($"word classes: {vocabulary.Length:N0} words seen {minCount}+ times in {tokens:N0} tokens, {bigrams.Count:N0} distinct bigrams, {clock.Elapsed.TotalSeconds:F1}s");
        var words = new ExchangeClusterer(rare + 1, bigrams);
        int[] fine = words.Cluster(fineClasses, passes, log, $"{fineClasses} classes");
        var classes = new ExchangeClusterer(fineClasses, words.ClassBigrams(fine, fineClasses));
        int[] coarse = classes.Cluster(coarseClasses, passes * 2, log, $"{coarseClasses} coarse classes");
        var result = new Dictionary<uint, (int, int)>(vocabulary.Length);
        for (int i = 0; i < vocabulary.Length; i++)
        {
            result[vocabulary[i]] = (fine[i], coarse[fine[i]]);
        }

        log.WriteLine($"word classes: done in {clock.Elapsed.TotalSeconds:F1}s");
        return result;
    }
}
