namespace Extractor.Tests.Dates;

/// <summary>Runs the public pipeline and returns its temporal entities.</summary>
internal static class TemporalTestText
{
    public static IReadOnlyList<Entity> Temporal(string text, string? reference)
    {
        var options = new ExtractionOptions { ReferenceDate = reference is null ? null : DateOnly.ParseExact(reference, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };
        return NewsExtractor.Default.Extract(text, options).Entities.Where(e => e.IsTemporal).ToArray();
    }

    public static Entity Single(string text, string? reference, string expression)
    {
        var found = Temporal(text, reference);
        var matches = found.Where(e => e.Text == expression).ToArray();
        matches.Should().ContainSingle($"'{expression}' should be one temporal expression in \"{text}\"; found: {string.Join(", ", found.Select(e => $"[{e.Text}]={e.Value}"))}");
        return matches[0];
    }
}
