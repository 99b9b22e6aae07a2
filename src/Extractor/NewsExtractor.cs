using Extractor.Dates;
using Extractor.Entities;
using Extractor.Models;
using Extractor.Pipeline;
using Extractor.Quotes;
using Extractor.Resolution;

namespace Extractor;

/// <summary>
/// Extracts entities, dates and attributed quotes from English news text.
/// </summary>
/// <remarks>
/// Instances are immutable and thread-safe: create one (or use <see cref="Default"/>) and reuse it for every text.
/// The embedded model is loaded once per process, on first use.
/// </remarks>
/// <example>
/// <code>
/// var result = NewsExtractor.Default.Extract(text, new ExtractionOptions { ReferenceDate = new DateOnly(2021, 12, 2) });
/// foreach (var quote in result.Quotes)
///     Console.WriteLine($"{quote.Speaker?.Canonical}: {quote.Text}");
/// </code>
/// </example>
public sealed class NewsExtractor
{
    private static readonly Lazy<NewsExtractor> DefaultInstance = new(() => Create(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ExtractionPipeline _pipeline;

    private NewsExtractor(ExtractionPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    /// <summary>The shared extractor with the embedded model, created on first use.</summary>
    public static NewsExtractor Default => DefaultInstance.Value;

    /// <summary>A description of the entity model in use (name, version, training data), or <see langword="null"/> when none is loaded.</summary>
    public string? ModelDescription => _pipeline.Model?.Description;

    /// <summary>Creates an extractor.</summary>
    /// <param name="options">Where to load the entity model from; <see langword="null"/> for the defaults.</param>
    /// <returns>A new, reusable extractor.</returns>
    /// <exception cref="ArgumentException"><see cref="NewsExtractorOptions.ModelPath"/> is empty or whitespace.</exception>
    /// <exception cref="FileNotFoundException"><see cref="NewsExtractorOptions.ModelPath"/> names a file that does not exist.</exception>
    /// <exception cref="InvalidDataException">The model file is corrupt or of an unsupported version.</exception>
    public static NewsExtractor Create(NewsExtractorOptions? options = null)
    {
        options ??= new NewsExtractorOptions();
        EntityModel? model = null;
        if (options.UseModel)
        {
            if (options.ModelPath is { } path)
            {
                if (string.IsNullOrWhiteSpace(path))
                {
                    throw new ArgumentException("The model path is empty; leave it null to use the embedded model.", nameof(options));
                }

                if (!File.Exists(path))
                {
                    throw new FileNotFoundException($"The entity model file '{path}' does not exist.", path);
                }

                using var stream = File.OpenRead(path);
                model = EntityModel.Load(stream);
            }
            else
            {
                model = EntityModel.LoadDefault();
            }
        }

        var pipeline = new ExtractionPipeline(model, GazetteerRecognizer.Default, TemporalRecognizer.Default, EntityResolver.Default, QuoteExtractor.Default);
        return new NewsExtractor(pipeline);
    }

    /// <summary>Runs the whole pipeline: tokens, sentences, entities, dates, quotes and the timeline.</summary>
    /// <param name="text">The text to read. Any string is accepted; empty or whitespace text gives an empty result.</param>
    /// <param name="options">Per-call options such as the reference date; <see langword="null"/> for none.</param>
    /// <returns>Everything found in <paramref name="text"/>, with offsets into it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public ExtractionResult Extract(string text, ExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _pipeline.Run(text, options ?? ExtractionOptions.Default, withQuotes: true);
    }

    /// <summary>Finds the entities in <paramref name="text"/>, each with its canonical name (and for dates, its normalized value).</summary>
    /// <param name="text">The text to read.</param>
    /// <param name="options">Per-call options such as the reference date; <see langword="null"/> for none.</param>
    /// <returns>The entities in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<Entity> ExtractEntities(string text, ExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _pipeline.RunEntities(text, options ?? ExtractionOptions.Default);
    }

    /// <summary>Finds the quotes and claims in <paramref name="text"/>, each attributed to its speaker.</summary>
    /// <param name="text">The text to read.</param>
    /// <param name="options">Per-call options; <see langword="null"/> for none.</param>
    /// <returns>The quotes in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<Quote> ExtractQuotes(string text, ExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _pipeline.Run(text, options ?? ExtractionOptions.Default, withQuotes: true).Quotes;
    }

    /// <summary>Splits <paramref name="text"/> into tokens and sentences only.</summary>
    /// <param name="text">The text to split.</param>
    /// <returns>The tokens and sentences, with offsets into <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public TokenizedText Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _pipeline.Tokenize(text);
    }
}
