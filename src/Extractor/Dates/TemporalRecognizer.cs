using Extractor.Pipeline;

namespace Extractor.Dates;

/// <summary>Finds temporal expressions and normalizes them to TIMEX3 values against the reference date.</summary>
internal sealed class TemporalRecognizer
{
    public static TemporalRecognizer Default { get; } = new();

    public void Recognize(AnalyzedDocument document, List<EntityMention> output)
    {
    }
}
