namespace Extractor.Cli.Training;

/// <summary>How many word classes <see cref="WordClassBuilder"/> learns, from which words, in how many passes.</summary>
internal sealed record WordClassOptions(int FineClasses, int CoarseClasses, int MinCount, int Passes)
{
    /// <summary>No word classes.</summary>
    public static WordClassOptions None { get; } = new(0, 0, 0, 0);
}
