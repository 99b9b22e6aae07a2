using Extractor.Models;
using Extractor.Text;

namespace Extractor.Cli.Training;

/// <summary>
/// Compiles the shared gazetteers (person names, countries, cities, demonyms) into the hashed
/// <see cref="PhraseLexicon"/> that travels inside the model file. Entries are tokenized with the runtime tokenizer so
/// that they match what recognition sees. Single words that the training text mostly writes in lower case ("will",
/// "mobile", "reading") are left out: as names they would only teach the model that the list is unreliable.
/// </summary>
internal static class GazetteerLexiconBuilder
{
    public static PhraseLexicon Build(string directory, IEnumerable<NerSentence> trainingText, TextWriter log)
    {
        var common = CommonLowerCaseWords(trainingText);
        var entries = new Dictionary<uint, ushort>();
        int[] counts = new int[PhraseLexicon.KindCount];

        void Add(string phrase, int kind)
        {
            phrase = phrase.Trim();
            if (phrase.Length < 2 || !char.IsUpper(phrase[0]))
            {
                return;
            }

            var table = new TokenTable(8);
            Tokenizer.Tokenize(phrase, table);
            if (table.Count is 0 or > 8)
            {
                return;
            }

            if (table.Count == 1 && kind is PhraseLexicon.PersonName or PhraseLexicon.City && common.Contains(phrase.ToLowerInvariant()))
            {
                return;
            }

            uint h = 0;
            for (int i = 0; i < table.Count; i++)
            {
                h = PhraseLexicon.Extend(h, FeatureHash.Word(phrase.AsSpan(table.Start(i), table.End(i) - table.Start(i))));
                ushort bit = i == table.Count - 1 ? PhraseLexicon.FullBit(kind) : PhraseLexicon.PrefixBit(kind);
                entries[h] = (ushort)(entries.GetValueOrDefault(h) | bit);
            }

            counts[kind]++;
        }

        string Path(string name) => System.IO.Path.Combine(directory, name);

        foreach (string name in File.ReadLines(Path("person_names_humannames.txt")))
        {
            Add(name, PhraseLexicon.PersonName);
        }

        foreach (string line in File.ReadLines(Path("countries.tsv")).Skip(1))
        {
            string[] f = line.Split('\t');
            if (f.Length < 8)
            {
                continue;
            }

            Add(f[2], PhraseLexicon.Country);
            Add(f[3], PhraseLexicon.Country);
            foreach (string alt in f[4].Split('|'))
            {
                Add(alt, PhraseLexicon.Country);
            }

            foreach (string demonym in new[] { f[5], f[6] })
            {
                Add(demonym, PhraseLexicon.Demonym);
                Add(Plural(demonym), PhraseLexicon.Demonym);
            }

            Add(f[7], PhraseLexicon.City);
        }

        foreach (string name in File.ReadLines(Path("country_names.txt")))
        {
            Add(name, PhraseLexicon.Country);
        }

        foreach (string name in File.ReadLines(Path("demonyms.txt")))
        {
            Add(name, PhraseLexicon.Demonym);
            Add(Plural(name), PhraseLexicon.Demonym);
        }

        foreach (string line in File.ReadLines(Path("cities_geonames.tsv")).Skip(1))
        {
            int tab = line.IndexOf('\t');
            Add(tab < 0 ? line : line[..tab], PhraseLexicon.City);
        }

        log.WriteLine($"lexicon: {counts[0]} person names, {counts[1]} country names, {counts[2]} cities, {counts[3]} demonyms -> {entries.Count} keys ({common.Count} common lower-case words excluded)");
        return new PhraseLexicon(entries.Keys.ToArray(), entries.Values.ToArray());
    }

    private static string Plural(string demonym) =>
        demonym.EndsWith('s') || demonym.EndsWith("sh", StringComparison.Ordinal) || demonym.EndsWith("ch", StringComparison.Ordinal) || demonym.EndsWith("ese", StringComparison.Ordinal)
            ? demonym
            : demonym + "s";

    /// <summary>Words seen at least three times in lower case, away from the start of a sentence, more often than capitalized.</summary>
    private static HashSet<string> CommonLowerCaseWords(IEnumerable<NerSentence> sentences)
    {
        var lower = new Dictionary<string, int>(StringComparer.Ordinal);
        var upper = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            for (int i = 1; i < s.Count; i++)
            {
                string word = s.Text[s.Starts[i]..s.Ends[i]];
                if (word.Length < 2 || !char.IsLetter(word[0]))
                {
                    continue;
                }

                string key = word.ToLowerInvariant();
                var counts = char.IsLower(word[0]) ? lower : upper;
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        return lower.Where(p => p.Value >= 3 && p.Value > upper.GetValueOrDefault(p.Key)).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
    }
}
