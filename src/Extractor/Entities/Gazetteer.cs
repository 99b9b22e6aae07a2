using System.IO.Compression;
using System.Text;
using Extractor.Internal;
using Extractor.Text;

namespace Extractor.Entities;

/// <summary>
/// Compiled place and group names, keyed by their token sequence (tokens joined by a single space where the name has
/// whitespace), looked up case-insensitively and confirmed against the text's casing by the recognizer.
/// </summary>
/// <remarks>
/// The binary format (deflate-compressed): magic <c>EXGZ</c>, format version, entry count, then per entry the key,
/// a type byte and the canonical name (empty when equal to the key). Built by <c>extractor build gazetteer</c>.
/// </remarks>
internal sealed class Gazetteer
{
    public const string ResourceName = "Extractor.Resources.gazetteer.bin";
    private const uint Magic = 0x5A475845; // "EXGZ"
    private const int FormatVersion = 1;

    private static readonly Lazy<Gazetteer> DefaultInstance = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SpanDictionary<GazetteerEntry> _entries;
    private readonly SpanSet _firstTokens;

    /// <summary>
    /// The case-insensitive hashes of every proper prefix of every key: a key built so far whose hash is not here
    /// starts no longer name, so the recognizer stops extending it (a hash shared by chance only costs a longer walk).
    /// </summary>
    private readonly HashSet<int> _prefixHashes;

    private Gazetteer(SpanDictionary<GazetteerEntry> entries, SpanSet firstTokens, int maxTokens)
    {
        _entries = entries;
        _firstTokens = firstTokens;
        MaxTokens = maxTokens;
        _prefixHashes = [];
        foreach (var (key, _) in entries.Pairs)
        {
            for (int length = 1; length < key.Length; length++)
            {
                _prefixHashes.Add(string.GetHashCode(key.AsSpan(0, length), StringComparison.OrdinalIgnoreCase));
            }
        }
    }

    /// <summary>The gazetteer embedded in the assembly (empty when the resource is missing).</summary>
    public static Gazetteer Default => DefaultInstance.Value;

    public static Gazetteer Empty { get; } = new(new SpanDictionary<GazetteerEntry>(ignoreCase: true), new SpanSet([], ignoreCase: true), 0);

    /// <summary>The longest name, in tokens.</summary>
    public int MaxTokens { get; }

    public int Count => _entries.Count;

    /// <summary>Whether some name starts with this token (a cheap gate before building longer keys).</summary>
    public bool CanStartWith(ReadOnlySpan<char> token) => _firstTokens.Contains(token);

    public bool TryGet(ReadOnlySpan<char> key, out GazetteerEntry entry) => _entries.TryGetValue(key, out entry);

    /// <summary>Whether some longer name may start with <paramref name="key"/> (false only when none does).</summary>
    public bool MayContinue(ReadOnlySpan<char> key) => _prefixHashes.Contains(string.GetHashCode(key, StringComparison.OrdinalIgnoreCase));

    /// <summary>Builds a gazetteer from names; each name is tokenized so keys match the runtime token sequence.</summary>
    public static Gazetteer Build(IEnumerable<KeyValuePair<string, GazetteerEntry>> names)
    {
        var entries = new SpanDictionary<GazetteerEntry>(ignoreCase: true, capacity: 1024);
        var first = new List<string>();
        int maxTokens = 0;
        var table = new TokenTable();
        var key = new StringBuilder();
        foreach (var (name, entry) in names)
        {
            Tokenizer.Tokenize(name, table);
            if (table.Count == 0)
            {
                continue;
            }

            key.Clear();
            for (int t = 0; t < table.Count; t++)
            {
                if (t > 0 && (table.Flag(t) & TokenFlags.SpaceBefore) != 0)
                {
                    key.Append(' ');
                }

                key.Append(name.AsSpan(table.Start(t), table.End(t) - table.Start(t)));
            }

            string k = key.ToString();
            if (entries.TryAdd(k, entry))
            {
                first.Add(name[table.Start(0)..table.End(0)]);
                maxTokens = Math.Max(maxTokens, table.Count);
            }
        }

        return new Gazetteer(entries, new SpanSet(first, ignoreCase: true), maxTokens);
    }

    /// <summary>The entries, for writing and inspection.</summary>
    public IEnumerable<KeyValuePair<string, GazetteerEntry>> Entries => _entries.Pairs;

    public void Write(Stream stream)
    {
        using var deflate = new DeflateStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(deflate, Encoding.UTF8, leaveOpen: true);
        var entries = _entries.Pairs.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(entries.Length);
        foreach (var (name, entry) in entries)
        {
            writer.Write(name);
            writer.Write((byte)entry.Type);
            writer.Write(entry.Canonical == name ? string.Empty : entry.Canonical);
        }
    }

    /// <exception cref="InvalidDataException">The stream is not a gazetteer of this format version.</exception>
    public static Gazetteer Read(Stream stream)
    {
        try
        {
            using var deflate = new DeflateStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var reader = new BinaryReader(deflate, Encoding.UTF8, leaveOpen: true);
            if (reader.ReadUInt32() != Magic)
            {
                throw new InvalidDataException("The gazetteer resource is not an Extractor gazetteer (bad magic number).");
            }

            int version = reader.ReadInt32();
            if (version != FormatVersion)
            {
                throw new InvalidDataException($"The gazetteer has format version {version}; this build reads version {FormatVersion}.");
            }

            int count = reader.ReadInt32();
            if (count < 0 || count > 10_000_000)
            {
                throw new InvalidDataException("The gazetteer entry count is out of range.");
            }

            var names = new KeyValuePair<string, GazetteerEntry>[count];
            for (int i = 0; i < count; i++)
            {
                string name = reader.ReadString();
                var type = (EntityType)reader.ReadByte();
                string canonical = reader.ReadString();
                names[i] = new(name, new GazetteerEntry(type, canonical.Length == 0 ? name : canonical));
            }

            return Build(names);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The gazetteer resource is truncated.", e);
        }
    }

    private static Gazetteer LoadDefault()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? Empty : Read(stream);
    }
}
