namespace Extractor.Cli.Evaluation.Dates;

/// <summary>The text inside a TimeML document's <c>&lt;TEXT&gt;</c> with tags stripped, its creation date and its gold TIMEX3s.</summary>
internal sealed record TimeMlDocument(string Name, string Text, DateOnly? CreationDate, IReadOnlyList<GoldTimex> Gold);
