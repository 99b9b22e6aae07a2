namespace Extractor.Cli.Evaluation.Quotes;

/// <summary>An article and its annotated attributions.</summary>
internal sealed record AttributionDocument(string Name, string Text, IReadOnlyList<GoldAttribution> Attributions);
