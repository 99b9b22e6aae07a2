namespace Extractor;

/// <summary>Options for one call to <see cref="NewsExtractor.Extract(string, ExtractionOptions?)"/>.</summary>
public sealed record ExtractionOptions
{
    /// <summary>The default options: no reference date.</summary>
    public static ExtractionOptions Default { get; } = new();

    /// <summary>
    /// The date the text was written (the article's date). Relative dates ("on Thursday", "the end of January") are resolved
    /// against it; without it their values keep unknown parts ("XXXX-01").
    /// </summary>
    public DateOnly? ReferenceDate { get; init; }
}
