namespace Extractor.Cli.Evaluation;

/// <summary>The ratios every evaluator reports: a safe division and the harmonic mean of precision and recall.</summary>
internal static class ScoreMath
{
    /// <summary><paramref name="part"/> / <paramref name="whole"/>, or 0 when nothing was counted.</summary>
    public static double Ratio(int part, int whole) => whole == 0 ? 0 : part / (double)whole;

    /// <summary>F1: the harmonic mean of precision and recall, 0 when both are 0.</summary>
    public static double F1(double precision, double recall) =>
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
}
