namespace Extractor.Pipeline;

/// <summary>
/// An entity candidate or resolved mention inside the pipeline: token range, character range, type and
/// what the later stages attach to it. A struct so recognizers fill lists without per-mention objects.
/// </summary>
internal struct EntityMention
{
    public EntityMention(int startToken, int endToken, int start, int end, EntityType type, EntityOrigin origin, float score)
    {
        StartToken = startToken;
        EndToken = endToken;
        Start = start;
        End = end;
        Type = type;
        Origin = origin;
        Score = score;
        EntityId = -1;
    }

    /// <summary>Index of the first token.</summary>
    public int StartToken;

    /// <summary>Index just past the last token.</summary>
    public int EndToken;

    /// <summary>Character offset of the start (inclusive).</summary>
    public int Start;

    /// <summary>Character offset of the end (exclusive).</summary>
    public int End;

    public EntityType Type;

    public EntityOrigin Origin;

    public float Score;

    /// <summary>TIMEX3 value for temporal mentions.</summary>
    public string? Value;

    /// <summary>TIMEX3 mod for temporal mentions.</summary>
    public string? Modifier;

    /// <summary>Referent identifier assigned by resolution; -1 before it runs.</summary>
    public int EntityId;

    /// <summary>Canonical name assigned by resolution.</summary>
    public string? Canonical;

    public readonly int Length => End - Start;

    public readonly bool IsTemporal => Type is EntityType.Date or EntityType.Time or EntityType.Duration or EntityType.Set;
}
