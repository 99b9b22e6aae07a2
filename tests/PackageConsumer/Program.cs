using Extractor;

// Reads a paragraph of news through the packaged library and prints what it found, one line each.
const string Text = """
    Officials in Riga said on Thursday that Latvia had asked NATO for more air defence. "We need systems that can stop a missile," Defence Minister Andris Kalnins told reporters in Brussels.
    """;

var result = NewsExtractor.Default.Extract(Text, new ExtractionOptions { ReferenceDate = new DateOnly(2024, 3, 8) });
foreach (var entity in result.Entities)
{
    Console.WriteLine($"entity\t{entity.Type.ToLabel()}\t{entity.Text}\t{entity.Canonical}\t{entity.Value}");
}

foreach (var quote in result.Quotes)
{
    Console.WriteLine($"quote\t{quote.Kind}\t{quote.Speaker?.Canonical}\t{quote.Text}");
}

return result.Entities.Count > 0 ? 0 : 1;
