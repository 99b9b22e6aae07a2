namespace Extractor;

/// <summary>Options for building a <see cref="NewsExtractor"/>.</summary>
public sealed record NewsExtractorOptions
{
    /// <summary>
    /// A path to an entity model file trained with <c>extractor train ner</c>, used instead of the model embedded in the package.
    /// <see langword="null"/> (the default) uses the embedded model.
    /// </summary>
    public string? ModelPath { get; init; }

    /// <summary>Whether to run the statistical entity model at all; when <see langword="false"/> only gazetteers and rules find entities. Default <see langword="true"/>.</summary>
    public bool UseModel { get; init; } = true;
}
