using Extractor.Pipeline;

namespace Extractor.Models;

/// <summary>The trained statistical entity recognizer.</summary>
internal sealed class EntityModel
{
    /// <summary>Loads the model embedded in the assembly, once per process.</summary>
    public static EntityModel? LoadDefault() => null;

    /// <summary>Reads a model from <paramref name="stream"/>.</summary>
    /// <exception cref="InvalidDataException">The stream does not hold a model this version can read.</exception>
    public static EntityModel Load(Stream stream) => throw new InvalidDataException("No entity model format is defined yet.");

    /// <summary>A one-line description: name, version, training data.</summary>
    public string Description => "none";

    public void Recognize(AnalyzedDocument document, List<EntityMention> output)
    {
    }
}
