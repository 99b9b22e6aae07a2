namespace Extractor.Cli.Evaluation.Quotes;

/// <summary>Counts behind the quote evaluation, added up over documents.</summary>
internal sealed class QuoteScores
{
    public int Documents { get; set; }

    public int DirectGold { get; set; }

    public int DirectGoldFound { get; set; }

    public int DirectPredicted { get; set; }

    public int DirectPredictedCorrect { get; set; }

    /// <summary>Matched direct quotes whose gold quote names a source.</summary>
    public int SpeakerTotal { get; set; }

    /// <summary>Of those, the ones whose predicted speaker overlaps the gold source or resolves to the person a gold pronoun refers to.</summary>
    public int SpeakerCorrect { get; set; }

    /// <summary>Of those, the ones whose predicted speaker mention overlaps the gold source.</summary>
    public int SpeakerOverlap { get; set; }

    /// <summary>Matched quotes whose gold source is "he" and a named gold source precedes it, with the speaker found.</summary>
    public int HeTotal { get; set; }

    /// <summary>Of those, the ones whose speaker resolves to that nearest named gold source (a proxy for the referent).</summary>
    public int HeAgree { get; set; }

    /// <summary>The same for "she".</summary>
    public int SheTotal { get; set; }

    /// <summary>Of those, the ones whose speaker resolves to the nearest named gold source.</summary>
    public int SheAgree { get; set; }

    public int IndirectGold { get; set; }

    public int IndirectGoldFound { get; set; }

    public int IndirectPredicted { get; set; }

    public int IndirectPredictedCorrect { get; set; }

    public double Seconds { get; set; }

    public List<string> Errors { get; } = [];

    public double DirectPrecision => ScoreMath.Ratio(DirectPredictedCorrect, DirectPredicted);

    public double DirectRecall => ScoreMath.Ratio(DirectGoldFound, DirectGold);

    public double DirectF1 => ScoreMath.F1(DirectPrecision, DirectRecall);

    public double SpeakerAccuracy => ScoreMath.Ratio(SpeakerCorrect, SpeakerTotal);

    public double IndirectPrecision => ScoreMath.Ratio(IndirectPredictedCorrect, IndirectPredicted);

    public double IndirectRecall => ScoreMath.Ratio(IndirectGoldFound, IndirectGold);

    public double IndirectF1 => ScoreMath.F1(IndirectPrecision, IndirectRecall);

    public double DocumentsPerSecond => Seconds > 0 ? Documents / Seconds : 0;
}
