namespace Extractor.Cli.Evaluation.Dates;

/// <summary>One annotated TIMEX3 in a TimeML document: its span in the tag-stripped text and its attributes.</summary>
internal readonly record struct GoldTimex(int Start, int End, string Type, string Value, string? Modifier);
