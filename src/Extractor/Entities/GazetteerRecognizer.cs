using Extractor.Pipeline;

namespace Extractor.Entities;

/// <summary>
/// Finds countries, capitals, cities and demonyms from the compiled gazetteer, longest match first on token boundaries.
/// </summary>
internal sealed class GazetteerRecognizer
{
    public static GazetteerRecognizer Default { get; } = new();

    public void Recognize(AnalyzedDocument document, List<EntityMention> output)
    {
        // Filled in by the gazetteer work (issue 2).
    }
}
