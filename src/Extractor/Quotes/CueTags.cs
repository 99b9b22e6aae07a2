namespace Extractor.Quotes;

/// <summary>What a cue word does, as listed in <c>Resources/quote-cues.txt</c>.</summary>
[Flags]
internal enum CueTags : byte
{
    None = 0,

    /// <summary>A speech verb: attributes direct quotes and reported claims ("said", "warned").</summary>
    Speech = 1,

    /// <summary>May take a reported clause without "that" ("said Russia has amassed troops").</summary>
    Bare = 2,

    /// <summary>Takes a hearer before its clause ("told Military Times that ...").</summary>
    Object = 4,

    /// <summary>Attributes a quote it follows but never opens a reported clause ("the statement read").</summary>
    After = 8,

    /// <summary>Introduces quoted phrases but not claims ("expressed its readiness for 'X'").</summary>
    Partial = 16,

    /// <summary>"according to S".</summary>
    According = 32,

    /// <summary>A cue only with "out" after it: "points out that", never "at one point".</summary>
    Particle = 64,
}
