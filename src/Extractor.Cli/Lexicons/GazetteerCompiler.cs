using System.Text;
using Extractor.Entities;
using Extractor.Text;

namespace Extractor.Cli.Lexicons;

/// <summary>
/// Compiles <c>../shared/data/gazetteers</c> (countries, alternative spellings, capitals, regions, demonyms, GeoNames
/// cities) plus the hand-written supplement into the compact gazetteer embedded in the core package.
/// </summary>
/// <remarks>
/// GeoNames lists 171k places with no population, and many are also English words or first names ("Of", "Ada",
/// "Reading"). A city is kept when news text attests it as a place: annotated as GPE/LOC/FAC in the OntoNotes or
/// CoNLL training data, or written capitalized mid-sentence at least <see cref="MinCapitalizedMentions"/> times in the
/// unlabeled news text and not more often in lower case, and not also a person's name unless annotated as a place.
/// </remarks>
internal sealed class GazetteerCompiler
{
    private const int MinCapitalizedMentions = 3;
    private const int MaxCityTokens = 4;

    private readonly string _dataDirectory;
    private readonly TextWriter _log;

    public GazetteerCompiler(string dataDirectory, TextWriter log)
    {
        _dataDirectory = dataDirectory;
        _log = log;
    }

    public Gazetteer Compile(string supplementPath)
    {
        var names = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        AddCountries(names);
        AddLines(names, Path.Combine(_dataDirectory, "gazetteers", "country_names.txt"), EntityType.Location);
        foreach (string line in File.ReadLines(Path.Combine(_dataDirectory, "gazetteers", "demonyms.txt")))
        {
            foreach (string part in line.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                AddNationality(names, part);
            }
        }

        int before = names.Count;
        AddCities(names);
        _log.WriteLine($"cities and regions kept: {names.Count - before}");
        DropContradicted(names);
        AddSupplement(names, supplementPath);
        _log.WriteLine($"gazetteer names: {names.Count}");
        return Gazetteer.Build(names);
    }

    /// <summary>
    /// Fewest uses of a name standing alone in the labeled data from which they, rather than the source lists, say
    /// whether it names a place.
    /// </summary>
    private const int MinLabeledUses = 3;

    /// <summary>Fewest uses of a name anywhere in the labeled data (inside longer names too) that can outvote the source lists.</summary>
    private const int MinUsesAnywhere = 5;

    /// <summary>Countries' common names, kept whatever the labeled data says ("Jordan", "Chad").</summary>
    private readonly HashSet<string> _countries = new(StringComparer.Ordinal);

    /// <summary>
    /// Drops the place names (not the countries' common names, nor the nationalities) that the labeled training text
    /// uses mostly for something else: where the name stands alone at least <see cref="MinLabeledUses"/> times as an
    /// entity, unlabeled, or as part of a person's name, and fewer than half of those uses are places. A city named
    /// "David", "Jackson" or "Lincoln", a school named "Harvard" and Iceland's own name "Island" are mostly not places
    /// in English news; read as one, they override the model's person or organization. A name the labeled text uses
    /// at least <see cref="MinUsesAnywhere"/> times, inside longer names too, and less than a quarter of them in a
    /// place's name is dropped as well: the Hong Kong district "Olympic" is in "the Olympic Games" and "the
    /// International Olympic Committee", "Reserve" in "the Federal Reserve", while "York" stays by "New York".
    /// </summary>
    private void DropContradicted(Dictionary<string, GazetteerEntry> names)
    {
        var candidates = names.Where(n => n.Value.Type == EntityType.Location && !_countries.Contains(n.Key)).Select(n => n.Key).ToHashSet(StringComparer.Ordinal);
        var uses = LabeledUses(candidates, out var usesAnywhere);
        var dropped = new List<string>();
        foreach (var (name, (place, other)) in uses)
        {
            if (place + other >= MinLabeledUses && place * 2 < place + other)
            {
                names.Remove(name);
                dropped.Add(name);
            }
        }

        var droppedAnywhere = new List<string>();
        foreach (var (name, (all, place)) in usesAnywhere)
        {
            if (all >= MinUsesAnywhere && place * 4 < all && names.Remove(name))
            {
                droppedAnywhere.Add(name);
            }
        }

        droppedAnywhere.Sort(StringComparer.Ordinal);
        _log.WriteLine($"place names the labeled text rarely uses as (part of) a place, dropped: {droppedAnywhere.Count} ({string.Join(", ", droppedAnywhere)})");

        dropped.Sort(StringComparer.Ordinal);
        _log.WriteLine($"place names the labeled text mostly uses otherwise, dropped: {dropped.Count} ({string.Join(", ", dropped)})");
    }

    /// <summary>
    /// For each name, how often the labeled training text has it standing alone as a place (GPE, LOC, FAC) and as
    /// anything else: another entity type, no entity, or inside a person's name.
    /// </summary>
    private Dictionary<string, (int Place, int Other)> LabeledUses(HashSet<string> candidates, out Dictionary<string, (int All, int Place)> usesAnywhere)
    {
        var uses = new Dictionary<string, (int Place, int Other)>(StringComparer.Ordinal);
        var anywhereCounts = new Dictionary<string, (int All, int Place)>(StringComparer.Ordinal);
        usesAnywhere = anywhereCounts;
        var firstWords = candidates.Select(c => c.Split(' ')[0]).ToHashSet(StringComparer.Ordinal);
        void Read(string path, char separator, int tagColumn, Func<string, bool> isPlace, Func<string, bool> isPerson)
        {
            if (!File.Exists(path))
            {
                return;
            }

            var words = new List<string>();
            var tags = new List<string>();
            var key = new StringBuilder();
            foreach (string line in File.ReadLines(path).Append(string.Empty))
            {
                string[] parts = line.Split(separator);
                if (parts.Length > tagColumn && !line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
                {
                    words.Add(parts[0]);
                    tags.Add(parts[tagColumn]);
                    continue;
                }

                for (int i = 0; i < words.Count; i++)
                {
                    if (!firstWords.Contains(words[i]))
                    {
                        continue;
                    }

                    key.Clear();
                    for (int end = i; end < Math.Min(words.Count, i + MaxCityTokens); end++)
                    {
                        if (end > i)
                        {
                            key.Append(' ');
                        }

                        key.Append(words[end]);
                        string name = key.ToString();
                        if (!candidates.Contains(name))
                        {
                            continue;
                        }

                        string type = tags[i].Length > 2 ? tags[i][2..] : string.Empty;
                        bool exact = tags[i].StartsWith("B-", StringComparison.Ordinal)
                            && Enumerable.Range(i + 1, end - i).All(k => tags[k] == "I-" + type)
                            && (end + 1 >= words.Count || tags[end + 1] != "I-" + type);
                        bool outside = Enumerable.Range(i, end - i + 1).All(k => tags[k] == "O");
                        bool inPerson = Enumerable.Range(i, end - i + 1).Any(k => tags[k].Length > 2 && isPerson(tags[k][2..]));

                        // Every use, inside longer names too ("the International Olympic Committee", "New York"):
                        // whether it lies in a place's name.
                        bool inPlace = tags[i].Length > 2 && isPlace(type);
                        var (anywhere, anywherePlace) = anywhereCounts.GetValueOrDefault(name);
                        anywhereCounts[name] = (anywhere + 1, anywherePlace + (inPlace ? 1 : 0));
                        var (place, other) = uses.GetValueOrDefault(name);
                        if (exact && isPlace(type))
                        {
                            uses[name] = (place + 1, other);
                        }
                        else if (exact || outside || inPerson)
                        {
                            uses[name] = (place, other + 1);
                        }
                    }
                }

                words.Clear();
                tags.Clear();
            }
        }

        // OntoNotes only: CoNLL calls a sports team named after its city an organization ("Liverpool", "Barcelona"),
        // a convention of its sports pages, not a reason to doubt the city.
        Read(Path.Combine(_dataDirectory, "ner", "ontonotes5", "train.tsv"), '\t', 2, t => t is "GPE" or "LOC" or "FAC", t => t == "PERSON");
        return uses;
    }

    private void AddCountries(Dictionary<string, GazetteerEntry> names)
    {
        foreach (var row in ReadTsv(Path.Combine(_dataDirectory, "gazetteers", "countries.tsv")))
        {
            string common = row["name_common"];
            _countries.Add(common);
            Add(names, common, EntityType.Location, common);
            Add(names, row["name_official"], EntityType.Location, common);
            foreach (string alt in row["alt_spellings"].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                Add(names, alt, EntityType.Location, common);
            }

            foreach (string capital in row["capital"].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                Add(names, capital, EntityType.Location, capital);
            }

            Add(names, row["region"], EntityType.Location, row["region"]);
            Add(names, row["subregion"], EntityType.Location, row["subregion"]);
            AddNationality(names, row["demonym_m"]);
            AddNationality(names, row["demonym_f"]);
        }
    }

    private static void AddNationality(Dictionary<string, GazetteerEntry> names, string demonym)
    {
        if (!Add(names, demonym, EntityType.Nationality, demonym))
        {
            return;
        }

        // Plurals name the people: "Russians", "Pakistanis"; "-ese" and "-ish"/"-ch" forms have none.
        if (demonym.EndsWith("an", StringComparison.Ordinal) || demonym.EndsWith('i') || demonym.EndsWith("ot", StringComparison.Ordinal))
        {
            Add(names, demonym + "s", EntityType.Nationality, demonym);
        }
    }

    private static void AddLines(Dictionary<string, GazetteerEntry> names, string path, EntityType type)
    {
        foreach (string line in File.ReadLines(path))
        {
            Add(names, line.Trim(), type, line.Trim());
        }
    }

    private static void AddSupplement(Dictionary<string, GazetteerEntry> names, string path)
    {
        foreach (string line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] parts = line.Split('\t');
            var type = parts[1] == "NORP" ? EntityType.Nationality : EntityType.Location;
            string canonical = parts.Length > 2 && parts[2].Length > 0 ? parts[2] : parts[0];
            names[parts[0]] = new GazetteerEntry(type, canonical);
        }
    }

    /// <summary>Adds a name if it looks like one: starts with a capital, Latin script, no digits. Returns whether it was usable.</summary>
    private static bool Add(Dictionary<string, GazetteerEntry> names, string name, EntityType type, string canonical)
    {
        if (!IsUsableName(name))
        {
            return false;
        }

        names.TryAdd(name, new GazetteerEntry(type, IsUsableName(canonical) ? canonical : name));
        return true;
    }

    private static bool IsUsableName(string name)
    {
        if (name.Length < 2 || !char.IsUpper(name[0]))
        {
            return false;
        }

        foreach (char c in name)
        {
            if (char.IsDigit(c) || (char.IsLetter(c) && c > '\u024F'))
            {
                return false;
            }
        }

        return true;
    }

    private void AddCities(Dictionary<string, GazetteerEntry> names)
    {
        var candidates = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in ReadTsv(Path.Combine(_dataDirectory, "gazetteers", "cities_geonames.tsv")))
        {
            foreach (string name in new[] { row["name"], row["admin1"] })
            {
                if (IsUsableName(name) && name.Split(' ').Length <= MaxCityTokens)
                {
                    candidates.TryAdd(name, name);
                }
            }
        }

        var attested = GoldPlaceNames();
        var people = new HashSet<string>(File.ReadLines(Path.Combine(_dataDirectory, "gazetteers", "person_names_humannames.txt")), StringComparer.Ordinal);
        var (capitalized, lower) = CountMentions(candidates);
        foreach (string name in candidates.Keys)
        {
            int gold = attested.GetValueOrDefault(name);
            int caps = capitalized.GetValueOrDefault(name);
            int low = lower.GetValueOrDefault(name.ToLowerInvariant());
            bool keep = gold > 0
                ? low <= caps + gold
                : caps >= MinCapitalizedMentions && low <= caps && !people.Contains(name);
            if (keep && !names.ContainsKey(name))
            {
                names[name] = new GazetteerEntry(EntityType.Location, name);
            }
        }
    }

    /// <summary>Place names annotated in the labeled training sets, with their counts.</summary>
    private Dictionary<string, int> GoldPlaceNames()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        void Read(string path, char separator, int tagColumn, Func<string, bool> isPlace)
        {
            if (!File.Exists(path))
            {
                return;
            }

            var current = new StringBuilder();
            foreach (string line in File.ReadLines(path).Append(string.Empty))
            {
                string[] parts = line.Split(separator);
                string tag = parts.Length > tagColumn ? parts[tagColumn] : "O";
                bool inside = tag.StartsWith("I-", StringComparison.Ordinal) && isPlace(tag[2..]) && current.Length > 0;
                if (!inside && current.Length > 0)
                {
                    string name = current.ToString();
                    counts[name] = counts.GetValueOrDefault(name) + 1;
                    current.Clear();
                }

                if (tag.StartsWith("B-", StringComparison.Ordinal) && isPlace(tag[2..]))
                {
                    current.Append(parts[0]);
                }
                else if (inside)
                {
                    current.Append(' ').Append(parts[0]);
                }
            }
        }

        Read(Path.Combine(_dataDirectory, "ner", "ontonotes5", "train.tsv"), '\t', 2, t => t is "GPE" or "LOC" or "FAC");
        Read(Path.Combine(_dataDirectory, "ner", "conll2003", "train.txt"), ' ', 3, t => t == "LOC");
        return counts;
    }

    /// <summary>Counts mid-sentence capitalized mentions of candidate names, and lower-case uses of their words, in the unlabeled news text.</summary>
    private (Dictionary<string, int> Capitalized, Dictionary<string, int> Lower) CountMentions(Dictionary<string, string> candidates)
    {
        var capitalized = new Dictionary<string, int>(StringComparer.Ordinal);
        var lower = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = candidates.GetAlternateLookup<ReadOnlySpan<char>>();
        var lowerLookup = lower.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (string name in candidates.Keys)
        {
            lower.TryAdd(name.ToLowerInvariant(), 0);
        }

        var table = new TokenTable(4096);
        var key = new StringBuilder();
        int files = 0;
        foreach (string file in RawTextFiles())
        {
            string text = File.ReadAllText(file);
            Tokenizer.Tokenize(text, table);
            SentenceSplitter.Split(text, table);
            files++;
            for (int t = 0; t < table.Count; t++)
            {
                var token = text.AsSpan(table.Start(t), table.End(t) - table.Start(t));
                if (char.IsLower(token[0]))
                {
                    if (lowerLookup.TryGetValue(token, out int n))
                    {
                        lowerLookup[token] = n + 1;
                    }

                    continue;
                }

                if (!char.IsUpper(token[0]) || (table.Flag(t) & TokenFlags.SentenceStart) != 0)
                {
                    continue;
                }

                key.Clear();
                for (int end = t; end < Math.Min(table.Count, t + MaxCityTokens); end++)
                {
                    if (end > t)
                    {
                        key.Append(' ');
                    }

                    key.Append(text.AsSpan(table.Start(end), table.End(end) - table.Start(end)));
                    if (lookup.TryGetValue(key.ToString(), out string? name))
                    {
                        capitalized[name] = capitalized.GetValueOrDefault(name) + 1;
                    }
                }
            }
        }

        _log.WriteLine($"unlabeled news files read: {files}");
        return (capitalized, lower);
    }

    private IEnumerable<string> RawTextFiles()
    {
        string bbc = Path.Combine(_dataDirectory, "raw", "bbc");
        if (Directory.Exists(bbc))
        {
            foreach (string f in Directory.EnumerateFiles(bbc, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                yield return f;
            }
        }

        string polnear = Path.Combine(_dataDirectory, "quotes", "polnear");
        if (Directory.Exists(polnear))
        {
            foreach (string f in Directory.EnumerateFiles(polnear, "*.txt", SearchOption.AllDirectories).Where(f => f.Contains($"{Path.DirectorySeparatorChar}text{Path.DirectorySeparatorChar}", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                yield return f;
            }
        }
    }

    private static IEnumerable<Dictionary<string, string>> ReadTsv(string path)
    {
        string[]? header = null;
        foreach (string line in File.ReadLines(path))
        {
            string[] parts = line.Split('\t');
            if (header is null)
            {
                header = parts;
                continue;
            }

            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < header.Length; i++)
            {
                row[header[i]] = i < parts.Length ? parts[i] : string.Empty;
            }

            yield return row;
        }
    }
}
