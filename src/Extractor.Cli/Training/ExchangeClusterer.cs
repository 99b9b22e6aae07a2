using System.Diagnostics;
using System.Globalization;

namespace Extractor.Cli.Training;

/// <summary>
/// Brown-style word classes by the exchange algorithm (Kneser and Ney 1993; Martin, Liermann and Ney 1998): every word
/// of a vocabulary sits in one of K classes, and each word in turn moves to the class that most increases the
/// likelihood of the corpus under a class bigram model, Σ N(a,b) log N(a,b) − Σ N(a) log N(a) − Σ N(b) log N(b) over
/// class bigram and class unigram counts. A few passes over the vocabulary in frequency order converge; the result is
/// deterministic (fixed initialization by frequency rank, ties kept in the current class, then the lowest class).
/// </summary>
/// <remarks>
/// The vocabulary is given as a bigram graph (each item's right and left neighbours with counts), so the same code
/// clusters words into classes and then classes into coarser classes (a two-level hierarchy, the cheap substitute for
/// the prefixes of Brown's binary merge tree).
/// </remarks>
internal sealed class ExchangeClusterer
{
    private readonly int _items;
    private readonly int[] _rightStart;
    private readonly int[] _rightItem;
    private readonly int[] _rightCount;
    private readonly int[] _leftStart;
    private readonly int[] _leftItem;
    private readonly int[] _leftCount;
    private readonly long[] _selfCount;
    private readonly long[] _asLeft;
    private readonly long[] _asRight;

    /// <summary>Builds the bigram graph from (left item, right item, count) triples over items 0..<paramref name="items"/>−1.</summary>
    public ExchangeClusterer(int items, IReadOnlyList<(int Left, int Right, int Count)> bigrams)
    {
        _items = items;
        _selfCount = new long[items];
        _asLeft = new long[items];
        _asRight = new long[items];
        var rightDegree = new int[items + 1];
        var leftDegree = new int[items + 1];
        foreach (var (a, b, n) in bigrams)
        {
            _asLeft[a] += n;
            _asRight[b] += n;
            if (a == b)
            {
                _selfCount[a] += n;
                continue;
            }

            rightDegree[a + 1]++;
            leftDegree[b + 1]++;
        }

        for (int i = 0; i < items; i++)
        {
            rightDegree[i + 1] += rightDegree[i];
            leftDegree[i + 1] += leftDegree[i];
        }

        _rightStart = rightDegree;
        _leftStart = leftDegree;
        _rightItem = new int[rightDegree[items]];
        _rightCount = new int[rightDegree[items]];
        _leftItem = new int[leftDegree[items]];
        _leftCount = new int[leftDegree[items]];
        var rightAt = (int[])rightDegree.Clone();
        var leftAt = (int[])leftDegree.Clone();
        foreach (var (a, b, n) in bigrams)
        {
            if (a == b)
            {
                continue;
            }

            _rightItem[rightAt[a]] = b;
            _rightCount[rightAt[a]++] = n;
            _leftItem[leftAt[b]] = a;
            _leftCount[leftAt[b]++] = n;
        }
    }

    /// <summary>
    /// Clusters the items (numbered by decreasing frequency) into <paramref name="classes"/> classes with at most
    /// <paramref name="passes"/> passes, stopping early when fewer than 0.1% of the items move.
    /// </summary>
    public int[] Cluster(int classes, int passes, TextWriter log, string label)
    {
        int k = classes;
        var cls = new int[_items];
        for (int w = 0; w < _items; w++)
        {
            cls[w] = w % k;
        }

        long total = 0;
        for (int w = 0; w < _items; w++)
        {
            total += _asLeft[w] + _asRight[w];
        }

        // x log x for every count the tables can reach.
        var xlogx = new double[total + 2];
        for (long x = 2; x < xlogx.Length; x++)
        {
            xlogx[x] = x * Math.Log(x);
        }

        var n = new long[k * k];
        var nt = new long[k * k];
        var left = new long[k];
        var right = new long[k];
        for (int a = 0; a < _items; a++)
        {
            int ca = cls[a];
            left[ca] += _asLeft[a];
            right[ca] += _asRight[a];
            n[(ca * k) + ca] += _selfCount[a];
            for (int e = _rightStart[a]; e < _rightStart[a + 1]; e++)
            {
                n[(ca * k) + cls[_rightItem[e]]] += _rightCount[e];
            }
        }

        for (int a = 0; a < k; a++)
        {
            for (int b = 0; b < k; b++)
            {
                nt[(b * k) + a] = n[(a * k) + b];
            }
        }

        var rw = new long[k];
        var lw = new long[k];
        var rTouched = new int[k];
        var lTouched = new int[k];
        var clock = Stopwatch.StartNew();
        for (int pass = 1; pass <= passes; pass++)
        {
            int moves = 0;
            for (int w = 0; w < _items; w++)
            {
                int rCount = Gather(w, _rightStart, _rightItem, _rightCount, cls, rw, rTouched);
                int lCount = Gather(w, _leftStart, _leftItem, _leftCount, cls, lw, lTouched);
                long s = _selfCount[w];
                long nl = _asLeft[w];
                long nr = _asRight[w];
                int from = cls[w];
                Apply(from, -1, k, n, nt, rw, lw, rTouched.AsSpan(0, rCount), lTouched.AsSpan(0, lCount), s);
                left[from] -= nl;
                right[from] -= nr;

                int best = from;
                double bestGain = double.NegativeInfinity;
                for (int c = 0; c < k; c++)
                {
                    double gain = Gain(c, k, n, nt, rw, lw, rTouched.AsSpan(0, rCount), lTouched.AsSpan(0, lCount), s, xlogx)
                        - (xlogx[left[c] + nl] - xlogx[left[c]]) - (xlogx[right[c] + nr] - xlogx[right[c]]);
                    if (gain > bestGain + 1e-9 || (c == from && gain >= bestGain - 1e-9))
                    {
                        bestGain = gain;
                        best = c;
                    }
                }

                Apply(best, +1, k, n, nt, rw, lw, rTouched.AsSpan(0, rCount), lTouched.AsSpan(0, lCount), s);
                left[best] += nl;
                right[best] += nr;
                if (best != from)
                {
                    cls[w] = best;
                    moves++;
                }

                for (int i = 0; i < rCount; i++)
                {
                    rw[rTouched[i]] = 0;
                }

                for (int i = 0; i < lCount; i++)
                {
                    lw[lTouched[i]] = 0;
                }
            }

            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{label}: pass {pass}, {moves:N0} of {_items:N0} items moved, log-likelihood {LogLikelihood(n, left, right, xlogx):E6}, {clock.Elapsed.TotalSeconds:F1}s"));
            if (moves * 1000 < _items)
            {
                break;
            }
        }

        return cls;
    }

    /// <summary>Class bigram counts (row = left class) of the items under <paramref name="cls"/>, as triples over classes.</summary>
    public List<(int Left, int Right, int Count)> ClassBigrams(int[] cls, int classes)
    {
        var n = new long[classes * classes];
        for (int a = 0; a < _items; a++)
        {
            n[(cls[a] * classes) + cls[a]] += _selfCount[a];
            for (int e = _rightStart[a]; e < _rightStart[a + 1]; e++)
            {
                n[(cls[a] * classes) + cls[_rightItem[e]]] += _rightCount[e];
            }
        }

        var result = new List<(int, int, int)>();
        for (int i = 0; i < n.Length; i++)
        {
            if (n[i] > 0)
            {
                result.Add((i / classes, i % classes, (int)Math.Min(n[i], int.MaxValue)));
            }
        }

        return result;
    }

    private static double LogLikelihood(long[] n, long[] left, long[] right, double[] xlogx)
    {
        double ll = 0;
        foreach (long v in n)
        {
            ll += xlogx[v];
        }

        for (int c = 0; c < left.Length; c++)
        {
            ll -= xlogx[left[c]] + xlogx[right[c]];
        }

        return ll;
    }

    /// <summary>Sums an item's neighbour counts by the neighbours' classes (itself excluded) and returns how many classes.</summary>
    private static int Gather(int w, int[] start, int[] item, int[] count, int[] cls, long[] byClass, int[] touched)
    {
        int t = 0;
        for (int e = start[w]; e < start[w + 1]; e++)
        {
            int c = cls[item[e]];
            if (byClass[c] == 0)
            {
                touched[t++] = c;
            }

            byClass[c] += count[e];
        }

        return t;
    }

    /// <summary>Adds (sign +1) or removes (−1) the item's bigrams to or from class <paramref name="c"/>.</summary>
    private static void Apply(int c, int sign, int k, long[] n, long[] nt, long[] rw, long[] lw, ReadOnlySpan<int> rTouched, ReadOnlySpan<int> lTouched, long self)
    {
        foreach (int d in rTouched)
        {
            long v = sign * rw[d];
            n[(c * k) + d] += v;
            nt[(d * k) + c] += v;
        }

        foreach (int d in lTouched)
        {
            long v = sign * lw[d];
            n[(d * k) + c] += v;
            nt[(c * k) + d] += v;
        }

        n[(c * k) + c] += sign * self;
        nt[(c * k) + c] += sign * self;
    }

    /// <summary>The change of Σ N log N over class bigrams if the (removed) item joined class <paramref name="c"/>.</summary>
    private static double Gain(int c, int k, long[] n, long[] nt, long[] rw, long[] lw, ReadOnlySpan<int> rTouched, ReadOnlySpan<int> lTouched, long self, double[] xlogx)
    {
        double gain = 0;
        int row = c * k;
        foreach (int d in rTouched)
        {
            long before = n[row + d];
            gain += xlogx[before + rw[d]] - xlogx[before];
        }

        foreach (int d in lTouched)
        {
            long before = nt[row + d];
            gain += xlogx[before + lw[d]] - xlogx[before];
        }

        // The (c, c) cell got the right and left counts as two separate terms above; it takes them, and the item's
        // bigrams with itself, together.
        long cc = n[row + c];
        long r = rw[c];
        long l = lw[c];
        if (r != 0)
        {
            gain -= xlogx[cc + r] - xlogx[cc];
        }

        if (l != 0)
        {
            gain -= xlogx[cc + l] - xlogx[cc];
        }

        gain += xlogx[cc + r + l + self] - xlogx[cc];
        return gain;
    }
}
