namespace Extractor.Cli.Evaluation.Dates;

/// <summary>One system temporal expression, as the scorer sees it.</summary>
internal readonly record struct SystemTimex(int Start, int End, string Type, string? Value, string? Modifier);
