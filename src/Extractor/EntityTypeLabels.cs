namespace Extractor;

/// <summary>Converts <see cref="EntityType"/> values to and from their upper-case labels (<c>PERSON</c>, <c>ORG</c>, …).</summary>
public static class EntityTypeLabels
{
    /// <summary>Returns the upper-case label used in JSON output: PERSON, ORG, LOC, NORP, DATE, TIME, DURATION, SET or MISC.</summary>
    /// <param name="type">The entity type.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a defined value.</exception>
    public static string ToLabel(this EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Organization => "ORG",
        EntityType.Location => "LOC",
        EntityType.Nationality => "NORP",
        EntityType.Date => "DATE",
        EntityType.Time => "TIME",
        EntityType.Duration => "DURATION",
        EntityType.Set => "SET",
        EntityType.Miscellaneous => "MISC",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown entity type."),
    };

    /// <summary>Parses a label such as <c>PERSON</c> or <c>ORG</c> (case-insensitive; <c>PER</c> and <c>GPE</c> are accepted as aliases).</summary>
    /// <param name="label">The label to parse.</param>
    /// <param name="type">The parsed type, when the label is known.</param>
    /// <returns><see langword="true"/> when the label names a type.</returns>
    public static bool TryParse(ReadOnlySpan<char> label, out EntityType type)
    {
        Span<char> upper = stackalloc char[16];
        if (label.Length > upper.Length)
        {
            type = default;
            return false;
        }

        int n = label.ToUpperInvariant(upper);
        switch (upper[..n])
        {
            case "PERSON" or "PER": type = EntityType.Person; return true;
            case "ORG" or "ORGANIZATION": type = EntityType.Organization; return true;
            case "LOC" or "GPE" or "LOCATION" or "FAC": type = EntityType.Location; return true;
            case "NORP": type = EntityType.Nationality; return true;
            case "DATE": type = EntityType.Date; return true;
            case "TIME": type = EntityType.Time; return true;
            case "DURATION": type = EntityType.Duration; return true;
            case "SET": type = EntityType.Set; return true;
            case "MISC": type = EntityType.Miscellaneous; return true;
            default: type = default; return false;
        }
    }
}
