namespace Extractor.Cli.Training;

/// <summary>An annotated entity: original token range [Start, End) and the corpus's type name.</summary>
internal readonly record struct GoldSpan(int Start, int End, string Type);
