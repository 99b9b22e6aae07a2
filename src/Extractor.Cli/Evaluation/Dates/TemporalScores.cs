namespace Extractor.Cli.Evaluation.Dates;

/// <summary>TempEval-3 Task A counts, summed over documents.</summary>
internal sealed class TemporalScores
{
    public int Gold { get; set; }

    public int System { get; set; }

    /// <summary>System spans overlapping some gold span.</summary>
    public int RelaxedSystemHits { get; set; }

    /// <summary>Gold spans overlapped by some system span.</summary>
    public int RelaxedGoldHits { get; set; }

    /// <summary>System spans equal to a gold span.</summary>
    public int StrictHits { get; set; }

    /// <summary>Matched pairs (one system span per gold span) over which attributes are compared.</summary>
    public int Pairs { get; set; }

    public int TypeCorrect { get; set; }

    public int ValueCorrect { get; set; }

    public int ModifierCorrect { get; set; }

    public static double Ratio(int a, int b) => ScoreMath.Ratio(a, b);

    public static double F1(double p, double r) => ScoreMath.F1(p, r);

    public double RelaxedPrecision => Ratio(RelaxedSystemHits, System);

    public double RelaxedRecall => Ratio(RelaxedGoldHits, Gold);

    public double RelaxedF1 => F1(RelaxedPrecision, RelaxedRecall);

    public double StrictPrecision => Ratio(StrictHits, System);

    public double StrictRecall => Ratio(StrictHits, Gold);

    public double StrictF1 => F1(StrictPrecision, StrictRecall);

    public double TypeAccuracy => Ratio(TypeCorrect, Pairs);

    public double ValueAccuracy => Ratio(ValueCorrect, Pairs);

    public double ModifierAccuracy => Ratio(ModifierCorrect, Pairs);

    /// <summary>TempEval-3's attribute F1 for value: relaxed span F1 times value accuracy over matched pairs.</summary>
    public double ValueF1 => RelaxedF1 * ValueAccuracy;

    public double TypeF1 => RelaxedF1 * TypeAccuracy;
}
