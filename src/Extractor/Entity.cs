namespace Extractor;

/// <summary>A mention of a person, organization, place, group or time in the input text.</summary>
/// <remarks>
/// <para>Mentions of the same referent share a <see cref="Canonical"/> name and an <see cref="EntityId"/>:
/// "Jens Stoltenberg", "Stoltenberg" and "the NATO Secretary General" are three entities with one canonical name.</para>
/// <para>For temporal entities (<see cref="EntityType.Date"/>, <see cref="EntityType.Time"/>, <see cref="EntityType.Duration"/>,
/// <see cref="EntityType.Set"/>) <see cref="Value"/> holds the TIMEX3 value ("2022-01", "PXDE") and <see cref="Modifier"/> the TIMEX3 mod ("END").</para>
/// </remarks>
public sealed record Entity
{
    /// <summary>Creates an entity.</summary>
    /// <param name="text">The exact text of the mention.</param>
    /// <param name="span">Where the mention is in the input.</param>
    /// <param name="type">The kind of thing mentioned.</param>
    /// <param name="canonical">The document-level name of the referent.</param>
    /// <param name="origin">Which recognizer found the mention.</param>
    /// <param name="score">The recognizer's confidence in [0, 1].</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="canonical"/> is <see langword="null"/>.</exception>
    public Entity(string text, TextSpan span, EntityType type, string canonical, EntityOrigin origin, double score)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(canonical);
        Text = text;
        Span = span;
        Type = type;
        Canonical = canonical;
        Origin = origin;
        Score = score;
    }

    /// <summary>The exact text of the mention: <c>input.Substring(Span.Start, Span.Length)</c>.</summary>
    public string Text { get; init; }

    /// <summary>Where the mention is in the input, in UTF-16 code units.</summary>
    public TextSpan Span { get; init; }

    /// <summary>The kind of thing mentioned.</summary>
    public EntityType Type { get; init; }

    /// <summary>The document-level name of the referent, shared by all its mentions (for dates, the mention text).</summary>
    public string Canonical { get; init; }

    /// <summary>An identifier shared by all mentions of the same referent in one result; unique per referent within that result.</summary>
    public int EntityId { get; init; }

    /// <summary>For temporal entities, the normalized TIMEX3 value (for example <c>2022-01</c>, <c>XXXX-01</c>, <c>P3D</c>, <c>PAST_REF</c>); otherwise <see langword="null"/>.</summary>
    public string? Value { get; init; }

    /// <summary>For temporal entities, the TIMEX3 modifier (<c>START</c>, <c>MID</c>, <c>END</c>, <c>APPROX</c>, …); otherwise <see langword="null"/>.</summary>
    public string? Modifier { get; init; }

    /// <summary>The recognizer's confidence in [0, 1].</summary>
    public double Score { get; init; }

    /// <summary>Which recognizer produced the entity after merging.</summary>
    public EntityOrigin Origin { get; init; }

    /// <summary>Whether the entity is a date, time, duration or set.</summary>
    public bool IsTemporal => Type is EntityType.Date or EntityType.Time or EntityType.Duration or EntityType.Set;
}
