namespace Extractor;

/// <summary>Which recognizer produced an <see cref="Entity"/>; the merge step keeps one origin per entity.</summary>
public enum EntityOrigin
{
    /// <summary>The trained statistical sequence model.</summary>
    Model,

    /// <summary>A compiled gazetteer (countries, capitals, cities, demonyms).</summary>
    Gazetteer,

    /// <summary>A hand-written rule (temporal expressions, titles, patterns).</summary>
    Rule,
}
