using System.Reflection;
using Extractor.Internal;

namespace Extractor.Dates;

/// <summary>
/// The words temporal rules are written over (months, units, number words, cue words …), read from the embedded
/// <c>temporal-lexicon.txt</c>. One case-insensitive lookup per token answers every category at once.
/// </summary>
internal sealed class TemporalLexicon
{
    private readonly SpanDictionary<TemporalWord> _words;

    /// <summary>
    /// Per first letter and length (lengths of 63 and more share the last), a bit per last letter present (bit 26 for a
    /// last character that is no ASCII letter).
    /// </summary>
    private readonly uint[] _shapes = new uint[26 * 64];

    private TemporalLexicon(SpanDictionary<TemporalWord> words)
    {
        _words = words;
    }

    public static TemporalLexicon Load(IEnumerable<string> extraLiterals, IEnumerable<string> leadingLiterals)
    {
        var words = new SpanDictionary<TemporalWord>(ignoreCase: true, capacity: 512);
        foreach (string line in ReadResource("temporal-lexicon.txt"))
        {
            string[] parts = line.Split('\t');
            if (parts.Length < 2)
            {
                continue;
            }

            Word(words, parts[0]).Add(ParseCategory(parts[1]), parts.Length > 2 ? parts[2] : string.Empty);
        }

        foreach (string literal in extraLiterals)
        {
            Word(words, literal).Add(TemporalCategory.Literal, string.Empty);
        }

        foreach (string literal in leadingLiterals)
        {
            Word(words, literal).Add(TemporalCategory.LeadLiteral, string.Empty);
        }

        var lexicon = new TemporalLexicon(words) { MaxLength = words.Pairs.Max(p => p.Key.Length) };
        foreach (var pair in words.Pairs)
        {
            lexicon.AddShape(pair.Key);
        }

        return lexicon;
    }

    /// <summary>The longest word in the lexicon: longer tokens are not looked up.</summary>
    public int MaxLength { get; private set; }

    public bool TryGet(ReadOnlySpan<char> word, out TemporalWord entry)
    {
        if (word.Length > MaxLength || !MayContain(word))
        {
            entry = null!;
            return false;
        }

        return _words.TryGetValue(word, out entry);
    }

    /// <summary>
    /// A quick filter before hashing: is there any word of this length with these first and last letters? Letters are
    /// compared without case, as the lookup does (which matches no ASCII letter with another character).
    /// </summary>
    private bool MayContain(ReadOnlySpan<char> word)
    {
        int letter = (word[0] | 0x20) - 'a';
        return (uint)letter >= 26 || (_shapes[(letter * 64) + Math.Min(word.Length, 63)] & LastLetterBit(word[^1])) != 0;
    }

    private void AddShape(string key)
    {
        int letter = (key[0] | 0x20) - 'a';
        if ((uint)letter < 26)
        {
            _shapes[(letter * 64) + Math.Min(key.Length, 63)] |= LastLetterBit(key[^1]);
        }
    }

    private static uint LastLetterBit(char c)
    {
        int letter = (c | 0x20) - 'a';
        return (uint)letter < 26 ? 1u << letter : 1u << 26;
    }

    /// <summary>Maps a category name of the data files ("MONTHABBR", "NUM") to its bit.</summary>
    public static TemporalCategory ParseCategory(string name)
    {
        return Enum.TryParse<TemporalCategory>(name, ignoreCase: true, out var category) && category != TemporalCategory.None
            ? category
            : throw new InvalidDataException($"Unknown temporal category '{name}'.");
    }

    /// <summary>The non-empty, non-comment lines of an embedded <c>Resources/</c> text file.</summary>
    public static IEnumerable<string> ReadResource(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Extractor.Resources." + file)
            ?? throw new InvalidDataException($"Embedded resource '{file}' is missing.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#' && !string.IsNullOrWhiteSpace(line))
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    private static TemporalWord Word(SpanDictionary<TemporalWord> words, string key)
    {
        if (!words.TryGetValue(key, out var word))
        {
            word = new TemporalWord();
            words.Set(key, word);
        }

        return word;
    }
}
