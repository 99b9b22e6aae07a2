using System.Text;
using Extractor.Models;
using Extractor.Text;

namespace Extractor.Cli.Training;

/// <summary>
/// Learns <see cref="WordCaseProfile"/> from unlabeled running text (and the training sentences): how often each word is
/// written in lower case, capitalized or in capitals where case is free, i.e. not at a sentence start, not after a
/// quote or colon, and not in lines written entirely in capitals. The same text gives the word classes
/// (<see cref="WordClassBuilder"/>) stored with the profile.
/// </summary>
internal static class CaseProfileBuilder
{
    /// <summary>Builds the profile; <paramref name="classes"/> with 0 fine classes leaves the word classes out.</summary>
    public static WordCaseProfile Build(IEnumerable<NerSentence> sentences, IEnumerable<string> textFiles, WordClassOptions classes, TextWriter log)
    {
        var counts = new Dictionary<uint, (int Lower, int Capitalized, int Upper)>();
        var corpus = new List<uint[]>();
        long words = 0;
        foreach (var s in sentences)
        {
            words += Count(s.Text, s.Starts, s.Ends, counts);
            corpus.Add(Words(s.Text, s.Starts, s.Ends));
        }

        int files = 0;
        var table = new TokenTable(4096);
        foreach (string file in textFiles)
        {
            string text = File.ReadAllText(file, Encoding.UTF8);
            Tokenizer.Tokenize(text, table);
            SentenceSplitter.Split(text, table);
            var starts = table.Starts;
            var ends = table.Ends;
            for (int sentence = 0; sentence < table.SentenceCount; sentence++)
            {
                int first = table.SentenceStarts[sentence];
                int end = table.SentenceEnd(sentence);
                words += Count(text, starts[first..end], ends[first..end], counts);
                corpus.Add(Words(text, starts[first..end], ends[first..end]));
            }

            files++;
        }

        var wordClasses = classes.FineClasses > 0
            ? WordClassBuilder.Build(corpus, classes.FineClasses, classes.CoarseClasses, classes.MinCount, classes.Passes, log)
            : [];
        var profiles = new Dictionary<uint, byte>();
        foreach (var (key, (lower, capitalized, upper)) in counts)
        {
            int total = lower + capitalized + upper;
            if (total < 2)
            {
                continue;
            }

            profiles[key] = lower * 5 >= total * 4 ? WordCaseProfile.Lower
                : capitalized * 5 >= total * 4 ? WordCaseProfile.Capitalized
                : upper * 5 >= total * 4 ? WordCaseProfile.Upper
                : WordCaseProfile.Mixed;
        }

        var keys = new List<uint>();
        var values = new List<uint>();
        foreach (uint key in profiles.Keys.Union(wordClasses.Keys).Order())
        {
            var (fine, coarse) = wordClasses.TryGetValue(key, out var c) ? c : (-1, -1);
            keys.Add(key);
            values.Add(WordCaseProfile.Pack(profiles.GetValueOrDefault(key), fine, coarse));
        }

        log.WriteLine($"case profile: {profiles.Count:N0} words from {words:N0} running words ({files:N0} unlabeled files), {wordClasses.Count:N0} words with classes");
        return new WordCaseProfile(keys.ToArray(), values.ToArray());
    }

    private static uint[] Words(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends)
    {
        var words = new uint[starts.Length];
        for (int i = 0; i < words.Length; i++)
        {
            words[i] = FeatureHash.Word(text.AsSpan(starts[i], ends[i] - starts[i]));
        }

        return words;
    }

    private static long Count(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, Dictionary<uint, (int Lower, int Capitalized, int Upper)> counts)
    {
        int n = starts.Length;
        int upperTokens = 0, letterTokens = 0;
        for (int i = 0; i < n; i++)
        {
            var token = text.AsSpan(starts[i], ends[i] - starts[i]);
            if (token.Length > 0 && char.IsLetter(token[0]))
            {
                letterTokens++;
                if (!HasLower(token))
                {
                    upperTokens++;
                }
            }
        }

        if (letterTokens == 0 || upperTokens * 2 > letterTokens)
        {
            return 0;
        }

        long counted = 0;
        for (int i = 1; i < n; i++)
        {
            var token = text.AsSpan(starts[i], ends[i] - starts[i]);
            var before = text.AsSpan(starts[i - 1], ends[i - 1] - starts[i - 1]);
            if (token.Length == 0 || !char.IsLetter(token[0]) || (before.Length == 1 && (CharClass.IsQuoteMark(before[0]) || before[0] is ':' or '(' or '-' or '.')))
            {
                continue;
            }

            uint key = FeatureHash.Word(token);
            var c = counts.GetValueOrDefault(key);
            if (char.IsLower(token[0]))
            {
                c.Lower++;
            }
            else if (token.Length > 1 && !HasLower(token))
            {
                c.Upper++;
            }
            else
            {
                c.Capitalized++;
            }

            counts[key] = c;
            counted++;
        }

        return counted;
    }

    private static bool HasLower(ReadOnlySpan<char> token)
    {
        foreach (char c in token)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }
}
