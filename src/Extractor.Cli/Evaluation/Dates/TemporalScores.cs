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

    public double RelaxedPrecision => ScoreMath.Ratio(RelaxedSystemHits, System);

    public double RelaxedRecall => ScoreMath.Ratio(RelaxedGoldHits, Gold);

    public double RelaxedF1 => ScoreMath.F1(RelaxedPrecision, RelaxedRecall);

    public double StrictPrecision => ScoreMath.Ratio(StrictHits, System);

    public double StrictRecall => ScoreMath.Ratio(StrictHits, Gold);

    public double StrictF1 => ScoreMath.F1(StrictPrecision, StrictRecall);

    public double TypeAccuracy => ScoreMath.Ratio(TypeCorrect, Pairs);

    public double ValueAccuracy => ScoreMath.Ratio(ValueCorrect, Pairs);

    public double ModifierAccuracy => ScoreMath.Ratio(ModifierCorrect, Pairs);

    /// <summary>TempEval-3's attribute F1 for value: relaxed span F1 times value accuracy over matched pairs.</summary>
    public double ValueF1 => RelaxedF1 * ValueAccuracy;

    public double TypeF1 => RelaxedF1 * TypeAccuracy;
}
