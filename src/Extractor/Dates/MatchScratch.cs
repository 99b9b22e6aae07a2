namespace Extractor.Dates;

/// <summary>Per-call working arrays, allocated once per document.</summary>
internal sealed class MatchScratch
{
    public MatchScratch(int rules, int maxElements)
    {
        Assignments = new int[rules * maxElements];
        Candidates = new (int, int, int)[rules];
        Current = new int[maxElements];
        Best = new int[maxElements];
    }

    public int[] Assignments { get; }

    public (int Rule, int End, int Offset)[] Candidates { get; }

    public int[] Current { get; }

    public int[] Best { get; }

    public int BestEnd { get; set; }
}
