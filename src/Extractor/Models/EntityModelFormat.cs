using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Extractor.Models;

/// <summary>
/// The binary model file: an 8-byte magic, a format version, the payload length, the payload and a 64-bit checksum of
/// the payload. The payload starts with the length of a small head (metadata lines key=value, the entity types with
/// their public mapping, transitions, weight scale, probability temperature and the table sizes), followed by the hash
/// tables of the weights, the embedded lexicon and the word case profile in their in-memory layout, so that loading is
/// one block copy per table straight from the stream, with no re-hashing. Little-endian throughout.
/// </summary>
internal static class EntityModelFormat
{
    public const int Version = 3;

    private static ReadOnlySpan<byte> Magic => "EXTRNER\u001A"u8;

    public static void Write(Stream stream, EntityModel model)
    {
        using var head = new MemoryStream();
        using (var w = new BinaryWriter(head, Encoding.UTF8, leaveOpen: true))
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
            w.Write(model.Weights.FeatureCount);
            w.Write(model.Weights.Slots.Length);
            w.Write(model.Weights.WeightCount);
            w.Write(model.Lexicon.SlotKeys.Length);
            w.Write(model.CaseProfile.SlotKeys.Length);
        }

        using var payload = new MemoryStream();
        using (var w = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
        {
            w.Write((int)head.Length);
            w.Write(head.GetBuffer().AsSpan(0, (int)head.Length));
            w.Write(MemoryMarshal.AsBytes(model.Weights.Slots));
            w.Write(MemoryMarshal.AsBytes(model.Weights.Entries));
            w.Write(MemoryMarshal.AsBytes(model.Lexicon.SlotKeys));
            w.Write(MemoryMarshal.AsBytes(model.Lexicon.SlotFlags));
            w.Write(MemoryMarshal.AsBytes(model.CaseProfile.SlotKeys));
            w.Write(MemoryMarshal.AsBytes(model.CaseProfile.SlotValues));
        }

        var bytes = payload.GetBuffer().AsSpan(0, (int)payload.Length);
        var checksum = new Checksum64(bytes.Length);
        checksum.Update(bytes);
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(bytes.Length);
        writer.Write(bytes);
        writer.Write(checksum.Final());
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
        Span<byte> header = stackalloc byte[20];
        stream.ReadExactly(header);
        if (!header[..8].SequenceEqual(Magic))
        {
            throw new InvalidDataException("This is not an Extractor entity model file (its first bytes are not the model signature).");
        }

        int version = BitConverter.ToInt32(header[8..12]);
        if (version != Version)
        {
            throw new InvalidDataException($"The entity model file has format version {version}; this build of Extractor reads version {Version}.");
        }

        int length = BitConverter.ToInt32(header[12..16]);
        int headLength = BitConverter.ToInt32(header[16..20]);
        if (length <= 0 || length > 1 << 30 || headLength <= 0 || headLength > length - 4)
        {
            throw new InvalidDataException($"The entity model file declares an impossible payload length ({length}, head {headLength}).");
        }

        var checksum = new Checksum64(length);
        checksum.Update(header[16..20]);
        byte[] headBytes = new byte[headLength];
        stream.ReadExactly(headBytes);
        checksum.Update(headBytes);

        using var r = new BinaryReader(new MemoryStream(headBytes, writable: false), Encoding.UTF8);
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
        var transitions = new float[(classCount + 1) * classCount];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(transitions.AsSpan()));
        float scale = r.ReadSingle();
        float temperature = r.ReadSingle();
        int featureCount = r.ReadInt32();
        int slotCount = r.ReadInt32();
        int weightCount = r.ReadInt32();
        int lexiconSlots = r.ReadInt32();
        int profileSlots = r.ReadInt32();
        long tables = (8L * slotCount) + (4L * weightCount) + (6L * lexiconSlots) + (8L * profileSlots);
        if (slotCount < 0 || weightCount < 0 || lexiconSlots < 0 || profileSlots < 0 || 4L + headLength + tables != length)
        {
            throw new InvalidDataException("The entity model file's table sizes do not match its length.");
        }

        ulong[] slots = ReadTable<ulong>(stream, slotCount, ref checksum);
        int[] entries = ReadTable<int>(stream, weightCount, ref checksum);
        uint[] lexiconKeys = ReadTable<uint>(stream, lexiconSlots, ref checksum);
        ushort[] lexiconFlags = ReadTable<ushort>(stream, lexiconSlots, ref checksum);
        uint[] profileKeys = ReadTable<uint>(stream, profileSlots, ref checksum);
        uint[] profileValues = ReadTable<uint>(stream, profileSlots, ref checksum);
        Span<byte> tail = stackalloc byte[8];
        stream.ReadExactly(tail);
        if (BitConverter.ToUInt64(tail) != checksum.Final())
        {
            throw new InvalidDataException("The entity model file is corrupt (checksum mismatch).");
        }

        var weights = SparseWeights.FromTables(slots, entries, classCount);
        if (weights.FeatureCount != featureCount)
        {
            throw new InvalidDataException($"The entity model declares {featureCount} features but its table holds {weights.FeatureCount}.");
        }

        return new EntityModel(names, map, weights, transitions, scale, temperature,
            PhraseLexicon.FromTables(lexiconKeys, lexiconFlags), WordCaseProfile.FromTables(profileKeys, profileValues), metadata);
    }

    /// <summary>Reads a table straight into its array (one copy, no zeroing) and adds its bytes to the checksum.</summary>
    private static T[] ReadTable<T>(Stream stream, int count, ref Checksum64 checksum)
        where T : unmanaged
    {
        var result = GC.AllocateUninitializedArray<T>(count);
        var bytes = MemoryMarshal.AsBytes(result.AsSpan());
        stream.ReadExactly(bytes);
        checksum.Update(bytes);
        return result;
    }

    /// <summary>
    /// A fast 64-bit checksum (multiply-rotate over 8-byte words, then the remaining bytes) that catches truncation and
    /// bit damage, computed incrementally so that tables can be checked as they are read.
    /// </summary>
    private struct Checksum64
    {
        private ulong _h;
        private ulong _carry;
        private int _carryCount;

        public Checksum64(int length)
        {
            _h = 0x9E3779B97F4A7C15UL ^ (ulong)length;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Update(ReadOnlySpan<byte> bytes)
        {
            while (_carryCount > 0 && _carryCount < 8 && !bytes.IsEmpty)
            {
                _carry |= (ulong)bytes[0] << (8 * _carryCount);
                _carryCount++;
                bytes = bytes[1..];
            }

            if (_carryCount == 8)
            {
                _h = Step(_h, _carry);
                _carry = 0;
                _carryCount = 0;
            }

            var words = MemoryMarshal.Cast<byte, ulong>(bytes);
            ulong h = _h;
            foreach (ulong word in words)
            {
                h = Step(h, word);
            }

            _h = h;
            for (int i = words.Length * 8; i < bytes.Length; i++)
            {
                _carry |= (ulong)bytes[i] << (8 * _carryCount);
                _carryCount++;
            }
        }

        public readonly ulong Final()
        {
            ulong h = _h;
            for (int i = 0; i < _carryCount; i++)
            {
                h = ulong.RotateLeft((h ^ ((_carry >> (8 * i)) & 0xFF)) * 0xC4CEB9FE1A85EC53UL, 29);
            }

            return h;
        }

        private static ulong Step(ulong h, ulong word) => ulong.RotateLeft((h ^ word) * 0xFF51AFD7ED558CCDUL, 31);
    }
}
