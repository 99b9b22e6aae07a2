namespace Extractor.Cli.Output;

/// <summary>The <c>text</c> format: a listing for people to read.</summary>
internal static class TextListing
{
    public static void Write(TextWriter writer, string source, ExtractionResult result)
    {
        writer.WriteLine($"== {source}");
        writer.WriteLine($"Entities ({result.Entities.Count}):");
        foreach (var e in result.Entities)
        {
            string canonical = e.Canonical == e.Text ? string.Empty : $" -> {e.Canonical}";
            string value = e.Value is null ? string.Empty : $" = {e.Value}{(e.Modifier is null ? string.Empty : $" ({e.Modifier})")}";
            writer.WriteLine($"  {e.Type.ToLabel(),-8} {e.Span,-16} {Clean(e.Text)}{canonical}{value}");
        }

        writer.WriteLine($"Quotes ({result.Quotes.Count}):");
        foreach (var q in result.Quotes)
        {
            string speaker = q.Speaker is null ? "(unknown)" : q.Speaker.Canonical == q.Speaker.Text ? q.Speaker.Text : $"{q.Speaker.Canonical} (\"{q.Speaker.Text}\")";
            writer.WriteLine($"  [{q.Kind.ToString().ToLowerInvariant()}] {speaker}{(q.Cue is null ? string.Empty : $" {q.Cue}")}: {Clean(q.Text)}");
        }

        writer.WriteLine();
    }

    private static string Clean(string text) => text.ReplaceLineEndings(" ");
}
