using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Extractor.Models;

/// <summary>
/// The binary model file: an 8-byte magic, a format version, the payload length, the payload and a 64-bit checksum of
/// the payload. The payload holds the metadata lines (key=value), the entity types with their public mapping, the
/// weight scale and probability temperature, the sparse weight rows and the embedded lexicon. Little-endian throughout.
/// </summary>
internal static class EntityModelFormat
{
    public const int Version = 1;

    private static ReadOnlySpan<byte> Magic => "EXTRNER\u001A"u8;

    public static void Write(Stream stream, EntityModel model)
    {
        using var payload = new MemoryStream();
        using (var w = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
        {
            var meta = new StringBuilder();
            foreach (var (key, value) in model.Metadata)
            {
                meta.Append(key).Append('=').Append(value.Replace('\n', ' ')).Append('\n');
            }

            w.Write(meta.ToString());
            w.Write(model.TypeNames.Count);
            for (int t = 0; t < model.TypeNames.Count; t++)
            {
                w.Write(model.TypeNames[t]);
                w.Write((sbyte)(model.TypeMap[t] is { } type ? (int)type : -1));
            }

            w.Write(MemoryMarshal.AsBytes(model.Transitions.AsSpan()));
            w.Write(model.Scale);
            w.Write(model.Temperature);
            var weights = model.Weights;
            w.Write(weights.FeatureCount);
            w.Write(MemoryMarshal.AsBytes(weights.Keys.AsSpan()));
            w.Write(MemoryMarshal.AsBytes(weights.RowStarts.AsSpan()));
            w.Write(weights.WeightCount);
            w.Write(weights.Classes);
            w.Write(MemoryMarshal.AsBytes(weights.Weights.AsSpan()));
            var entries = model.Lexicon.Entries().OrderBy(e => e.Key).ToArray();
            w.Write(entries.Length);
            w.Write(MemoryMarshal.AsBytes(entries.Select(e => e.Key).ToArray().AsSpan()));
            w.Write(entries.Select(e => e.Flags).ToArray());
            var profile = model.CaseProfile.Entries().OrderBy(e => e.Key).ToArray();
            w.Write(profile.Length);
            w.Write(MemoryMarshal.AsBytes(profile.Select(e => e.Key).ToArray().AsSpan()));
            w.Write(profile.Select(e => e.Value).ToArray());
        }

        byte[] bytes = payload.ToArray();
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(bytes.Length);
        writer.Write(bytes);
        writer.Write(Checksum(bytes));
    }

    public static EntityModel Read(Stream stream)
    {
        try
        {
            return ReadUnchecked(stream);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The entity model file is truncated.", e);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException("The entity model file is corrupt: " + e.Message, e);
        }
    }

    private static EntityModel ReadUnchecked(Stream stream)
    {
        Span<byte> head = stackalloc byte[16];
        stream.ReadExactly(head);
        if (!head[..8].SequenceEqual(Magic))
        {
            throw new InvalidDataException("This is not an Extractor entity model file (its first bytes are not the model signature).");
        }

        int version = BitConverter.ToInt32(head[8..12]);
        if (version != Version)
        {
            throw new InvalidDataException($"The entity model file has format version {version}; this build of Extractor reads version {Version}.");
        }

        int length = BitConverter.ToInt32(head[12..16]);
        if (length <= 0 || length > 1 << 30)
        {
            throw new InvalidDataException($"The entity model file declares an impossible payload length ({length}).");
        }

        byte[] bytes = new byte[length];
        stream.ReadExactly(bytes);
        Span<byte> tail = stackalloc byte[8];
        stream.ReadExactly(tail);
        if (BitConverter.ToUInt64(tail) != Checksum(bytes))
        {
            throw new InvalidDataException("The entity model file is corrupt (checksum mismatch).");
        }

        using var r = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
        var metadata = new List<KeyValuePair<string, string>>();
        foreach (string line in r.ReadString().Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = line.IndexOf('=');
            metadata.Add(eq < 0 ? new(line, string.Empty) : new(line[..eq], line[(eq + 1)..]));
        }

        string features = metadata.FirstOrDefault(p => p.Key == "features").Value ?? string.Empty;
        if (features != FeatureExtractor.FeatureSetName)
        {
            throw new InvalidDataException($"The entity model was trained with feature set '{features}'; this build computes '{FeatureExtractor.FeatureSetName}'.");
        }

        int typeCount = r.ReadInt32();
        if (typeCount is <= 0 or > 63)
        {
            throw new InvalidDataException($"The entity model declares {typeCount} entity types.");
        }

        var names = new string[typeCount];
        var map = new EntityType?[typeCount];
        for (int t = 0; t < typeCount; t++)
        {
            names[t] = r.ReadString();
            sbyte mapped = r.ReadSByte();
            map[t] = mapped < 0 ? null : (EntityType)mapped;
        }

        int classCount = BilouTags.ClassCount(typeCount);
        float[] transitions = ReadArray<float>(r, (classCount + 1) * classCount);
        float scale = r.ReadSingle();
        float temperature = r.ReadSingle();
        int featureCount = r.ReadInt32();
        uint[] keys = ReadArray<uint>(r, featureCount);
        int[] rowStarts = ReadArray<int>(r, featureCount + 1);
        int weightCount = r.ReadInt32();
        byte[] classes = ReadArray<byte>(r, weightCount);
        short[] weights = ReadArray<short>(r, weightCount);
        int lexiconCount = r.ReadInt32();
        uint[] lexiconKeys = ReadArray<uint>(r, lexiconCount);
        byte[] lexiconFlags = ReadArray<byte>(r, lexiconCount);
        int profileCount = r.ReadInt32();
        uint[] profileKeys = ReadArray<uint>(r, profileCount);
        byte[] profileValues = ReadArray<byte>(r, profileCount);

        if (rowStarts[0] != 0 || rowStarts[^1] != weightCount)
        {
            throw new InvalidDataException("The entity model's weight rows do not cover its weights.");
        }

        return new EntityModel(names, map, new SparseWeights(keys, rowStarts, classes, weights, classCount), transitions, scale, temperature,
            new PhraseLexicon(lexiconKeys, lexiconFlags), new WordCaseProfile(profileKeys, profileValues), metadata);
    }

    private static T[] ReadArray<T>(BinaryReader r, int count)
        where T : unmanaged
    {
        int size = Marshal.SizeOf<T>();
        if (count < 0 || (long)count * size > r.BaseStream.Length - r.BaseStream.Position)
        {
            throw new InvalidDataException("The entity model file is truncated or declares an impossible table size.");
        }

        var result = new T[count];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(result.AsSpan()));
        return result;
    }

    /// <summary>A fast 64-bit checksum (multiply-rotate over 8-byte words) that catches truncation and bit damage.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ulong Checksum(ReadOnlySpan<byte> bytes)
    {
        ulong h = 0x9E3779B97F4A7C15UL ^ (ulong)bytes.Length;
        var words = MemoryMarshal.Cast<byte, ulong>(bytes);
        foreach (ulong word in words)
        {
            h = ulong.RotateLeft((h ^ word) * 0xFF51AFD7ED558CCDUL, 31);
        }

        for (int i = words.Length * 8; i < bytes.Length; i++)
        {
            h = ulong.RotateLeft((h ^ bytes[i]) * 0xC4CEB9FE1A85EC53UL, 29);
        }

        return h;
    }
}
