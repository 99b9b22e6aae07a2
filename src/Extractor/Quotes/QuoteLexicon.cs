using System.Reflection;
using Extractor.Internal;

namespace Extractor.Quotes;

/// <summary>
/// The cue verbs and word classes the quote finder and resolver read text with, loaded once from the embedded
/// <c>quote-cues.txt</c>, <c>quote-words.txt</c> and <c>resolution-nouns.txt</c>. Lookups take spans and never allocate.
/// </summary>
internal sealed class QuoteLexicon
{
    private static readonly Lazy<QuoteLexicon> DefaultInstance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SpanDictionary<CueTags> _cues;
    private readonly SpanDictionary<WordTags> _words;
    private readonly SpanSet _placeHeads;
    private readonly SpanSet _workNouns;
    private readonly SpanSet _pastForms;

    private readonly int _maxLength;
    private readonly SpanDictionary<uint> _combined;

    public QuoteLexicon(SpanDictionary<CueTags> cues, SpanDictionary<WordTags> words, SpanSet placeHeads, SpanSet? workNouns = null, SpanSet? pastForms = null)
    {
        _pastForms = pastForms ?? new SpanSet(Array.Empty<string>());
        _cues = cues;
        _words = words;
        _placeHeads = placeHeads;
        _workNouns = workNouns ?? new SpanSet(Array.Empty<string>());
        // one table for both classes, so classifying a token costs one lookup
        _combined = new SpanDictionary<uint>(ignoreCase: true, capacity: cues.Count + words.Count);
        foreach (var pair in cues.Pairs)
        {
            _maxLength = Math.Max(_maxLength, pair.Key.Length);
            _combined.TryGetValue(pair.Key, out uint both);
            _combined.Set(pair.Key, both | (uint)pair.Value);
        }

        foreach (var pair in words.Pairs)
        {
            _maxLength = Math.Max(_maxLength, pair.Key.Length);
            _combined.TryGetValue(pair.Key, out uint both);
            _combined.Set(pair.Key, both | ((uint)pair.Value << 8));
        }
    }

    public static QuoteLexicon Default => DefaultInstance.Value;

    /// <summary>The tags of cue word <paramref name="word"/>; cues are lower-case words ("States" is no cue).</summary>
    public CueTags Cue(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || !_cues.TryGetValue(word, out var tags))
        {
            return CueTags.None;
        }

        // capitalized, only "According to" opens a sentence as a cue; "States" or "Post" are names
        return char.IsLower(word[0]) ? tags : tags & CueTags.According;
    }

    /// <summary>The word classes of <paramref name="word"/>, compared without case.</summary>
    public WordTags Word(ReadOnlySpan<char> word) => _words.TryGetValue(word, out var tags) ? tags : WordTags.None;

    /// <summary>
    /// Both classes of <paramref name="word"/> with at most two lookups, skipping words longer than any entry: the
    /// phrase reader classifies every token once with this.
    /// </summary>
    public void Classify(ReadOnlySpan<char> word, out CueTags cue, out WordTags tags)
    {
        cue = CueTags.None;
        tags = WordTags.None;
        if (word.Length > _maxLength)
        {
            return;
        }

        if (!_combined.TryGetValue(word, out uint both))
        {
            return;
        }

        cue = (CueTags)(both & 0xFF);
        if (!char.IsLower(word[0]))
        {
            cue &= CueTags.According;
        }

        tags = (WordTags)(both >> 8);
    }

    /// <summary>Whether a capitalized word ends place names ("Region", "Street").</summary>
    public bool IsPlaceHead(ReadOnlySpan<char> word) => _placeHeads.Contains(word);

    /// <summary>Whether a word names a work whose title follows it in quotes ("book", "film", "titled").</summary>
    public bool IsWorkNoun(ReadOnlySpan<char> word) => _workNouns.Contains(word);

    /// <summary>Whether a lower-case word is an irregular past-tense verb ("rose", "fell", "grew"): a clause's verb after its subject.</summary>
    public bool IsIrregularPast(ReadOnlySpan<char> word) => _pastForms.Contains(word);

    private static QuoteLexicon Load()
    {
        var cues = new SpanDictionary<CueTags>(ignoreCase: true, capacity: 512);
        foreach (var (word, tags) in Lines("quote-cues.txt"))
        {
            var value = CueTags.None;
            foreach (var tag in tags)
            {
                value |= tag switch
                {
                    "speech" => CueTags.Speech,
                    "bare" => CueTags.Bare,
                    "object" => CueTags.Object,
                    "after" => CueTags.After,
                    "partial" => CueTags.Partial,
                    "according" => CueTags.According,
                    "out" => CueTags.Particle,
                    _ => throw new InvalidDataException($"quote-cues.txt: unknown tag '{tag}'."),
                };
            }

            cues.TryGetValue(word, out var existing);
            cues.Set(word, existing | value);
        }

        var words = new SpanDictionary<WordTags>(ignoreCase: true, capacity: 512);
        var placeHeads = new List<string>();
        var workNouns = new List<string>();
        var pastForms = new List<string>();
        foreach (var file in new[] { "quote-words.txt", "resolution-nouns.txt" })
        {
            foreach (var (word, tags) in Lines(file))
            {
                var value = WordTags.None;
                foreach (var tag in tags)
                {
                    if (tag == "placehead")
                    {
                        placeHeads.Add(word);
                        continue;
                    }

                    if (tag == "work")
                    {
                        workNouns.Add(word);
                        continue;
                    }

                    if (tag == "past")
                    {
                        pastForms.Add(word);
                        continue;
                    }

                    value |= tag switch
                    {
                        "det" => WordTags.Determiner,
                        "prep" => WordTags.Preposition,
                        "aux" => WordTags.Auxiliary,
                        "adv" => WordTags.Adverb,
                        "pron-person" => WordTags.PersonPronoun,
                        "pron-thing" => WordTags.ThingPronoun,
                        "pron-group" => WordTags.GroupPronoun,
                        "clause" => WordTags.ClauseStart,
                        "that" => WordTags.That,
                        "conj" => WordTags.Conjunction,
                        "time" => WordTags.Time,
                        "title" => WordTags.Title,
                        "person" => WordTags.PersonNoun,
                        "document" => WordTags.Document,
                        "group" => WordTags.Group,
                        "orghead" => WordTags.OrgHead,
                        _ => throw new InvalidDataException($"{file}: unknown tag '{tag}'."),
                    };
                }

                words.TryGetValue(word, out var existing);
                words.Set(word, existing | value);
            }
        }

        return new QuoteLexicon(cues, words, new SpanSet(placeHeads), new SpanSet(workNouns, ignoreCase: true), new SpanSet(pastForms));
    }

    /// <summary>The non-comment lines of an embedded resource, split into the word and its tags.</summary>
    internal static IEnumerable<(string Word, string[] Tags)> Lines(string resource)
    {
        foreach (var line in ResourceLines(resource))
        {
            int tab = line.IndexOf('\t');
            if (tab < 0)
            {
                yield return (line, Array.Empty<string>());
                continue;
            }

            yield return (line[..tab], line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
    }

    /// <summary>The trimmed, non-empty, non-comment lines of the embedded resource <c>Extractor.Resources.<paramref name="resource"/></c>.</summary>
    internal static IEnumerable<string> ResourceLines(string resource)
    {
        var assembly = typeof(QuoteLexicon).GetTypeInfo().Assembly;
        using var stream = assembly.GetManifestResourceStream("Extractor.Resources." + resource)
            ?? throw new InvalidDataException($"The embedded resource '{resource}' is missing.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } raw)
        {
            string line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            yield return line;
        }
    }
}
