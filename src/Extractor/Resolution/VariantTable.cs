using Extractor.Internal;
using Extractor.Quotes;

namespace Extractor.Resolution;

/// <summary>Spelling variants of one name ("Kiev" → "Kyiv", "Donbass" → "Donbas"), from <c>resolution-variants.txt</c>.</summary>
internal sealed class VariantTable
{
    private static readonly Lazy<VariantTable> DefaultInstance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SpanDictionary<string> _preferred;

    public VariantTable(SpanDictionary<string> preferred)
    {
        _preferred = preferred;
    }

    public static VariantTable Default => DefaultInstance.Value;

    /// <summary>The preferred spelling of <paramref name="name"/>, or <paramref name="name"/> itself when it has no variants.</summary>
    public string Preferred(string name) => _preferred.TryGetValue(name, out var preferred) ? preferred : name;

    private static VariantTable Load()
    {
        var table = new SpanDictionary<string>(ignoreCase: true, capacity: 64);
        foreach (var line in QuoteLexicon.ResourceLines("resolution-variants.txt"))
        {
            var forms = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var form in forms)
            {
                table.Set(form, forms[0]);
            }
        }

        return new VariantTable(table);
    }
}
