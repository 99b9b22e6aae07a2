using System.Globalization;

namespace Extractor.Cli.Evaluation;

/// <summary>Exact-span counts per category (conlleval semantics: type and both edges must match) and their micro average.</summary>
internal sealed class NerScore
{
    private readonly Dictionary<string, (int Tp, int Predicted, int Gold)> _counts = new(StringComparer.Ordinal);

    public NerScore(IReadOnlyList<string> microCategories)
    {
        MicroCategories = microCategories;
    }

    /// <summary>The categories the headline micro F1 is computed over.</summary>
    public IReadOnlyList<string> MicroCategories { get; }

    public void Add(string category, int tp, int predicted, int gold)
    {
        var c = _counts.GetValueOrDefault(category);
        _counts[category] = (c.Tp + tp, c.Predicted + predicted, c.Gold + gold);
    }

    public (double Precision, double Recall, double F1) Of(string category)
    {
        var c = _counts.GetValueOrDefault(category);
        return Prf(c.Tp, c.Predicted, c.Gold);
    }

    public (double Precision, double Recall, double F1) Micro()
    {
        int tp = 0, predicted = 0, gold = 0;
        foreach (string category in MicroCategories)
        {
            var c = _counts.GetValueOrDefault(category);
            tp += c.Tp;
            predicted += c.Predicted;
            gold += c.Gold;
        }

        return Prf(tp, predicted, gold);
    }

    public IEnumerable<string> Categories => _counts.Keys.Order(StringComparer.Ordinal);

    public void Write(TextWriter output)
    {
        output.WriteLine("type            precision  recall      F1   gold  predicted");
        foreach (string category in Categories)
        {
            var c = _counts[category];
            var (p, r, f) = Prf(c.Tp, c.Predicted, c.Gold);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{category,-14} {p * 100,10:F2} {r * 100,7:F2} {f * 100,7:F2} {c.Gold,6} {c.Predicted,10}"));
        }

        var (mp, mr, mf) = Micro();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"micro",-14} {mp * 100,10:F2} {mr * 100,7:F2} {mf * 100,7:F2}   over {string.Join(", ", MicroCategories)}"));
    }

    private static (double, double, double) Prf(int tp, int predicted, int gold)
    {
        double p = predicted == 0 ? 0 : (double)tp / predicted;
        double r = gold == 0 ? 0 : (double)tp / gold;
        double f = ScoreMath.F1(p, r);
        return (p, r, f);
    }
}
