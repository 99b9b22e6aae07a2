namespace Extractor.Cli.Evaluation.Quotes;

/// <summary>One annotated attribution: where its content, source and cue are (each possibly in several pieces).</summary>
internal sealed record GoldAttribution(TextSpan[] Content, TextSpan[] Source, TextSpan[] Cue)
{
    /// <summary>From the start of the content's first piece to the end of its last.</summary>
    public TextSpan ContentSpan => Content.Length == 0 ? default : new TextSpan(Content[0].Start, Content.Max(c => c.End));

    public TextSpan? SourceSpan => Source.Length == 0 ? null : new TextSpan(Source[0].Start, Source.Max(c => c.End));
}
